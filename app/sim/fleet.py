"""A fleet of soft-gateways in one process: loopback ports, link latency and loss, one discovery responder."""

from __future__ import annotations

import asyncio
import contextlib
import resource
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.gateway.discovery import DiscoveryResponder
from app.gateway.runtime import SoftGateway
from app.sim.impaired_link import ImpairedStream
from app.transports.stream import Stream


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
    gateways: list[SoftGateway] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    responder: DiscoveryResponder | None = None

    async def start(self) -> SimulatedFleet:
        """Create (or reopen) the state dirs and listen; also answer discovery if a port is given."""
        _raise_file_limit(self.count * 3 + 64)
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
        if self.discovery_port is not None:
            self.responder = DiscoveryResponder(
                lambda: [g.announcement() for g in self.gateways], host="127.0.0.1", port=self.discovery_port
            )
            self.discovery_port = await self.responder.start()
        return self

    def _impair(self, index: int) -> Callable[[Stream], Stream]:
        def wrap(stream: Stream) -> Stream:
            return ImpairedStream(stream, one_way=self.latency / 2, loss=self.loss, seed=index)

        return wrap

    async def close(self) -> None:
        """Stop every gateway."""
        if self.responder is not None:
            self.responder.close()
        await asyncio.gather(*(g.close() for g in self.gateways), return_exceptions=True)


def _raise_file_limit(wanted: int) -> None:
    """Many gateways need many sockets: lift the soft limit of open files towards the hard one."""
    with contextlib.suppress(ValueError, OSError):
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
        if soft != resource.RLIM_INFINITY and soft < target:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
