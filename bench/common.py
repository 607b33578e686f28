"""Benchmark plumbing: a result row, a table on stdout and a JSON file per benchmark."""

from __future__ import annotations

import json
import platform
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


@dataclass
class Result:
    """One measured figure and its target."""

    bench: str
    metric: str
    value: float
    unit: str
    target: str
    passed: bool
    details: dict[str, object] = field(default_factory=dict)


def save(results: list[Result]) -> None:
    """Print a table and write bench/results/<bench>.json for each benchmark."""
    RESULTS.mkdir(exist_ok=True)
    by_bench: dict[str, list[Result]] = {}
    for r in results:
        by_bench.setdefault(r.bench, []).append(r)
    for name, rows in by_bench.items():
        doc = {
            "bench": name,
            "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "machine": {"python": platform.python_version(), "system": platform.platform()},
            "results": [asdict(r) for r in rows],
        }
        (RESULTS / f"{name}.json").write_text(json.dumps(doc, indent=2) + "\n")
    width = max(len(f"{r.bench}: {r.metric}") for r in results)
    print(f"\n{'benchmark':<{width}}  {'value':>12}  {'target':<12} ok")
    for r in results:
        verdict = "yes" if r.passed else "NO"
        print(f"{r.bench + ': ' + r.metric:<{width}}  {r.value:>10.3f} {r.unit:<2} {r.target:<12} {verdict}")
