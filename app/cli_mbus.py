"""`gwterm mbus …`: scan, read, set-address, decode, and a simulated bus to try them on."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import Any

from app.cli_common import audit
from app.devices.session.mbus import MbusMaster, MbusOptions
from app.errors import DecodeError, GwtermError, ValidationError
from app.protocols.mbus.frames import CI_BAUD, LongFrame, parse_hex
from app.protocols.mbus.json_shape import telegram_to_json
from app.protocols.mbus.secondary import SecondaryAddress
from app.protocols.mbus.telegram import decode_frame, decode_user_data
from app.transports import Stream, open_stream
from app.transports.url import parse_url

MBUS_BAUDS = tuple(CI_BAUD)


def register(sub: Any) -> None:
    """Add the `mbus` command and its actions."""
    p = sub.add_parser(
        "mbus", help="Wired M-Bus: scan, read, set addresses, decode.", description="Wired M-Bus master."
    )
    actions = p.add_subparsers(title="M-Bus actions", metavar="ACTION")

    def bus_action(name: str, help_text: str) -> argparse.ArgumentParser:
        a = actions.add_parser(name, help=help_text, description=help_text)
        a.add_argument(
            "url",
            help="the bus: serial:///dev/ttyUSB0 (2400 8E1 unless given) or tcp://host:port (transparent)",
        )
        a.add_argument(
            "--baud", type=int, choices=MBUS_BAUDS, help="bus speed for serial ports (default 2400)"
        )
        a.add_argument(
            "--format", dest="data_format", help="serial data format (default 8E1; 8N1 for optical heads)"
        )
        a.add_argument(
            "--timeout", type=float, default=0.5, help="seconds until the first answer byte (default 0.5)"
        )
        a.add_argument("--retries", type=int, default=3, help="repeats of an unanswered request (default 3)")
        a.add_argument("--echo", action="store_true", help="the level converter echoes: drop the echo")
        a.add_argument("--wakeup", action="store_true", help="send a 0x55 wake-up preamble before requests")
        a.add_argument("--trace", action="store_true", help="print the traffic as hex on stderr")
        a.add_argument("--json", action="store_true", help="machine-readable output")
        parser: argparse.ArgumentParser = a
        return parser

    a = bus_action("scan", "Find the meters on the bus.")
    mode = a.add_mutually_exclusive_group(required=True)
    mode.add_argument("--primary", action="store_true", help="probe primary addresses 0-250")
    mode.add_argument("--secondary", action="store_true", help="wildcard search of secondary addresses")
    a.add_argument(
        "--scan-retries", type=int, default=0, help="repeats per probe during the scan (default 0)"
    )
    a.set_defaults(func=cmd_scan, command_key="mbus scan")
    a = bus_action("read", "Read all telegrams of one meter.")
    a.add_argument("address", help="primary address (0-250) or 16-hex / 8-digit secondary address")
    a.set_defaults(func=cmd_read, command_key="mbus read")
    a = bus_action("set-address", "Give a meter a new primary address.")
    a.add_argument("old", help="its current primary or secondary address")
    a.add_argument("new", type=int, help="the new primary address (1-250)")
    a.set_defaults(func=cmd_set_address, command_key="mbus set-address")
    a = actions.add_parser("decode", help="Decode RSP_UD frames (hex text) from a file or stdin.")
    a.add_argument("file", help="hex text file, or - for stdin; one frame per blank-line-separated block")
    a.add_argument("--json", action="store_true", help="machine-readable output (the shape in DESIGN.md)")
    a.set_defaults(func=cmd_decode)
    a = actions.add_parser("simulate", help="Run a simulated M-Bus with meters on a pty and/or TCP.")
    a.add_argument("--meters", type=int, default=10, help="generated meters (default 10)")
    a.add_argument("--prefix", default="", help="a common id prefix (makes secondary scans harder)")
    a.add_argument("--telegrams", type=int, default=1, help="telegrams per meter (multi-telegram reads)")
    a.add_argument("--frames", type=Path, help="also add one meter per .hex RSP_UD file in this folder")
    a.add_argument("--baud", type=int, default=2400, choices=MBUS_BAUDS, help="paced line rate on the pty")
    a.add_argument(
        "--tcp", type=int, metavar="PORT", help="also serve transparent M-Bus on this TCP port (0 = free)"
    )
    a.add_argument("--echo", action="store_true", help="echo requests like some level converters")
    a.add_argument("--json", action="store_true", help="print the URLs as one JSON line")
    a.set_defaults(func=cmd_simulate)


def bus_url(args: argparse.Namespace) -> str:
    """The bus URL with M-Bus defaults (2400 baud, 8E1) for serial ports."""
    url = parse_url(args.url)
    if url.scheme != "serial":
        return str(args.url)
    options = dict(url.options)
    if args.baud:
        options["baud"] = str(args.baud)
    options.setdefault("baud", "2400")
    if args.data_format:
        options["format"] = args.data_format
    options.setdefault("format", "8E1")
    return f"serial://{url.path}?" + "&".join(f"{k}={v}" for k, v in options.items())


async def _master(args: argparse.Namespace) -> MbusMaster:
    stream = await open_stream(bus_url(args))
    if args.trace:
        stream.subscribe(
            lambda d, b, t: print(f"{t:.3f} {'->' if d == 'tx' else '<-'} {b.hex(' ')}", file=sys.stderr)
        )
    options = MbusOptions(
        response_timeout=args.timeout,
        retries=args.retries,
        echo=args.echo,
        wakeup=args.wakeup,
        scan_retries=getattr(args, "scan_retries", 0),
    )
    return MbusMaster(stream, options)


def parse_address(text: str) -> int | SecondaryAddress:
    """A primary address (0-250) or a secondary address (8 or 16 hex digits)."""
    clean = text.strip()
    if clean.isdigit() and len(clean) <= 3:
        value = int(clean)
        if not 0 <= value <= 250:
            raise ValidationError("address", f"primary address {value} is outside 0-250")
        return value
    return SecondaryAddress.parse(clean)


async def cmd_scan(args: argparse.Namespace) -> int:
    """gwterm mbus scan."""
    master = await _master(args)
    tty = sys.stderr.isatty() and not args.json
    try:

        def progress(done: int, total: int, where: str) -> None:
            if tty:
                print(
                    f"\rscanning {where:<10} found so far: {done if not total else ''}",
                    end="",
                    file=sys.stderr,
                )

        if args.primary:
            meters = await master.scan_primary(progress=progress)
            stats: dict[str, Any] = {}
        else:
            meters, plan = await master.scan_secondary(progress=progress)
            stats = {
                "selects": plan.probes,
                "reads": plan.reads,
                "unresolved": [m.id for m in plan.unresolved],
            }
    finally:
        await master.close()
    if tty:
        print(file=sys.stderr)
    rows = [m.as_row() for m in meters]
    if args.json:
        print(json.dumps({"meters": rows, "transactions": master.counters.transactions, **stats}))
    else:
        print(f"{'primary':>7}  {'secondary':<16}  {'manufacturer':<12} {'version':>7} {'medium':>6}")
        for row in rows:
            if row["collision"]:
                print(f"{row['primary']:>7}  (several meters answer at this address)")
                continue
            cells = {
                k: "?" if row[k] is None else row[k]
                for k in ("secondary", "manufacturer", "version", "medium")
            }
            primary = "" if row["primary"] is None else row["primary"]
            versions = f"{cells['version']:>7} {cells['medium']:>6}"
            print(f"{primary:>7}  {cells['secondary']:<16}  {cells['manufacturer']:<12} {versions}")
        print(f"{len(rows)} meter(s), {master.counters.transactions} bus transactions")
    return 0


async def cmd_read(args: argparse.Namespace) -> int:
    """gwterm mbus read."""
    address = parse_address(args.address)
    master = await _master(args)
    try:
        frames = await master.read(address)
    finally:
        await master.close()
    telegrams = [telegram_to_json(decode_frame(f)) for f in frames]
    if args.json:
        print(json.dumps({"telegrams": telegrams}))
    else:
        for n, telegram in enumerate(telegrams, start=1):
            print_telegram(telegram, f"telegram {n} of {len(telegrams)}")
    return 0


async def cmd_set_address(args: argparse.Namespace) -> int:
    """gwterm mbus set-address."""
    if not 1 <= args.new <= 250:
        raise ValidationError("new", f"primary address {args.new} is outside 1-250")
    master = await _master(args)
    try:
        await master.set_primary_address(parse_address(args.old), args.new)
    except GwtermError as exc:
        audit(args, "mbus set-address", keys=[f"{args.old}->{args.new}"], result="failed", detail=str(exc))
        raise
    finally:
        await master.close()
    audit(args, "mbus set-address", keys=[f"{args.old}->{args.new}"])
    print(
        json.dumps({"address": args.new, "ok": True})
        if args.json
        else f"the meter now answers at primary address {args.new}"
    )
    return 0


def cmd_decode(args: argparse.Namespace) -> int:
    """gwterm mbus decode: one JSON document per frame (a list when there are several)."""
    text = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8")
    blocks = [b for b in text.replace("\r", "").split("\n\n") if b.strip()]
    out = []
    for n, block in enumerate(blocks, start=1):
        try:
            frame = parse_hex(block)
        except DecodeError as exc:
            raise DecodeError(f"frame {n}: {exc}") from None
        if isinstance(frame, LongFrame):
            out.append(telegram_to_json(decode_frame(frame)))
        else:
            raise DecodeError(f"frame {n}: not a long frame with user data")
    if args.json:
        print(json.dumps(out[0] if len(out) == 1 else out))
    else:
        for n, telegram in enumerate(out, start=1):
            print_telegram(telegram, f"frame {n}")
    return 0


def print_telegram(telegram: dict[str, Any], title: str) -> None:
    """A decoded telegram as a readable table."""
    header = telegram["header"]
    print(
        f"{title}: id {header.get('id')} {header.get('manufacturer')} version {header.get('version')} "
        f"medium {header.get('medium')} access {header.get('access_number')} status {header.get('status')}"
    )
    print(f"  {'function':<22} {'st':>3} {'tar':>3} {'sub':>3}  {'quantity':<26} value")
    for r in telegram["records"]:
        where = f"{r['storage']:>3} {r['tariff']:>3} {r['subunit']:>3}"
        print(f"  {r['function']:<22} {where}  {r['quantity']:<26} {r['value']} {r['unit']}")


async def cmd_simulate(args: argparse.Namespace) -> int:
    """gwterm mbus simulate: a bus on a paced pty pair, and optionally on TCP."""
    from app.sim.mbus_bus import MbusBusSimulator  # noqa: PLC0415
    from app.sim.mbus_meters import MeterSet, meter_from_hex  # noqa: PLC0415
    from app.sim.serial_line import VirtualSerialLine  # noqa: PLC0415
    from app.transports import listen  # noqa: PLC0415

    meters = MeterSet.generated(args.meters, prefix=args.prefix, telegrams=args.telegrams)
    if args.frames:
        used = {m.primary for m in meters.meters}
        for path in sorted(args.frames.glob("*.hex")):
            free = next(a for a in range(1, 251) if a not in used)
            try:
                meters.meters.append(meter_from_hex(free, path))
                used.add(free)
            except (ValueError, DecodeError) as exc:
                print(f"skipped {path.name}: {exc}", file=sys.stderr)
    bus = MbusBusSimulator(meters, echo=args.echo, byte_time=11 / args.baud)
    line = await VirtualSerialLine(baud=args.baud, bits_per_byte=11).start()
    # a pty carries no parity bit: both ends use 8N1; a real converter would use 8E1
    slave: Stream = await open_stream(f"serial://{line.a}?baud={args.baud}&format=8N1")
    tasks = [asyncio.ensure_future(bus.serve(slave))]
    urls = {"serial": f"serial://{line.b}?baud={args.baud}&format=8N1"}
    if args.tcp is not None:
        listener = await listen(f"tcp://127.0.0.1:{args.tcp}", bus.serve)
        urls["tcp"] = f"tcp://127.0.0.1:{getattr(listener, 'port', args.tcp)}"
    info = {
        **urls,
        "meters": [m.secondary.text() for m in meters.meters],
        "primary": [m.primary for m in meters.meters],
    }
    if args.json:
        print(json.dumps(info), flush=True)
    else:
        print(f"simulated M-Bus with {len(meters.meters)} meter(s)")
        for kind, url in urls.items():
            print(f"  {kind}: {url}")
        print("Ctrl+C stops it.", flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        for task in tasks:
            task.cancel()
        await line.close()
    return 0


def decode_hex_user_data(ci: int, text: str) -> dict[str, Any]:
    """Decode bare user data (after CI) for callers that hold no frame."""
    return telegram_to_json(decode_user_data(ci, bytes.fromhex(text)))
