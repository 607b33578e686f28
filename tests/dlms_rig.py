"""A WM-E3S soft-gateway serving DLMS, with one M-Bus water meter read into register 8.0.1.0.0.255."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path

from app.gateway.runtime import SoftGateway
from app.sim.mbus_bus import MbusBusSimulator
from app.sim.mbus_meters import MeterSet, generated_meter
from app.transports import listen

DLMS_PASSWORD = "DLMS-pw-1"
CLIENT_SAP = 32
REGISTER = "8.0.1.0.0.255"


@contextlib.asynccontextmanager
async def dlms_gateway(state_dir: Path) -> AsyncIterator[tuple[SoftGateway, int]]:
    """The gateway and its DLMS port, once the first M-Bus readout is in."""
    bus = MbusBusSimulator(MeterSet([generated_meter(4, "31415926")]))
    bus_listener = await listen("tcp://127.0.0.1:0", bus.serve)
    gateway = SoftGateway.create_or_open(state_dir, model="wm-e3s-mbus", password="pw-dlms")
    store = gateway.server.store
    row = {
        "active": True,
        "medium": "water",
        "manufacturer": "",
        "dif_vif": "",
        "scale_unit": "",
        "obis": REGISTER,
        "read_interval": 0,
        "lp_object": "",
        "address": "4",
        "fields": "1",
        "mrid": "",
        "name": "kitchen",
    }
    store.apply(
        {
            "mbus.meters": [[row[c.key] for c in store.profile.by_key["mbus.meters"].columns]],
            "mbus.readout_time": 1,
            "dlms.server_auth": "low",
            "dlms.server_password": DLMS_PASSWORD,
            "dlms.server_client_address": CLIENT_SAP,
        }
    )
    try:
        await gateway.start_mbus(f"tcp://127.0.0.1:{bus_listener.port}")  # type: ignore[attr-defined]
        port = await gateway.start_dlms("127.0.0.1", port=0)
        assert port
        for _ in range(100):
            if gateway.readout.cycles:
                break
            await asyncio.sleep(0.05)
        yield gateway, port
    finally:
        await gateway.close()
        await bus_listener.close()
