"""M-Bus application layer: decode throughput over the libmbus corpus, against pyMeterBus in the same run.

A frame counts as decoded when every record has its value and unit: for gwterm that is
`telegram_to_json(decode_frame(parse_frame(raw)))`, for pyMeterBus `meterbus.load(data=raw)` and
its `body.interpreted` (unit and value per record). Only frames both decode are timed; the best of
several rounds is kept for each side.
"""

from __future__ import annotations

import time
from pathlib import Path

from app.protocols.mbus.frames import LongFrame, parse_frame
from app.protocols.mbus.json_shape import telegram_to_json
from app.protocols.mbus.telegram import decode_frame
from bench.common import Result

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "libmbus" / "test-frames"
ROUNDS = 7
TARGET = 5.0


def _ours(raw: bytes) -> object:
    frame = parse_frame(raw)
    assert isinstance(frame, LongFrame)
    return telegram_to_json(decode_frame(frame))


def _theirs(raw: bytes) -> object:
    import meterbus  # type: ignore[import-untyped]

    frame = meterbus.load(data=raw)
    return frame.body.interpreted


def _frames() -> list[bytes]:
    frames = []
    for path in sorted(CORPUS.glob("*.hex")):
        frames.append(bytes.fromhex("".join(path.read_text().split())))
    return frames


def _both_decode(frames: list[bytes]) -> list[bytes]:
    usable = []
    for raw in frames:
        try:
            _ours(raw)
            _theirs(raw)
        except Exception:  # pyMeterBus raises anything on frames it cannot read; such frames are skipped
            continue
        usable.append(raw)
    return usable


def _rates(frames: list[bytes]) -> tuple[float, float]:
    """Best frames/s of each decoder; rounds alternate between them so both meet the same machine load."""
    best_ours = best_theirs = 0.0
    for _ in range(ROUNDS):
        for decode, repeat, is_ours in ((_ours, 20, True), (_theirs, 3, False)):
            start = time.perf_counter()
            for _ in range(repeat):
                for raw in frames:
                    decode(raw)
            rate = repeat * len(frames) / (time.perf_counter() - start)
            if is_ours:
                best_ours = max(best_ours, rate)
            else:
                best_theirs = max(best_theirs, rate)
    return best_ours, best_theirs


async def run() -> list[Result]:
    """Frames/s for gwterm and pyMeterBus over the same corpus frames, and their ratio."""
    try:
        import meterbus  # noqa: F401
    except ImportError:
        return [
            Result(
                bench="mbus_decode",
                metric="decode throughput vs pyMeterBus",
                value=0.0,
                unit="x",
                target=f">= {TARGET:.0f}",
                passed=False,
                details={"error": "pyMeterBus is not installed (.venv/bin/pip install pyMeterBus)"},
            )
        ]
    frames = _frames()
    if not frames:
        return [
            Result(
                bench="mbus_decode",
                metric="decode throughput vs pyMeterBus",
                value=0.0,
                unit="x",
                target=f">= {TARGET:.0f}",
                passed=False,
                details={"error": f"libmbus corpus not found at {CORPUS}"},
            )
        ]
    usable = _both_decode(frames)
    ours, theirs = _rates(usable)
    ratio = ours / theirs
    return [
        Result(
            bench="mbus_decode",
            metric="gwterm frames/s",
            value=ours,
            unit="/s",
            target="",
            passed=True,
            details={"frames": len(usable), "corpus_frames": len(frames), "rounds": ROUNDS},
        ),
        Result(
            bench="mbus_decode",
            metric="pyMeterBus frames/s",
            value=theirs,
            unit="/s",
            target="",
            passed=True,
            details={"frames": len(usable)},
        ),
        Result(
            bench="mbus_decode",
            metric="decode throughput vs pyMeterBus",
            value=ratio,
            unit="x",
            target=f">= {TARGET:.0f}",
            passed=ratio >= TARGET,
            details={
                "gwterm_frames_per_s": round(ours, 1),
                "pymeterbus_frames_per_s": round(theirs, 1),
                "frames_both_decode": len(usable),
                "corpus_frames": len(frames),
            },
        ),
    ]


if __name__ == "__main__":
    import asyncio

    from bench.common import save

    save(asyncio.run(run()))
