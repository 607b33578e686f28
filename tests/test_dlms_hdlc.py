"""HDLC frame format type 3 (IEC 62056-46): frames, incremental decoding with resync, the link state
machine (SNRM/UA, I frames, RR, segmentation, DISC), and the TCP wrapper (IEC 62056-47)."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import DecodeError, GwtermError, LocalProtocolError
from app.protocols.dlms.hdlc import (
    LLC_COMMAND,
    LLC_RESPONSE,
    Control,
    FrameKind,
    HdlcAddress,
    HdlcFrame,
    HdlcFrameDecoder,
    HdlcParameters,
    format_field,
    parse_format_field,
    split_information,
    strip_llc,
    stuff,
)
from app.protocols.dlms.hdlc_connection import (
    ApduReceived,
    Connected,
    Disconnected,
    FrameRejected,
    HdlcConnection,
    HdlcEvent,
    HdlcState,
    Role,
)
from app.protocols.dlms.wrapper import WrapperDecoder, WrapperFrame

SETTINGS = settings(deadline=None, max_examples=300)
HEAVY = settings(deadline=None, max_examples=200)  # examples that build large nested values or streams

addresses = st.one_of(
    st.integers(0, 0x7F).map(lambda u: HdlcAddress(upper=u, size=1)),
    st.tuples(st.integers(0, 0x7F), st.integers(0, 0x7F)).map(
        lambda t: HdlcAddress(upper=t[0], lower=t[1], size=2)
    ),
    st.tuples(st.integers(0, 0x3FFF), st.integers(0, 0x3FFF)).map(
        lambda t: HdlcAddress(upper=t[0], lower=t[1], size=4)
    ),
)


@st.composite
def controls(draw: st.DrawFn) -> Control:
    kind = draw(st.sampled_from(list(FrameKind)))
    pf = draw(st.booleans())
    if kind is FrameKind.I:
        return Control(
            kind=kind, poll_final=pf, send_seq=draw(st.integers(0, 7)), recv_seq=draw(st.integers(0, 7))
        )
    if kind in (FrameKind.RR, FrameKind.RNR):
        return Control(kind=kind, poll_final=pf, recv_seq=draw(st.integers(0, 7)))
    return Control(kind=kind, poll_final=pf)


frames = st.builds(
    HdlcFrame,
    destination=addresses,
    source=addresses,
    control=controls(),
    information=st.binary(max_size=80),
    segmented=st.booleans(),
)


@HEAVY
@given(frames)
def test_frames_round_trip(frame: HdlcFrame) -> None:
    raw = frame.to_bytes()
    assert HdlcFrame.from_bytes(raw) == frame
    assert HdlcFrame.from_bytes(raw[1:-1]) == frame
    assert parse_format_field(raw[1:3]) == (len(raw) - 2, frame.segmented)


@SETTINGS
@given(st.binary(max_size=120))
def test_random_bytes_raise_only_our_errors(raw: bytes) -> None:
    for attempt in (raw, b"\x7e\xa0" + raw + b"\x7e"):
        with contextlib.suppress(GwtermError):
            HdlcFrame.from_bytes(attempt)
    decoder = HdlcFrameDecoder()
    decoder.receive_data(raw)
    list(decoder)
    stuffed = HdlcFrameDecoder(octet_stuffing=True)
    stuffed.receive_data(raw)
    list(stuffed)


@HEAVY
@given(frames, st.data())
def test_mutated_frames_are_rejected_or_still_valid(frame: HdlcFrame, data: st.DataObject) -> None:
    raw = bytearray(frame.to_bytes())
    position = data.draw(st.integers(0, len(raw) - 1))
    raw[position] ^= data.draw(st.integers(1, 255))
    try:
        HdlcFrame.from_bytes(bytes(raw))
    except DecodeError:
        return
    # a flipped bit may only survive where no check covers it: the flags themselves
    assert position in (0, len(raw) - 1)


@HEAVY
@given(
    st.lists(frames, min_size=1, max_size=4),
    st.lists(st.binary(max_size=12), min_size=5, max_size=5),
    st.data(),
)
def test_stream_split_anywhere_yields_the_same_frames(
    items: list[HdlcFrame], noise: list[bytes], data: st.DataObject
) -> None:
    stream = b"".join(n + f.to_bytes() for n, f in zip(noise, items, strict=False)) + noise[-1]
    whole = HdlcFrameDecoder()
    whole.receive_data(stream)
    expected = list(whole)
    assert expected[-len(items) :] == items or all(f in expected for f in items)
    cut = data.draw(st.integers(0, len(stream)))
    split = HdlcFrameDecoder()
    split.receive_data(stream[:cut])
    got = list(split)
    split.receive_data(stream[cut:])
    got += list(split)
    assert got == expected


def test_every_byte_split_of_a_long_stream() -> None:
    client, server = HdlcAddress.client(0x10), HdlcAddress.server(1, 0x11)
    items = [
        HdlcFrame(destination=server, source=client, control=Control(kind=FrameKind.SNRM)),
        HdlcFrame(
            destination=client,
            source=server,
            control=Control(kind=FrameKind.UA),
            information=HdlcParameters().to_bytes(),
        ),
        HdlcFrame(
            destination=server,
            source=client,
            control=Control(kind=FrameKind.I),
            information=LLC_COMMAND + bytes(range(256)) * 2 + b"\x7e\x7e\x7d",
            segmented=True,
        ),
        HdlcFrame(destination=client, source=server, control=Control(kind=FrameKind.RR, recv_seq=1)),
    ]
    stream = b"\x00\x7e\x7e" + b"".join(f.to_bytes() for f in items) + b"\xff\x7e\xa0"
    for cut in range(len(stream) + 1):
        decoder = HdlcFrameDecoder()
        decoder.receive_data(stream[:cut])
        got = list(decoder)
        decoder.receive_data(stream[cut:])
        assert got + list(decoder) == items, cut
    byte_by_byte = HdlcFrameDecoder()
    got = []
    for byte in stream:
        byte_by_byte.receive_data(bytes((byte,)))
        got += list(byte_by_byte)
    assert got == items


def test_decoder_skips_a_noise_flag_that_announces_a_long_frame() -> None:
    frame = HdlcFrame(
        destination=HdlcAddress.client(0x10), source=HdlcAddress.server(1), control=Control(kind=FrameKind.RR)
    )
    decoder = HdlcFrameDecoder()
    decoder.receive_data(b"\x7e\xa7\xff" + frame.to_bytes())  # noise says 2047 octets follow
    assert list(decoder) == [frame]
    assert decoder.discarded > 0


def test_corrupt_frame_then_good_frame() -> None:
    frame = HdlcFrame(
        destination=HdlcAddress.client(0x10),
        source=HdlcAddress.server(1),
        control=Control(kind=FrameKind.I),
        information=b"\xe6\xe7\x00\x01",
    )
    bad = bytearray(frame.to_bytes())
    bad[-3] ^= 0x01
    decoder = HdlcFrameDecoder()
    decoder.receive_data(bytes(bad) + frame.to_bytes())
    assert list(decoder) == [frame] and decoder.rejected >= 1


def test_octet_stuffing_variant() -> None:
    frame = HdlcFrame(
        destination=HdlcAddress.client(0x10),
        source=HdlcAddress.server(1),
        control=Control(kind=FrameKind.UI),
        information=b"\x7e\x7d\x01",
    )
    wire = stuff(frame.to_bytes())
    assert b"\x7e" not in wire[1:-1]
    decoder = HdlcFrameDecoder(octet_stuffing=True)
    for byte in wire + wire:
        decoder.receive_data(bytes((byte,)))
    assert list(decoder) == [frame, frame]


def test_addresses() -> None:
    assert HdlcAddress.server(1, 17).to_bytes() == bytes.fromhex("0223")
    assert HdlcAddress(upper=1, lower=0x1234).to_bytes() == bytes.fromhex("00024869")
    four = HdlcAddress(upper=0x3FFF, lower=0x3FFF)
    assert four.size == 4 and four.to_bytes() == bytes.fromhex("fefefeff")
    assert HdlcAddress(upper=1, lower=0x1234).size == 4
    assert HdlcAddress.client(0x10).size == 1
    for upper, lower, size in ((0x80, None, 1), (1, 1, 1), (1, None, 3), (0x4000, 0, 0)):
        with pytest.raises(LocalProtocolError):
            HdlcAddress(upper=upper, lower=lower, size=size)
    with pytest.raises(DecodeError):
        HdlcFrame.from_bytes(bytes.fromhex("7ea00a00000201100000007e"))


def test_controls() -> None:
    assert Control(kind=FrameKind.SNRM).to_byte() == 0x93
    assert Control(kind=FrameKind.DISC).to_byte() == 0x53
    assert Control(kind=FrameKind.UA).to_byte() == 0x73
    assert Control(kind=FrameKind.DM).to_byte() == 0x1F
    assert Control(kind=FrameKind.FRMR).to_byte() == 0x97
    assert Control(kind=FrameKind.UI).to_byte() == 0x13
    assert Control(kind=FrameKind.RR, recv_seq=3).to_byte() == 0x71
    assert Control(kind=FrameKind.RNR, recv_seq=3, poll_final=False).to_byte() == 0x65
    assert Control(kind=FrameKind.I, send_seq=2, recv_seq=5).to_byte() == 0xB4
    for byte in range(256):
        try:
            control = Control.from_byte(byte)
        except DecodeError:
            continue
        assert control.to_byte() == byte
    with pytest.raises(DecodeError):
        Control.from_byte(0x09)  # REJ
    with pytest.raises(LocalProtocolError):
        Control(kind=FrameKind.I, send_seq=8).to_byte()
    with pytest.raises(LocalProtocolError):
        Control(kind=FrameKind.UA, recv_seq=1).to_byte()


def test_parameters_and_helpers() -> None:
    params = HdlcParameters(max_info_tx=512, max_info_rx=256, window_tx=1, window_rx=7)
    assert HdlcParameters.from_bytes(params.to_bytes()) == params
    assert HdlcParameters.from_bytes(b"") == HdlcParameters()
    assert HdlcParameters.from_bytes(bytes.fromhex("818003050180")) == HdlcParameters(max_info_tx=128)
    answer = HdlcParameters(max_info_tx=1024, max_info_rx=256).answer(
        HdlcParameters(max_info_tx=512, max_info_rx=512)
    )
    assert (answer.max_info_tx, answer.max_info_rx) == (256, 512)
    for bad in ("8181", "818002", "8180020500"):
        with pytest.raises(DecodeError):
            HdlcParameters.from_bytes(bytes.fromhex(bad))
    with pytest.raises(LocalProtocolError):
        HdlcParameters(max_info_tx=4000).to_bytes()
    assert format_field(29, segmented=True) == bytes.fromhex("a81d")
    assert split_information(b"abcdefg", 3) == [b"abc", b"def", b"g"] and split_information(b"", 3) == [b""]
    assert strip_llc(LLC_RESPONSE + b"\x0f") == (LLC_RESPONSE, b"\x0f")
    with pytest.raises(DecodeError):
        strip_llc(b"\x0f")
    with pytest.raises(LocalProtocolError):
        HdlcFrame(
            destination=HdlcAddress.client(1),
            source=HdlcAddress.server(1),
            control=Control(kind=FrameKind.UI),
            information=bytes(2100),
        ).to_bytes()


# --- the link ------------------------------------------------------------------------------------


class Wire:
    """A client and a server HdlcConnection joined in memory; `drop` loses the next frame each way."""

    def __init__(
        self, *, client_params: HdlcParameters | None = None, server_params: HdlcParameters | None = None
    ) -> None:
        client, server = HdlcAddress.client(0x10), HdlcAddress.server(1, 0x11)
        self.client = HdlcConnection(role=Role.CLIENT, client=client, server=server, parameters=client_params)
        self.server = HdlcConnection(role=Role.SERVER, client=client, server=server, parameters=server_params)
        self.server_apdus: list[bytes] = []
        self.client_events: list[HdlcEvent] = []
        self.server_events: list[HdlcEvent] = []
        self.frames_to_server = 0
        self.frames_to_client = 0

    def to_server(self, data: bytes) -> None:
        while data:
            self.frames_to_server += data.count(b"\x7e") // 2
            self.server.receive_data(data)
            while (event := self.server.next_event()) is not None:
                self.server_events.append(event)
                if isinstance(event, ApduReceived):
                    self.server_apdus.append(event.apdu)
            data = self.to_client(self.server.data_to_send())

    def to_client(self, data: bytes) -> bytes:
        if not data:
            return b""
        self.frames_to_client += data.count(b"\x7e") // 2
        self.client.receive_data(data)
        while (event := self.client.next_event()) is not None:
            self.client_events.append(event)
        return self.client.data_to_send()

    def reply(self, apdu: bytes) -> None:
        self.to_server(self.to_client(self.server.send_apdu(apdu)))


def test_connect_exchange_disconnect() -> None:
    wire = Wire(
        client_params=HdlcParameters(max_info_tx=64, max_info_rx=64),
        server_params=HdlcParameters(max_info_tx=512, max_info_rx=512),
    )
    wire.to_server(wire.client.connect())
    assert wire.client.state is HdlcState.CONNECTED and wire.server.state is HdlcState.CONNECTED
    assert isinstance(wire.client_events[0], Connected) and isinstance(wire.server_events[0], Connected)
    assert wire.client.negotiated.max_info_tx == 64 and wire.server.negotiated.max_info_tx == 64

    request = bytes(range(200))  # 3 segments of at most 64 octets
    wire.to_server(wire.client.send_apdu(request))
    assert wire.server_apdus == [request] and not wire.client.sending
    response = bytes(range(256)) * 3
    wire.reply(response)
    received = [e.apdu for e in wire.client_events if isinstance(e, ApduReceived)]
    assert received == [response]
    assert wire.frames_to_client >= 12  # 13 segments of 64, each answered by RR

    wire.to_server(wire.client.send_apdu(b"\xc0\x01"))  # sequence numbers keep counting mod 8
    wire.reply(b"\xc4\x01")
    assert [e.apdu for e in wire.client_events if isinstance(e, ApduReceived)][-1] == b"\xc4\x01"

    wire.to_server(wire.client.disconnect())
    assert (wire.client.state, wire.server.state) == (HdlcState.DISCONNECTED, HdlcState.DISCONNECTED)
    assert isinstance(wire.client_events[-1], Disconnected) and isinstance(
        wire.server_events[-1], Disconnected
    )


def test_server_answers_dm_when_not_connected_and_client_sees_dm() -> None:
    wire = Wire()
    frame = HdlcFrame(
        destination=HdlcAddress.server(1, 0x11),
        source=HdlcAddress.client(0x10),
        control=Control(kind=FrameKind.I),
        information=LLC_COMMAND + b"\x01",
    )
    wire.server.receive_data(frame.to_bytes())
    assert wire.server.next_event() is None
    reply = HdlcFrame.from_bytes(wire.server.data_to_send())
    assert reply.kind is FrameKind.DM
    wire.client.connect()
    wire.client.receive_data(reply.to_bytes())
    event = wire.client.next_event()
    assert isinstance(event, Disconnected) and event.reason == "dm"
    wire.server.receive_data(
        HdlcFrame(
            destination=HdlcAddress.server(1, 0x11),
            source=HdlcAddress.client(0x10),
            control=Control(kind=FrameKind.DISC),
        ).to_bytes()
    )
    assert wire.server.next_event() is None
    assert HdlcFrame.from_bytes(wire.server.data_to_send()).kind is FrameKind.DM


def test_repeated_frame_after_a_lost_rr_is_acknowledged_not_delivered_twice() -> None:
    wire = Wire()
    wire.to_server(wire.client.connect())
    first = wire.client.send_apdu(b"\xc0\x01\xc1")
    wire.server.receive_data(first)
    assert isinstance(wire.server.next_event(), ApduReceived)
    wire.server.receive_data(first)  # the client timed out and repeated it (wire.client.last_sent())
    assert wire.server.next_event() is None
    assert HdlcFrame.from_bytes(wire.server.data_to_send()).kind is FrameKind.RR
    assert wire.client.last_sent() == first


def test_frames_for_other_addresses_are_ignored_and_ui_pushes_arrive() -> None:
    wire = Wire()
    wire.to_server(wire.client.connect())
    other = HdlcFrame(
        destination=HdlcAddress.client(0x20),
        source=HdlcAddress.server(1, 0x11),
        control=Control(kind=FrameKind.UI),
        information=LLC_RESPONSE + b"\x0f",
    )
    wire.client.receive_data(other.to_bytes())
    assert wire.client.next_event() is None and wire.client.ignored == 1
    push = wire.server.send_unnumbered(b"\x0f\x00\x00\x00\x00\x00\x00" + bytes(300))
    wire.client.receive_data(push)
    event = wire.client.next_event()
    assert isinstance(event, ApduReceived) and event.unnumbered and len(event.apdu) == 307
    frmr = HdlcFrame(
        destination=HdlcAddress.client(0x10),
        source=HdlcAddress.server(1, 0x11),
        control=Control(kind=FrameKind.FRMR),
    )
    wire.client.receive_data(frmr.to_bytes())
    assert isinstance(wire.client.next_event(), FrameRejected)


def test_local_misuse_is_refused() -> None:
    wire = Wire()
    with pytest.raises(LocalProtocolError):
        wire.client.send_apdu(b"\x01")
    with pytest.raises(LocalProtocolError):
        wire.server.connect()
    with pytest.raises(LocalProtocolError):
        wire.server.disconnect()
    wire.to_server(wire.client.connect())
    wire.client.send_apdu(bytes(500))
    with pytest.raises(LocalProtocolError):
        wire.client.send_apdu(b"\x01")


# --- wrapper -------------------------------------------------------------------------------------

wrappers = st.builds(
    WrapperFrame,
    source_wport=st.integers(0, 0xFFFF),
    destination_wport=st.integers(0, 0xFFFF),
    apdu=st.binary(max_size=300),
)


@HEAVY
@given(st.lists(wrappers, max_size=4), st.data())
def test_wrapper_stream_split_anywhere(items: list[WrapperFrame], data: st.DataObject) -> None:
    stream = b"".join(w.to_bytes() for w in items)
    for w in items:
        assert WrapperFrame.from_bytes(w.to_bytes()) == w
    cut = data.draw(st.integers(0, len(stream)))
    decoder = WrapperDecoder()
    decoder.receive_data(stream[:cut])
    got = list(decoder)
    decoder.receive_data(stream[cut:])
    assert got + list(decoder) == items and decoder.buffered == 0


@SETTINGS
@given(st.binary(max_size=60))
def test_random_wrapper_bytes_raise_only_our_errors(raw: bytes) -> None:
    with contextlib.suppress(GwtermError):
        WrapperFrame.from_bytes(raw)
    decoder = WrapperDecoder()
    decoder.receive_data(raw)
    with contextlib.suppress(GwtermError):
        list(decoder)


def test_wrapper_details() -> None:
    frame = WrapperFrame(source_wport=0x10, destination_wport=1, apdu=b"\x60\x00")
    assert frame.to_bytes() == bytes.fromhex("0001001000010002" + "6000") and frame.reply_to == (1, 0x10)
    with pytest.raises(DecodeError):
        WrapperFrame.from_bytes(bytes.fromhex("0002001000010000"))
    with pytest.raises(DecodeError):
        WrapperFrame.from_bytes(bytes.fromhex("000100100001000160" + "00"))
    with pytest.raises(LocalProtocolError):
        WrapperFrame(source_wport=0x10000, destination_wport=1, apdu=b"").to_bytes()
