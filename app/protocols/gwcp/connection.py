"""gwcp connection state, sans-I/O (docs/gwcp.md §3-§6): bytes in, events out, bytes to send."""

from __future__ import annotations

import enum
import os
from dataclasses import dataclass, field
from typing import Any

from app.errors import AuthError, DecodeError, LocalProtocolError, RemoteProtocolError
from app.protocols.gwcp import auth
from app.protocols.gwcp.cipher import SessionCipher
from app.protocols.gwcp.frame import Flag, Frame, FrameDecoder
from app.protocols.gwcp.messages import (
    PROTOCOL_VERSION,
    REPLY_BIT,
    ErrorCode,
    MsgType,
    decode_body,
    decode_chunk,
    encode_body,
    encode_chunk,
)


class AuthState(enum.Enum):
    """Where a connection stands in the login exchange."""

    ANONYMOUS = "anonymous"
    CHALLENGED = "challenged"
    AUTHENTICATED = "authenticated"


@dataclass(frozen=True, kw_only=True)
class Message:
    """A decoded request or reply: `body` for JSON messages, `offset`/`data` for transfer chunks."""

    type: int
    seq: int
    body: dict[str, Any] = field(default_factory=dict)
    offset: int = 0
    data: bytes = b""
    flags: Flag = Flag.NONE

    @property
    def is_error(self) -> bool:
        """True for an ERROR reply."""
        return self.type == MsgType.ERROR

    @property
    def wants_ack(self) -> bool:
        """True when a transfer chunk asks for an acknowledgement."""
        return bool(self.flags & Flag.ACK_REQUEST)


@dataclass(frozen=True, kw_only=True)
class Malformed:
    """A well-framed message whose body could not be decoded."""

    seq: int
    type: int
    reason: str


@dataclass(frozen=True, kw_only=True)
class Duplicate:
    """A retransmitted request; answer it with `ServerConnection.resend_reply()`."""

    seq: int


Event = Message | Malformed | Duplicate


class _Endpoint:
    """What both ends share: framing, optional encryption, body decoding."""

    def __init__(self) -> None:
        self._decoder = FrameDecoder()
        self._cipher: SessionCipher | None = None
        self._pending_cipher: SessionCipher | None = None
        self.rejected = 0

    @property
    def encrypted(self) -> bool:
        """True once session encryption is on."""
        return self._cipher is not None

    def receive_data(self, data: bytes) -> None:
        """Feed received bytes."""
        self._decoder.receive_data(data)

    def _frame(self, ftype: int, seq: int, payload: bytes, flags: Flag = Flag.NONE) -> bytes:
        if self._cipher is not None:
            payload = self._cipher.seal(bytes((ftype, seq)), payload)
            flags |= Flag.ENCRYPTED
        return Frame(type=ftype, seq=seq, payload=payload, flags=flags).to_bytes()

    def _next_frame(self) -> tuple[Frame, bytes] | None:
        """The next frame with its plaintext payload; frames failing decryption are dropped."""
        while (frame := self._decoder.next_frame()) is not None:
            if frame.flags & Flag.ENCRYPTED:
                # newly agreed keys first: the peer's first authentic frame under them switches for good
                for cipher in (self._pending_cipher, self._cipher):
                    if cipher is None:
                        continue
                    try:
                        plaintext = cipher.open(bytes((frame.type, frame.seq)), frame.payload)
                    except DecodeError:
                        continue
                    if cipher is self._pending_cipher:
                        self._cipher, self._pending_cipher = cipher, None
                    return frame, plaintext
            elif (self._cipher is None and self._pending_cipher is None) or self._accept_plaintext(frame):
                return frame, frame.payload
            self.rejected += 1  # plaintext in an encrypted session, or the reverse: never trusted
        return None

    def _accept_plaintext(self, frame: Frame) -> bool:
        """Whether a plaintext frame is allowed once encryption was agreed (never, on the tool's side)."""
        return False

    @staticmethod
    def _message(frame: Frame, payload: bytes) -> Message:
        if frame.type & ~REPLY_BIT == MsgType.XFER_DATA and frame.type != MsgType.XFER_DATA.reply:
            offset, data = decode_chunk(payload)
            return Message(type=frame.type, seq=frame.seq, offset=offset, data=data, flags=frame.flags)
        return Message(type=frame.type, seq=frame.seq, body=decode_body(payload), flags=frame.flags)


class ClientConnection(_Endpoint):
    """The tool's end: numbers requests, remembers them for retransmission, handles login."""

    def __init__(self) -> None:
        super().__init__()
        self._seq = 0
        self._sent: dict[int, tuple[int, bytes, Flag]] = {}
        self.auth_state = AuthState.ANONYMOUS
        self._server_nonce = b""
        self._client_nonce = b""
        self._key = b""
        self._challenge: dict[str, Any] = {}
        self._encrypt_requested = False

    def _next_seq(self) -> int:
        self._seq = (self._seq + 1) & 0xFF
        return self._seq

    def request(self, mtype: MsgType, body: dict[str, Any] | None = None) -> tuple[int, bytes]:
        """A new request: its seq and the bytes to send."""
        if mtype in (MsgType.XFER_DATA, MsgType.ERROR):
            raise LocalProtocolError(f"{mtype.name} is not a JSON request")
        if self.auth_state is not AuthState.AUTHENTICATED and mtype not in (
            MsgType.HELLO,
            MsgType.LOGIN,
            MsgType.PING,
            MsgType.BYE,
        ):
            raise LocalProtocolError(f"{mtype.name} needs a login first")
        seq = self._next_seq()
        payload = encode_body(body or {})
        self._sent = {seq: (int(mtype), payload, Flag.NONE)}
        return seq, self._frame(int(mtype), seq, payload)

    def chunk(self, offset: int, data: bytes, *, ack: bool) -> tuple[int, bytes]:
        """A transfer chunk: its seq and the bytes to send."""
        if self.auth_state is not AuthState.AUTHENTICATED:
            raise LocalProtocolError("transfers need a login first")
        seq = self._next_seq()
        flags = Flag.ACK_REQUEST if ack else Flag.NONE
        return seq, self._frame(int(MsgType.XFER_DATA), seq, encode_chunk(offset, data), flags)

    def resend(self, seq: int) -> bytes:
        """The last request again, same seq (sealed anew when encrypted)."""
        if seq not in self._sent:
            raise LocalProtocolError(f"request {seq} is not the outstanding one")
        mtype, payload, flags = self._sent[seq]
        return self._frame(mtype, seq, payload, flags)

    def next_event(self) -> Event | None:
        """The next reply, or None until more bytes arrive."""
        while (item := self._next_frame()) is not None:
            frame, payload = item
            if not frame.type & REPLY_BIT:
                self.rejected += 1
                continue
            try:
                return self._message(frame, payload)
            except DecodeError as exc:
                return Malformed(seq=frame.seq, type=frame.type, reason=str(exc))
        return None

    def hello(self) -> tuple[int, bytes]:
        """The HELLO that starts a session and asks for a login challenge."""
        return self.request(MsgType.HELLO, {"proto": PROTOCOL_VERSION, "client": "gwterm"})

    def login(self, challenge: dict[str, Any], password: str, *, encrypt: bool) -> tuple[int, bytes]:
        """The LOGIN answering a HELLO reply's challenge; AuthError if the challenge is unusable."""
        try:
            salt = bytes.fromhex(challenge["salt"])
            iterations = challenge["iterations"]
            self._server_nonce = bytes.fromhex(challenge["nonce"])
        except (KeyError, TypeError, ValueError):
            raise RemoteProtocolError("the device sent an unusable login challenge") from None
        if not isinstance(iterations, int) or isinstance(iterations, bool):
            raise RemoteProtocolError("the device sent an unusable login challenge")
        if not 1000 <= iterations <= 10_000_000 or len(self._server_nonce) != auth.NONCE_SIZE:
            raise RemoteProtocolError("the device sent an unusable login challenge")
        self._challenge = challenge
        self._encrypt_requested = encrypt
        self._key = auth.derive_key(password, salt, iterations)
        self._client_nonce = os.urandom(auth.NONCE_SIZE)
        proof = auth.client_proof(self._key, self._server_nonce, self._client_nonce)
        self.auth_state = AuthState.CHALLENGED
        body = {"nonce": self._client_nonce.hex(), "proof": proof.hex(), "encrypt": encrypt}
        seq = self._next_seq()
        payload = encode_body(body)
        self._sent = {seq: (int(MsgType.LOGIN), payload, Flag.NONE)}
        return seq, self._frame(int(MsgType.LOGIN), seq, payload)

    def login_succeeded(self, reply: dict[str, Any]) -> None:
        """Check the device's proof in the LOGIN reply and switch encryption on if agreed."""
        expected = auth.server_proof(self._key, self._server_nonce, self._client_nonce)
        try:
            proof = bytes.fromhex(str(reply.get("proof", "")))
        except ValueError:
            proof = b""
        if not auth.proofs_equal(proof, expected):
            raise AuthError("the device could not prove it knows the password: not the expected device")
        if self._encrypt_requested and not reply.get("encrypt"):
            raise AuthError("the device did not agree to encrypt the session; not continuing in clear")
        self.auth_state = AuthState.AUTHENTICATED
        if reply.get("encrypt"):
            c2s, s2c = auth.session_keys(self._key, self._server_nonce, self._client_nonce)
            self._cipher = SessionCipher(c2s, s2c, send_prefix=b"c2s\0", receive_prefix=b"s2c\0")


class ServerConnection(_Endpoint):
    """The device's end: decodes requests, answers retransmissions from its reply cache."""

    def __init__(self) -> None:
        super().__init__()
        self.auth_state = AuthState.ANONYMOUS
        self._last_request: tuple[int, int, bytes] | None = None
        self._last_reply: tuple[int, int, bytes] | None = None
        self.server_nonce = b""
        self._pending_keys = (b"", b"")

    def next_event(self) -> Event | None:
        """The next request, duplicate or malformed message, or None until more bytes arrive."""
        while (item := self._next_frame()) is not None:
            frame, payload = item
            if frame.type & REPLY_BIT:
                self.rejected += 1
                continue
            key = (frame.type, frame.seq, payload)
            if frame.type != MsgType.XFER_DATA and key == self._last_request and self._last_reply:
                return Duplicate(seq=frame.seq)
            self._last_request = key if frame.type != MsgType.XFER_DATA else None
            self._last_reply = None
            try:
                return self._message(frame, payload)
            except DecodeError as exc:
                return Malformed(seq=frame.seq, type=frame.type, reason=str(exc))
        return None

    def _accept_plaintext(self, frame: Frame) -> bool:
        if self._pending_cipher is not None and (frame.type, frame.seq, frame.payload) == self._last_request:
            return True  # the tool resends its LOGIN because our reply was lost: answer it again, in clear
        if frame.type != MsgType.HELLO:
            return False
        # a new tool on a persistent line (serial) starts over; the old session ends
        self._cipher = self._pending_cipher = None
        self.auth_state = AuthState.ANONYMOUS
        self._last_request = self._last_reply = None
        return True

    def reply(self, request: Message | Malformed, body: dict[str, Any]) -> bytes:
        """The bytes of the reply to `request`, remembered for a retransmitted request."""
        return self._send_reply(request.type | REPLY_BIT, request.seq, encode_body(body))

    def error(self, request: Message | Malformed, code: ErrorCode, message: str, **extra: Any) -> bytes:
        """The bytes of an ERROR reply to `request`."""
        body = {"code": code.value, "message": message, **extra}
        return self._send_reply(int(MsgType.ERROR), request.seq, encode_body(body))

    def resend_reply(self) -> bytes:
        """The last reply again, for a Duplicate."""
        if self._last_reply is None:
            raise LocalProtocolError("no reply to resend")
        mtype, seq, payload = self._last_reply
        return self._frame(mtype, seq, payload)

    def _send_reply(self, mtype: int, seq: int, payload: bytes) -> bytes:
        self._last_reply = (mtype, seq, payload)
        return self._frame(mtype, seq, payload)

    def new_challenge(self) -> bytes:
        """A fresh server nonce for a HELLO reply; any earlier one is void."""
        self.server_nonce = os.urandom(auth.NONCE_SIZE)
        self.auth_state = AuthState.CHALLENGED
        return self.server_nonce

    def check_login(self, key: bytes, body: dict[str, Any]) -> bytes | None:
        """The server proof if the LOGIN body proves knowledge of `key`, else None; the nonce is spent."""
        server_nonce, self.server_nonce = self.server_nonce, b""
        self.auth_state = AuthState.ANONYMOUS
        try:
            client_nonce = bytes.fromhex(str(body["nonce"]))
            proof = bytes.fromhex(str(body["proof"]))
        except (KeyError, ValueError):
            return None
        if not server_nonce or len(client_nonce) != auth.NONCE_SIZE:
            return None
        if not auth.proofs_equal(proof, auth.client_proof(key, server_nonce, client_nonce)):
            return None
        self.auth_state = AuthState.AUTHENTICATED
        self._pending_keys = auth.session_keys(key, server_nonce, client_nonce)
        return auth.server_proof(key, server_nonce, client_nonce)

    def start_encryption(self) -> None:
        """Encrypt once the tool sends its first sealed frame (call after the LOGIN reply)."""
        c2s, s2c = self._pending_keys
        self._pending_cipher = SessionCipher(s2c, c2s, send_prefix=b"s2c\0", receive_prefix=b"c2s\0")
