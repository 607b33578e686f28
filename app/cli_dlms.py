"""`gwterm dlms …`: read and write COSEM objects of a DLMS device, list its objects, decode captured bytes."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from app.cli_common import UsageError, audit, master_password_available, open_keystore
from app.devices.dlms_values import (
    VALUE_TYPES,
    is_scaled,
    parse_axdr_hex,
    parse_target,
    parse_typed,
    parse_when,
    scaler_unit_index,
)
from app.devices.session.dlms import DlmsSession
from app.errors import GwtermError, ValidationError
from app.keys.store import DEVICE_PASSWORD, default_keystore_path
from app.protocols.dlms.axdr import Data, DataType
from app.protocols.dlms.cosem import (
    EntryDescriptor,
    ObjectListEntry,
    RangeDescriptor,
    attribute_name,
    class_name,
    decode_attribute,
    scaler_unit_from_data,
)
from app.protocols.dlms.decode import data_json, decode_any, number_json, registers_json
from app.protocols.dlms.obis import ScalerUnit


def register(sub: Any) -> None:
    """Add the `dlms` command and its actions."""
    p = sub.add_parser(
        "dlms",
        help="DLMS/COSEM devices: get, set, action, objects; decode captured frames.",
        description="DLMS/COSEM client (TCP wrapper on tcp://, HDLC on serial:// or with ?link=hdlc).",
    )
    actions = p.add_subparsers(title="DLMS actions", metavar="ACTION")

    def device_action(name: str, help_text: str) -> argparse.ArgumentParser:
        a = actions.add_parser(name, help=help_text, description=help_text)
        a.add_argument(
            "url",
            help="tcp://host[:4059] (wrapper), serial:///dev/ttyUSB0 (HDLC) or tcp://host:port?link=hdlc; "
            "client=, server=, physical= in the query or as options",
        )
        a.add_argument("--client", type=lambda t: int(t, 0), help="client SAP (default 0x20, public 0x10)")
        a.add_argument("--server", type=lambda t: int(t, 0), help="server logical address (default 1)")
        a.add_argument("--physical", type=lambda t: int(t, 0), help="HDLC server physical address")
        a.add_argument("--password", help="LLS password (leave out for the public client)")
        a.add_argument("--password-ref", help="key store reference of the password (default: the URL)")
        a.add_argument("--timeout", type=float, default=5.0, help="seconds per answer (default 5)")
        a.add_argument("--retries", type=int, default=2, help="repeats of an unanswered request (default 2)")
        a.add_argument("--json", action="store_true", help="machine-readable output")
        parser: argparse.ArgumentParser = a
        return parser

    a = device_action("objects", "List the device's COSEM objects (the association's object list).")
    a.set_defaults(func=cmd_objects, command_key="dlms objects")
    a = device_action("get", "Read an attribute.")
    a.add_argument("target", help="OBIS[:ATTRIBUTE], attribute 2 by default (e.g. 1.0.1.8.0.255:2)")
    a.add_argument("--class", dest="class_id", type=int, help="class id (default: from the object list)")
    a.add_argument("--range", help="profile generic rows between two ISO times: FROM,TO")
    a.add_argument("--entries", help="profile generic rows FROM,TO (1-based, 0 = to the end)")
    a.set_defaults(func=cmd_get, command_key="dlms get")
    a = device_action("set", "Write an attribute.")
    a.add_argument("target", help="OBIS:ATTRIBUTE")
    a.add_argument("value", nargs="?", help="the value, read as --type")
    value_options(a)
    a.set_defaults(func=cmd_set, command_key="dlms set")
    a = device_action("action", "Invoke a method.")
    a.add_argument("target", help="OBIS:METHOD")
    a.add_argument("value", nargs="?", help="the parameter, read as --type (default: none)")
    value_options(a)
    a.set_defaults(func=cmd_action, command_key="dlms action")
    a = actions.add_parser(
        "decode",
        help="Decode an HDLC frame, wrapper PDU or APDU given as hex.",
        description="Decode an HDLC frame, wrapper PDU or APDU given as hex (spaces allowed).",
    )
    a.add_argument("hex", nargs="+", help="the bytes as hex")
    a.add_argument("--json", action="store_true", help="machine-readable output")
    a.set_defaults(func=cmd_decode)
    a = actions.add_parser(
        "simulate",
        help="Run a simulated 2N MeterCom PRO (DLMS over TCP, and HDLC on a pty pair).",
        description="Run a simulated 2N MeterCom PRO: TCP wrapper on loopback and HDLC on a pty pair.",
    )
    a.add_argument("--port", type=int, default=4059, help="TCP port on 127.0.0.1 (0 picks one; default 4059)")
    a.add_argument("--password", default="HELLO", help="the meter reader's LLS password (default HELLO)")
    a.add_argument("--json", action="store_true", help="print one JSON line with the URLs once ready")
    a.set_defaults(func=cmd_simulate)


def value_options(a: argparse.ArgumentParser) -> None:
    """--type / --hex / --class for set and action."""
    a.add_argument("--type", default="long-unsigned", choices=sorted(VALUE_TYPES), help="the value's type")
    a.add_argument("--hex", help="the value as raw A-XDR hex (for structures and arrays)")
    a.add_argument("--class", dest="class_id", type=int, help="class id (default: from the object list)")


def parse_value(args: argparse.Namespace) -> Data | None:
    """The value from --hex, or VALUE read as --type; None when neither is given."""
    if args.hex:
        return parse_axdr_hex(args.hex)
    if args.value is None:
        return Data.null() if args.type == "null" else None
    return parse_typed(args.type, args.value)


def _password(args: argparse.Namespace) -> str | None:
    """--password, else the key store entry (under --password-ref or the URL), else the public client."""
    if args.password is not None:
        return str(args.password)
    ref = args.password_ref or args.url
    if default_keystore_path().exists() and (args.password_ref or master_password_available()):
        entry = open_keystore().get(DEVICE_PASSWORD, ref)
        if entry is not None:
            return entry.secret
    if args.password_ref:
        raise UsageError(f"the key store holds no password under '{args.password_ref}'")
    return None


async def _session(args: argparse.Namespace) -> DlmsSession:
    return await DlmsSession.connect(
        args.url,
        password=_password(args),
        client_sap=args.client,
        server_logical=args.server,
        server_physical=args.physical,
        timeout=args.timeout,
        retries=args.retries,
    )


def _entry_json(entry: ObjectListEntry) -> dict[str, Any]:
    return {
        "class": entry.class_id,
        "class_name": class_name(entry.class_id),
        "version": entry.version,
        "obis": entry.logical_name.dotted,
        "attributes": {str(i): mode.name.lower() for i, mode in entry.attribute_access},
        "methods": {str(i): mode.name.lower() for i, mode in entry.method_access},
    }


async def cmd_objects(args: argparse.Namespace) -> int:
    """gwterm dlms objects."""
    async with await _session(args) as session:
        entries = await session.object_list()
    if args.json:
        print(json.dumps({"objects": [_entry_json(e) for e in entries]}))
        return 0
    for entry in entries:
        readable = sum(1 for _, mode in entry.attribute_access if mode.name.lower() != "no_access")
        print(
            f"{entry.logical_name.dotted:<20} class {entry.class_id:<5} {class_name(entry.class_id):<24} "
            f"v{entry.version}  {readable} attributes readable"
        )
    return 0


def _access(args: argparse.Namespace) -> Any:
    if args.range and args.entries:
        raise UsageError("give --range or --entries, not both")
    if args.range:
        start, comma, end = args.range.partition(",")
        if not comma:
            raise ValidationError("range", f"'{args.range}': give FROM,TO")
        return RangeDescriptor.between(parse_when(start), parse_when(end)).to_access()
    if args.entries:
        first, comma, last = args.entries.partition(",")
        try:
            return EntryDescriptor(from_entry=int(first), to_entry=int(last or 0)).to_access()
        except ValueError:
            raise ValidationError("entries", f"'{args.entries}': give FROM,TO as numbers") from None
    return None


def _value_json(class_id: int | None, index: int, data: Data) -> dict[str, Any]:
    body: dict[str, Any] = {"type": DataType(data.type).label, "value": data_json(data, text=True)}
    if class_id is not None:
        body["attribute_name"] = attribute_name(class_id, index)
        decoded = decode_attribute(class_id, index, data)
        if isinstance(decoded, ScalerUnit):
            body["scaler"], body["unit"] = decoded.scaler, decoded.symbol
    return body


async def cmd_get(args: argparse.Namespace) -> int:
    """gwterm dlms get."""
    obis, index = parse_target(args.target)
    access = _access(args)
    async with await _session(args) as session:
        data = await session.get(obis, index, class_id=args.class_id, access=access)
        class_id = args.class_id if args.class_id is not None else await session.class_of(obis)
        scaler_unit = None
        scaler_index = scaler_unit_index(class_id)
        if scaler_index and is_scaled(class_id, index) and isinstance(data.value, int | float):
            scaler_unit = scaler_unit_from_data(await session.get(obis, scaler_index, class_id=class_id))
    body = {"obis": obis.dotted, "attribute": index, "class": class_id, **_value_json(class_id, index, data)}
    if scaler_unit is not None and isinstance(data.value, int | float):
        if scaler_unit.scaler:
            body["value"] = number_json(scaler_unit.scale(data.value))
        body["scaler"], body["unit"] = scaler_unit.scaler, scaler_unit.symbol
    if args.json:
        print(json.dumps(body))
    else:
        value = body["value"]
        shown = json.dumps(value) if isinstance(value, list) else value
        unit = f" {body['unit']}" if body.get("unit") and is_scaled(class_id or 0, index) else ""
        print(f"{obis.dotted}:{index} ({body['type']}) = {shown}{unit}")
    return 0


async def cmd_set(args: argparse.Namespace) -> int:
    """gwterm dlms set."""
    obis, index = parse_target(args.target, default=None)
    value = parse_value(args)
    if value is None:
        raise UsageError("give the VALUE (with --type) or --hex")
    what = [f"{obis.dotted}:{index}"]
    try:
        async with await _session(args) as session:
            await session.set(obis, index, value, class_id=args.class_id)
    except GwtermError as exc:
        audit(args, "dlms set", keys=what, result="failed", detail=str(exc))
        raise
    audit(args, "dlms set", keys=what)
    if args.json:
        print(json.dumps({"obis": obis.dotted, "attribute": index, "result": "success"}))
    else:
        print(f"{obis.dotted}:{index} written")
    return 0


async def cmd_action(args: argparse.Namespace) -> int:
    """gwterm dlms action."""
    obis, method = parse_target(args.target, default=None)
    parameter = parse_value(args)
    what = [f"{obis.dotted} method {method}"]
    try:
        async with await _session(args) as session:
            returned = await session.action(obis, method, parameter, class_id=args.class_id)
    except GwtermError as exc:
        audit(args, "dlms action", keys=what, result="failed", detail=str(exc))
        raise
    audit(args, "dlms action", keys=what)
    body: dict[str, Any] = {"obis": obis.dotted, "method": method, "result": "success"}
    if returned is not None:
        body["return"] = data_json(returned, text=True)
    if args.json:
        print(json.dumps(body))
    else:
        print(f"{obis.dotted} method {method} done" + (f": {body['return']}" if "return" in body else ""))
    return 0


async def cmd_decode(args: argparse.Namespace) -> int:
    """gwterm dlms decode: framing, APDU and the registers found, in DESIGN.md's JSON shape."""
    text = "".join(args.hex).replace(" ", "").replace(":", "")
    try:
        raw = bytes.fromhex(text)
    except ValueError:
        raise ValidationError("hex", "the input is not hex") from None
    body = registers_json(decode_any(raw))
    if args.json:
        print(json.dumps(body))
        return 0
    print(f"{body['kind']}: {body['apdu']}")
    for register_ in body["registers"]:
        unit = f" {register_['unit']}" if register_.get("unit") else ""
        print(f"  {register_.get('obis') or '-':<20} {register_.get('value', register_.get('error'))}{unit}")
    if body.get("notes"):
        for note in body["notes"]:
            print(f"  note: {note}", file=sys.stderr)
    return 0


async def cmd_simulate(args: argparse.Namespace) -> int:
    """gwterm dlms simulate: the 2N MeterCom PRO simulator on TCP and on a pty pair (HDLC)."""
    import asyncio  # noqa: PLC0415

    from app.sim.metercom import MeterComSimulator  # noqa: PLC0415
    from app.sim.serial_line import VirtualSerialLine  # noqa: PLC0415
    from app.transports import listen, open_stream  # noqa: PLC0415

    device = MeterComSimulator(password=args.password)
    listener = await listen(f"tcp://127.0.0.1:{args.port}", device.serve)
    line = await VirtualSerialLine().start()
    port = await open_stream(f"serial://{line.a}?baud=9600")
    hdlc = asyncio.ensure_future(device.serve_hdlc(port))
    urls = {
        "tcp": f"tcp://127.0.0.1:{getattr(listener, 'port', args.port)}",
        "serial": f"serial://{line.b}?baud=9600",
    }
    if args.json:
        print(json.dumps({**urls, "model": "metercom-pro"}), flush=True)
    else:
        print("simulated 2N MeterCom PRO (DLMS/COSEM)")
        for kind, url in urls.items():
            print(f"  {kind}: {url}")
        print(f"  meter reader client 0x20, password {args.password}; public client 0x10")
        print("Ctrl+C stops it.", flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        hdlc.cancel()
        await listener.close()
        await port.close()
        await line.close()
    return 0
