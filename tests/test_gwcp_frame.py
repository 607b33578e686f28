"""gwcp framing (app/protocols/gwcp/frame.py) and the checksums under it (app/protocols/_common/crc.py)."""

from __future__ import annotations

import contextlib
import random
import struct

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app.errors import DecodeError, GwtermError, LocalProtocolError
from app.protocols._common.crc import crc16_ccitt, crc32
from app.protocols.gwcp.frame import (
    HEADER,
    HEADER_SIZE,
    MAGIC,
    MAX_PAYLOAD,
    OVERHEAD,
    TRAILER_SIZE,
    Flag,
    Frame,
    FrameDecoder,
)

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
VALID_FLAGS = [Flag.NONE, Flag.ENCRYPTED, Flag.ACK_REQUEST, Flag.ENCRYPTED | Flag.ACK_REQUEST]


def raw_frame(
    *, vflags: int = 0x10, ftype: int = 1, seq: int = 1, payload: bytes = b"", length: int | None = None
) -> bytes:
    """A frame built by hand with correct checksums, so header fields can be made invalid on purpose."""
    head = HEADER.pack(MAGIC, vflags, ftype, seq, len(payload) if length is None else length)
    body = head + crc16_ccitt(head).to_bytes(2, "big") + payload
    return body + crc32(body).to_bytes(4, "big")


def decode_all(decoder: FrameDecoder) -> list[Frame]:
    out = []
    while (frame := decoder.next_frame()) is not None:
        out.append(frame)
    return out


def feed_in_pieces(stream: bytes, cuts: list[int]) -> list[Frame]:
    decoder = FrameDecoder()
    frames: list[Frame] = []
    start = 0
    for cut in [*sorted(cuts), len(stream)]:
        decoder.receive_data(stream[start:cut])
        frames += decode_all(decoder)
        start = cut
    return frames


frames_st = st.builds(
    lambda ftype, seq, flags, payload: Frame(type=ftype, seq=seq, flags=flags, payload=payload),
    st.integers(0, 255),
    st.integers(0, 255),
    st.sampled_from(VALID_FLAGS),
    st.binary(max_size=64),
)

# ---------------------------------------------------------------------------- checksums


def test_crc16_ccitt_false_check_value() -> None:
    assert crc16_ccitt(b"123456789") == 0x29B1


def test_crc16_of_nothing_is_the_initial_value() -> None:
    assert crc16_ccitt(b"") == 0xFFFF


def test_crc16_can_be_computed_in_pieces() -> None:
    assert crc16_ccitt(b"56789", crc16_ccitt(b"1234")) == 0x29B1


def test_crc32_check_value() -> None:
    assert crc32(b"123456789") == 0xCBF43926


@given(st.binary(max_size=200), st.integers(0, 199), st.integers(0, 7))
@FUZZ
def test_crc16_detects_every_single_bit_error(data: bytes, index: int, bit: int) -> None:
    assume(data)
    damaged = bytearray(data)
    damaged[index % len(data)] ^= 1 << bit
    assert crc16_ccitt(bytes(damaged)) != crc16_ccitt(data)


# ---------------------------------------------------------------------------- Frame codec


def test_frame_layout_is_byte_exact() -> None:
    raw = Frame(type=0x04, seq=0x2A, payload=b"{}", flags=Flag.ACK_REQUEST).to_bytes()
    assert raw[:2] == b"GW"
    assert raw[2] == 0x12  # version 1 in the high nibble, ACK_REQUEST in the low one
    assert raw[3:5] == b"\x04\x2a"
    assert raw[5:7] == b"\x00\x02"
    assert int.from_bytes(raw[7:9], "big") == crc16_ccitt(raw[:7])
    assert raw[9:11] == b"{}"
    assert int.from_bytes(raw[11:], "big") == crc32(raw[:11])
    assert len(raw) == OVERHEAD + 2


@given(
    st.integers(0, 255),
    st.integers(0, 255),
    st.sampled_from(VALID_FLAGS),
    st.one_of(
        st.binary(max_size=300),
        # long payloads up to the limit, built from a short pattern so generating them stays cheap
        st.builds(
            lambda seed, n: (seed * MAX_PAYLOAD)[:n],
            st.binary(min_size=1, max_size=16),
            st.integers(0, MAX_PAYLOAD),
        ),
    ),
)
@FUZZ
def test_frame_round_trip(ftype: int, seq: int, flags: Flag, payload: bytes) -> None:
    frame = Frame(type=ftype, seq=seq, flags=flags, payload=payload)
    raw = frame.to_bytes()
    assert len(raw) == OVERHEAD + len(payload)
    decoded = Frame.from_bytes(raw)
    assert decoded == frame
    assert decoded.to_bytes() == raw


def test_largest_payload_round_trips_and_one_more_byte_is_refused() -> None:
    frame = Frame(type=1, seq=1, payload=b"\xaa" * MAX_PAYLOAD)
    assert Frame.from_bytes(frame.to_bytes()) == frame
    with pytest.raises(LocalProtocolError):
        Frame(type=1, seq=1, payload=b"\xaa" * (MAX_PAYLOAD + 1)).to_bytes()


@pytest.mark.parametrize(("ftype", "seq"), [(-1, 0), (256, 0), (0, -1), (0, 256)])
def test_to_bytes_refuses_fields_outside_a_byte(ftype: int, seq: int) -> None:
    with pytest.raises(LocalProtocolError):
        Frame(type=ftype, seq=seq).to_bytes()


@pytest.mark.parametrize("bits", [0x4, 0x8, 0xC, 0x10, 0x20, 0x100])
def test_to_bytes_never_writes_what_from_bytes_refuses(bits: int) -> None:
    """Flags outside ENCRYPTED|ACK_REQUEST must be refused locally, not sent (or leak struct.error)."""
    frame = Frame(type=1, seq=1, flags=Flag(bits))
    try:
        raw = frame.to_bytes()
    except LocalProtocolError:
        return
    assert Frame.from_bytes(raw) == frame


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "incomplete"),
        (Frame(type=1, seq=1, payload=b"abc").to_bytes()[:-1], "incomplete"),
        (Frame(type=1, seq=1).to_bytes()[: HEADER_SIZE - 1], "incomplete"),
        (Frame(type=1, seq=1).to_bytes() + b"\x00", "after the end"),
        (b"XY" + Frame(type=1, seq=1).to_bytes()[2:], "magic"),
        (raw_frame(vflags=0x20), "version"),
        (raw_frame(vflags=0x00), "version"),
        (raw_frame(vflags=0x14), "reserved"),
        (raw_frame(vflags=0x18), "reserved"),
        (raw_frame(length=MAX_PAYLOAD + 1), "exceeds"),
        (raw_frame(length=0xFFFF), "exceeds"),
    ],
)
def test_from_bytes_names_what_is_wrong(raw: bytes, reason: str) -> None:
    with pytest.raises(DecodeError, match=reason):
        Frame.from_bytes(raw)


def test_from_bytes_rejects_each_damaged_byte() -> None:
    raw = Frame(type=5, seq=9, payload=b'{"values":{}}', flags=Flag.ENCRYPTED).to_bytes()
    for index in range(len(raw)):
        damaged = bytearray(raw)
        damaged[index] ^= 0x40
        with pytest.raises(DecodeError):
            Frame.from_bytes(bytes(damaged))


@given(st.binary(max_size=400))
@FUZZ
def test_random_bytes_raise_only_decode_errors(raw: bytes) -> None:
    with contextlib.suppress(DecodeError):
        Frame.from_bytes(raw)


@given(
    frames_st,
    st.lists(
        st.tuples(st.integers(0, 10_000), st.integers(0, 255), st.sampled_from(["flip", "cut", "insert"])),
        max_size=4,
    ),
)
@FUZZ
def test_mutated_frames_raise_only_decode_errors_or_decode(
    frame: Frame, edits: list[tuple[int, int, str]]
) -> None:
    raw = bytearray(frame.to_bytes())
    for pos, value, kind in edits:
        i = pos % (len(raw) + 1)
        if kind == "flip" and i < len(raw):
            raw[i] ^= value or 1
        elif kind == "cut":
            del raw[i : i + value % 8 + 1]
        else:
            raw[i:i] = bytes([value])
    try:
        decoded = Frame.from_bytes(bytes(raw))
    except GwtermError as exc:
        assert isinstance(exc, DecodeError)
    else:
        assert decoded.to_bytes() == bytes(raw)


@given(
    st.integers(0, 255),
    st.integers(0, 255),
    st.integers(0, 255),
    st.integers(0, 0xFFFF),
    st.binary(max_size=64),
)
@FUZZ
def test_headers_with_valid_checksums_but_any_fields_raise_only_decode_errors(
    vflags: int, ftype: int, seq: int, length: int, payload: bytes
) -> None:
    raw = raw_frame(vflags=vflags, ftype=ftype, seq=seq, length=length, payload=payload)
    try:
        frame = Frame.from_bytes(raw)
    except DecodeError:
        pass
    else:
        assert (frame.type, frame.seq, len(frame.payload)) == (ftype, seq, length)
        assert vflags >> 4 == 1 and vflags & 0x0C == 0


# ---------------------------------------------------------------------------- incremental decoder

STREAM_FRAMES = [
    Frame(type=0x01, seq=1, payload=b'{"client":"gwterm","proto":1}'),
    Frame(type=0x81, seq=1, payload=b"GW inside the payload GW\x10"),
    Frame(type=0x0A, seq=2, payload=bytes(range(256)), flags=Flag.ACK_REQUEST),
    Frame(type=0x0D, seq=3),
    Frame(type=0x85, seq=4, payload=b"\x00" * 17, flags=Flag.ENCRYPTED),
]
STREAM = b"".join(f.to_bytes() for f in STREAM_FRAMES)


def test_decoder_yields_every_frame_of_a_stream_fed_whole() -> None:
    decoder = FrameDecoder()
    decoder.receive_data(STREAM)
    assert decode_all(decoder) == STREAM_FRAMES
    assert decoder.discarded == 0


def test_decoder_yields_the_same_frames_for_a_split_at_every_byte_boundary() -> None:
    for cut in range(len(STREAM) + 1):
        assert feed_in_pieces(STREAM, [cut]) == STREAM_FRAMES, f"split at byte {cut}"


def test_decoder_yields_the_same_frames_fed_one_byte_at_a_time() -> None:
    decoder = FrameDecoder()
    frames: list[Frame] = []
    for index in range(len(STREAM)):
        decoder.receive_data(STREAM[index : index + 1])
        got = decode_all(decoder)
        frames += got
        if got:  # a frame is complete exactly at its last byte, never earlier or later
            ends = {sum(len(f.to_bytes()) for f in STREAM_FRAMES[: n + 1]) for n in range(len(STREAM_FRAMES))}
            assert index + 1 in ends
    assert frames == STREAM_FRAMES


def test_decoder_returns_nothing_until_a_frame_is_complete() -> None:
    decoder = FrameDecoder()
    raw = STREAM_FRAMES[2].to_bytes()
    decoder.receive_data(raw[:-1])
    assert decoder.next_frame() is None
    assert decoder.next_frame() is None
    decoder.receive_data(raw[-1:])
    assert decoder.next_frame() == STREAM_FRAMES[2]
    assert decoder.next_frame() is None


@given(st.lists(frames_st, min_size=1, max_size=6), st.lists(st.integers(0, 2000), max_size=10))
@FUZZ
def test_decoder_yields_the_same_frames_at_random_split_points(frames: list[Frame], cuts: list[int]) -> None:
    stream = b"".join(f.to_bytes() for f in frames)
    assert feed_in_pieces(stream, [c % (len(stream) + 1) for c in cuts]) == frames


def test_decoder_skips_garbage_before_between_and_after_frames() -> None:
    garbage = [b"\x00\xff noise", b"G", b"GG", b"GW", b"WG", b"\x47\x57\x10\x01\x01\x00\x05\x00\x00"]
    for g in garbage:
        stream = g + STREAM_FRAMES[0].to_bytes() + g + STREAM_FRAMES[1].to_bytes() + g
        for cut in range(len(stream) + 1):
            assert feed_in_pieces(stream, [cut]) == STREAM_FRAMES[:2], (g, cut)


def test_decoder_counts_discarded_noise() -> None:
    decoder = FrameDecoder()
    decoder.receive_data(b"12345" + STREAM_FRAMES[3].to_bytes() + b"abc" + STREAM_FRAMES[3].to_bytes())
    assert decode_all(decoder) == [STREAM_FRAMES[3]] * 2
    assert decoder.discarded == 8


def test_decoder_keeps_a_trailing_half_magic() -> None:
    raw = STREAM_FRAMES[3].to_bytes()
    decoder = FrameDecoder()
    decoder.receive_data(b"noise" + raw[:1])
    assert decoder.next_frame() is None
    decoder.receive_data(raw[1:])
    assert decoder.next_frame() == STREAM_FRAMES[3]


@pytest.mark.parametrize(
    "damage", ["payload_bit", "header_bit", "crc_bit", "inserted", "bad_version", "too_long", "reserved_flag"]
)
def test_decoder_skips_a_damaged_frame_and_decodes_the_next(damage: str) -> None:
    good = Frame(type=0x04, seq=7, payload=b'{"keys":["conn.apn_name"]}')
    raw = bytearray(Frame(type=0x04, seq=6, payload=b'{"keys":["GW.x"]}').to_bytes())
    if damage == "payload_bit":
        raw[HEADER_SIZE + 3] ^= 0x01
    elif damage == "header_bit":
        raw[4] ^= 0x80
    elif damage == "crc_bit":
        raw[-1] ^= 0x01
    elif damage == "inserted":
        raw[HEADER_SIZE + 5 : HEADER_SIZE + 5] = b"\x00GW\x13"
    elif damage == "bad_version":
        raw = bytearray(raw_frame(vflags=0x30, payload=b"xx"))
    elif damage == "too_long":
        raw = bytearray(raw_frame(length=MAX_PAYLOAD + 1))
    else:
        raw = bytearray(raw_frame(vflags=0x1C, payload=b"xx"))
    stream = bytes(raw) + good.to_bytes()
    for cut in range(len(stream) + 1):
        assert feed_in_pieces(stream, [cut]) == [good], cut


def test_decoder_recovers_from_lost_bytes_once_later_frames_arrive() -> None:
    lost = Frame(type=0x05, seq=1, payload=b"x" * 40).to_bytes()
    lost = lost[:20] + lost[30:]  # ten bytes lost on the line: the header still claims 40
    later = [Frame(type=0x0D, seq=n) for n in range(2, 8)]
    stream = lost + b"".join(f.to_bytes() for f in later)
    # the damaged frame's claimed length runs into the next frame; the rescan must still find it
    assert feed_in_pieces(stream, []) == later


@given(
    st.lists(frames_st, min_size=1, max_size=5),
    st.lists(st.binary(max_size=30).filter(lambda g: MAGIC not in g), min_size=6, max_size=6),
    st.integers(0, 2**32),
)
@FUZZ
def test_decoder_resynchronises_around_random_noise(
    frames: list[Frame], noise: list[bytes], rnd: int
) -> None:
    pieces = [noise[0]]
    for n, frame in enumerate(frames):
        pieces += [frame.to_bytes(), noise[n + 1]]
    stream = b"".join(pieces)
    rng = random.Random(rnd)
    cuts = [rng.randrange(len(stream) + 1) for _ in range(rng.randrange(6))]
    assert feed_in_pieces(stream, cuts) == frames


@given(
    st.lists(frames_st, min_size=3, max_size=5),
    st.data(),
)
@FUZZ
def test_decoder_skips_a_frame_with_noise_inside_it(frames: list[Frame], data: st.DataObject) -> None:
    victim = data.draw(st.integers(0, len(frames) - 2), label="victim")
    raw = frames[victim].to_bytes()
    at = data.draw(st.integers(1, len(raw) - 1), label="at")
    noise = data.draw(st.binary(min_size=1, max_size=20).filter(lambda g: MAGIC not in g), label="noise")
    damaged = raw[:at] + noise + raw[at:]
    assume(MAGIC not in damaged[at - 1 : at + len(noise) + 1])
    stream = (
        b"".join(f.to_bytes() for f in frames[:victim])
        + damaged
        + b"".join(f.to_bytes() for f in frames[victim + 1 :])
    )
    got = feed_in_pieces(stream, [])
    assert len(got) in (len(frames) - 1, len(frames))
    # everything before the victim and the frame right after it always survive
    assert got[:victim] == frames[:victim]
    assert frames[victim + 1] in got
    assert got[-(len(frames) - victim - 1) :] == frames[victim + 1 :]


@given(st.lists(st.binary(max_size=300), max_size=8))
@FUZZ
def test_decoder_never_raises_on_random_bytes(chunks: list[bytes]) -> None:
    decoder = FrameDecoder()
    for chunk in chunks:
        decoder.receive_data(chunk)
        for frame in decode_all(decoder):
            assert len(frame.payload) <= MAX_PAYLOAD


@given(
    st.lists(frames_st, min_size=1, max_size=4),
    st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 255)), min_size=1, max_size=6),
)
@FUZZ
def test_decoder_never_raises_on_mutated_streams(frames: list[Frame], flips: list[tuple[int, int]]) -> None:
    stream = bytearray(b"".join(f.to_bytes() for f in frames))
    for pos, value in flips:
        stream[pos % len(stream)] ^= value
    decoder = FrameDecoder()
    decoder.receive_data(bytes(stream))
    for frame in decode_all(decoder):
        assert Frame.from_bytes(frame.to_bytes()) == frame


def test_header_struct_is_what_the_spec_says() -> None:
    assert HEADER.size == 7 and HEADER_SIZE == 9 and TRAILER_SIZE == 4
    assert struct.calcsize(HEADER.format) == 7
