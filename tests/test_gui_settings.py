"""Display settings (offscreen): the Settings dialog keeps the energy unit, CSV separator and theme; energy
values are converted for display and export; the M-Bus tab shows and exports a heat meter read from a
simulated bus in the chosen unit and separator; the theme sets a light or dark palette, also when the
desktop switches."""

from __future__ import annotations

import asyncio
import csv
import io
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("qasync")

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QFileDialog

from app.devices.dlms_values import ProfileColumn
from app.devices.stored_data import StoredReading, readings_csv
from app.protocols.dlms.axdr import Data
from app.protocols.dlms.cosem import CaptureObject
from app.protocols.dlms.obis import Obis, ScalerUnit, unit_code
from app.protocols.mbus.secondary import SecondaryAddress, manufacturer_code
from app.views import display
from app.views.display import (
    DisplayChoice,
    convert_energy,
    convert_number,
    display_unit,
    quantity_text,
    read_display_choice,
    use_display_choice,
)
from app.views.dlms_profile import cell_item, column_title, table_csv
from app.views.main_window import MainWindow
from app.views.readings_tab import exported_reading
from app.views.settings_dialog import SettingsDialog
from tests.gui_helpers import qt_event_loop, shown_main_window, until

ENERGY_WH = 1234567
POWER_W = 1500


@pytest.fixture(scope="module")
def loop() -> Iterator[asyncio.AbstractEventLoop]:
    yield from qt_event_loop()


@pytest.fixture
def window(loop: asyncio.AbstractEventLoop, tmp_path: Path) -> Iterator[MainWindow]:
    yield from shown_main_window(loop, tmp_path)
    use_display_choice(DisplayChoice())  # the next module starts from the defaults


@pytest.fixture
def english(loop: asyncio.AbstractEventLoop) -> Iterator[None]:
    QLocale.setDefault(QLocale("en"))
    yield
    use_display_choice(DisplayChoice())
    QLocale.setDefault(QLocale("en"))


def choose(window: MainWindow, **values: str) -> None:
    """Pick values in the Settings dialog and press OK (as open_settings does after exec)."""
    dialog = SettingsDialog(window.settings, window)
    for name, value in values.items():
        combo = {"energy_unit": dialog.energy_unit, "separator": dialog.separator, "theme": dialog.theme}[
            name
        ]
        index = combo.findData(value)
        assert index >= 0, value
        combo.setCurrentIndex(index)
    window.apply_settings_dialog(dialog)
    dialog.deleteLater()


# --- conversion --------------------------------------------------------------------------------------


def test_energy_converts_between_wh_kwh_and_mwh_exactly(english: None) -> None:
    assert convert_energy(ENERGY_WH, "Wh", "kWh") == (Decimal("1234.567"), "kWh")
    assert convert_energy(ENERGY_WH, "Wh", "MWh") == (Decimal("1.234567"), "MWh")
    assert convert_energy(ENERGY_WH, "Wh", "Wh") == (ENERGY_WH, "Wh")
    assert convert_energy(Decimal("1234.567"), "kWh", "Wh") == (Decimal("1234567"), "Wh")
    assert convert_energy(3, "MWh", "kWh") == (3000, "kWh"), "whole numbers scaled up stay ints"
    assert convert_energy(2, "GWh", "MWh") == (2000, "MWh")
    value, unit = convert_energy(1234.5, "Wh", "kWh")
    assert (value, unit) == (1.2345, "kWh") and isinstance(value, float), "no 1.2345000000000002"
    value, unit = convert_energy(Decimal("0.001"), "MWh", "Wh")
    assert isinstance(value, Decimal) and value == 1000 and unit == "Wh"
    # there and back
    there, there_unit = convert_energy(ENERGY_WH, "Wh", "kWh")
    assert convert_energy(there, there_unit, "Wh") == (ENERGY_WH, "Wh")
    # power follows the prefix
    assert convert_energy(POWER_W, "W", "kWh") == (Decimal("1.5"), "kW")
    assert convert_energy(2.5, "kW", "MWh") == (0.0025, "MW")
    assert display_unit("W", "MWh") == "MW" and display_unit("kWh", "Wh") == "Wh"


def test_other_units_and_values_that_are_not_numbers_are_untouched(english: None) -> None:
    for value, unit in ((5, "m^3"), (12.5, "J"), (Decimal("7.25"), "°C"), (3, "/Wh"), (1, "kvarh"), (4, "")):
        assert convert_energy(value, unit, "MWh") == (value, unit)
    assert convert_energy("2024-05-06T07:08", "Wh", "kWh") == ("2024-05-06T07:08", "Wh"), (
        "value and unit agree"
    )
    assert convert_energy("0A1B", "Wh", "kWh") == ("0A1B", "Wh")
    assert convert_energy("nan", "Wh", "kWh") == ("nan", "Wh")
    assert convert_energy(True, "Wh", "kWh") == (True, "Wh")
    assert convert_energy(None, "Wh", "kWh") == (None, "kWh")
    assert convert_energy("12345678901234567.891", "Wh", "kWh") == (Decimal("12345678901234.567891"), "kWh")
    assert convert_number(float("inf"), "Wh", "kWh") == (float("inf"), "kWh")


def test_shown_values_are_formatted_for_the_language(english: None) -> None:
    use_display_choice(DisplayChoice(energy_unit="kWh"))
    assert quantity_text(ENERGY_WH, "Wh") == "1,234.567 kWh"
    assert quantity_text(Decimal("1234.567"), "kWh") == "1,234.567 kWh"
    assert quantity_text(5, "m^3") == "5 m^3"
    use_display_choice(DisplayChoice(energy_unit="Wh"))
    assert quantity_text(Decimal("1234.567"), "kWh") == "1,234,567 Wh", "and back"
    assert quantity_text(ENERGY_WH, "Wh") == "1,234,567 Wh"
    QLocale.setDefault(QLocale("de"))
    use_display_choice(DisplayChoice(energy_unit="kWh"))
    assert quantity_text(ENERGY_WH, "Wh") == "1.234,567 kWh"
    assert quantity_text("12345678901234567.891", "Wh") == "12.345.678.901.234,567891 kWh", (
        "no float rounding"
    )


def test_readings_and_dlms_exports_carry_the_shown_unit(english: None) -> None:
    use_display_choice(DisplayChoice(energy_unit="kWh", separator="comma"))
    energy = StoredReading(meter="1", key="energy/instantaneous/0/0/0", value=50000, unit="Wh", ts=0)
    volume = StoredReading(meter="1", key="volume/instantaneous/0/0/0", value=1.5, unit="m^3", ts=0)
    failed = StoredReading(meter="1", key="error", value="no answer", unit="", ts=0, status="error")
    rows = [exported_reading(r) for r in (energy, volume, failed)]
    assert (rows[0].value, rows[0].unit) == (50, "kWh") and rows[1:] == [volume, failed]
    table = list(csv.DictReader(io.StringIO(readings_csv(rows, delimiter=display.csv_separator()))))
    assert (table[0]["Value"], table[0]["Unit"]) == ("50", "kWh")

    column = ProfileColumn(
        capture=CaptureObject(class_id=3, logical_name=Obis.parse("1-0:1.8.0*255")),
        scaler_unit=ScalerUnit(scaler=0, unit=unit_code("Wh")),
    )
    assert column_title(column) == "1-0:1.8.0*255:2 [kWh]"
    item = cell_item(Data.double_long_unsigned(ENERGY_WH), column)
    assert item.text() == "1,234.567"
    from PySide6.QtWidgets import QTableWidget

    sheet = QTableWidget(1, 1)
    sheet.setHorizontalHeaderLabels([column_title(column)])
    sheet.setItem(0, 0, item)
    assert table_csv(sheet).splitlines() == ["1-0:1.8.0*255:2 [kWh]", "1234.567"]


# --- the Settings dialog -----------------------------------------------------------------------------


def test_settings_dialog_stores_and_reloads_the_display_settings(
    loop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    path = str(tmp_path / "settings.ini")
    fresh = SettingsDialog(QSettings(path, QSettings.Format.IniFormat))
    assert fresh.display_choice() == DisplayChoice(energy_unit="kWh", separator="semicolon", theme="system")
    fresh.energy_unit.setCurrentIndex(fresh.energy_unit.findData("MWh"))
    fresh.separator.setCurrentIndex(fresh.separator.findData("tab"))
    fresh.theme.setCurrentIndex(fresh.theme.findData("dark"))
    fresh.apply()
    fresh.settings.sync()
    again = QSettings(path, QSettings.Format.IniFormat)
    assert read_display_choice(again) == DisplayChoice(energy_unit="MWh", separator="tab", theme="dark")
    reopened = SettingsDialog(again)
    assert reopened.energy_unit.currentText() == "MWh"
    assert reopened.separator.currentData() == "tab" and reopened.theme.currentData() == "dark"
    again.setValue("display/energy_unit", "furlongs")
    assert read_display_choice(again).energy_unit == "kWh", "an unknown value gives the default"
    for dialog in (fresh, reopened):
        dialog.deleteLater()


# --- the M-Bus tab -----------------------------------------------------------------------------------


def heat_meter_bus() -> object:
    from app.sim.mbus_bus import MbusBusSimulator
    from app.sim.mbus_meters import MeterSet, SimMeter

    secondary = SecondaryAddress(id="31415926", manufacturer=manufacturer_code("GWT"), version=1, medium=0x04)
    header = secondary.to_bytes() + bytes((0, 0)) + b"\x00\x00"
    records = (
        b"\x04\x03" + ENERGY_WH.to_bytes(4, "little")  # energy, 32-bit, Wh
        + b"\x02\x2b" + POWER_W.to_bytes(2, "little")  # power, 16-bit, W
        + b"\x02\x5b" + (55).to_bytes(2, "little")  # flow temperature, °C
    )  # fmt: skip
    return MbusBusSimulator(
        MeterSet([SimMeter(primary=7, secondary=secondary, telegrams=[(0x72, header + records)])])
    )


def test_mbus_tab_shows_and_exports_in_the_chosen_unit_and_separator(
    window: MainWindow, loop: asyncio.AbstractEventLoop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.transports import listen

    bus = heat_meter_bus()
    target = tmp_path / "records.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), "CSV (*.csv)"))

    def shown() -> dict[str, tuple[str, str]]:
        table = window.mbus_tab.record_table
        return {
            table.item(r, 4).text(): (table.item(r, 5).text(), table.item(r, 6).text())
            for r in range(table.rowCount())
        }

    async def scenario() -> None:
        listener = await listen("tcp://127.0.0.1:0", bus.serve)  # type: ignore[attr-defined]
        try:
            choose(window, energy_unit="kWh", separator="tab")
            tab = window.mbus_tab
            window.tabs.setCurrentWidget(tab)
            tab.bus.setEditText(f"tcp://127.0.0.1:{listener.port}")  # type: ignore[attr-defined]
            tab.scan_secondary.click()
            await until(lambda: tab.task is not None and tab.task.done(), timeout=20, what="scan")
            assert tab.meter_table.rowCount() == 1, tab.status.text()
            tab.meter_table.selectRow(0)
            tab.read_selected()
            await until(lambda: tab.task is not None and tab.task.done(), what="read")
            assert {r["unit"] for r in tab.records} >= {"Wh", "W"}, "the records keep what the meter said"
            assert shown()["energy"] == ("1,234.567", "kWh")
            assert shown()["power"] == ("1.500", "kW"), "the resolution of the meter (1 W) kept"
            assert shown()["flow_temperature"][1] == "°C"

            tab.export_dialog()
            rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8")), delimiter="\t"))
            assert rows[0] == ["function", "storage", "tariff", "subunit", "quantity", "value", "unit"]
            exported = {r[4]: (r[5], r[6]) for r in rows[1:]}
            assert exported["energy"] == ("1234.567", "kWh") and exported["power"] == ("1.500", "kW")
            assert Decimal(exported["flow_temperature"][0]) == 55

            choose(window, energy_unit="Wh", separator="comma")  # takes effect at once: no new read
            assert shown()["energy"] == ("1,234,567", "Wh") and shown()["power"] == ("1,500", "W")
            lines = tab.records_csv().splitlines()
            assert lines[0] == "function,storage,tariff,subunit,quantity,value,unit"
            assert any(line.endswith(",energy,1234567,Wh") for line in lines)
        finally:
            await listener.close()

    loop.run_until_complete(scenario())


def test_every_csv_the_gui_writes_uses_the_chosen_separator(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QTableWidgetItem

    from app.fleet.journal import RowResult
    from app.fleet.runner import rollback_devices
    from app.fleet.sheet import read_sheet
    from app.users.audit import AuditLog
    from app.views.iec_readout import IecReadoutWindow
    from app.views.users_dialogs import AuditDialog

    choose(window, separator="tab")
    saved: list[Path] = []

    def save_as(name: str) -> None:
        saved.append(tmp_path / name)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(saved[-1]), ""))

    readout = IecReadoutWindow()
    readout.table.setRowCount(1)
    for column, text in enumerate(("1.8.0", "012345.678", "kWh")):
        readout.table.setItem(0, column, QTableWidgetItem(text))
    assert readout.as_csv().splitlines() == ["address\tvalue\tunit", "1.8.0\t012345.678\tkWh"]

    log = AuditLog(tmp_path / "audit.jsonl")
    log.record("alice", "write", device="tcp://gw:9001", keys=["conn.apn_name"])
    audit = AuditDialog(log)
    save_as("audit.csv")
    audit.export_dialog()
    header, entry = saved[-1].read_text(encoding="utf-8").splitlines()
    assert header == "time\tuser\taction\tdevice\tkeys\tresult\tdetail" and "\talice\twrite\t" in entry

    window.fleet_tab.results = [
        RowResult(row=2, device="tcp://gw:9001", model="wm-e2s", status="verified", changed=["conn.apn_name"],
                  previous={"conn.apn_name": "old.apn"})
    ]  # fmt: skip
    save_as("results.csv")
    window.fleet_tab.export_dialog()
    sheet = read_sheet(saved[-1])
    assert "\t" in saved[-1].read_text(encoding="utf-8-sig").splitlines()[0]
    assert sheet.header[:2] == ("row", "device") and sheet.rows[0][1] == "tcp://gw:9001"
    devices, _notes = rollback_devices(sheet)
    assert [d.url for d in devices] == ["tcp://gw:9001"], "a tab-separated results file rolls back"
    for dialog in (readout, audit):
        dialog.deleteLater()


# --- the theme ---------------------------------------------------------------------------------------


def window_lightness() -> int:
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness()


def plot_lightness(window: MainWindow) -> list[bool]:
    """Whether the Readings and DLMS profile plots have a dark background and light axis text."""
    dark = []
    for plot in (window.readings_tab.plot, window.dlms_tab.profile.plot):
        background = plot.backgroundBrush().color().lightness()
        axis_text = plot.getAxis("left").textPen().color().lightness()
        dark.append(background < 96 and axis_text > 192)
        assert (background < 96) == (axis_text > 192), "background and text agree"
    return dark


def test_dark_theme_sets_a_dark_palette_and_light_restores_it(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose(window, theme="dark")
    assert window_lightness() < 96
    assert QGuiApplication.palette().color(QPalette.ColorRole.WindowText).lightness() > 192
    QApplication.processEvents()  # widgets take the application palette from a posted event
    assert window.palette().color(QPalette.ColorRole.Window).lightness() < 96, "the open window follows"
    label = window.mbus_tab.status
    assert label.palette().color(QPalette.ColorRole.WindowText).lightness() > 192
    assert plot_lightness(window) == [True, True], "the plots turn dark with the window"
    choose(window, theme="light")
    assert window_lightness() > 192
    assert QGuiApplication.palette().color(QPalette.ColorRole.Text).lightness() < 64
    QApplication.processEvents()
    assert plot_lightness(window) == [False, False], "and light again"

    # `system` follows the desktop's colour scheme, also when it switches while the window is open
    hints = QGuiApplication.styleHints()
    monkeypatch.setattr(display, "system_is_dark", lambda: True)
    choose(window, theme="system")
    assert window_lightness() < 96
    monkeypatch.setattr(display, "system_is_dark", lambda: False)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert window_lightness() > 192
    choose(window, theme="light")
    monkeypatch.setattr(display, "system_is_dark", lambda: True)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window_lightness() > 192, "a chosen theme does not follow the desktop"
