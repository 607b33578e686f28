"""`python -m bench` (make bench): run every benchmark, print a table, write bench/results/*.json."""

from __future__ import annotations

import asyncio
import sys

from bench import (
    bench_csd,
    bench_dlms,
    bench_firmware,
    bench_fleet,
    bench_gui,
    bench_gwcp,
    bench_mbus,
    bench_mbus_scan,
    bench_storage,
    bench_wmbus,
)
from bench.common import Result, save


async def _all() -> list[Result]:
    results: list[Result] = []
    for module in (
        bench_gwcp,
        bench_firmware,
        bench_gui,
        bench_mbus,
        bench_wmbus,
        bench_dlms,
        bench_csd,
        bench_mbus_scan,
        bench_fleet,
        bench_storage,
    ):
        results += await module.run()
    return results


def main() -> int:
    """Run all benchmarks; exit 1 if any misses its target."""
    results = asyncio.run(_all())
    save(results)
    return 0 if all(r.passed for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
