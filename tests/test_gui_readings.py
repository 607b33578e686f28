"""The Readings and Reports tabs against a real in-process gwterm-gw soft-gateway, driven as a user would
(offscreen): stored meters listed, series plotted (one meter, another value, two overlaid, other ranges),
the rows exported as CSV, XLSX and PNG and read back; report status, a test send answered by a real
aiohttp receiver on loopback, its errors shown in the tab, Apply + Parameter write, Send now; viewers may
look but not send; a modem without storage shows neither tab."""

from __future__ import annotations

import asyncio
import base64
import csv
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("qasync")
pytest.importorskip("pyqtgraph")

import openpyxl
from aiohttp import web
from PySide6.QtCore import QDateTime, QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLineEdit

from app.devices.native import NativeDevice
from app.gateway.runtime import SoftGateway
from app.gateway.storage import DB_FILE, EventKind, MeterInfo, Reading, Storage
from app.sim.mbus_bus import MbusBusSimulator
from app.sim.mbus_meters import MeterSet
from app.transports import listen
from app.users.accounts import User
from app.views.main_window import MainWindow
from tests.gui_helpers import qt_event_loop, shown_main_window, until

PASSWORD = "Readings-Pw-5"
HOURS = 30 * 24  # a month of hourly values per meter
VOLUME = "volume/instantaneous/0/0/0"
POWER = "power/instantaneous/0/0/0"
ENERGY = "energy/instantaneous/0/0/0"


@dataclass
class Receiver:
    """An aiohttp server keeping every POST; basic auth `gw:right`, else 401 `who are you`."""

    url: str = ""
    posts: list[dict[str, Any]] = field(default_factory=list)
    runner: web.AppRunner | None = None

    async def start(self) -> Receiver:
        async def handle(request: web.Request) -> web.Response:
            if request.headers.get("Authorization") != "Basic " + base64.b64encode(b"gw:right").decode():
                return web.Response(status=401, text="who are you")
            self.posts.append({"headers": dict(request.headers), "body": await request.read()})
            return web.Response(text="stored")

        app = web.Application()
        app.router.add_post("/{tail:.*}", handle)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.url = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()


@dataclass
class Rig:
    """A gwterm-gw gateway with a month of stored readings of three meters, and a report receiver."""

    gateway: SoftGateway
    url: str
    receiver: Receiver
    now: int


def history(now: int) -> tuple[list[MeterInfo], list[Reading]]:
    """Meter 1 (water: volume and power), meter 2 (electricity: energy), hourly for a month, each hour's
    values half an hour before the full hour; meter 3 read a few times long ago, its last read failed."""
    meters = [
        MeterInfo(address="1", name="kitchen", serial="12345678", manufacturer="GWT", version=1, medium=7),
        MeterInfo(address="2", name="cellar", serial="22334455", manufacturer="GWT", version=2, medium=2),
        MeterInfo(address="3", name="attic", serial="99887766", manufacturer="GWT", version=1, medium=7),
    ]
    rows: list[Reading] = []
    for hour in range(HOURS):
        ts = now - 1800 - hour * 3600
        rows.append(Reading(meter="1", key=VOLUME, value=round(100 - hour * 0.125, 3), unit="m^3", ts=ts))
        rows.append(Reading(meter="1", key=POWER, value=1000 + hour % 7, unit="W", ts=ts))
        rows.append(Reading(meter="2", key=ENERGY, value=50000 - hour * 10, unit="Wh", ts=ts))
    for day in range(10, 14):
        rows.append(Reading(meter="3", key=VOLUME, value=day, unit="m^3", ts=now - day * 86400))
    rows.append(
        Reading(meter="3", key="error", value="no answer", unit="", ts=now - 9 * 86400, status="error")
    )
    return meters, rows


async def start_rig(state: Path) -> Rig:
    receiver = await Receiver().start()
    gateway = SoftGateway.create_or_open(state, model="gwterm-gw", password=PASSWORD)
    now = int(time.time())
    storage = Storage(state / DB_FILE)
    meters, rows = history(now)
    storage.ingest(rows, meters, at=now - 1800)
    storage.add_event(EventKind.METER_UNREADABLE, "attic: no answer", at=now - 9 * 86400, meter="3")
    storage.close()
    gateway.server.store.apply(
        {
            "readout.cycle": "@every 1h",  # no meter bus: a cycle would add nothing anyway
            "report1.enabled": True,
            "report1.url": f"{receiver.url}/in",
            "report1.username": "gw",
            "report1.password": "right",
        }
    )
    listener = await gateway.serve("tcp://127.0.0.1:0")
    assert await gateway.start_data()
    return Rig(
        gateway=gateway, url=f"tcp://127.0.0.1:{getattr(listener, 'port', 0)}", receiver=receiver, now=now
    )


@pytest.fixture(scope="module")
def loop() -> Iterator[asyncio.AbstractEventLoop]:
    yield from qt_event_loop()


@pytest.fixture(scope="module")
def rig(loop: asyncio.AbstractEventLoop, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Rig]:
    started = loop.run_until_complete(start_rig(tmp_path_factory.mktemp("readings") / "gw"))
    yield started
    loop.run_until_complete(started.gateway.close())
    loop.run_until_complete(started.receiver.stop())


@pytest.fixture
def window(loop: asyncio.AbstractEventLoop, tmp_path: Path) -> Iterator[MainWindow]:
    # the assertions below read the stored Wh values and semicolon exports
    yield from shown_main_window(
        loop, tmp_path, {"display/energy_unit": "Wh", "display/csv_separator": "semicolon"}
    )


async def connected(window: MainWindow, url: str, password: str = PASSWORD) -> None:
    window.panel.set_url(url)
    window.panel.password.setText(password)
    window.panel.connect_button.click()
    await until(
        lambda: window.controller.is_connected and not window.controller.is_busy, what="connect + read"
    )


async def idle(window: MainWindow, what: str) -> None:
    await asyncio.sleep(0.05)  # timers that start the next exchange (auto refresh, selection) fire first
    await until(lambda: not window.controller.is_busy, what=what)
    await asyncio.sleep(0.05)
    await until(lambda: not window.controller.is_busy, what=what)


async def stored(url: str, meter: str, key: str, start: int | None = None, end: int | None = None) -> int:
    """How many stored values of this series the device has in the range (asked outside the window)."""
    async with await NativeDevice.connect(url, PASSWORD) as device:
        rows = await device.stored_readings(meter=meter, start=start, end=end)
    return sum(r.key == key for r in rows)


def points(window: MainWindow) -> dict[tuple[str, str], int]:
    """(meter, key) → points of each plotted curve."""
    out = {}
    for meter, key, item in window.readings_tab.curves:
        xs, _ = item.getData()
        out[(meter, key)] = 0 if xs is None else len(xs)
    return out


def cell(table: Any, row: int, column: int) -> str:
    item = table.item(row, column)
    return "" if item is None else str(item.text())


def test_readings_tab_lists_plots_overlays_and_exports(
    window: MainWindow, rig: Rig, loop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    tab = window.readings_tab

    async def scenario() -> None:
        assert not window.tabs.isTabVisible(window.tabs.indexOf(tab)), "no device: no Readings tab"
        await connected(window, rig.url)
        assert window.tabs.isTabVisible(window.tabs.indexOf(tab))
        assert window.tabs.isTabVisible(window.tabs.indexOf(window.reports_tab))
        window.tabs.setCurrentWidget(tab)
        await until(lambda: tab.meter_table.rowCount() == 3, what="the stored meters")
        await idle(window, "the newest values")
        meters = tab.meter_table
        assert [cell(meters, r, 0) for r in range(3)] == ["kitchen", "cellar", "attic"]
        assert [cell(meters, r, 1) for r in range(3)] == ["12345678", "22334455", "99887766"]
        assert cell(meters, 0, 2) == "water (07)" and cell(meters, 1, 2) == "electricity (02)"
        assert cell(meters, 0, 3) == "100 m^3", "the newest volume of meter 1"
        assert cell(meters, 1, 3) == "50,000 Wh", "numbers in the chosen language (English)"
        assert [cell(meters, r, 4) for r in range(3)] == ["ok", "ok", "unreadable"]
        assert meters.item(2, 4).toolTip() == "no answer"
        assert tab.event_table.rowCount() == 1 and cell(tab.event_table, 0, 1) == "Meter unreadable"

        # one meter, all its readings: one point per stored value of the chosen series
        tab.set_range("all")
        tab.select_meters(["1"])
        await idle(window, "meter 1's readings")
        assert points(window) == {("1", VOLUME): await stored(rig.url, "1", VOLUME)} == {("1", VOLUME): HOURS}
        assert tab.model.rowCount() == HOURS
        assert "kitchen (1) · volume [m^3]" in [label.text for _, label in tab.legend.items]
        assert tab.choose_series("1", POWER), "meter 1 has a second value to plot"
        assert points(window) == {("1", POWER): HOURS}
        assert "W" in tab.plot.getAxis("left").labelText

        # two meters overlaid, each with its own series and a legend entry
        tab.select_meters(["1", "2"])
        await idle(window, "meter 2's readings")
        assert points(window) == {("1", POWER): HOURS, ("2", ENERGY): HOURS}
        assert len(tab.legend.items) == 2 and tab.model.rowCount() == 2 * HOURS

        # another range reloads: the last 24 hours, then two days from a month ago
        tab.set_range("24h")
        await idle(window, "the last 24 hours")
        assert points(window) == {("1", POWER): 24, ("2", ENERGY): 24}
        start = QDateTime.fromSecsSinceEpoch(rig.now - 20 * 86400)
        end = QDateTime.fromSecsSinceEpoch(rig.now - 18 * 86400)
        tab.set_range("custom", start, end)
        await idle(window, "a custom range")
        window_rows = await stored(rig.url, "2", ENERGY, start.toSecsSinceEpoch(), end.toSecsSinceEpoch())
        assert window_rows == 48 and points(window) == {("1", POWER): 48, ("2", ENERGY): 48}

        # the crosshair names the nearest value of every curve
        newest = max(r.ts for r in tab.shown_rows if r.meter == "2")
        energy = next(r.value for r in tab.shown_rows if r.meter == "2" and r.ts == newest)
        text = tab.crosshair_at(newest + 60, 1000.0)
        assert f"cellar (2): {energy:,} Wh" in text and "kitchen (1): " in text and tab.v_line.isVisible()

        # exports of what is shown, read back
        tab.set_range("24h")
        await idle(window, "the last 24 hours again")
        assert tab.export_csv(str(tmp_path / "r.csv"))
        with (tmp_path / "r.csv").open(encoding="utf-8", newline="") as handle:
            table = list(csv.DictReader(handle, delimiter=";"))
        assert len(table) == 48 and {r["MeterAddress"] for r in table} == {"1", "2"}
        assert {r["Quantity"] for r in table} == {"power", "energy"}
        newest_energy = max((r for r in table if r["MeterAddress"] == "2"), key=lambda r: r["ReadingTime"])
        assert newest_energy["Value"] == "50000" and newest_energy["Unit"] == "Wh"
        assert tab.export_xlsx(str(tmp_path / "r.xlsx"))
        book = openpyxl.load_workbook(tmp_path / "r.xlsx", read_only=True)
        sheet = list(book["Readings"].iter_rows(values_only=True))
        assert sheet[0][0] == "MeterAddress" and len(sheet) == 49
        assert sorted(r[0] for r in book["Meters"].iter_rows(values_only=True))[:2] == ["1", "2"]
        png = tmp_path / "r.png"
        assert tab.export_png(str(png))
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        image = QImage(str(png))
        assert not image.isNull() and image.width() > 100 and image.height() > 100
        assert window.notification.kind == "info" and "r.png" in window.notification.message.text()

        # another energy unit in Settings: shown, plotted and exported converted, at once (power follows)
        window.settings.setValue("display/energy_unit", "kWh")
        window.apply_display_settings()
        assert cell(meters, 1, 3) == "50.000 kWh"
        newest = max(r.ts for r in tab.shown_rows if r.meter == "2")
        text = tab.crosshair_at(newest + 60, 1.0)
        assert "cellar (2): 50 kWh" in text and " kW (" in text, text
        assert tab.export_csv(str(tmp_path / "k.csv"))
        with (tmp_path / "k.csv").open(encoding="utf-8", newline="") as handle:
            table = list(csv.DictReader(handle, delimiter=";"))
        assert {r["Unit"] for r in table} == {"kW", "kWh"}
        newest_energy = max((r for r in table if r["MeterAddress"] == "2"), key=lambda r: r["ReadingTime"])
        assert newest_energy["Value"] == "50" and newest_energy["Unit"] == "kWh"

    loop.run_until_complete(scenario())


def test_reports_tab_status_test_send_apply_and_send_now(
    window: MainWindow, rig: Rig, loop: asyncio.AbstractEventLoop
) -> None:
    tab = window.reports_tab

    async def answered(what: str) -> str:
        await idle(window, what)
        return f"{tab.answer_title.text()} {tab.answer.text()}"

    async def scenario() -> None:
        await connected(window, rig.url)
        window.tabs.setCurrentWidget(tab)
        await until(lambda: cell(tab.status_table, 0, 1) == "yes", what="the report status")
        assert tab.status_table.rowCount() == 10 and cell(tab.status_table, 1, 1) == "no"
        assert cell(tab.status_table, 0, 3) == f"{rig.receiver.url}/in"
        assert "Readout cycle @every 1h" in tab.readout_label.text()
        assert tab.select_instance(1)
        url_field = tab.findChild(QLineEdit, "field:report1.url")
        assert url_field.text() == f"{rig.receiver.url}/in"
        assert tab.findChild(QLineEdit, "field:report1.password").echoMode() == QLineEdit.EchoMode.Password

        # a test send with the stored settings: the server's answer appears in the tab
        assert tab.test_button.isEnabled()
        before = len(rig.receiver.posts)
        tab.test_button.click()
        text = await answered("test send")
        assert "delivered" in text and "HTTP/1.1 200 OK: stored" in text, text
        assert any("-test-" in p["headers"]["X-Message-Id"] for p in rig.receiver.posts[before:])
        assert not window.notification.isVisible() or window.notification.kind != "error"

        # a wrong URL and a wrong password: the error, in the tab; nothing is written
        url_field.setText("http://127.0.0.1:1/in")
        tab.test_button.click()
        text = await answered("test send to a closed port")
        assert "not delivered" in text and "127.0.0.1:1" in text, text
        url_field.setText(f"{rig.receiver.url}/in")
        tab.findChild(QLineEdit, "field:report1.password").setText("wrong")
        tab.test_button.click()
        text = await answered("test send with a wrong password")
        assert "401" in text and "who are you" in text, text
        url_field.setText("ftp://127.0.0.1/in")  # another transport's URL: the device refuses it
        tab.test_button.click()
        text = await answered("test send with an impossible URL")
        assert "refused" in text and "report1.url" in text, text
        assert tab.form is not None and tab.form.errors["report1.url"].isVisibleTo(tab)
        async with await NativeDevice.connect(rig.url, PASSWORD) as device:
            assert (await device.read(["report1.url"])).values["report1.url"] == f"{rig.receiver.url}/in"

        # Apply stages the form's values; Parameter write sends them; the status follows
        tab.revert_button.click()
        form = tab.form
        assert form is not None and not form.is_dirty()
        url_field = tab.findChild(QLineEdit, "field:report1.url")
        url_field.setText(f"{rig.receiver.url}/other")
        assert tab.apply_button.isEnabled() and not window.act_write.isEnabled()
        tab.apply_button.click()
        assert window.controller.edits is not None
        assert window.controller.edits.pending() == {"report1.url": f"{rig.receiver.url}/other"}
        assert "Report 1" in window.edited_label.text() and window.act_write.isEnabled()
        window.act_write.trigger()
        await idle(window, "the write")
        assert window.notification.kind == "info", window.notification.message.text()
        await until(
            lambda: cell(tab.status_table, 0, 3) == f"{rig.receiver.url}/other", what="the status re-read"
        )

        # Send now delivers what is waiting, with the written settings
        before = len(rig.receiver.posts)
        tab.send_button.click()
        text = await answered("send now")
        assert "delivered" in text and "not delivered" not in text, text
        assert all(p["headers"].get("X-Message-Id") for p in rig.receiver.posts[before:])

    loop.run_until_complete(scenario())


def test_viewer_sees_reports_but_cannot_send_or_apply(
    rig: Rig, loop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    viewer = MainWindow(
        QSettings(str(tmp_path / "v.ini"), QSettings.Format.IniFormat), user=User(name="vic", role="viewer")
    )
    viewer.show()
    tab = viewer.reports_tab

    async def scenario() -> None:
        await connected(viewer, rig.url)
        viewer.tabs.setCurrentWidget(tab)
        await until(lambda: cell(tab.status_table, 0, 1) == "yes", what="the report status")
        await idle(viewer, "the report status")
        for button in (tab.test_button, tab.send_button, tab.apply_button):
            assert not button.isEnabled() and "role (viewer)" in button.toolTip()
        assert tab.form is not None and not tab.form.isEnabled()
        before = len(rig.receiver.posts)
        tab.test_send()
        tab.send_now()
        await asyncio.sleep(0.2)
        assert len(rig.receiver.posts) == before, "nothing was sent for a viewer"
        viewer.tabs.setCurrentWidget(viewer.readings_tab)
        await until(lambda: viewer.readings_tab.meter_table.rowCount() == 3, what="meters for a viewer")

    try:
        loop.run_until_complete(scenario())
    finally:
        viewer.controller.cancel()
        if viewer.controller.device is not None:
            loop.run_until_complete(viewer.controller.device.close())
            viewer.controller.device = None
        viewer.close()
        viewer.deleteLater()


def test_a_modem_without_storage_shows_neither_tab(
    window: MainWindow, loop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    async def scenario() -> None:
        modem = SoftGateway.create_or_open(tmp_path / "modem", model="wm-e2s", password=PASSWORD)
        listener = await modem.serve("tcp://127.0.0.1:0")
        try:
            await connected(window, f"tcp://127.0.0.1:{getattr(listener, 'port', 0)}")
            for tab in (window.readings_tab, window.reports_tab):
                assert not window.tabs.isTabVisible(window.tabs.indexOf(tab))
                assert not tab.available
            window.controller.disconnect_device()
            await idle(window, "log off")
        finally:
            await modem.close()

    loop.run_until_complete(scenario())


def test_read_now_reads_the_bus_and_shows_what_it_stored(
    window: MainWindow, loop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    tab = window.readings_tab

    async def scenario() -> None:
        meters = MeterSet.generated(2, seed=8)
        bus = await listen("loop://gui-read-now-bus", MbusBusSimulator(meters).serve)
        gateway = SoftGateway.create_or_open(tmp_path / "gw", model="gwterm-gw", password=PASSWORD)
        rows = [[True, str(m.primary), f"meter {m.primary}", ""] for m in meters.meters]
        gateway.server.store.apply({"mbus.meters": rows, "readout.cycle": "@every 1h"})
        listener = await gateway.serve("tcp://127.0.0.1:0")
        await gateway.start_mbus("loop://gui-read-now-bus")
        assert await gateway.start_data()
        try:
            await connected(window, f"tcp://127.0.0.1:{getattr(listener, 'port', 0)}")
            window.tabs.setCurrentWidget(tab)
            await idle(window, "the (empty) stored meters")
            assert tab.meter_table.rowCount() == 0, "nothing before the hourly cycle"
            assert tab.read_now_button.isEnabled()
            tab.read_now_button.click()
            await idle(window, "read now")
            await until(lambda: tab.meter_table.rowCount() == 2, what="the meters just read")
            assert "Read 2 meter(s) now" in window.notification.message.text()
            assert gateway.data is not None and gateway.data.cycles == 1
        finally:
            await gateway.close()
            await bus.close()

    loop.run_until_complete(scenario())
