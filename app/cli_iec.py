"""`gwterm iec …`: read and program IEC 62056-21 meters, decode captured readouts, simulate a meter."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import sys
from pathlib import Path
from typing import Any

from app.cli_common import UsageError, audit
from app.devices.session.iec import IecClient, IecOptions
from app.errors import GwtermError, LocalProtocolError, ValidationError
from app.protocols.iec62056_21 import (
    DataSet,
    Readout,
    SignOnRequest,
    capture_bytes,
    decode_capture,
)
from app.protocols.iec62056_21.modes import BAUD_MODE_C, INITIAL_BAUD, MODE_D_BAUD
from app.protocols.iec62056_21.readout import dataset_json

BAUDS = tuple(sorted(BAUD_MODE_C.values()))
MODES = ("A", "B", "C", "D")


def register(sub: Any) -> None:
    """Add the `iec` command and its actions."""
    p = sub.add_parser(
        "iec",
        help="IEC 62056-21 meters (optical/D0 port): read, program, decode, simulate.",
        description="IEC 62056-21 (direct local data exchange) reader.",
    )
    actions = p.add_subparsers(title="IEC actions", metavar="ACTION")

    def meter_action(name: str, help_text: str) -> argparse.ArgumentParser:
        a = actions.add_parser(name, help=help_text, description=help_text)
        a.add_argument(
            "url",
            help="the meter: serial:///dev/ttyUSB0 (300 Bd 7E1 unless given; with format=8N1 the parity "
            "is made in software) or tcp://host:port (a transparent gateway port)",
        )
        a.add_argument("--address", default="", help="device address for the sign-on (default: none)")
        a.add_argument(
            "--max-baud", type=int, default=19200, choices=BAUDS, help="fastest speed to switch to (mode C)"
        )
        a.add_argument(
            "--timeout", type=float, default=2.2, help="seconds until the meter answers (default 2.2)"
        )
        a.add_argument("--retries", type=int, default=2, help="further sign-on attempts (default 2)")
        a.add_argument(
            "--wakeup", action="store_true", help="battery meter: NUL characters before the sign-on"
        )
        a.add_argument("--trace", action="store_true", help="print the traffic on stderr")
        a.add_argument("--json", action="store_true", help="machine-readable output")
        parser: argparse.ArgumentParser = a
        return parser

    a = meter_action("read", "Read a meter's data readout.")
    a.add_argument(
        "--mode",
        type=str.upper,
        default="C",
        choices=MODES,
        help="A, B, C sign on (the meter's identification then decides); D listens at 2400 Bd (default C)",
    )
    a.set_defaults(func=cmd_read, command_key="iec read")
    a = meter_action("program", "Enter programming mode and read or write registers.")
    a.add_argument("--password", help="the P1 password (asked on a terminal when left out)")
    a.add_argument(
        "--read",
        dest="ops",
        action="append",
        type=lambda s: ("read", s),
        metavar="ADDR",
        help="R1 a register",
    )
    a.add_argument(
        "--write",
        dest="ops",
        action="append",
        type=lambda s: ("write", s),
        metavar="ADDR=VALUE[*UNIT]",
        help="W1 a register",
    )
    a.set_defaults(func=cmd_program, command_key="iec program")
    a = actions.add_parser(
        "decode", help="Decode a captured readout (raw bytes or hex text) from a file or stdin."
    )
    a.add_argument("file", help="capture file, or - for stdin")
    a.add_argument("--json", action="store_true", help="machine-readable output")
    a.set_defaults(func=cmd_decode)
    a = actions.add_parser("simulate", help="Run a simulated IEC meter on a pty pair and/or TCP.")
    a.add_argument("--mode", type=str.upper, default="C", choices=MODES, help="protocol mode (default C)")
    a.add_argument("--address", default="12345678", help="its device address (default 12345678)")
    a.add_argument("--password", default="00000000", help="its P1 password (default 00000000)")
    a.add_argument("--manufacturer", default="GWT", help="3-letter id; a lower-case third letter: 20 ms")
    a.add_argument("--baud", type=int, default=9600, choices=BAUDS, help="top speed it offers (default 9600)")
    a.add_argument("--hdlc", action="store_true", help="offer mode E (\\2) and accept the switch to HDLC")
    a.add_argument("--crc", action="store_true", help="mode D: end telegrams with a CRC-16 (DSMR P1 style)")
    a.add_argument("--interval", type=float, default=1.0, help="mode D: seconds between telegrams")
    a.add_argument("--reaction", type=float, default=0.2, help="seconds before each answer (tr, default 0.2)")
    a.add_argument("--fast", action="store_true", help="no line pacing on the pty (bytes move at once)")
    a.add_argument("--tcp", type=int, metavar="PORT", help="also serve on this TCP port (0 = free)")
    a.add_argument("--json", action="store_true", help="print the URLs as one JSON line")
    a.set_defaults(func=cmd_simulate)


def check_address(text: str) -> str:
    """A device address the sign-on can carry; ValidationError otherwise."""
    try:
        SignOnRequest(address=text).to_bytes()
    except LocalProtocolError as exc:
        raise ValidationError("address", str(exc)) from None
    return text


async def _client(args: argparse.Namespace) -> IecClient:
    """A reader on the URL; mode D opens serial ports straight at 2400 Bd."""
    options = IecOptions(answer_timeout=args.timeout, retries=args.retries, wakeup=args.wakeup)
    trace = None
    if args.trace:

        def trace(direction: str, data: bytes, when: float) -> None:
            arrow = "->" if direction == "tx" else "<-"
            print(f"{when:.3f} {arrow} {data.hex(' ')}  {data!r}", file=sys.stderr)

    start = MODE_D_BAUD if getattr(args, "mode", "") == "D" else INITIAL_BAUD
    return await IecClient.connect(args.url, options, default_baud=start, trace=trace)


async def cmd_read(args: argparse.Namespace) -> int:
    """gwterm iec read."""
    address = check_address(args.address)
    client = await _client(args)
    try:
        readout = await client.read_out(address, args.mode, args.max_baud)
    finally:
        await client.close()
    if args.json:
        print(json.dumps(readout.to_json()))
    else:
        print_readout(readout)
    return 0


def _write_op(text: str) -> tuple[str, str, str | None]:
    address, equals, value_text = text.partition("=")
    if not equals or not address:
        raise ValidationError("write", f"{text!r}: give ADDR=VALUE or ADDR=VALUE*UNIT")
    value, star, unit = value_text.partition("*")
    try:
        DataSet.of(address, value, unit if star else None).text()
    except LocalProtocolError as exc:
        raise ValidationError("write", str(exc)) from None
    return address, value, unit if star else None


async def cmd_program(args: argparse.Namespace) -> int:
    """gwterm iec program: P1, then the --read/--write operations in order, then B0."""
    address = check_address(args.address)
    ops: list[tuple[str, str]] = args.ops or []
    writes = {text: _write_op(text) for kind, text in ops if kind == "write"}
    password = args.password
    if password is None:
        if not sys.stdin.isatty():
            raise UsageError("give --password (no terminal to ask on)")
        password = getpass.getpass("Meter password (P1): ")
    client = await _client(args)
    results: list[dict[str, Any]] = []
    written: list[str] = []
    try:
        async with await client.program(password, address=address, max_baud=args.max_baud) as session:
            for kind, text in ops:
                if kind == "read":
                    results.append({"read": text, **dataset_json(await session.read_register(text))})
                else:
                    target, value, unit = writes[text]
                    await session.write_register(target, value, unit=unit)
                    written.append(target)
                    results.append({"write": target, "value": value, "unit": unit, "ok": True})
    except GwtermError as exc:
        if writes:
            audit(args, "iec program", keys=written, result="failed", detail=str(exc))
        raise
    finally:
        await client.close()
    if writes:
        audit(args, "iec program", keys=written)
    ident = client.identification.text() if client.identification else None
    if args.json:
        print(json.dumps({"identification": ident, "results": results}))
    else:
        print(f"{ident}: programming mode at {client.baud} Bd, password accepted")
        for row in results:
            if "read" in row:
                values = "".join(
                    f"({v['value']}{'*' + v['unit'] if v['unit'] else ''})" for v in row["values"]
                )
                print(f"  {row['address']}{values}")
            else:
                print(f"  {row['write']} := {row['value']}{'*' + row['unit'] if row['unit'] else ''}  ok")
    return 0


def cmd_decode(args: argparse.Namespace) -> int:
    """gwterm iec decode: one JSON document per readout found (a list when there are several)."""
    try:
        raw = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
    except OSError as exc:
        raise UsageError(f"{args.file}: cannot read ({exc.strerror or exc})") from None
    readouts = decode_capture(capture_bytes(raw))
    if args.json:
        shapes = [r.to_json() for r in readouts]
        print(json.dumps(shapes[0] if len(shapes) == 1 else shapes))
    else:
        for readout in readouts:
            print_readout(readout)
    for n, readout in enumerate(readouts, start=1):
        if not readout.block.check_ok:
            print(f"warning: readout {n} failed its {readout.block.check} check", file=sys.stderr)
    return 0


def print_readout(readout: Readout) -> None:
    """A readout as a readable table."""
    ident = readout.identification.text() if readout.identification else "(no identification)"
    how = f"mode {readout.mode}" if readout.mode else "mode ?"
    if readout.baud:
        how += f" at {readout.baud} Bd"
    check = {"bcc": "BCC", "crc16": "CRC", "none": "no check"}.get(readout.block.check, readout.block.check)
    status = "" if readout.block.check == "none" else (" ok" if readout.block.check_ok else " FAILED")
    print(f"{ident}  {how}, {check}{status}")
    print(f"  {'address':<18} {'value':<22} unit")
    for dataset in readout.registers:
        for n, value in enumerate(dataset.values):
            print(f"  {dataset.address if n == 0 else '':<18} {value.value:<22} {value.unit or ''}")
    for junk in readout.block.junk:
        print(f"  (not a data set: {junk!r})")


async def cmd_simulate(args: argparse.Namespace) -> int:
    """gwterm iec simulate: a meter on a pty pair (paced unless --fast), and optionally on TCP."""
    from app.sim.iec_meter import IecMeterSimulator, pty_baud  # noqa: PLC0415
    from app.sim.serial_line import SLICE_SECONDS, VirtualSerialLine  # noqa: PLC0415
    from app.transports import listen, open_stream  # noqa: PLC0415

    try:
        meter = IecMeterSimulator(
            mode=args.mode,
            manufacturer=args.manufacturer,
            max_baud=args.baud,
            address=args.address,
            password=args.password,
            hdlc=args.hdlc,
            mode_d_crc=args.crc,
            push_interval=args.interval,
            reaction_time=args.reaction,
        )
        ident = meter.identification().text()
    except (ValueError, LocalProtocolError) as exc:
        raise ValidationError("simulate", str(exc)) from None
    start_baud = MODE_D_BAUD if args.mode == "D" else INITIAL_BAUD
    line = await VirtualSerialLine(baud=None if args.fast else start_baud).start()

    def pace(baud: int) -> None:
        if not args.fast:  # the virtual cable follows the meter's speed, as the real line would
            line.seconds_per_byte = 10 / baud
            line.slice_bytes = max(1, int(baud / 10 * SLICE_SECONDS))

    # a pty carries no parity bit: both ends run 8N1 and make the 7E1 parity in software
    port = await open_stream(f"serial://{line.a}?baud={start_baud}&format=8N1")
    task = asyncio.ensure_future(
        meter.serve(port, software_parity=True, peer_baud=lambda: pty_baud(line.b), on_baud=pace)
    )
    urls = {"serial": f"serial://{line.b}?baud={start_baud}&format=8N1"}
    listener = None
    if args.tcp is not None:
        listener = await listen(f"tcp://127.0.0.1:{args.tcp}", meter.serve)
        urls["tcp"] = f"tcp://127.0.0.1:{getattr(listener, 'port', args.tcp)}"
    info = {
        **urls,
        "mode": args.mode,
        "identification": ident,
        "address": args.address,
        "password": args.password,
    }
    if args.json:
        print(json.dumps(info), flush=True)
    else:
        print(f"simulated IEC 62056-21 meter {ident}, mode {args.mode}")
        for kind, url in urls.items():
            print(f"  {kind}: {url}")
        print(f"  device address {args.address}, password {args.password}")
        print("Ctrl+C stops it.", flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        task.cancel()
        if listener is not None:
            await listener.close()
        await port.close()
        await line.close()
    return 0
