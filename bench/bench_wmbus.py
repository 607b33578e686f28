"""Wireless M-Bus: telegrams decoded (and decrypted) per second, beside the wired decoder's figure.

Wireless: every wmbusmeters corpus telegram the decoder reads (`decode_telegram` + `wmbus_to_json`,
keys and compact-frame cache as in the corpus test). Decryption: the corpus telegrams decrypted with
their key, plus generated ones in security modes 5 and 7 and ELL AES-CTR. Wired, in the same run:
the libmbus frames (`parse_frame` + `decode_frame` + `telegram_to_json`). Best of several rounds.
A soft-gateway hearing a few hundred meters gets at most some tens of telegrams per second; the
targets leave a wide margin over that.
"""

from __future__ import annotations

import functools
import json
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from app.errors import GwtermError
from app.protocols.mbus.datatypes import Coding
from app.protocols.mbus.frames import LongFrame, parse_frame
from app.protocols.mbus.json_shape import telegram_to_json
from app.protocols.mbus.records import build_record
from app.protocols.mbus.telegram import decode_frame
from app.protocols.wmbus import FormatCache, decode_telegram, encode_telegram
from app.protocols.wmbus.json_shape import wmbus_to_json
from bench.common import Result

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
WMBUS_CASES = CORPORA / "wmbusmeters_cases.jsonl"
LIBMBUS = CORPORA / "libmbus" / "test-frames"
ROUNDS = 5
DECODE_TARGET = 2000.0  # telegrams/s
DECRYPT_TARGET = 1000.0
Sample = tuple[bytes, bytes | None]


def _corpus() -> tuple[list[Sample], list[Sample], FormatCache]:
    """Telegrams that decode (with their key), those among them that needed decrypting, a warm cache."""
    cache = FormatCache()
    plain: list[Sample] = []
    encrypted: list[Sample] = []
    for line in WMBUS_CASES.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        key_hex = case["key_hex"]
        key = bytes.fromhex(key_hex) if key_hex and len(key_hex) == 32 else None
        for text in [*case["preceding_telegrams_hex"], case["telegram_hex"]]:
            raw = bytes.fromhex(text)
            if raw[0] == 0x68:
                continue
            try:
                telegram = decode_telegram(raw, key=key, cache=cache)
            except GwtermError:
                continue
            plain.append((raw, key))
            if telegram.decrypted:
                encrypted.append((raw, key))
    return plain, encrypted, cache


def _generated() -> list[Sample]:
    """Encrypted telegrams in every mode the encoder speaks."""
    records = [
        build_record(vib=b"\x13", coding=Coding.INT32, value=Decimal("123.456")),
        build_record(vib=b"\x06", coding=Coding.BCD8, value=1234000),
        build_record(vib=b"\x59", coding=Coding.INT16, value=Decimal("45.67")),
        build_record(vib=b"\xfd\x17", coding=Coding.INT8, value=0),
    ]
    key = bytes(range(16))
    make = functools.partial(
        encode_telegram,
        manufacturer="ELV",
        meter_id="12345678",
        version=2,
        device_type=7,
        records=records,
        key=key,
    )
    return [
        (make(mode=5), key),
        (make(mode=7, message_counter=5), key),
        (make(ell=True, ell_encrypt=True), key),
    ]


def _rate(samples: list[Sample], cache: FormatCache, repeat: int) -> float:
    best = 0.0
    for _ in range(ROUNDS):
        start = time.perf_counter()
        for _ in range(repeat):
            for raw, key in samples:
                wmbus_to_json(decode_telegram(raw, key=key, cache=cache))
        best = max(best, repeat * len(samples) / (time.perf_counter() - start))
    return best


def _wired_rate(frames: list[bytes], repeat: int) -> float:
    def decode(raw: bytes) -> object:
        frame = parse_frame(raw)
        assert isinstance(frame, LongFrame)
        return telegram_to_json(decode_frame(frame))

    usable = []
    for raw in frames:
        try:
            decode(raw)
        except GwtermError:
            continue
        usable.append(raw)
    if not usable:
        return 0.0
    return _best(lambda: [decode(raw) for _ in range(repeat) for raw in usable], repeat * len(usable))


def _best(work: Callable[[], object], count: int) -> float:
    best = 0.0
    for _ in range(ROUNDS):
        start = time.perf_counter()
        work()
        best = max(best, count / (time.perf_counter() - start))
    return best


async def run() -> list[Result]:
    """Wireless decode and decrypt rates, and the wired decoder's rate in the same run."""
    if not WMBUS_CASES.is_file():
        return [
            Result(
                bench="wmbus_decode",
                metric="telegrams decoded/s",
                value=0.0,
                unit="/s",
                target=f">= {DECODE_TARGET:.0f}",
                passed=False,
                details={"error": f"wmbusmeters corpus not found at {WMBUS_CASES}"},
            )
        ]
    plain, encrypted, cache = _corpus()
    encrypted += _generated()
    decode_rate = _rate(plain, cache, 10)
    decrypt_rate = _rate(encrypted, cache, 50)
    wired_frames = [bytes.fromhex("".join(p.read_text().split())) for p in sorted(LIBMBUS.glob("*.hex"))]
    wired_rate = _wired_rate(wired_frames, 20) if wired_frames else 0.0
    return [
        Result(
            bench="wmbus_decode",
            metric="telegrams decoded/s",
            value=decode_rate,
            unit="/s",
            target=f">= {DECODE_TARGET:.0f}",
            passed=decode_rate >= DECODE_TARGET,
            details={
                "telegrams": len(plain),
                "includes": "decode_telegram + wmbus_to_json",
                "rounds": ROUNDS,
            },
        ),
        Result(
            bench="wmbus_decode",
            metric="encrypted telegrams decrypted+decoded/s",
            value=decrypt_rate,
            unit="/s",
            target=f">= {DECRYPT_TARGET:.0f}",
            passed=decrypt_rate >= DECRYPT_TARGET,
            details={
                "telegrams": len(encrypted),
                "modes": "corpus mode 5, generated mode 5, mode 7 (KDF+CMAC), ELL",
            },
        ),
        Result(
            bench="wmbus_decode",
            metric="wired frames decoded/s (same run)",
            value=wired_rate,
            unit="/s",
            target="",
            passed=True,
            details={"frames": len(wired_frames), "corpus": str(LIBMBUS)},
        ),
    ]


if __name__ == "__main__":
    import asyncio

    from bench.common import save

    save(asyncio.run(run()))
