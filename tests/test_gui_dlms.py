"""The DLMS tab driven as a user would (offscreen) against a simulated 2N MeterCom PRO on loopback."""

from __future__ import annotations

import asyncio
import csv
import datetime
import io
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
qasync = pytest.importorskip("qasync")

from PySide6.QtCore import QDateTime  # noqa: E402
from PySide6.QtGui import QCloseEvent  # noqa: E402
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QLineEdit  # noqa: E402

from app.protocols.dlms.axdr import Data  # noqa: E402
from app.protocols.dlms.client import ClientState  # noqa: E402
from app.sim.metercom import MeterComSimulator  # noqa: E402
from app.transports import listen  # noqa: E402
from app.views.dlms_editor import IntegerSpinBox, ValueEditorDialog  # noqa: E402
from app.views.dlms_profile import EXPORT_ROLE, number_display  # noqa: E402
from app.views.dlms_tab import DlmsTab  # noqa: E402
from app.views.main_window import MainWindow  # noqa: E402
from tests.gui_helpers import StallingProxy, qt_event_loop, shown_main_window, until  # noqa: E402

VALUE = 4  # the attribute table's value column


@pytest.fixture(scope="module")
def loop() -> Iterator[asyncio.AbstractEventLoop]:
    yield from qt_event_loop()


@pytest.fixture
def window(loop: asyncio.AbstractEventLoop, tmp_path: Path) -> Iterator[MainWindow]:
    # the assertions below read raw Wh values and comma-separated exports
    yield from shown_main_window(
        loop, tmp_path, {"display/energy_unit": "Wh", "display/csv_separator": "comma"}
    )


@pytest.fixture
def meter(loop: asyncio.AbstractEventLoop) -> Iterator[tuple[MeterComSimulator, str]]:
    sim = MeterComSimulator(password="HELLO")
    listener = loop.run_until_complete(listen("tcp://127.0.0.1:0", sim.serve))
    yield sim, f"tcp://127.0.0.1:{listener.port}"  # type: ignore[attr-defined]
    loop.run_until_complete(listener.close())


def dlms(window: MainWindow) -> DlmsTab:
    tab = window.dlms_tab
    window.tabs.setCurrentWidget(tab)
    return tab


async def connect(tab: DlmsTab, url: str, password: str = "HELLO") -> None:
    tab.url.setCurrentText(url)
    tab.client.setValue(0x20)
    tab.password.setText(password)
    tab.connect_button.click()
    await until(lambda: not tab.busy, timeout=15, what="association and object list")


async def idle(tab: DlmsTab, what: str) -> None:
    await until(lambda: not tab.busy, timeout=10, what=what)


def value_cell(tab: DlmsTab, index: int) -> str:
    for row in range(tab.attributes.rowCount()):
        if tab.attributes.item(row, 0).text() == str(index):
            return tab.attributes.item(row, VALUE).text()
    raise AssertionError(f"no attribute {index}")


def test_connect_errors_then_browse_and_read_clock_and_register(
    window: MainWindow, meter: tuple[MeterComSimulator, str], loop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    sim, url = meter

    async def scenario() -> None:
        tab = dlms(window)
        assert window.tabs.tabText(window.tabs.currentIndex()) == "DLMS"
        assert not tab.read_button.isEnabled() and "Connect" in tab.read_button.toolTip()

        closed = await listen("tcp://127.0.0.1:0", sim.serve)
        refused_url = f"tcp://127.0.0.1:{closed.port}"  # type: ignore[attr-defined]
        await closed.close()
        await connect(tab, refused_url)
        assert not tab.connected and tab.light_state == "error"
        assert "Connection problem" in tab.status.text()
        assert window.notification.kind == "error" and window.notification.isVisible()

        proxy = await StallingProxy("127.0.0.1", int(url.rsplit(":", 1)[1])).start()
        proxy.flowing.clear()  # the link goes silent: the AARQ is never answered
        tab.url.setCurrentText(f"tcp://127.0.0.1:{proxy.port}")
        tab.password.setText("HELLO")
        tab.connect_button.click()
        await until(lambda: "Connecting" in tab.status.text(), what="connecting")
        await asyncio.sleep(0.3)
        assert tab.busy and tab.cancel_button.isEnabled() and tab.light_state == "connecting"
        tab.cancel_button.click()
        await idle(tab, "cancel")
        assert tab.status.text() == "Cancelled." and not tab.connected and tab.light_state == "idle"
        proxy.flowing.set()
        await proxy.close()

        await connect(tab, url, password="WRONG")
        assert not tab.connected and tab.light_state == "error"
        assert "wrong password" in tab.status.text(), tab.status.text()
        assert tab.object_count() == 0

        await connect(tab, url)
        assert tab.connected and tab.light_state == "connected", tab.status.text()
        assert tab.object_count() > 200
        groups = [group.text(0) for group, _ in tab.groups]
        assert "Clock (8)" in groups and "Register (3)" in groups and "Profile generic (7)" in groups
        assert tab.url.itemText(0) == url, "the URL is offered again"
        assert not tab.url.isEnabled() and not tab.password.isEnabled()

        tab.filter.setText("1-0:32.7")
        shown = [c.text(0) for _, children in tab.groups for c in children if not c.isHidden()]
        assert shown == ["1.0.32.7.0.255"]
        tab.filter.setText("")

        assert tab.select_object("0.0.1.0.0.255")
        assert "Clock (8)" in tab.object_label.text()
        tab.read_all_button.click()
        await idle(tab, "clock read")
        shown_time = datetime.datetime.fromisoformat(value_cell(tab, 2))
        assert abs((shown_time - datetime.datetime.now(datetime.UTC)).total_seconds()) < 30
        assert value_cell(tab, 1).startswith("0.0.1.0.0.255")

        assert tab.select_object("1-0:32.7.0*255")
        assert tab.select_attribute(2)
        tab.read_button.click()
        await idle(tab, "register read")
        raw = sim.value("1.0.32.7.0.255")
        assert raw is not None
        volts = Decimal(raw.as_int()).scaleb(-1)
        assert value_cell(tab, 2) == f"{number_display(volts)} V"
        assert "scaler -1" in value_cell(tab, 3) and "V" in value_cell(tab, 3)

        exported = tab.export_csv(tmp_path / "register.csv")
        assert exported is not None
        rows = list(csv.reader(io.StringIO(exported.read_text(encoding="utf-8"))))
        assert rows[0] == ["#", "Attribute", "Access", "Type", "Value"]
        value_row = next(r for r in rows if r[0] == "2")
        assert value_row[1] == "value" and Decimal(value_row[4]) == volts

    loop.run_until_complete(scenario())


def test_write_refused_write_and_method(
    window: MainWindow, meter: tuple[MeterComSimulator, str], loop: asyncio.AbstractEventLoop
) -> None:
    sim, url = meter

    async def scenario() -> None:
        tab = dlms(window)
        await connect(tab, url)
        assert tab.connected, tab.status.text()

        assert tab.select_object("1.0.0.8.4.255")  # a measurement period the meter reader may change
        tab.read_all_button.click()
        await idle(tab, "read")
        assert value_cell(tab, 2) == "900"
        assert tab.select_attribute(2)
        assert tab.write_button.isEnabled()
        tab.write_button.click()
        dialog = tab.editor_dialog
        assert isinstance(dialog, ValueEditorDialog) and dialog.isVisible()
        spin = dialog.findChild(IntegerSpinBox, "value-editor")
        assert spin is not None and (spin.low, spin.high) == (0, 2**32 - 1), "double-long-unsigned range"
        spin.lineEdit().setText("99999999999")
        assert not dialog.ok_button.isEnabled() and "out of range" in dialog.error.text()
        spin.lineEdit().setText("1800")
        assert dialog.ok_button.isEnabled()
        dialog.ok_button.click()
        await idle(tab, "write")
        assert sim.value("1.0.0.8.4.255") == Data.double_long_unsigned(1800)
        assert value_cell(tab, 2) == "1800"
        assert "reads back: 1800" in tab.status.text()

        assert tab.select_object("0.0.1.0.0.255")
        assert tab.select_attribute(1)
        assert not tab.write_button.isEnabled() and "not writable" in tab.write_button.toolTip()
        tab.read_all_button.click()
        await idle(tab, "clock read")
        assert tab.select_attribute(2)
        tab.write_button.click()
        dialog = tab.editor_dialog
        assert dialog is not None and dialog.type_combo.currentData() == "date-time"
        editor = dialog.findChild(QDateTimeEdit, "value-editor")
        assert editor is not None
        editor.setDateTime(QDateTime(datetime.datetime(2031, 5, 6, 7, 8, 9)))
        dialog.ok_button.click()
        await idle(tab, "clock write")
        assert value_cell(tab, 2).startswith("2031-05-06T07:08:"), value_cell(tab, 2)
        assert abs((sim.now() - datetime.datetime(2031, 5, 6, 7, 8, 9).astimezone()).total_seconds()) < 30

        assert tab.select_object("0.0.25.4.0.255")  # GPRS modem setup: the APN is an octet-string
        tab.read_all_button.click()
        await idle(tab, "APN read")
        assert value_cell(tab, 2) == "internet"
        assert tab.select_attribute(2)
        tab.write_button.click()
        dialog = tab.editor_dialog
        assert dialog is not None
        line = dialog.findChild(QLineEdit, "value-editor")
        assert line is not None and line.text() == "internet"
        dialog.findChild(QCheckBox, "value-hex").setChecked(True)
        assert line.text() == "696E7465726E6574"
        line.setText("6D326D2E6578616D706C65")
        dialog.ok_button.click()
        await idle(tab, "APN write")
        assert sim.value("0.0.25.4.0.255") == Data.octet_string(b"m2m.example")
        assert value_cell(tab, 2) == "m2m.example"

        assert tab.select_object("0.0.22.0.0.255")  # HDLC setup: comm_speed is 0..9
        assert tab.select_attribute(2)
        tab.write_button.click()
        dialog = tab.editor_dialog
        assert dialog is not None
        assert dialog.type_combo.currentData() == "enum", "no value read yet: the type comes from the class"
        dialog.findChild(IntegerSpinBox, "value-editor").lineEdit().setText("12")
        dialog.ok_button.click()
        await idle(tab, "refused write")
        assert "other-reason (250)" in tab.status.text()
        assert window.notification.kind == "error"
        assert "write refused: other-reason (250)" in value_cell(tab, 2)
        assert tab.session is not None and tab.session.association.state is ClientState.READY

        assert tab.select_object("0.0.96.3.10.255")  # disconnect control
        assert tab.select_method(1)
        tab.invoke_button.click()
        dialog = tab.editor_dialog
        assert dialog is not None and dialog.type_combo.currentData() == "none"
        dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("integer"))
        dialog.ok_button.click()
        await idle(tab, "remote_disconnect")
        assert "remote_disconnect done" in tab.status.text(), tab.status.text()
        tab.read_all_button.click()
        await idle(tab, "read")
        assert value_cell(tab, 2) == "false"

    loop.run_until_complete(scenario())


def test_profile_generic_table_plot_and_csv(
    window: MainWindow, meter: tuple[MeterComSimulator, str], loop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    sim, url = meter

    async def scenario() -> None:
        tab = dlms(window)
        await connect(tab, url)
        assert sim.associated
        assert tab.select_object("1.0.99.1.0.255")
        assert tab.pages.isTabEnabled(1)
        tab.pages.setCurrentIndex(1)
        panel = tab.profile
        panel.read_button.click()
        await idle(tab, "buffer")
        assert panel.table.rowCount() == 96, tab.status.text()
        headers = [panel.table.horizontalHeaderItem(c).text() for c in range(panel.table.columnCount())]
        assert headers[0] == "0-0:1.0.0*255:2" and headers[1] == "1-0:1.8.0*255:2 [Wh]"
        xs, ys = panel.points()
        assert len(xs) == len(ys) == 96 and ys[0] < ys[-1]
        assert panel.curve is not None and len(panel.curve.getData()[0]) == 96
        assert panel.plot_column.count() == 4

        panel.mode.setCurrentIndex(panel.mode.findData("last"))
        panel.last.setValue(10)
        panel.read_button.click()
        await idle(tab, "last entries")
        assert panel.table.rowCount() == 10
        assert panel.points()[1][-1] == ys[-1]

        first = datetime.datetime.fromisoformat(panel.table.item(0, 0).data(EXPORT_ROLE))
        panel.mode.setCurrentIndex(panel.mode.findData("range"))
        panel.from_edit.setDateTime(QDateTime(first.astimezone().replace(tzinfo=None)))
        end = first + datetime.timedelta(hours=1)
        panel.to_edit.setDateTime(QDateTime(end.astimezone().replace(tzinfo=None)))
        panel.read_button.click()
        await idle(tab, "time range")
        assert panel.table.rowCount() == 5, tab.status.text()  # both ends included: 5 quarter hours

        path = tab.export_csv(tmp_path / "profile.csv")
        assert path is not None
        rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
        assert rows[0] == headers and len(rows) == 6
        assert datetime.datetime.fromisoformat(rows[1][0]) == first
        assert rows[1][1] == "86", "the energy column counts quarter hours in the simulator"

        # closing the window releases the association: the meter serves one at a time (the event is given
        # to the filter directly, a real close would end the test's event loop with the last window)
        tab.eventFilter(window, QCloseEvent())
        await until(lambda: not sim.associated, what="association released")

    loop.run_until_complete(scenario())
