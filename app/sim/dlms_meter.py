"""A simulated DLMS electricity meter on its RS-485/optical HDLC link, as a WM-E modem's DLMS client polls it.

Objects: logical device name, clock, active energy import/export registers, and the error/alarm
registers 1.1.97.97.1-3.255 that the modem polls by default (tests change them with `set_alarm`).
"""

from __future__ import annotations

import datetime

from app.protocols.dlms.acse import Mechanism
from app.protocols.dlms.axdr import Data
from app.protocols.dlms.cosem import Clock, DataObject, ObjectRegistry, Register
from app.protocols.dlms.obis import Obis, unit_code
from app.protocols.dlms.server import ClientPolicy, CosemServer, ServerAssociation
from app.sim.dlms_link import serve_hdlc
from app.transports import Stream

PUBLIC_CLIENT = 16
ALARMS = ("1.1.97.97.1.255", "1.1.97.97.2.255", "1.1.97.97.3.255")


class DlmsMeterSimulator:
    """One logical device behind an HDLC address; the meter-reading client uses LOW authentication."""

    def __init__(
        self,
        *,
        client_sap: int = 1,
        password: str = "33333333",
        logical: int = 1,
        physical: int = 18,
        serial: str = "12345678",
        idle_timeout: float = 120.0,
    ) -> None:
        self.logical = logical
        self.physical = physical
        self.idle_timeout = idle_timeout
        self.energy_wh = 1_234_567
        registry = ObjectRegistry(
            [
                DataObject("0.0.42.0.0.255", Data.octet_string(f"GWTEM{serial}".encode()), writable=False),
                Clock(now=lambda: datetime.datetime.now(datetime.UTC)),
                Register("1.0.1.8.0.255", Data.double_long_unsigned(self.energy_wh), unit=unit_code("Wh")),
                Register("1.0.2.8.0.255", Data.double_long_unsigned(0), unit=unit_code("Wh")),
                *(DataObject(obis, Data.double_long_unsigned(0), writable=False) for obis in ALARMS),
            ]
        )
        policies = [
            ClientPolicy(client_sap=PUBLIC_CLIENT, read_only=True),
            ClientPolicy(
                client_sap=client_sap,
                mechanism=Mechanism.LOW,
                secret=password.encode(),
                read_only=True,
                association=Obis.parse("0.0.40.0.2.255"),
            ),
        ]
        self.server = CosemServer(registry, policies=policies)
        self.polls = 0

    def set_alarm(self, number: int, value: int) -> None:
        """Set error/alarm register `number` (1-3), as the meter would when something happens."""
        alarm = self.server.registry.find(ALARMS[number - 1])
        assert isinstance(alarm, DataObject)
        alarm.values[2] = Data.double_long_unsigned(value)

    async def serve_hdlc(self, stream: Stream) -> None:
        """Answer the HDLC link on `stream` until it closes or idles."""
        associations: dict[int, ServerAssociation] = {}

        def answer(client_sap: int, apdu: bytes) -> bytes | None:
            association = associations.get(client_sap)
            if association is None:
                association = associations[client_sap] = self.server.open(client_sap)
                self.polls += 1
            return association.receive_apdu(apdu)

        await serve_hdlc(
            stream,
            logical=self.logical,
            physical=self.physical,
            public_client=PUBLIC_CLIENT,
            answer=answer,
            release=associations.clear,
            idle_timeout=self.idle_timeout,
        )
