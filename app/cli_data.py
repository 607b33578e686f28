"""`gwterm data` (stored readings, or the latest ones) and `gwterm reports` (status, test-send, send now)."""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import sys
import time
from pathlib import Path
from typing import Any

from app.cli_common import UsageError, device_password
from app.devices.connect import connect_device
from app.devices.native import NativeDevice
from app.devices.session import SessionOptions
from app.devices.stored_data import (
    StoredMeter,
    StoredReading,
    iso_text,
    readings_csv,
    readings_json,
    write_readings_xlsx,
)
from app.errors import DeviceError, ValidationError, ValidationErrors
from app.params.values import Value, parse_text
from app.transports import TraceHook
from app.transports.url import parse_url

FORMATS = ("csv", "xlsx", "json")
DATA_HELP = "Export the meter readings a concentrator stores (or show the latest ones: --latest)."
REPORTS_HELP = "Report status, test-send and send-now of a concentrator's report instances."
_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def data_options(p: argparse.ArgumentParser) -> None:
    """The options of `gwterm data URL`."""
    p.add_argument("--meter", metavar="ID", help="only this meter (its address on the meter list)")
    p.add_argument(
        "--from", dest="start", metavar="ISO", help="from this time, e.g. 2026-11-01 (UTC unless +hh:mm)"
    )
    p.add_argument("--to", dest="end", metavar="ISO", help="up to this time; a date alone: to its end")
    p.add_argument("--format", choices=FORMATS, help="csv (default), xlsx (needs -o) or json; else from -o")
    p.add_argument("-o", "--output", metavar="FILE", help="write to this file instead of stdout")
    p.add_argument("--delimiter", default=";", help="CSV field separator (default ';', the CMe3100 style)")
    p.add_argument(
        "--latest", action="store_true", help="the latest reading of each listed meter instead (any model)"
    )
    p.add_argument(
        "--read-now",
        action="store_true",
        help="first read every listed meter now, outside the readout cycle, and store the readout",
    )


def register_reports(sub: Any) -> None:
    """Add `gwterm reports status|test|send URL …`."""
    p = sub.add_parser("reports", help=REPORTS_HELP, description=REPORTS_HELP)
    actions = p.add_subparsers(title="report actions", metavar="ACTION")

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        a: argparse.ArgumentParser = actions.add_parser(name, help=help_text, description=help_text)
        a.add_argument("url", help="connection URL of the gateway, e.g. tcp://10.0.0.7:9001")
        a.add_argument("--password", help="communication password (else the key store, else prompted)")
        a.add_argument("--password-ref", help="key store reference of the password (default: the URL)")
        a.add_argument("--encrypt", action="store_true", help="encrypt the session (AES-GCM)")
        a.add_argument(
            "--timeout", type=float, default=3.0, help="seconds of silence before a retry (default 3)"
        )
        a.add_argument("--retries", type=int, default=3, help="retries after a timeout (default 3)")
        a.add_argument("--trace", action="store_true", help="print the traffic as hex on stderr")
        a.add_argument("--json", action="store_true", help="machine-readable output")
        a.set_defaults(func=cmd_reports, action=name, command_key=f"reports {name}")
        return a

    action("status", "Show the readout cycle and each report's queue and last result.")
    a = action("test", "Send a test report now, with the stored or the given settings; show the answer.")
    a.add_argument("instance", type=int, metavar="N", help="the report instance, 1 … 10")
    a.add_argument(
        "items",
        nargs="*",
        metavar="KEY=VALUE",
        help="test with these instead of the stored settings (url=…, format=json, password=…)",
    )
    a = action("send", "Send what report N has waiting, now (the Report button).")
    a.add_argument("instance", type=int, metavar="N", help="the report instance, 1 … 10")


def _trace(args: argparse.Namespace) -> TraceHook | None:
    if not getattr(args, "trace", False):
        return None

    def hook(direction: str, data: bytes, when: float) -> None:
        arrow = "->" if direction == "tx" else "<-"
        print(f"{when:.3f} {arrow} {len(data):5d} {data.hex(' ')}", file=sys.stderr)

    return hook


async def _native(args: argparse.Namespace, command: str) -> NativeDevice:
    """A logged-in gwcp device (stored data and reports have no SMS command or DLMS object)."""
    if parse_url(args.url).scheme == "sms":
        raise UsageError(f"'{command}' is not available over SMS; use a tcp, serial or csd URL")
    options = SessionOptions(timeout=args.timeout, retries=args.retries, encrypt=args.encrypt)
    device = await connect_device(
        args.url, device_password(args), options, trace=_trace(args), model=getattr(args, "model", None)
    )
    if not isinstance(device, NativeDevice):
        await device.close()
        raise UsageError(f"'{command}' needs a device speaking gwcp (a gwterm gateway or a WM-E modem)")
    return device


# -- gwterm data ------------------------------------------------------------------------------


def parse_time(text: str, *, end: bool = False) -> int:
    """POSIX seconds of an ISO 8601 date or time (UTC unless it has an offset); `end`: a date to its end."""
    clean = text.strip()
    try:
        moment = datetime.datetime.fromisoformat(clean.replace(" ", "T", 1) if " " in clean else clean)
    except ValueError:
        raise UsageError(
            f"'{text}' is not an ISO 8601 date or time (e.g. 2026-11-01 or 2026-11-01T06:00Z)"
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    seconds = int(moment.timestamp())
    return seconds + 86399 if end and _DATE_ONLY.match(clean) else seconds


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    suffix = Path(args.output).suffix.lower().lstrip(".") if args.output and args.output != "-" else ""
    if suffix in FORMATS:
        return suffix
    return "json" if args.json else "csv"


async def cmd_data(args: argparse.Namespace) -> int:
    """gwterm data: stored readings as CSV/XLSX/JSON; --latest (or a device without storage): the latest."""
    stored_only = [o for o, v in (("--from", args.start), ("--to", args.end), ("--format", args.format)) if v]
    if args.output:
        stored_only.append("-o")
    if args.latest and stored_only:
        raise UsageError(
            f"--latest shows the latest readings on screen; {', '.join(stored_only)} need stored ones"
        )
    start = parse_time(args.start) if args.start else None
    end = parse_time(args.end, end=True) if args.end else None
    if start is not None and end is not None and start > end:
        raise UsageError("--from is after --to")
    fmt = _format(args)
    if fmt == "xlsx" and (not args.output or args.output == "-"):
        raise UsageError("XLSX is a file: give -o FILE.xlsx")
    if len(args.delimiter) != 1:
        raise UsageError("--delimiter is one character, e.g. ';' or ','")
    async with await _native(args, "data") as device:
        if args.read_now:
            _say_read(await device.read_now())
        if args.latest:
            return _show_latest(args, await device.latest_readings())
        try:
            meters = await device.stored_meters()
        except DeviceError as exc:
            if exc.code != "unsupported":
                raise
            if stored_only:
                raise DeviceError(
                    f"{exc}; 'gwterm data --latest' shows the latest readings it keeps", code=exc.code
                ) from None
            return _show_latest(args, await device.latest_readings())  # a modem: its latest readings
        if args.meter is not None and args.meter not in {m.address for m in meters}:
            known = ", ".join(m.address for m in meters[:20]) or "none yet"
            raise UsageError(f"the device has no readings of meter '{args.meter}' (meters: {known})")
        readings = await _fetch(device, args, start, end)
    chosen = [m for m in meters if args.meter is None or m.address == args.meter]
    _write_readings(args, fmt, readings, chosen)
    return 0


def _say_read(result: dict[str, Any]) -> None:
    """What READ_NOW did, on stderr (stdout may be the export)."""
    if result.get("in_progress"):
        text = "reading the meters takes longer than 20 s; it goes on in the gateway and is stored when done"
    elif not result.get("meters"):
        text = "the gateway has no meters to read (no meter bus or receiver, or an empty list)"
    else:
        failed = int(result.get("failed", 0))
        text = f"read {result['meters']} meter(s) now"
        if "readout" in result:  # a gateway that stores readings
            text += f": readout {result['readout']} with {result['rows']} new reading(s) stored"
        text += f", {failed} meter(s) not readable" if failed else ""
    print(text, file=sys.stderr, flush=True)


async def _fetch(
    device: NativeDevice, args: argparse.Namespace, start: int | None, end: int | None
) -> list[StoredReading]:
    bar: Any = None
    if sys.stderr.isatty() and not args.json:
        from rich.console import Console  # noqa: PLC0415
        from rich.progress import Progress, SpinnerColumn, TextColumn  # noqa: PLC0415

        # on stderr: stdout may be the export itself (gwterm data … > readings.csv)
        bar = Progress(
            SpinnerColumn(), TextColumn("{task.description}"), transient=True, console=Console(stderr=True)
        )
        task = bar.add_task("reading stored values …")
        bar.start()

    def progress(count: int) -> None:
        if bar is not None:
            bar.update(task, description=f"{count} readings …")

    try:
        return await device.stored_readings(meter=args.meter, start=start, end=end, progress=progress)
    finally:
        if bar is not None:
            bar.stop()


def _write_readings(
    args: argparse.Namespace, fmt: str, readings: list[StoredReading], meters: list[StoredMeter]
) -> None:
    to_file = bool(args.output) and args.output != "-"
    if fmt == "xlsx":
        write_readings_xlsx(Path(args.output), readings, meters)
    else:
        text = (
            readings_json(readings, meters)
            if fmt == "json"
            else readings_csv(readings, meters, delimiter=args.delimiter)
        )
        if to_file:
            path = Path(args.output)
            tmp = path.with_name(f".{path.name}.tmp")
            newline = "" if fmt == "csv" else None  # the CSV carries its own CRLF
            with tmp.open("w", encoding="utf-8", newline=newline) as handle:
                handle.write(text)
            os.replace(tmp, path)
        else:
            sys.stdout.write(text)
    if to_file:
        print(f"wrote {len(readings)} reading(s) of {len(meters)} meter(s) to {args.output}", file=sys.stderr)


def _show_latest(args: argparse.Namespace, reply: dict[str, Any]) -> int:
    """The latest readings of the listed meters (and listen mode), as `gwterm data` has always shown."""
    meters = [m for m in reply.get("meters", []) if args.meter is None or str(m.get("address")) == args.meter]
    heard = list(reply.get("heard", []))
    if args.json:
        print(json.dumps({"meters": meters, "heard": heard}))
        return 0
    for meter in meters:
        state = "ok" if meter.get("ok") else f"UNREADABLE ({meter.get('error', '')})"
        print(f"meter {meter.get('address')} {meter.get('name', '')}  read {meter.get('read_at')}  {state}")
        for telegram in meter.get("telegrams", []):
            for record in telegram.get("records", []):
                print(f"  {record.get('quantity', ''):<26} {record.get('value')} {record.get('unit', '')}")
    if not meters:
        print("no meters on the list (or none read yet)")
    if heard:
        print("heard on the air (listen mode):")
        for row in heard:
            listed = "listed" if row.get("listed") else "not listed"
            rssi = "-" if row["rssi"] is None else f"{row['rssi']} dBm"
            print(
                f"  {row['manufacturer']} {row['id']}  type {row['device_type']}  rssi {rssi}  "
                f"{row['telegrams']} telegram(s)  {row['state']}  {listed}"
            )
    return 0


# -- gwterm reports ---------------------------------------------------------------------------


def _report_values(device: NativeDevice, instance: int, items: list[str]) -> dict[str, Value]:
    """`url=…` or `report1.url=…` items as typed values of report `instance`."""
    prefix = f"report{instance}."
    values: dict[str, Value] = {}
    errors: dict[str, str] = {}
    for item in items:
        key, sep, text = item.partition("=")
        if not sep:
            raise UsageError(f"'{item}' is not KEY=VALUE")
        key = key.strip()
        full = key if key.startswith("report") else prefix + key
        spec = device.profile.by_key.get(full)
        if spec is None or not full.startswith(prefix):
            errors[key] = f"not a setting of report {instance}"
            continue
        try:
            values[full] = parse_text(spec, text.strip())
        except ValidationError as exc:
            errors[key] = exc.reason
    if errors:
        raise ValidationErrors(errors)
    return values


async def cmd_reports(args: argparse.Namespace) -> int:
    """gwterm reports status|test|send: every instance's state, a test report, or send what waits now."""
    async with await _native(args, "reports") as device:
        if args.action == "status":
            return _show_status(args, await device.report_status())
        if args.action == "test":
            values = _report_values(device, args.instance, args.items)
            started = time.monotonic()
            result = await device.report_test(args.instance, values)
            return _show_test(args, result, time.monotonic() - started)
        return _show_sent(args, await device.report_now(args.instance))


def _show_test(args: argparse.Namespace, result: dict[str, Any], seconds: float) -> int:
    name = f"report {args.instance}"
    if args.json:
        print(json.dumps(result))
    elif result.get("ok"):
        print(f"{name}: test delivered in {seconds:.2f} s: {result.get('answer', '')}")
    else:
        print(f"{name}: test FAILED: {result.get('error', '')}")
    return 0 if result.get("ok") else 1


def _show_sent(args: argparse.Namespace, result: dict[str, Any]) -> int:
    name = f"report {args.instance}"
    if args.json:
        print(json.dumps(result))
    elif result.get("delivered"):
        print(f"{name}: delivered, nothing waiting")
    elif result.get("in_progress"):
        print(f"{name}: still sending ({result.get('pending')} message(s) waiting)")
    else:
        print(f"{name}: not delivered ({result.get('pending')} waiting): {result.get('last_error', '')}")
    return 0 if result.get("delivered") or result.get("in_progress") else 1


def _show_status(args: argparse.Namespace, status: dict[str, Any]) -> int:
    if args.json:
        print(json.dumps(status))
        return 0
    readout = status.get("readout", {})
    last = iso_text(readout.get("last")) or "never"
    print(f"readout cycle {readout.get('cycle')}  next {iso_text(readout.get('next'))}  last {last}")
    shown = 0
    for report in status.get("reports", []):
        if not report.get("enabled") and not report.get("pending"):
            continue
        shown += 1
        state = "enabled" if report.get("enabled") else "disabled"
        print(
            f"report {report['instance']}: {state}  {report.get('transport')} {report.get('url')}  "
            f"{report.get('format')}  cycle {report.get('cycle')}"
        )
        success = iso_text(report.get("last_success")) or "never"
        waiting = f"{report.get('pending', 0)} message(s) waiting"
        line = f"  {waiting} ({report.get('pending_readouts', 0)} readouts), last delivered {success}"
        if report.get("last_error"):
            line += f"; last error {iso_text(report.get('last_failure'))}: {report['last_error']}"
        print(line)
    if not shown:
        print("no report instance is enabled")
    return 0
