"""`csd://+NUMBER?modem=URL`: a GSM data call placed through a local AT modem, used as a byte stream."""

from __future__ import annotations

import contextlib

from app.errors import GwtermError, ValidationError
from app.protocols.at import commands
from app.transports.gsm_modem import GsmModem
from app.transports.stream import RX, TX, Stream
from app.transports.url import ConnectionUrl

DIAL_TIMEOUT = 60.0


def modem_url(url: ConnectionUrl) -> str:
    """The `modem=` option of a csd:// or sms:// URL; ValidationError when it is missing."""
    modem = url.option("modem")
    if not modem:
        raise ValidationError(
            "url", f"'{url.text}': say which local modem to use, e.g. ?modem=serial:///dev/ttyUSB1"
        )
    return modem


def dial_timeout(url: ConnectionUrl) -> float:
    """Seconds a csd:// URL allows for the call to connect (`dial_timeout=`, default 60)."""
    try:
        return float(url.option("dial_timeout", str(DIAL_TIMEOUT)))
    except ValueError:
        raise ValidationError("url", f"'{url.text}': dial_timeout must be a number of seconds") from None


class CsdStream(Stream):
    """The data of one call; closing it hangs up ('+++', ATH) and, if it owns the modem, closes the port."""

    def __init__(self, url: str, modem: GsmModem, *, owns_modem: bool) -> None:
        super().__init__(url, modem.stream._reader, modem.stream._writer)
        self.modem = modem
        self.owns_modem = owns_modem
        self._closed = False

    async def read(self, limit: int = 65536) -> bytes:
        """Bytes from the far end; TransportError once the call has ended."""
        data = await self.modem.read_data()
        self._trace(RX, data)
        return data

    async def write(self, data: bytes) -> None:
        """Send bytes to the far end."""
        self._trace(TX, data)
        await self.modem.write_data(data)

    async def close(self) -> None:
        """Hang up; safe to call twice."""
        if self._closed:
            return
        self._closed = True
        self._hooks.clear()  # the modem's tasks may outlive this stream: drop the subscribers (GUI objects)
        with contextlib.suppress(GwtermError, TimeoutError):
            await self.modem.hang_up()
        if self.owns_modem:
            await self.modem.close()


async def open_csd(url: ConnectionUrl) -> CsdStream:
    """Prepare the modem (echo off, numeric errors, 9600 bit/s bearer), dial and wait for CONNECT."""
    modem = await GsmModem.open(modem_url(url))
    try:
        for line in commands.csd_setup():
            await modem.check(line)
        await modem.guard_time_setting()
        await modem.dial(url.host, timeout=dial_timeout(url))
    except BaseException:
        await modem.close()
        raise
    return CsdStream(url.text, modem, owns_modem=True)
