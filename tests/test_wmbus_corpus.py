"""Conformance of the wireless M-Bus decoder against peer corpora (wmbusmeters driver tests, jMBus).

The corpus is read from ../shared/corpora (never copied here). Cases are processed in file order with
one FormatCache (it keys layouts by meter), so compact frames find the full frames sent before them;
a case's `preceding_telegrams_hex` go through first. Wired frames among the cases (68h start) go to
the wired decoder.

Expected values are wmbusmeters driver output, named `<what>_<unit>`; a value counts as found when a
decoded record of the same dimension holds it (units converted, wmbusmeters' 6-decimal rounding
allowed). Drivers also read manufacturer-specific bytes this decoder keeps raw by design, so the
share is asserted over "standard" cases: telegrams decoded in full whose records carry no
manufacturer-specific data, VIF 7Fh/FFh or compact profile. The overall share is printed beside it.
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from app.errors import GwtermError
from app.protocols.mbus.frames import parse_frame
from app.protocols.mbus.records import Function, Record
from app.protocols.mbus.telegram import decode_frame
from app.protocols.wmbus import (
    FormatCache,
    UnknownFormatError,
    WmbusError,
    WrongKeyError,
    decode_telegram,
)

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
CASES = CORPORA / "wmbusmeters_cases.jsonl"
JMBUS = CORPORA / "extracted" / "jmbus_vectors.json"

pytestmark = pytest.mark.skipif(
    not CASES.is_file(), reason=f"wmbusmeters corpus not found at {CASES} (../shared/corpora)"
)

# expected-value suffix -> (dimensions our records may hold it in, factor from its unit to ours)
SUFFIXES: dict[str, tuple[tuple[str, ...], float]] = {
    "m3": (("m^3",), 1.0),
    "kwh": (("J",), 3.6e6),
    "mwh": (("J",), 3.6e9),
    "gj": (("J",), 1e9),
    "mj": (("J",), 1e6),
    "kj": (("J",), 1e3),
    "wh": (("J",), 3600.0),
    "kw": (("W",), 1e3),
    "w": (("W",), 1.0),
    "m3h": (("m^3/h",), 1.0),
    "lh": (("m^3/h",), 1e-3),
    "c": (("°C", "K"), 1.0),  # temperature differences are records in K
    "k": (("K",), 1.0),
    "v": (("V",), 1.0),
    "a": (("A",), 1.0),
    "hz": (("Hz",), 1.0),
    "bar": (("bar",), 1.0),
    "hca": (("HCA",), 1.0),
    "rh": (("%",), 1.0),
    "kvarh": (("varh",), 1e3),
    "kvar": (("var",), 1e3),
    "kva": (("VA",), 1e3),
    "kvah": (("VAh",), 1e3),
    "h": (("s",), 3600.0),
    "s": (("s",), 1.0),
    "d": (("s",), 86400.0),
    "min": (("s",), 60.0),
    "y": (("s",), 31556952.0),
}
# our record units -> (dimension, factor to the dimension's unit)
OUR_UNITS = {
    "Wh": ("J", 3600.0),
    "J": ("J", 1.0),
    "J/h": ("W", 1 / 3600),
    "m^3/min": ("m^3/h", 60.0),
    "m^3/s": ("m^3/h", 3600.0),
}
STANDARD = "standard"


@dataclass
class Outcome:
    """What became of one corpus case."""

    index: int
    driver: str
    wired: bool
    expected: dict[str, Any]
    key: bytes | None
    crypto: str | None  # the research script's classification (our own check, not upstream's)
    id: str | None = None
    error: GwtermError | None = None
    decrypted: bool = False
    records: list[Record] = field(default_factory=list)
    category: str = STANDARD


def _cases() -> list[dict[str, Any]]:
    return [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines() if line.strip()]


def _manufacturer_content(records: Iterable[Record]) -> bool:
    for r in records:
        if r.function in (Function.MANUFACTURER_SPECIFIC, Function.MORE_RECORDS_FOLLOW):
            return True
        if r.vib and r.vib[0] & 0x7F == 0x7F:  # VIF 7Fh/FFh: manufacturer specific
            return True
        if any(q.endswith("compact_profile") for q in r.qualifiers):
            return True
    return False


@pytest.fixture(scope="module")
def outcomes() -> list[Outcome]:
    cache = FormatCache()
    results = []
    for index, case in enumerate(_cases()):
        key_hex = case["key_hex"]
        key = bytes.fromhex(key_hex) if key_hex and len(key_hex) == 32 else None
        raw = bytes.fromhex(case["telegram_hex"])
        out = Outcome(
            index=index,
            driver=case["driver"],
            wired=raw[0] == 0x68,
            expected=case["expected_json"],
            key=key,
            crypto=(case.get("derived_by_research_script") or {}).get("crypto"),
        )
        for text in [*case["preceding_telegrams_hex"], case["telegram_hex"]]:
            telegram = bytes.fromhex(text)
            last = text is case["telegram_hex"]
            try:
                if telegram[0] == 0x68:
                    wired = decode_frame(parse_frame(telegram))
                    out.records += wired.records
                    if last and wired.header is not None:
                        out.id = wired.header.id
                    continue
                w = decode_telegram(telegram, key=key, cache=cache)
            except WmbusError as exc:
                if last:
                    out.error = exc
                    out.id = exc.meter.id if exc.meter else None
                    out.category = type(exc).__name__
                continue
            except GwtermError as exc:
                if last:
                    out.error = exc
                    out.category = type(exc).__name__
                continue
            out.records += w.records
            if last:
                out.id = w.id
                out.decrypted = w.decrypted
                if w.telegram is None:
                    out.category = "manufacturer-specific CI"
                elif w.undecoded:
                    out.category = "undecoded tail"
        if out.category == STANDARD and _manufacturer_content(out.records):
            out.category = "manufacturer data in records"
        results.append(out)
    return results


def test_the_corpus_has_its_wired_and_wireless_cases(outcomes: list[Outcome]) -> None:
    wired = sum(o.wired for o in outcomes)
    print(f"\n{len(outcomes)} cases: {len(outcomes) - wired} wireless, {wired} wired frames")
    assert len(outcomes) > 200
    assert wired > 0


def test_the_id_matches_in_every_case(outcomes: list[Outcome]) -> None:
    mismatched = [
        (o.index, o.driver, o.id, o.expected["id"])
        for o in outcomes
        if (o.id or "").lower() != str(o.expected["id"]).lower()
    ]
    decoded = sum(o.error is None for o in outcomes)
    told_by_error = sum(o.error is not None for o in outcomes)
    print(
        f"\nids matched {len(outcomes) - len(mismatched)}/{len(outcomes)} "
        f"({decoded} decoded, {told_by_error} named by the error raised: "
        f"{dict(Counter(type(o.error).__name__ for o in outcomes if o.error))})"
    )
    assert not mismatched


def test_decryption_succeeds_whenever_the_key_works(outcomes: list[Outcome]) -> None:
    with_key = [o for o in outcomes if o.key is not None]
    decrypted = [o for o in with_key if o.decrypted]
    # the research script decrypted these with the corpus key (TPL mode 5, 2F2F check passed)
    must = [o for o in with_key if (o.crypto or "").endswith("decrypt_ok")]
    others = {o.driver: o.category for o in with_key if not o.decrypted}
    print(f"\ndecrypted {len(decrypted)}/{len(with_key)} cases with a key; not decrypted: {others}")
    assert not [o.index for o in with_key if isinstance(o.error, WrongKeyError)]
    assert must and all(o.decrypted and o.records for o in must), [o.index for o in must if not o.decrypted]


def _record_values(records: Iterable[Record]) -> dict[str, list[float]]:
    values: dict[str, list[float]] = defaultdict(list)
    for r in records:
        if isinstance(r.value, bool) or not isinstance(r.value, int | float | Decimal):
            continue
        dimension, factor = OUR_UNITS.get(r.unit, (r.unit, 1.0))
        values[dimension].append(float(r.value) * factor)
    return values


def _found(
    values: dict[str, list[float]], dimensions: tuple[str, ...], factor: float, expected: float
) -> bool:
    for dimension in dimensions:
        for ours in values.get(dimension, ()):
            in_their_unit = ours / factor
            # wmbusmeters prints 6 decimals
            if math.isclose(expected, in_their_unit, rel_tol=1e-6, abs_tol=5.1e-7):
                return True
    return False


def test_expected_values_appear_among_the_records(outcomes: list[Outcome]) -> None:
    tally: Counter[tuple[str, bool]] = Counter()
    missing = []
    for o in outcomes:
        values = _record_values(o.records)
        for name, expected in o.expected.items():
            if isinstance(expected, bool) or not isinstance(expected, int | float) or "_" not in name:
                continue
            suffix = name.rsplit("_", 1)[1]
            if suffix not in SUFFIXES:
                continue  # counters, factors, percentages, Kamstrup m3·°C: no unit to check
            dimensions, factor = SUFFIXES[suffix]
            found = _found(values, dimensions, factor, float(expected))
            tally[(o.category, found)] += 1
            if not found and o.category == STANDARD:
                missing.append((o.index, o.driver, name, expected))
    total = sum(tally.values())
    hits = sum(n for (_, found), n in tally.items() if found)
    std_hits, std_total = tally[(STANDARD, True)], tally[(STANDARD, True)] + tally[(STANDARD, False)]
    print(f"\nvalues found: {hits}/{total} = {hits / total:.1%} overall")
    print(f"standard cases: {std_hits}/{std_total} = {std_hits / std_total:.1%}")
    for category in sorted({c for c, _ in tally}):
        found_here, all_here = tally[(category, True)], tally[(category, True)] + tally[(category, False)]
        print(f"  {category:<34} found {found_here:>4} of {all_here}")
    for miss in missing:
        print(f"  missing in a standard case: {miss}")
    assert std_total > 400
    assert std_hits / std_total >= 0.95


# -- jMBus --------------------------------------------------------------------------------------


def _jmbus() -> list[dict[str, Any]]:
    if not JMBUS.is_file():
        return []
    vectors: list[dict[str, Any]] = json.loads(JMBUS.read_text(encoding="utf-8"))["vectors"]
    return vectors


@pytest.mark.skipif(not JMBUS.is_file(), reason=f"jMBus vectors not found at {JMBUS}")
@pytest.mark.parametrize(
    "vector", [v for v in _jmbus() if "compact frame" not in v["test"]], ids=lambda v: v["test"]
)
def test_jmbus_vector(vector: dict[str, Any]) -> None:
    raw = bytes.fromhex(vector["telegram_hex"])
    key = bytes.fromhex(vector["key_hex"]) if vector["key_hex"] else None
    expected = vector["expected"]
    if expected.get("raises"):
        with pytest.raises(WrongKeyError):
            decode_telegram(raw, key=key)
        return
    w = decode_telegram(raw, key=key)
    assert w.rssi is not None if vector["length_vs_L"] == 1 else w.rssi is None
    records = [r for r in w.records if r.function is not Function.MANUFACTURER_SPECIFIC]
    tolerance = expected.get("tolerance", 1e-9)
    for name, value in expected.items():
        if name == "manufacturer":
            assert w.header.manufacturer == value
        elif name == "device_id":
            assert int(w.id) == value
        elif name == "version":
            assert w.header.version == value
        elif name == "device_type":
            assert w.header.medium == int(value.split("(0x")[1].rstrip(")"), 16)
        elif name == "record_count":
            assert len(records) == value
        elif name.endswith(".scaled_value"):
            index = int(name[len("records[") : name.index("]")])
            assert records[index].value is not None
            assert abs(float(records[index].value) - value) <= tolerance  # type: ignore[arg-type]
        elif name.endswith(".function"):
            index = int(name[len("records[") : name.index("]")])
            assert records[index].function is {"INST_VAL": Function.INSTANTANEOUS}[value]
        elif name.endswith(".description"):
            index = int(name[len("records[") : name.index("]")])
            assert (
                records[index].quantity
                == {"ERROR_FLAGS": "error_flags", "ENERGY": "energy", "HCA": "hca"}[value]
            )


@pytest.mark.skipif(not JMBUS.is_file(), reason=f"jMBus vectors not found at {JMBUS}")
def test_jmbus_compact_frames_need_their_full_frame_first() -> None:
    vectors = {v["test"]: v for v in _jmbus()}
    for name in ("testShortKamstrup", "testShortKamstrupNew"):
        full = vectors[f"wireless/ShortTelegramTest.{name} (long frame, CI 78)"]
        compact = vectors[f"wireless/ShortTelegramTest.{name} (compact frame, CI 79)"]
        cache = FormatCache()
        with pytest.raises(UnknownFormatError):
            decode_telegram(bytes.fromhex(compact["telegram_hex"]), cache=cache)
        long_frame = decode_telegram(bytes.fromhex(full["telegram_hex"]), cache=cache)
        assert len(long_frame.records) == full["expected"]["record_count"]
        short = decode_telegram(bytes.fromhex(compact["telegram_hex"]), cache=cache)
        assert short.compact
        assert len(short.records) == compact["expected"]["record_count_after_long_frame_seen"]
        assert [r.vib for r in short.records] == [r.vib for r in long_frame.records]
