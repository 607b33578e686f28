"""The HDLC connection, sans-I/O (IEC 62056-46 §6.4.4 / Green Book 8.4.4-8.4.5): both sides of SNRM/UA,
I frames with N(S)/N(R), RR, segmentation and reassembly of APDUs, DISC/UA/DM, and UI frames.

Bytes in (`receive_data`), events out (`next_event`), bytes to send: explicit actions (`connect`,
`send_apdu`, `disconnect`) return them, and answers the connection gives on its own (RR for a segment,
UA to an SNRM, the next segment after an RR) collect in `data_to_send()`. Timeouts and retries belong
to the caller: after a silence it resends `last_sent()`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from app.errors import DecodeError, LocalProtocolError
from app.protocols.dlms.hdlc import (
    LLC_COMMAND,
    LLC_RESPONSE,
    Control,
    FrameKind,
    HdlcAddress,
    HdlcFrame,
    HdlcFrameDecoder,
    HdlcParameters,
    split_information,
    stuff,
)


class Role(enum.Enum):
    """Which end of the link this is."""

    CLIENT = "client"
    SERVER = "server"


class HdlcState(enum.Enum):
    """Link states (§6.4.4.2): normal disconnected mode, waiting, normal response mode."""

    DISCONNECTED = "NDM"
    CONNECTING = "waiting for UA"
    CONNECTED = "NRM"
    DISCONNECTING = "waiting for UA after DISC"


class _Input(enum.Enum):
    CONNECT = "connect"  # client sends SNRM
    UA = "UA received"
    DM = "DM received"
    SNRM = "SNRM received"
    DISCONNECT = "disconnect"  # client sends DISC
    DISC = "DISC received"


# the one transition table: (state, input) -> next state
TRANSITIONS: dict[tuple[HdlcState, _Input], HdlcState] = {
    (HdlcState.DISCONNECTED, _Input.CONNECT): HdlcState.CONNECTING,
    (HdlcState.CONNECTED, _Input.CONNECT): HdlcState.CONNECTING,  # re-SNRM resets the link
    (HdlcState.CONNECTING, _Input.CONNECT): HdlcState.CONNECTING,
    (HdlcState.CONNECTING, _Input.UA): HdlcState.CONNECTED,
    (HdlcState.CONNECTING, _Input.DM): HdlcState.DISCONNECTED,
    (HdlcState.CONNECTED, _Input.DISCONNECT): HdlcState.DISCONNECTING,
    (HdlcState.CONNECTING, _Input.DISCONNECT): HdlcState.DISCONNECTING,
    (HdlcState.DISCONNECTING, _Input.DISCONNECT): HdlcState.DISCONNECTING,
    (HdlcState.DISCONNECTING, _Input.UA): HdlcState.DISCONNECTED,
    (HdlcState.DISCONNECTING, _Input.DM): HdlcState.DISCONNECTED,
    (HdlcState.CONNECTED, _Input.DM): HdlcState.DISCONNECTED,
    (HdlcState.DISCONNECTED, _Input.SNRM): HdlcState.CONNECTED,
    (HdlcState.CONNECTED, _Input.SNRM): HdlcState.CONNECTED,
    (HdlcState.CONNECTED, _Input.DISC): HdlcState.DISCONNECTED,
    (HdlcState.DISCONNECTED, _Input.DISC): HdlcState.DISCONNECTED,
}


@dataclass(frozen=True, kw_only=True, slots=True)
class Connected:
    """The link is up; `parameters` are the negotiated ones from this station's point of view."""

    parameters: HdlcParameters


@dataclass(frozen=True, kw_only=True, slots=True)
class Disconnected:
    """The link is down (`reason`: ua, dm, disc)."""

    reason: str


@dataclass(frozen=True, kw_only=True, slots=True)
class ApduReceived:
    """A complete APDU (LLC header removed); `unnumbered` for UI frames (pushes)."""

    apdu: bytes
    unnumbered: bool = False
    source: HdlcAddress | None = None


@dataclass(frozen=True, kw_only=True, slots=True)
class FrameRejected:
    """The peer sent FRMR, or a frame that fits no state; the link stays as it was."""

    frame: HdlcFrame
    reason: str


HdlcEvent = Connected | Disconnected | ApduReceived | FrameRejected


@dataclass(kw_only=True)
class _Reassembly:
    parts: list[bytes] = field(default_factory=list)
    size: int = 0


class HdlcConnection:
    """One HDLC link between a client address and a server address."""

    def __init__(
        self,
        *,
        role: Role,
        client: HdlcAddress,
        server: HdlcAddress,
        parameters: HdlcParameters | None = None,
        octet_stuffing: bool = False,
        max_apdu_size: int = 0x10000,
    ) -> None:
        self.role = role
        self.client = client
        self.server = server
        self.own_parameters = parameters or HdlcParameters()
        self.negotiated = HdlcParameters()
        self.state = HdlcState.DISCONNECTED
        self.max_apdu_size = max_apdu_size
        self._decoder = HdlcFrameDecoder(octet_stuffing=octet_stuffing)
        self._send_seq = 0  # V(S)
        self._recv_seq = 0  # V(R)
        self._pending: list[HdlcFrame] = []  # segments waiting for the peer's RR
        self._outbox = bytearray()
        self._events: list[HdlcEvent] = []
        self._reassembly = _Reassembly()
        self._ui_reassembly = _Reassembly()
        self._last_sent = b""
        self.ignored = 0  # frames for another address
        self._octet_stuffing = octet_stuffing

    # --- addressing ---------------------------------------------------------------------------------
    @property
    def _local(self) -> HdlcAddress:
        return self.client if self.role is Role.CLIENT else self.server

    @property
    def _remote(self) -> HdlcAddress:
        return self.server if self.role is Role.CLIENT else self.client

    @property
    def _llc(self) -> bytes:
        return LLC_COMMAND if self.role is Role.CLIENT else LLC_RESPONSE

    @property
    def max_info_tx(self) -> int:
        """The largest information field this station may send."""
        return self.negotiated.max_info_tx

    def _transition(self, event: _Input) -> None:
        new = TRANSITIONS.get((self.state, event))
        if new is None:
            raise LocalProtocolError(f"{event.value} not allowed in state {self.state.value}")
        self.state = new

    def _frame(self, control: Control, information: bytes = b"", *, segmented: bool = False) -> HdlcFrame:
        return HdlcFrame(
            destination=self._remote,
            source=self._local,
            control=control,
            information=information,
            segmented=segmented,
        )

    def _encode(self, *frames: HdlcFrame) -> bytes:
        out = b"".join(stuff(f.to_bytes()) if self._octet_stuffing else f.to_bytes() for f in frames)
        self._last_sent = out
        return out

    def last_sent(self) -> bytes:
        """The bytes sent last, for the caller to repeat after a timeout."""
        return self._last_sent

    def data_to_send(self) -> bytes:
        """Bytes the connection produced on its own (answers to what it received)."""
        out = bytes(self._outbox)
        self._outbox.clear()
        return out

    def _queue(self, *frames: HdlcFrame) -> None:
        self._outbox += self._encode(*frames)

    # --- client actions -----------------------------------------------------------------------------
    def connect(self) -> bytes:
        """The SNRM (with this station's parameters when they differ from the defaults)."""
        if self.role is not Role.CLIENT:
            raise LocalProtocolError("only the client sends SNRM")
        self._transition(_Input.CONNECT)
        info = b"" if self.own_parameters == HdlcParameters() else self.own_parameters.to_bytes()
        return self._encode(self._frame(Control(kind=FrameKind.SNRM), info))

    def disconnect(self) -> bytes:
        """The DISC."""
        if self.role is not Role.CLIENT:
            raise LocalProtocolError("only the client sends DISC")
        self._transition(_Input.DISCONNECT)
        self._pending.clear()
        return self._encode(self._frame(Control(kind=FrameKind.DISC)))

    # --- data ---------------------------------------------------------------------------------------
    def send_apdu(self, apdu: bytes) -> bytes:
        """The first I frame(s) of an APDU (LLC header added, segmented); the rest follow each RR."""
        if self.state is not HdlcState.CONNECTED:
            raise LocalProtocolError(f"cannot send an APDU in state {self.state.value}")
        if self._pending:
            raise LocalProtocolError("the previous APDU is still being sent")
        segments = split_information(self._llc + apdu, self.max_info_tx)
        self._pending = [
            self._frame(Control(kind=FrameKind.I), segment, segmented=index < len(segments) - 1)
            for index, segment in enumerate(segments)
        ]
        return self._send_window()

    def send_unnumbered(self, apdu: bytes) -> bytes:
        """UI frame(s) carrying an APDU without acknowledgement (server pushes, §6.4.4.4.3.6)."""
        segments = split_information(self._llc + apdu, self.max_info_tx)
        frames = [
            self._frame(Control(kind=FrameKind.UI), seg, segmented=index < len(segments) - 1)
            for index, seg in enumerate(segments)
        ]
        return self._encode(*frames)

    def _send_window(self) -> bytes:
        window = max(1, self.negotiated.window_tx)
        batch: list[HdlcFrame] = []
        while self._pending and len(batch) < window:
            template = self._pending.pop(0)
            control = Control(kind=FrameKind.I, send_seq=self._send_seq, recv_seq=self._recv_seq)
            self._send_seq = (self._send_seq + 1) % 8
            batch.append(
                HdlcFrame(
                    destination=template.destination,
                    source=template.source,
                    control=control,
                    information=template.information,
                    segmented=template.segmented,
                )
            )
            if template.segmented:
                break  # with a segmented message the peer answers each segment with RR (§6.4.4.4.3.4)
        return self._encode(*batch)

    @property
    def sending(self) -> bool:
        """True while segments of an APDU still wait for the peer's RR."""
        return bool(self._pending)

    # --- input --------------------------------------------------------------------------------------
    def receive_data(self, data: bytes) -> None:
        """Feed received bytes."""
        self._decoder.receive_data(data)

    def next_event(self) -> HdlcEvent | None:
        """The next event, or None until more bytes arrive."""
        while not self._events:
            frame = self._decoder.next_frame()
            if frame is None:
                return None
            self._handle(frame)
        return self._events.pop(0)

    def _handle(self, frame: HdlcFrame) -> None:
        if frame.destination.upper != self._local.upper or (
            self.role is Role.SERVER
            and frame.destination.lower is not None
            and self.server.lower is not None
            and frame.destination.lower != self.server.lower
        ):
            self.ignored += 1
            return
        if self.role is Role.SERVER:
            self.client = frame.source  # answer whichever client talks to us
        kind = frame.kind
        if kind is FrameKind.UI:
            self._receive_segment(frame, self._ui_reassembly, unnumbered=True)
        elif self.role is Role.CLIENT:
            self._handle_as_client(frame)
        else:
            self._handle_as_server(frame)

    def _handle_as_client(self, frame: HdlcFrame) -> None:
        kind = frame.kind
        if kind is FrameKind.UA and self.state in (HdlcState.CONNECTING, HdlcState.DISCONNECTING):
            was_connecting = self.state is HdlcState.CONNECTING
            self._transition(_Input.UA)
            if was_connecting:
                try:
                    offered = HdlcParameters.from_bytes(frame.information)
                except DecodeError as exc:
                    self._events.append(FrameRejected(frame=frame, reason=str(exc)))
                    offered = HdlcParameters()
                # the server's tx is our rx and vice versa
                self.negotiated = HdlcParameters(
                    max_info_tx=offered.max_info_rx,
                    max_info_rx=offered.max_info_tx,
                    window_tx=offered.window_rx,
                    window_rx=offered.window_tx,
                )
                self._reset_link()
                self._events.append(Connected(parameters=self.negotiated))
            else:
                self._events.append(Disconnected(reason="ua"))
        elif kind is FrameKind.DM and self.state is not HdlcState.DISCONNECTED:
            self._transition(_Input.DM)
            self._pending.clear()
            self._events.append(Disconnected(reason="dm"))
        elif kind is FrameKind.I and self.state is HdlcState.CONNECTED:
            self._receive_information(frame)
        elif kind in (FrameKind.RR, FrameKind.RNR) and self.state is HdlcState.CONNECTED:
            self._receive_supervisory(frame)
        else:
            self._events.append(
                FrameRejected(frame=frame, reason=f"{kind.value} in state {self.state.value}")
            )

    def _handle_as_server(self, frame: HdlcFrame) -> None:
        kind = frame.kind
        if kind is FrameKind.SNRM:
            try:
                proposed = HdlcParameters.from_bytes(frame.information)
            except DecodeError as exc:
                self._events.append(FrameRejected(frame=frame, reason=str(exc)))
                return
            self._transition(_Input.SNRM)
            self.negotiated = proposed.answer(self.own_parameters)
            self._reset_link()
            self._queue(self._frame(Control(kind=FrameKind.UA), self.negotiated.to_bytes()))
            self._events.append(Connected(parameters=self.negotiated))
        elif kind is FrameKind.DISC:
            if self.state is HdlcState.CONNECTED:
                self._transition(_Input.DISC)
                self._pending.clear()
                self._queue(self._frame(Control(kind=FrameKind.UA)))
                self._events.append(Disconnected(reason="disc"))
            else:
                self._queue(self._frame(Control(kind=FrameKind.DM)))
        elif self.state is not HdlcState.CONNECTED:
            if frame.control.poll_final:
                self._queue(self._frame(Control(kind=FrameKind.DM)))  # §6.4.4.4.3.5: not connected
        elif kind is FrameKind.I:
            self._receive_information(frame)
        elif kind in (FrameKind.RR, FrameKind.RNR):
            self._receive_supervisory(frame)
        else:
            self._events.append(FrameRejected(frame=frame, reason=f"{kind.value} not expected by a server"))

    def _reset_link(self) -> None:
        self._send_seq = self._recv_seq = 0
        self._pending.clear()
        self._reassembly = _Reassembly()

    def _receive_supervisory(self, frame: HdlcFrame) -> None:
        if frame.kind is FrameKind.RNR:
            return  # peer busy: hold the segments until it sends RR
        if self._pending:
            self._outbox += self._send_window()
        elif self.role is Role.SERVER and frame.control.poll_final:
            # a poll with nothing to send: answer RR so the client knows we are alive
            self._queue(self._frame(Control(kind=FrameKind.RR, recv_seq=self._recv_seq)))

    def _receive_information(self, frame: HdlcFrame) -> None:
        if frame.control.send_seq != self._recv_seq:
            # a repeat of a frame we already have (our RR got lost): acknowledge again, drop it
            self._queue(self._frame(Control(kind=FrameKind.RR, recv_seq=self._recv_seq)))
            return
        self._recv_seq = (self._recv_seq + 1) % 8
        self._receive_segment(frame, self._reassembly, unnumbered=False)
        if frame.segmented:  # §6.4.4.4.3.4: each segment is acknowledged with RR, which asks for the next
            self._queue(self._frame(Control(kind=FrameKind.RR, recv_seq=self._recv_seq)))

    def _receive_segment(self, frame: HdlcFrame, buffer: _Reassembly, *, unnumbered: bool) -> None:
        buffer.parts.append(frame.information)
        buffer.size += len(frame.information)
        if buffer.size > self.max_apdu_size + 3:
            buffer.parts.clear()
            buffer.size = 0
            self._events.append(FrameRejected(frame=frame, reason="reassembled APDU too large"))
            return
        if frame.segmented:
            return
        payload = b"".join(buffer.parts)
        buffer.parts.clear()
        buffer.size = 0
        expected = LLC_RESPONSE if self.role is Role.CLIENT else LLC_COMMAND
        if payload[:3] not in (expected, LLC_COMMAND, LLC_RESPONSE):
            self._events.append(FrameRejected(frame=frame, reason="information without LLC header"))
            return
        self._events.append(ApduReceived(apdu=payload[3:], unnumbered=unnumbered, source=frame.source))
