"""Semicolon CSV in the CMe3100 style: a header row, then one row per value (or per event), UTF-8.

The CMe3100 value templates are not public; we keep its conventions (`;` separator, `.` decimals,
`YYYY-MM-DD hh:mm:ss` times, here in UTC, file names `<gateway>_<type>_<YYYYMMDDhhmmss>_<id>.csv`)
and carry every field a head-end needs to load the file without the gateway's meter list.
"""

from __future__ import annotations

import csv
import io
import time

from app.gateway.reports.model import Document, ReportContent, file_stamp
from app.gateway.storage import split_record_key

READING_COLUMNS = (
    "ReportId", "Gateway", "MeterAddress", "MeterId", "Manufacturer", "Version", "Medium",
    "Interface", "MeterName", "ReadingTime", "Quantity", "Function", "Storage", "Tariff", "Subunit",
    "Value", "Unit", "Status",
)  # fmt: skip
EVENT_COLUMNS = ("ReportId", "Gateway", "EventId", "Time", "Event", "Level", "MeterAddress", "Message")


def csv_time(ts: int) -> str:
    """`YYYY-MM-DD hh:mm:ss` (UTC)."""
    return time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(ts))


def render_csv(content: ReportContent) -> Document:
    """The whole report as one semicolon-separated file."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    if content.kind == "event":
        writer.writerow(EVENT_COLUMNS)
        for e in content.events:
            writer.writerow(
                (
                    content.message_id,
                    content.gateway,
                    e.id,
                    csv_time(e.at),
                    e.kind,
                    e.level,
                    e.meter,
                    e.message,
                )
            )
    else:
        writer.writerow(READING_COLUMNS)
        for data in content.meters:
            m = data.meter
            fixed = (
                content.message_id,
                content.gateway,
                m.address,
                m.serial,
                m.manufacturer,
                "" if m.version is None else m.version,
                "" if m.medium is None else m.medium,
                m.interface,
                m.name,
            )
            for r in data.readings:
                key = split_record_key(r.key)
                value = "" if r.value is None else r.value
                writer.writerow(
                    (
                        *fixed,
                        csv_time(r.ts),
                        key["quantity"],
                        key["function"],
                        key["storage"],
                        key["tariff"],
                        key["subunit"],
                        value,
                        r.unit,
                        r.status,
                    )
                )
    kind = "eventreport" if content.kind == "event" else "valuereport"
    return Document(
        message_id=content.message_id,
        body=out.getvalue().encode("utf-8"),
        content_type="text/csv; charset=utf-8",
        filename=f"{content.gateway}_{kind}_{file_stamp(content.created)}_{content.message_id}.csv",
    )
