"""`gwterm wmbus decode` and the wM-Bus key commands of `gwterm keys` (import, export).

Exit codes as everywhere: 0 success, 1 a telegram that cannot be read (no key, wrong key, corrupt,
…), 2 bad input.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

from app.cli_common import MASTER_ENV, UsageError, master_password_available, open_keystore
from app.errors import ConfigFileError
from app.keys.store import KeyStore, default_keystore_path
from app.keys.wmbus_keys import ImportReport, export_csv, import_keys, key_table, parse_key, stored_keys
from app.protocols.mbus.telegram import MEDIUM_NAMES
from app.protocols.wmbus import KeyLookup, NoKeyError, WTelegram, decode_telegram
from app.protocols.wmbus.json_shape import wmbus_to_json

EXIT_OK, EXIT_DEVICE, EXIT_USAGE = 0, 1, 2


def register(sub: Any) -> None:
    """Add the `wmbus` command and its actions."""
    p = sub.add_parser(
        "wmbus", help="Wireless M-Bus: decode telegrams.", description="Wireless M-Bus (EN 13757-4, OMS)."
    )
    actions = p.add_subparsers(title="wM-Bus actions", metavar="ACTION")
    a = actions.add_parser(
        "decode",
        help="Decode a wireless M-Bus telegram (hex), decrypting it when a key is known.",
        description="Decode a telegram given as hex, with or without link-layer CRCs and RSSI byte. "
        f"Without --key, the key store is searched when it exists and {MASTER_ENV} is set.",
    )
    a.add_argument("hex", nargs="+", help="the telegram as hex (spaces allowed), or - to read it from stdin")
    a.add_argument("--key", help="the meter's AES-128 key, 32 hex digits")
    a.add_argument("--json", action="store_true", help="machine-readable output (the shape in DESIGN.md)")
    a.set_defaults(func=cmd_decode)


def register_keys(keys_actions: Any) -> None:
    """Add `keys import` and `keys export` to the `keys` command's actions."""
    k = keys_actions.add_parser(
        "import",
        help="Import wM-Bus keys from a CSV or XLSX sheet (CMe3100 or MUC.one columns).",
        description="Import wM-Bus keys. The whole sheet is checked first; every bad row is reported with "
        "its row and column, and the good rows are stored. Columns: Address, Key, Manufacturer, "
        "DeviceType, Version (CMe3100; -1 and * for any) or Interface; Serial; Encryption key; … (MUC.one).",
    )
    k.add_argument("file", type=Path, help="the sheet (.csv or .xlsx)")
    k.add_argument("--dry-run", action="store_true", help="check the sheet and report, store nothing")
    k.add_argument("--json", action="store_true", help="machine-readable output")
    k.set_defaults(func=cmd_keys_import)
    k = keys_actions.add_parser(
        "export",
        help="Export the wM-Bus keys as CSV (CMe3100 columns) for backup.",
        description="Write the wM-Bus keys as CSV in the CMe3100 columns; `keys import` reads it back. "
        "The file holds the keys in plain text: keep it safe.",
    )
    k.add_argument(
        "-o", "--output", default="-", help="file to write (created readable by you only); default stdout"
    )
    k.set_defaults(func=cmd_keys_export)


# -- decode ------------------------------------------------------------------------------------------


def _telegram_bytes(parts: list[str]) -> bytes:
    text = sys.stdin.read() if parts == ["-"] else " ".join(parts)
    clean = re.sub(r"\s|0x|0X|:", "", text)
    try:
        raw = bytes.fromhex(clean)
    except ValueError:
        raise UsageError("the telegram is not hex digits (spaces allowed)") from None
    if not raw:
        raise UsageError("the telegram is empty")
    return raw


def _store_lookup() -> KeyLookup | None:
    """The key store's wM-Bus keys, when the store exists and its master password is in the environment."""
    path = default_keystore_path()
    master = os.environ.get(MASTER_ENV)
    if not master or not path.exists():
        return None
    return key_table(KeyStore(path, master))


def cmd_decode(args: argparse.Namespace) -> int:
    """gwterm wmbus decode."""
    raw = _telegram_bytes(args.hex)
    key: bytes | None = None
    if args.key is not None:
        try:
            key = parse_key(args.key)
        except ValueError as exc:
            raise UsageError(f"--key: {exc}") from None
    keys = None if key is not None else _store_lookup()
    try:
        telegram = decode_telegram(raw, key=key, keys=keys)
    except NoKeyError as exc:
        hint = "give --key" if keys is not None else f"give --key, or import keys and set {MASTER_ENV}"
        raise NoKeyError(f"{exc.detail} ({hint})", meter=exc.meter) from None
    doc = wmbus_to_json(telegram)
    if args.json:
        print(json.dumps(doc))
    else:
        print_wmbus(telegram, doc)
    return EXIT_OK


def print_wmbus(telegram: WTelegram, doc: dict[str, Any]) -> None:
    """A decoded telegram as readable text."""
    link = telegram.link
    header = doc["header"]
    medium = header.get("medium")
    medium_name = MEDIUM_NAMES.get(medium, "") if isinstance(medium, int) else ""
    crcs = "link CRCs verified" if telegram.crc_checked else "no link CRCs"
    rssi = f", RSSI byte {telegram.rssi}" if telegram.rssi is not None else ""
    print(
        f"{header.get('manufacturer')} {header.get('id')}  version {header.get('version')}  "
        f"medium {medium} {medium_name}".rstrip()
    )
    print(
        f"  sent by {link.manufacturer_text} {link.id}, C-field {link.c_field:02X}h, "
        f"format {telegram.frame_format}, {crcs}{rssi}"
    )
    if telegram.encrypted:
        security = "decrypted with the key"
    elif telegram.security_mode:
        security = "not encrypted (decrypted by the sender)"
    else:
        security = "not encrypted"
    print(
        f"  CI {telegram.ci:02X}h  access {header.get('access_number')}  status {header.get('status')}  "
        f"security mode {telegram.security_mode}: {security}"
        + ("  (compact frame)" if telegram.compact else "")
    )
    if "manufacturer_data" in doc:
        print(f"  manufacturer-specific payload: {doc['manufacturer_data']}")
        return
    print(f"  {'function':<22} {'st':>3} {'tar':>3} {'sub':>3}  {'quantity':<26} value")
    for r in doc["records"]:
        where = f"{r['storage']:>3} {r['tariff']:>3} {r['subunit']:>3}"
        print(f"  {r['function']:<22} {where}  {r['quantity']:<26} {r['value']} {r['unit']}")
    if telegram.undecoded:
        print(f"  not decoded: {telegram.undecoded.hex().upper()} ({telegram.problem})")


# -- keys --------------------------------------------------------------------------------------------


def _open_store(*, must_exist: bool) -> KeyStore:
    """The key store, unlocked with $GWTERM_MASTER_PASSWORD or a password typed on the terminal."""
    if must_exist and not default_keystore_path().exists():
        raise ConfigFileError(f"no key store at {default_keystore_path()}")
    return open_keystore()


def _report_json(report: ImportReport) -> dict[str, Any]:
    return {
        "layout": report.layout,
        "imported": report.imported,
        "added": report.added,
        "replaced": report.replaced,
        "dry_run": report.dry_run,
        "errors": [{"row": e.row, "column": e.column, "reason": e.reason} for e in report.errors],
        "skipped": [{"row": row, "reason": why} for row, why in report.skipped],
    }


def cmd_keys_import(args: argparse.Namespace) -> int:
    """gwterm keys import: exit 0 when all rows were good, 2 when some were rejected (good ones stored)."""
    path: Path = args.file
    if not path.exists():
        raise ConfigFileError(f"{path}: no such file")
    store: KeyStore | None
    if args.dry_run:
        available = default_keystore_path().exists() and master_password_available()
        store = _open_store(must_exist=True) if available else None
    else:
        store = _open_store(must_exist=False)
    report = import_keys(store, path, dry_run=args.dry_run)
    if args.json:
        print(json.dumps(_report_json(report)))
    else:
        layout = "CMe3100" if report.layout == "cme3100" else "MUC.one"
        verb = "would import" if report.dry_run else "imported"
        print(
            f"{verb} {report.imported} key(s) from the {layout} sheet "
            f"({report.added} new, {report.replaced} replacing stored ones)"
        )
        if report.errors:
            print(f"{len(report.errors)} problem(s); those rows were not imported:", file=sys.stderr)
            for error in report.errors:
                print(f"  {error}", file=sys.stderr)
        for row, why in report.skipped:
            print(f"  row {row} skipped: {why}")
    return EXIT_USAGE if report.errors else EXIT_OK


def cmd_keys_export(args: argparse.Namespace) -> int:
    """gwterm keys export."""
    keys = stored_keys(_open_store(must_exist=True))
    text = export_csv(keys)
    if args.output == "-":
        sys.stdout.write(text)
        return EXIT_OK
    target = Path(args.output)
    tmp = target.with_name(f".{target.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)
    os.replace(tmp, target)
    print(f"exported {len(keys)} key(s) to {target}", file=sys.stderr)
    return EXIT_OK
