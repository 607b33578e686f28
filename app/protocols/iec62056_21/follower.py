"""Following an IEC 62056-21 session across a transparent port: when the meter-side UART must change.

For a soft-gateway whose TCP client talks IEC to a meter on its serial port ("Auto" data format):
the first client packet passing `looks_like_iec_sign_on` puts the meter side at 300 Bd 7E1, and a
`LineFollower` then says when modes B, C and E move the line (6.4) and when it returns. Sans-I/O:
the caller forwards the bytes, applies the settings, and passes the time in.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.protocols.iec62056_21.decoder import IecDecoder
from app.protocols.iec62056_21.messages import Command, DataBlock, Identification, OptionSelect
from app.protocols.iec62056_21.modes import (
    INITIAL_BAUD,
    MODE_BINARY,
    MODE_PROGRAMMING,
    PROGRAMMING_INACTIVITY,
    PROTOCOL_HDLC,
    ProtocolMode,
    baud_of,
    looks_like_iec_sign_on,
    mode_of,
)


@dataclass(frozen=True, kw_only=True)
class LineSetting:
    """A serial line setting: baud rate and data format (`7E1` in modes A-D, `8N1` for HDLC in mode E)."""

    baud: int
    data_format: str = "7E1"


SIGN_ON_LINE = LineSetting(baud=INITIAL_BAUD, data_format="7E1")


class LineFollower:
    """Watches both directions of one IEC session; each method returns a new line setting or None.

    Call `before_client` before forwarding client bytes (a sign-on on a line left elsewhere goes back
    to 300 Bd first), `after_client` once they are on the wire (an option select switches: drain the
    UART before applying), `after_meter` once meter bytes are forwarded (a mode B identification
    switches; the end of a readout returns to 300 Bd), and `poll` now and then (silence returns).
    """

    def __init__(self, *, readout_idle: float = 5.0, session_idle: float = PROGRAMMING_INACTIVITY[1]) -> None:
        self.setting = SIGN_ON_LINE
        self.readout_idle = readout_idle
        self.session_idle = session_idle
        self._client = IecDecoder()
        self._meter = IecDecoder()
        self._last: float | None = None
        self._long_session = False  # programming or HDLC: the meter keeps its speed until it times out
        self._binary = False

    def before_client(self, data: bytes, now: float) -> LineSetting | None:
        """A sign-on always goes out at 300 Bd 7E1."""
        self._last = now
        if self.setting != SIGN_ON_LINE and looks_like_iec_sign_on(data):
            return self._reset()
        return None

    def after_client(self, data: bytes, now: float) -> LineSetting | None:
        """An option select moves the line (mode C, or E with HDLC); a break brings it back."""
        self._last = now
        if self._binary:
            return None  # HDLC frames are not IEC 62056-21 messages
        self._client.receive_data(data)
        change: LineSetting | None = None
        for event in self._client.events():
            if isinstance(event, OptionSelect):
                baud = baud_of(event.baud_char, ProtocolMode.C) or INITIAL_BAUD
                self._binary = event.protocol == PROTOCOL_HDLC and event.mode == MODE_BINARY
                self._long_session = self._binary or event.mode == MODE_PROGRAMMING
                change = self._set(LineSetting(baud=baud, data_format="8N1" if self._binary else "7E1"))
            elif isinstance(event, Command) and event.command == "B":
                change = self._reset() or change
        return change

    def after_meter(self, data: bytes, now: float) -> LineSetting | None:
        """A mode B identification moves the line; the end of a data readout returns it to 300 Bd."""
        self._last = now
        if self._binary:
            return None
        self._meter.receive_data(data)
        change: LineSetting | None = None
        for event in self._meter.events():
            if isinstance(event, Identification) and mode_of(event) is ProtocolMode.B:
                baud = baud_of(event.baud_char, ProtocolMode.B) or INITIAL_BAUD
                change = self._set(LineSetting(baud=baud))
            elif isinstance(event, DataBlock) and event.final and event.end_line is not None:
                change = self._reset() or change
        return change

    def poll(self, now: float) -> LineSetting | None:
        """After enough silence the meter is back at its sign-on speed, and so is the line."""
        if self._last is None or self.setting == SIGN_ON_LINE:
            return None
        idle = self.session_idle if self._long_session else self.readout_idle
        return self._reset() if now - self._last >= idle else None

    def _set(self, setting: LineSetting) -> LineSetting | None:
        if setting == self.setting:
            return None
        self.setting = setting
        return setting

    def _reset(self) -> LineSetting | None:
        self._client = IecDecoder()
        self._meter = IecDecoder()
        self._long_session = self._binary = False
        return self._set(SIGN_ON_LINE)
