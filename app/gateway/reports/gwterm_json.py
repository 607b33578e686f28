"""gwterm's own JSON report (docs/reports.md): stable message ids, one message per meter on MQTT.

Schema `gwterm-report/1`. Over MQTT every meter's readings are one message on `<prefix>/<gateway>/<meter>`
and every event one message on `<prefix>/<gateway>/events`; over HTTP, FTP, SFTP and e-mail the same
messages travel together in one `batch` document. A message id never changes between retries, so a
receiver that keeps the ids it has seen drops the duplicates at-least-once delivery can produce.
"""

from __future__ import annotations

import json
from typing import Any

from app.gateway.reports.model import Document, MeterData, ReportContent, file_stamp, topic_part, utc_text
from app.gateway.storage import Event, split_record_key

SCHEMA = "gwterm-report/1"
CONTENT_TYPE = "application/json"


def _meter_message(content: ReportContent, data: MeterData, prefix: str) -> dict[str, Any]:
    m = data.meter
    return {
        "schema": SCHEMA,
        "id": f"{content.message_id}-{m.address}",
        "kind": "readings",
        "gateway": content.gateway,
        "gateway_name": content.gateway_name,
        "created": utc_text(content.created),
        "topic": f"{prefix}/{topic_part(content.gateway)}/{topic_part(m.address)}",
        "meter": {
            "address": m.address,
            "name": m.name,
            "interface": m.interface,
            "id": m.serial,
            "manufacturer": m.manufacturer,
            "version": m.version,
            "medium": m.medium,
        },
        "readings": [
            {
                "time": utc_text(r.ts),
                "ts": r.ts,
                "key": r.key,
                **split_record_key(r.key),
                "value": r.value,
                "unit": r.unit,
                "status": r.status,
            }
            for r in data.readings
        ],
    }


def _event_message(content: ReportContent, event: Event, prefix: str) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "id": content.message_id,
        "kind": "event",
        "gateway": content.gateway,
        "gateway_name": content.gateway_name,
        "created": utc_text(content.created),
        "topic": f"{prefix}/{topic_part(content.gateway)}/events",
        "event": {
            "id": event.id,
            "time": utc_text(event.at),
            "ts": event.at,
            "kind": event.kind,
            "level": event.level,
            "meter": event.meter,
            "message": event.message,
        },
    }


def messages(content: ReportContent, prefix: str) -> list[dict[str, Any]]:
    """The messages of one report: one per meter, or one per event."""
    if content.kind == "event":
        return [_event_message(content, e, prefix) for e in content.events]
    return [_meter_message(content, m, prefix) for m in content.meters]


def _dump(doc: dict[str, Any]) -> bytes:
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()


def render_split(content: ReportContent, prefix: str) -> list[Document]:
    """One document per message (MQTT: each to its own topic)."""
    return [
        Document(
            message_id=msg["id"],
            body=_dump(msg),
            content_type=CONTENT_TYPE,
            filename=f"{msg['id']}.json",
            topic=msg["topic"],
        )
        for msg in messages(content, prefix)
    ]


def render_batch(content: ReportContent, prefix: str) -> Document:
    """All messages of one report in one `batch` document (HTTP body, file, attachment)."""
    doc = {
        "schema": SCHEMA,
        "id": content.message_id,
        "kind": "batch",
        "gateway": content.gateway,
        "gateway_name": content.gateway_name,
        "created": utc_text(content.created),
        "messages": messages(content, prefix),
    }
    kind = "eventreport" if content.kind == "event" else "valuereport"
    return Document(
        message_id=content.message_id,
        body=_dump(doc),
        content_type=CONTENT_TYPE,
        filename=f"{content.gateway}_{kind}_{file_stamp(content.created)}_{content.message_id}.json",
        topic=prefix,
    )
