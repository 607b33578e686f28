"""`gwterm firmware …`: keys, images, updates of one device, and staged rollouts over a fleet."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from app.cli_common import UsageError, device_password, password_source
from app.devices.profiles import available_models
from app.devices.session import SessionOptions
from app.errors import GwtermError
from app.firmware import image as fw
from app.firmware import keys


def register(sub: Any) -> None:
    """Add `firmware` and its actions."""
    p = sub.add_parser("firmware", help="Firmware images, updates and rollouts.", description="Firmware.")
    actions = p.add_subparsers(title="firmware actions", metavar="ACTION")
    a = actions.add_parser("keygen", help="Create a key folder: signing key, verify key, a key per model.")
    a.add_argument("-o", "--output", type=Path, required=True, help="the new key folder")
    a.set_defaults(func=cmd_keygen)
    a = actions.add_parser("pack", help="Sign and encrypt a payload into an image.")
    a.add_argument("--keys", type=Path, required=True, help="key folder")
    a.add_argument(
        "--model",
        action="append",
        required=True,
        choices=available_models(),
        help="target model (repeatable)",
    )
    a.add_argument("--version", required=True, help="X.Y.Z")
    a.add_argument("--min-version", default="0.0.0", help="the oldest version it may replace (default 0.0.0)")
    a.add_argument("--hardware-id", action="append", help="only these hardware ids (default: any)")
    a.add_argument("--allow-downgrade", action="store_true", help="may replace a newer version")
    a.add_argument("--payload", type=Path, help="the payload file (default: this gwterm's gateway runtime)")
    a.add_argument("--notes", default="", help="release notes shown by inspect")
    a.add_argument("-o", "--output", type=Path, required=True, help="the image file")
    a.set_defaults(func=cmd_pack)
    a = actions.add_parser("inspect", help="Show an image's header (no keys needed).")
    a.add_argument("image", type=Path)
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_inspect)
    a = actions.add_parser("verify", help="Check an image's signature and payload with a key folder.")
    a.add_argument("image", type=Path)
    a.add_argument("--keys", type=Path, required=True)
    a.set_defaults(func=cmd_verify)

    def device_action(name: str, help_text: str) -> argparse.ArgumentParser:
        a = actions.add_parser(name, help=help_text, description=help_text)
        a.add_argument("url")
        a.add_argument("--password", help="communication password (else the key store, else prompted)")
        a.add_argument("--password-ref", help="key store reference of the password (default: the URL)")
        a.add_argument("--timeout", type=float, default=3.0)
        a.add_argument("--json", action="store_true")
        parser: argparse.ArgumentParser = a
        return parser

    a = device_action("update", "Update one device: transfer (resumable), install, activate, confirm.")
    a.add_argument("image", type=Path)
    a.set_defaults(func=cmd_update)
    a = device_action("status", "Show a device's firmware slots and activation state.")
    a.set_defaults(func=cmd_status, command_key="firmware status")
    a = actions.add_parser("rollout", help="Update a fleet sheet in staged waves.")
    a.add_argument("sheet", type=Path)
    a.add_argument("image", type=Path)
    a.add_argument("--waves", default="5%,25%,100%", help="cumulative shares (default 5%%,25%%,100%%)")
    a.add_argument(
        "--max-failures",
        default="2%",
        help="stop when the failed devices exceed this share of the whole sheet (default 2%%)",
    )
    a.add_argument("--concurrency", type=int, default=16, help="devices at once (default 16)")
    a.add_argument("--results", type=Path, help="results file (default: <sheet>.rollout.csv)")
    a.add_argument("--resume", action="store_true")
    a.add_argument("--password", help="one communication password for every device (else the key store)")
    a.add_argument("--model", choices=available_models(), help="model for rows without a model column")
    a.add_argument("--timeout", type=float, default=3.0)
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_rollout)


def _read_image(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UsageError(f"{path}: cannot read ({exc.strerror or exc})") from None


def cmd_keygen(args: argparse.Namespace) -> int:
    """gwterm firmware keygen."""
    keys.keygen(args.output, available_models())
    print(f"keys written to {args.output} (keep signing.pem and model-keys.json secret)")
    return 0


def cmd_pack(args: argparse.Namespace) -> int:
    """gwterm firmware pack."""
    from app.firmware.runtime import runtime_payload  # noqa: PLC0415

    payload = args.payload.read_bytes() if args.payload else runtime_payload()
    header = fw.ImageHeader(
        models=tuple(args.model),
        version=args.version,
        min_version=args.min_version,
        hardware_ids=tuple(args.hardware_id or ["*"]),
        allow_downgrade=args.allow_downgrade,
        payload_kind="raw" if args.payload else "gateway-runtime",
        created=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        notes=args.notes,
    )
    fw.parse_version(args.version)
    fw.parse_version(args.min_version)
    if len(args.model) != 1:
        raise UsageError("an image is encrypted with one model's key: give exactly one --model")
    data = fw.pack(
        payload,
        header,
        signing_key=keys.signing_key(args.keys),
        model_key=keys.model_key(args.keys, args.model[0]),
    )
    args.output.write_bytes(data)
    print(f"wrote {args.output}: {header.payload_kind} {args.version} for {args.model[0]}, {len(data)} bytes")
    return 0


def cmd_inspect(args: argparse.Namespace) -> int:
    """gwterm firmware inspect."""
    image = fw.parse(_read_image(args.image))
    body = json.loads(image.header.to_json())
    if args.json:
        print(json.dumps(body))
    else:
        for key, value in body.items():
            print(f"{key:<16} {value}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    """gwterm firmware verify: signature, decryption and hash (exit 1 if any fails)."""
    image = fw.parse(_read_image(args.image))
    fw.verify_signature(image, keys.verify_key(args.keys))
    fw.decrypt(image, keys.model_key(args.keys, image.header.models[0]))
    size = image.header.payload_size
    print(f"{args.image}: genuine, signed by {image.header.signer}, payload intact ({size} bytes)")
    return 0


async def cmd_update(args: argparse.Namespace) -> int:
    """gwterm firmware update."""
    from app.firmware.update import update_device  # noqa: PLC0415

    raw = _read_image(args.image)
    tty = sys.stderr.isatty() and not args.json

    def progress(phase: str, done: int, total: int) -> None:
        if tty:
            share = f" {done * 100 // total:3d} %" if phase == "transfer" and total else ""
            print(f"\r{phase:<10}{share}   ", end="", file=sys.stderr, flush=True)

    from app.users.accounts import local_user  # noqa: PLC0415
    from app.users.audit import AuditLog  # noqa: PLC0415

    who = getattr(args, "user", None) or local_user()
    try:
        result = await update_device(
            args.url,
            device_password(args),
            raw,
            options=SessionOptions(timeout=args.timeout),
            progress=progress,
        )
    except GwtermError as exc:
        AuditLog().record(who, "firmware update", device=args.url, result="failed", detail=str(exc))
        raise
    AuditLog().record(
        who, "firmware update", device=args.url, detail=f"{result.previous} -> {result.version}"
    )
    if tty:
        print(file=sys.stderr)
    text = {"previous": result.previous, "version": result.version, "slot": result.slot}
    print(
        json.dumps(text)
        if args.json
        else f"updated {result.previous} -> {result.version} (slot {result.slot}), confirmed"
    )
    return 0


async def cmd_status(args: argparse.Namespace) -> int:
    """gwterm firmware status."""
    from app.firmware.update import firmware_status  # noqa: PLC0415

    status = await firmware_status(args.url, device_password(args), SessionOptions(timeout=args.timeout))
    if args.json:
        print(json.dumps(status))
    else:
        print(f"running {status['running_version']} from {status['active'] or 'the installed runtime'}")
        for slot, info in sorted(status["slots"].items()):
            print(f"  slot {slot}: {info['version']} ({info['kind']}, installed {info['installed']})")
        if status["pending"]:
            print(f"  waiting for slot {status['pending']['slot']} to confirm")
        if status["last_error"]:
            print(f"  last update undone: {status['last_error']}")
    return 0


async def cmd_rollout(args: argparse.Namespace) -> int:
    """gwterm firmware rollout: exit 0 when every targeted device runs the new version."""
    from app.firmware.rollout import RolloutOptions, parse_shares, rollout  # noqa: PLC0415
    from app.fleet.journal import Journal  # noqa: PLC0415
    from app.fleet.plan import validate_sheet  # noqa: PLC0415
    from app.fleet.runner import summary, write_results  # noqa: PLC0415
    from app.fleet.sheet import read_sheet  # noqa: PLC0415

    try:
        waves = parse_shares(args.waves)
        limit = parse_shares(args.max_failures + ("" if "," in args.max_failures else ",100%"))[0]
    except ValueError:
        raise UsageError("--waves and --max-failures take shares like 5%,25%,100% and 2%") from None
    raw = _read_image(args.image)
    sheet = read_sheet(args.sheet)
    devices, errors = _rollout_devices(sheet, args.model, validate_sheet)
    for error in errors:
        print(f"invalid: {error}", file=sys.stderr)
    results_path = args.results or args.sheet.with_name(args.sheet.stem + ".rollout.csv")
    journal = Journal(results_path.with_name(results_path.name + ".journal"))
    options = RolloutOptions(
        waves=waves,
        max_failures=limit,
        concurrency=args.concurrency,
        session=SessionOptions(timeout=args.timeout),
    )
    results, stopped = await rollout(
        devices, raw, password_source(args), journal, options=options, resume=args.resume
    )
    write_results(results_path, results)
    from app.users.accounts import local_user  # noqa: PLC0415
    from app.users.audit import AuditLog  # noqa: PLC0415

    audit, who = AuditLog(), getattr(args, "user", None) or local_user()
    for r in results:
        audit.record(
            who, "firmware rollout", device=r.device, result=r.status, detail=r.error or ", ".join(r.changed)
        )
    counts = summary(results)
    if args.json:
        print(json.dumps({"summary": counts, "stopped": stopped, "results": str(results_path)}))
    else:
        for r in results:
            if r.status not in ("verified", "skipped"):
                print(f"row {r.row} {r.device}: {r.status}: {r.error}")
        print(
            f"{len(results)} of {len(devices)} device(s): "
            + ", ".join(f"{n} {s}" for s, n in sorted(counts.items()))
        )
        if stopped:
            print(f"ROLLOUT {stopped}")
    return 0 if not stopped and all(r.status in ("verified", "skipped") for r in results) else 1


def _rollout_devices(sheet: Any, model: str | None, validate: Any) -> tuple[list[Any], list[str]]:
    """Rollout sheets need no parameter columns: give each row a placeholder so the sheet checks pass."""
    from app.fleet.plan import FleetDevice  # noqa: PLC0415

    if any(
        c not in ("url", "password_ref", "model", "name", "transport", "host", "port", "number", "modem")
        for c in sheet.header
    ):
        devices, errors = validate(sheet, default_model=model)
        return devices, [str(e) for e in errors]
    devices = []
    errors = []
    for number, cells in sheet.records():
        url = cells.get("url", "")
        row_model = cells.get("model") or model or ""
        if not url or row_model not in available_models():
            errors.append(f"row {number}: needs url and a known model")
            continue
        devices.append(
            FleetDevice(
                row=number,
                url=url,
                password_ref=cells.get("password_ref") or url,
                model=row_model,
                name=cells.get("name", ""),
                values={},
            )
        )
    return devices, errors
