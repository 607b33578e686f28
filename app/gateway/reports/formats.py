"""Report formats by name: `json` / `xml` (MUC.one), `csv` (CMe3100 style), `gwterm-json` (ours)."""

from __future__ import annotations

from app.errors import ValidationError
from app.gateway.reports import csv_report, gwterm_json, muc
from app.gateway.reports.model import Document, ReportContent

DEFAULT_TOPIC_PREFIX = "gwterm"


def render(
    fmt: str, content: ReportContent, *, topic_prefix: str = "", split: bool = False
) -> list[Document]:
    """The documents of one report; `split` (MQTT) gives gwterm-json one document per meter or event."""
    prefix = topic_prefix.strip("/") or DEFAULT_TOPIC_PREFIX
    if fmt == "gwterm-json":
        if split:
            return gwterm_json.render_split(content, prefix)
        return [gwterm_json.render_batch(content, prefix)]
    renderers = {"json": muc.render_json, "xml": muc.render_xml, "csv": csv_report.render_csv}
    if fmt not in renderers:
        raise ValidationError("format", f"unknown report format '{fmt}'")
    document = renderers[fmt](content)
    return [
        Document(
            message_id=document.message_id,
            body=document.body,
            content_type=document.content_type,
            filename=document.filename,
            topic=prefix,
        )
    ]
