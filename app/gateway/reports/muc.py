"""MUC.one report formats (manual §7.4.1 XML, §7.4.3 JSON; tables 29–31) as the research extraction has them.

Choices where the manual is unclear or silent (docs/reports.md lists them):
* every meter sits in `muc.meter` (the manual's JSON sample nests the second meter by mistake);
* VER and MED_ID are integers, SCALE a number (as the JSON sample, not Table 26), VAL a string;
* VAL × SCALE is the value in UNIT: VAL is the value's decimal digits, SCALE the power of ten
  (3611.318 m^3 → VAL "3611318", SCALE 0.001); Wh are sent as kWh by SCALE (§7.4: "Wh → kWh");
* INTERFACE is text (`MBus`, `wMBus`) in XML as in JSON (XML-9 style); VERSION is "1";
* data USER carries our record key (`volume/instantaneous/1/0/0`): it tells storage numbers and tariffs
  apart, which the MUC.one fields cannot; OBIS_ID, DIF and VIF are left out (we keep decoded records);
* T_MUC is the reading time; `T` (meter time) is not sent; failed readouts are not in these formats;
* MESSAGE_ID (on `muc`) is our extension: the stable id receivers de-duplicate by;
* events (their own message kind) use MESSAGE_TYPE 2 in XML and a `muc.event` array in JSON.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from decimal import Decimal, InvalidOperation
from typing import Any

from app.gateway.reports.model import Document, MeterData, ReportContent, file_stamp
from app.gateway.storage import MeterInfo, ReadingValue, split_record_key

MEDIA = {
    0: "Other", 1: "Oil", 2: "Electricity", 3: "Gas", 4: "Heat (outlet)", 5: "Steam", 6: "Warm water",
    7: "Water", 8: "Heat cost allocator", 9: "Compressed air", 10: "Cooling (outlet)", 11: "Cooling (inlet)",
    12: "Heat (inlet)", 13: "Combined heat / cooling", 14: "Bus / System component", 15: "Unknown medium",
    20: "Calorific value", 21: "Hot water", 22: "Cold water", 23: "Dual register (hot/cold) water",
    24: "Pressure", 25: "A/D Converter", 26: "Smoke detector", 27: "Room sensor", 28: "Gas detector",
    32: "Breaker (electricity)", 33: "Valve (gas or water)", 37: "Customer unit", 40: "Waste water",
    41: "Waste", 42: "Carbon dioxide", 49: "Communication controller", 50: "Unidirectional repeater",
    51: "Bidirectional repeater", 54: "Radio converter (system side)", 55: "Radio converter (meter side)",
}  # fmt: skip

DESCRIPTIONS = {
    "error_flags": "Error flags (Device type specific)", "digital_output": "Digital output",
    "special_supplier_information": "Special supplier information", "credit": "Credit", "debit": "Debit",
    "voltage": "Volts", "current": "Ampere", "energy": "Energy", "volume": "Volume", "mass": "Mass",
    "operating_time": "Operating time", "on_time": "On time", "power": "Power", "volume_flow": "Volume flow",
    "mass_flow": "Mass flow", "return_temperature": "Return temperature",
    "flow_temperature": "Flow temperature", "temperature_difference": "Temperature difference",
    "external_temperature": "External temperature", "pressure": "Pressure", "date": "Time point",
    "date_time": "Time point", "hca": "Units for H. C. A.", "averaging_duration": "Averaging duration",
    "actuality_duration": "Actuality duration", "enhanced_identification": "Identification",
    "fabrication_number": "Fabrication", "bus_address": "Address", "digital_input": "Digital input",
    "software_version": "Software version", "access_number": "Access number", "medium": "Device type",
    "manufacturer": "Manufacturer", "parameter_set_id": "Parameter set identification",
    "model_version": "Model / Version", "hardware_version": "Hardware version",
    "firmware_version": "Metrology (firmware) version", "customer_location": "Customer location",
    "customer": "Customer", "access_code_user": "Access code user",
    "access_code_operator": "Access code operator",
    "access_code_system_operator": "Access code system operator",
    "access_code_developer": "Access code developer", "password": "Password", "error_mask": "Error mask",
    "baud_rate": "Baud rate", "response_delay_time": "Response delay time", "retry": "Retry",
    "remote_control": "Remote control (device specific)",
    "first_storage_number": "First storagenum. for cyclic storage",
    "last_storage_number": "Last storagenum. for cyclic storage",
    "storage_block_size": "Size of storage block",
    "storage_interval": "Storage interval", "manufacturer_specific": "Vendor specific data",
    "duration_since_last_readout": "Duration since last readout", "start_of_tariff": "Start of tariff",
    "duration_of_tariff": "Duration of tariff", "period_of_tariff": "Period of tariff",
    "wmbus_data_container": "wM-Bus data container", "reset_counter": "Reset counter",
    "cumulation_counter": "Cumulation counter", "control_signal": "Control signal",
    "day_of_week": "Day of week",
    "week_number": "Week number", "time_point_of_day_change": "Time point of day change",
    "parameter_activation_state": "State of parameter activation",
    "duration_since_last_cumulation": "Duration since last cumulation",
    "battery_operating_time": "Operating time battery", "battery_change": "Battery change",
    "rf_level": "RSSI",
    "rssi": "RSSI", "daylight_saving": "Day light saving", "listening_window": "Listening window management",
    "remaining_battery_life": "Remaining battery life time", "meter_stop_count": "Stop counter",
    "manufacturer_data_container": "Vendor specific data container", "reactive_energy": "Reactive energy",
    "reactive_power": "Reactive power", "relative_humidity": "Relative humidity",
    "phase_voltage_voltage": "Phase voltage to voltage", "phase_voltage_current": "Phase voltage to current",
    "frequency": "Frequency", "cold_warm_temperature_limit": "Cold/Warm Temperature limit",
    "cumulative_max_power": "Cumulative count max. power", "apparent_energy": "Apparent energy",
    "apparent_power": "Apparent power", "security_key": "Security key",
}  # fmt: skip

UNITS = {"": "None", "°C": "Degree C", "°F": "Degree F", "bar": "Bar", "HCA": "None", "varh": "kVARh"}
INTERFACES = {"mbus": "MBus", "wmbus": "wMBus"}


def description(quantity: str) -> str:
    """The Table 30 DESCRIPTION of a decoded quantity (qualifiers dropped); meter-specific text otherwise."""
    base = quantity.split(":", 1)[0]
    return DESCRIPTIONS.get(base, "Meter specific description (text based)")


def medium_text(medium: int | None) -> str:
    """The Table 29 medium text."""
    if medium is None:
        return "Unknown medium"
    return MEDIA.get(medium, "Reserved")


def scaled(value: ReadingValue, unit: str) -> tuple[str, str, Decimal]:
    """(UNIT, VAL, SCALE) such that VAL × SCALE is the value in UNIT; Wh become kWh."""
    exponent_shift = 0
    out_unit = UNITS.get(unit, unit)
    if unit == "Wh":
        out_unit, exponent_shift = "kWh", -3
    elif unit == "varh":
        exponent_shift = -3
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return out_unit, "" if value is None else str(value), Decimal(1)
    try:
        number = Decimal(value) if isinstance(value, int) else Decimal(repr(value))
    except InvalidOperation:
        return out_unit, str(value), Decimal(1)
    if not number.is_finite():
        return out_unit, str(value), Decimal(1)
    sign, digits, exponent = number.as_tuple()
    assert isinstance(exponent, int)
    if exponent > 0:  # 1.2E+3: write the digits out
        digits, exponent = digits + (0,) * exponent, 0
    mantissa = int("".join(map(str, digits)) or "0") * (-1 if sign else 1)
    return out_unit, str(mantissa), Decimal(1).scaleb(exponent + exponent_shift)


def _scale_text(scale: Decimal) -> str:
    return format(scale.normalize(), "f") if scale.adjusted() >= -6 else format(scale, "E").replace("E", "e")


def _is_integer(text: str) -> bool:
    return text.lstrip("-").isdigit()


def _data_items(data: MeterData) -> list[dict[str, Any]]:
    """Per record key: DESCRIPTION, UNIT, one SCALE (the finest of its entries) and the entries."""
    groups: dict[str, list[tuple[int, ReadingValue, str]]] = {}
    for r in data.readings:
        if r.status == "ok":
            groups.setdefault(r.key, []).append((r.ts, r.value, r.unit))
    items = []
    for key, entries in groups.items():
        rows = [(ts, *scaled(value, unit)) for ts, value, unit in entries]
        scales = [scale for _, _, val, scale in rows if _is_integer(val)]
        common = min(scales) if scales else Decimal(1)
        values = []
        for ts, _, text, scale in rows:
            exact = _is_integer(text) and scale != common
            values.append({"T_MUC": ts, "VAL": str(int(text) * int(scale / common)) if exact else text})
        items.append(
            {
                "DESCRIPTION": description(split_record_key(key)["quantity"]),
                "UNIT": rows[0][1],
                "SCALE": common,
                "USER": key,
                "entry": values,
            }
        )
    return items


def _meter_fields(info: MeterInfo) -> dict[str, Any]:
    meter: dict[str, Any] = {
        "METER_ID": info.serial or info.address,
        "INTERFACE": INTERFACES.get(info.interface, info.interface),
        "MAN": info.manufacturer,
        "VER": info.version if info.version is not None else 0,
        "MED": medium_text(info.medium),
        "MED_ID": info.medium if info.medium is not None else 15,
    }
    if info.name:
        meter["USER"] = info.name
    return meter


def _meter_json(data: MeterData) -> dict[str, Any]:
    meter = _meter_fields(data.meter)
    meter["data"] = [{**item, "SCALE": float(item["SCALE"])} for item in _data_items(data)]
    return meter


def render_json(content: ReportContent) -> Document:
    """The MUC.one JSON report (one document, every meter)."""
    muc: dict[str, Any] = {
        "MUC_ID": content.gateway,
        "VERSION": "1",
        "TIMESTAMP": content.created,
        "MESSAGE_ID": content.message_id,
    }
    if content.kind == "event":
        muc["event"] = [
            {"ID": e.id, "T": e.at, "KIND": e.kind, "LEVEL": e.level, "METER_ID": e.meter, "TEXT": e.message}
            for e in content.events
        ]
    else:
        muc["meter"] = [_meter_json(m) for m in content.meters]
    body = json.dumps({"muc": muc}, ensure_ascii=False, separators=(",", ":")).encode()
    return Document(
        message_id=content.message_id,
        body=body,
        content_type="application/json",
        filename=_filename(content, "json"),
    )


def render_xml(content: ReportContent) -> Document:
    """The MUC.one XML report (interface → muc → meter → data → entry → param)."""
    root = ET.Element("interface", MESSAGE_TYPE="2" if content.kind == "event" else "1")
    muc = ET.SubElement(
        root,
        "muc",
        MUC_ID=content.gateway,
        VERSION="1",
        TIMESTAMP=str(content.created),
        MESSAGE_ID=content.message_id,
    )
    if content.kind == "event":
        for e in content.events:
            node = ET.SubElement(
                muc, "event", ID=str(e.id), T=str(e.at), KIND=e.kind, LEVEL=e.level, METER_ID=e.meter
            )
            node.text = e.message
    for data in content.meters:
        fields = _meter_fields(data.meter)
        meter = ET.SubElement(muc, "meter", {k: str(v) for k, v in fields.items()})
        for item in _data_items(data):
            node = ET.SubElement(
                meter,
                "data",
                DESCRIPTION=item["DESCRIPTION"],
                UNIT=item["UNIT"],
                SCALE=_scale_text(item["SCALE"]),
                MEDIUM=fields["MED"],
                USER=item["USER"],
            )
            for entry in item["entry"]:
                xml_entry = ET.SubElement(node, "entry")
                ET.SubElement(xml_entry, "param", NAME="T_MUC").text = str(entry["T_MUC"])
                ET.SubElement(xml_entry, "param", NAME="VAL").text = entry["VAL"]
    ET.indent(root, space="  ")
    body = b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(
        root, encoding="utf-8", xml_declaration=False
    )
    return Document(
        message_id=content.message_id,
        body=body + b"\n",
        content_type="application/xml",
        filename=_filename(content, "xml"),
    )


def _filename(content: ReportContent, extension: str) -> str:
    kind = "eventreport" if content.kind == "event" else "valuereport"
    return f"{content.gateway}_{kind}_{file_stamp(content.created)}_{content.message_id}.{extension}"
