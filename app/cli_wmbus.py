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

from app.cli_common import MASTER_ENV, UsageError, known_master, master_password_available, open_keystore
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
        "wmbus",
        help="Wireless M-Bus: decode telegrams, listen on a receiver, simulate meters.",
        description="Wireless M-Bus (EN 13757-4, OMS).",
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
    a = actions.add_parser(
        "listen",
        help="Listen to a receiver (or a file of hex telegrams) and show every telegram heard.",
        description="SOURCE: a file of hex lines (rtl-wmbus style or plain), - for stdin, or a receiver URL: "
        "serial:///dev/ttyUSB0?receiver=im871a&mode=t1 (IMST iM871A stick, 57600 8N1) or "
        "tcp://host:port?receiver=hex|im871a. Keys come from the key store when "
        f"{MASTER_ENV} is set, and from --key.",
    )
    a.add_argument("source", help="file, - or receiver URL")
    a.add_argument(
        "--key", action="append", default=[], metavar="ID=HEX", help="a key for one meter id (repeatable)"
    )
    a.add_argument("--mode", default="t1", help="receiver link mode for the iM871A (t1, c1a, c1b, s1 …)")
    a.add_argument("--count", type=int, help="stop after this many telegrams")
    a.add_argument("--seconds", type=float, help="stop after this many seconds")
    a.add_argument("--json", action="store_true", help="one JSON line per telegram")
    a.set_defaults(func=cmd_listen)
    a = actions.add_parser("simulate", help="Simulated wireless meters heard through a simulated receiver.")
    a.add_argument("--meters", type=int, default=5)
    a.add_argument("--mode", type=int, default=5, choices=(0, 5, 7), help="security mode (default 5)")
    a.add_argument("--interval", type=float, default=10.0, help="seconds between a meter's telegrams")
    a.add_argument("--receiver", default="im871a", choices=("im871a", "hex"), help="what the receiver speaks")
    a.add_argument("--tcp", type=int, metavar="PORT", help="also on TCP (0 = a free port)")
    a.add_argument("--keys-out", type=Path, help="write the meters' keys as a CMe3100 sheet")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_simulate)


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
    """The key store's wM-Bus keys, when the store exists and opens without asking (environment, keyring)."""
    path = default_keystore_path()
    if not path.exists():
        return None
    master = known_master()
    if not master:
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


# -- listen and simulate ---------------------------------------------------------------------


def _listen_keys(args: argparse.Namespace) -> KeyLookup | None:
    """--key ID=HEX entries in front of the key store."""
    given: dict[str, bytes] = {}
    for item in args.key:
        ident, sep, text = item.partition("=")
        if not sep:
            raise UsageError(f"--key {item}: use ID=HEX")
        try:
            given[ident.strip().upper()] = parse_key(text)
        except ValueError as exc:
            raise UsageError(f"--key {item}: {exc}") from None
    store = _store_lookup()
    if not given:
        return store

    def lookup(manufacturer: str, meter_id: str, version: int, device_type: int) -> bytes | None:
        key = given.get(meter_id.upper())
        return (
            key if key is not None or store is None else store(manufacturer, meter_id, version, device_type)
        )

    return lookup


async def cmd_listen(args: argparse.Namespace) -> int:
    """gwterm wmbus listen: one line per telegram; Ctrl+C (or --count/--seconds) stops."""
    import asyncio  # noqa: PLC0415
    import time  # noqa: PLC0415

    from app.devices.session.wmbus import receive  # noqa: PLC0415
    from app.devices.wmbus_listen import Listener  # noqa: PLC0415

    listener = Listener(_listen_keys(args))
    heard = 0
    deadline = time.monotonic() + args.seconds if args.seconds else None

    async def run() -> None:
        nonlocal heard
        async for item in receive(args.source, mode=args.mode):
            meter, doc, error = listener.hear(item)
            heard += 1
            if args.json:
                line = {
                    "id": meter.id if meter else None,
                    "state": meter.state if meter else "corrupt",
                    "rssi_dbm": item.rssi,
                    "error": str(error) if error else None,
                    "telegram": doc,
                }
                print(json.dumps(line), flush=True)
            else:
                who = f"{meter.manufacturer} {meter.id} type {meter.device_type}" if meter else "(unreadable)"
                values = "; ".join(
                    f"{r['quantity']} {r['value']} {r['unit']}".strip()
                    for r in (doc or {}).get("records", [])[:4]
                )
                print(
                    f"{who:<28} {f'{item.rssi} dBm' if item.rssi is not None else '-':>8}  "
                    f"{meter.state if meter else 'corrupt':<11} {values or (str(error) if error else '')}",
                    flush=True,
                )
            if args.count and heard >= args.count:
                return

    try:
        if deadline is not None:
            await asyncio.wait_for(run(), max(0.0, deadline - time.monotonic()))
        else:
            await run()
    except TimeoutError:
        pass
    if not args.json:
        print(f"{heard} telegram(s) from {len(listener.meters)} meter(s)", file=sys.stderr)
    return EXIT_OK


async def cmd_simulate(args: argparse.Namespace) -> int:
    """gwterm wmbus simulate: meters on a pty pair (as an iM871A stick would present them) and TCP."""
    import asyncio  # noqa: PLC0415

    from app.sim.serial_line import VirtualSerialLine  # noqa: PLC0415
    from app.sim.wmbus_tx import SimulatedAir  # noqa: PLC0415
    from app.transports import listen, open_stream  # noqa: PLC0415

    air = SimulatedAir.generated(args.meters, mode=args.mode, interval=args.interval)
    air.receiver = args.receiver
    if args.keys_out:
        args.keys_out.write_text(air.keys_csv())
        args.keys_out.chmod(0o600)
    line = await VirtualSerialLine().start()
    stick = await open_stream(f"serial://{line.a}?baud=57600")
    tasks = [asyncio.ensure_future(air.serve(stick))]
    urls = {"serial": f"serial://{line.b}?baud=57600&receiver={args.receiver}"}
    if args.tcp is not None:
        listener = await listen(f"tcp://127.0.0.1:{args.tcp}", air.serve)
        urls["tcp"] = f"tcp://127.0.0.1:{getattr(listener, 'port', args.tcp)}?receiver={args.receiver}"
    info = {**urls, "meters": [m.id for m in air.meters]}
    print(json.dumps(info) if args.json else "\n".join(f"{k}: {v}" for k, v in urls.items()), flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        for task in tasks:
            task.cancel()
        await line.close()
    return EXIT_OK
