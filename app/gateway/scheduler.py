"""Readout and report schedules: cron, presets and the CMe3100 extensions, evaluated in UTC (sans-I/O).

Time is an input: every method takes and returns POSIX seconds (UTC); nothing here reads a clock.

Grammar (one schedule; docs/scheduler.md has the examples):

* presets: `@every 10s` / `@every 5m` / `@every 2h` / `@every 1d` (multiples of the period since the
  UTC epoch, so 15m fires at :00, :15, :30, :45), `@minutely`, `@quarterhourly` (every 15 minutes),
  `@hourly`, `@daily` (also `@midnight`), `@weekly` (Sunday 00:00), `@monthly`, `@yearly` (`@annually`);
* five-field cron `minute hour day-of-month month day-of-week`: `*`, numbers, ranges `a-b`, steps
  `*/n`, `a-b/n`, `a/n` (a to the field's end), lists `a,b-c`; month names `jan`…`dec`, day names
  `sun`…`sat`; Sunday is 0 or 7;
* CMe3100 extension `?`: `?` or `?a-b` (or `?a-b/n`) stands for ONE value drawn at random from that
  range, drawn once when the schedule is parsed from `seed` (use the gateway serial): the same gateway
  keeps its minute across restarts, a fleet spreads its load over the range;
* CMe3100 extension `|`: the union of several schedules, `0 5 * * * | 8 10 * * * | @every 2h`.

Day-of-month and day-of-week combine as in vixie cron (and POSIX): when BOTH fields are restricted
(neither starts with `*`), a day matches if EITHER field matches; when one of them starts with `*`,
only the other one counts. So `* 12 16 * mon` fires on every 16th AND on every Monday. (The CMe3100
manual describes that example as "Mondays that are the 16th", i.e. AND; we keep the cron everyone
else implements and say so in docs/scheduler.md.)

Time zone: schedules are evaluated in UTC, with no daylight saving: every day has 1440 minutes, no
hour is skipped or repeated. A gateway that must read at local midnight writes the UTC hour.
"""

from __future__ import annotations

import bisect
import datetime
import math
import random
import re
from dataclasses import dataclass

from app.errors import ValidationError

MINUTE = 60
DAY = 86400
_SEARCH_DAYS = 366 * 8  # a matching day exists within 8 years once the parser accepted the fields

PRESETS = {
    "@minutely": "* * * * *",
    "@quarterhourly": "*/15 * * * *",
    "@hourly": "0 * * * *",
    "@daily": "0 0 * * *",
    "@midnight": "0 0 * * *",
    "@weekly": "0 0 * * 0",
    "@monthly": "0 0 1 * *",
    "@yearly": "0 0 1 1 *",
    "@annually": "0 0 1 1 *",
}
_EVERY = re.compile(r"^@every\s*(\d+)\s*([smhd])$")
_UNIT_SECONDS = {"s": 1, "m": MINUTE, "h": 3600, "d": DAY}
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


@dataclass(frozen=True, kw_only=True)
class _Field:
    name: str
    low: int
    high: int
    names: tuple[str, ...] = ()
    name_base: int = 0


_FIELDS = (
    _Field(name="minute", low=0, high=59),
    _Field(name="hour", low=0, high=23),
    _Field(name="day-of-month", low=1, high=31),
    _Field(name="month", low=1, high=12, names=_MONTHS, name_base=1),
    _Field(name="day-of-week", low=0, high=7, names=_DAYS, name_base=0),
)


@dataclass(frozen=True, kw_only=True)
class Every:
    """`@every N<unit>`: each multiple of `seconds` since the UTC epoch."""

    seconds: int

    def next_after(self, t: float) -> float:
        """The first firing strictly after `t`."""
        return float((math.floor(t / self.seconds) + 1) * self.seconds)

    def last_at_or_before(self, t: float) -> float:
        """The last firing at or before `t`."""
        return float(math.floor(t / self.seconds) * self.seconds)


@dataclass(frozen=True, kw_only=True)
class Cron:
    """One five-field cron expression with its `?` values already drawn."""

    minutes: tuple[int, ...]
    hours: tuple[int, ...]
    days: frozenset[int]
    months: frozenset[int]
    weekdays: frozenset[int]  # 0 = Sunday
    day_or: bool  # both day fields restricted: vixie OR

    def _day_matches(self, day: datetime.date) -> bool:
        if day.month not in self.months:
            return False
        dom = day.day in self.days
        dow = (day.isoweekday() % 7) in self.weekdays
        return (dom or dow) if self.day_or else (dom and dow)

    def next_after(self, t: float) -> float:
        """The first firing strictly after `t` (at second 0 of its minute)."""
        start = (math.floor(t / MINUTE) + 1) * MINUTE
        ordinal = _EPOCH + start // DAY
        floor_minute = (start % DAY) // MINUTE
        for _ in range(_SEARCH_DAYS):
            day = datetime.date.fromordinal(ordinal)
            if self._day_matches(day):
                found = self._first_at_or_after(floor_minute)
                if found is not None:
                    return float((ordinal - _EPOCH) * DAY + found * MINUTE)
            ordinal += 1
            floor_minute = 0
        raise ValidationError("schedule", "never fires")  # unreachable once parsing accepted it

    def last_at_or_before(self, t: float) -> float:
        """The last firing at or before `t`."""
        end = math.floor(t / MINUTE) * MINUTE
        ordinal = _EPOCH + end // DAY
        ceiling_minute = (end % DAY) // MINUTE
        for _ in range(_SEARCH_DAYS):
            day = datetime.date.fromordinal(ordinal)
            if self._day_matches(day):
                found = self._last_at_or_before(ceiling_minute)
                if found is not None:
                    return float((ordinal - _EPOCH) * DAY + found * MINUTE)
            ordinal -= 1
            ceiling_minute = 1439
        raise ValidationError("schedule", "never fires")

    def _first_at_or_after(self, minute_of_day: int) -> int | None:
        hour, minute = divmod(minute_of_day, 60)
        i = bisect.bisect_left(self.hours, hour)
        if i < len(self.hours) and self.hours[i] == hour:
            j = bisect.bisect_left(self.minutes, minute)
            if j < len(self.minutes):
                return hour * 60 + self.minutes[j]
            i += 1
        if i < len(self.hours):
            return self.hours[i] * 60 + self.minutes[0]
        return None

    def _last_at_or_before(self, minute_of_day: int) -> int | None:
        hour, minute = divmod(minute_of_day, 60)
        i = bisect.bisect_right(self.hours, hour) - 1
        if i >= 0 and self.hours[i] == hour:
            j = bisect.bisect_right(self.minutes, minute) - 1
            if j >= 0:
                return hour * 60 + self.minutes[j]
            i -= 1
        if i >= 0:
            return self.hours[i] * 60 + self.minutes[-1]
        return None


_EPOCH = datetime.date(1970, 1, 1).toordinal()


@dataclass(frozen=True, kw_only=True)
class Schedule:
    """A parsed schedule: the union of one or more cron expressions and `@every` periods."""

    text: str
    parts: tuple[Every | Cron, ...]

    @classmethod
    def parse(cls, text: str, *, seed: str = "") -> Schedule:
        """Parse a schedule; ValidationError (path `schedule`) names what is wrong."""
        alternatives = [a.strip() for a in text.split("|")]
        if not text.strip() or any(not a for a in alternatives):
            raise ValidationError("schedule", f"empty schedule in '{text}'")
        parts = tuple(_parse_part(a, seed) for a in alternatives)
        return cls(text=text.strip(), parts=parts)

    def next_after(self, t: float) -> float:
        """The first firing strictly after `t` (POSIX seconds, UTC)."""
        return min(p.next_after(t) for p in self.parts)

    def last_at_or_before(self, t: float) -> float:
        """The last firing at or before `t` (POSIX seconds, UTC)."""
        return max(p.last_at_or_before(t) for p in self.parts)

    def period_at(self, t: float) -> float:
        """The gap between the next two firings after `t`: the report period the retry table uses."""
        first = self.next_after(t)
        return self.next_after(first) - first


def _parse_part(text: str, seed: str) -> Every | Cron:
    lowered = " ".join(text.lower().split())
    if lowered.startswith("@"):
        every = _EVERY.match(lowered)
        if every:
            seconds = int(every.group(1)) * _UNIT_SECONDS[every.group(2)]
            if seconds < 1:
                raise ValidationError("schedule", "@every needs a period of at least 1 second")
            return Every(seconds=seconds)
        if lowered not in PRESETS:
            known = ", ".join(["@every 10s|5m|2h|1d", *PRESETS])
            raise ValidationError("schedule", f"unknown preset '{text}' (known: {known})")
        lowered = PRESETS[lowered]
    fields = lowered.split(" ")
    if len(fields) != 5:
        raise ValidationError("schedule", f"'{text}': cron needs 5 fields (minute hour day month weekday)")
    rng = random.Random(f"{seed}\x00{lowered}")
    values = [_parse_field(f, spec, rng) for f, spec in zip(fields, _FIELDS, strict=True)]
    minutes, hours, days, months, weekdays = values
    weekdays = {d % 7 for d in weekdays}
    day_or = not fields[2].startswith("*") and not fields[4].startswith("*")
    if not day_or and not fields[2].startswith("*"):
        weekdays = set(range(7))  # only day-of-month restricts
    if not day_or and not fields[4].startswith("*"):
        days = set(range(1, 32))  # only day-of-week restricts
    if not (day_or and weekdays) and not any(min(days) <= _MONTH_DAYS[m - 1] for m in months):
        raise ValidationError("schedule", f"'{text}' never fires: no chosen month has that day")
    return Cron(
        minutes=tuple(sorted(minutes)),
        hours=tuple(sorted(hours)),
        days=frozenset(days),
        months=frozenset(months),
        weekdays=frozenset(weekdays),
        day_or=day_or,
    )


def _parse_field(text: str, spec: _Field, rng: random.Random) -> set[int]:
    out: set[int] = set()
    for item in text.split(","):
        if not item:
            raise ValidationError("schedule", f"{spec.name}: empty list item in '{text}'")
        random_pick = item.startswith("?")
        body = item[1:] if random_pick else item
        chosen = _parse_item(body or "*", spec)
        if random_pick:
            out.add(rng.choice(chosen))
        else:
            out.update(chosen)
    return out


def _parse_item(item: str, spec: _Field) -> list[int]:
    base, _, step_text = item.partition("/")
    step = 1
    if step_text:
        if not step_text.isdigit() or int(step_text) < 1:
            raise ValidationError("schedule", f"{spec.name}: bad step '{step_text}'")
        step = int(step_text)
    if base == "*":
        low, high = spec.low, spec.high
    elif "-" in base:
        first, _, last = base.partition("-")
        low, high = _value(first, spec), _value(last, spec)
        if low > high:
            raise ValidationError("schedule", f"{spec.name}: range '{base}' runs backwards")
    else:
        low = _value(base, spec)
        high = spec.high if step_text else low
    return list(range(low, high + 1, step))


def _value(text: str, spec: _Field) -> int:
    if text in spec.names:
        return spec.names.index(text) + spec.name_base
    if not text.isdigit():
        raise ValidationError("schedule", f"{spec.name}: '{text}' is not a number or name")
    value = int(text)
    if not spec.low <= value <= spec.high:
        raise ValidationError("schedule", f"{spec.name}: {value} is outside {spec.low}-{spec.high}")
    return value


class ReadoutGate:
    """Holds a report back until the readout cycle that precedes it has finished (sans-I/O)."""

    def __init__(self, readout: Schedule | None, *, booted_at: float, max_wait: float) -> None:
        self.readout = readout
        self.booted_at = booted_at
        self.max_wait = max_wait
        self.running_since: float | None = None
        self.last_finished_at: float | None = None

    def readout_started(self, now: float) -> None:
        """A readout cycle began at `now`."""
        self.running_since = now

    def readout_finished(self, now: float) -> None:
        """The running readout cycle ended at `now` and its readings are committed."""
        self.running_since = None
        self.last_finished_at = now

    def ready(self, report_time: float, now: float) -> bool:
        """Whether a report due at `report_time` may be built at `now`."""
        if now >= report_time + self.max_wait or self.readout is None:
            return True
        if self.running_since is not None and self.running_since <= report_time:
            return False  # a cycle that began before the report is still reading
        wanted = self.readout.last_at_or_before(report_time)
        if wanted < self.booted_at:
            return True  # that cycle fell before this process started: nothing to wait for
        return self.last_finished_at is not None and self.last_finished_at >= wanted
