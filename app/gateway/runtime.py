"""The soft-gateway: a state dir, a config server, and the listeners it is reachable on."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.atomic import remove_stale_temp
from app.errors import ConfigFileError, TransportError
from app.gateway.config_store import CONFIG_FILE, ConfigStore
from app.gateway.device_info import SimulatedRadio
from app.gateway.eventlog import EventLog
from app.gateway.lockout import LoginGuard
from app.gateway.server import ConfigServer
from app.gateway.transfers import TransferReceiver
from app.transports import Listener, Stream, listen
from app.transports.url import parse_url


class SoftGateway:
    """One gateway's runtime state and servers."""

    def __init__(
        self, state_dir: Path, *, simulated_radio: bool = False, lock_seconds: float | None = None
    ) -> None:
        self.state_dir = state_dir
        remove_stale_temp(state_dir)
        store = ConfigStore(state_dir)
        guard = (
            LoginGuard(state_dir / "lockout.json")
            if lock_seconds is None
            else LoginGuard(state_dir / "lockout.json", base=lock_seconds)
        )
        self.events = EventLog(state_dir / "log.jsonl")
        radio = SimulatedRadio.for_serial(store.identity.get("serial", "")) if simulated_radio else None
        self.server = ConfigServer(
            store,
            guard,
            self.events,
            TransferReceiver(state_dir / "incoming"),
            radio=radio,
            on_restart=self.reload,
        )
        self.server.on_change = self._config_changed
        self.listeners: list[Listener] = []
        self._urls: dict[Listener, str] = {}
        self._connections: set[asyncio.Task[None]] = set()
        self._background: list[asyncio.Task[None]] = []
        self._side_listeners: list[Listener] = []  # not gwcp: kept across restarts
        self._closers: list[Callable[[], None]] = []
        self.readout: Any = None
        self.wmbus: Any = None
        self.dlms: Any = None
        self.modem: Any = None  # ModemFront, when the gateway has an AT modem
        self._wmbus_task: asyncio.Task[None] | None = None
        self.transparent: Listener | None = None
        self.meter_port: Any = None
        self.dlms_poller: Any = None
        self.data: Any = None  # DataPath: storage, scheduled readout and reports (gwterm-gw)
        self.impairment: Callable[[Stream], Stream] | None = None  # simulated latency and loss
        from app.gateway.firmware_service import FirmwareService  # noqa: PLC0415

        self.firmware = FirmwareService(
            state_dir / "firmware",
            model=store.profile.model,
            hardware_id=store.identity.get("hardware_id", ""),
        )
        self.server.firmware = self.firmware
        self.server.on_activate = self._activate_in_process

    @staticmethod
    def exists(state_dir: Path) -> bool:
        """Whether `state_dir` already holds a gateway."""
        return (state_dir / CONFIG_FILE).exists()

    @classmethod
    def create_or_open(
        cls, state_dir: Path, *, model: str | None, password: str | None, simulated_radio: bool = False
    ) -> SoftGateway:
        """Open an existing state dir, or create one (needs model and password)."""
        if not cls.exists(state_dir):
            if not model or not password:
                raise ConfigFileError(f"{state_dir}: new gateway needs --model and a password")
            ConfigStore.create(state_dir, model, password)
        gateway = cls(state_dir, simulated_radio=simulated_radio)
        if model and gateway.model != model:
            raise ConfigFileError(f"{state_dir}: holds a {gateway.model} gateway, not {model}")
        return gateway

    @property
    def model(self) -> str:
        """The device model this gateway behaves as."""
        return self.server.store.profile.model

    async def serve(self, url: str) -> Listener:
        """Answer gwcp at the URL (tcp, tls, loop, or a serial port)."""
        persistent = parse_url(url).scheme == "serial"

        async def handler(stream: Stream) -> None:
            if self.impairment is not None:
                stream = self.impairment(stream)
            task = asyncio.current_task()
            if task is not None:
                self._connections.add(task)
            try:
                await self.server.handle(stream, persistent=persistent)
            finally:
                if task is not None:
                    self._connections.discard(task)

        listener = await listen(url, handler)
        port = getattr(listener, "port", None)
        address = url.split("?", maxsplit=1)[0]
        bound = (
            url.replace(address, address.removesuffix(":0") + f":{port}", 1)
            if port and address.endswith(":0")
            else url
        )
        self.listeners.append(listener)
        self._urls[listener] = bound
        self.events.add("info", f"listening on {bound.split('?', maxsplit=1)[0]}")
        return listener

    def _activate_in_process(self) -> None:
        """Without a launcher (simulated gateways): the slot switch is a restart that confirms at once."""

        async def switch() -> None:
            await self.restart()
            self.confirm_started()

        self._background.append(asyncio.ensure_future(switch()))

    def confirm_started(self) -> None:
        """This process runs the pending slot and has started: the update stays."""
        state = self.firmware.slots.state()
        if state["pending"] and state["pending"]["slot"] == state["active"] and self.firmware.slots.confirm():
            self.events.add("info", f"firmware {self.firmware.running_version()} confirmed")
        elif state["last_error"]:
            self.events.add("warning", f"firmware update undone: {state['last_error']}")

    def announcement(self) -> dict[str, Any]:
        """What discovery answers for this gateway: model, serial, firmware, name, gwcp URL."""
        url = next(iter(self._urls.values()), "")
        return {
            "model": self.model,
            "serial": self.server.store.identity.get("serial", ""),
            "firmware": self.firmware.running_version(),
            "name": self.state_dir.name,
            "url": url.split("?", maxsplit=1)[0],
        }

    async def start_discovery(self, port: int) -> None:
        """Answer LAN discovery; a gateway reachable beyond loopback also announces itself every minute."""
        from app.gateway.discovery import DiscoveryResponder  # noqa: PLC0415

        hosts = {parse_url(u).host for u in self._urls.values() if parse_url(u).scheme in ("tcp", "tls")}
        local_only = hosts <= {"127.0.0.1", "localhost", "::1"}
        responder = DiscoveryResponder(
            lambda: [self.announcement()], host="127.0.0.1" if local_only else "0.0.0.0", port=port
        )
        try:
            await responder.start()
        except TransportError as exc:
            self.events.add("warning", f"no LAN discovery: {exc}")
            return
        if not local_only:
            responder.announce_every(60.0)
        self._closers.append(responder.close)

    async def start_mbus(self, bus_url: str, transparent_url: str | None = None) -> None:
        """Read the meter list from the bus at `bus_url`; optionally bridge it transparently over TCP."""
        from app.gateway.data_path import has_data_path  # noqa: PLC0415
        from app.gateway.mbus_readout import MbusReadout  # noqa: PLC0415
        from app.gateway.mbus_transparent import TransparentBridge  # noqa: PLC0415

        lock = asyncio.Lock()
        self.readout = MbusReadout(self.server.store, bus_url, self.events, lock)
        self._publish_readings()
        if not has_data_path(self.server.store):  # else the data path reads on readout.cycle
            self._background.append(asyncio.ensure_future(self.readout.run()))
            self.server.read_meters = self._read_mbus_now
        if transparent_url:
            bridge = TransparentBridge(self.readout.url(), lock, self.events)
            self.transparent = await listen(transparent_url, bridge.handle)
            self._side_listeners.append(self.transparent)
            self.events.add("info", f"transparent M-Bus on {transparent_url}")

    async def _read_mbus_now(self) -> dict[str, Any]:
        """READ_NOW on a gateway that keeps no readings: one pass over the meter list (the bus lock makes
        it wait for a cycle under way), then what the latest readings say."""
        readout = self.readout
        await readout.read_once()
        listed = [str(row.get("address", "")) for row in readout.meters()]
        latest = [readout.latest[a] for a in listed if a in readout.latest]
        return {"meters": len(latest), "failed": sum(1 for e in latest if e.get("ok") is False)}

    async def start_meter_port(self, meter_url: str, listen_urls: list[str] | None = None) -> list[str]:
        """Bridge the meter serial port to the primary and secondary transparent TCP ports; their URLs."""
        from app.gateway.meter_port import MeterPort, MeterSettings  # noqa: PLC0415

        values = self.server.store.typed_values()
        if listen_urls is None:
            host = next(
                (parse_url(u).host for u in self._urls.values() if parse_url(u).scheme == "tcp"), "127.0.0.1"
            )
            ports = [values.get("m2m.primary_port"), values.get("m2m.secondary_port")]
            listen_urls = [f"tcp://{host}:{port}" for port in ports if isinstance(port, int) and port > 0]
        self.meter_port = MeterPort(
            meter_url, lambda: MeterSettings.from_config(self.server.store.typed_values()), self.events
        )
        handlers = [self.meter_port.handle_primary, self.meter_port.handle_secondary]
        bound = []
        for url, handler in zip(listen_urls, handlers, strict=False):
            listener = await listen(url, handler)
            self._side_listeners.append(listener)
            port = getattr(listener, "port", None)
            bound.append(url.replace(":0", f":{port}", 1) if port and url.endswith(":0") else url)
        self.events.add("info", f"meter port {meter_url} on {', '.join(bound)}")
        return bound

    def start_dlms_poller(self, meter_url: str) -> bool:
        """Poll the meter's DLMS objects and push changes, if the model has a DLMS client; else False."""
        from app.gateway.dlms_poller import DlmsPoller  # noqa: PLC0415

        if "dlms.poll_interval" not in self.server.store.profile.by_key:
            return False

        def status(bit: int) -> None:
            if self.dlms is not None:
                self.dlms.status_bits |= 1 << (bit - 1)

        self.dlms_poller = DlmsPoller(
            self.server.store,
            self.events,
            meter_url,
            exclusive=self.meter_port.exclusive if self.meter_port is not None else None,
            on_status=status,
        )
        self._background.append(asyncio.ensure_future(self.dlms_poller.run()))
        return True

    async def start_dlms(self, host: str = "127.0.0.1", port: int | None = None) -> int | None:
        """Serve DLMS on `port` (0: any free one), else on dlms.server_port where the model has one and it
        is not 0 (unused); the bound port, or None when there is no DLMS server."""
        from app.gateway.dlms_server import DlmsServerService  # noqa: PLC0415
        from app.gateway.wmbus_service import readings_of  # noqa: PLC0415

        store = self.server.store
        if "dlms.server_port" not in store.profile.by_key:
            return None
        if port is None:
            configured = store.typed_values().get("dlms.server_port")
            if not isinstance(configured, int) or configured == 0:
                return None
            port = configured
        self.dlms = DlmsServerService(
            store,
            self.events,
            lambda: readings_of(self.readout, self.wmbus),
            serial=store.identity.get("serial", ""),
        )
        listener = await listen(f"tcp://{host}:{port}", self.dlms.handle)
        self._side_listeners.append(listener)
        bound = int(getattr(listener, "port", port))
        self.events.add("info", f"DLMS server on tcp://{host}:{bound}")
        return bound

    async def start_modem(self, modem_url: str, *, rings: int = 2) -> None:
        """Answer data calls (gwcp) and command SMS through the AT modem at `modem_url`."""
        from app.gateway.modem_front import ModemFront  # noqa: PLC0415

        self.modem = ModemFront(self, modem_url, rings=rings)
        self._background.append(asyncio.ensure_future(self.modem.run()))
        self.events.add("info", f"AT modem on {modem_url.split('?', maxsplit=1)[0]}")

    def power_changed(self, lost: bool) -> bool:
        """The supply failed or came back: LastGasp SMS if enabled and a modem is there; True if queued."""
        self.events.add("warning" if lost else "info", "power lost" if lost else "power returned")
        if self.data is not None:
            self.data.power_changed(lost)
        return bool(self.modem is not None and self.modem.power_changed(lost))

    def track_session(self, task: asyncio.Task[None]) -> None:
        """A session served outside the listeners (a data call): a restart ends it like the others."""
        self._connections.add(task)
        task.add_done_callback(self._connections.discard)

    def start_wmbus(self) -> bool:
        """Receive wireless meters if the model has a receiver configured; False if there is none."""
        from app.gateway.wmbus_service import WmbusService  # noqa: PLC0415

        store = self.server.store
        if "wmbus.receiver" not in store.profile.by_key or not store.typed_values().get("wmbus.receiver"):
            return False
        self.wmbus = WmbusService(store, self.events)
        self.wmbus.on_problem = self._wmbus_problem
        self._publish_readings()
        self._wmbus_task = asyncio.ensure_future(self.wmbus.run())
        self._background.append(self._wmbus_task)
        return True

    def _wmbus_problem(self, meter: str, state: str, name: str) -> None:
        if self.data is not None:
            self.data.wmbus_problem(meter, state, name)

    async def start_data(self) -> bool:
        """Store readings read on `readout.cycle`, send reports, if the model does (gwterm-gw); else False."""
        from app.gateway.data_path import DataPath, has_data_path  # noqa: PLC0415

        if self.data is not None or not has_data_path(self.server.store):
            return self.data is not None
        self.data = DataPath(
            self.state_dir,
            store=lambda: self.server.store,
            events=self.events,
            sources=lambda: (self.readout, self.wmbus),
        )
        await self.data.start()
        self.server.data = self.data
        return True

    def _config_changed(self, keys: list[str]) -> None:
        """A SET committed: the readout cycle and the reports follow their parameters at once."""
        if self.data is not None and any(k.startswith(("readout.", "report", "storage.")) for k in keys):
            self._background = [t for t in self._background if not t.done()]
            self._background.append(asyncio.ensure_future(self.data.reconfigure()))

    def _publish_readings(self) -> None:
        from app.gateway.wmbus_service import readings_of  # noqa: PLC0415

        self.server.readings = lambda: readings_of(self.readout, self.wmbus)
        self.server.heard = self.wmbus.heard if self.wmbus is not None else None

    def reload(self) -> None:
        """Restart as a device does (drop every session, reread the committed config, listen again)."""
        task = asyncio.ensure_future(self.restart())
        self._connections.discard(task)  # not a session: it must not cancel itself

    async def restart(self, *, boot_seconds: float = 0.5) -> None:
        """Close listeners and sessions, reload the config from disk, reopen the same addresses."""
        urls = [self._urls.get(listener, listener.url) for listener in self.listeners]
        for listener in self.listeners:
            with contextlib.suppress(Exception):
                await listener.close()
        self.listeners.clear()
        for task in list(self._connections):
            task.cancel()
        self.server.transfers.abort()
        self.server.store = ConfigStore(self.state_dir)
        if self.readout is not None:
            self.readout.store = self.server.store
        if self.dlms_poller is not None:
            self.dlms_poller.store = self.server.store
        if self.wmbus is not None:  # the receiver or its mode may have changed: listen anew
            from app.gateway.wmbus_service import cancel  # noqa: PLC0415

            cancel(self._wmbus_task)
            self.wmbus = None
            self.server.heard = None
        await asyncio.sleep(boot_seconds)
        for url in urls:
            await self.serve(url)
        self.start_wmbus()
        if self.data is not None:  # the same database; the cycle and reports from the reread config
            await self.data.reconfigure()
        self.events.add("info", "restarted with the committed configuration")

    async def close(self) -> None:
        """Stop every listener and background task, close the database (a clean stop) and the log."""
        for task in self._background:
            task.cancel()
        await asyncio.gather(*self._background, return_exceptions=True)
        await self.server.stop_side_work()
        if self.data is not None:
            await self.data.close()
            self.data = None
            self.server.data = None
        for side in self._side_listeners:
            with contextlib.suppress(Exception):
                await side.close()
        for closer in self._closers:
            closer()
        for listener in self.listeners:
            with contextlib.suppress(Exception):
                await listener.close()
        self.listeners.clear()
        self.server.transfers.abort()
        self.events.close()

    async def run_forever(self) -> None:
        """Serve until cancelled."""
        try:
            await asyncio.Event().wait()
        finally:
            await self.close()
