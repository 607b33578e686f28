"""The concentrator's data path: scheduled readout into the database, reports, and the gwcp queries on them.

Models whose profile has `readout.cycle` (gwterm-gw) run it. One loop reads on the `readout.cycle`
schedule: the M-Bus meter list through `MbusReadout.read_once`, plus whatever the wireless service
kept since the last cycle, and commits each cycle as one readout (`Storage.ingest`); meters that
become unreadable or readable again, failed decryptions and power loss become events, which the
report service sends at once. Everything here runs on the event loop's thread (the database is
not shared with other threads). See docs/reports.md and docs/scheduler.md.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from app.errors import ConfigFileError, GwtermError, ValidationError, ValidationErrors
from app.gateway.config_store import ConfigStore
from app.gateway.data_pages import reading_table, rows_that_fit
from app.gateway.eventlog import EventLog
from app.gateway.reports import QueueStatus, ReportConfig, ReportService, report_config, report_configs
from app.gateway.scheduler import Schedule
from app.gateway.storage import (
    DB_FILE,
    EventKind,
    Readout,
    Storage,
    readings_from_latest,
    readout_events,
)
from app.params.values import from_wire, validate_values

logger = logging.getLogger("gwterm.data")

READOUT_CYCLE = "readout.cycle"
FALLBACK_CYCLE = "@every 15m"
HEARTBEAT_SECONDS = 60.0
RETENTION_SECONDS = 86400.0
FIRST_RETENTION_SECONDS = 300.0
MAX_LIMIT = 1000  # rows (meters, events) per query reply, at most
SLOW_REPLY_SECONDS = 20.0  # a test-send or report-now answers within this (docs/gwcp.md)

Sources = Callable[[], tuple[Any, Any]]  # (MbusReadout | None, WmbusService | None), the current ones


def has_data_path(store: ConfigStore) -> bool:
    """Whether this model stores readings and sends reports (its profile has a readout cycle)."""
    return READOUT_CYCLE in store.profile.by_key


class DataPath:
    """Storage, scheduled readout and reports of one gateway; `start()` on the event loop, then `close()`."""

    def __init__(
        self,
        state_dir: Path,
        *,
        store: Callable[[], ConfigStore],
        events: EventLog,
        sources: Sources,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.state_dir = state_dir
        self.store = store
        self.events = events
        self.sources = sources
        self.clock = clock
        self.storage: Storage | None = None
        self.reports: ReportService | None = None
        self.schedule = Schedule.parse(FALLBACK_CYCLE)
        self.cycles = 0
        self.reading = False
        self.last_cycle_at: float | None = None
        self._failing: set[str] = set()
        self._bus_down = ""
        self._wake = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []
        self._side_tasks: set[asyncio.Task[Any]] = set()
        self._reconfiguring = asyncio.Lock()
        self._cycle = asyncio.Lock()  # one readout at a time: the scheduled one and READ_NOW take turns
        self.last_result: dict[str, Any] = {}

    # lifecycle

    @property
    def serial(self) -> str:
        """The gateway serial: report ids and topics, and the seed of `?` in schedules."""
        return self.store().identity.get("serial", "")

    async def start(self) -> None:
        """Open the database, note the boot (power events after a crash), start the readout and reports."""
        self.storage = Storage(self.state_dir / DB_FILE)
        boot = self.storage.record_boot(int(self.clock()))
        self.schedule = self._parse_schedule()
        self.reports = ReportService(
            self.storage,
            gateway=self.serial,
            configs=lambda: report_configs(self.store().typed_values()),
            secret=lambda key: self.store().secret(key),
            readout_schedule=lambda: self.schedule,
            gateway_name=lambda: str(self.store().typed_values().get("gw.name", "")),
            seed=self.serial,
            clock=self.clock,
        )
        self.reports.start()
        for event in boot:
            self.events.add("warning" if event.kind == EventKind.POWER_LOST else "info", event.message)
            self.reports.event(event)
        self._tasks = [
            asyncio.ensure_future(self._readout_loop()),
            asyncio.ensure_future(self._housekeeping()),
        ]

    async def reconfigure(self) -> None:
        """The configuration changed (or the gateway restarted): re-read the cycle, restart the reports."""
        async with self._reconfiguring:
            self.schedule = self._parse_schedule()
            self._wake.set()
            if self.reports is not None:
                await self.reports.reconfigure()

    async def close(self) -> None:
        """Stop the loops and the report tasks (queues stay in the database), then close the database."""
        tasks = [*self._tasks, *self._side_tasks]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._tasks.clear()
        if self.reports is not None:
            await self.reports.close()
        if self.storage is not None:
            self.storage.close()
            self.storage = None

    def _parse_schedule(self) -> Schedule:
        text = str(self.store().typed_values().get(READOUT_CYCLE) or FALLBACK_CYCLE)
        try:
            return Schedule.parse(text, seed=self.serial)
        except ValidationError as exc:
            self.events.add(
                "error", f"readout cycle '{text}' not usable ({exc.reason}); using {FALLBACK_CYCLE}"
            )
            return Schedule.parse(FALLBACK_CYCLE)

    # the readout loop

    async def _readout_loop(self) -> None:
        last_due = 0.0
        while True:
            now = self.clock()
            # max(): a timer that fires a little early must not read the same due time twice
            due = self.schedule.next_after(max(now, last_due))
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), max(0.0, due - now))
            if self.clock() < due:
                continue  # woken by a new readout.cycle (or a timer a little early): the due time again
            last_due = due
            try:
                await self.read_cycle(int(due))
            except GwtermError as exc:  # the database failed (disk full, …): try again next cycle
                self.events.add("error", f"readout not stored: {exc}")
            except Exception:  # a bug must not end the readout
                logger.exception("readout cycle failed")

    async def read_cycle(self, at: int) -> Readout | None:
        """One readout cycle: read, commit as one readout, record events, tell the reports."""
        async with self._cycle:
            return await self._read_cycle(at)

    async def _read_cycle(self, at: int) -> Readout | None:
        storage, reports = self.storage, self.reports
        if storage is None or reports is None:
            return None
        self.reading = True
        reports.readout_started()
        readout: Readout | None = None
        try:
            latest = await self._read_meters()
            meters, rows = readings_from_latest(latest)
            readout = storage.ingest(rows, meters, at=at)
            now = int(self.clock())
            for kind, level, meter, text in readout_events(latest, self._failing):
                reports.event(storage.add_event(kind, text, at=now, meter=meter, level=level))
            self.cycles += 1
            self.last_cycle_at = self.clock()
            self.last_result = {
                "readout": readout.id,
                "at": readout.at,
                "rows": readout.rows,
                "meters": len(latest),
                "failed": sum(1 for entry in latest if entry.get("ok") is False),
            }
        finally:
            self.reading = False
            reports.readout_finished(readout)
        return readout

    async def _read_meters(self) -> list[dict[str, Any]]:
        """The entries to store this cycle: the listed M-Bus meters just read, the wireless ones kept."""
        mbus, wmbus = self.sources()
        latest: list[dict[str, Any]] = []
        if mbus is not None:
            listed = [str(row.get("address", "")) for row in mbus.meters()]
            try:
                await mbus.read_once()
                if self._bus_down:
                    self.events.add("info", "M-Bus available again")
                    self._bus_down = ""
            except GwtermError as exc:  # the bus itself failed: every listed meter is unreadable
                if not self._bus_down:
                    self.events.add("warning", f"M-Bus not available: {exc}")
                self._bus_down = str(exc)
                stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(self.clock()))
                for address in listed:
                    previous = mbus.latest.get(address, {})
                    mbus.latest[address] = {
                        **previous,
                        "address": address,
                        "read_at": stamp,
                        "ok": False,
                        "error": f"M-Bus not available: {exc}",
                    }
            latest += [mbus.latest[a] for a in dict.fromkeys(listed) if a in mbus.latest]
        if wmbus is not None:
            latest += list(wmbus.latest.values())  # a telegram already stored is ignored as a duplicate
        return latest

    async def _housekeeping(self) -> None:
        """Heartbeat every minute (the power-lost time after a crash), retention daily."""
        next_retention = self.clock() + FIRST_RETENTION_SECONDS
        while True:
            await asyncio.sleep(HEARTBEAT_SECONDS)
            storage = self.storage
            if storage is None:
                return
            try:
                storage.heartbeat(int(self.clock()))
                if self.clock() >= next_retention:
                    next_retention = self.clock() + RETENTION_SECONDS
                    self.retain()
            except GwtermError as exc:
                self.events.add("error", f"database maintenance failed: {exc}")

    def retain(self) -> None:
        """Delete readings older than `storage.keep_days`, then the oldest beyond `storage.max_mb`."""
        if self.storage is None:
            return
        values = self.store().typed_values()
        days, megabytes = values.get("storage.keep_days"), values.get("storage.max_mb")
        result = self.storage.retain(
            now=int(self.clock()),
            max_age=int(days) * 86400 if isinstance(days, int) else None,
            max_bytes=int(megabytes) * 1024 * 1024 if isinstance(megabytes, int) else None,
        )
        if result.readings:
            self.events.add("info", f"retention deleted {result.readings} old reading(s)")

    # events from the rest of the gateway

    def add_event(self, kind: str, message: str, *, meter: str = "", level: str = "warning") -> None:
        """Record an event and queue it on the reports that send events."""
        if self.storage is None or self.reports is None:
            return
        try:
            event = self.storage.add_event(kind, message, at=int(self.clock()), meter=meter, level=level)
        except GwtermError as exc:
            self.events.add("error", f"event not stored: {exc}")
            return
        self.reports.event(event)

    def wmbus_problem(self, meter: str, state: str, name: str) -> None:
        """A listed wireless meter's telegram could not be used (no key, wrong key, corrupt)."""
        label = f"wireless meter {meter}" + (f" ({name})" if name else "")
        kind = EventKind.DECRYPTION_FAILED if "key" in state else EventKind.METER_UNREADABLE
        self.add_event(kind, f"{label}: {state}", meter=meter)

    def power_changed(self, lost: bool) -> None:
        """The supply failed (SIGUSR1) or came back (SIGUSR2)."""
        if lost:
            self.add_event(EventKind.POWER_LOST, "power lost")
        else:
            self.add_event(EventKind.POWER_RETURNED, "power returned", level="info")

    # gwcp queries (docs/gwcp.md: DATA, METERS, EVENTS, REPORT_STATUS, REPORT_TEST, REPORT_NOW)

    def _storage(self) -> Storage:
        if self.storage is None:
            raise ConfigFileError("the database is closed")
        return self.storage

    def query_readings(self, body: Mapping[str, Any]) -> dict[str, Any]:
        """DATA: one page of stored readings (as many as `limit` and one frame allow) and the next cursor;
        `form` "table" packs them (meter and key tables, time deltas) about five times denser."""
        meter = _optional_str(body, "meter")
        start, end = _optional_int(body, "from"), _optional_int(body, "to")
        limit = _limit(body)
        cursor = _reading_cursor(body.get("cursor"))
        form = body.get("form", "objects")
        if form not in ("objects", "table"):
            raise ValidationErrors({"form": "must be 'objects' or 'table'"})
        storage = self._storage()
        page, following = storage.readings_page(meter=meter, start=start, end=end, cursor=cursor, limit=limit)
        if form == "table":
            reply, fit = reading_table(page)
        else:
            rows = [
                {
                    "meter": r.meter,
                    "key": r.key,
                    "value": r.value,
                    "unit": r.unit,
                    "ts": r.ts,
                    "status": r.status,
                }
                for r in page
            ]
            fit = rows_that_fit(rows, overhead=len('{"next":null,"readings":[]}') + 64)
            reply = {"readings": rows[:fit]}
        if fit < len(page):  # the frame is full: ask the database where the shorter page ends
            page, following = storage.readings_page(
                meter=meter, start=start, end=end, cursor=cursor, limit=fit
            )
        return {**reply, "next": _cursor_text(following)}

    def query_meters(self, body: Mapping[str, Any]) -> dict[str, Any]:
        """METERS: the meters the database knows, by address, one page."""
        limit = _limit(body)
        after = _optional_str(body, "cursor")
        storage = self._storage()
        listed = [m for m in storage.meters() if after is None or m.address > after]
        rows = [
            {
                "address": m.address,
                "name": m.name,
                "interface": m.interface,
                "serial": m.serial,
                "manufacturer": m.manufacturer,
                "version": m.version,
                "medium": m.medium,
                "last": storage.last_reading_at(m.address),
            }
            for m in listed[:limit]
        ]
        fit = rows_that_fit(rows, overhead=len('{"meters":[],"next":""}') + 64)
        more = fit < len(listed)
        rows = rows[:fit]
        return {"meters": rows, "next": rows[-1]["address"] if more and rows else None}

    def query_events(self, body: Mapping[str, Any]) -> dict[str, Any]:
        """EVENTS: recorded events after the cursor (an event id), oldest first, one page."""
        limit = _limit(body)
        after_text = _optional_str(body, "cursor")
        if after_text is not None and not after_text.isdigit():
            raise ValidationErrors({"cursor": "not a cursor this device gave"})
        after = int(after_text or 0)
        events = self._storage().events(after=after, limit=limit + 1)
        rows = [
            {"id": e.id, "at": e.at, "kind": e.kind, "level": e.level, "meter": e.meter, "message": e.message}
            for e in events[:limit]
        ]
        fit = rows_that_fit(rows, overhead=len('{"events":[],"next":""}') + 64)
        more = fit < len(events)
        rows = rows[:fit]
        return {"events": rows, "next": str(rows[-1]["id"]) if more and rows else None}

    def report_status(self) -> dict[str, Any]:
        """REPORT_STATUS: the readout cycle and every report instance's settings and queue."""
        storage, reports = self._storage(), self.reports
        assert reports is not None
        last_id = storage.last_readout_id()
        last = storage.readout(last_id) if last_id else None
        now = self.clock()
        out = []
        for config in report_configs(self.store().typed_values()):
            # a queue starts when it is made: never make one for an instance that is not enabled
            known = storage.db.execute(
                "SELECT 1 FROM report_state WHERE instance = ?", (config.instance,)
            ).fetchone()
            status = reports.queue(config.instance).status() if config.enabled or known else None
            status = status or QueueStatus(
                instance=config.instance,
                pending=0,
                pending_readouts=0,
                delivered_seq=0,
                last_success=None,
                last_failure=None,
                last_error="",
            )
            out.append(
                {
                    "instance": status.instance,
                    "enabled": config.enabled,
                    "transport": config.transport,
                    "url": config.safe_url,
                    "format": config.format,
                    "cycle": config.cycle,
                    "events": config.events,
                    "pending": status.pending,
                    "pending_readouts": status.pending_readouts,
                    "delivered_seq": status.delivered_seq,
                    "last_success": status.last_success,
                    "last_failure": status.last_failure,
                    "last_error": status.last_error,
                }
            )
        return {
            "readout": {
                "cycle": str(self.store().typed_values().get(READOUT_CYCLE) or FALLBACK_CYCLE),
                "next": int(self.schedule.next_after(now)),
                "last": last.at if last is not None else None,
                "last_rows": last.rows if last is not None else 0,
                "reading": self.reading,
            },
            "reports": out,
        }

    def _test_config(self, body: Mapping[str, Any]) -> tuple[ReportConfig, str | None]:
        instance = body.get("instance")
        values = self.store().typed_values()
        numbers = [c.instance for c in report_configs(values)]
        if not isinstance(instance, int) or isinstance(instance, bool) or instance not in numbers:
            raise ValidationErrors({"instance": f"no report instance {instance!r} (1 … {len(numbers)})"})
        edited = body.get("values", {})
        if not isinstance(edited, dict):
            raise ValidationErrors({"values": "must map report parameter keys to values"})
        prefix = f"report{instance}."
        profile = self.store().profile
        password = body.get("password")
        if password is not None and not isinstance(password, str):
            raise ValidationErrors({"password": "must be a string"})
        typed: dict[str, Any] = {}
        errors: dict[str, str] = {}
        for key, wire in edited.items():
            spec = profile.by_key.get(key)
            if not key.startswith(prefix) or spec is None:
                errors[key] = f"not a parameter of report {instance}"
            elif spec.secret:
                password = str(wire)  # the edited password, when the tool sends it as a value
            else:
                try:
                    typed[key] = from_wire(spec, wire)
                except ValidationError as exc:
                    errors[key] = exc.reason
        if errors:
            raise ValidationErrors(errors)
        clean = validate_values(profile, typed)
        config = report_config({**values, **clean}, instance)
        try:
            config.check()
        except ValidationError as exc:
            raise ValidationErrors({exc.path: exc.reason}) from None
        return config, password

    async def report_test(self, body: Mapping[str, Any]) -> dict[str, Any]:
        """REPORT_TEST: send one test report with these (maybe unsaved) settings; the server's answer."""
        config, password = self._test_config(body)
        assert self.reports is not None
        try:
            answer = await asyncio.wait_for(
                self.reports.test_send(config, password=password), SLOW_REPLY_SECONDS
            )
        except TimeoutError:
            result = {
                "ok": False,
                "error": f"no answer from {config.safe_url} within {SLOW_REPLY_SECONDS:g} s",
            }
        except GwtermError as exc:
            result = {"ok": False, "error": str(exc)}
        else:
            result = {"ok": True, "answer": answer}
        self.events.add(
            "info" if result["ok"] else "warning",
            f"test report {config.instance} to {config.safe_url}: "
            + ("delivered" if result["ok"] else "failed"),
        )
        return result

    async def read_now(self) -> dict[str, Any]:
        """READ_NOW: read the meters outside the cycle and store the readout (a readout already running
        is the answer instead); waits at most SLOW_REPLY_SECONDS, the reading goes on after that."""
        work = self._when_idle() if self._cycle.locked() else self._read_and_tell(int(self.clock()))
        task = asyncio.ensure_future(work)
        self._side_tasks.add(task)
        task.add_done_callback(self._side_tasks.discard)
        done, _ = await asyncio.wait({task}, timeout=SLOW_REPLY_SECONDS)
        if task not in done:
            return {"in_progress": True}
        return {"in_progress": False, **task.result()}

    async def _read_and_tell(self, at: int) -> dict[str, Any]:
        await self.read_cycle(at)
        return self.last_result

    async def _when_idle(self) -> dict[str, Any]:
        async with self._cycle:
            return self.last_result

    async def report_now(self, body: Mapping[str, Any]) -> dict[str, Any]:
        """REPORT_NOW: seal what has been read and deliver it; waits at most SLOW_REPLY_SECONDS."""
        instance = body.get("instance")
        reports = self.reports
        assert reports is not None
        configs = {c.instance: c for c in report_configs(self.store().typed_values())}
        if not isinstance(instance, int) or isinstance(instance, bool) or instance not in configs:
            raise ValidationErrors({"instance": f"no report instance {instance!r} (1 … {len(configs)})"})
        if not configs[instance].enabled:
            raise ValidationErrors({f"report{instance}.enabled": "the report is not enabled"})
        try:
            configs[instance].check()
        except ValidationError as exc:
            raise ValidationErrors({exc.path: exc.reason}) from None
        task = asyncio.ensure_future(reports.report_now(instance))
        self._side_tasks.add(task)  # delivery goes on after the reply if it takes longer
        task.add_done_callback(self._side_tasks.discard)
        done, _ = await asyncio.wait({task}, timeout=SLOW_REPLY_SECONDS)
        error = task.exception() if task in done else None
        status = reports.queue(instance).status()
        return {
            "delivered": task in done and error is None and bool(task.result()),
            "in_progress": task not in done,
            "pending": status.pending,
            "last_error": str(error) if error is not None else status.last_error,
        }


def _optional_str(body: Mapping[str, Any], name: str) -> str | None:
    value = body.get(name)
    if value is not None and not isinstance(value, str):
        raise ValidationErrors({name: "must be a string or null"})
    return value


def _optional_int(body: Mapping[str, Any], name: str) -> int | None:
    value = body.get(name)
    if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
        raise ValidationErrors({name: "must be POSIX seconds (an integer) or null"})
    return value


def _limit(body: Mapping[str, Any]) -> int:
    limit = body.get("limit", MAX_LIMIT)
    if not isinstance(limit, int) or isinstance(limit, bool) or not 1 <= limit <= MAX_LIMIT:
        raise ValidationErrors({"limit": f"must be 1 … {MAX_LIMIT}"})
    return limit


def _cursor_text(cursor: Mapping[str, Any] | None) -> str | None:
    """The opaque DATA cursor: `ts:key id:meter address` (the address last: it may hold anything)."""
    if cursor is None:
        return None
    return f"{int(cursor['ts'])}:{int(cursor['key_id'])}:{cursor['meter']}"


def _reading_cursor(value: object) -> dict[str, Any] | None:
    if value is None:
        return None
    parts = value.split(":", 2) if isinstance(value, str) else []
    if len(parts) != 3 or not all(p.lstrip("-").isdigit() for p in parts[:2]):
        raise ValidationErrors({"cursor": "not a cursor this device gave"})
    return {"ts": int(parts[0]), "key_id": int(parts[1]), "meter": parts[2]}
