"""The `gwterm` command line: thin glue from arguments to the library; exit 0 ok, 1 device, 2 input."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import getpass
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app import __version__
from app.cli_common import MASTER_ENV, UsageError, audit, device_password, master_password, open_keystore
from app.devices.connect import Device, connect_device
from app.devices.native import NativeDevice
from app.devices.profiles import available_models
from app.devices.session import SessionOptions
from app.errors import (
    ConfigFileError,
    DeviceError,
    GwtermError,
    ProfileError,
    ValidationError,
    ValidationErrors,
)
from app.gateway.runtime import SoftGateway
from app.keys.store import DEVICE_PASSWORD, Entry, KeyStore, default_keystore_path
from app.params.cfg import CfgDocument, dump
from app.params.diff import diff
from app.params.schema import Profile
from app.params.values import Value, format_text, parse_text
from app.transports import TraceHook
from app.transports.url import parse_url

EXIT_OK, EXIT_DEVICE, EXIT_USAGE = 0, 1, 2
DEMO_PASSWORD = "demo"


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    args.argv = argv[1:] if argv is not None else None
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        from app.cli_users import authorise  # noqa: PLC0415

        authorise(args)
        result = args.func(args)
        return int(asyncio.run(result) if asyncio.iscoroutine(result) else result)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `gwterm … | head`: the reader left; not an error of ours
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so the interpreter's final flush does not fail again
        return EXIT_OK
    except (UsageError, ValidationError, ConfigFileError, ProfileError) as exc:
        _fail(args, exc, "usage")
        return EXIT_USAGE
    except GwtermError as exc:
        _fail(args, exc, type(exc).__name__)
        return EXIT_DEVICE


def _fail(args: argparse.Namespace, exc: BaseException, kind: str) -> None:
    if getattr(args, "json", False):
        body: dict[str, Any] = {"error": str(exc), "kind": kind}
        if isinstance(exc, DeviceError) and exc.key_errors:
            body["errors"] = exc.key_errors
        if isinstance(getattr(exc, "result", None), int):  # a refused COSEM access: its result code
            body["result"] = exc.result  # type: ignore[attr-defined]
        if isinstance(exc, ValidationErrors):
            body["errors"] = exc.errors
        print(json.dumps(body), file=sys.stderr)
        return
    if isinstance(exc, DeviceError) and exc.key_errors:
        print(f"error: {exc}", file=sys.stderr)
        for key, reason in exc.key_errors.items():
            print(f"  {key}: {reason}", file=sys.stderr)
    elif isinstance(exc, ValidationErrors):
        print("error: invalid input, nothing was written", file=sys.stderr)
        for path, reason in exc.errors.items():
            print(f"  {path}: {reason}", file=sys.stderr)
    else:
        print(f"error: {exc}", file=sys.stderr)


def build_parser() -> argparse.ArgumentParser:
    """All sub-commands and their options."""
    parser = argparse.ArgumentParser(
        prog="gwterm", description="Configure smart-metering gateways, or run one."
    )
    parser.add_argument("--version", action="version", version=f"gwterm {__version__}")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    def device_command(
        name: str, help_text: str, func: Callable[[argparse.Namespace], Any]
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("url", help="connection URL, e.g. tcp://10.0.0.7:9001 or serial:///dev/ttyUSB0")
        p.add_argument("--password", help="communication password (else the key store, else prompted)")
        p.add_argument("--password-ref", help="key store reference of the password (default: the URL)")
        p.add_argument(
            "--encrypt", action="store_true", help="encrypt the session (AES-GCM) on top of the link"
        )
        p.add_argument(
            "--timeout", type=float, default=3.0, help="seconds of silence before a retry (default 3)"
        )
        p.add_argument("--retries", type=int, default=3, help="retries after a timeout (default 3)")
        p.add_argument("--trace", action="store_true", help="print the traffic as hex on stderr")
        p.add_argument(
            "--model",
            choices=available_models(),
            help="a model configured over DLMS (metercom-pro, or ?model= in the URL); gwcp devices say",
        )
        p.add_argument("--json", action="store_true", help="machine-readable output")
        p.set_defaults(func=func)
        return p

    device_command("info", "Show device information.", cmd_info)
    p = device_command("read", "Read parameters into a .cfg file.", cmd_read)
    p.add_argument("-o", "--output", default="-", help="file to write, '-' for stdout (default)")
    p.add_argument("--group", action="append", help="only this parameter group (repeatable)")
    p = device_command(
        "write", "Write parameters from a .cfg file and/or key=value pairs, all or nothing.", cmd_write
    )
    p.add_argument("items", nargs="+", help="a .cfg file and/or key=value pairs")
    p.add_argument("--verify", action="store_true", help="read back and compare after writing")
    p = device_command("diff", "Compare a device with a .cfg file.", cmd_diff)
    p.add_argument("file", help=".cfg file")
    from app import cli_data  # noqa: PLC0415

    cli_data.data_options(device_command("data", cli_data.DATA_HELP, cli_data.cmd_data))
    cli_data.register_reports(sub)
    p = device_command("log", "Show the device's event log.", cmd_log)
    p.add_argument("--after", type=int, default=0, help="only entries after this number")

    p = sub.add_parser(
        "gui", help="Open the desktop application.", description="Open the desktop application."
    )
    p.add_argument("file", nargs="?", type=Path, help="a .cfg file to load as changes (from 'Open with')")
    p.add_argument("--open", dest="open_file", type=Path, metavar="CFG", help="the same as FILE")
    p.add_argument("--connect", metavar="URL", help="connect to this device at start")
    p.add_argument("--password", help="its communication password")
    p.add_argument(
        "--lang", choices=["en", "de", "fr", "es", "cs", "pl", "hu"], help="user interface language"
    )
    p.add_argument("--group", help="parameter group to show (with --screenshot)")
    p.add_argument(
        "--screenshot", type=Path, metavar="PNG", help="connect, read, save a PNG of the window and exit"
    )
    p.set_defaults(func=cmd_gui)

    p = sub.add_parser(
        "keys", help="Manage the encrypted key store.", description="Manage the encrypted key store."
    )
    keys = p.add_subparsers(title="key store commands", metavar="ACTION")
    k = keys.add_parser("set-password", help="Store a device's communication password.")
    k.add_argument("ref", help="the device URL (or any name used with --password-ref)")
    k.add_argument("--password", help="the password (else prompted)")
    k.set_defaults(func=cmd_keys_set_password)
    k = keys.add_parser("list", help="List what the key store holds (never the secrets).")
    k.add_argument("--json", action="store_true", help="machine-readable output")
    k.set_defaults(func=cmd_keys_list)
    k = keys.add_parser("remove", help="Remove a stored device password.")
    k.add_argument("ref", help="its reference")
    k.set_defaults(func=cmd_keys_remove)
    k = keys.add_parser("keyring", help="Keep the master password in the OS keyring, or take it out again.")
    k.add_argument("action", choices=("status", "remember", "forget"), help="what to do")
    k.set_defaults(func=cmd_keys_keyring)

    p = sub.add_parser(
        "gateway",
        help="Run a soft-gateway.",
        description="Run a soft-gateway that behaves as a device model.",
    )
    p.add_argument(
        "--state-dir", required=True, type=Path, help="folder holding its config, log and transfers"
    )
    p.add_argument("--model", choices=available_models(), help="device model (needed on first run)")
    p.add_argument(
        "--listen", action="append", help="gwcp listener URL (repeatable; default tcp://127.0.0.1:9001)"
    )
    p.add_argument("--serial", action="append", default=[], help="also serve gwcp on this serial port URL")
    p.add_argument("--password", help="communication password for a new state dir (else prompted)")
    p.add_argument(
        "--simulated-radio", action="store_true", help="report plausible simulated cellular values"
    )
    p.add_argument(
        "--mbus", metavar="URL", help="read the M-Bus meter list on this bus (serial:// or tcp://)"
    )
    p.add_argument(
        "--mbus-transparent", metavar="URL", help="bridge the bus transparently, e.g. tcp://0.0.0.0:9000"
    )
    p.add_argument(
        "--meter",
        metavar="URL",
        help="the meter serial port bridged to the transparent TCP ports (WM-E); add ?parity=software "
        "where the port cannot make 7E1 itself (USB adapters without parity, ptys)",
    )
    p.add_argument(
        "--meter-listen",
        action="append",
        metavar="URL",
        help="transparent port URL: first primary, then secondary (default: m2m.primary_port/secondary_port)",
    )
    p.add_argument(
        "--firmware-keys", type=Path, metavar="KEYDIR", help="trust firmware signed with this key folder"
    )
    p.add_argument(
        "--no-launcher", action="store_true", help="run in this process (no slot switching on updates)"
    )
    p.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--discovery-port", type=int, default=9009, help="answer LAN discovery on this UDP port")
    p.add_argument(
        "--dlms-port",
        type=int,
        metavar="PORT",
        help="serve DLMS here instead of dlms.server_port (0: any free port)",
    )
    p.add_argument("--no-discovery", action="store_true", help="do not answer or send LAN discovery")
    p.add_argument(
        "--modem",
        metavar="URL",
        help="AT modem for data calls (gwcp) and command SMS, e.g. serial:///dev/ttyUSB1; "
        "SIGUSR1/SIGUSR2 tell it the power was lost/returned (LastGasp SMS)",
    )
    p.add_argument(
        "--modem-rings", type=int, default=2, help="answer calls after this many rings (default 2)"
    )
    p.add_argument("--json", action="store_true", help="print a JSON line once listening")
    p.set_defaults(func=cmd_gateway)

    from app import (  # noqa: PLC0415
        cli_dlms,
        cli_firmware,
        cli_fleet,
        cli_iec,
        cli_mbus,
        cli_sms,
        cli_users,
        cli_wmbus,
    )

    cli_users.register(sub)
    cli_sms.register(sub)
    cli_mbus.register(sub)
    cli_iec.register(sub)
    cli_dlms.register(sub)
    cli_wmbus.register(sub)
    cli_wmbus.register_keys(keys)
    cli_fleet.register(sub)
    cli_firmware.register(sub)

    p = sub.add_parser(
        "simulate",
        help="Run N soft-gateways on loopback.",
        description="Run N soft-gateways on loopback ports.",
    )
    p.add_argument("--gateways", type=int, default=1, help="how many (default 1)")
    p.add_argument("--model", default="wm-e2s", choices=available_models())
    p.add_argument("--base-port", type=int, default=0, help="first TCP port (default: free ports)")
    p.add_argument("--password", default=DEMO_PASSWORD, help="their communication password (default 'demo')")
    p.add_argument("--state-dir", type=Path, help="keep their state here (default: a temporary folder)")
    p.add_argument("--latency-ms", type=float, default=0.0, help="round-trip latency of every link (ms)")
    p.add_argument(
        "--loss", type=float, default=0.0, help="share of chunks lost per direction, 0..1 (e.g. 0.01)"
    )
    p.add_argument("--sheet", type=Path, help="write a fleet sheet (CSV/XLSX) with one row per gateway")
    p.add_argument(
        "--password-ref", default="simulate", help="key store reference the sheet uses (default 'simulate')"
    )
    p.add_argument("--discovery-port", type=int, help="answer LAN discovery on this loopback UDP port")
    p.add_argument(
        "--firmware-keys",
        type=Path,
        metavar="KEYDIR",
        help="the gateways trust firmware signed with these keys",
    )
    p.add_argument(
        "--gsm",
        action="store_true",
        help="a virtual GSM network: each gateway gets a number and a modem, the PC a modem on a pty "
        "(prints csd:// and sms:// URLs; the password is also their CSD/SMS password)",
    )
    p.add_argument(
        "--meters",
        type=int,
        default=0,
        metavar="M",
        help="give each gateway M simulated M-Bus meters on its meter list (models with one: gwterm-gw, "
        "wm-e3s-mbus; at most 250)",
    )
    p.add_argument(
        "--readout-cycle",
        metavar="CYCLE",
        help="how often the simulated meters are read: cron or a preset (default '@every 10s')",
    )
    p.add_argument("--json", action="store_true", help="one JSON line per gateway once ready")
    p.set_defaults(func=cmd_simulate)

    p = sub.add_parser(
        "demo",
        help="Start a demo soft-gateway on loopback (and the GUI connected to it).",
        description="Start a demo soft-gateway on loopback; with a display, open the GUI connected to it.",
    )
    p.add_argument("--port", type=int, default=9001, help="TCP port (default 9001, a free one if taken)")
    p.add_argument("--no-gui", action="store_true", help="do not open the GUI even if a display is available")
    p.add_argument("--json", action="store_true", help="print a JSON line once ready (implies --no-gui)")
    p.add_argument("--reset", action="store_true", help="start afresh (factory settings, password 'demo')")
    p.set_defaults(func=cmd_demo)
    return parser


# -- device commands ---------------------------------------------------------------------------


def cmd_keys_set_password(args: argparse.Namespace) -> int:
    """gwterm keys set-password."""
    secret = args.password
    if secret is None:
        if not sys.stdin.isatty():
            raise UsageError("give --password (no terminal to ask on)")
        secret = getpass.getpass(f"Password for {args.ref}: ")
    open_keystore().put(Entry(kind=DEVICE_PASSWORD, ref=args.ref, secret=secret))
    print(f"stored the password for {args.ref}")
    return EXIT_OK


def cmd_keys_list(args: argparse.Namespace) -> int:
    """gwterm keys list."""
    rows = [{"kind": e.kind, "ref": e.ref, **e.attrs} for e in open_keystore().entries()]
    for row in rows:
        print(json.dumps(row) if args.json else f"{row['kind']:<16} {row['ref']}")
    return EXIT_OK


def cmd_keys_keyring(args: argparse.Namespace) -> int:
    """gwterm keys keyring status|remember|forget."""
    from app.keys import os_keyring  # noqa: PLC0415

    if args.action == "status":
        if not os_keyring.available():
            print("no OS keyring here: the key store asks for its master password")
        else:
            kept = os_keyring.stored_master() is not None
            print("the OS keyring holds the master password" if kept else "the OS keyring is available")
        return EXIT_OK
    if args.action == "forget":
        held = os_keyring.stored_master()
        if held is None:
            print("the OS keyring held nothing")
            return EXIT_OK
        if default_keystore_path().exists():
            # only the keyring knows this master password: the store must get one the user knows first
            store = KeyStore(default_keystore_path(), held)
            store.change_master(_new_master_password())
        os_keyring.forget_master()
        print("removed from the OS keyring: the key store now asks for its master password")
        return EXIT_OK
    if not os_keyring.available():
        raise UsageError("no OS keyring on this machine (no Secret Service, Keychain or Credential Locker)")
    master = master_password()
    KeyStore(default_keystore_path(), master)  # proves the master password before it is kept
    if not os_keyring.remember_master(master):
        raise UsageError("the OS keyring refused to keep the master password")
    print("the master password is in the OS keyring: the key store opens without asking")
    return EXIT_OK


def _new_master_password() -> str:
    """A new master password: typed twice on a terminal, else $GWTERM_MASTER_PASSWORD."""
    if sys.stdin.isatty():
        first = getpass.getpass("New key store master password: ")
        if first != getpass.getpass("Again: "):
            raise UsageError("the two entries differ")
        return first
    new = os.environ.get(MASTER_ENV)
    if not new:
        raise UsageError(
            f"the key store needs a master password you know: set {MASTER_ENV} or use a terminal"
        )
    return new


def cmd_keys_remove(args: argparse.Namespace) -> int:
    """gwterm keys remove."""
    if not open_keystore().remove(DEVICE_PASSWORD, args.ref):
        raise UsageError(f"no password stored under '{args.ref}'")
    print(f"removed the password for {args.ref}")
    return EXIT_OK


def _tracer(args: argparse.Namespace) -> TraceHook | None:
    if not getattr(args, "trace", False):
        return None

    def hook(direction: str, data: bytes, when: float) -> None:
        arrow = "->" if direction == "tx" else "<-"
        print(f"{when:.3f} {arrow} {len(data):5d} {data.hex(' ')}", file=sys.stderr)

    return hook


async def _device(args: argparse.Namespace) -> Device:
    options = SessionOptions(timeout=args.timeout, retries=args.retries, encrypt=args.encrypt)
    return await connect_device(
        args.url, device_password(args), options, trace=_tracer(args), model=getattr(args, "model", None)
    )


async def _native(args: argparse.Namespace) -> NativeDevice:
    """A gwcp device: readings and logs have no SMS command."""
    if parse_url(args.url).scheme == "sms":
        raise UsageError(
            f"'{args.func.__name__[4:]}' is not available over SMS; use a tcp, serial or csd URL"
        )
    device = await _device(args)
    assert isinstance(device, NativeDevice)
    return device


async def cmd_info(args: argparse.Namespace) -> int:
    """gwterm info."""
    async with await _device(args) as device:
        info = await device.info()
    if args.json:
        print(json.dumps(info))
    else:
        width = max(len(k) for k in info)
        for key, value in info.items():
            print(f"{key:<{width}}  {value}")
    return EXIT_OK


async def cmd_read(args: argparse.Namespace) -> int:
    """gwterm read."""
    async with await _device(args) as device:
        keys = _group_keys(device.profile, args.group)
        reading = await device.read(keys)
        profile = device.profile
    if args.json:
        text = (
            json.dumps(
                {
                    "model": profile.model,
                    "values": {k: format_text(profile.by_key[k], v) for k, v in reading.values.items()},
                    "secrets_set": sorted(reading.secrets_set),
                }
            )
            + "\n"
        )
    else:
        text = dump(profile, reading.values, secrets_set=reading.secrets_set)
    _write_output(args.output, text)
    return EXIT_OK


def _group_keys(profile: Profile, groups: list[str] | None) -> list[str] | None:
    if not groups:
        return None
    keys: list[str] = []
    for name in groups:
        try:
            keys += [p.key for p in profile.group(name).params]
        except KeyError:
            known = ", ".join(g.key for g in profile.groups)
            raise UsageError(f"no group '{name}' in {profile.name} (groups: {known})") from None
    return keys


def _write_output(target: str, text: str) -> None:
    if target == "-":
        sys.stdout.write(text)
        return
    path = Path(target)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def _wanted_values(profile: Profile, items: list[str]) -> dict[str, Value]:
    values: dict[str, Value] = {}
    errors: dict[str, str] = {}
    for item in items:
        key, sep, text = item.partition("=")
        if sep and not Path(item).exists():
            key = key.strip()
            spec = profile.by_key.get(key)
            if spec is None:
                errors[key] = f"unknown parameter for {profile.name}"
                continue
            try:
                values[key] = parse_text(spec, text.strip())
            except ValidationError as exc:
                errors[key] = exc.reason
            continue
        path = Path(item)
        try:
            text_in = path.read_text(encoding="utf-8-sig")
        except OSError as exc:
            raise UsageError(f"{item}: cannot read ({exc.strerror or exc})") from None
        try:
            values.update(CfgDocument.parse(text_in, name=str(path)).typed_values(profile))
        except ValidationErrors as exc:
            errors.update(exc.errors)
    if errors:
        raise ValidationErrors(errors)
    return values


async def cmd_write(args: argparse.Namespace) -> int:
    """gwterm write."""
    async with await _device(args) as device:
        wanted = _wanted_values(device.profile, args.items)
        try:
            changed = await device.write(wanted)
        except GwtermError as exc:
            audit(args, "write", keys=list(wanted), result="failed", detail=str(exc))
            raise
        audit(args, "write", keys=changed)
        mismatched: dict[str, str] = {}
        if device.restarting:
            if not args.json:
                print("the device restarts to apply the change; waiting until it answers again…", flush=True)
            await device.follow_restart()
        if args.verify:
            readable = [k for k in wanted if not device.profile.by_key[k].secret]
            back = (await device.read(readable)).values if readable else {}
            mismatched = {
                k: f"wrote {wanted[k]!r}, reads {back.get(k)!r}" for k in readable if back.get(k) != wanted[k]
            }
    if args.json:
        print(
            json.dumps(
                {
                    "changed": changed,
                    "verified": bool(args.verify and not mismatched),
                    "mismatched": mismatched,
                }
            )
        )
    else:
        print(f"written: {len(changed)} changed" + (f" ({', '.join(changed)})" if changed else ""))
        if args.verify:
            print("verified: all values read back as written" if not mismatched else "verify FAILED:")
            for key, why in mismatched.items():
                print(f"  {key}: {why}")
    return EXIT_DEVICE if mismatched else EXIT_OK


async def cmd_diff(args: argparse.Namespace) -> int:
    """gwterm diff: exit 0 when equal, 1 when different."""
    async with await _device(args) as device:
        wanted = _wanted_values(device.profile, [args.file])
        current = (await device.read([k for k in wanted if not device.profile.by_key[k].secret])).values
        changes = diff(device.profile, current, wanted)
        profile = device.profile
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "key": c.key,
                        "device": None if c.secret else format_text(profile.by_key[c.key], c.old),
                        "file": "(secret)" if c.secret else format_text(profile.by_key[c.key], c.new),
                        "secret": c.secret,
                    }
                    for c in changes
                ]
            )
        )
    else:
        for c in changes:
            if c.secret:
                print(f"{c.key}: secret in file (cannot be compared, a write sets it)")
            else:
                spec = profile.by_key[c.key]
                print(f"{c.key}: device {format_text(spec, c.old)!r} -> file {format_text(spec, c.new)!r}")
        if not changes:
            print("no differences")
    return EXIT_OK if not any(not c.secret for c in changes) else EXIT_DEVICE


async def cmd_log(args: argparse.Namespace) -> int:
    """gwterm log."""
    async with await _native(args) as device:
        entries = await device.session.log(after=args.after)
    for entry in entries:
        print(
            json.dumps(entry)
            if args.json
            else f"{entry['seq']:6d} {entry['time']} {entry['level']:<7} {entry['message']}"
        )
    return EXIT_OK


# -- gateways ----------------------------------------------------------------------------------


def _new_password(args: argparse.Namespace, state_dir: Path) -> str | None:
    if SoftGateway.exists(state_dir) or args.password:
        return args.password  # type: ignore[no-any-return]
    if not sys.stdin.isatty():
        raise UsageError("a new gateway needs --password (no terminal to ask on)")
    first = getpass.getpass("Communication password for the new gateway: ")
    if first != getpass.getpass("Repeat it: "):
        raise UsageError("the passwords differ")
    return first


def cmd_gateway(args: argparse.Namespace) -> int:
    """gwterm gateway: the launcher, which runs the gateway itself as a child (docs/firmware.md §5)."""
    if args.child or args.no_launcher:
        return asyncio.run(_gateway(args))
    from app.gateway.launcher import run_launcher  # noqa: PLC0415

    gateway = SoftGateway.create_or_open(
        args.state_dir,
        model=args.model,
        password=_new_password(args, args.state_dir),
        simulated_radio=args.simulated_radio,
    )
    if args.firmware_keys:
        gateway.firmware.install_trust(args.firmware_keys)
    asyncio.run(gateway.close())
    skip = {"--password", "--firmware-keys"}
    child_args: list[str] = []
    raw = sys.argv[2:] if args.argv is None else args.argv
    it = iter(raw)
    for item in it:
        if item in skip:
            next(it, None)
        elif not item.startswith(("--password=", "--firmware-keys=")):
            child_args.append(item)
    return run_launcher(child_args, args.state_dir / "firmware")


async def _gateway(args: argparse.Namespace) -> int:
    """The gateway process: listeners, discovery, meters; exit 75 asks the launcher for a restart."""
    gateway = SoftGateway.create_or_open(
        args.state_dir,
        model=args.model,
        password=_new_password(args, args.state_dir),
        simulated_radio=args.simulated_radio,
    )
    if args.firmware_keys:
        gateway.firmware.install_trust(args.firmware_keys)
    urls = []
    for url in (args.listen or ["tcp://127.0.0.1:9001"]) + args.serial:
        listener = await gateway.serve(url)
        port = getattr(listener, "port", None)
        urls.append(url.replace(":0", f":{port}", 1) if port and url.split("?")[0].endswith(":0") else url)
    if not args.no_discovery:
        await gateway.start_discovery(args.discovery_port)
    gateway.start_wmbus()
    dlms_host = (
        parse_url(urls[0]).host if urls and parse_url(urls[0]).scheme in ("tcp", "tls") else "127.0.0.1"
    )
    dlms_port = await gateway.start_dlms(dlms_host, args.dlms_port)
    if dlms_port:
        urls.append(f"dlms+tcp://{dlms_host}:{dlms_port}")
    if args.mbus:
        await gateway.start_mbus(args.mbus, args.mbus_transparent)
    elif args.mbus_transparent:
        raise UsageError("--mbus-transparent needs --mbus (the bus to bridge)")
    await gateway.start_data()  # a concentrator: stored readings on readout.cycle, reports
    if args.modem:
        await gateway.start_modem(args.modem, rings=args.modem_rings)
        _power_signals(gateway)
    meter_urls: list[str] = []
    if args.meter:
        meter_urls = await gateway.start_meter_port(args.meter, args.meter_listen)
        gateway.start_dlms_poller(args.meter)
    elif args.meter_listen:
        raise UsageError("--meter-listen needs --meter (the meter serial port)")
    restart = asyncio.Event()
    if args.child:
        gateway.server.on_activate = restart.set  # the launcher starts the new slot
        gateway.confirm_started()
    _announce(
        args,
        {
            "model": gateway.model,
            "state_dir": str(args.state_dir),
            "urls": urls,
            "meter_ports": meter_urls,
            "firmware": gateway.firmware.running_version(),
        },
    )
    waiter = asyncio.ensure_future(restart.wait())
    try:
        await asyncio.wait(
            {waiter, asyncio.ensure_future(gateway.run_forever())}, return_when=asyncio.FIRST_COMPLETED
        )
    finally:
        await gateway.close()
    return 75 if restart.is_set() else EXIT_OK


def _power_signals(gateway: SoftGateway) -> None:
    """SIGUSR1: the supply is lost, SIGUSR2: it is back (the LastGasp hook of a PC without a supercap)."""
    import signal  # noqa: PLC0415

    loop = asyncio.get_running_loop()
    for name, lost in (("SIGUSR1", True), ("SIGUSR2", False)):
        signum = getattr(signal, name, None)
        if signum is not None:
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(signum, gateway.power_changed, lost)


def _announce(args: argparse.Namespace, info: dict[str, Any]) -> None:
    if args.json:
        print(json.dumps(info), flush=True)
    else:
        print(f"{info['model']} soft-gateway listening on {', '.join(info['urls'])}", flush=True)
        if info.get("meter_ports"):
            print(f"transparent meter ports: {', '.join(info['meter_ports'])}", flush=True)


async def cmd_simulate(args: argparse.Namespace) -> int:
    """gwterm simulate: N soft-gateways on loopback, with latency, loss, a sheet and discovery if asked."""
    from app.sim.fleet import SimulatedFleet  # noqa: PLC0415

    if args.gateways < 1:
        raise UsageError("--gateways must be at least 1")
    if not 0 <= args.loss < 1:
        raise UsageError("--loss is a share from 0 to 1 (e.g. 0.01 for 1 %)")
    _check_simulated_meters(args)
    with contextlib.ExitStack() as stack:
        root = args.state_dir or Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="gwterm-sim-")))
        fleet = SimulatedFleet(
            root=root,
            count=args.gateways,
            model=args.model,
            password=args.password,
            base_port=args.base_port,
            latency=args.latency_ms / 1000,
            loss=args.loss,
            discovery_port=args.discovery_port,
            firmware_keys=args.firmware_keys,
            gsm=args.gsm,
            meters=args.meters,
            readout_cycle=args.readout_cycle,
        )
        try:
            await fleet.start()
            if args.sheet:
                _simulated_sheet(args, fleet.urls)
            for gateway, url in zip(fleet.gateways, fleet.urls, strict=True):
                info = {
                    "name": gateway.state_dir.name,
                    "model": gateway.model,
                    "serial": gateway.server.store.identity.get("serial"),
                    "tcp": url,
                    **fleet.gsm_urls(gateway),
                    **({"meters": args.meters} if args.meters else {}),
                }
                text = "  ".join(str(info[k]) for k in ("name", "model", "tcp", "csd", "sms") if k in info)
                print(json.dumps(info) if args.json else text, flush=True)
            if not args.json:
                extra = f"; discovery on UDP 127.0.0.1:{fleet.discovery_port}" if fleet.responder else ""
                print(
                    f"{len(fleet.urls)} gateway(s) running; password '{args.password}'{extra}. Ctrl+C stops.",
                    flush=True,
                )
            await asyncio.Event().wait()
        finally:
            await fleet.close()
    return EXIT_OK


def _check_simulated_meters(args: argparse.Namespace) -> None:
    """--meters needs a model with an M-Bus meter list; --readout-cycle a valid schedule."""
    from app.devices.profiles import load_profile  # noqa: PLC0415
    from app.gateway.scheduler import Schedule  # noqa: PLC0415

    if args.meters < 0 or args.meters > 250:
        raise UsageError("--meters is 0 … 250 (the meter list holds 250 meters)")
    if args.meters and "mbus.meters" not in load_profile(args.model).by_key:
        raise UsageError(f"--meters needs a model with an M-Bus meter list (gwterm-gw), not {args.model}")
    if args.readout_cycle is not None:
        if not args.meters:
            raise UsageError("--readout-cycle goes with --meters")
        Schedule.parse(args.readout_cycle)  # a ValidationError says what is wrong (exit 2)


def _simulated_sheet(args: argparse.Namespace, urls: list[str]) -> None:
    """Write the sheet and keep the shared password in the key store under the sheet's reference."""
    from app.cli_fleet import simulated_sheet  # noqa: PLC0415

    simulated_sheet(args.sheet, urls, args.model, args.password_ref)
    if os.environ.get(MASTER_ENV) or sys.stdin.isatty():
        open_keystore().put(Entry(kind=DEVICE_PASSWORD, ref=args.password_ref, secret=args.password))
        note = f"password stored in the key store as '{args.password_ref}'"
    else:
        note = f"set {MASTER_ENV} to keep the password in the key store, or use fleet apply --password"
    print(f"wrote {args.sheet} ({note})", file=sys.stderr, flush=True)


def cmd_gui(args: argparse.Namespace) -> int:
    """gwterm gui."""
    try:
        from app.views.app import GuiOptions, run_gui  # noqa: PLC0415
    except ImportError as exc:
        raise UsageError(f"the desktop application cannot start: {exc}") from None
    from app.users.accounts import UserStore, login_required  # noqa: PLC0415

    if login_required() and UserStore().empty:
        raise UsageError(
            "login required but no account exists: "
            "create the first admin with 'gwterm users add NAME --role admin'"
        )
    password = args.password
    if args.connect and password is None:
        args.url, args.password_ref = args.connect, None
        password = device_password(args)
    open_file = args.file or args.open_file
    if open_file is not None and not open_file.is_file():
        raise UsageError(f"{open_file}: no such file")
    options = GuiOptions(
        connect=args.connect,
        password=password,
        lang=args.lang,
        group=args.group,
        screenshot=args.screenshot,
        open_file=open_file,
    )
    return run_gui(options)


def demo_state_dir() -> Path:
    """Where the demo gateway keeps its state."""
    import platformdirs  # noqa: PLC0415

    return Path(platformdirs.user_data_dir("gwterm")) / "demo-gateway"


def has_display() -> bool:
    """Whether a GUI can open (Windows, macOS; elsewhere an X11/Wayland display or a chosen Qt platform)."""
    if sys.platform in ("win32", "darwin"):
        return True
    return any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def cmd_demo(args: argparse.Namespace) -> int:
    """gwterm demo: a WM-E2S soft-gateway on loopback (password 'demo'), with the GUI when it can open."""
    if args.json or args.no_gui or not has_display():
        return asyncio.run(_demo_headless(args))
    import threading  # noqa: PLC0415

    ready: dict[str, str] = {}
    started = threading.Event()

    async def serve() -> None:
        gateway, url = await _demo_gateway(args.port, reset=args.reset)
        ready["url"] = url
        ready["password"] = _demo_password(gateway)
        started.set()
        await gateway.run_forever()

    threading.Thread(target=asyncio.run, args=(serve(),), daemon=True, name="demo-gateway").start()
    if not started.wait(30):
        raise GwtermError("the demo gateway did not start")
    url, password = ready["url"], ready["password"]
    print(f"gwterm {__version__} demo: WM-E2S soft-gateway at {url} ({_password_note(password)}).")
    print("Opening the GUI connected to it.", flush=True)
    from app.views.app import GuiOptions, run_gui  # noqa: PLC0415

    return run_gui(GuiOptions(connect=url, password=password or None))


def _demo_password(gateway: SoftGateway) -> str:
    """'demo' while the demo gateway still has it; '' once somebody changed it."""
    from app.protocols.gwcp.auth import derive_key  # noqa: PLC0415

    key, salt, iterations = gateway.server.store.login_key()
    return DEMO_PASSWORD if derive_key(DEMO_PASSWORD, salt, iterations) == key else ""


def _password_note(password: str) -> str:
    if password:
        return f"communication password '{password}'"
    return "its password was changed from 'demo' in an earlier session: use yours, or 'gwterm demo --reset'"


async def _demo_gateway(port: int, *, reset: bool = False) -> tuple[SoftGateway, str]:
    if reset:
        shutil.rmtree(demo_state_dir(), ignore_errors=True)
    gateway = SoftGateway.create_or_open(
        demo_state_dir(), model="wm-e2s", password=DEMO_PASSWORD, simulated_radio=True
    )
    try:
        listener = await gateway.serve(f"tcp://127.0.0.1:{port}")
    except GwtermError:
        listener = await gateway.serve("tcp://127.0.0.1:0")
    return gateway, f"tcp://127.0.0.1:{getattr(listener, 'port', port)}"


async def _demo_headless(args: argparse.Namespace) -> int:
    gateway, url = await _demo_gateway(args.port, reset=args.reset)
    password = _demo_password(gateway)
    if args.json:
        print(json.dumps({"model": gateway.model, "tcp": url, "password": password or None}), flush=True)
    else:
        shown = password or "YOURS"
        print(f"gwterm {__version__} demo: a WM-E2S soft-gateway is running at {url}")
        print(f"({_password_note(password)}).")
        print("Try, in another terminal:")
        print(f"  gwterm info {url} --password {shown}")
        print(f"  gwterm read {url} --password {shown} -o device.cfg")
        print(f"  gwterm write {url} --password {shown} conn.apn_name=net --verify")
        if not args.no_gui:
            print("No display found, so no GUI; with one, 'gwterm demo' opens it connected to this gateway.")
        print("Ctrl+C stops the demo.", flush=True)
    await gateway.run_forever()
    return EXIT_OK
