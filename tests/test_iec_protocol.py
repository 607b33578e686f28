"""IEC 62056-21 codecs: peer corpus vectors, round trips, split-anywhere decoding, robustness, helpers.

Vectors are read from ../shared/corpora/extracted (never copied here): pwitab/iec62056-21 and
vzlogger messages in iec62056_21_vectors.json, amshan's mode D / DSMR P1 readouts in
amshan_hdlc_dlms_dlde_vectors.json (test_dlde.py, test_obis.py).
"""

from __future__ import annotations

import contextlib
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from app.errors import DecodeError, GwtermError, LocalProtocolError
from app.protocols.iec62056_21 import (
    SIGN_ON_LINE,
    Ack,
    Command,
    DataBlock,
    DataLine,
    DataSet,
    DataValue,
    Event,
    Garbled,
    Identification,
    IecDecoder,
    LineFollower,
    LineSetting,
    Nak,
    OptionSelect,
    ProtocolMode,
    SignOnRequest,
    add_even_parity,
    baud_of,
    bcc,
    capture_bytes,
    crc16_arc,
    decode_capture,
    looks_like_iec_sign_on,
    mode_of,
    parse_obis,
    select_baud,
    strip_parity,
)
from app.protocols.iec62056_21.messages import Message

EXTRACTED = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "extracted"
IEC_VECTORS = EXTRACTED / "iec62056_21_vectors.json"
AMSHAN = EXTRACTED / "amshan_hdlc_dlms_dlde_vectors.json"
needs_corpus = pytest.mark.skipif(
    not IEC_VECTORS.is_file() or not AMSHAN.is_file(),
    reason=f"peer corpus not found at {EXTRACTED} (../shared/corpora)",
)
FUZZ = settings(max_examples=75, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FUZZ_STREAMS = settings(FUZZ, max_examples=40)


def _iec_vectors() -> list[dict[str, Any]]:
    if not IEC_VECTORS.is_file():
        return []
    vectors: list[dict[str, Any]] = json.loads(IEC_VECTORS.read_text(encoding="utf-8"))["vectors"]
    return vectors


def _dlde() -> dict[str, Any]:
    if not AMSHAN.is_file():
        return {"constants": {}, "tests": []}
    files: dict[str, Any] = json.loads(AMSHAN.read_text(encoding="utf-8"))["files"]
    return files


def _dlde_constant(name: str) -> bytes:
    return bytes.fromhex(_dlde()["test_dlde.py"]["constants"][name]["hex"])


def decode_all(data: bytes, pieces: list[int] | None = None, *, end: bool = True) -> list[Event]:
    """Decode `data` fed in pieces of these sizes (the rest in one go)."""
    decoder = IecDecoder()
    at = 0
    for size in pieces or []:
        decoder.receive_data(data[at : at + size])
        at += size
    decoder.receive_data(data[at:])
    if end:
        decoder.end_of_data()
    return decoder.events()


def triples(datasets: tuple[DataSet, ...]) -> list[tuple[str, str, str | None]]:
    return [(d.address, d.value, d.unit) for d in datasets]


# -- corpus: iec62056_21_vectors.json ----------------------------------------------------------------


@needs_corpus
@pytest.mark.parametrize("vector", _iec_vectors(), ids=lambda v: v["kind"])
def test_iec62056_21_vector(vector: dict[str, Any]) -> None:
    raw = bytes.fromhex(vector["frame_hex"])
    kind: str = vector["kind"]
    expected = vector["expected"]
    raises = "raises" in expected
    if kind.startswith("command_message"):
        if raises:
            with pytest.raises(DecodeError):
                Command.from_bytes(raw)
            assert isinstance(decode_all(raw)[0], Garbled)
            return
        command = Command.from_bytes(raw)
        assert command.to_bytes() == raw
        if "command" in expected:
            assert (command.command, command.command_type) == (expected["command"], expected["command_type"])
            data_set = expected["data_set"]
            if data_set is None:
                assert command.data is None
            else:
                assert command.data is not None
                assert (command.data.address or None, command.data.value, command.data.unit) == (
                    data_set["address"],
                    data_set["value"],
                    data_set["unit"],
                )
        assert decode_all(raw) == [command]
    elif kind.startswith(("answer_data_message", "readout_data_message")):
        if raises:
            with pytest.raises(DecodeError):
                DataBlock.from_bytes(raw)
            (event,) = decode_all(raw)
            assert isinstance(event, DataBlock) and not event.check_ok
            return
        block = DataBlock.from_bytes(raw)
        assert block.to_bytes() == raw
        want = [(d["address"], d["value"], d["unit"]) for d in expected["data_sets"]]
        assert triples(block.datasets) == want
        if "data_lines" in expected:
            assert len([line for line in block.lines if line.datasets]) == expected["data_lines"]
            assert block.end_line == "!"
        assert decode_all(raw) == [block]
    elif kind == "request_message":
        request = SignOnRequest.from_bytes(raw)
        assert (request.address or None) == expected["device_address"]
        assert request.to_bytes() == raw
        assert looks_like_iec_sign_on(raw)
    elif kind == "ack_option_select_message":
        select = OptionSelect.from_bytes(raw)
        assert (select.protocol, select.baud_char, select.mode) == (
            expected["protocol_char"],
            expected["baud_char"],
            expected["mode_char"],
        )
        assert select.to_bytes() == raw
        assert decode_all(SignOnRequest().to_bytes() + raw)[1] == select
    elif kind == "identification_message":
        ident = Identification.from_bytes(raw)
        assert ident.manufacturer == expected["manufacturer"]
        assert ident.baud_char == expected["switchover_baudrate_char"]
        # pwitab keeps the \W capability character in its identification; we split it off (6.3.2)
        assert ident.capabilities + ident.identification == expected["identification"]
        assert ident.capabilities == "2" and ident.supports_hdlc
        assert ident.to_bytes() == raw
    elif kind.startswith("data_set"):
        text = raw.decode("ascii")
        if raises:
            with pytest.raises(DecodeError):
                DataSet.parse(text)
            return
        dataset = DataSet.parse(text)
        assert (dataset.address, dataset.value, dataset.unit) == (
            expected["address"],
            expected["value"],
            expected["unit"],
        )
        assert dataset.text() == text
    elif kind == "data_line":
        line = DataLine.parse(raw.decode("ascii"))
        assert len(line.datasets) == expected["data_sets"] and not line.rest
        first = expected["first"]
        assert triples(line.datasets[:1]) == [(first["address"], first["value"], first["unit"])]
        assert line.text() == raw.decode("ascii")
    else:
        (readout,) = decode_capture(raw)
        values = [(d.address, float(d.value)) for d in readout.registers]
        if "readings" in expected:
            assert values == [(r["obis"], r["value"]) for r in expected["readings"]]
            assert readout.mode == "D"
        else:
            assert len(values) == expected["reading_count"]
            for reading in expected["readings_subset"]:
                address, value = values[reading["index"]]
                assert reading["obis"].split(" ")[0] == address and value == pytest.approx(reading["value"])
        if vector.get("bcc_ok") is False:
            assert readout.block.framed and not readout.block.check_ok  # the garbled ACE3000 capture


# -- corpus: amshan test_dlde.py / test_obis.py ----------------------------------------------------------


_DATASET_EXPR = re.compile(r"DataSet\(address='([^']*)', values=\[(.*?)\]\)")
_VALUE_EXPR = re.compile(r"DataSetValue\(value='([^']*)', unit=(None|'[^']*')\)")


def _expected_datasets(expr: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    """amshan's `DataSet(address=…, values=[DataSetValue(…)])` reprs, read without eval."""
    found = []
    for address, values in _DATASET_EXPR.findall(expr):
        pairs = [(v, None if u == "None" else u.strip("'")) for v, u in _VALUE_EXPR.findall(values)]
        found.append((address, pairs))
    return found


def _as_pairs(datasets: tuple[DataSet, ...]) -> list[tuple[str, list[tuple[str, str | None]]]]:
    return [(d.address, [(v.value, v.unit) for v in d.values]) for d in datasets]


def _dlde_asserts(test: str) -> list[dict[str, Any]]:
    for entry in _dlde()["test_dlde.py"]["tests"]:
        if entry["test"] == test:
            asserts: list[dict[str, Any]] = entry["asserts"]
            return asserts
    raise AssertionError(f"no amshan test {test}")


@needs_corpus
def test_amshan_mode_d_reader_items_and_incomplete_input() -> None:
    ident, crlf, end = _dlde_constant("IDENT"), _dlde_constant("CRLF"), _dlde_constant("END_LINE")
    without, with_unit = _dlde_constant("LINE_WITHOUT_UNIT"), _dlde_constant("LINE_WITH_UNIT")
    decoder = IecDecoder()
    decoder.receive_data(ident)
    decoder.receive_data(without)
    assert not any(isinstance(e, DataBlock) for e in decoder.events())  # test_incomplete: no '!' yet
    events = decode_all(ident + crlf + without + with_unit + end)
    assert isinstance(events[0], Identification) and events[0].text() == ident.decode().strip()
    block = events[1]
    assert isinstance(block, DataBlock) and not block.framed and block.end_line == "!"
    expected = _dlde_asserts("test_read_item_without_unit")[-1]["expected"]["expr"]
    assert _as_pairs(block.datasets[:1]) == _expected_datasets(expected)
    expected = _dlde_asserts("test_read_item_with_unit")[0]["expected"]["expr"]
    assert _as_pairs(block.datasets[1:2]) == _expected_datasets(expected)
    assert ident + block.to_bytes() == ident + crlf + without + with_unit + end


_EXAMPLES = {
    "test_example_a_landisgyr_360": "EXAMPLE_DATA_A_LANDISGYR_360",
    "test_example_b": "EXAMPLE_DATA_B",
    "test_example_c": "EXAMPLE_DATA_C",
    "test_example_d_landisgyr_360": "EXAMPLE_DATA_D_LANDISGYR_360",
    "test_example_kamstrup": "EXAMPLE_DATA_KAMSTRUP",
}


@needs_corpus
@pytest.mark.parametrize("test", list(_EXAMPLES))
def test_amshan_data_readout_examples(test: str) -> None:
    raw = _dlde_constant(_EXAMPLES[test])
    (readout,) = decode_capture(raw)
    ident = readout.identification
    assert ident is not None and readout.mode == "D"
    for check in _dlde_asserts(test):
        lhs, expected = check["lhs"], check["expected"]
        if lhs == "str(readout.identification_line)":
            assert ident.text() == expected
        elif lhs == "readout.identification_line.identification":
            assert ident.identification == expected
        elif lhs == "readout.identification_line.manufacturer_id":
            assert ident.manufacturer == expected
        elif lhs == "readout.end_line":
            assert readout.block.end_line == expected
        elif lhs in ("readout.expected_checksum", "readout._calculated_crc"):
            assert readout.block.check == "crc16" and readout.block.check_ok
            assert int((readout.block.end_line or "!")[1:], 16) == expected
    if readout.block.check == "none":
        assert readout.block.end_line == "!"
    assert len(readout.registers) >= 20 and not readout.block.junk


@needs_corpus
def test_amshan_parse_examples() -> None:
    (readout,) = decode_capture(_dlde_constant("EXAMPLE_DATA_A_LANDISGYR_360"))
    checks = _dlde_asserts("test_parse_example_a_landisgyr_360")
    for check in checks:
        index = int(re.fullmatch(r"parsed\[(\d+)\]", check["lhs"]).group(1))  # type: ignore[union-attr]
        assert _as_pairs(readout.registers[index : index + 1]) == _expected_datasets(
            check["expected"]["expr"]
        )
    assert len(readout.registers) == len(checks) == 27


@needs_corpus
def test_amshan_multi_value_and_multi_dataset_lines() -> None:
    text = _dlde_constant("EXAMPLE_DATA_B").decode("ascii")
    line = next(x for x in text.split("\r\n") if x.startswith("1-0:99.97.0"))
    parsed = DataLine.parse(line)
    assert _as_pairs(parsed.datasets) == _expected_datasets(
        _dlde_asserts("test_parse_multi_value_line")[0]["expected"]["expr"]
    )
    two = DataLine.parse(line + "0-0:1.0.0(180924132132S)")
    assert _as_pairs(two.datasets) == _expected_datasets(
        _dlde_asserts("test_parse_multi_dataset_line")[0]["expected"]["expr"]
    )
    assert two.text() == line + "0-0:1.0.0(180924132132S)"
    empty = next(x for x in text.split("\r\n") if x.startswith("0-0:96.13.1"))
    assert triples(DataLine.parse(empty).datasets) == [("0-0:96.13.1", "", None)]  # an empty value


@needs_corpus
def test_amshan_obis_addresses() -> None:
    files = _dlde()
    for entry in files["test_obis.py"]["tests"]:
        for check in entry["asserts"]:
            match = re.fullmatch(r"to_obis_tupple\('([^']*)'\)", check["lhs"])
            if match:
                assert parse_obis(match.group(1)) == tuple(check["expected"]), match.group(1)
    assert parse_obis("1-0:1.8.0*255") == (1, 0, 1, 8, 0, 255)
    assert parse_obis("C.1.0") == (None, None, 96, 1, 0, None)
    assert parse_obis("not obis") is None


@needs_corpus
def test_every_corpus_vector_decodes_the_same_split_at_every_byte() -> None:
    captures = [bytes.fromhex(v["frame_hex"]) for v in _iec_vectors()]
    # two DSMR telegrams stand for all five here (the others decode whole in their own tests)
    captures += [_dlde_constant("EXAMPLE_DATA_A_LANDISGYR_360"), _dlde_constant("EXAMPLE_DATA_KAMSTRUP")]
    for raw in captures:
        whole = decode_all(raw)
        for cut in range(1, len(raw)):
            assert decode_all(raw, [cut]) == whole, (raw[:30], cut)
        assert decode_all(raw, [1] * len(raw)) == whole


# -- encoders and round trips ------------------------------------------------------------------------------


def _printable(without: str) -> str:
    return "".join(chr(c) for c in range(0x20, 0x7F) if chr(c) not in without)


addresses = st.text(_printable("()"), min_size=1, max_size=20).filter(lambda a: not a.startswith("!"))
values = st.builds(
    DataValue,
    value=st.text(_printable("()*"), max_size=20),
    unit=st.none() | st.text(_printable("()"), max_size=6),
)
datasets = st.builds(DataSet, address=addresses, values=st.lists(values, min_size=1, max_size=4).map(tuple))
lines = st.builds(DataLine, datasets=st.lists(datasets, min_size=0, max_size=3).map(tuple))
blocks = st.builds(
    DataBlock.readout, st.lists(lines, max_size=4), end=st.sampled_from(["!", "!A1B2"])
) | st.builds(lambda d, final: DataBlock.answer(d, final=final), datasets, st.booleans())
alnum = st.sampled_from("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
ident_text = st.text(_printable("/!"), max_size=16).filter(lambda t: not t.startswith("\\"))
messages: st.SearchStrategy[Message] = st.one_of(
    st.builds(
        SignOnRequest,
        address=st.text(st.sampled_from("0123456789ABCDEFabcdef "), max_size=32),
    ),
    st.builds(
        Identification,
        manufacturer=st.text(
            st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"), min_size=3, max_size=3
        ),
        baud_char=st.sampled_from(_printable("/!\\")),
        identification=ident_text,
        capabilities=st.text(st.sampled_from("0123456789@"), max_size=2),
    ),
    st.builds(OptionSelect, protocol=alnum, baud_char=alnum, mode=alnum),
    st.builds(Ack),
    st.builds(Nak),
    st.builds(Command, command=st.sampled_from("PRWEB"), command_type=alnum, data=st.none() | datasets),
    blocks,
)


def _from_bytes(message: Message) -> Message:
    cls: Any = type(message)
    if cls in (Ack, Nak):
        return cls()  # type: ignore[no-any-return]
    return cls.from_bytes(message.to_bytes())  # type: ignore[no-any-return]


@FUZZ
@given(messages)
def test_encode_then_decode_round_trips(message: Message) -> None:
    raw = message.to_bytes()
    assert _from_bytes(message) == message
    assert _from_bytes(message).to_bytes() == raw


@FUZZ_STREAMS
@given(st.lists(messages, min_size=1, max_size=5), st.data())
def test_a_stream_of_messages_decodes_whatever_the_pieces(
    sequence: list[Message], data: st.DataObject
) -> None:
    # 6.3.3: an option select only ever follows a request or an identification
    for n, message in enumerate(sequence):
        if isinstance(message, OptionSelect):
            assume(n > 0 and isinstance(sequence[n - 1], SignOnRequest | Identification))
    raw = b"".join(m.to_bytes() for m in sequence)
    pieces = data.draw(st.lists(st.integers(min_value=0, max_value=len(raw)), max_size=8))
    events = decode_all(raw, pieces)
    whole = decode_all(raw)
    assert events == whole
    plain = [m for m in whole if not isinstance(m, Garbled)]
    assert len(plain) == len(whole)
    assert b"".join(m.to_bytes() for m in plain) == raw


def test_a_stream_split_at_every_byte() -> None:
    stream = b"".join(
        m.to_bytes()
        for m in (
            SignOnRequest(address="12345678"),
            Identification(manufacturer="LGZ", baud_char="5", identification="ZMD", capabilities="2"),
            OptionSelect(protocol="0", baud_char="5", mode="1"),
            Command(command="P", command_type="0", data=DataSet.of("", "12345678")),
            Command(command="P", command_type="1", data=DataSet.of("", "secret")),
            Ack(),
            Command(command="R", command_type="1", data=DataSet.of("1.8.0", "")),
            DataBlock.answer(DataSet.of("1.8.0", "000123.4", "kWh"), final=False),
            Ack(),
            DataBlock.answer(DataSet(address="", values=(DataValue(value="7"),))),
            Nak(),
            DataBlock.error_message(),
            Command(command="B", command_type="0"),
        )
    )
    whole = decode_all(stream)
    assert len(whole) == 13 and not any(isinstance(e, Garbled) for e in whole)
    for cut in range(1, len(stream)):
        assert decode_all(stream, [cut]) == whole
    assert decode_all(stream, [1] * len(stream)) == whole
    error = whole[11]
    assert isinstance(error, DataBlock) and error.error == "ERROR"


def test_encoders_refuse_what_would_break_the_framing() -> None:
    for bad in (
        lambda: SignOnRequest(address="x" * 33).to_bytes(),
        lambda: SignOnRequest(address="a!b").to_bytes(),
        lambda: Identification(manufacturer="AB1", baud_char="5").to_bytes(),
        lambda: Identification(manufacturer="ABC", baud_char="5", identification="\\x").to_bytes(),
        lambda: OptionSelect(protocol="", baud_char="5", mode="0").to_bytes(),
        lambda: DataSet.of("1.8.0", "1*2").text(),
        lambda: DataSet.of("1(8", "1").text(),
        lambda: DataSet(address="1.8.0", values=()).text(),
        lambda: DataLine.of(DataSet.of("a", "1"), DataSet.of("", "2")).text(),
        lambda: DataBlock.answer(DataSet.of("a", "\x03")).to_bytes(),
        lambda: Command(command="PP", command_type="1").to_bytes(),
        lambda: DataSet.of("1.8.0", "wärme").text(),
    ):
        with pytest.raises(LocalProtocolError):
            bad()


def test_bcc_and_crc16() -> None:
    assert bcc(b"P0\x02(1234567)\x03") == 0x50  # 6.3.4: XOR from after SOH/STX up to ETX
    assert crc16_arc(b"123456789") == 0xBB3D  # CRC-16/ARC check value
    assert (
        DataBlock.answer(DataSet.of("3:171.0", "0")).to_bytes().hex().upper() == "02333A3137312E302830290312"
    )


# -- robustness: only our errors, whatever arrives ----------------------------------------------------------

_PARSERS = (
    SignOnRequest.from_bytes,
    Identification.from_bytes,
    OptionSelect.from_bytes,
    Command.from_bytes,
    DataBlock.from_bytes,
    lambda raw: DataSet.parse(raw.decode("latin-1")),
    lambda raw: decode_capture(capture_bytes(raw)),
)


@FUZZ
@given(st.binary(max_size=300))
@example(b"/?\x00!\r\n\x06\x01\x02\x03\x04")
@example(b"\x01P1\x02(\x03\x00")
@example(b"/ABC5\\")
def test_random_bytes_raise_only_our_errors(raw: bytes) -> None:
    for parse in _PARSERS:
        with contextlib.suppress(GwtermError):
            parse(raw)
    events = decode_all(raw)
    assert all(isinstance(e, Message | Garbled) for e in events)


@FUZZ_STREAMS
@given(messages, st.data())
def test_mutated_messages_raise_only_our_errors(message: Message, data: st.DataObject) -> None:
    raw = bytearray(message.to_bytes())
    for _ in range(data.draw(st.integers(min_value=1, max_value=4))):
        at = data.draw(st.integers(min_value=0, max_value=max(0, len(raw) - 1)))
        action = data.draw(st.sampled_from(["flip", "insert", "delete"]))
        if action == "flip" and raw:
            raw[at] ^= 1 << data.draw(st.integers(min_value=0, max_value=7))
        elif action == "insert":
            raw.insert(at, data.draw(st.integers(min_value=0, max_value=255)))
        elif raw:
            del raw[at]
    for parse in _PARSERS:
        with contextlib.suppress(GwtermError):
            parse(bytes(raw))
    assert decode_all(bytes(raw), [len(raw) // 2]) == decode_all(bytes(raw))


def test_noise_and_echo_between_messages_are_skipped() -> None:
    ident = Identification(manufacturer="ABc", baud_char="5", identification="X1")
    block = DataBlock.readout([DataSet.of("1.8.0", "1", "kWh")])
    raw = (
        b"\x00" * 10
        + b"\x7f\xff"
        + SignOnRequest().to_bytes()
        + ident.to_bytes()
        + b"\x80"
        + block.to_bytes()
    )
    events = decode_all(raw)
    assert [type(e) for e in events] == [SignOnRequest, Identification, DataBlock]
    assert events[1] == ident and ident.short_reaction_time and events[2] == block
    # printable noise after an identification could start a mode D telegram: reported, then resynced
    events = decode_all(ident.to_bytes() + b"~x" + block.to_bytes())
    assert [type(e) for e in events] == [Identification, Garbled, DataBlock] and events[2] == block
    overlong = b"/" + b"A" * 200 + b"\r\n" + SignOnRequest().to_bytes()
    assert decode_all(overlong)[-1] == SignOnRequest()


def test_parity_is_made_and_checked_in_software() -> None:
    raw = SignOnRequest().to_bytes()
    wire = add_even_parity(raw)
    assert wire == bytes.fromhex("AF3F218D0A")  # "/?!" CR LF as 7E1 characters on an 8N1 port
    assert strip_parity(wire) == (raw, 0)
    assert strip_parity(raw)[1] == 2  # sent without parity: "/" and CR have odd weight
    assert decode_all(wire) == [SignOnRequest()]


def test_modes_and_baud_characters() -> None:
    def ident(char: str) -> Identification:
        return Identification(manufacturer="ABC", baud_char=char)

    assert [mode_of(ident(c)) for c in ":AE05"] == [
        ProtocolMode.A,
        ProtocolMode.B,
        ProtocolMode.B,
        ProtocolMode.C,
        ProtocolMode.C,
    ]
    assert baud_of("E", ProtocolMode.B) == 9600 and baud_of("6", ProtocolMode.C) == 19200
    assert baud_of("7", ProtocolMode.C) is None  # reserved
    assert select_baud(9600, 19200) == ("5", 9600)
    assert select_baud(19200, 2400) == ("3", 2400)
    assert select_baud(300, 19200) == ("0", 300)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"/?!\r\n", True),
        (b"/?12345678!\r\n", True),
        (b"/?1234", True),
        (b"\x00\x00/?!\r\n", True),
        (add_even_parity(b"/?!\r\n"), True),
        (b"/?!", True),
        (b"/?!\r\nmore", False),
        (b"\x68\x05\x05\x68", False),
        (b"GET / HTTP/1.1\r\n", False),
        (b"/ABC5\r\n", False),
        (b"/?" + b"1" * 40, False),
        (b"", False),
    ],
)
def test_looks_like_iec_sign_on(data: bytes, expected: bool) -> None:
    assert looks_like_iec_sign_on(data) is expected


def test_line_follower_tracks_modes_b_c_e_and_returns() -> None:
    follower = LineFollower(readout_idle=5.0)
    request = SignOnRequest().to_bytes()
    assert follower.before_client(request, 0.0) is None and follower.after_client(request, 0.0) is None
    ident_c = Identification(manufacturer="ABC", baud_char="5").to_bytes()
    assert follower.after_meter(ident_c, 0.3) is None
    select = OptionSelect(protocol="0", baud_char="5", mode="0").to_bytes()
    assert follower.after_client(select, 0.6) == LineSetting(baud=9600)
    readout = DataBlock.readout([DataSet.of("1.8.0", "1")]).to_bytes()
    assert follower.after_meter(readout[:5], 0.9) is None
    assert follower.after_meter(readout[5:], 1.0) == SIGN_ON_LINE  # the meter is back at 300 Bd
    # mode B: the identification itself moves the line
    assert follower.after_client(request, 2.0) is None
    assert follower.after_meter(
        Identification(manufacturer="ABC", baud_char="E").to_bytes(), 2.3
    ) == LineSetting(baud=9600)
    assert follower.poll(4.0) is None and follower.poll(7.4) == SIGN_ON_LINE  # silence: back to 300 Bd
    # mode E: 8N1 HDLC until silence; a sign-on on a line left elsewhere goes back first
    follower.after_client(request, 10.0)
    follower.after_meter(Identification(manufacturer="ABC", baud_char="6", capabilities="2").to_bytes(), 10.2)
    hdlc = OptionSelect(protocol="2", baud_char="6", mode="2").to_bytes()
    assert follower.after_client(hdlc, 10.5) == LineSetting(baud=19200, data_format="8N1")
    assert follower.after_client(b"\x7e\xa0\x07\x03\x21\x93\x0f\x01\x7e", 11.0) is None
    assert follower.poll(30.0) is None  # HDLC sessions may idle longer than a readout
    assert follower.before_client(request, 31.0) == SIGN_ON_LINE
    # programming mode: stays until break
    follower.after_client(request, 40.0)
    follower.after_meter(ident_c, 40.2)
    assert follower.after_client(OptionSelect(protocol="0", baud_char="5", mode="1").to_bytes(), 40.5) == (
        LineSetting(baud=9600)
    )
    assert follower.poll(60.0) is None
    assert follower.after_client(Command(command="B", command_type="0").to_bytes(), 61.0) == SIGN_ON_LINE
