"""The WM-E SMS dialect (WM-E2S manual §4.6): the manual's examples, planning into ≤ 160-character SMS,
and the tool → device → tool round trip with per-key results."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from app.devices.profiles import load_profile
from app.errors import DecodeError, ValidationError
from app.params.schema import ParamType
from app.params.values import format_text
from app.protocols.at import gsm7
from app.protocols.smscmd import wme
from app.protocols.smscmd.packing import pack, sms_length
from app.protocols.smscmd.wme import Action, Assign, Query, Unparsed, WmeAction, WmeCommand, WmeOutcome

# ------------------------------------------------------------------------------------------------ the manual


MULTI_SET = "pw=password.cmd=conn.apn_name = name\\r\\nconn.apn_user = user\\r\\n?conn.apn_pass = pass"


def test_manual_command_examples_parse() -> None:
    examples = {
        "pw=password.cmd=?conn.apn_name": WmeCommand(
            items=(Query(key="conn.apn_name"),), password="password"
        ),
        "pw=password.cmd=conn.apn_name = net": WmeCommand(
            items=(Assign(key="conn.apn_name", value="net"),), password="password"
        ),
        "pw=password.cmd=AT&F": WmeCommand(
            items=(Action(action=WmeAction.FACTORY_RESET),), password="password"
        ),
        "cmd=ATR": WmeCommand(items=(Action(action=WmeAction.RESTART),)),
        "cmd=mread": WmeCommand(items=(Action(action=WmeAction.METER_READ),)),
        "cmd=certreset": WmeCommand(items=(Action(action=WmeAction.CERT_RESET),)),
        "cmd=csd.password = secret": WmeCommand(items=(Assign(key="csd.password", value="secret"),)),
        "cmd=csd.password =": WmeCommand(items=(Assign(key="csd.password", value=""),)),
        "pw=password.cmd=?conn.apn_name\\r\\n?conn.apn_user\\r\\n?conn.apn_pass": WmeCommand(
            items=(Query(key="conn.apn_name"), Query(key="conn.apn_user"), Query(key="conn.apn_pass")),
            password="password",
        ),
        # the manual's multi-set example writes '?' before the last setting; the ' = ' makes it a setting
        MULTI_SET: WmeCommand(
            items=(
                Assign(key="conn.apn_name", value="name"),
                Assign(key="conn.apn_user", value="user"),
                Assign(key="conn.apn_pass", value="pass"),
            ),
            password="password",
        ),
    }
    for text, expected in examples.items():
        assert wme.parse_command(text) == expected, text
    # a real CR LF separates items too
    crlf = wme.parse_command("cmd=?conn.apn_name\r\n?conn.apn_user")
    assert crlf.keys == ("conn.apn_name", "conn.apn_user")


def test_manual_reply_texts() -> None:
    set_cmd = wme.parse_command("pw=password.cmd=conn.apn_name = net")
    assert wme.device_reply(set_cmd, WmeOutcome()) == "Configuration structure changed result: 0"
    reset = wme.parse_command("pw=password.cmd=AT&F")
    assert wme.device_reply(reset, WmeOutcome()) == "Configuration structure reset result: 0"
    restart = wme.parse_command("cmd=ATR")
    assert wme.device_reply(restart, WmeOutcome()) == "Device reset requested after SMS answer"
    query = wme.parse_command("pw=password.cmd=?conn.apn_name\\r\\n?conn.apn_user\\r\\n?conn.apn_pass")
    values = {"conn.apn_name": "wm2m", "conn.apn_user": "username", "conn.apn_pass": "password"}
    assert wme.device_reply(query, WmeOutcome(values=values)) == (
        "conn.apn_name = wm2m\r\nconn.apn_user = username\r\nconn.apn_pass = password"
    )
    mread = wme.parse_command("cmd=mread")
    meter = wme.MeterReading(address="12345678", date="24-05-01", time="12:00:00")
    assert wme.device_reply(mread, WmeOutcome(meter=meter)) == "(12345678)\r\n24-05-01\r\n12:00:00"


def test_tool_reads_the_manual_answers() -> None:
    (query,) = wme.plan_query(["conn.apn_name"], password="password")
    assert query.text == "pw=password.cmd=?conn.apn_name"
    # the manual's own answer example spells the key with '_' — still matched
    result = wme.interpret_reply(query, "conn_apn_name = wm2m")
    assert result is not None and result.ok and result.values == {"conn.apn_name": "wm2m"}
    (write,) = wme.plan_write({"conn.apn_name": "net"}, password="password")
    assert write.text == "pw=password.cmd=conn.apn_name = net"
    ok = wme.interpret_reply(write, "Configuration structure changed result: 0")
    assert ok is not None and ok.ok
    crc = wme.interpret_reply(write, "Configuration structure changed result: -1")
    assert crc is not None and not crc.ok
    assert "CRC" in crc.results["conn.apn_name"].error
    for action, reply in (
        (WmeAction.FACTORY_RESET, "Configuration structure reset result: 0"),
        (WmeAction.CERT_RESET, "Configuration structure reset result:\r\n0"),
        (WmeAction.RESTART, "Device reset requested after SMS answer"),
        (WmeAction.METER_READ, "(12345678)\r\n24-05-01\r\n12:00:00\r\n"),
    ):
        request = wme.action_request(action, password="pw")
        assert request.text == f"pw=pw.cmd={action.value}"
        outcome = wme.interpret_reply(request, reply)
        assert outcome is not None and outcome.ok, action
    meter = wme.interpret_reply(
        wme.action_request(WmeAction.METER_READ), "(12345678)\r\n24-05-01\r\n12:00:00"
    )
    assert meter is not None and meter.results["mread"].value == "12345678;24-05-01;12:00:00"


def test_unrelated_sms_is_not_a_reply() -> None:
    (query,) = wme.plan_query(["conn.apn_name", "conn.apn_user"])
    assert wme.interpret_reply(query, "POWER LOST") is None
    assert wme.interpret_reply(query, "Configuration structure changed result: 0") is None
    (write,) = wme.plan_write({"conn.apn_name": "net"})
    assert wme.interpret_reply(write, "conn.apn_name = old") is None
    partial = wme.interpret_reply(query, "conn.apn_name = net")
    assert partial is not None and not partial.ok
    assert partial.results["conn.apn_user"].error == "not in the reply"


def test_password_handling() -> None:
    command = wme.parse_command("pw=se.cr.et.cmd=?conn.apn_name")
    assert command.password == "se.cr.et"
    assert wme.authorized(command, "se.cr.et") and not wme.authorized(command, "other")
    open_device = wme.parse_command("cmd=?conn.apn_name")
    assert wme.authorized(open_device, None) and wme.authorized(open_device, "")
    assert not wme.authorized(open_device, "secret")
    for bad in ("pw=secret?conn.apn_name", "?conn.apn_name", "pw=x.cmd=", "hello"):
        with pytest.raises(DecodeError):
            wme.parse_command(bad)


def test_unparsed_items_and_errors_per_key() -> None:
    command = wme.parse_command("cmd=conn.apn_name=net\\r\\nconn.apn_user = u\\r\\nfoo.bar = 1")
    assert command.items[0] == Unparsed(text="conn.apn_name=net")
    reply = wme.device_reply(command, WmeOutcome(key_errors={"foo.bar": "unknown parameter"}))
    assert reply.splitlines() == [
        "conn.apn_name=net: not understood (write 'key = value' with spaces, or '?key')",
        "foo.bar: unknown parameter",
        "Configuration structure changed result: 0",
    ]
    (write,) = wme.plan_write({"conn.apn_user": "u", "foo.bar": "1"})
    result = wme.interpret_reply(write, reply)
    assert result is not None
    assert result.results["conn.apn_user"].ok and result.results["foo.bar"].error == "unknown parameter"


def test_values_that_cannot_travel_by_sms() -> None:
    for values in (
        {"conn.apn_name": "a\nb"},
        {"conn.apn_name": "a\\r\\nb"},
        {"conn.apn_name": " padded"},
        {"conn.apn_name": "世界"},
        {"conn.apn_name": "x" * 150},
        {"bad key": "x"},
    ):
        with pytest.raises(ValidationError):
            wme.plan_write(values, password="pw")


# ------------------------------------------------------------------------------------------------ planning


def _profile_values() -> dict[str, str]:
    profile = load_profile("wm-e2s")
    values = {}
    for param in profile.params:
        if param.type is ParamType.TABLE:
            continue
        values[param.key] = format_text(param, param.default)
    return values


def test_whole_profile_write_packs_tightly_and_round_trips() -> None:
    values = _profile_values()
    values["csd.password"] = "n3w-secret"
    values["conn.apn_name"] = "net{eu}~"  # extension characters count two septets each
    requests = wme.plan_write(values, password="old-secret")
    assert all(sms_length(r.text) <= 160 for r in requests)
    # as few messages as the separator-aware lower bound allows (bin packing, checked exhaustively here)
    prefix, sep = sms_length("pw=old-secret.cmd="), sms_length(wme.SEPARATOR)
    sizes = [sms_length(wme.item_text(Assign(key=k, value=v))) + sep for k, v in values.items()]
    assert len(requests) == -(-sum(sizes) // (160 - prefix + sep))
    # every key exactly once, the new password in the last SMS, every SMS with the old password
    sent = [k for r in requests for k in r.keys]
    assert sorted(sent) == sorted(values) and requests[-1].keys[-1] == "csd.password"
    assert all(r.text.startswith("pw=old-secret.cmd=") for r in requests)
    # device side: parse each, reply; tool side: per-key results
    device_store: dict[str, str] = {}
    results = {}
    for request in requests:
        command = wme.parse_command(request.text)
        assert command == request.command and wme.authorized(command, "old-secret")
        for item in command.items:
            assert isinstance(item, Assign)
            device_store[item.key] = item.value
        result = wme.interpret_reply(request, wme.device_reply(command, WmeOutcome()))
        assert result is not None
        results.update(result.results)
    assert device_store == values
    assert all(r.ok for r in results.values()) and set(results) == set(values)


def test_query_planning_and_crlf_separator() -> None:
    keys = list(_profile_values())
    requests = wme.plan_query(keys, password="pw", separator=wme.CRLF)
    assert all(sms_length(r.text) <= 160 for r in requests)
    assert [k for r in requests for k in r.keys] != [] and sorted(
        k for r in requests for k in r.keys
    ) == sorted(keys)
    store = _profile_values()
    answers: dict[str, str] = {}
    for request in requests:
        command = wme.parse_command(request.text)
        reply = wme.device_reply(command, WmeOutcome(values={k: store[k] for k in command.keys}))
        result = wme.interpret_reply(request, reply)
        assert result is not None and result.ok
        answers.update(result.values)
    assert answers == store


def test_pack_is_optimal_on_small_sets() -> None:
    for sizes in ([60, 60, 50, 50, 40, 40, 30, 30], [81, 80, 41, 40, 40, 40, 39], [100, 61, 60, 40, 39, 20]):
        bins = pack(sizes, 160)
        best = next(
            count
            for count in range(1, len(sizes) + 1)
            if any(
                all(
                    sum(s for s, b in zip(sizes, assignment, strict=True) if b == k) <= 160
                    for k in range(count)
                )
                for assignment in itertools.product(range(count), repeat=len(sizes))
            )
        )
        assert len(bins) == best and sorted(i for b in bins for i in b) == list(range(len(sizes)))


key_st = st.from_regex(r"[a-z]{1,6}\.[a-z_]{1,12}", fullmatch=True)
value_st = st.text(
    gsm7.DEFAULT_ALPHABET.replace("\x1b", "").replace("\r", "").replace("\n", "") + "{}€[]~^|",
    max_size=40,
).map(str.strip)


@settings(max_examples=40, deadline=None)
@given(
    st.dictionaries(key_st, value_st, max_size=25),
    st.one_of(st.none(), st.from_regex(r"[A-Za-z0-9]{1,12}", fullmatch=True)),
    st.sampled_from([wme.SEPARATOR, wme.CRLF]),
    st.data(),
)
def test_round_trip_with_errors_never_exceeds_160(
    values: dict[str, str], password: str | None, separator: str, data: st.DataObject
) -> None:
    assume("\\r\\n" not in "".join(values.values()))
    requests = wme.plan_write(values, password=password, separator=separator)
    assert all(sms_length(r.text) <= 160 for r in requests)
    assert sorted(k for r in requests for k in r.keys) == sorted(values)
    failing = data.draw(st.sets(st.sampled_from(sorted(values))) if values else st.just(set()))
    save = data.draw(st.sampled_from([0, 0, -1]))
    for request in requests:
        command = wme.parse_command(request.text)
        assert command == request.command
        assert wme.authorized(command, password)
        errors = {k: "value out of range" for k in command.keys if k in failing}
        reply = wme.device_reply(command, WmeOutcome(key_errors=errors, save_result=save))
        result = wme.interpret_reply(request, reply)
        assert result is not None
        for key in command.keys:
            assert result.results[key].ok == (key not in failing and save == 0)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_random_sms_text(text: str) -> None:
    try:
        command = wme.parse_command(text)
    except DecodeError:
        pass
    else:
        wme.device_reply(command, WmeOutcome())
    reply = wme.parse_reply(text)
    assert isinstance(reply.other, tuple)


def test_error_reasons_and_values_with_colons_and_equals() -> None:
    command = wme.parse_command("cmd=?dm.url\\r\\ndm.port = 99999")
    reply = wme.device_reply(
        command,
        WmeOutcome(values={"dm.url": "http://h:80/a?b=c"}, key_errors={"dm.port": "must be 'x = 1-65535'"}),
    )
    parsed = wme.parse_reply(reply)
    assert parsed.values == {"dm.url": "http://h:80/a?b=c"}
    assert parsed.key_errors == {"dm.port": "must be 'x = 1-65535'"}
