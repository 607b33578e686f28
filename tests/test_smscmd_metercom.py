"""The 2N MeterCom SMS dialect (manual §4.2): INFO, CNF, RESET, error replies, both sides."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import AuthError, DeviceError, ValidationError
from app.protocols.smscmd import metercom as mcp
from app.protocols.smscmd.metercom import McpCommand, McpError, McpInfo, McpReplyKind, McpRequestError
from app.protocols.smscmd.packing import sms_length


def test_manual_requests_parse() -> None:
    info = mcp.parse_request("MCP INFO PWD=HELLO", password="HELLO")
    assert (info.command, info.password, info.params) == (McpCommand.INFO, "HELLO", ())
    full = mcp.parse_request(
        "MCP CNF PWD=HELLO APN=internet.t-mobile.cz; DUSR=internet; DPWD=; IP=10.0.25.30; PORT=58600; "
        "NPWD=SECRET; RINT=2;"
    )
    assert dict(full.params) == {
        "APN": "internet.t-mobile.cz",
        "DUSR": "internet",
        "DPWD": "",
        "IP": "10.0.25.30",
        "PORT": "58600",
        "NPWD": "SECRET",
        "RINT": "2",
    }
    partial = mcp.parse_request("MCP CNF PWD=HELLO APN=internet")  # the manual's tip: no semicolon
    assert partial.params == (("APN", "internet"),)
    spaced = mcp.parse_request("MCP CNF PWD=HELLO APN=(my apn); DUSR=[a b];")
    assert dict(spaced.params) == {"APN": "my apn", "DUSR": "a b"}
    reset = mcp.parse_request("MCP RESET PWD=HELLO")
    assert reset.command is McpCommand.RESET and mcp.reset_reply() == "OK"


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("INFO PWD=HELLO", McpError.UNKNOWN_COMMAND),
        ("MCP STATUS PWD=HELLO", McpError.UNKNOWN_COMMAND),
        ("mcp info PWD=HELLO", McpError.UNKNOWN_COMMAND),  # case-sensitive
        ("MCP INFO", McpError.PASSWORD_MISSING),
        ("MCP INFO PWD=", McpError.PASSWORD_MISSING),
        ("MCP CNF APN=internet", McpError.PASSWORD_MISSING),
        ("MCP INFO PWD=WRONG", McpError.PASSWORD_INCORRECT),
        ("MCP CNF PWD=HELLO FOO=1", McpError.UNKNOWN_PARAMETER),
        ("MCP CNF PWD=HELLO APN", McpError.UNKNOWN_PARAMETER),
        ("MCP CNF PWD=HELLO APN=a; APN=b;", McpError.TOO_MANY_PARAMETERS),
        ("MCP INFO PWD=HELLO APN=a", McpError.TOO_MANY_PARAMETERS),
        ("MCP CNF PWD=HELLO IP=server.example.com", McpError.PARAMETER_VALUE_INCORRECT),
        ("MCP CNF PWD=HELLO PORT=0", McpError.PARAMETER_VALUE_INCORRECT),
        ("MCP CNF PWD=HELLO RINT=25", McpError.PARAMETER_VALUE_INCORRECT),
        ("MCP CNF PWD=HELLO NPWD=", McpError.PARAMETER_VALUE_INCORRECT),
    ],
)
def test_error_replies(text: str, error: McpError) -> None:
    with pytest.raises(McpRequestError) as info:
        mcp.parse_request(text, password="HELLO")
    assert info.value.error is error
    reply = mcp.parse_reply(mcp.error_reply(error))
    assert reply.kind is McpReplyKind.ERROR and reply.error is error


def test_replies_read_by_the_tool() -> None:
    info = mcp.parse_reply("EM_ID=11620371 SN=50-1008-0004 SIG=-57dBm LIP=89.24.0.201 STAT=GSM  \nTECH=GPRS")
    assert info.kind is McpReplyKind.INFO
    assert info.info == McpInfo(
        meter_id="11620371",
        serial="50-1008-0004",
        signal_dbm=-57,
        ip="89.24.0.201",
        state="GSM",
        technology="GPRS",
    )
    assert mcp.parse_reply(mcp.info_reply(info.info)).info == info.info
    config = mcp.parse_reply(
        "APN=internet.t-mobile.cz DUSR=internet DPWD= IP=10.0.25.30 PORT=58600  \nRINT=2"
    )
    assert config.kind is McpReplyKind.CONFIG and config.fields["PORT"] == "58600"
    assert mcp.parse_reply("OK").kind is McpReplyKind.OK
    assert mcp.parse_reply("POWER LOST").kind is McpReplyKind.OTHER
    with pytest.raises(AuthError):
        mcp.parse_reply("Password incorrect").raise_for_error()
    with pytest.raises(DeviceError):
        mcp.parse_reply("Unknown parameter").raise_for_error()


def test_requests_are_built_as_the_manual_prints_them() -> None:
    assert mcp.info_request("HELLO").to_text() == "MCP INFO PWD=HELLO"
    assert mcp.reset_request("HELLO").to_text() == "MCP RESET PWD=HELLO"
    (cnf,) = mcp.plan_configuration({"APN": "internet.t-mobile.cz", "RINT": "2"}, password="HELLO")
    assert cnf.to_text() == "MCP CNF PWD=HELLO APN=internet.t-mobile.cz; RINT=2;"
    (spaced,) = mcp.plan_configuration({"APN": "my apn"}, password="HELLO")
    assert spaced.to_text() == "MCP CNF PWD=HELLO APN=(my apn);"
    for values in ({"FOO": "1"}, {"IP": "host.example"}, {"PORT": "99999"}, {"APN": "a (b) c"}, {"APN": "ű"}):
        with pytest.raises(ValidationError):
            mcp.plan_configuration(values, password="HELLO")


def test_per_key_results_and_correlation() -> None:
    values = {
        "APN": "internet.t-mobile.cz",
        "DUSR": "internet",
        "DPWD": "x",
        "IP": "10.0.25.30",
        "NPWD": "NEW",
    }
    (request,) = mcp.plan_configuration(values, password="HELLO")
    assert request.keys[-1] == "NPWD"
    reply = "APN=internet.t-mobile.cz DUSR=internet DPWD= IP=10.0.25.30 PORT=58600 RINT=2"
    result = mcp.interpret_reply(request, reply)
    assert result is not None and result.ok  # DPWD comes back empty, NPWD not at all
    wrong = mcp.interpret_reply(request, reply.replace("IP=10.0.25.30", "IP=10.0.0.1"))
    assert wrong is not None and not wrong.ok and "10.0.0.1" in wrong.results["IP"].error
    refused = mcp.interpret_reply(request, "Parameter value incorrect")
    assert refused is not None and not refused.ok
    assert refused.results["APN"].error == "Parameter value incorrect"
    assert mcp.interpret_reply(request, "OK") is None  # a RESET confirmation answers no CNF
    assert mcp.interpret_reply(mcp.reset_request("HELLO"), "OK") is not None
    assert mcp.interpret_reply(mcp.info_request("HELLO"), reply) is None


def test_device_round_trip_over_several_sms() -> None:
    values = {
        "APN": "a-very-long-access-point-name.operator-with-a-long-name.example",
        "DUSR": "user-name-that-is-long",
        "DPWD": "password with spaces",
        "IP": "192.168.100.200",
        "PORT": "58600",
        "RINT": "24",
        "NPWD": "NEWPASS",
    }
    requests = mcp.plan_configuration(values, password="HELLO")
    assert len(requests) == 2 and all(sms_length(r.to_text()) <= 160 for r in requests)
    assert requests[-1].keys[-1] == "NPWD"
    settings_store = {"APN": "", "DUSR": "", "DPWD": "", "IP": "", "PORT": "", "RINT": "0"}
    password = "HELLO"
    for request in requests:
        received = mcp.parse_request(request.to_text(), password=password)
        assert received == request
        for key, value in received.params:
            if key == "NPWD":
                password = value
            else:
                settings_store[key] = value
        result = mcp.interpret_reply(request, mcp.config_reply({**settings_store, "DPWD": ""}))
        assert result is not None and result.ok
    assert password == "NEWPASS" and settings_store["DPWD"] == "password with spaces"
    assert mcp.encoding_error(ucs2=True) is McpError.UNKNOWN_COMMAND and mcp.encoding_error() is None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=160))
def test_random_sms_text(text: str) -> None:
    try:
        mcp.parse_request(text, password="HELLO")
    except McpRequestError as exc:
        assert isinstance(exc.error, McpError)
    mcp.parse_reply(text)


@settings(max_examples=100, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["APN", "DUSR", "DPWD"]),
        st.text("abcdefghijklmnopqrstuvwxyz0123456789.-_ ", max_size=60).map(str.strip),
    )
)
def test_planned_configuration_parses_back(values: dict[str, str]) -> None:
    for request in mcp.plan_configuration(values, password="HELLO"):
        assert sms_length(request.to_text()) <= 160
        assert mcp.parse_request(request.to_text(), password="HELLO") == request
