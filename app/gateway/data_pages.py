"""Reply pages that fit one gwcp frame: rows as JSON objects, or DATA's denser "table" form."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from app.gateway.storage import Reading
from app.protocols.gwcp.cipher import COUNTER_SIZE, TAG_SIZE
from app.protocols.gwcp.frame import MAX_PAYLOAD

REPLY_BUDGET = MAX_PAYLOAD - COUNTER_SIZE - TAG_SIZE  # a reply body fits one frame, sealed or not


def _json_size(item: object) -> int:
    return len(json.dumps(item, separators=(",", ":"), ensure_ascii=False).encode())


def reading_table(page: Sequence[Reading]) -> tuple[dict[str, Any], int]:
    """The DATA "table" form of as many rows of `page` as fit one reply, and how many that is.

    `meters` and `keys` ([key, unit]) are tables the rows index; a row is [meter, key, ts delta, value]
    (the delta from the previous row's ts, the first row's ts whole), with a fifth cell for a status
    other than ok."""
    meters: dict[str, int] = {}
    keys: dict[tuple[str, str], int] = {}
    rows: list[list[Any]] = []
    used = len('{"form":"table","keys":[],"meters":[],"next":null,"rows":[]}') + 64
    previous = 0
    for r in page:
        cost = 0
        if r.meter not in meters:
            cost += _json_size(r.meter) + 1
        if (r.key, r.unit) not in keys:
            cost += _json_size([r.key, r.unit]) + 1
        row: list[Any] = [
            meters.get(r.meter, len(meters)),
            keys.get((r.key, r.unit), len(keys)),
            r.ts - previous,
            r.value,
        ]
        if r.status != "ok":
            row.append(r.status)
        cost += _json_size(row) + 1
        if used + cost > REPLY_BUDGET and rows:
            break
        used += cost
        meters.setdefault(r.meter, len(meters))
        keys.setdefault((r.key, r.unit), len(keys))
        rows.append(row)
        previous = r.ts
    reply = {"form": "table", "meters": list(meters), "keys": [list(k) for k in keys], "rows": rows}
    return reply, len(rows)


def rows_that_fit(rows: list[dict[str, Any]], *, overhead: int) -> int:
    """How many rows, encoded as canonical JSON, fit a reply body next to `overhead` bytes."""
    used = overhead
    for count, row in enumerate(rows):
        size = len(json.dumps(row, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()) + 1
        if used + size > REPLY_BUDGET:
            return max(1, count)  # one row always goes: no row of a meter telegram comes near a frame
        used += size
    return len(rows)
