"""The desktop application against a real soft-gateway process, driven as a user would (offscreen)."""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
qasync = pytest.importorskip("qasync")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QSpinBox, QTableWidget  # noqa: E402

from app.devices.native import NativeDevice  # noqa: E402
from app.users.audit import AuditLog  # noqa: E402
from app.views.edit_dialog import EditValuesDialog  # noqa: E402
from app.views.main_window import MainWindow  # noqa: E402
from tests.gui_helpers import StallingProxy, qt_event_loop, shown_main_window, until  # noqa: E402
from tests.helpers import ROOT, GatewayProcess, start_gateway_process  # noqa: E402

PASSWORD = "Gui-Pw-3"
I18N = ROOT / "i18n"


@pytest.fixture(scope="module")
def gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GatewayProcess]:
    process = start_gateway_process(
        tmp_path_factory.mktemp("gui") / "gw", password=PASSWORD, extra=["--simulated-radio"]
    )
    yield process
    process.stop()


@pytest.fixture(scope="module")
def loop() -> Iterator[asyncio.AbstractEventLoop]:
    yield from qt_event_loop()


@pytest.fixture
def window(loop: asyncio.AbstractEventLoop, tmp_path: Path) -> Iterator[MainWindow]:
    yield from shown_main_window(loop, tmp_path)


async def connected(window: MainWindow, url: str, password: str = PASSWORD) -> None:
    window.panel.set_url(url)
    window.panel.password.setText(password)
    window.panel.connect_button.click()
    await until(
        lambda: window.controller.is_connected and not window.controller.is_busy, what="connect + read"
    )


def test_edit_apn_and_write_reaches_the_gateway(
    window: MainWindow, gateway: GatewayProcess, loop: asyncio.AbstractEventLoop
) -> None:
    async def scenario() -> None:
        await connected(window, gateway.url)
        assert window.select_group("apn")
        assert window.param_model.rowCount() >= 3
        assert not window.act_write.isEnabled(), "nothing edited yet: write is disabled"
        window.edit_button.click()
        dialog = window.edit_dialog
        assert isinstance(dialog, EditValuesDialog)
        field = dialog.findChild(QLineEdit, "field:conn.apn_name")
        field.setText("gui.apn.example")
        assert dialog.ok_button.isEnabled()
        dialog.ok_button.click()
        assert "APN" in window.edited_label.text()
        assert window.act_write.isEnabled()
        row = [p.key for p in window.param_model.params].index("conn.apn_name")
        assert window.param_model.data(window.param_model.index(row, 0)).startswith("● ")
        window.act_write.trigger()
        await until(lambda: not window.controller.is_busy, what="write")
        assert window.notification.kind == "info", window.notification.message.text()
        assert "verified" in window.notification.message.text()
        assert "none" in window.edited_label.text()
        async with await NativeDevice.connect(gateway.url, PASSWORD) as device:
            assert (await device.read(["conn.apn_name"])).values["conn.apn_name"] == "gui.apn.example"

    loop.run_until_complete(scenario())


def test_write_that_restarts_the_device_is_followed(
    window: MainWindow, gateway: GatewayProcess, loop: asyncio.AbstractEventLoop
) -> None:
    async def scenario() -> None:
        await connected(window, gateway.url)
        assert window.select_group("mobile")
        window.edit_button.click()
        dialog = window.edit_dialog
        combo = dialog.findChild(QComboBox, "field:mobile.operator_mode")
        combo.setCurrentIndex(combo.findData("manual"))
        dialog.findChild(QLineEdit, "field:mobile.operator").setText("21630")
        assert dialog.ok_button.isEnabled()
        dialog.ok_button.click()
        window.act_write.trigger()
        await until(lambda: not window.controller.is_busy, timeout=20, what="write + restart")
        assert window.notification.kind == "info", window.notification.message.text()
        assert window.controller.is_connected and window.panel.state_text.text() == "Connected"
        async with await NativeDevice.connect(gateway.url, PASSWORD) as device:
            values = (await device.read(["mobile.operator_mode", "mobile.operator"])).values
        assert values == {"mobile.operator_mode": "manual", "mobile.operator": "21630"}

    loop.run_until_complete(scenario())


def test_invalid_input_keeps_ok_disabled_and_says_why(
    window: MainWindow, gateway: GatewayProcess, loop: asyncio.AbstractEventLoop
) -> None:
    async def scenario() -> None:
        await connected(window, gateway.url)
        for group, key, bad, reason in (
            ("m2m", "m2m.primary_port", "70000", "65535"),
            ("wdt", "wdt.ping_ip", "300.1.2.x", "IP address"),
        ):
            assert window.select_group(group)
            window.edit_button.click()
            dialog = window.edit_dialog
            field = dialog.findChild(QSpinBox, f"field:{key}") or dialog.findChild(QLineEdit, f"field:{key}")
            field = field.lineEdit() if isinstance(field, QSpinBox) else field
            field.setText(bad)
            assert not dialog.ok_button.isEnabled()
            error = dialog.errors[key]
            assert error.isVisibleTo(dialog) and reason in error.text()
            field.setText("9000" if key.endswith("port") else "192.0.2.1")
            assert dialog.ok_button.isEnabled() and not error.isVisibleTo(dialog)
            if group == "m2m":  # a port another one already listens on
                field.setText("9001")
                assert not dialog.ok_button.isEnabled()
                assert "Configuration and firmware download port" in error.text()
                assert "Utility communication port (primary)" in dialog.errors["m2m.config_port"].text()
                field.setText("9000")
                assert dialog.ok_button.isEnabled() and not dialog.errors["m2m.config_port"].isVisibleTo(
                    dialog
                )
            dialog.reject()

    loop.run_until_complete(scenario())


def test_device_error_on_write_is_shown(
    window: MainWindow, gateway: GatewayProcess, loop: asyncio.AbstractEventLoop
) -> None:
    async def scenario() -> None:
        await connected(window, gateway.url)
        assert window.controller.edits is not None
        window.controller.edits.edits["m2m.primary_port"] = 70000  # as a mismatched profile would send it
        window.act_write.setEnabled(True)
        window.write_parameters()
        await until(lambda: not window.controller.is_busy, what="write")
        assert window.notification.isVisible() and window.notification.kind == "error"
        assert "m2m.primary_port" in window.notification.message.text()
        assert window.notification.details.toPlainText(), "the protocol trace belongs in Details"
        assert window.controller.is_connected, "a refused write keeps the session"

    loop.run_until_complete(scenario())


def test_cancel_during_read_leaves_the_window_usable(
    window: MainWindow, gateway: GatewayProcess, loop: asyncio.AbstractEventLoop
) -> None:
    async def scenario() -> None:
        host, port = gateway.url.removeprefix("tcp://").split(":")
        proxy = await StallingProxy(host, int(port)).start()
        try:
            await connected(window, f"tcp://127.0.0.1:{proxy.port}")
            proxy.flowing.clear()
            window.act_read.trigger()
            await until(lambda: window.controller.is_busy, what="read to start")
            await asyncio.sleep(0.3)
            assert window.status_cancel.isVisible() and window.act_cancel.isEnabled()
            window.act_cancel.trigger()
            await until(lambda: not window.controller.is_busy, what="cancel")
            assert "cancelled" in window.notification.message.text()
            proxy.flowing.set()
            assert window.act_read.isEnabled()
            window.act_read.trigger()
            await until(lambda: not window.controller.is_busy, timeout=15, what="read after cancel")
            assert window.notification.kind == "info", window.notification.message.text()
        finally:
            await proxy.close()

    loop.run_until_complete(scenario())


def test_device_information_window(
    window: MainWindow, gateway: GatewayProcess, loop: asyncio.AbstractEventLoop
) -> None:
    async def scenario() -> None:
        await connected(window, gateway.url)
        window.act_info.trigger()
        dialog = window.info_dialog
        assert dialog is not None
        await until(lambda: bool(dialog.info), what="device info")
        assert dialog.values["model"].text() == "wm-e2s"
        assert dialog.values["rssi_dbm"].text().endswith("dBm")
        assert 1 <= dialog.bar.level <= 4
        dialog.copy_all()
        assert "IMEI" in QApplication.clipboard().text()

    loop.run_until_complete(scenario())


def test_traffic_monitor_records_named_frames(
    window: MainWindow, gateway: GatewayProcess, loop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    async def scenario() -> None:
        await connected(window, gateway.url)
        rows = window.traffic_model.rows
        assert any("HELLO" in r[5] for r in rows) and any("reply GET" in r[5] for r in rows)
        window.traffic.save(str(tmp_path / "trace.txt"))
        assert "LOGIN" in (tmp_path / "trace.txt").read_text()
        assert PASSWORD not in (tmp_path / "trace.txt").read_text()
        window.traffic.pause.setChecked(True)
        before = len(rows)
        window.act_read.trigger()
        await until(lambda: not window.controller.is_busy)
        assert len(rows) == before

    loop.run_until_complete(scenario())


def test_save_open_compare_files(
    window: MainWindow, gateway: GatewayProcess, loop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    async def scenario() -> None:
        await connected(window, gateway.url)
        path = tmp_path / "saved.cfg"
        window.save_path(str(path))
        text = path.read_text()
        assert "conn.apn_name =" in text and "sec.password" in text and PASSWORD not in text
        path.write_text(
            text.replace("conn.pdp_delay = ", "conn.pdp_delay = 1").replace(
                "conn.pdp_delay = 10", "conn.pdp_delay = 12"
            )
        )
        dialog = window.compare_path(str(path))
        assert dialog is not None
        table = dialog.findChild(QTableWidget, "compare-table")
        assert table is not None and table.rowCount() == 1
        assert table.item(0, 0).text() != "" and table.item(0, 2).text() == "12"
        dialog.reject()
        window.open_path(str(path))
        assert window.controller.edits is not None and "conn.pdp_delay" in window.controller.edits.pending()
        assert str(path) in window._recent()

    loop.run_until_complete(scenario())


def test_file_given_at_start_loads_once_connected(
    window: MainWindow, gateway: GatewayProcess, loop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    async def scenario() -> None:
        path = tmp_path / "from-file-manager.cfg"
        path.write_text("conn.apn_name = opened.apn\n", encoding="utf-8")
        window.open_when_connected(str(path))
        assert window.pending_open == str(path)
        await connected(window, gateway.url)
        await until(lambda: window.pending_open is None, what="pending file loaded")
        assert window.controller.edits is not None
        assert window.controller.edits.pending() == {"conn.apn_name": "opened.apn"}

    loop.run_until_complete(scenario())


def _ts_messages(path: Path) -> list[ET.Element]:
    return list(ET.parse(path).getroot().iter("message"))


@pytest.mark.parametrize("lang", ["de", "fr", "es", "cs", "pl", "hu"])
def test_translation_sources_are_complete(lang: str) -> None:
    messages = _ts_messages(I18N / f"gwterm_{lang}.ts")
    assert len(messages) > 200
    problems = []
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            problems.append(f"unfinished: {source!r}")
            continue
        for form in forms:
            for token in ("%1", "%2", "%n"):
                if (token in source) != (token in form) and not (token == "%n" and len(forms) > 1):
                    problems.append(f"placeholder {token} in {source!r} -> {form!r}")
        if forms[0] == source and any(len(w) >= 4 and w.islower() for w in source.replace("…", " ").split()):
            problems.append(f"English copy: {source!r}")
    assert not problems, f"{len(problems)} problems, e.g. {problems[:5]}"


def test_language_switch_retranslates_the_open_window(
    window: MainWindow, gateway: GatewayProcess, loop: asyncio.AbstractEventLoop
) -> None:
    qm = I18N / "gwterm_de.qm"
    if not qm.exists():
        lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
        subprocess.run([lrelease, "-silent", str(I18N / "gwterm_de.ts"), "-qm", str(qm)], check=True)

    async def scenario() -> None:
        await connected(window, gateway.url)
        assert window.select_group("apn")
        english = (
            window.act_read.text(),
            window.param_model.headerData(0, Qt_Horizontal()),
            window.group_combo.currentText(),
        )
        window.set_language("de")
        await asyncio.sleep(0.1)
        german = (
            window.act_read.text(),
            window.param_model.headerData(0, Qt_Horizontal()),
            window.group_combo.currentText(),
        )
        assert german[0] != english[0] and german[1] != english[1]
        assert window.controller.is_connected, "switching language keeps the connection"
        assert window.group_combo.currentData() == "apn"
        window.set_language("en")
        await asyncio.sleep(0.1)
        assert window.act_read.text() == english[0]

    loop.run_until_complete(scenario())


def Qt_Horizontal() -> object:
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def screenshot(url: str, out: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run `gwterm gui --connect URL --screenshot OUT` as a user would."""
    command = [sys.executable, "-m", "app", "gui", "--connect", url, "--password", PASSWORD, "--group", "apn"]
    return subprocess.run(
        [*command, "--screenshot", str(out)],
        cwd=ROOT,
        env={**os.environ, **env},
        timeout=60,
        capture_output=True,
        check=False,
        text=True,
    )


def test_screenshot_command_offscreen(gateway: GatewayProcess, tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    result = screenshot(
        gateway.url, out, {"QT_QPA_PLATFORM": "offscreen", "GWTERM_SETTINGS": str(tmp_path / "s.ini")}
    )
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 10_000


def test_real_window_under_xvfb(gateway: GatewayProcess, tmp_path: Path) -> None:
    """Once, a real X11 window (xcb platform) under Xvfb rather than offscreen."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        if os.environ.get("CI"):
            pytest.fail("Xvfb must be installed in CI (make test installs it as root)")
        pytest.skip("Xvfb is not installed (make test installs it when run as root)")
    display = f":{90 + os.getpid() % 500}"
    server = subprocess.Popen(
        [xvfb, display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"], stderr=subprocess.DEVNULL
    )
    try:
        for _ in range(50):
            if Path(f"/tmp/.X11-unix/X{display[1:]}").exists():
                break
            time.sleep(0.1)
        out = tmp_path / "xcb.png"
        env = {"QT_QPA_PLATFORM": "xcb", "DISPLAY": display, "GWTERM_SETTINGS": str(tmp_path / "s.ini")}
        result = screenshot(gateway.url, out, env)
        assert result.returncode == 0, result.stderr
        assert out.stat().st_size > 10_000
    finally:
        server.terminate()
        server.wait(10)


def test_mbus_tab_scans_reads_and_exports(
    window: MainWindow, loop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    from app.sim.mbus_bus import MbusBusSimulator
    from app.sim.mbus_meters import MeterSet
    from app.transports import listen

    async def scenario() -> None:
        bus = MbusBusSimulator(MeterSet.generated(5, telegrams=2))
        listener = await listen("tcp://127.0.0.1:0", bus.serve)
        try:
            window.settings.setValue("display/csv_separator", "semicolon")  # the header asserted below
            window.apply_display_settings()
            tab = window.mbus_tab
            window.tabs.setCurrentWidget(tab)
            tab.bus.setEditText(f"tcp://127.0.0.1:{listener.port}")  # type: ignore[attr-defined]
            tab.scan_secondary.click()
            await until(lambda: tab.task is not None and tab.task.done(), timeout=60, what="scan")
            assert tab.meter_table.rowCount() == 5, tab.status.text()
            tab.meter_table.selectRow(2)
            tab.read_selected()
            await until(lambda: tab.task is not None and tab.task.done(), what="read")
            assert tab.record_table.rowCount() >= 10, tab.status.text()
            quantities = {tab.record_table.item(r, 4).text() for r in range(tab.record_table.rowCount())}
            assert "volume" in quantities
            csv_text = tab.records_csv()
            assert csv_text.splitlines()[0] == "function;storage;tariff;subunit;quantity;value;unit"
            assert len(csv_text.splitlines()) == tab.record_table.rowCount() + 1
            tab.scan_primary.click()
            await asyncio.sleep(0.2)
            tab.cancel_task()
            await until(lambda: tab.task is not None and tab.task.done(), what="cancel")
            assert tab.scan_primary.isEnabled() and "Cancel" in tab.status.text()
        finally:
            await listener.close()

    loop.run_until_complete(scenario())


def test_fleet_tab_plan_apply_export_rollback(
    window: MainWindow, loop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt

    from app.fleet.sheet import read_sheet
    from app.sim.fleet import SimulatedFleet

    async def scenario() -> None:
        fleet = await SimulatedFleet(root=tmp_path / "fleet", count=6, password=PASSWORD).start()
        try:
            lines = ["url;password_ref;model;conn.apn_name;conn.pdp_delay"]
            lines += [f"{u};x;wm-e2s;tab.apn;{n + 1}" for n, u in enumerate(fleet.urls[:5])]
            lines.append(f"{fleet.urls[5]};x;wm-e2s;tab.apn;70000")
            sheet = tmp_path / "fleet.csv"
            sheet.write_text("\n".join(lines) + "\n")
            tab = window.fleet_tab
            window.tabs.setCurrentWidget(tab)
            tab.open_path(sheet)
            model = tab.model
            assert model.rowCount() == 6 and len(tab.devices) == 5
            bad = model.index(5, 3 + model.sheet.header.index("conn.pdp_delay"))
            assert "3600" in model.data(bad, Qt.ItemDataRole.ToolTipRole)
            assert model.data(model.index(5, 0)) == "invalid"
            tab.password.setText(PASSWORD)
            tab.plan()
            await until(lambda: tab.task is not None and tab.task.done(), what="plan")
            assert [model.changes[n] for n in model.numbers[:5]] == [2, 2, 2, 2, 2], tab.summary.text()
            tab.apply()
            await until(lambda: tab.task is not None and tab.task.done(), timeout=30, what="apply")
            assert [model.data(model.index(r, 0)) for r in range(5)] == ["verified"] * 5
            assert all(
                g.server.store.typed_values()["conn.apn_name"] == "tab.apn" for g in fleet.gateways[:5]
            )
            assert fleet.gateways[5].server.store.typed_values()["conn.apn_name"] == "internet"
            results = tmp_path / "results.csv"
            from app.fleet.runner import write_results

            write_results(results, tab.results)
            assert [
                dict(zip(read_sheet(results).header, r, strict=True))["status"]
                for r in read_sheet(results).rows
            ] == ["verified"] * 5
            tab.rollback_path(results)
            await until(lambda: tab.task is not None and tab.task.done(), timeout=30, what="rollback")
            assert all(g.server.store.typed_values()["conn.apn_name"] == "internet" for g in fleet.gateways)
            urls = {d.url for d in tab.devices}
            for action in ("fleet apply", "fleet rollback"):
                audited = [e for e in AuditLog().entries(action=action) if e["device"] in urls]
                assert {e["device"] for e in audited} == urls and {e["result"] for e in audited} == {
                    "verified"
                }
        finally:
            await fleet.close()

    loop.run_until_complete(scenario())


def test_firmware_dialog_shows_the_header_then_updates(
    window: MainWindow, loop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    from app.firmware import image as fw
    from app.firmware import keys
    from app.gateway.runtime import SoftGateway

    keydir = tmp_path / "keys"
    keys.keygen(keydir, ["wm-e2s"])
    header = fw.ImageHeader(models=("wm-e2s",), version="3.3.3", notes="GUI test build")
    image_path = tmp_path / "fw.img"
    image_path.write_bytes(
        fw.pack(
            os.urandom(20_000),
            header,
            signing_key=keys.signing_key(keydir),
            model_key=keys.model_key(keydir, "wm-e2s"),
        )
    )
    (tmp_path / "junk.img").write_bytes(b"not an image")

    async def scenario() -> None:
        gateway = SoftGateway.create_or_open(tmp_path / "gw", model="wm-e2s", password=PASSWORD)
        gateway.firmware.install_trust(keydir)
        listener = await gateway.serve("tcp://127.0.0.1:0")
        try:
            await connected(window, f"tcp://127.0.0.1:{listener.port}")  # type: ignore[attr-defined]
            window.act_firmware.trigger()
            dialog = window.firmware_dialog
            assert not dialog.load(tmp_path / "junk.img") and not dialog.start.isEnabled()
            assert dialog.load(image_path)
            assert (
                dialog.fields["version"].text() == "3.3.3"
                and dialog.fields["notes"].text() == "GUI test build"
            )
            assert "nothing has been sent" in dialog.fields["state"].text()
            assert not (tmp_path / "gw" / "incoming" / "firmware.part").exists()
            dialog.start.click()
            await until(lambda: dialog.task is not None and dialog.task.done(), timeout=30, what="update")
            assert "confirmed" in dialog.fields["state"].text(), dialog.fields["state"].text()
            assert dialog.progress.value() == dialog.progress.maximum() > 0
            assert gateway.firmware.running_version() == "3.3.3"
            updates = AuditLog().entries(action="firmware update")
            assert (
                updates
                and updates[-1]["result"] == "ok"
                and updates[-1]["detail"].endswith("3.3.3, confirmed")
            )
        finally:
            await gateway.close()

    loop.run_until_complete(scenario())


def test_wireless_tab_listens_and_key_import_reviews_rows(
    window: MainWindow, loop: asyncio.AbstractEventLoop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.sim.wmbus_tx import SimulatedAir
    from app.transports import listen
    from app.views.wireless_tab import KeyImportDialog

    monkeypatch.setenv("GWTERM_KEYSTORE", str(tmp_path / "keys.json"))
    monkeypatch.setenv("GWTERM_MASTER_PASSWORD", "Master-9")
    air = SimulatedAir.generated(3, interval=0.05)
    sheet = tmp_path / "keys.csv"
    sheet.write_text(air.keys_csv() + "99999999;NOT-HEX;GWT;7;1\n")

    async def scenario() -> None:
        tab = window.wireless_tab
        dialog = KeyImportDialog(sheet, tab)
        assert dialog.good == 3 and "1 row(s) have problems" in dialog.summary.text()
        bad = [
            dialog.table.item(r, 2).text()
            for r in range(dialog.table.rowCount())
            if dialog.table.item(r, 1).text() == ""
        ]
        assert len(bad) == 1 and "Key" in bad[0]
        assert not (tmp_path / "keys.json").exists(), "nothing is stored before Import"
        dialog.store()
        assert dialog.stored == 3
        listener = await listen("tcp://127.0.0.1:0", air.serve)
        try:
            tab.source.setEditText(f"tcp://127.0.0.1:{listener.port}?receiver=im871a")  # type: ignore[attr-defined]
            tab.start()
            await until(
                lambda: (
                    len(tab.listener.meters) == 3
                    and all(m.telegrams >= 2 for m in tab.listener.meters.values())
                ),
                timeout=20,
                what="three meters heard",
            )
            states = {tab.table.item(r, 7).text() for r in range(tab.table.rowCount())}
            assert states == {"decrypted"}
            tab.table.selectRow(0)
            assert tab.records.rowCount() >= 2
            tab.stop()
            await until(lambda: tab.task is not None and tab.task.done(), what="stop")
            assert tab.start_button.isEnabled()
        finally:
            await listener.close()

    loop.run_until_complete(scenario())


def test_fleet_table_stays_smooth_with_ten_thousand_rows(window: MainWindow, tmp_path: Path) -> None:
    import time as clock

    rows = ["url;password_ref;model;conn.apn_name"]
    rows += [f"tcp://10.{n // 65536}.{n // 256 % 256}.{n % 256}:9001;r;wm-e2s;apn{n}" for n in range(10_000)]
    rows[5000] = rows[5000].replace("apn4999", "x" * 80)  # one invalid cell in the middle
    sheet = tmp_path / "big.csv"
    sheet.write_text("\n".join(rows) + "\n")
    tab = window.fleet_tab
    started = clock.perf_counter()
    tab.open_path(sheet)
    QApplication.processEvents()
    loaded = clock.perf_counter() - started
    assert tab.model.rowCount() == 10_000 and len(tab.devices) == 9_999
    started = clock.perf_counter()
    for number in tab.model.numbers:
        tab.model.set_status(number, "verified")
    tab.view.scrollToBottom()
    QApplication.processEvents()
    updates = clock.perf_counter() - started
    assert loaded < 10 and updates < 5, f"load {loaded:.2f} s, 10 000 status updates {updates:.2f} s"


def test_viewer_cannot_write_and_admin_manages_users(
    loop: asyncio.AbstractEventLoop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.users.accounts import User, UserStore
    from app.users.audit import AuditLog
    from app.views.users_dialogs import AuditDialog, LoginDialog, UsersDialog

    monkeypatch.setenv("GWTERM_DATA_DIR", str(tmp_path / "data"))
    store = UserStore()
    store.add("root", "admin", "Admin-Pass-1")
    store.add("vic", "viewer", "Viewer-Pass-1")
    login = LoginDialog(store)
    login.name.setText("vic")
    login.password.setText("wrong-one")
    login.try_login()
    assert login.user is None and "wrong password" in login.reason.text()
    login.password.setText("Viewer-Pass-1")
    login.try_login()
    assert login.user == User(name="vic", role="viewer")

    viewer = MainWindow(QSettings(str(tmp_path / "v.ini"), QSettings.Format.IniFormat), user=login.user)
    assert not viewer.act_write.isEnabled() and "role (viewer)" in viewer.act_write.toolTip()
    assert not viewer.act_users.isEnabled() and not viewer.fleet_tab.isEnabled()
    viewer.close()

    admin = MainWindow(
        QSettings(str(tmp_path / "a.ini"), QSettings.Format.IniFormat), user=User(name="root", role="admin")
    )
    assert admin.act_users.isEnabled() and admin.act_audit.isEnabled()
    users = UsersDialog(store, admin.user)
    users.add_user("eng", "engineer", "Engineer-Pass-1")
    assert users.table.rowCount() == 3
    users.add_user("bad", "viewer", "short")
    assert "8 characters" in users.reason.text() and users.table.rowCount() == 3
    audit = AuditDialog(AuditLog())
    assert audit.table.rowCount() == 1 and audit.table.item(0, 2).text() == "user add"
    admin.close()


def test_iec_readout_window_reads_a_meter_into_the_table(
    window: MainWindow, loop: asyncio.AbstractEventLoop
) -> None:
    from app.sim.iec_meter import IecMeterSimulator
    from app.transports import listen

    async def scenario() -> None:
        sim = IecMeterSimulator(manufacturer="GWt", reaction_time=0.03, mode="C")
        listener = await listen("tcp://127.0.0.1:0", sim.serve)
        try:
            window.settings.setValue("display/csv_separator", "comma")  # the header asserted below
            window.settings.setValue("display/energy_unit", "kWh")
            window.apply_display_settings()
            window.act_iec.trigger()
            dialog = window.iec_readout
            dialog.url.setText(f"tcp://127.0.0.1:{listener.port}")  # type: ignore[attr-defined]
            dialog.read_button.click()
            await until(lambda: dialog.readout is not None or "failed" in dialog.status.text(), what="read")
            expected = [d.address for d in sim.readout().datasets for _ in d.values]
            table = dialog.table
            rows = {
                table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
                for r in range(table.rowCount())
            }
            addresses = [table.item(r, 0).text() for r in range(table.rowCount())]
            assert addresses == expected, dialog.status.text()
            assert rows["1.8.0"] == ("12,345.678", "kWh") and rows["32.7.0"] == ("230.1", "V")
            assert "check OK" in dialog.status.text() and "GWt" in dialog.status.text()
            csv_lines = dialog.as_csv().splitlines()
            assert csv_lines[0] == "address,value,unit" and "1.8.0,12345.678,kWh" in csv_lines
            # another energy unit converts the open readout at once; the tooltip keeps what the meter sent
            window.settings.setValue("display/energy_unit", "Wh")
            window.apply_display_settings()
            energy = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "1.8.0")
            assert (table.item(energy, 1).text(), table.item(energy, 2).text()) == ("12,345,678", "Wh")
            assert "012345.678 kWh" in table.item(energy, 1).toolTip()
            assert "1.8.0,12345678,Wh" in dialog.as_csv().splitlines()
            dialog.url.setText("tcp://127.0.0.1:1")
            dialog.read_button.click()
            await until(lambda: "failed" in dialog.status.text(), what="refused")
            assert "127.0.0.1:1" in dialog.status.text()
        finally:
            await listener.close()

    loop.run_until_complete(scenario())


def test_master_password_is_asked_once_per_session(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from app.keys.store import DEVICE_PASSWORD, Entry, KeyStore
    from app.views import keystore_access

    monkeypatch.delenv("GWTERM_MASTER_PASSWORD", raising=False)
    monkeypatch.setenv("GWTERM_KEYSTORE", str(tmp_path / "keystore.json"))
    monkeypatch.setattr(keystore_access, "_typed", {})
    monkeypatch.setattr(keystore_access, "_open", {})
    store = KeyStore(tmp_path / "keystore.json", "Master-Gui-1")
    store.put_many(
        [Entry(kind=DEVICE_PASSWORD, ref=f"tcp://10.0.0.{n}:9001", secret=f"pw-{n}") for n in (1, 2)]
    )
    answers = ["wrong-master", "Master-Gui-1"]
    asked: list[str] = []

    def get_text(*_args: object, **_kwargs: object) -> tuple[str, bool]:
        asked.append("?")
        return answers[len(asked) - 1], True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    assert window._stored_password("tcp://10.0.0.1:9001") == "", "a wrong master password opens nothing"
    assert window._stored_password("tcp://10.0.0.1:9001") == "pw-1"
    assert window._stored_password("tcp://10.0.0.2:9001") == "pw-2"
    window._store_password("tcp://10.0.0.3:9001", "pw-3")
    assert window._stored_password("tcp://10.0.0.3:9001") == "pw-3"
    assert len(asked) == 2, "asked again only after the wrong one, then never"
    assert KeyStore(tmp_path / "keystore.json", "Master-Gui-1").get(DEVICE_PASSWORD, "tcp://10.0.0.3:9001")


def test_cancel_before_the_operation_started_leaves_the_window_idle(
    window: MainWindow, loop: asyncio.AbstractEventLoop
) -> None:
    messages: list[str] = []
    window.controller.failed.connect(lambda text, _trace: messages.append(text))

    async def work() -> None:
        await asyncio.sleep(10)

    async def scenario() -> None:
        assert window.controller.run("Slow thing", work) is not None
        window.controller.cancel()  # before the task had its first turn
        await until(lambda: not window.controller.is_busy, what="idle again")
        assert messages == ["Slow thing cancelled."]
        assert window.controller.run("Next thing", work) is not None, "a new operation can start"
        window.controller.cancel()
        await until(lambda: not window.controller.is_busy, what="idle again")

    loop.run_until_complete(scenario())
