"""docs/gwcp.md is a specification with byte-exact examples: check every example against the codec.

Each ```gwcp-example block holds header lines (`type`, `seq`, `flags`, and `body`, or `offset`/`data`
for a transfer chunk, or `keys`/`counter`/`plaintext` for a sealed frame), a blank line, then rows
`hex bytes | annotation`. Each ```gwcp-login block holds the inputs and outputs of one login.
The examples are decoded, re-encoded (by the codec and by an independent encoder written from the
spec), decrypted, cross-checked with the login blocks, annotated consistently, and replayed against
the reference tool and device. A flipped byte anywhere in the doc must fail: test_mutated_* prove it.
"""

from __future__ import annotations

import binascii
import copy
import hashlib
import hmac
import json
import re
import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.errors import LocalProtocolError, ProtocolError, TransportError
from app.protocols._common.crc import crc16_ccitt, crc32
from app.protocols.gwcp import auth, connection
from app.protocols.gwcp.connection import ClientConnection
from app.protocols.gwcp.frame import MAX_PAYLOAD, Flag, Frame, FrameDecoder
from app.protocols.gwcp.messages import REPLY_BIT, ErrorCode, MsgType, decode_body, decode_chunk, encode_body

DOC = Path(__file__).resolve().parent.parent / "docs" / "gwcp.md"
BLOCK = re.compile(r"^```(gwcp-example|gwcp-login)\n(.*?)^```$", re.MULTILINE | re.DOTALL)
HEX_BYTE = re.compile(r"^[0-9a-f]{2}$")

REQUIRED_EXAMPLES = {
    "ping-request",
    "ping-reply",
    "hello-request",
    "hello-reply",
    "login-request",
    "login-reply",
    "get-request",
    "get-reply",
    "set-request",
    "set-error",
    "xfer-data-16",
    "xfer-data-ack",
    "enc-get-request",
    "data-request",
    "data-reply",
    "report-test-request",
    "report-test-reply",
}


@dataclass
class Example:
    name: str
    head: dict[str, str]
    rows: list[tuple[bytes, str]] = field(default_factory=list)

    @property
    def raw(self) -> bytes:
        return b"".join(data for data, _ in self.rows)


def _head(lines: list[str]) -> dict[str, str]:
    head: dict[str, str] = {}
    for line in lines:
        key, sep, value = line.partition(": ")
        assert sep, f"header line without 'key: value': {line!r}"
        assert key not in head, f"header key {key!r} twice"
        head[key] = value
    return head


def _parse_doc(text: str) -> tuple[dict[str, Example], dict[str, dict[str, str]]]:
    examples: dict[str, Example] = {}
    logins: dict[str, dict[str, str]] = {}
    for kind, content in BLOCK.findall(text):
        if kind == "gwcp-login":
            login = _head(content.strip("\n").split("\n"))
            assert login["name"] not in logins, f"login block {login['name']} twice"
            logins[login["name"]] = login
            continue
        head_text, sep, rows_text = content.partition("\n\n")
        assert sep, "an example needs header lines, a blank line, then hex rows"
        head = _head(head_text.split("\n"))
        example = Example(name=head["name"], head=head)
        for line in rows_text.strip("\n").split("\n"):
            hex_part, bar, note = line.partition(" | ")
            assert bar, f"{example.name}: row without ' | ': {line!r}"
            tokens = hex_part.split()
            assert tokens and all(HEX_BYTE.match(t) for t in tokens), f"{example.name}: bad hex in {line!r}"
            assert len(tokens) <= 16, f"{example.name}: more than 16 bytes in a row"
            example.rows.append((bytes.fromhex("".join(tokens)), note))
        assert example.name not in examples, f"example {example.name} twice"
        examples[example.name] = example
    return examples, logins


DOC_TEXT = DOC.read_text(encoding="utf-8")
EXAMPLES, LOGINS = _parse_doc(DOC_TEXT)


# ------------------------------------------------------------------ helpers written from the spec


def spec_encode(ftype: int, seq: int, flags: int, payload: bytes) -> bytes:
    """An independent frame encoder following §2 (not app code): proves the spec's CRC parameters."""
    head = struct.pack(">2sBBBH", b"GW", 0x10 | flags, ftype, seq, len(payload))
    head += binascii.crc_hqx(head, 0xFFFF).to_bytes(2, "big")
    return head + payload + zlib.crc32(head + payload).to_bytes(4, "big")


def spec_mac(key: bytes, label: str, server_nonce: bytes, client_nonce: bytes) -> bytes:
    """§4.2 written out: HMAC-SHA256(K, label ‖ Ns ‖ Nc)."""
    return hmac.new(key, label.encode("ascii") + server_nonce + client_nonce, hashlib.sha256).digest()


def type_name(ftype: int) -> str:
    if ftype == MsgType.ERROR:
        return "ERROR"
    name = MsgType(ftype & ~REPLY_BIT).name
    return f"{name} reply" if ftype & REPLY_BIT else name


def flag_text(flags: int) -> str:
    names = [name for name, bit in (("ENCRYPTED", 0x1), ("ACK_REQUEST", 0x2)) if flags & bit]
    return f"0x{flags:X}" + (" " + "|".join(names) if names else "")


def ascii_of(data: bytes) -> str:
    return "".join(chr(b) if 0x20 <= b < 0x7F else "." for b in data)


def _hx(login: dict[str, str], key: str) -> bytes:
    return bytes.fromhex(login[key])


# ------------------------------------------------------------------ the checks


def check_rows(ex: Example, frame: Frame) -> None:
    """The dump has one row per header field, annotated with the decoded values."""
    rows = ex.rows
    expect = [
        (2, 'magic "GW"'),
        (1, f"version 1, flags {flag_text(int(frame.flags))}"),
        (1, f"type 0x{frame.type:02X} {type_name(frame.type)}"),
        (1, f"seq {frame.seq}"),
        (2, f"length {len(frame.payload)}"),
        (2, "header CRC-16"),
    ]
    assert len(rows) >= len(expect) + 1, f"{ex.name}: too few rows"
    for (data, note), (size, want) in zip(rows, expect, strict=False):
        assert (len(data), note) == (size, want), f"{ex.name}: row {note!r} should be {size} bytes {want!r}"
    assert (len(rows[-1][0]), rows[-1][1]) == (4, "CRC-32"), f"{ex.name}: last row must be the CRC-32"
    payload_rows = rows[len(expect) : -1]
    assert b"".join(d for d, _ in payload_rows) == frame.payload
    if frame.flags & Flag.ENCRYPTED:
        (counter, counter_note), *sealed, (tag, tag_note) = payload_rows
        assert len(counter) == 8 and counter_note == f"counter {int.from_bytes(counter, 'big')}", ex.name
        assert len(tag) == 16 and tag_note == "tag", ex.name
        assert all(note == "ciphertext" for _, note in sealed), ex.name
    elif frame.type == MsgType.XFER_DATA:
        (offset, offset_note), *data_rows = payload_rows
        assert len(offset) == 4 and offset_note == f"offset {int.from_bytes(offset, 'big')}", ex.name
        for data, note in data_rows:
            assert note.startswith("data ") and note[5:].rstrip() == ascii_of(data).rstrip(), (ex.name, note)
    else:
        for data, note in payload_rows:
            assert note.startswith("json ") and note[5:].rstrip() == ascii_of(data).rstrip(), (ex.name, note)


def check_example(ex: Example, logins: dict[str, dict[str, str]]) -> None:
    """Everything one example claims: decoding, re-encoding, annotations, body."""
    raw = ex.raw
    frame = Frame.from_bytes(raw)
    assert frame.to_bytes() == raw, f"{ex.name}: re-encoding differs"
    assert spec_encode(frame.type, frame.seq, int(frame.flags), frame.payload) == raw, ex.name

    type_code, _, name = ex.head["type"].partition(" ")
    assert frame.type == int(type_code, 16) and name == type_name(frame.type), f"{ex.name}: type"
    assert frame.seq == int(ex.head["seq"]), f"{ex.name}: seq"
    assert flag_text(int(frame.flags)) == ex.head["flags"], f"{ex.name}: flags"
    want_direction = "device → tool" if frame.type & REPLY_BIT else "tool → device"
    assert ex.head["direction"] == want_direction, f"{ex.name}: direction"
    check_rows(ex, frame)

    if frame.flags & Flag.ENCRYPTED:
        login = logins[ex.head["keys"]]
        reply = bool(frame.type & REPLY_BIT)
        key = _hx(login, "key_s2c" if reply else "key_c2s")
        prefix = b"s2c\0" if reply else b"c2s\0"
        counter = frame.payload[:8]
        assert int.from_bytes(counter, "big") == int(ex.head["counter"]), f"{ex.name}: counter"
        plain = AESGCM(key).decrypt(prefix + counter, frame.payload[8:], bytes((frame.type, frame.seq)))
        assert plain == encode_body(json.loads(ex.head["plaintext"])), f"{ex.name}: plaintext"
        assert plain == ex.head["plaintext"].encode(), f"{ex.name}: plaintext is not canonical"
        assert len(frame.payload) == 8 + len(plain) + 16
    elif frame.type == MsgType.XFER_DATA:
        offset, data = decode_chunk(frame.payload)
        assert offset == int(ex.head["offset"]) and data == bytes.fromhex(ex.head["data"]), ex.name
        assert "body" not in ex.head
    else:
        assert decode_body(frame.payload) == json.loads(ex.head["body"]), f"{ex.name}: body"
        assert frame.payload == ex.head["body"].encode(), f"{ex.name}: payload is not the body as shown"
        assert frame.payload == encode_body(json.loads(ex.head["body"])), f"{ex.name}: body is not canonical"
        assert not frame.flags & Flag.ACK_REQUEST
    if frame.flags & Flag.ACK_REQUEST:
        assert frame.type == MsgType.XFER_DATA, f"{ex.name}: ACK_REQUEST only on chunks"


def check_login(login: dict[str, str], examples: dict[str, Example]) -> None:
    """The login block computes (with app.auth and with §4.2 written out) and matches its frames."""
    salt, iterations = _hx(login, "salt"), int(login["iterations"])
    ns, nc, key = _hx(login, "server_nonce"), _hx(login, "client_nonce"), _hx(login, "K")
    assert len(ns) == auth.NONCE_SIZE and len(nc) == auth.NONCE_SIZE
    assert auth.derive_key(login["password"], salt, iterations) == key
    assert hashlib.pbkdf2_hmac("sha256", login["password"].encode(), salt, iterations, 32) == key
    outputs = {
        "client_proof": (auth.client_proof(key, ns, nc), "gwcp client proof"),
        "server_proof": (auth.server_proof(key, ns, nc), "gwcp server proof"),
        "key_c2s": (auth.session_keys(key, ns, nc)[0], "gwcp key c2s"),
        "key_s2c": (auth.session_keys(key, ns, nc)[1], "gwcp key s2c"),
    }
    for field_name, (by_app, label) in outputs.items():
        assert _hx(login, field_name) == by_app == spec_mac(key, label, ns, nc), (
            f"{login['name']}: {field_name}"
        )

    if "hello_reply" in login:
        hello = decode_body(Frame.from_bytes(examples[login["hello_reply"]].raw).payload)
        assert (hello["salt"], hello["iterations"], hello["nonce"]) == (salt.hex(), iterations, ns.hex())
    request = Frame.from_bytes(examples[login["login_request"]].raw)
    reply = Frame.from_bytes(examples[login["login_reply"]].raw)
    assert request.type == MsgType.LOGIN and reply.type == MsgType.LOGIN.reply and request.seq == reply.seq
    encrypt = {"true": True, "false": False}[login["encrypt"]]
    assert decode_body(request.payload) == {
        "nonce": nc.hex(),
        "proof": login["client_proof"],
        "encrypt": encrypt,
    }
    assert decode_body(reply.payload) == {"proof": login["server_proof"], "encrypt": encrypt}


# ------------------------------------------------------------------ tests


def test_doc_has_the_required_examples() -> None:
    assert set(EXAMPLES) >= REQUIRED_EXAMPLES, sorted(REQUIRED_EXAMPLES - set(EXAMPLES))
    assert "login-demo" in LOGINS and LOGINS["login-demo"]["password"] == "demo"
    assert DOC_TEXT.count("```gwcp-example") == len(EXAMPLES), "a gwcp-example block did not parse"
    assert DOC_TEXT.count("```gwcp-login") == len(LOGINS), "a gwcp-login block did not parse"


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_example_decodes_as_annotated(name: str) -> None:
    check_example(EXAMPLES[name], LOGINS)


@pytest.mark.parametrize("name", sorted(LOGINS))
def test_login_example_proofs(name: str) -> None:
    check_login(LOGINS[name], EXAMPLES)


def test_sealed_examples_reference_a_login_and_show_fresh_counters() -> None:
    sealed = [ex for ex in EXAMPLES.values() if "keys" in ex.head]
    assert sealed, "the doc needs an encrypted example"
    seen: dict[tuple[str, str], list[int]] = {}
    for ex in sealed:
        reply = bool(Frame.from_bytes(ex.raw).type & REPLY_BIT)
        seen.setdefault((ex.head["keys"], "s2c" if reply else "c2s"), []).append(int(ex.head["counter"]))
    for counters in seen.values():
        assert len(set(counters)) == len(counters), "a counter is reused under one key"


def test_examples_survive_noise_through_the_stream_decoder() -> None:
    """All example frames in one stream, with noise and false magics between them (§2.4)."""
    noise = [b"", b"\x00\xffGW", b"GW\x10\x0d\x01\x00\x02\x00\x00", b"G", b"\x47\x57\x10"]
    stream = b"".join(noise[i % len(noise)] + ex.raw for i, ex in enumerate(EXAMPLES.values()))
    decoder = FrameDecoder()
    got = []
    for i in range(0, len(stream), 7):
        decoder.receive_data(stream[i : i + 7])
        while (frame := decoder.next_frame()) is not None:
            got.append(frame.to_bytes())
    assert got == [ex.raw for ex in EXAMPLES.values()]


class _FakeOs:
    """Stands in for `os` inside app.protocols.gwcp.connection: hands out the doc's nonces."""

    def __init__(self, *values: bytes) -> None:
        self.values = list(values)

    def urandom(self, n: int) -> bytes:
        value = self.values.pop(0)
        assert len(value) == n
        return value


def test_examples_replay_from_the_reference_tool(monkeypatch: pytest.MonkeyPatch) -> None:
    """A ClientConnection given the doc's nonces sends exactly the doc's requests and accepts its replies."""
    demo, enc = LOGINS["login-demo"], LOGINS["login-encrypted"]
    monkeypatch.setattr(connection, "os", _FakeOs(_hx(demo, "client_nonce"), _hx(enc, "client_nonce")))

    def reply(conn: ClientConnection, name: str) -> connection.Message:
        conn.receive_data(EXAMPLES[name].raw)
        event = conn.next_event()
        assert isinstance(event, connection.Message), name
        return event

    tool = ClientConnection()
    assert tool.request(MsgType.PING)[1] == EXAMPLES["ping-request"].raw
    reply(tool, "ping-reply")
    assert tool.hello()[1] == EXAMPLES["hello-request"].raw
    challenge = reply(tool, "hello-reply").body
    assert tool.login(challenge, demo["password"], encrypt=False)[1] == EXAMPLES["login-request"].raw
    tool.login_succeeded(reply(tool, "login-reply").body)
    assert tool.request(MsgType.GET, {"keys": ["conn.apn_name"]})[1] == EXAMPLES["get-request"].raw
    assert reply(tool, "get-reply").body["values"] == {"conn.apn_name": "internet"}
    set_body = json.loads(EXAMPLES["set-request"].head["body"])
    assert tool.request(MsgType.SET, set_body)[1] == EXAMPLES["set-request"].raw
    assert reply(tool, "set-error").is_error

    tool = ClientConnection()
    tool.hello()
    hello = {"salt": enc["salt"], "iterations": int(enc["iterations"]), "nonce": enc["server_nonce"]}
    seq, data = tool.login(hello, enc["password"], encrypt=True)
    assert data == EXAMPLES["login-enc-request"].raw
    tool.login_succeeded(reply(tool, "login-enc-reply").body)
    seq, data = tool.request(MsgType.GET, {"keys": ["conn.apn_name"]})
    assert data == EXAMPLES["enc-get-request"].raw
    assert tool.resend(seq) == EXAMPLES["enc-get-retransmission"].raw
    assert reply(tool, "enc-get-reply").body == json.loads(EXAMPLES["enc-get-reply"].head["plaintext"])


def test_examples_replay_against_the_reference_device(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The soft-gateway's config server, fed the doc's requests, answers exactly the doc's replies."""
    import asyncio

    from app.gateway.config_store import ConfigStore
    from app.gateway.eventlog import EventLog
    from app.gateway.lockout import LoginGuard
    from app.gateway.server import ConfigServer
    from app.gateway.transfers import TransferReceiver

    demo, enc = LOGINS["login-demo"], LOGINS["login-encrypted"]
    store = ConfigStore.create(tmp_path / "gw", "wm-e2s", "not-the-demo-password")
    monkeypatch.setattr(
        store, "login_key", lambda: (_hx(demo, "K"), _hx(demo, "salt"), int(demo["iterations"]))
    )
    store.identity["serial"] = "0123456789"
    monkeypatch.setattr(connection, "os", _FakeOs(_hx(demo, "server_nonce"), _hx(enc, "server_nonce")))
    events = EventLog(tmp_path / "log.jsonl")
    server = ConfigServer(
        store, LoginGuard(tmp_path / "lockout.json"), events, TransferReceiver(tmp_path / "in")
    )

    class Stream:
        url = "loop://doc"

        def __init__(self, frames: list[bytes]) -> None:
            self.incoming, self.written = list(frames), []

        async def read(self) -> bytes:
            if not self.incoming:
                raise TransportError("end of the example")
            return self.incoming.pop(0)

        async def write(self, data: bytes) -> None:
            self.written.append(data)

    def serve(frames: list[bytes]) -> list[bytes]:
        stream = Stream(frames)
        asyncio.run(server.handle(stream))
        return stream.written

    session1 = [
        "ping",
        "hello",
        "login",
        "get",
        "set",
        "xfer-begin",
        "xfer-data-0",
        "xfer-data-16",
        "xfer-end",
    ]
    requests = [EXAMPLES[f"{n}-request" if f"{n}-request" in EXAMPLES else n].raw for n in session1]
    replies = [
        "ping-reply",
        "hello-reply",
        "login-reply",
        "get-reply",
        "set-error",
        "xfer-begin-reply",
        "xfer-data-ack",
        "xfer-end-reply",
    ]
    assert serve(requests) == [EXAMPLES[n].raw for n in replies]
    assert (tmp_path / "in" / "demo-fw").read_bytes() == b"GWFW demo image, 32 bytes long.\n"
    assert store.values(["conn.apn_name"])[0] == {"conn.apn_name": "internet"}, (
        "the refused SET changed a value"
    )

    hello = Frame(type=MsgType.HELLO, seq=1, payload=encode_body({"client": "gwterm", "proto": 1})).to_bytes()
    frames = [
        hello,
        EXAMPLES["login-enc-request"].raw,
        EXAMPLES["enc-get-retransmission"].raw,
        EXAMPLES["enc-get-request"].raw,
    ]  # the late first copy is a replay: no answer
    written = serve(frames)
    assert written[1:] == [EXAMPLES["login-enc-reply"].raw, EXAMPLES["enc-get-reply"].raw]
    assert decode_body(Frame.from_bytes(written[0]).payload)["nonce"] == enc["server_nonce"]
    events.close()


def test_concentrator_examples_replay_against_the_reference_device(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A gwterm-gw config server with the doc's stored reading answers DATA and REPORT_TEST as §9.8 shows."""
    import asyncio

    from app.gateway import data_path
    from app.gateway.config_store import ConfigStore
    from app.gateway.eventlog import EventLog
    from app.gateway.lockout import LoginGuard
    from app.gateway.reports import delivery
    from app.gateway.server import ConfigServer
    from app.gateway.storage import DB_FILE, Storage, readings_from_latest
    from app.gateway.transfers import TransferReceiver

    demo = LOGINS["login-demo"]
    key, salt, iterations = _hx(demo, "K"), _hx(demo, "salt"), int(demo["iterations"])
    store = ConfigStore.create(tmp_path / "gw", "gwterm-gw", "not-the-demo-password")
    monkeypatch.setattr(store, "login_key", lambda: (key, salt, iterations))
    store.identity["serial"] = "0123456789"
    heat = {
        "header": {"id": "03575845", "manufacturer": "AMT", "version": 52, "medium": 4},
        "records": [
            {"quantity": "energy", "function": "instantaneous", "unit": "Wh", "value": 1389817000},
            {"quantity": "volume", "function": "instantaneous", "unit": "m^3", "value": 3611.318},
            {"quantity": "date_time", "function": "instantaneous", "unit": "", "value": "2024-05-01T12:00"},
        ],
    }
    latest = [
        {"address": "5", "name": "Heat", "read_at": "2024-05-01T12:00:05Z", "ok": True, "telegrams": [heat]}
    ]
    database = Storage(tmp_path / "gw" / DB_FILE)
    meters, rows = readings_from_latest(latest)
    database.ingest(rows, meters, at=1714564800)
    database.close()
    sent: list[tuple[str, str]] = []

    async def fake_send(
        config: object, documents: object, *, password: str, gateway: str, timeout: float
    ) -> str:
        sent.append((str(getattr(config, "url", "")), password))
        return "HTTP/1.1 200 OK: stored"

    monkeypatch.setattr(delivery, "send", fake_send)
    store.apply({"report1.password": "stored-pw"})
    nonce_c = bytes(range(0xE0, 0xF0))
    monkeypatch.setattr(connection, "os", _FakeOs(_hx(demo, "server_nonce")))
    events = EventLog(tmp_path / "log.jsonl")
    server = ConfigServer(
        store, LoginGuard(tmp_path / "lockout.json"), events, TransferReceiver(tmp_path / "in")
    )

    def frame(mtype: MsgType, seq: int, body: dict[str, object]) -> bytes:
        return Frame(type=mtype, seq=seq, payload=encode_body(body)).to_bytes()

    proof = auth.client_proof(key, _hx(demo, "server_nonce"), nonce_c).hex()
    second_page = {"cursor": "1714564805:2:5", "limit": 2, "meter": "5"}
    frames = [
        frame(MsgType.HELLO, 1, {"client": "gwterm", "proto": 1}),
        frame(MsgType.LOGIN, 2, {"encrypt": False, "nonce": nonce_c.hex(), "proof": proof}),
        EXAMPLES["data-request"].raw,
        frame(MsgType.DATA, 4, second_page),
        EXAMPLES["report-test-request"].raw,
    ]

    class Stream:
        url = "loop://doc"

        def __init__(self) -> None:
            self.incoming, self.written = list(frames), []

        async def read(self) -> bytes:
            if not self.incoming:
                raise TransportError("end of the example")
            return self.incoming.pop(0)

        async def write(self, data: bytes) -> None:
            self.written.append(data)

    async def run() -> list[bytes]:
        path = data_path.DataPath(
            tmp_path / "gw", store=lambda: store, events=events, sources=lambda: (None, None)
        )
        await path.start()
        server.data = path
        stream = Stream()
        try:
            await server.handle(stream)
        finally:
            await path.close()
        return stream.written

    written = asyncio.run(run())
    events.close()
    assert decode_body(Frame.from_bytes(written[1]).payload)["proof"], "logged in"
    assert written[2] == EXAMPLES["data-reply"].raw
    page = decode_body(Frame.from_bytes(written[3]).payload)
    assert page["next"] is None and [r["key"] for r in page["readings"]] == ["date_time/instantaneous/0/0/0"]
    assert written[4] == EXAMPLES["report-test-reply"].raw
    assert sent == [("https://head-end.example/gw", "stored-pw")], "the edited URL, the stored password"
    assert store.values(["report1.url"])[0] == {"report1.url": ""}, "a test writes nothing"


def _flip(ex: Example, index: int) -> Example:
    raw = bytearray(ex.raw)
    raw[index] ^= 0x01
    rows, pos = [], 0
    for data, note in ex.rows:
        rows.append((bytes(raw[pos : pos + len(data)]), note))
        pos += len(data)
    return Example(name=ex.name, head=dict(ex.head), rows=rows)


FAILS = (AssertionError, ProtocolError, ValueError, KeyError)


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_mutated_bytes_fail(name: str) -> None:
    """Any changed byte of a dump is caught (the test is not vacuous)."""
    ex = EXAMPLES[name]
    for index in range(len(ex.raw)):
        with pytest.raises(FAILS):
            check_example(_flip(ex, index), LOGINS)


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_mutated_annotations_fail(name: str) -> None:
    """A wrong header line or annotation is caught too."""
    ex = EXAMPLES[name]
    for key, value in ex.head.items():
        if key in ("name",):
            continue
        bad = copy.deepcopy(ex)
        bad.head[key] = value[:-1] + ("0" if value[-1] != "0" else "1")
        with pytest.raises(FAILS):
            check_example(bad, LOGINS)
    for row in range(len(ex.rows)):
        bad = copy.deepcopy(ex)
        data, note = bad.rows[row]
        bad.rows[row] = (data, note + "x")
        with pytest.raises(FAILS):
            check_example(bad, LOGINS)


@pytest.mark.parametrize("name", sorted(LOGINS))
def test_mutated_login_values_fail(name: str) -> None:
    login = LOGINS[name]
    for key in (
        "salt",
        "server_nonce",
        "client_nonce",
        "K",
        "client_proof",
        "server_proof",
        "key_c2s",
        "key_s2c",
    ):
        bad = dict(login)
        bad[key] = login[key][:-1] + ("0" if login[key][-1] != "0" else "1")
        with pytest.raises(FAILS):
            check_login(bad, EXAMPLES)
    for key, value in (("password", "demo2"), ("iterations", "30001"), ("encrypt", "maybe")):
        with pytest.raises(FAILS):
            check_login({**login, key: value}, EXAMPLES)


# ------------------------------------------------------------------ the prose agrees with the code


def _section(title: str) -> str:
    start = DOC_TEXT.index(title)
    end = DOC_TEXT.find("\n### ", start + len(title))
    return DOC_TEXT[start : end if end >= 0 else None]


def test_message_type_table_matches_the_code() -> None:
    rows = re.findall(
        r"^\| (`0x[0-9A-F]{2}`|—) \| `0x([0-9A-F]{2})` \| (\w+) \| (yes|no|—) \|",
        _section("### 3.3"),
        re.MULTILINE,
    )
    table = {name: (req, int(rep, 16), before) for req, rep, name, before in rows}
    assert set(table) == {t.name for t in MsgType}
    for mtype in MsgType:
        req, rep, _ = table[mtype.name]
        if mtype is MsgType.ERROR:
            assert (req, rep) == ("—", 0xFF)
        else:
            assert (int(req.strip("`"), 16), rep) == (int(mtype), mtype.reply)
    allowed = {name for name, (_, _, before) in table.items() if before == "yes"}
    assert allowed == {"HELLO", "LOGIN", "PING", "BYE"}
    for mtype in MsgType:
        if mtype.name not in allowed and mtype not in (MsgType.ERROR, MsgType.XFER_DATA):
            with pytest.raises(LocalProtocolError):
                ClientConnection().request(mtype)


def test_error_code_table_matches_the_code() -> None:
    codes_table = _section("### 3.5").split("| `code` | Sent when |")[1]
    codes = set(re.findall(r"^\| `([a-z_]+)` \|", codes_table, re.MULTILINE))
    assert codes == {code.value for code in ErrorCode}


def test_stated_constants_match_the_code() -> None:
    from app.devices.session import SessionOptions
    from app.gateway import lockout, transfers

    assert crc16_ccitt(b"123456789") == 0x29B1 == binascii.crc_hqx(b"123456789", 0xFFFF)
    assert crc32(b"123456789") == 0xCBF43926
    crc_section = _section("### 2.3")
    assert "`0x29B1`" in crc_section and "`0xCBF43926`" in crc_section
    assert "sent `a7 1d`" in crc_section and crc16_ccitt(bytes.fromhex("4757100d010002")) == 0xA71D
    assert MAX_PAYLOAD == 8192 and "0 ≤ *n* ≤ 8192" in DOC_TEXT
    assert int(Flag.ENCRYPTED) == 0x1 and int(Flag.ACK_REQUEST) == 0x2
    assert auth.DEFAULT_ITERATIONS == 30000 and auth.NONCE_SIZE == 16 and auth.KEY_SIZE == 32
    assert (lockout.MAX_FAILURES, lockout.BASE_LOCK_SECONDS, lockout.MAX_LOCK_SECONDS) == (5, 30.0, 3600.0)
    assert "**5th consecutive failure** locks logins for 30 s" in DOC_TEXT and "capped at 3600 s" in DOC_TEXT
    assert (transfers.MAX_WINDOW, transfers.CHUNK, transfers.MAX_SIZE) == (262144, 4096, 268435456)
    assert "clamped to 4096 … 262144" in DOC_TEXT and "1 … 268435456" in DOC_TEXT
    options = SessionOptions()
    assert (options.timeout, options.retries, options.line_rate) == (3.0, 3, 960.0)
    assert "`timeout` = 3.0 s, `retries` = 3" in DOC_TEXT and "`line_rate` = 960 bytes/s" in DOC_TEXT


def test_hex_values_in_the_prose_are_the_checked_ones() -> None:
    """Every 32-byte hex value the prose quotes (K, proofs, keys, hashes) is one the tests verify."""
    known = {value for login in LOGINS.values() for value in login.values()}
    known.add(hashlib.sha256(b"GWFW demo image, 32 bytes long.\n").hexdigest())
    quoted = set(re.findall(r"(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])", DOC_TEXT))
    assert quoted, "the prose should quote K and the proofs"
    assert quoted <= known, sorted(quoted - known)
