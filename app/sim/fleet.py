"""A fleet of soft-gateways in one process: loopback ports, link latency and loss, one discovery responder."""

from __future__ import annotations

import asyncio
import contextlib
import resource
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from app.devices.sms_dialects import MCP, WME_PASSWORD_KEY, dialect_for_model
from app.gateway.discovery import DiscoveryResponder
from app.gateway.runtime import SoftGateway
from app.gateway.scheduler import Schedule
from app.params.schema import ParamType
from app.sim.gsm_network import GsmNetwork
from app.sim.impaired_link import ImpairedStream
from app.sim.mbus_bus import MbusBusSimulator
from app.sim.mbus_meters import MeterSet
from app.sim.modem_emulator import ModemEmulator
from app.transports import Listener, listen
from app.transports.stream import Stream

PC_NUMBER = "+36209990001"  # the PC-side modem of `gwterm simulate --gsm`
GATEWAY_NUMBERS = "+3620100"  # gateway n answers at +3620100nnnn
SIM_READOUT_CYCLE = "@every 10s"  # simulated meters are read this often unless asked otherwise


@dataclass
class SimulatedFleet:
    """N gateways sharing a password; `urls` once started."""

    root: Path
    count: int
    model: str = "wm-e2s"
    password: str = "demo"
    base_port: int = 0
    latency: float = 0.0  # round trip, seconds
    loss: float = 0.0  # share of chunks dropped in each direction
    discovery_port: int | None = None
    firmware_keys: Path | None = None  # trust firmware signed with this key folder
    gsm: bool = False  # a virtual GSM network: a modem per gateway, the PC's modem on a pty
    meters: int = 0  # simulated M-Bus meters on a loopback bus per gateway (concentrator models)
    readout_cycle: str | None = None  # their readout.cycle (default SIM_READOUT_CYCLE)
    gateways: list[SoftGateway] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    responder: DiscoveryResponder | None = None
    network: GsmNetwork | None = None
    pc_modem: ModemEmulator | None = None
    numbers: dict[str, str] = field(default_factory=dict)  # state dir name → phone number
    buses: list[Listener] = field(default_factory=list)

    async def start(self) -> SimulatedFleet:
        """Create (or reopen) the state dirs and listen; also answer discovery if a port is given."""
        _raise_file_limit(self.count * (6 if self.model == "gwterm-gw" else 3) + 64)  # a database: 3 more
        for n in range(self.count):
            state = self.root / f"gw{n + 1:04d}"
            gateway = SoftGateway.create_or_open(
                state, model=self.model, password=self.password, simulated_radio=True
            )
            if self.firmware_keys is not None:
                gateway.firmware.install_trust(self.firmware_keys)
            if self.latency or self.loss:
                gateway.impairment = self._impair(n)
            port = self.base_port + n if self.base_port else 0
            listener = await gateway.serve(f"tcp://127.0.0.1:{port}")
            self.gateways.append(gateway)
            self.urls.append(f"tcp://127.0.0.1:{getattr(listener, 'port', port)}")
            if self.meters:
                await self._give_meters(gateway, n)
            await gateway.start_data()
        if self.gsm:
            await self._start_gsm()
        if self.discovery_port is not None:
            self.responder = DiscoveryResponder(
                lambda: [g.announcement() for g in self.gateways], host="127.0.0.1", port=self.discovery_port
            )
            self.discovery_port = await self.responder.start()
        return self

    async def _give_meters(self, gateway: SoftGateway, index: int) -> None:
        """`meters` simulated M-Bus meters on a loopback bus and on the meter list, read on a short cycle."""
        meter_set = MeterSet.generated(self.meters, seed=index + 1, live=True)
        url = f"loop://simbus-{id(self):x}-{index + 1}"
        self.buses.append(await listen(url, MbusBusSimulator(meter_set).serve))
        store = gateway.server.store
        columns = store.profile.by_key["mbus.meters"].columns
        rows = []
        for meter in meter_set.meters:
            known = {"active": True, "address": str(meter.primary), "name": f"meter {meter.primary}"}
            blank = {ParamType.BOOL: False, ParamType.INT: 0}
            rows.append(
                [
                    known.get(c.key, c.choices[0].value if c.choices else blank.get(c.type, ""))
                    for c in columns
                ]
            )
        values: dict[str, object] = {"mbus.meters": rows}
        cycle = self.readout_cycle or SIM_READOUT_CYCLE
        if "readout.cycle" in store.profile.by_key:
            values["readout.cycle"] = cycle
        elif "mbus.readout_time" in store.profile.by_key:  # a WM-E3S reads every N seconds
            values["mbus.readout_time"] = int(Schedule.parse(cycle).period_at(0))
        store.apply(values)
        await gateway.start_mbus(url)

    async def _start_gsm(self) -> None:
        """Each gateway answers calls and SMS on its own number; the password guards CSD and SMS too."""
        self.network = GsmNetwork()
        self.pc_modem = self.network.add(PC_NUMBER)
        for n, gateway in enumerate(self.gateways):
            number = f"{GATEWAY_NUMBERS}{n + 1:04d}"
            modem = self.network.add(number)
            store = gateway.server.store
            if WME_PASSWORD_KEY in store.profile.by_key:
                store.apply({WME_PASSWORD_KEY: self.password})
            self.numbers[gateway.state_dir.name] = number
            await gateway.start_modem(modem.url)
        for gateway in self.gateways:
            await asyncio.wait_for(gateway.modem.ready.wait(), 30)

    def gsm_urls(self, gateway: SoftGateway) -> dict[str, str]:
        """The `csd` and `sms` URLs of a gateway through the PC's modem (none without --gsm)."""
        number = self.numbers.get(gateway.state_dir.name)
        if number is None or self.pc_modem is None:
            return {}
        modem = quote(self.pc_modem.url, safe=":/")
        sms = f"sms://{number}?modem={modem}"
        if dialect_for_model(gateway.model) == MCP:
            sms += f"&model={gateway.model}"
        return {"number": number, "csd": f"csd://{number}?modem={modem}", "sms": sms}

    def _impair(self, index: int) -> Callable[[Stream], Stream]:
        def wrap(stream: Stream) -> Stream:
            return ImpairedStream(stream, one_way=self.latency / 2, loss=self.loss, seed=index)

        return wrap

    async def close(self) -> None:
        """Stop every gateway."""
        if self.responder is not None:
            self.responder.close()
        await asyncio.gather(*(g.close() for g in self.gateways), return_exceptions=True)
        for bus in self.buses:
            with contextlib.suppress(Exception):
                await bus.close()
        if self.network is not None:
            await self.network.close()


def _raise_file_limit(wanted: int) -> None:
    """Many gateways need many sockets: lift the soft limit of open files towards the hard one."""
    with contextlib.suppress(ValueError, OSError):
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
        if soft != resource.RLIM_INFINITY and soft < target:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
