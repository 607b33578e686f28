"""Schedules: presets, cron edge cases, the CMe3100 `?` and `|` extensions, UTC, the readout gate."""

from __future__ import annotations

import datetime
import random

import pytest

from app.errors import ValidationError
from app.gateway.scheduler import ReadoutGate, Schedule


def at(text: str) -> float:
    """POSIX seconds of an ISO UTC time."""
    return datetime.datetime.fromisoformat(text).replace(tzinfo=datetime.UTC).timestamp()


def iso(t: float) -> str:
    return datetime.datetime.fromtimestamp(t, datetime.UTC).strftime("%Y-%m-%d %H:%M:%S")


def nexts(expression: str, start: str, count: int, seed: str = "") -> list[str]:
    schedule = Schedule.parse(expression, seed=seed)
    t, out = at(start), []
    for _ in range(count):
        t = schedule.next_after(t)
        out.append(iso(t))
    return out


@pytest.mark.parametrize(
    ("expression", "start", "expected"),
    [
        ("@every 10s", "2024-01-01 00:00:05", ["2024-01-01 00:00:10", "2024-01-01 00:00:20"]),
        ("@every 5m", "2024-01-01 00:02:00", ["2024-01-01 00:05:00", "2024-01-01 00:10:00"]),
        ("@every 2h", "2024-01-01 01:00:00", ["2024-01-01 02:00:00", "2024-01-01 04:00:00"]),
        ("@minutely", "2024-01-01 00:00:30", ["2024-01-01 00:01:00", "2024-01-01 00:02:00"]),
        ("@quarterhourly", "2024-01-01 00:14:59", ["2024-01-01 00:15:00", "2024-01-01 00:30:00"]),
        ("@hourly", "2024-01-01 23:30:00", ["2024-01-02 00:00:00", "2024-01-02 01:00:00"]),
        ("@daily", "2024-12-31 12:00:00", ["2025-01-01 00:00:00", "2025-01-02 00:00:00"]),
        ("@weekly", "2024-01-01 00:00:00", ["2024-01-07 00:00:00", "2024-01-14 00:00:00"]),  # Sundays
        ("@monthly", "2024-01-31 00:00:00", ["2024-02-01 00:00:00", "2024-03-01 00:00:00"]),
    ],
)
def test_presets(expression: str, start: str, expected: list[str]) -> None:
    assert nexts(expression, start, len(expected)) == expected


@pytest.mark.parametrize(
    ("expression", "start", "expected"),
    [
        # the CMe3100 manual's examples (§6.39.1, Table 10)
        ("15 * * * *", "2024-01-01 00:15:00", ["2024-01-01 01:15:00"]),
        ("*/15 * * * *", "2024-01-01 00:00:00", ["2024-01-01 00:15:00", "2024-01-01 00:30:00"]),
        ("59 11 * * 1,2,3,4,5", "2024-01-05 12:00:00", ["2024-01-08 11:59:00"]),  # Fri → Mon
        ("59 11 * * 1-5", "2024-01-06 00:00:00", ["2024-01-08 11:59:00", "2024-01-09 11:59:00"]),
        ("*/15 9-17 * * *", "2024-01-01 17:45:00", ["2024-01-02 09:00:00"]),
        ("* 12 10-16/2 * *", "2024-01-10 12:59:00", ["2024-01-12 12:00:00"]),
        ("* 12 1-15,17,20-25 * *", "2024-01-15 12:59:00", ["2024-01-17 12:00:00"]),
        # names, Sunday as 0 and 7, end-of-month and leap days
        ("0 0 * jan,mar sun", "2024-01-28 00:00:00", ["2024-03-03 00:00:00"]),
        ("0 0 * * 7", "2024-01-01 00:00:00", ["2024-01-07 00:00:00"]),
        ("0 0 31 * *", "2024-01-31 00:00:00", ["2024-03-31 00:00:00", "2024-05-31 00:00:00"]),
        ("0 0 29 2 *", "2024-02-29 00:00:00", ["2028-02-29 00:00:00"]),
        ("30 23 * 12 *", "2024-12-31 23:30:00", ["2025-12-01 23:30:00"]),
        ("5/20 * * * *", "2024-01-01 00:00:00", ["2024-01-01 00:05:00", "2024-01-01 00:25:00"]),
    ],
)
def test_cron(expression: str, start: str, expected: list[str]) -> None:
    assert nexts(expression, start, len(expected)) == expected


def test_day_of_month_and_weekday_combine_with_or_when_both_are_restricted() -> None:
    # vixie cron: the 16th OR a Monday (the CMe3100 manual reads this example as AND; docs/scheduler.md)
    assert nexts("0 12 16 * mon", "2024-01-09 00:00:00", 3) == [
        "2024-01-15 12:00:00",  # Monday
        "2024-01-16 12:00:00",  # the 16th (a Tuesday)
        "2024-01-22 12:00:00",  # Monday
    ]


def test_star_step_in_a_day_field_counts_as_unrestricted() -> None:
    # vixie: a day field that starts with `*` does not take part in the OR: only weekdays count here
    assert nexts("0 0 */10 * mon", "2024-01-01 00:00:00", 2) == ["2024-01-08 00:00:00", "2024-01-15 00:00:00"]


def test_random_value_is_drawn_once_per_schedule_and_seed() -> None:
    minutes = set()
    for serial in range(40):
        schedule = Schedule.parse("?1-30 * * * *", seed=str(serial))
        first = schedule.next_after(at("2024-01-01 00:00:00"))
        minute = int(iso(first)[14:16])
        assert 1 <= minute <= 30
        # the same minute every hour, and again after a "restart" (a new parse with the same seed)
        assert all(
            int(iso(t)[14:16]) == minute
            for t in (schedule.next_after(first), schedule.next_after(first + 7200))
        )
        again = Schedule.parse("?1-30 * * * *", seed=str(serial))
        assert again.next_after(at("2024-01-01 00:00:00")) == first
        minutes.add(minute)
    assert len(minutes) >= 10, "a fleet should spread over the range"


def test_random_in_the_manual_example_and_in_lists() -> None:
    schedule = Schedule.parse("?1-30 0 * * *", seed="gw-1")
    t = schedule.next_after(at("2024-01-01 00:00:00"))
    assert iso(t)[11:13] == "00" and 1 <= int(iso(t)[14:16]) <= 30
    two = Schedule.parse("?0-29,?30-59 * * * *", seed="x")
    first = two.next_after(at("2024-01-01 00:00:00"))
    second = two.next_after(first)
    assert int(iso(first)[14:16]) < 30 <= int(iso(second)[14:16])


def test_union_of_schedules() -> None:
    assert nexts("0 5 * * * | 8 10 * * * | 22 17 * * *", "2024-01-01 06:00:00", 4) == [
        "2024-01-01 10:08:00",
        "2024-01-01 17:22:00",
        "2024-01-02 05:00:00",
        "2024-01-02 10:08:00",
    ]
    assert nexts("@every 6h | 30 1 * * *", "2024-01-01 00:00:00", 3) == [
        "2024-01-01 01:30:00",
        "2024-01-01 06:00:00",
        "2024-01-01 12:00:00",
    ]


def test_utc_arithmetic_has_no_daylight_saving() -> None:
    # 2024-03-31 and 2024-10-27 are the EU DST switches: in UTC every hour exists exactly once
    assert nexts("30 * * * *", "2024-03-31 00:00:00", 4) == [
        "2024-03-31 00:30:00",
        "2024-03-31 01:30:00",
        "2024-03-31 02:30:00",
        "2024-03-31 03:30:00",
    ]
    daily = Schedule.parse("@daily")
    t = at("2024-10-26 00:00:00")
    assert daily.next_after(t) - t == 86400
    assert daily.period_at(t) == 86400


def test_next_is_strictly_after_and_last_is_at_or_before() -> None:
    schedule = Schedule.parse("*/15 * * * *")
    t = at("2024-01-01 00:15:00")
    assert iso(schedule.next_after(t)) == "2024-01-01 00:30:00"
    assert iso(schedule.next_after(t - 0.001)) == "2024-01-01 00:15:00"
    assert iso(schedule.last_at_or_before(t)) == "2024-01-01 00:15:00"
    assert iso(schedule.last_at_or_before(t - 1)) == "2024-01-01 00:00:00"
    assert (
        iso(Schedule.parse("0 0 29 2 *").last_at_or_before(at("2024-02-28 00:00:00")))
        == "2020-02-29 00:00:00"
    )


def test_next_and_last_agree_with_brute_force() -> None:
    rng = random.Random(7)
    expressions = ["*/7 3-5 * * *", "0 0 1,15 * 1", "45 23 28-31 * *", "0 */4 * feb-apr sat,sun"]
    for expression in expressions:
        schedule = Schedule.parse(expression)
        for _ in range(20):
            t = at("2024-01-01 00:00:00") + rng.randrange(0, 400 * 86400)
            n = schedule.next_after(t)
            for _ in range(30):  # nothing fires in between
                probe = rng.uniform(t, n - 0.001)
                assert schedule.last_at_or_before(probe) <= t, (expression, iso(t), iso(probe))
            assert schedule.last_at_or_before(n) == n


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "* * * *",
        "60 * * * *",
        "* 24 * * *",
        "* * 0 * *",
        "* * * 13 *",
        "* * * * 8",
        "5-1 * * * *",
        "*/0 * * * *",
        "x * * * *",
        "@fortnightly",
        "@every 0s",
        "0 0 30 2 *",
        "0 0 * * * |",
        "1,,2 * * * *",
    ],
)
def test_bad_schedules_raise_validation_error(bad: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Schedule.parse(bad)
    assert caught.value.path == "schedule"


def test_report_waits_for_the_readout_that_precedes_it() -> None:
    readout = Schedule.parse("*/15 * * * *")
    gate = ReadoutGate(readout, booted_at=at("2024-01-01 11:00:00"), max_wait=600)
    due = at("2024-01-01 12:15:00")
    assert not gate.ready(due, due)  # the 12:15 readout has not run yet
    gate.readout_started(due + 0.1)
    assert not gate.ready(due, due + 5)  # it is reading
    gate.readout_finished(due + 40)
    assert gate.ready(due, due + 40)
    # an overrunning readout that began before the report time holds the report back
    gate.readout_started(at("2024-01-01 12:30:00"))
    late_due = at("2024-01-01 12:40:00")
    assert not gate.ready(late_due, late_due + 1)
    assert gate.ready(late_due, late_due + 600), "max_wait lets the report go eventually"
    gate.readout_finished(at("2024-01-01 12:42:00"))
    assert gate.ready(late_due, at("2024-01-01 12:42:00"))


def test_gate_does_not_wait_for_readouts_before_boot_or_without_readout_schedule() -> None:
    gate = ReadoutGate(Schedule.parse("@hourly"), booted_at=at("2024-01-01 12:05:00"), max_wait=600)
    assert gate.ready(at("2024-01-01 12:10:00"), at("2024-01-01 12:10:00"))
    assert ReadoutGate(None, booted_at=0, max_wait=1).ready(100, 100)
