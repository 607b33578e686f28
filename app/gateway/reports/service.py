"""The report service: one task per enabled report instance: schedule → wait for the readout → seal → deliver.

Delivery is at least once and in order: a message leaves the queue only after the server acknowledged
it (HTTP status < 400, MQTT PUBACK/PUBCOMP or QoS 0 send, FTP/SFTP rename done, SMTP 250), and a
failed message blocks the ones behind it. Failed deliveries are retried by the CMe3100 adaptive table
(all retries end before the next due time); after that the message waits for the next due time, when
it goes out first, followed by the newer ones. Events are queued at once and sent at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable, Sequence

from app.errors import GwtermError, ValidationError
from app.gateway.reports import delivery, formats
from app.gateway.reports.config import READOUT_CYCLE, ReportConfig
from app.gateway.reports.model import Document, MeterData, ReportContent
from app.gateway.reports.queue import QueuedMessage, QueueStatus, ReportQueue, backlog_event
from app.gateway.reports.retry import adaptive_retries
from app.gateway.scheduler import ReadoutGate, Schedule
from app.gateway.storage import Event, Readout, Storage

logger = logging.getLogger("gwterm.reports")

FALLBACK_CYCLE = "@every 15m"


class ReportService:
    """Drives every report instance of one gateway from its storage; see docs/reports.md."""

    def __init__(
        self,
        storage: Storage,
        *,
        gateway: str,
        configs: Callable[[], Sequence[ReportConfig]],
        secret: Callable[[str], str],
        readout_schedule: Callable[[], Schedule | None] = lambda: None,
        gateway_name: Callable[[], str] = lambda: "",
        seed: str = "",
        clock: Callable[[], float] = time.time,
        timeout: float = delivery.DEFAULT_TIMEOUT,
        retry_scale: float = 1.0,
        max_wait: float = 600.0,
    ) -> None:
        self.storage = storage
        self.gateway = gateway
        self.configs = configs
        self.secret = secret
        self.readout_schedule = readout_schedule
        self.gateway_name = gateway_name
        self.seed = seed or gateway
        self.clock = clock
        self.timeout = timeout
        self.retry_scale = retry_scale
        self.gate = ReadoutGate(readout_schedule(), booted_at=clock(), max_wait=max_wait)
        self._queues: dict[int, ReportQueue] = {}
        self._pokes: dict[int, asyncio.Event] = {}
        self._tasks: dict[int, asyncio.Task[None]] = {}
        self._sending: dict[int, asyncio.Lock] = {}
        self._readout_changed = asyncio.Event()

    # lifecycle

    def start(self) -> None:
        """Start a task for every enabled, valid instance (call again after a config change: reconfigure)."""
        for config in self.configs():
            if not config.enabled:
                continue
            try:
                config.check()
            except ValidationError as exc:
                self._log("error", config.instance, f"report {config.instance} not started: {exc}")
                continue
            self.queue(config.instance)  # a new instance's queue starts here: with the readouts to come
            self._pokes[config.instance] = asyncio.Event()
            self._tasks[config.instance] = asyncio.ensure_future(self._worker(config))

    async def reconfigure(self) -> None:
        """Stop every instance task and start them from the current configuration; queues are kept."""
        await self.close()
        self.gate.readout = self.readout_schedule()
        self.start()

    async def close(self) -> None:
        """Stop every instance task (messages stay queued in the database)."""
        tasks = list(self._tasks.values())
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._tasks.clear()

    # inputs from the runtime

    def readout_started(self) -> None:
        """A readout cycle began: reports due from now wait for it."""
        self.gate.readout_started(self.clock())
        self._notify()

    def readout_finished(self, readout: Readout | None = None) -> None:
        """The readout cycle ended and its readings are committed (`Storage.ingest` returned `readout`)."""
        self.gate.readout_finished(self.clock())
        self._notify()

    def event(self, event: Event) -> None:
        """Queue an event message on every enabled instance that sends events, and send it at once."""
        now = int(self.clock())
        for config in self.configs():
            if config.enabled and config.events and config.instance in self._tasks:
                self.queue(config.instance).add_event(event, now)
                self._pokes[config.instance].set()

    # for the GUI / gwcp

    def queue(self, instance: int) -> ReportQueue:
        """The persistent queue of one instance."""
        if instance not in self._queues:
            self._queues[instance] = ReportQueue(self.storage, instance, gateway=self.gateway)
        return self._queues[instance]

    def status(self) -> list[QueueStatus]:
        """Pending messages and last outcome of every configured instance."""
        return [self.queue(c.instance).status() for c in self.configs()]

    async def test_send(self, config: ReportConfig, *, password: str | None = None) -> str:
        """Send one test report with these (maybe unsaved) settings; the server's answer, or GwtermError."""
        config.check()
        if password is None:
            password = self.secret(config.password_key)
        now = int(self.clock())
        message_id = f"{self.gateway}-test-{now}"
        last = self.storage.last_readout_id()
        meters = self._meters(last, last) if last else ()
        if meters:
            content = self._content(message_id, "readings", now, meters=meters)
        else:
            probe = Event(id=0, at=now, kind="test", level="info", meter="", message="gwterm test report")
            content = self._content(message_id, "event", now, events=(probe,))
        documents = self._render(config, content)
        return await delivery.send(
            config,
            documents,
            password=password,
            gateway=self.gateway,
            timeout=self.timeout,
        )

    async def report_now(self, instance: int) -> bool:
        """The "Report" button: seal what has been read and try to deliver it once; True if all went out."""
        config = next((c for c in self.configs() if c.instance == instance), None)
        if config is None:
            raise ValidationError(f"report{instance}", "no such report instance")
        self._seal(config.check(), int(self.clock()))
        return await self._attempt(config)

    # the instance task

    def _schedule(self, config: ReportConfig) -> Schedule:
        if config.cycle.strip() == READOUT_CYCLE:
            readout = self.readout_schedule()
            return readout if readout is not None else Schedule.parse(FALLBACK_CYCLE)
        return Schedule.parse(config.cycle, seed=f"{self.seed}:report{config.instance}")

    async def _worker(self, config: ReportConfig) -> None:
        try:
            schedule = self._schedule(config)
        except ValidationError as exc:
            self._log("error", config.instance, f"report {config.instance}: bad cycle: {exc}")
            return
        poke = self._pokes[config.instance]
        last_due = 0.0
        first = True
        while True:
            try:
                if first:  # whatever a previous run left queued goes out before anything new
                    first = False
                    await self._deliver(config, schedule, self.clock())
                    continue
                now = self.clock()
                # max(): a timer that fires a little early must not serve the same due time twice
                due = schedule.next_after(max(now, last_due))
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(poke.wait(), max(0.0, due - now))
                if poke.is_set():
                    poke.clear()
                    await self._attempt(config)  # an event: send now, no retries (the next due time retries)
                    continue
                last_due = due
                await self._wait_for_readout(due)
                self._seal(config, int(due))
                await self._deliver(config, schedule, due)
            except GwtermError as exc:  # the database failed (disk full, …): keep the task, try again later
                self._log("error", config.instance, f"report {config.instance}: {exc}")
                await asyncio.sleep(5.0)
            except Exception:  # a bug must not silently end reporting
                logger.exception("report %s: unexpected error", config.instance)
                await asyncio.sleep(5.0)

    def _seal(self, config: ReportConfig, at: int) -> QueuedMessage | None:
        message, dropped = self.queue(config.instance).seal(at, backlog=config.backlog)
        if dropped:
            event = backlog_event(self.storage, config.instance, dropped, config.backlog, at)
            self._log("warning", config.instance, event.message)
            self.event(event)
        return message

    async def _wait_for_readout(self, due: float) -> None:
        while not self.gate.ready(due, self.clock()):
            changed = self._readout_changed
            remaining = due + self.gate.max_wait - self.clock()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(changed.wait(), max(0.01, remaining))

    def _notify(self) -> None:
        self._readout_changed.set()
        self._readout_changed = asyncio.Event()

    async def _deliver(self, config: ReportConfig, schedule: Schedule, due: float) -> bool:
        """Try, then retry by the adaptive table while the next due time is not reached."""
        plan = adaptive_retries(schedule.period_at(due))
        for attempt in range(plan.retries + 1):
            if await self._attempt(config):
                return True
            if attempt == plan.retries:
                break
            spacing = plan.spacing * self.retry_scale
            if self.clock() + spacing >= schedule.next_after(self.clock()):
                break  # retries end before the next report; the values go with it
            await asyncio.sleep(spacing)
        return False

    async def _attempt(self, config: ReportConfig) -> bool:
        """Send queued messages in order until the queue is empty (True) or one fails (False)."""
        lock = self._sending.setdefault(config.instance, asyncio.Lock())
        async with lock:  # one sender per instance: the worker and the Report button never interleave
            return await self._send_pending(config)

    async def _send_pending(self, config: ReportConfig) -> bool:
        queue = self.queue(config.instance)
        while pending := queue.pending():
            password = self.secret(config.password_key)
            for message in pending:
                try:
                    documents = self._render(config, self._message_content(message))
                    if not documents:  # nothing to say (no meter had rows): nothing to send
                        queue.delivered(message.seq, int(self.clock()))
                        continue
                    answer = await delivery.send(
                        config, documents, password=password, gateway=self.gateway, timeout=self.timeout
                    )
                except GwtermError as exc:
                    queue.failed(int(self.clock()), str(exc))
                    self._log("warning", config.instance, f"report {config.instance} not delivered: {exc}")
                    return False
                queue.delivered(message.seq, int(self.clock()))
                logger.debug("report %s: %s delivered (%s)", config.instance, message.message_id, answer)
        return True

    # content

    def _meters(self, first: int, last: int) -> tuple[MeterData, ...]:
        return tuple(
            MeterData(meter=info, readings=tuple(rows))
            for info, rows in self.storage.readout_readings(first, last)
        )

    def _content(
        self,
        message_id: str,
        kind: str,
        created: int,
        *,
        meters: tuple[MeterData, ...] = (),
        events: tuple[Event, ...] = (),
    ) -> ReportContent:
        return ReportContent(
            message_id=message_id,
            kind=kind,
            gateway=self.gateway,
            gateway_name=self.gateway_name(),
            created=created,
            meters=meters,
            events=events,
        )

    def _message_content(self, message: QueuedMessage) -> ReportContent:
        if message.kind == "event" and message.event is not None:
            return self._content(message.message_id, "event", message.created, events=(message.event,))
        meters = self._meters(message.first_readout or 0, message.last_readout or 0)
        return self._content(message.message_id, "readings", message.created, meters=meters)

    def _render(self, config: ReportConfig, content: ReportContent) -> list[Document]:
        mqtt = config.transport == "mqtt"
        return formats.render(config.format, content, topic_prefix=config.path if mqtt else "", split=mqtt)

    def _log(self, level: str, instance: int, message: str) -> None:
        logger.log(logging.WARNING if level != "info" else logging.INFO, message)
        with contextlib.suppress(GwtermError):  # a failing database must not end the report task
            self.storage.log(level, f"report{instance}", message, now=self.clock())
