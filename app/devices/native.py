"""The native dialect: a device's parameter model over gwcp, typed both ways."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

from app.devices.profiles import load_profile
from app.devices.reconnect import until_back
from app.devices.session import GwcpSession, SessionOptions
from app.devices.stored_data import StoredEvent, StoredMeter, StoredReading, readings_from_table
from app.errors import RemoteProtocolError, TransportError
from app.params.schema import Profile
from app.params.values import Value, from_wire, to_wire
from app.transports import TraceHook


@dataclass(frozen=True, kw_only=True)
class WriteResult:
    """What a write did: the keys that changed, their values before (secrets excepted), a restart."""

    changed: list[str]
    previous: dict[str, Value]
    restarting: bool = False


@dataclass(frozen=True, kw_only=True)
class Reading:
    """Values read from a device; secrets are never read back, only whether they are set."""

    values: dict[str, Value]
    secrets_set: frozenset[str] = field(default_factory=frozenset)


class NativeDevice:
    """A logged-in device speaking gwcp, with its profile."""

    def __init__(self, session: GwcpSession, profile: Profile) -> None:
        self.session = session
        self.profile = profile
        self.restarting = False
        self._reconnect: tuple[str, str, SessionOptions | None, TraceHook | None] | None = None

    @classmethod
    async def connect(
        cls, url: str, password: str, options: SessionOptions | None = None, *, trace: TraceHook | None = None
    ) -> NativeDevice:
        """Connect, log in and load the profile of the model the device announces."""
        session = await GwcpSession.connect(url, password, options, trace=trace)
        try:
            profile = load_profile(str(session.device.get("model", "")))
        except BaseException:
            await session.close()
            raise
        device = cls(session, profile)
        device._reconnect = (url, password, options, trace)  # kept in memory only, to follow a restart
        return device

    async def follow_restart(self, *, timeout: float = 90.0, interval: float = 1.0) -> None:
        """The device is restarting: wait until it answers again and log in anew."""
        if self._reconnect is None:
            raise TransportError("this session cannot reconnect by itself")
        url, password, options, trace = self._reconnect
        await self.session.close(polite=False)
        self.session = await until_back(
            url,
            lambda: GwcpSession.connect(url, password, options, trace=trace),
            timeout=timeout,
            interval=interval,
        )
        self.restarting = False

    async def read(self, keys: list[str] | None = None) -> Reading:
        """Read the given keys, or all."""
        reply = await self.session.get(keys)
        raw = reply.get("values")
        if not isinstance(raw, dict):
            raise RemoteProtocolError("GET reply without values")
        values = {k: from_wire(self.profile.by_key[k], v) for k, v in raw.items() if k in self.profile.by_key}
        return Reading(values=values, secrets_set=frozenset(reply.get("secrets_set", [])))

    async def write(self, values: dict[str, Value]) -> list[str]:
        """Write a batch, all or nothing; the keys the device reports as changed."""
        return (await self.write_batch(values)).changed

    async def write_batch(self, values: dict[str, Value]) -> WriteResult:
        """Write a batch, all or nothing; what changed and what it was before."""
        wire = {
            k: to_wire(self.profile.by_key[k], v) if k in self.profile.by_key else v
            for k, v in values.items()
        }
        reply: dict[str, Any] = await self.session.set(wire)
        self.restarting = bool(reply.get("restarting"))
        if self._reconnect is not None and isinstance(values.get("sec.password"), str):
            url, _, options, trace = self._reconnect
            self._reconnect = (url, str(values["sec.password"]), options, trace)
        raw = reply.get("previous")
        raw_previous: dict[str, Any] = raw if isinstance(raw, dict) else {}
        previous = {
            k: from_wire(self.profile.by_key[k], v)
            for k, v in raw_previous.items()
            if k in self.profile.by_key
        }
        return WriteResult(
            changed=list(reply.get("changed", [])), previous=previous, restarting=self.restarting
        )

    async def info(self) -> dict[str, Any]:
        """Device information."""
        return await self.session.info()

    # stored data and reports (concentrators such as gwterm-gw; others answer DeviceError `unsupported`)

    async def latest_readings(self) -> dict[str, Any]:
        """The latest reading of every listed meter, and listen mode: `{"meters": [...], "heard": [...]}`."""
        return dict(await self.session.latest())

    async def stored_reading_pages(
        self, *, meter: str | None = None, start: int | None = None, end: int | None = None
    ) -> AsyncIterator[list[StoredReading]]:
        """Stored readings page by page (one DATA request each), by meter address then time."""
        cursor: str | None = None
        while True:
            reply = await self.session.data(meter=meter, start=start, end=end, cursor=cursor, form="table")
            if reply.get("form") == "table":
                rows = readings_from_table(reply)
            else:  # a device from before the table form answers with objects
                objects = reply.get("readings")
                if not isinstance(objects, list):
                    raise RemoteProtocolError("DATA reply without readings")
                rows = [StoredReading.from_wire(row) for row in objects]
            yield rows
            next_cursor = reply.get("next")
            if next_cursor is None or not rows:
                return
            cursor = str(next_cursor)

    async def stored_readings(
        self,
        *,
        meter: str | None = None,
        start: int | None = None,
        end: int | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> list[StoredReading]:
        """Every stored reading (of one meter; start <= ts <= end, POSIX seconds); progress(rows so far)."""
        out: list[StoredReading] = []
        async for page in self.stored_reading_pages(meter=meter, start=start, end=end):
            out += page
            if progress is not None:
                progress(len(out))
        return out

    async def stored_meters(self) -> list[StoredMeter]:
        """Every meter the device has stored readings of, by address."""
        out: list[StoredMeter] = []
        cursor: str | None = None
        while True:
            reply = await self.session.meters(cursor=cursor)
            rows = reply.get("meters")
            if not isinstance(rows, list):
                raise RemoteProtocolError("METERS reply without meters")
            out += [StoredMeter.from_wire(row) for row in rows]
            if reply.get("next") is None or not rows:
                return out
            cursor = str(reply["next"])

    async def stored_events(self, *, after: int = 0) -> list[StoredEvent]:
        """Recorded events with an id above `after`, oldest first."""
        out: list[StoredEvent] = []
        cursor = str(after) if after else None
        while True:
            reply = await self.session.events(cursor=cursor)
            rows = reply.get("events")
            if not isinstance(rows, list):
                raise RemoteProtocolError("EVENTS reply without events")
            out += [StoredEvent.from_wire(row) for row in rows]
            if reply.get("next") is None or not rows:
                return out
            cursor = str(reply["next"])

    async def report_status(self) -> dict[str, Any]:
        """`{"readout": {...}, "reports": [{instance, enabled, transport, url, …, pending, last_error}]}`."""
        return await self.session.report_status()

    async def report_test(
        self, instance: int, values: dict[str, Value] | None = None, *, password: str | None = None
    ) -> dict[str, Any]:
        """Test-send report `instance` with edited (unsaved) `reportN.*` values and password (None: stored).

        `{"ok": true, "answer": "HTTP/1.1 200 OK: stored"}` or `{"ok": false, "error": "…"}`;
        DeviceError (code `invalid`, `key_errors`) when a value is refused.
        """
        wire = {
            k: to_wire(self.profile.by_key[k], v) if k in self.profile.by_key else v
            for k, v in (values or {}).items()
        }
        return await self.session.report_test(instance, wire, password=password)

    async def report_now(self, instance: int) -> dict[str, Any]:
        """Send what report `instance` has waiting: `{delivered, in_progress, pending, last_error}`."""
        return await self.session.report_now(instance)

    async def read_now(self) -> dict[str, Any]:
        """Read the meters now and store it: `{in_progress, readout, at, rows, meters, failed}`."""
        return await self.session.read_now()

    async def close(self) -> None:
        """End the session."""
        await self.session.close()

    async def __aenter__(self) -> NativeDevice:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
