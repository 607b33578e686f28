"""Serving DLMS associations over an HDLC link for simulated devices (RS-485, optical port, a pty)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from app.errors import TransportError
from app.protocols.dlms.hdlc import HdlcAddress
from app.protocols.dlms.hdlc_connection import ApduReceived, Connected, Disconnected, HdlcConnection, Role
from app.transports import Stream

Answer = Callable[[int, bytes], bytes | None]


async def serve_hdlc(
    stream: Stream,
    *,
    logical: int,
    physical: int | None,
    public_client: int,
    answer: Answer,
    release: Callable[[], None],
    idle_timeout: float,
) -> None:
    """Answer one HDLC link until it closes or idles: `answer(client_sap, apdu)` makes each reply APDU,
    `release()` ends the association when the link connects anew or disconnects."""
    link = HdlcConnection(
        role=Role.SERVER,
        client=HdlcAddress.client(public_client),
        server=HdlcAddress.server(logical, physical),
    )
    try:
        while True:
            try:
                data = await asyncio.wait_for(stream.read(), idle_timeout)
            except (TimeoutError, TransportError):
                return
            link.receive_data(data)
            answers = b""
            while (event := link.next_event()) is not None:
                if isinstance(event, Connected | Disconnected):
                    release()  # a new or ended link ends the association
                elif isinstance(event, ApduReceived) and not event.unnumbered:
                    client = event.source.upper if event.source is not None else public_client
                    reply = answer(client, event.apdu)
                    if reply is not None:
                        answers += link.send_apdu(reply)
            out = link.data_to_send() + answers
            if out:
                await stream.write(out)
    except TransportError:
        return
    finally:
        release()
