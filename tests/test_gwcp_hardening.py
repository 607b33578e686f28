"""gwcp hardening (docs/gwcp.md §5.1, §5.4, §6.4, §8): each test here fails on the code before the fixes.

The connection-level tests drive ClientConnection/ServerConnection in memory. The end-to-end tests run a
real ConfigServer (app.gateway.runtime.SoftGateway) on loop:// or on a virtual serial line, with the
real tool (GwcpSession), a hand-driven tool on a raw stream (RawTool), or a man in the middle (Mitm)
that forwards, rewrites, drops or injects frames between the real tool and the real gateway.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import socket
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from app.atomic import read_json
from app.devices.session import GwcpSession, SessionOptions
from app.errors import (
    AuthError,
    ConfigFileError,
    DeviceError,
    DeviceTimeoutError,
    LocalProtocolError,
    RemoteProtocolError,
    TransportError,
)
from app.gateway.runtime import SoftGateway
from app.protocols.gwcp import auth
from app.protocols.gwcp.cipher import COUNTER_SIZE
from app.protocols.gwcp.connection import (
    AuthState,
    ClientConnection,
    Duplicate,
    Event,
    Message,
    ServerConnection,
)
from app.protocols.gwcp.frame import Flag, Frame, FrameDecoder
from app.protocols.gwcp.messages import ErrorCode, MsgType, decode_body, encode_body
from app.transports import Stream, open_stream

PASSWORD = "Harden-Pw-9"
FAST = SessionOptions(timeout=0.3, retries=2, line_rate=1e6, connect_timeout=2.0)
FAST_ENC = SessionOptions(timeout=0.3, retries=2, line_rate=1e6, connect_timeout=2.0, encrypt=True)
APN = "conn.apn_name"

# ---------------------------------------------------------------------------- in memory

SALT = bytes.fromhex("00112233445566778899aabbccddeeff")
ITERATIONS = 1000  # the tool's minimum: fast
DEVICE_KEY = auth.derive_key(PASSWORD, SALT, ITERATIONS)


def feed(conn: ClientConnection | ServerConnection, data: bytes) -> list[Event]:
    """Feed bytes; every event they make."""
    conn.receive_data(data)
    events = []
    while (event := conn.next_event()) is not None:
        events.append(event)
    return events


def one(conn: ClientConnection | ServerConnection, data: bytes) -> Event:
    (event,) = feed(conn, data)
    return event


def plaintext(mtype: int, seq: int, body: dict[str, Any]) -> bytes:
    """A plaintext request as anyone on the line can forge it."""
    return Frame(type=mtype, seq=seq, payload=encode_body(body)).to_bytes()


def pending_switch(*, grant: bool = True) -> tuple[ClientConnection, ServerConnection, int, bytes, bytes]:
    """HELLO + LOGIN(encrypt=True) answered, the tool has not sent a sealed frame yet.

    Returns (tool, device, login seq, login request bytes, login reply bytes); the tool has not yet
    seen the reply.
    """
    tool, device = ClientConnection(), ServerConnection()
    _, raw = tool.hello()
    hello = one(device, raw)
    assert isinstance(hello, Message)
    nonce = device.new_challenge()
    challenge = one(
        tool, device.reply(hello, {"salt": SALT.hex(), "iterations": ITERATIONS, "nonce": nonce.hex()})
    )
    assert isinstance(challenge, Message)
    seq, login_raw = tool.login(challenge.body, PASSWORD, encrypt=True)
    login = one(device, login_raw)
    assert isinstance(login, Message)
    proof = device.check_login(DEVICE_KEY, login.body)
    assert proof is not None
    reply_raw = device.reply(login, {"proof": proof.hex(), "encrypt": grant})
    if grant:
        device.start_encryption()
    return tool, device, seq, login_raw, reply_raw


def test_plaintext_requests_are_not_executed_while_the_switch_is_pending() -> None:
    tool, device, _, _, reply_raw = pending_switch()
    injected = [
        plaintext(MsgType.SET, 0x70, {"values": {APN: "evil.example"}}),
        plaintext(MsgType.GET, 0x71, {"keys": None}),
        plaintext(MsgType.XFER_BEGIN, 0x72, {"name": "evil", "size": 1, "sha256": "0" * 64}),
        plaintext(MsgType.PING, 0x73, {}),
    ]
    for raw in injected:
        assert feed(device, raw) == [], "a plaintext request was accepted after encryption was granted"
    assert device.rejected == len(injected)
    assert not device.encrypted
    # the tool's first sealed frame still switches the device over, and the session works
    login_reply = one(tool, reply_raw)
    assert isinstance(login_reply, Message)
    tool.login_succeeded(login_reply.body)
    seq, raw = tool.request(MsgType.GET, {"keys": [APN]})
    request = one(device, raw)
    assert isinstance(request, Message) and request.flags & Flag.ENCRYPTED
    assert (request.type, request.seq, request.body) == (MsgType.GET, seq, {"keys": [APN]})
    assert device.encrypted
    answer = one(tool, device.reply(request, {"values": {APN: "internet"}}))
    assert isinstance(answer, Message) and answer.body == {"values": {APN: "internet"}}


def test_a_plaintext_login_retransmission_during_the_switch_is_answered_in_clear() -> None:
    tool, device, seq, login_raw, reply_raw = pending_switch()
    # the reply was lost: the tool resends its LOGIN, byte for byte the same (it is plaintext)
    resent = tool.resend(seq)
    assert resent == login_raw
    assert one(device, resent) == Duplicate(seq=seq)
    again = device.resend_reply()
    assert again == reply_raw, "the cached LOGIN reply must go out unchanged, in clear"
    assert not device.encrypted
    # a LOGIN that is not an exact copy is not a retransmission: discarded
    tampered = plaintext(MsgType.LOGIN, seq, {**decode_body(Frame.from_bytes(login_raw).payload), "x": 1})
    assert feed(device, tampered) == []
    login_reply = one(tool, again)
    assert isinstance(login_reply, Message)
    tool.login_succeeded(login_reply.body)
    _, raw = tool.request(MsgType.INFO)
    assert isinstance(one(device, raw), Message) and device.encrypted
    # once switched, even the exact LOGIN copy is discarded
    assert feed(device, login_raw) == []


def test_a_forged_sealed_frame_does_not_switch_the_device() -> None:
    tool, device, seq, _, reply_raw = pending_switch()
    forged_payload = (1).to_bytes(COUNTER_SIZE, "big") + b"\x00" * 40  # no key: the tag cannot verify
    forged = Frame(type=MsgType.GET, seq=0x55, payload=forged_payload, flags=Flag.ENCRYPTED).to_bytes()
    assert feed(device, forged) == []
    assert not device.encrypted, "a sealed frame that does not authenticate switched encryption on"
    # so the LOGIN retransmission is still answered (the switch window was not closed by the forgery)
    assert one(device, tool.resend(seq)) == Duplicate(seq=seq)
    assert device.resend_reply() == reply_raw
    # and the tool's authentic sealed frame switches it
    login_reply = one(tool, reply_raw)
    assert isinstance(login_reply, Message)
    tool.login_succeeded(login_reply.body)
    _, raw = tool.request(MsgType.INFO)
    assert isinstance(one(device, raw), Message) and device.encrypted


def test_a_plaintext_hello_during_the_switch_restarts_the_session_logged_out() -> None:
    tool, device, _, _, reply_raw = pending_switch()
    other = ClientConnection()
    _, raw = other.hello()
    event = one(device, raw)
    assert isinstance(event, Message) and event.type == MsgType.HELLO
    assert device.auth_state is not AuthState.AUTHENTICATED and not device.encrypted
    # the first tool's sealed frames now belong to no session
    login_reply = one(tool, reply_raw)
    assert isinstance(login_reply, Message)
    tool.login_succeeded(login_reply.body)
    _, raw = tool.request(MsgType.INFO)
    assert feed(device, raw) == []


def test_the_tool_refuses_a_login_reply_that_does_not_grant_encryption() -> None:
    tool, _, _, _, reply_raw = pending_switch(grant=False)
    reply = one(tool, reply_raw)
    assert isinstance(reply, Message) and reply.body["encrypt"] is False
    with pytest.raises(AuthError, match="encrypt"):
        tool.login_succeeded(reply.body)
    assert tool.auth_state is not AuthState.AUTHENTICATED and not tool.encrypted
    with pytest.raises(LocalProtocolError):
        tool.request(MsgType.GET, {"keys": None})  # nothing goes out in clear


def test_a_login_reply_without_the_encrypt_field_is_a_downgrade_too() -> None:
    tool, _, _, _, reply_raw = pending_switch()
    body = decode_body(Frame.from_bytes(reply_raw).payload)
    del body["encrypt"]
    with pytest.raises(AuthError):
        tool.login_succeeded(body)


@pytest.mark.parametrize("iterations", ["30000", 1000.5, 30000.0])
def test_the_tool_refuses_a_challenge_whose_iterations_is_not_an_integer(iterations: object) -> None:
    challenge = {"salt": SALT.hex(), "iterations": iterations, "nonce": "ab" * 16}
    with pytest.raises(RemoteProtocolError):
        ClientConnection().login(challenge, PASSWORD, encrypt=False)


@pytest.mark.parametrize("bits", [0x4, 0x8, 0xC])
def test_the_codec_refuses_to_send_reserved_flag_bits(bits: int) -> None:
    with pytest.raises(LocalProtocolError, match="reserved"):
        Frame(type=MsgType.PING, seq=1, payload=b"{}", flags=Flag(bits | 0x1)).to_bytes()


# -- found while writing these tests and fixed since (formerly docs/gwcp.md §10.1)


def test_a_second_encrypted_login_inside_an_encrypted_session_switches_to_the_new_keys() -> None:
    tool, device, _, _, reply_raw = pending_switch()
    reply = one(tool, reply_raw)
    assert isinstance(reply, Message)
    tool.login_succeeded(reply.body)
    _, raw = tool.request(MsgType.INFO)
    assert isinstance(one(device, raw), Message) and device.encrypted
    # §3.4: HELLO restarts the login; here sealed, inside the session, followed by LOGIN(encrypt=True)
    _, raw = tool.hello()
    hello = one(device, raw)
    assert isinstance(hello, Message)
    nonce = device.new_challenge()
    challenge = one(
        tool, device.reply(hello, {"salt": SALT.hex(), "iterations": ITERATIONS, "nonce": nonce.hex()})
    )
    assert isinstance(challenge, Message)
    _, raw = tool.login(challenge.body, PASSWORD, encrypt=True)
    login = one(device, raw)
    assert isinstance(login, Message)
    proof = device.check_login(DEVICE_KEY, login.body)
    assert proof is not None
    reply_raw = device.reply(login, {"proof": proof.hex(), "encrypt": True})
    device.start_encryption()
    reply = one(tool, reply_raw)
    assert isinstance(reply, Message)
    tool.login_succeeded(reply.body)  # the tool now seals with the new keys
    _, raw = tool.request(MsgType.INFO)
    assert feed(device, raw) != [], "the device kept the old keys: the new session is deaf"


def test_a_sealed_frame_with_counter_zero_is_discarded() -> None:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    tool, device, _, _, reply_raw = pending_switch()
    reply = one(tool, reply_raw)
    assert isinstance(reply, Message)
    tool.login_succeeded(reply.body)
    c2s, _ = auth.session_keys(DEVICE_KEY, device_nonce(tool), tool._client_nonce)
    counter = (0).to_bytes(COUNTER_SIZE, "big")
    sealed = counter + AESGCM(c2s).encrypt(b"c2s\0" + counter, b"{}", bytes((MsgType.INFO, 9)))
    frame = Frame(type=MsgType.INFO, seq=9, payload=sealed, flags=Flag.ENCRYPTED).to_bytes()
    assert feed(device, frame) == []


def device_nonce(tool: ClientConnection) -> bytes:
    return bytes.fromhex(tool._challenge["nonce"])


# ---------------------------------------------------------------------------- end to end: helpers


@contextlib.asynccontextmanager
async def loop_gateway(tmp_path: Path) -> AsyncIterator[tuple[SoftGateway, str]]:
    """A fresh WM-E2S soft-gateway on loop://; yields it and its URL."""
    gateway = SoftGateway.create_or_open(tmp_path / "gw", model="wm-e2s", password=PASSWORD)
    url = f"loop://harden-{tmp_path.name}"
    await gateway.serve(url)
    try:
        yield gateway, url
    finally:
        await gateway.close()


def stored(gateway: SoftGateway, key: str) -> Any:
    return gateway.server.store.values([key])[0][key]


def logins(gateway: SoftGateway) -> int:
    return sum(e["message"].startswith("login from") for e in gateway.events.since(0, 1000))


class RawTool:
    """A tool driven by hand on a raw stream: ClientConnection for the codec, the test for the timing."""

    def __init__(self, stream: Stream) -> None:
        self.stream = stream
        self.conn = ClientConnection()

    @classmethod
    async def open(cls, url: str) -> RawTool:
        return cls(await open_stream(url, timeout=2.0))

    async def send(self, data: bytes) -> None:
        await self.stream.write(data)

    async def event(self, timeout: float = 1.0) -> Event | None:
        """The next reply, or None after `timeout` seconds of silence."""
        while (event := self.conn.next_event()) is None:
            try:
                data = await asyncio.wait_for(self.stream.read(), timeout)
            except TimeoutError:
                return None
            self.conn.receive_data(data)
        return event

    async def reply(self, seq: int, timeout: float = 1.0) -> Message:
        while True:
            event = await self.event(timeout)
            assert event is not None, f"no reply to seq {seq} within {timeout} s"
            if event.seq == seq:
                assert isinstance(event, Message)
                return event

    async def call(self, mtype: MsgType, body: dict[str, Any] | None = None) -> Message:
        seq, data = self.conn.request(mtype, body)
        await self.send(data)
        return await self.reply(seq)

    async def chunk(self, offset: int, data: bytes, *, ack: bool) -> int:
        seq, raw = self.conn.chunk(offset, data, ack=ack)
        await self.send(raw)
        return seq

    async def login(self, password: str = PASSWORD, *, encrypt: bool = False) -> None:
        challenge = await self.call(MsgType.HELLO, {"proto": 1, "client": "raw"})
        seq, data = self.conn.login(challenge.body, password, encrypt=encrypt)
        await self.send(data)
        self.conn.login_succeeded((await self.reply(seq)).body)

    async def close(self) -> None:
        await self.stream.close()


Edit = Callable[[Frame], Awaitable[list[bytes]]]


async def forward(frame: Frame) -> list[bytes]:
    return [frame.to_bytes()]


class Mitm:
    """A man in the middle: the real tool talks to it, it talks to the real gateway.

    Every frame is decoded; `on_request` / `on_reply` decide what is passed on (rewrite, drop, or
    inject more through `device` / `tool` before answering). All frames seen are kept in order.
    """

    def __init__(self, device: Stream, middle: Stream, tool: Stream) -> None:
        self.device = device  # our stream to the gateway
        self.middle = middle  # our end of the tool's link
        self.tool = tool  # the tool's end (give it to GwcpSession)
        self.requests: list[Frame] = []
        self.replies: list[Frame] = []
        self.on_request: Edit = forward
        self.on_reply: Edit = forward
        self._tasks = [
            asyncio.ensure_future(self._pump(middle, device, self.requests, self._edit_request)),
            asyncio.ensure_future(self._pump(device, middle, self.replies, self._edit_reply)),
        ]

    async def _edit_request(self, frame: Frame) -> list[bytes]:
        return await self.on_request(frame)

    async def _edit_reply(self, frame: Frame) -> list[bytes]:
        return await self.on_reply(frame)

    @classmethod
    async def start(cls, url: str) -> Mitm:
        device = await open_stream(url, timeout=2.0)
        ours, theirs = socket.socketpair()
        tool = Stream("loop://tool", *await asyncio.open_connection(sock=ours))
        middle = Stream("loop://mitm", *await asyncio.open_connection(sock=theirs))
        return cls(device, middle, tool)

    @staticmethod
    async def _pump(src: Stream, dst: Stream, seen: list[Frame], edit: Edit) -> None:
        decoder = FrameDecoder()
        try:
            while True:
                decoder.receive_data(await src.read())
                while (frame := decoder.next_frame()) is not None:
                    seen.append(frame)
                    for data in await edit(frame):
                        await dst.write(data)
        except TransportError:
            await dst.close()

    async def close(self) -> None:
        for task in self._tasks:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        for stream in (self.tool, self.middle, self.device):
            await stream.close()


# ---------------------------------------------------------------------------- (1) the switch, end to end


async def test_a_man_in_the_middle_cannot_slip_plaintext_requests_into_the_switch(tmp_path: Path) -> None:
    async with loop_gateway(tmp_path) as (gateway, url):
        before = stored(gateway, APN)
        mitm = await Mitm.start(url)
        forged = [
            plaintext(MsgType.SET, 0x70, {"values": {APN: "evil.example"}}),
            plaintext(MsgType.GET, 0x71, {"keys": None}),
            plaintext(MsgType.RESTART, 0x72, {}),
        ]

        async def inject_before_the_login_reply(frame: Frame) -> list[bytes]:
            if frame.type == MsgType.LOGIN.reply:
                assert decode_body(frame.payload)["encrypt"] is True
                for raw in forged:  # reaches the device before the tool can send its first sealed frame
                    await mitm.device.write(raw)
            return [frame.to_bytes()]

        mitm.on_reply = inject_before_the_login_reply
        session = GwcpSession(mitm.tool, FAST_ENC)
        try:
            await session.login(PASSWORD)
            assert (await session.get([APN]))["values"] == {APN: before}
        finally:
            await session.close()
            await mitm.close()
        assert stored(gateway, APN) == before, "the injected plaintext SET was executed"
        assert not [f for f in mitm.replies if f.seq in (0x70, 0x71, 0x72)], (
            "an injected request was answered"
        )
        login_at = next(i for i, f in enumerate(mitm.replies) if f.type == MsgType.LOGIN.reply)
        assert all(f.flags & Flag.ENCRYPTED for f in mitm.replies[login_at + 1 :])
        messages = [e["message"] for e in gateway.events.since(0, 1000)]
        assert not [m for m in messages if "changed" in m or "restart" in m], messages


async def test_a_second_sender_cannot_use_the_switch_window_of_another_tool(tmp_path: Path) -> None:
    """A raw stream acting as the tool: log in with encryption, then (as someone else on the line) send
    plaintext requests before the first sealed frame; they stay unanswered and unexecuted."""
    async with loop_gateway(tmp_path) as (gateway, url):
        before = stored(gateway, APN)
        tool = await RawTool.open(url)
        try:
            await tool.login(encrypt=True)
            assert tool.conn.encrypted
            await tool.send(plaintext(MsgType.SET, 0x60, {"values": {APN: "evil.example"}}))
            await tool.send(plaintext(MsgType.INFO, 0x61, {}))
            assert await tool.event(timeout=0.2) is None, "the device answered a plaintext request"
            assert stored(gateway, APN) == before
            info = await tool.call(MsgType.INFO)  # sealed: switches the device, answered sealed
            assert info.flags & Flag.ENCRYPTED and info.body["model"] == "wm-e2s"
            # and after the switch plaintext stays unanswered too
            await tool.send(plaintext(MsgType.SET, 0x62, {"values": {APN: "evil.example"}}))
            assert await tool.event(timeout=0.2) is None
            assert stored(gateway, APN) == before
        finally:
            await tool.close()


async def test_a_lost_login_reply_is_answered_again_in_clear_end_to_end(tmp_path: Path) -> None:
    async with loop_gateway(tmp_path) as (gateway, url):
        mitm = await Mitm.start(url)
        dropped: list[bytes] = []

        async def lose_the_first_login_reply(frame: Frame) -> list[bytes]:
            if frame.type == MsgType.LOGIN.reply and not dropped:
                dropped.append(frame.to_bytes())
                # a forged sealed frame on top must not close the window for the retransmission
                junk = (1).to_bytes(COUNTER_SIZE, "big") + bytes(32)
                await mitm.device.write(
                    Frame(type=MsgType.GET, seq=0x40, payload=junk, flags=Flag.ENCRYPTED).to_bytes()
                )
                return []
            return [frame.to_bytes()]

        mitm.on_reply = lose_the_first_login_reply
        session = GwcpSession(mitm.tool, FAST_ENC)
        try:
            await session.login(PASSWORD)
            assert (await session.get([APN]))["values"][APN] == stored(gateway, APN)
        finally:
            await session.close()
            await mitm.close()
        login_requests = [f for f in mitm.requests if f.type == MsgType.LOGIN]
        assert len(login_requests) == 2 and login_requests[0] == login_requests[1]  # a plaintext resend
        login_replies = [f.to_bytes() for f in mitm.replies if f.type == MsgType.LOGIN.reply]
        assert login_replies == dropped * 2, "the retransmission must get the same plaintext reply"
        assert not Frame.from_bytes(dropped[0]).flags & Flag.ENCRYPTED
        assert logins(gateway) == 1, "a retransmitted LOGIN was executed twice"


# ---------------------------------------------------------------------------- (2) downgrade, end to end


async def test_the_tool_aborts_when_a_man_in_the_middle_strips_the_encryption_request(
    tmp_path: Path,
) -> None:
    async with loop_gateway(tmp_path) as (gateway, url):
        mitm = await Mitm.start(url)

        async def strip_encrypt(frame: Frame) -> list[bytes]:
            if frame.type == MsgType.LOGIN:
                body = {**decode_body(frame.payload), "encrypt": False}  # not covered by the proofs
                return [Frame(type=frame.type, seq=frame.seq, payload=encode_body(body)).to_bytes()]
            return [frame.to_bytes()]

        mitm.on_request = strip_encrypt
        session = GwcpSession(mitm.tool, FAST_ENC)
        try:
            with pytest.raises(AuthError, match="encrypt"):
                await session.login(PASSWORD)
            assert logins(gateway) == 1  # the device did log the tool in, in clear ...
            with pytest.raises(LocalProtocolError):
                await session.get([APN])  # ... but the tool sends nothing in clear
        finally:
            await session.close(polite=False)
            await mitm.close()
        assert [f.type for f in mitm.requests] == [MsgType.HELLO, MsgType.LOGIN]


# ---------------------------------------------------------------------------- (3) transfer ownership

DATA_A = bytes((i * 7 + 3) & 0xFF for i in range(48 * 1024))
DATA_B = bytes((i * 13 + 1) & 0xFF for i in range(20 * 1024))


class Cut(Exception):
    """Raised from a progress callback: the transfer stops mid-way, the link stays up."""


def cut_at(limit: int, seen: list[int]) -> Callable[[int, int], None]:
    def progress(done: int, total: int) -> None:
        seen.append(done)
        if done >= limit:
            raise Cut(f"stopped at {done}")

    return progress


async def test_a_second_connection_gets_busy_while_the_first_transfers_and_the_first_completes(
    tmp_path: Path,
) -> None:
    async with loop_gateway(tmp_path) as (gateway, url):
        first = await GwcpSession.connect(url, PASSWORD, FAST)
        second = await GwcpSession.connect(url, PASSWORD, FAST)
        intruder = await RawTool.open(url)
        try:
            seen: list[int] = []
            with pytest.raises(Cut):
                await first.transfer("fw-a", DATA_A, progress=cut_at(8192, seen))
            assert 0 < seen[-1] < len(DATA_A)  # first owns a transfer in progress
            with pytest.raises(DeviceError) as busy:
                await second.transfer("fw-b", DATA_B)
            assert busy.value.code == ErrorCode.BUSY.value
            # chunks and XFER_END from a connection that does not own the transfer: ERROR transfer
            await intruder.login()
            seq = await intruder.chunk(seen[-1], b"evil", ack=False)
            error = await intruder.reply(seq)
            assert error.is_error and error.body["code"] == ErrorCode.XFER.value
            error = await intruder.call(MsgType.XFER_END, {"sha256": "0" * 64})
            assert error.is_error and error.body["code"] == ErrorCode.XFER.value
            # the owner resumes on its own connection and completes
            resumed: list[int] = []
            result = await first.transfer("fw-a", DATA_A, progress=lambda d, t: resumed.append(d))
            assert resumed[0] >= seen[-1] > 0
            assert result == {"name": "fw-a", "size": len(DATA_A), "sha256": result["sha256"]}
            assert (gateway.state_dir / "incoming" / "fw-a").read_bytes() == DATA_A
            # the slot is free again
            assert (await second.transfer("fw-b", DATA_B))["size"] == len(DATA_B)
        finally:
            await intruder.close()
            await second.close()
            await first.close()


async def test_another_connection_ending_does_not_abort_the_owners_transfer(tmp_path: Path) -> None:
    async with loop_gateway(tmp_path) as (gateway, url):
        owner = await RawTool.open(url)
        try:
            await owner.login()
            data = DATA_B
            digest = hashlib.sha256(data).hexdigest()
            begin = await owner.call(
                MsgType.XFER_BEGIN, {"name": "fw-o", "size": len(data), "sha256": digest}
            )
            assert begin.body["offset"] == 0
            half = len(data) // 2
            for offset in range(0, half, 1024):
                await owner.chunk(offset, data[offset : offset + 1024], ack=False)
            # others come and go: a polite one (BYE), a rude one (link closed), one that never logged in
            polite = await GwcpSession.connect(url, PASSWORD, FAST)
            await polite.close()
            rude = await GwcpSession.connect(url, PASSWORD, FAST)
            await rude.close(polite=False)
            stranger = await RawTool.open(url)
            await stranger.close()
            await asyncio.sleep(0.05)  # let the gateway notice those ends
            for offset in range(half, len(data), 1024):
                seq = await owner.chunk(offset, data[offset : offset + 1024], ack=offset + 1024 >= len(data))
            ack = await owner.reply(seq)
            assert ack.body == {"offset": len(data)}, "the owner's transfer was aborted by another connection"
            end = await owner.call(MsgType.XFER_END, {"sha256": digest})
            assert not end.is_error and end.body["size"] == len(data)
        finally:
            await owner.close()
        assert (gateway.state_dir / "incoming" / "fw-o").read_bytes() == data


async def test_after_the_owner_disconnects_another_connection_resumes_from_the_confirmed_offset(
    tmp_path: Path,
) -> None:
    async with loop_gateway(tmp_path) as (gateway, url):
        first = await GwcpSession.connect(url, PASSWORD, FAST)
        seen: list[int] = []
        with pytest.raises(Cut):
            await first.transfer("fw-a", DATA_A, progress=cut_at(16384, seen))
        await first.close(polite=False)  # the link drops mid-transfer
        second = await GwcpSession.connect(url, PASSWORD, FAST)
        try:
            resumed: list[int] = []
            for _ in range(40):  # the gateway sees the first link end asynchronously
                try:
                    result = await second.transfer("fw-a", DATA_A, progress=lambda d, t: resumed.append(d))
                    break
                except DeviceError as exc:
                    assert exc.code == ErrorCode.BUSY.value
                    await asyncio.sleep(0.025)
            else:
                pytest.fail("the transfer of a closed connection was never released")
        finally:
            await second.close()
        assert resumed[0] >= seen[-1] >= 16384, "the second connection did not resume"
        assert result["size"] == len(DATA_A)
        assert (gateway.state_dir / "incoming" / "fw-a").read_bytes() == DATA_A


# ---------------------------------------------------------------------------- (4) gap acks are durable


async def test_a_gap_acknowledgement_is_on_disk_before_it_is_sent(tmp_path: Path) -> None:
    data = bytes(range(256)) * 2
    digest = hashlib.sha256(data).hexdigest()
    async with loop_gateway(tmp_path) as (gateway, url):
        tool = await RawTool.open(url)
        record = gateway.state_dir / "incoming" / "fw-gap.part.json"
        part = gateway.state_dir / "incoming" / "fw-gap.part"
        try:
            await tool.login()
            await tool.call(MsgType.XFER_BEGIN, {"name": "fw-gap", "size": len(data), "sha256": digest})
            await tool.chunk(0, data[:100], ack=False)  # no reply due
            seq = await tool.chunk(200, data[200:300], ack=False)  # 100..199 was lost
            gap = await tool.reply(seq)
            assert gap.body == {"gap": True, "offset": 100}
            assert read_json(record)["offset"] == 100, "the acknowledged offset was not recorded first"
            assert part.read_bytes()[:100] == data[:100]
            # later chunks past the gap: silent without ACK_REQUEST, a plain ack with it, still durable
            await tool.chunk(300, data[300:400], ack=False)
            seq = await tool.chunk(400, data[400:], ack=True)
            ack = await tool.reply(seq)
            assert ack.body == {"offset": 100}
            assert read_json(record)["offset"] == 100
            # go back and finish
            for offset in range(100, len(data), 100):
                seq = await tool.chunk(offset, data[offset : offset + 100], ack=offset + 100 >= len(data))
            assert (await tool.reply(seq)).body == {"offset": len(data)}
            end = await tool.call(MsgType.XFER_END, {"sha256": digest})
            assert end.body["size"] == len(data)
        finally:
            await tool.close()


async def test_a_state_file_failure_is_reported_as_internal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with loop_gateway(tmp_path) as (gateway, url):

        def broken_apply(values: dict[str, Any]) -> list[str]:
            raise ConfigFileError("config.json: disk full")

        monkeypatch.setattr(gateway.server.store, "apply", broken_apply)
        async with await GwcpSession.connect(url, PASSWORD, FAST) as session:
            with pytest.raises(DeviceError) as err:
                await session.set({APN: "m2m.example"})
        assert err.value.code == ErrorCode.INTERNAL.value


# ---------------------------------------------------------------------------- (5) idle serial sessions


serial_only = pytest.mark.skipif(sys.platform == "win32", reason="pty serial line")


@contextlib.asynccontextmanager
async def serial_gateway(tmp_path: Path, idle: float) -> AsyncIterator[tuple[SoftGateway, str]]:
    from app.sim.serial_line import VirtualSerialLine

    gateway = SoftGateway.create_or_open(tmp_path / "gw", model="wm-e2s", password=PASSWORD)
    line = await VirtualSerialLine(baud=None).start()
    try:
        await gateway.serve(f"serial://{line.a}")
        gateway.server.idle_timeout = idle
        yield gateway, f"serial://{line.b}"
    finally:
        await gateway.close()
        await line.close()


@serial_only
async def test_an_idle_serial_session_is_logged_out_and_the_port_keeps_serving(tmp_path: Path) -> None:
    async with serial_gateway(tmp_path, idle=0.3) as (_, url):
        session = await GwcpSession.connect(url, PASSWORD, FAST)
        try:
            assert (await session.get([APN]))["values"]
            await asyncio.sleep(0.5)  # the tool went silent for longer than the idle limit
            with pytest.raises(DeviceError) as err:
                await session.get([APN])
            assert err.value.code == ErrorCode.AUTH_REQUIRED.value
            await session.login(PASSWORD)  # a fresh login on the same line works
            assert (await session.get([APN]))["values"]
        finally:
            await session.close()
        async with await GwcpSession.connect(url, PASSWORD, FAST) as again:  # and for a new tool too
            assert (await again.info())["model"] == "wm-e2s"


@serial_only
async def test_an_idle_encrypted_serial_session_ends_and_its_sealed_frames_go_unanswered(
    tmp_path: Path,
) -> None:
    options = SessionOptions(timeout=0.2, retries=0, line_rate=1e6, connect_timeout=2.0, encrypt=True)
    async with serial_gateway(tmp_path, idle=0.3) as (_, url):
        session = await GwcpSession.connect(url, PASSWORD, options)
        try:
            assert (await session.info())["model"] == "wm-e2s"
            await asyncio.sleep(0.5)
            with pytest.raises(DeviceTimeoutError):
                await session.info()  # the keys are gone on the device: sealed frames are discarded
        finally:
            await session.close(polite=False)
        async with await GwcpSession.connect(url, PASSWORD, options) as again:
            assert (await again.info())["model"] == "wm-e2s"


@serial_only
async def test_an_idle_serial_session_releases_its_transfer(tmp_path: Path) -> None:
    async with serial_gateway(tmp_path, idle=0.3) as (_, url):
        session = await GwcpSession.connect(url, PASSWORD, FAST)
        seen: list[int] = []
        try:
            with pytest.raises(Cut):
                await session.transfer("fw-s", DATA_B, progress=cut_at(4096, seen))
            await asyncio.sleep(0.5)
            await session.login(PASSWORD)  # a new session on the line: the idle one's transfer is free
            resumed: list[int] = []
            result = await session.transfer("fw-s", DATA_B, progress=lambda d, t: resumed.append(d))
            assert resumed[0] >= seen[-1] > 0 and result["size"] == len(DATA_B)
        finally:
            await session.close()


async def test_an_unreadable_partial_transfer_record_starts_the_transfer_afresh(tmp_path: Path) -> None:
    async with loop_gateway(tmp_path) as (gateway, url):
        incoming = gateway.state_dir / "incoming"
        (incoming / "fw-d.part").write_bytes(b"left over")
        (incoming / "fw-d.part.json").write_text("damaged", encoding="utf-8")
        async with await GwcpSession.connect(url, PASSWORD, FAST) as session:
            assert (await session.transfer("fw-d", DATA_B))["size"] == len(DATA_B)
        assert (incoming / "fw-d").read_bytes() == DATA_B


def test_the_doc_states_the_reference_idle_limit() -> None:
    from app.gateway.server import IDLE_TIMEOUT

    doc = (Path(__file__).resolve().parent.parent / "docs" / "gwcp.md").read_text(encoding="utf-8")
    assert IDLE_TIMEOUT == 300.0 and "**idle limit** (300 s in the reference device)" in doc


async def test_a_restart_mid_transfer_frees_the_transfer_for_a_resume(tmp_path: Path) -> None:
    async with loop_gateway(tmp_path) as (_, url):
        first = await GwcpSession.connect(url, PASSWORD, FAST)
        seen: list[int] = []
        try:
            with pytest.raises(Cut):
                await first.transfer("fw-r", DATA_A, progress=cut_at(8192, seen))
            assert (await first.restart())["restarting"] is True
            await asyncio.sleep(0.3)  # the gateway restarts 0.2 s after its reply, dropping this link
        finally:
            await first.close(polite=False)
        for _ in range(40):
            try:
                second = await GwcpSession.connect(url, PASSWORD, FAST)
                break
            except TransportError:
                await asyncio.sleep(0.05)
        else:
            pytest.fail("the gateway did not come back after its restart")
        async with second:
            resumed: list[int] = []
            result = await second.transfer("fw-r", DATA_A, progress=lambda d, t: resumed.append(d))
        assert resumed[0] >= seen[-1] > 0 and result["size"] == len(DATA_A)
