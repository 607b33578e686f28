"""gwcp connections driven in memory (app/protocols/gwcp/connection.py, messages.py, auth.py, cipher.py)."""

from __future__ import annotations

import contextlib
import itertools
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.errors import AuthError, DecodeError, GwtermError, LocalProtocolError, RemoteProtocolError
from app.protocols.gwcp import auth
from app.protocols.gwcp.cipher import COUNTER_SIZE, TAG_SIZE, SessionCipher
from app.protocols.gwcp.connection import (
    AuthState,
    ClientConnection,
    Duplicate,
    Event,
    Malformed,
    Message,
    ServerConnection,
)
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

FUZZ = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PASSWORD = "Secr3t-pw"
SALT = bytes.fromhex("00112233445566778899aabbccddeeff")
ITERATIONS = 1000  # the client's minimum: keeps the tests fast
DEVICE_KEY = auth.derive_key(PASSWORD, SALT, ITERATIONS)


def only_event(conn: ClientConnection | ServerConnection, data: bytes) -> Event:
    """Feed bytes and return the one event they make."""
    conn.receive_data(data)
    event = conn.next_event()
    assert event is not None
    assert conn.next_event() is None
    return event


def frames_in(data: bytes) -> list[Frame]:
    decoder = FrameDecoder()
    decoder.receive_data(data)
    out = []
    while (frame := decoder.next_frame()) is not None:
        out.append(frame)
    return out


def one_frame(data: bytes) -> Frame:
    (frame,) = frames_in(data)
    return frame


@dataclass
class Session:
    client: ClientConnection
    server: ServerConnection
    login_reply: Message


def hello(client: ClientConnection, server: ServerConnection) -> Message:
    """HELLO from the client, answered with a challenge; returns the reply as the client sees it."""
    _, raw = client.hello()
    request = only_event(server, raw)
    assert isinstance(request, Message) and request.type == MsgType.HELLO
    nonce = server.new_challenge()
    body = {"proto": PROTOCOL_VERSION, "salt": SALT.hex(), "iterations": ITERATIONS, "nonce": nonce.hex()}
    reply = only_event(client, server.reply(request, body))
    assert isinstance(reply, Message)
    return reply


def login(*, encrypt: bool, password: str = PASSWORD) -> Session:
    """A full HELLO + LOGIN exchange as the gateway's server runs it."""
    client, server = ClientConnection(), ServerConnection()
    challenge = hello(client, server)
    _, raw = client.login(challenge.body, password, encrypt=encrypt)
    request = only_event(server, raw)
    assert isinstance(request, Message) and request.type == MsgType.LOGIN
    proof = server.check_login(DEVICE_KEY, request.body)
    if proof is None:
        reply_raw = server.error(request, ErrorCode.AUTH_FAILED, "wrong password")
    else:
        agreed = bool(request.body.get("encrypt"))
        reply_raw = server.reply(request, {"proof": proof.hex(), "encrypt": agreed})
        if agreed:
            server.start_encryption()
    reply = only_event(client, reply_raw)
    assert isinstance(reply, Message)
    return Session(client, server, reply)


def logged_in(*, encrypt: bool) -> Session:
    session = login(encrypt=encrypt)
    session.client.login_succeeded(session.login_reply.body)
    return session


def round_trip(s: Session, mtype: MsgType, body: dict[str, Any]) -> tuple[Message, Message, bytes, bytes]:
    """One request and its reply: (request as the server saw it, reply as the client saw it, their bytes)."""
    seq, raw = s.client.request(mtype, body)
    request = only_event(s.server, raw)
    assert isinstance(request, Message)
    assert (request.type, request.seq, request.body) == (mtype, seq, body)
    reply_raw = s.server.reply(request, {"echo": body})
    reply = only_event(s.client, reply_raw)
    assert isinstance(reply, Message)
    assert (reply.type, reply.seq, reply.body) == (mtype | REPLY_BIT, seq, {"echo": body})
    return request, reply, raw, reply_raw


def reframe(raw: bytes, **changes: Any) -> bytes:
    """The same frame with fields changed and its checksums made valid again (an active attacker's edit)."""
    frame = one_frame(raw)
    fields = {"type": frame.type, "seq": frame.seq, "payload": frame.payload, "flags": frame.flags}
    fields.update(changes)
    return Frame(**fields).to_bytes()


# ---------------------------------------------------------------------------- messages


def test_body_encoding_is_canonical_json() -> None:
    assert encode_body({"b": 1, "a": "é"}) == '{"a":"é","b":1}'.encode()
    assert decode_body(b"") == {}
    assert decode_body(encode_body({"x": [1, None, True]})) == {"x": [1, None, True]}


@pytest.mark.parametrize("payload", [b"{", b"[1]", b'"text"', b"null", b"\xff\xfe", b"[" * 5000, b"1" * 5000])
def test_decode_body_raises_decode_error_for_anything_but_an_object(payload: bytes) -> None:
    with pytest.raises(DecodeError):
        decode_body(payload)


def test_chunk_round_trip_and_short_chunk() -> None:
    assert decode_chunk(encode_chunk(0x01020304, b"data")) == (0x01020304, b"data")
    with pytest.raises(DecodeError):
        decode_chunk(b"\x00\x01\x02")


def test_reply_type_sets_bit_seven() -> None:
    assert MsgType.GET.reply == 0x84
    assert all(t.reply & ~REPLY_BIT == t for t in MsgType if t is not MsgType.ERROR)


# ---------------------------------------------------------------------------- auth and cipher


def test_proofs_depend_on_key_nonces_and_direction() -> None:
    sn, cn = b"s" * 16, b"c" * 16
    client = auth.client_proof(DEVICE_KEY, sn, cn)
    assert client != auth.server_proof(DEVICE_KEY, sn, cn)
    assert client != auth.client_proof(auth.derive_key("other", SALT, ITERATIONS), sn, cn)
    assert client != auth.client_proof(DEVICE_KEY, b"t" * 16, cn)
    assert client != auth.client_proof(DEVICE_KEY, sn, b"d" * 16)
    c2s, s2c = auth.session_keys(DEVICE_KEY, sn, cn)
    assert c2s != s2c and len(c2s) == len(s2c) == 32


def test_derive_key_is_pbkdf2_sha256() -> None:
    import hashlib

    assert auth.derive_key("pw", b"salt", 1000) == hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000, 32)


def cipher_pair() -> tuple[SessionCipher, SessionCipher]:
    c2s, s2c = b"\x01" * 32, b"\x02" * 32
    client = SessionCipher(c2s, s2c, send_prefix=b"c2s\0", receive_prefix=b"s2c\0")
    server = SessionCipher(s2c, c2s, send_prefix=b"s2c\0", receive_prefix=b"c2s\0")
    return client, server


def test_cipher_seals_and_opens_and_refuses_replay_tamper_and_wrong_aad() -> None:
    client, server = cipher_pair()
    first = client.seal(b"\x04\x01", b"hello")
    second = client.seal(b"\x04\x02", b"hello")
    assert first != second and len(first) == COUNTER_SIZE + 5 + TAG_SIZE
    assert b"hello" not in first
    assert server.open(b"\x04\x01", first) == b"hello"
    with pytest.raises(DecodeError, match="replayed"):
        server.open(b"\x04\x01", first)
    tampered = bytearray(second)
    tampered[COUNTER_SIZE] ^= 1
    with pytest.raises(DecodeError, match="authentication"):
        server.open(b"\x04\x02", bytes(tampered))
    with pytest.raises(DecodeError, match="authentication"):
        server.open(b"\x05\x02", second)  # type/seq are bound to the ciphertext
    with pytest.raises(DecodeError, match="short"):
        server.open(b"", b"\x00" * (COUNTER_SIZE + TAG_SIZE - 1))
    assert server.open(b"\x04\x02", second) == b"hello"  # failures did not advance the counter


def test_cipher_refuses_its_own_direction_reflected_back() -> None:
    client, _ = cipher_pair()
    sealed = client.seal(b"\x04\x01", b"x")
    with pytest.raises(DecodeError):
        client.open(b"\x04\x01", sealed)


# ---------------------------------------------------------------------------- login


def test_hello_carries_protocol_version_and_client_name() -> None:
    client, server = ClientConnection(), ServerConnection()
    seq, raw = client.hello()
    request = only_event(server, raw)
    assert isinstance(request, Message)
    assert request.seq == seq and request.body == {"proto": PROTOCOL_VERSION, "client": "gwterm"}


def test_login_with_the_right_password_succeeds_without_the_password_on_the_wire() -> None:
    client, server = ClientConnection(), ServerConnection()
    challenge = hello(client, server)
    _, raw = client.login(challenge.body, PASSWORD, encrypt=False)
    assert PASSWORD.encode() not in raw and DEVICE_KEY not in raw and DEVICE_KEY.hex().encode() not in raw
    assert client.auth_state is AuthState.CHALLENGED
    request = only_event(server, raw)
    assert isinstance(request, Message)
    proof = server.check_login(DEVICE_KEY, request.body)
    assert proof is not None
    assert server.auth_state is AuthState.AUTHENTICATED
    reply = only_event(client, server.reply(request, {"proof": proof.hex(), "encrypt": False}))
    assert isinstance(reply, Message)
    client.login_succeeded(reply.body)
    assert client.auth_state is AuthState.AUTHENTICATED
    assert not client.encrypted and not server.encrypted


def test_login_with_a_wrong_password_is_refused_by_the_server() -> None:
    s = login(encrypt=False, password="wrong")
    assert s.server.auth_state is AuthState.ANONYMOUS
    assert s.login_reply.is_error and s.login_reply.body["code"] == ErrorCode.AUTH_FAILED.value
    with pytest.raises(LocalProtocolError):
        s.client.request(MsgType.GET, {})


def test_client_refuses_a_server_that_cannot_prove_the_password() -> None:
    s = login(encrypt=True)
    forged = dict(s.login_reply.body, proof=auth.server_proof(b"k" * 32, b"s" * 16, b"c" * 16).hex())
    for body in (forged, {"encrypt": True}, {"proof": "not hex"}, {"proof": 42}):
        with pytest.raises(AuthError):
            s.client.login_succeeded(body)
    assert s.client.auth_state is not AuthState.AUTHENTICATED
    assert not s.client.encrypted


def test_the_server_nonce_is_spent_by_one_login_attempt() -> None:
    client, server = ClientConnection(), ServerConnection()
    challenge = hello(client, server)
    _, raw = client.login(challenge.body, PASSWORD, encrypt=False)
    request = only_event(server, raw)
    assert isinstance(request, Message)
    assert server.check_login(DEVICE_KEY, request.body) is not None
    assert server.check_login(DEVICE_KEY, request.body) is None  # a replayed LOGIN proves nothing
    assert server.auth_state is AuthState.ANONYMOUS


def test_a_proof_for_an_earlier_challenge_is_refused() -> None:
    client, server = ClientConnection(), ServerConnection()
    challenge = hello(client, server)
    _, raw = client.login(challenge.body, PASSWORD, encrypt=False)
    request = only_event(server, raw)
    assert isinstance(request, Message)
    server.new_challenge()  # a second HELLO voids the first challenge
    assert server.check_login(DEVICE_KEY, request.body) is None


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"nonce": "00" * 16},
        {"proof": "00" * 32},
        {"nonce": "zz", "proof": "00"},
        {"nonce": "00" * 15, "proof": "00" * 32},
        {"nonce": None, "proof": None},
        {"nonce": ["00"], "proof": {"a": 1}},
    ],
)
def test_check_login_refuses_malformed_bodies(body: dict[str, Any]) -> None:
    server = ServerConnection()
    server.new_challenge()
    assert server.check_login(DEVICE_KEY, body) is None
    assert server.auth_state is AuthState.ANONYMOUS


def test_check_login_without_a_challenge_is_refused() -> None:
    server = ServerConnection()
    body = {"nonce": "00" * 16, "proof": auth.client_proof(DEVICE_KEY, b"", b"\x00" * 16).hex()}
    assert server.check_login(DEVICE_KEY, body) is None


GOOD_CHALLENGE = {"salt": SALT.hex(), "iterations": ITERATIONS, "nonce": "ab" * 16}


@pytest.mark.parametrize(
    "change",
    [
        {"salt": None},
        {"salt": "xyz"},
        {"salt": 5},
        {"iterations": None},
        {"iterations": "many"},
        {"iterations": 999},
        {"iterations": 10_000_001},
        {"iterations": float("nan")},
        {"iterations": float("inf")},
        {"iterations": 1e300},
        {"nonce": "ab" * 15},
        {"nonce": None},
        {"nonce": []},
    ],
)
def test_client_refuses_an_unusable_challenge_with_a_protocol_error(change: dict[str, Any]) -> None:
    client = ClientConnection()
    with pytest.raises(RemoteProtocolError):
        client.login({**GOOD_CHALLENGE, **change}, PASSWORD, encrypt=False)


def test_client_refuses_a_challenge_missing_a_field() -> None:
    for missing in GOOD_CHALLENGE:
        challenge = {k: v for k, v in GOOD_CHALLENGE.items() if k != missing}
        with pytest.raises(RemoteProtocolError):
            ClientConnection().login(challenge, PASSWORD, encrypt=False)


# ---------------------------------------------------------------------------- requests before login


@pytest.mark.parametrize(
    "mtype",
    [
        MsgType.INFO,
        MsgType.GET,
        MsgType.SET,
        MsgType.RESTART,
        MsgType.LOG,
        MsgType.AT,
        MsgType.XFER_BEGIN,
        MsgType.XFER_END,
    ],
)
def test_requests_before_login_raise_local_protocol_error(mtype: MsgType) -> None:
    client = ClientConnection()
    with pytest.raises(LocalProtocolError):
        client.request(mtype, {})
    s = login(encrypt=False)  # challenged but not yet checked: still not allowed
    with pytest.raises(LocalProtocolError):
        s.client.request(mtype, {})


def test_chunks_before_login_raise_local_protocol_error() -> None:
    with pytest.raises(LocalProtocolError):
        ClientConnection().chunk(0, b"x", ack=False)


@pytest.mark.parametrize("mtype", [MsgType.HELLO, MsgType.LOGIN, MsgType.PING, MsgType.BYE])
def test_session_requests_are_allowed_before_login(mtype: MsgType) -> None:
    seq, raw = ClientConnection().request(mtype, {})
    assert one_frame(raw).type == mtype and one_frame(raw).seq == seq


@pytest.mark.parametrize("mtype", [MsgType.XFER_DATA, MsgType.ERROR])
def test_non_json_types_are_not_requests(mtype: MsgType) -> None:
    s = logged_in(encrypt=False)
    with pytest.raises(LocalProtocolError):
        s.client.request(mtype, {})


# ---------------------------------------------------------------------------- plaintext session


def test_plaintext_session_carries_requests_and_transfer_chunks() -> None:
    s = logged_in(encrypt=False)
    _, _, raw, reply_raw = round_trip(s, MsgType.GET, {"keys": ["conn.apn_name"]})
    assert not one_frame(raw).flags & Flag.ENCRYPTED
    assert b"conn.apn_name" in raw and b"conn.apn_name" in reply_raw
    seq, raw = s.client.chunk(4096, b"\x00\x01firmware", ack=True)
    chunk = only_event(s.server, raw)
    assert isinstance(chunk, Message)
    assert (chunk.type, chunk.seq, chunk.offset, chunk.data, chunk.wants_ack) == (
        MsgType.XFER_DATA,
        seq,
        4096,
        b"\x00\x01firmware",
        True,
    )
    reply = only_event(s.client, s.server.reply(chunk, {"offset": 4106}))
    assert isinstance(reply, Message) and reply.body == {"offset": 4106}


def test_sequence_numbers_increase_and_wrap_after_255() -> None:
    s = logged_in(encrypt=False)
    seqs = [s.client.request(MsgType.PING)[0] for _ in range(300)]
    assert all((b - a) % 256 == 1 for a, b in itertools.pairwise(seqs))
    assert 0 in seqs and 255 in seqs


def test_error_reply_reaches_the_client_as_an_error_with_the_request_seq() -> None:
    s = logged_in(encrypt=False)
    seq, raw = s.client.request(MsgType.SET, {"values": {}})
    request = only_event(s.server, raw)
    assert isinstance(request, Message)
    reply = only_event(
        s.client, s.server.error(request, ErrorCode.INVALID, "nothing to set", errors={"a": "b"})
    )
    assert isinstance(reply, Message) and reply.is_error and reply.seq == seq
    assert reply.body == {"code": "invalid", "message": "nothing to set", "errors": {"a": "b"}}


def test_each_end_ignores_frames_travelling_the_wrong_way() -> None:
    s = logged_in(encrypt=False)
    _, raw = s.client.request(MsgType.PING)
    assert s.client.rejected == 0
    s.client.receive_data(raw)  # a request echoed back to the client
    assert s.client.next_event() is None and s.client.rejected == 1
    request = only_event(s.server, raw)
    assert isinstance(request, Message)
    reply_raw = s.server.reply(request, {})
    s.server.receive_data(reply_raw)  # a reply looped back to the server
    assert s.server.next_event() is None and s.server.rejected == 1


# ---------------------------------------------------------------------------- retransmission


@pytest.mark.parametrize("encrypt", [False, True])
def test_retransmitted_request_is_a_duplicate_answered_with_the_same_reply(encrypt: bool) -> None:
    s = logged_in(encrypt=encrypt)
    seq, raw = s.client.request(MsgType.SET, {"values": {"conn.apn_name": "x"}})
    request = only_event(s.server, raw)
    assert isinstance(request, Message)
    first_reply = s.server.reply(request, {"changed": ["conn.apn_name"]})
    # the reply is lost: the client sends the same request again, same seq
    again = s.client.resend(seq)
    assert one_frame(again).seq == seq and one_frame(again).type == MsgType.SET
    if encrypt:
        assert again != raw  # sealed anew, under a fresh counter
    else:
        assert again == raw
    duplicate = only_event(s.server, again)
    assert duplicate == Duplicate(seq=seq)
    resent = s.server.resend_reply()
    assert one_frame(resent).seq == seq
    if not encrypt:
        assert resent == first_reply
    reply = only_event(s.client, resent)
    assert isinstance(reply, Message) and reply.body == {"changed": ["conn.apn_name"]} and reply.seq == seq


def test_a_new_request_with_the_same_body_is_not_a_duplicate() -> None:
    s = logged_in(encrypt=False)
    for _ in range(2):
        seq, raw = s.client.request(MsgType.GET, {"keys": ["a"]})
        request = only_event(s.server, raw)
        assert isinstance(request, Message) and request.seq == seq
        s.server.reply(request, {})


def test_a_request_seen_again_before_it_was_answered_is_not_a_duplicate() -> None:
    s = logged_in(encrypt=False)
    _, raw = s.client.request(MsgType.INFO)
    assert isinstance(only_event(s.server, raw), Message)
    assert isinstance(only_event(s.server, raw), Message)  # no reply yet: nothing to resend
    with pytest.raises(LocalProtocolError):
        s.server.resend_reply()


def test_transfer_chunks_are_never_duplicates() -> None:
    s = logged_in(encrypt=False)
    _, raw = s.client.chunk(0, b"abc", ack=True)
    for _ in range(2):
        chunk = only_event(s.server, raw)
        assert isinstance(chunk, Message) and chunk.data == b"abc"
        s.server.reply(chunk, {"offset": 3})


def test_client_can_resend_only_the_outstanding_request() -> None:
    s = logged_in(encrypt=False)
    first, _ = s.client.request(MsgType.PING)
    second, _ = s.client.request(MsgType.PING)
    s.client.resend(second)
    with pytest.raises(LocalProtocolError):
        s.client.resend(first)


def test_retransmitted_login_is_answered_from_the_reply_cache() -> None:
    client, server = ClientConnection(), ServerConnection()
    challenge = hello(client, server)
    seq, raw = client.login(challenge.body, PASSWORD, encrypt=True)
    request = only_event(server, raw)
    assert isinstance(request, Message)
    proof = server.check_login(DEVICE_KEY, request.body)
    assert proof is not None
    server.reply(request, {"proof": proof.hex(), "encrypt": True})
    server.start_encryption()
    # the LOGIN reply is lost; the plaintext retransmission is still valid while encryption is pending
    duplicate = only_event(server, client.resend(seq))
    assert duplicate == Duplicate(seq=seq)
    resent = server.resend_reply()
    assert not one_frame(resent).flags & Flag.ENCRYPTED
    reply = only_event(client, resent)
    assert isinstance(reply, Message)
    client.login_succeeded(reply.body)
    assert client.encrypted
    s = Session(client, server, reply)
    request_seen, _, _, _ = round_trip(s, MsgType.INFO, {})
    assert request_seen.flags & Flag.ENCRYPTED


# ---------------------------------------------------------------------------- encrypted session


def test_encrypted_session_seals_every_frame_both_ways() -> None:
    s = logged_in(encrypt=True)
    assert s.login_reply.body["encrypt"] is True
    assert s.client.encrypted
    assert not s.server.encrypted  # switched on only by the client's first sealed frame
    request, reply, raw, reply_raw = round_trip(s, MsgType.GET, {"keys": ["conn.apn_pass"]})
    assert s.server.encrypted
    for data in (raw, reply_raw):
        frame = one_frame(data)
        assert frame.flags & Flag.ENCRYPTED
        assert b"conn.apn_pass" not in data
    assert request.flags & Flag.ENCRYPTED and reply.flags & Flag.ENCRYPTED
    _, raw = s.client.chunk(0, b"secret firmware", ack=False)
    assert b"secret firmware" not in raw
    chunk = only_event(s.server, raw)
    assert isinstance(chunk, Message) and chunk.data == b"secret firmware" and not chunk.wants_ack


def test_encryption_not_asked_for_stays_off_even_if_the_server_agrees() -> None:
    s = login(encrypt=False)
    assert s.login_reply.body["encrypt"] is False
    s.client.login_succeeded(s.login_reply.body)
    _, _, raw, reply_raw = round_trip(s, MsgType.INFO, {})
    assert not one_frame(raw).flags & Flag.ENCRYPTED and not one_frame(reply_raw).flags & Flag.ENCRYPTED


def test_a_replayed_sealed_frame_is_rejected_by_the_server() -> None:
    s = logged_in(encrypt=True)
    _, _, raw, _ = round_trip(s, MsgType.SET, {"values": {"conn.apn_name": "evil"}})
    s.server.receive_data(raw)
    assert s.server.next_event() is None
    assert s.server.rejected == 1
    round_trip(s, MsgType.INFO, {})  # the session goes on


def test_a_replayed_sealed_reply_is_rejected_by_the_client() -> None:
    s = logged_in(encrypt=True)
    _, _, _, reply_raw = round_trip(s, MsgType.INFO, {})
    s.client.receive_data(reply_raw)
    assert s.client.next_event() is None and s.client.rejected == 1


@pytest.mark.parametrize("edit", ["ciphertext", "counter", "tag", "type", "seq", "truncate", "clear_flag"])
def test_tampered_sealed_frames_are_rejected(edit: str) -> None:
    s = logged_in(encrypt=True)
    round_trip(s, MsgType.INFO, {})
    seq, raw = s.client.request(MsgType.SET, {"values": {"conn.apn_name": "x"}})
    frame = one_frame(raw)
    payload = bytearray(frame.payload)
    changes: dict[str, Any] = {}
    if edit == "ciphertext":
        payload[COUNTER_SIZE + 2] ^= 0x20
    elif edit == "counter":
        payload[COUNTER_SIZE - 1] ^= 0x40
    elif edit == "tag":
        payload[-1] ^= 0x01
    elif edit == "type":
        changes["type"] = MsgType.GET
    elif edit == "seq":
        changes["seq"] = (seq + 1) & 0xFF
    elif edit == "truncate":
        del payload[COUNTER_SIZE + 1 :]
    else:
        changes["flags"] = Flag.NONE
    s.server.receive_data(reframe(raw, payload=bytes(payload), **changes))
    assert s.server.next_event() is None
    assert s.server.rejected == 1
    # the untouched frame still gets through afterwards (the failures did not burn its counter)
    event = only_event(s.server, raw)
    assert isinstance(event, Message) and event.body == {"values": {"conn.apn_name": "x"}}


def test_a_tampered_sealed_reply_is_rejected_by_the_client() -> None:
    s = logged_in(encrypt=True)
    _, raw = s.client.request(MsgType.INFO)
    request = only_event(s.server, raw)
    assert isinstance(request, Message)
    reply_raw = s.server.reply(request, {"model": "wm-e2s"})
    frame = one_frame(reply_raw)
    payload = bytearray(frame.payload)
    payload[COUNTER_SIZE] ^= 1
    s.client.receive_data(reframe(reply_raw, payload=bytes(payload)))
    assert s.client.next_event() is None and s.client.rejected == 1


def test_plaintext_is_never_trusted_inside_an_encrypted_session() -> None:
    s = logged_in(encrypt=True)
    round_trip(s, MsgType.INFO, {})
    for mtype in (MsgType.GET, MsgType.SET, MsgType.LOGIN, MsgType.PING):
        forged = Frame(type=mtype, seq=99, payload=encode_body({"values": {"a": 1}})).to_bytes()
        s.server.receive_data(forged)
        assert s.server.next_event() is None
    assert s.server.rejected == 4
    assert s.server.encrypted
    forged_reply = Frame(type=MsgType.GET.reply, seq=1, payload=b"{}").to_bytes()
    s.client.receive_data(forged_reply)
    assert s.client.next_event() is None and s.client.rejected == 1


def test_sealed_frames_are_not_accepted_before_encryption_was_agreed() -> None:
    s = logged_in(encrypt=True)
    _, raw = s.client.request(MsgType.INFO)
    fresh = ServerConnection()  # never logged in, never started encryption
    fresh.receive_data(raw)
    assert fresh.next_event() is None and fresh.rejected == 1


def test_a_plaintext_hello_ends_an_encrypted_session_on_the_server() -> None:
    s = logged_in(encrypt=True)
    round_trip(s, MsgType.INFO, {})
    assert s.server.encrypted and s.server.auth_state is AuthState.AUTHENTICATED
    new_client = ClientConnection()
    seq, raw = new_client.hello()
    event = only_event(s.server, raw)
    assert isinstance(event, Message) and event.type == MsgType.HELLO and event.seq == seq
    assert not s.server.encrypted
    assert s.server.auth_state is AuthState.ANONYMOUS
    # the old session's sealed frames no longer count
    _, old = s.client.request(MsgType.GET, {})
    s.server.receive_data(old)
    assert s.server.next_event() is None
    # and the new tool can log in afresh, here without encryption
    nonce = s.server.new_challenge()
    reply = only_event(
        new_client,
        s.server.reply(event, {"salt": SALT.hex(), "iterations": ITERATIONS, "nonce": nonce.hex()}),
    )
    assert isinstance(reply, Message)
    _, raw = new_client.login(reply.body, PASSWORD, encrypt=False)
    request = only_event(s.server, raw)
    assert isinstance(request, Message)
    assert s.server.check_login(DEVICE_KEY, request.body) is not None


def test_a_hello_retransmitted_after_it_ended_a_session_is_a_duplicate() -> None:
    s = logged_in(encrypt=True)
    round_trip(s, MsgType.INFO, {})
    other = ClientConnection()
    _, raw = other.hello()
    first = only_event(s.server, raw)
    assert isinstance(first, Message)
    s.server.reply(first, {"nonce": "00"})
    assert only_event(s.server, raw) == Duplicate(seq=first.seq)


# ---------------------------------------------------------------------------- malformed bodies


@pytest.mark.parametrize(
    ("ftype", "payload"),
    [
        (MsgType.GET, b"{not json"),
        (MsgType.SET, b"[1, 2]"),
        (MsgType.INFO, b"\xff\xfe\xfd"),
        (MsgType.LOGIN, b'"just a string"'),
        (MsgType.XFER_DATA, b"\x00\x01"),
        (0x42, b"{"),
    ],
)
def test_malformed_request_bodies_give_malformed_events_that_can_be_answered(
    ftype: int, payload: bytes
) -> None:
    server = ServerConnection()
    event = only_event(server, Frame(type=ftype, seq=17, payload=payload).to_bytes())
    assert isinstance(event, Malformed)
    assert (event.seq, event.type) == (17, ftype) and event.reason
    client = ClientConnection()
    reply = only_event(client, server.error(event, ErrorCode.MALFORMED, event.reason))
    assert isinstance(reply, Message) and reply.is_error and reply.seq == 17
    assert reply.body["code"] == "malformed"
    # a retransmission of the same broken request gets the same answer (transfer chunks are never cached)
    again = only_event(server, Frame(type=ftype, seq=17, payload=payload).to_bytes())
    assert again == (event if ftype == MsgType.XFER_DATA else Duplicate(seq=17))


@pytest.mark.parametrize("payload", [b"{", b"[]", b"\x80"])
def test_malformed_reply_bodies_give_malformed_events(payload: bytes) -> None:
    client = ClientConnection()
    event = only_event(client, Frame(type=MsgType.INFO.reply, seq=3, payload=payload).to_bytes())
    assert isinstance(event, Malformed) and event.seq == 3 and event.type == MsgType.INFO.reply


def test_an_unknown_request_type_with_a_valid_body_is_still_a_message() -> None:
    event = only_event(ServerConnection(), Frame(type=0x42, seq=1, payload=b"{}").to_bytes())
    assert isinstance(event, Message) and event.type == 0x42


def test_a_reply_to_a_transfer_chunk_is_json() -> None:
    event = only_event(
        ClientConnection(), Frame(type=MsgType.XFER_DATA.reply, seq=1, payload=b'{"offset":5}').to_bytes()
    )
    assert isinstance(event, Message) and event.body == {"offset": 5}


# ---------------------------------------------------------------------------- fuzzing

frame_types = st.one_of(
    st.sampled_from([int(t) for t in MsgType] + [t.reply for t in MsgType]), st.integers(0, 255)
)
payloads = st.one_of(
    st.binary(max_size=80),
    st.builds(
        encode_body,
        st.dictionaries(st.text(max_size=5), st.one_of(st.integers(), st.text(max_size=5)), max_size=3),
    ),
    st.sampled_from([b"{", b"[]", b"null", b"\x00\x00", b'{"proof":"00"}']),
)
wire_frames = st.builds(
    lambda t, seq, flags, payload: Frame(type=t, seq=seq, flags=Flag(flags), payload=payload).to_bytes(),
    frame_types,
    st.integers(0, 255),
    st.integers(0, 3),
    payloads,
)
noise = st.one_of(wire_frames, st.binary(max_size=60))


def drain(conn: ClientConnection | ServerConnection) -> list[Event]:
    events = []
    for _ in range(1000):
        event = conn.next_event()
        if event is None:
            return events
        events.append(event)
    raise AssertionError("next_event never ran dry")


def feed_fuzz(conn: ClientConnection | ServerConnection, chunks: list[bytes]) -> None:
    for chunk in chunks:
        conn.receive_data(chunk)
        try:
            for event in drain(conn):
                assert isinstance(event, (Message, Malformed, Duplicate))
        except GwtermError:
            pass


@given(st.lists(noise, max_size=8), st.booleans())
@FUZZ
def test_fuzzed_input_to_a_server_raises_only_gwterm_errors(chunks: list[bytes], encrypted: bool) -> None:
    s = logged_in(encrypt=encrypted)
    if encrypted:
        round_trip(s, MsgType.INFO, {})
    feed_fuzz(s.server, chunks)
    feed_fuzz(ServerConnection(), chunks)


@given(st.lists(noise, max_size=8), st.booleans())
@FUZZ
def test_fuzzed_input_to_a_client_raises_only_gwterm_errors(chunks: list[bytes], encrypted: bool) -> None:
    s = logged_in(encrypt=encrypted)
    feed_fuzz(s.client, chunks)
    feed_fuzz(ClientConnection(), chunks)


@given(
    st.lists(st.tuples(st.integers(0, 10_000), st.integers(1, 255)), min_size=1, max_size=5), st.booleans()
)
@FUZZ
def test_mutated_conversations_raise_only_gwterm_errors(
    flips: list[tuple[int, int]], encrypted: bool
) -> None:
    s = logged_in(encrypt=encrypted)
    _, raw = s.client.request(MsgType.SET, {"values": {"conn.apn_name": "internet"}})
    request = only_event(s.server, raw)
    assert isinstance(request, Message)
    reply_raw = s.server.reply(request, {"changed": []})
    _, raw2 = s.client.request(MsgType.GET, {"keys": None})
    for data, conn in ((raw + raw2, s.server), (reply_raw, s.client)):
        damaged = bytearray(data)
        for pos, value in flips:
            damaged[pos % len(damaged)] ^= value
        feed_fuzz(conn, [bytes(damaged)])


any_json = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=40),
    st.lists(st.integers(), max_size=2),
)
hex_text = st.binary(max_size=20).map(bytes.hex)


@given(
    st.fixed_dictionaries(
        {},
        optional={
            "salt": st.one_of(hex_text, any_json),
            # in-range counts stay small: a valid challenge costs a real PBKDF2 run
            "iterations": st.one_of(
                st.integers(-10, 2000),
                st.integers(10_000_001),
                st.floats(max_value=2000),
                st.sampled_from([float("inf"), float("-inf"), float("nan"), 1e300, "1000", "x"]),
                st.none(),
            ),
            "nonce": st.one_of(st.binary(min_size=16, max_size=16).map(bytes.hex), hex_text, any_json),
            "proof": st.one_of(st.binary(min_size=32, max_size=32).map(bytes.hex), any_json),
            "encrypt": any_json,
        },
    )
)
@example({"salt": "", "iterations": float("inf"), "nonce": ""})
@FUZZ
def test_login_bodies_from_the_wire_raise_only_gwterm_errors(body: dict[str, Any]) -> None:
    """Challenges and login bodies come from the peer: they may be refused, never crash."""
    with contextlib.suppress(GwtermError):
        ClientConnection().login(body, PASSWORD, encrypt=True)
    server = ServerConnection()
    server.new_challenge()
    assert server.check_login(DEVICE_KEY, body) is None
    s = login(encrypt=True)
    try:
        s.client.login_succeeded(body)
    except AuthError:
        pass
    else:
        raise AssertionError("a random LOGIN reply proved the password")
