"""`gwterm fleet …` and `gwterm discover`: sheets, plans, apply with resume, rollback, LAN discovery."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from app.cli_common import open_keystore, password_source
from app.devices.profiles import available_models
from app.devices.session import SessionOptions
from app.fleet.journal import Journal, RowResult
from app.fleet.plan import DevicePlan, FleetDevice, plan_devices, validate_sheet
from app.fleet.runner import ApplyOptions, apply_fleet, rollback_devices, summary, write_results
from app.fleet.sheet import read_sheet, write_sheet


def register(sub: Any) -> None:
    """Add `fleet` and `discover`."""
    p = sub.add_parser(
        "fleet", help="Configure many devices from a CSV/XLSX sheet.", description="Fleet operations."
    )
    actions = p.add_subparsers(title="fleet actions", metavar="ACTION")
    a = actions.add_parser(
        "template", help="Write an empty sheet for a model (XLSX with help and drop-downs, or CSV)."
    )
    a.add_argument("--model", required=True, choices=available_models())
    a.add_argument("-o", "--output", type=Path, required=True, help="fleet.xlsx or fleet.csv")
    a.set_defaults(func=cmd_template)

    def sheet_action(name: str, help_text: str) -> argparse.ArgumentParser:
        a = actions.add_parser(name, help=help_text, description=help_text)
        a.add_argument("sheet", type=Path, help="the fleet sheet (CSV or XLSX)")
        a.add_argument("--model", choices=available_models(), help="model for rows without a model column")
        a.add_argument("--password", help="one communication password for every device (else the key store)")
        a.add_argument("--concurrency", type=int, default=32, help="devices at once (default 32)")
        a.add_argument(
            "--timeout", type=float, default=3.0, help="seconds of silence before a retry (default 3)"
        )
        a.add_argument("--json", action="store_true", help="machine-readable output")
        parser: argparse.ArgumentParser = a
        return parser

    a = sheet_action("plan", "Validate the sheet and show what would change on each device (writes nothing).")
    a.set_defaults(func=cmd_plan)
    a = sheet_action(
        "apply", "Write the sheet to every device: all or nothing per device, verified, resumable."
    )
    a.add_argument("--results", type=Path, help="results file (.csv or .xlsx; default: <sheet>.results.csv)")
    a.add_argument(
        "--resume", action="store_true", help="continue an interrupted run; finished devices are left alone"
    )
    a.add_argument(
        "--retries", type=int, default=2, help="retries per device after link failures (default 2)"
    )
    a.set_defaults(func=cmd_apply)
    a = actions.add_parser("rollback", help="Restore the previous values recorded in a results file.")
    a.add_argument("results", type=Path, help="a results file written by fleet apply")
    a.add_argument("--password", help="one communication password for every device (else the key store)")
    a.add_argument("--concurrency", type=int, default=32)
    a.add_argument("--timeout", type=float, default=3.0)
    a.add_argument("--json", action="store_true")
    a.add_argument("--output", type=Path, help="results of the rollback (default: <results>.rollback.csv)")
    a.set_defaults(func=cmd_rollback)
    a = actions.add_parser(
        "import-netdiscover", help="Turn a MUC.one Netdiscover device list into a fleet sheet."
    )
    a.add_argument("file", type=Path, help="the Netdiscover list (Port;Name;Password;Username;IP;File)")
    a.add_argument("-o", "--output", type=Path, required=True, help="the fleet sheet to write")
    a.add_argument("--model", choices=available_models(), help="fill the model column")
    a.add_argument("--gwcp-port", type=int, help="use this port instead of the list's Port column")
    a.set_defaults(func=cmd_import_netdiscover)

    d = sub.add_parser(
        "discover", help="Find gateways on the LAN (UDP discovery).", description="Find gateways on the LAN."
    )
    d.add_argument(
        "--target", default="255.255.255.255", help="where to send the request (default: LAN broadcast)"
    )
    d.add_argument("--port", type=int, default=9009, help="discovery UDP port (default 9009)")
    d.add_argument("--timeout", type=float, default=2.0, help="seconds to collect answers (default 2)")
    d.add_argument("--sheet", type=Path, help="also write a fleet sheet of what was found")
    d.add_argument("--json", action="store_true", help="one JSON line per gateway")
    d.set_defaults(func=cmd_discover)


def _load(args: argparse.Namespace) -> tuple[list[FleetDevice], list[str]]:
    sheet = read_sheet(args.sheet)
    devices, errors = validate_sheet(sheet, default_model=args.model)
    return devices, [str(e) for e in errors]


def _report_errors(errors: list[str], as_json: bool) -> None:
    for error in errors:
        print(json.dumps({"error": error}) if as_json else f"invalid: {error}", file=sys.stderr)


def cmd_template(args: argparse.Namespace) -> int:
    """gwterm fleet template."""
    from app.fleet.template import write_template  # noqa: PLC0415

    write_template(args.output, args.model)
    print(f"wrote {args.output}")
    return 0


async def cmd_plan(args: argparse.Namespace) -> int:
    """gwterm fleet plan: exit 0 when every row is valid and readable, 1 otherwise."""
    devices, errors = _load(args)
    _report_errors(errors, args.json)
    options = SessionOptions(timeout=args.timeout)
    plans = await plan_devices(devices, password_source(args), concurrency=args.concurrency, options=options)
    for plan in plans:
        print(json.dumps(plan.as_json()) if args.json else plan_text(plan))
    if not args.json:
        changing = sum(1 for p in plans if p.changes)
        unreadable = sum(1 for p in plans if p.error)
        invalid = len(errors)
        counts = f"{changing} to change, {unreadable} unreadable, {invalid} problem(s) in the sheet"
        print(f"{len(plans)} device(s): {counts}")
    return 0 if not errors and not any(p.error for p in plans) else 1


def plan_text(plan: DevicePlan) -> str:
    """A device plan as readable lines."""
    head = f"row {plan.device.row} {plan.device.url} {plan.device.name}".rstrip()
    if plan.error:
        return f"{head}: UNREADABLE: {plan.error}"
    if not plan.changes:
        return f"{head}: nothing to change"
    lines = [f"{head}: {len(plan.changes)} change(s)"]
    for change in plan.as_json()["changes"]:
        lines.append(f"  {change['key']}: {change['device']!r} -> {change['sheet']!r}")
    return "\n".join(lines)


class _Progress:
    """A rich progress bar on a terminal; nothing when piped."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.bar: Any = None
        self.done = 0
        if enabled and total:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn  # noqa: PLC0415

            self.bar = Progress(
                "[progress.description]{task.description}",
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                transient=True,
            )
            self.task = self.bar.add_task("applying", total=total)
            self.bar.start()

    def status(self, result: RowResult) -> None:
        if self.bar is not None and result.status in ("verified", "unchanged", "rejected", "failed"):
            self.bar.advance(self.task)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()


async def _run_apply(
    args: argparse.Namespace, devices: list[FleetDevice], results_path: Path, *, resume: bool
) -> list[RowResult]:
    journal = Journal(results_path.with_name(results_path.name + ".journal"))
    options = ApplyOptions(
        concurrency=args.concurrency,
        retries=getattr(args, "retries", 2),
        session=SessionOptions(timeout=args.timeout),
    )
    progress = _Progress(len(devices), sys.stderr.isatty() and not args.json)
    from app.users.accounts import local_user  # noqa: PLC0415
    from app.users.audit import AuditLog  # noqa: PLC0415

    audit, who = AuditLog(), getattr(args, "user", None) or local_user()
    action = (
        "fleet rollback" if getattr(args, "results", None) and not hasattr(args, "sheet") else "fleet apply"
    )

    def finished(result: RowResult) -> None:
        """Each device is audited as it finishes, so a run that is killed has its audit up to there."""
        progress.status(result)
        if result.status in ("verified", "unchanged", "rejected", "failed") and not result.earlier_run:
            audit.record(
                who,
                action,
                device=result.device,
                keys=result.changed,
                result=result.status,
                detail=result.error,
            )

    try:
        results = await apply_fleet(
            devices, password_source(args), journal, options=options, resume=resume, on_status=finished
        )
    finally:
        progress.close()
    write_results(results_path, results)
    return results


async def cmd_apply(args: argparse.Namespace) -> int:
    """gwterm fleet apply: exit 0 when every valid row verified, 1 when any failed or was invalid."""
    devices, errors = _load(args)
    _report_errors(errors, args.json)
    results_path = args.results or args.sheet.with_name(args.sheet.stem + ".results.csv")
    results = await _run_apply(args, devices, results_path, resume=args.resume)
    _print_results(args, results, results_path, errors)
    return 0 if not errors and all(r.status in ("verified", "unchanged") for r in results) else 1


def _print_results(args: argparse.Namespace, results: list[RowResult], path: Path, errors: list[str]) -> None:
    counts = summary(results)
    if args.json:
        for r in results:
            print(
                json.dumps(
                    {
                        "row": r.row,
                        "device": r.device,
                        "status": r.status,
                        "changed": r.changed,
                        "error": r.error,
                    }
                )
            )
        print(json.dumps({"summary": counts, "invalid_rows": len(errors), "results": str(path)}))
        return
    for r in results:
        if r.status not in ("verified", "unchanged"):
            print(f"row {r.row} {r.device}: {r.status}: {r.error}")
    parts = ", ".join(f"{n} {s}" for s, n in sorted(counts.items()))
    invalid = len(errors)
    print(f"{len(results)} device(s): {parts or 'none'}; {invalid} invalid row problem(s); results in {path}")


async def cmd_rollback(args: argparse.Namespace) -> int:
    """gwterm fleet rollback: put every changed device back to its recorded previous values."""
    devices, notes = rollback_devices(read_sheet(args.results))
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    output = args.output or args.results.with_name(args.results.stem + ".rollback.csv")
    results = await _run_apply(args, devices, output, resume=False)
    _print_results(args, results, output, [])
    return 0 if all(r.status in ("verified", "unchanged") for r in results) else 1


async def cmd_discover(args: argparse.Namespace) -> int:
    """gwterm discover."""
    from app.fleet.discover import discover, discovered_rows  # noqa: PLC0415

    found = await discover(target=args.target, port=args.port, timeout=args.timeout)
    for info in found:
        print(
            json.dumps(info)
            if args.json
            else f"{info['url']:<28} {info['model']:<14} serial {info['serial']:<12} "
            f"firmware {info['firmware']:<8} {info['name']}"
        )
    if not args.json:
        print(f"{len(found)} gateway(s) answered")
    if args.sheet:
        header, rows = discovered_rows(found)
        write_sheet(args.sheet, header, rows)
    return 0


def cmd_import_netdiscover(args: argparse.Namespace) -> int:
    """gwterm fleet import-netdiscover: passwords go to the key store, the sheet gets references."""
    from app.fleet.discover import read_netdiscover  # noqa: PLC0415
    from app.keys.store import DEVICE_PASSWORD, Entry  # noqa: PLC0415

    header, rows, passwords = read_netdiscover(args.file, gwcp_port=args.gwcp_port)
    if args.model:
        rows = [[r[0], r[1], args.model, r[3]] for r in rows]
    if passwords:
        store = open_keystore()
        for ref, secret in passwords.items():
            store.put(Entry(kind=DEVICE_PASSWORD, ref=ref, secret=secret))
    write_sheet(args.output, header, rows)
    print(f"wrote {args.output}: {len(rows)} device(s); {len(passwords)} password(s) stored in the key store")
    return 0


def simulated_sheet(path: Path, urls: list[str], model: str, ref: str) -> None:
    """The sheet `gwterm simulate --sheet` writes: one row per gateway."""
    write_sheet(
        path,
        ["url", "password_ref", "model", "name"],
        [[u, ref, model, f"sim{n + 1:04d}"] for n, u in enumerate(urls)],
    )


def env_master_password() -> str | None:
    """The key store master password from the environment, if set."""
    return os.environ.get("GWTERM_MASTER_PASSWORD") or None
