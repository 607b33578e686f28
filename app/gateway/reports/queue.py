"""One report instance's persistent queue (tables `report_queue`, `report_state` of the gateway database).

A readings message is sealed when its report falls due: it covers every readout cycle committed since
the previous one. An event message is sealed when the event happens. Messages are delivered strictly
in `seq` order; `delivered_seq` is the "last delivered" marker and moves only after the server
acknowledged, so a crash re-sends (at least once) under the same message id. Message ids are
`<gateway>-<db>-<instance>-<seq>`: `db` is drawn when the database is created, so a new database
never reuses the ids of an old one.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
from dataclasses import dataclass

from app.gateway.storage import Event, EventKind, Storage

MAX_EVENTS = 1000  # pending event messages kept per instance; older ones are dropped


@dataclass(frozen=True, kw_only=True)
class QueuedMessage:
    """One message waiting for delivery."""

    instance: int
    seq: int
    kind: str  # "readings" | "event"
    message_id: str
    created: int
    first_readout: int | None = None
    last_readout: int | None = None
    readouts: int = 0
    event: Event | None = None


@dataclass(frozen=True, kw_only=True)
class QueueStatus:
    """What the GUI shows for a report instance."""

    instance: int
    pending: int
    pending_readouts: int
    delivered_seq: int
    last_success: int | None
    last_failure: int | None
    last_error: str


def database_token(storage: Storage) -> str:
    """A short random id of this database, made once (part of every message id)."""
    row = storage.db.execute("SELECT value FROM state WHERE key = 'db_token'").fetchone()
    if row is not None:
        return str(row[0])
    token = secrets.token_hex(3)
    with storage.transaction() as db:
        db.execute("INSERT OR IGNORE INTO state (key, value) VALUES ('db_token', ?)", (token,))
    return str(storage.db.execute("SELECT value FROM state WHERE key = 'db_token'").fetchone()[0])


class ReportQueue:
    """The queue of report instance `instance`; every change is one transaction."""

    def __init__(self, storage: Storage, instance: int, *, gateway: str) -> None:
        self.storage = storage
        self.instance = instance
        self.prefix = f"{gateway}-{database_token(storage)}-{instance}"
        if self._state() is None:  # a new instance starts with the readouts still to come
            with storage.transaction() as db:
                db.execute(
                    "INSERT INTO report_state (instance, next_seq, delivered_seq, sealed_readout) "
                    "VALUES (?, 1, 0, ?)",
                    (instance, storage.last_readout_id()),
                )

    def _state(self) -> tuple[int, int, int] | None:
        row = self.storage.db.execute(
            "SELECT next_seq, delivered_seq, sealed_readout FROM report_state WHERE instance = ?",
            (self.instance,),
        ).fetchone()
        return None if row is None else (int(row[0]), int(row[1]), int(row[2]))

    def seal(self, now: int, *, backlog: int) -> tuple[QueuedMessage | None, int]:
        """Queue the readouts committed since the last seal as one message; (it or None, readouts dropped)."""
        state = self._state()
        assert state is not None
        next_seq, _, sealed = state
        last = self.storage.last_readout_id()
        if last <= sealed:
            return None, 0
        count = self.storage.readout_count(sealed + 1, last)
        message = QueuedMessage(
            instance=self.instance,
            seq=next_seq,
            kind="readings",
            message_id=f"{self.prefix}-{next_seq}",
            created=now,
            first_readout=sealed + 1,
            last_readout=last,
            readouts=count,
        )
        with self.storage.transaction() as db:
            db.execute(
                "INSERT INTO report_queue (instance, seq, kind, message_id, created, first_readout, "
                "last_readout, readouts) VALUES (?, ?, 'readings', ?, ?, ?, ?, ?)",
                (self.instance, next_seq, message.message_id, now, sealed + 1, last, count),
            )
            db.execute(
                "UPDATE report_state SET next_seq = ?, sealed_readout = ? WHERE instance = ?",
                (next_seq + 1, last, self.instance),
            )
            dropped = self._enforce_backlog(db, backlog)
        return message, dropped

    def _enforce_backlog(self, db: sqlite3.Connection, backlog: int) -> int:
        """Drop the oldest readings messages beyond `backlog` readouts; clip the newest if it is larger."""
        rows = db.execute(
            "SELECT seq, readouts, first_readout, last_readout FROM report_queue "
            "WHERE instance = ? AND kind = 'readings' ORDER BY seq",
            (self.instance,),
        ).fetchall()
        total = sum(r[1] for r in rows)
        dropped = 0
        for seq, readouts, _, _ in rows[:-1]:
            if total <= backlog:
                break
            db.execute("DELETE FROM report_queue WHERE instance = ? AND seq = ?", (self.instance, seq))
            total -= readouts
            dropped += readouts
        if total > backlog and rows:
            seq, readouts, first, last = rows[-1]
            keep_from = db.execute(
                "SELECT id FROM readouts WHERE id BETWEEN ? AND ? ORDER BY id DESC LIMIT 1 OFFSET ?",
                (first, last, backlog - 1),
            ).fetchone()
            if keep_from is not None:
                db.execute(
                    "UPDATE report_queue SET first_readout = ?, readouts = ? WHERE instance = ? AND seq = ?",
                    (keep_from[0], backlog, self.instance, seq),
                )
                dropped += readouts - backlog
        return dropped

    def add_event(self, event: Event, now: int) -> QueuedMessage:
        """Queue one event message (event reports are not scheduled: they go out at once, in order)."""
        state = self._state()
        assert state is not None
        seq = state[0]
        payload = json.dumps(
            {"id": event.id, "at": event.at, "kind": event.kind, "level": event.level, "meter": event.meter,
             "message": event.message}
        )  # fmt: skip
        message_id = f"{self.prefix}-{seq}"
        with self.storage.transaction() as db:
            db.execute(
                "INSERT INTO report_queue (instance, seq, kind, message_id, created, payload) "
                "VALUES (?, ?, 'event', ?, ?, ?)",
                (self.instance, seq, message_id, now, payload),
            )
            db.execute("UPDATE report_state SET next_seq = ? WHERE instance = ?", (seq + 1, self.instance))
            db.execute(
                "DELETE FROM report_queue WHERE instance = ? AND kind = 'event' AND seq <= ("
                "SELECT seq FROM report_queue WHERE instance = ? AND kind = 'event' ORDER BY seq DESC "
                "LIMIT 1 OFFSET ?)",
                (self.instance, self.instance, MAX_EVENTS),
            )
        return QueuedMessage(
            instance=self.instance, seq=seq, kind="event", message_id=message_id, created=now, event=event
        )

    def pending(self, limit: int = 100) -> list[QueuedMessage]:
        """Undelivered messages, oldest first."""
        rows = self.storage.db.execute(
            "SELECT seq, kind, message_id, created, first_readout, last_readout, readouts, payload "
            "FROM report_queue WHERE instance = ? ORDER BY seq LIMIT ?",
            (self.instance, limit),
        ).fetchall()
        out = []
        for seq, kind, message_id, created, first, last, readouts, payload in rows:
            event = None
            if payload:
                doc = json.loads(payload)
                event = Event(
                    id=doc["id"], at=doc["at"], kind=doc["kind"], level=doc["level"], meter=doc["meter"],
                    message=doc["message"],
                )  # fmt: skip
            out.append(
                QueuedMessage(
                    instance=self.instance,
                    seq=seq,
                    kind=kind,
                    message_id=message_id,
                    created=created,
                    first_readout=first,
                    last_readout=last,
                    readouts=readouts,
                    event=event,
                )
            )
        return out

    def delivered(self, seq: int, now: int) -> None:
        """The server acknowledged message `seq`: move the marker and forget it."""
        with self.storage.transaction() as db:
            db.execute("DELETE FROM report_queue WHERE instance = ? AND seq <= ?", (self.instance, seq))
            db.execute(
                "UPDATE report_state SET delivered_seq = max(delivered_seq, ?), last_success = ?, "
                "last_error = '' WHERE instance = ?",
                (seq, now, self.instance),
            )

    def failed(self, now: int, error: str) -> None:
        """A delivery attempt failed (the message stays queued)."""
        with self.storage.transaction() as db:
            db.execute(
                "UPDATE report_state SET last_failure = ?, last_error = ? WHERE instance = ?",
                (now, error[:500], self.instance),
            )

    def status(self) -> QueueStatus:
        """Pending count and the last outcome."""
        db = self.storage.db
        pending, readouts = db.execute(
            "SELECT count(*), coalesce(sum(readouts), 0) FROM report_queue WHERE instance = ?",
            (self.instance,),
        ).fetchone()
        delivered, success, failure, error = db.execute(
            "SELECT delivered_seq, last_success, last_failure, last_error FROM report_state "
            "WHERE instance = ?",
            (self.instance,),
        ).fetchone()
        return QueueStatus(
            instance=self.instance,
            pending=pending,
            pending_readouts=readouts,
            delivered_seq=delivered,
            last_success=success,
            last_failure=failure,
            last_error=error,
        )


def backlog_event(storage: Storage, instance: int, dropped: int, backlog: int, now: int) -> Event:
    """Record that a report instance dropped its oldest readouts."""
    return storage.add_event(
        EventKind.REPORT_BACKLOG_DROPPED,
        f"report {instance}: {dropped} readout(s) dropped, more than {backlog} were waiting",
        at=now,
    )
