"""The desktop application on the virtual GSM network (offscreen): CSD and SMS connections from the panel,
the AT terminal and the SMS console on the PC's modem."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
qasync = pytest.importorskip("qasync")

from PySide6.QtWidgets import QLineEdit  # noqa: E402

from app.gateway.runtime import SoftGateway  # noqa: E402
from app.sim.gsm_network import GsmNetwork  # noqa: E402
from app.views.at_terminal import AtTerminal  # noqa: E402
from app.views.edit_dialog import EditValuesDialog  # noqa: E402
from app.views.main_window import MainWindow  # noqa: E402
from app.views.sms_console import SmsConsole  # noqa: E402
from tests.gui_helpers import qt_event_loop, shown_main_window, until  # noqa: E402

PC, GW = "+36209990001", "+36201000001"
PASSWORD = "Gui-Gsm-1"


@pytest.fixture(scope="module")
def loop() -> Iterator[asyncio.AbstractEventLoop]:
    yield from qt_event_loop()


@pytest.fixture(scope="module")
def network(
    loop: asyncio.AbstractEventLoop, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[GsmNetwork, SoftGateway]]:
    async def start() -> tuple[GsmNetwork, SoftGateway]:
        net = GsmNetwork(ring_interval=0.05, sms_delay=0.02, report_delay=0.02)
        net.add(PC)
        gateway = SoftGateway.create_or_open(
            tmp_path_factory.mktemp("gui-gsm") / "gw", model="wm-e2s", password=PASSWORD, simulated_radio=True
        )
        gateway.server.store.apply({"csd.password": PASSWORD})
        await gateway.start_modem(net.add(GW).url, rings=1)
        await asyncio.wait_for(gateway.modem.ready.wait(), 10)
        return net, gateway

    net, gateway = loop.run_until_complete(start())
    yield net, gateway
    loop.run_until_complete(gateway.close())
    loop.run_until_complete(net.close())


@pytest.fixture
def window(loop: asyncio.AbstractEventLoop, tmp_path: Path) -> Iterator[MainWindow]:
    yield from shown_main_window(loop, tmp_path)


def _modem(network: tuple[GsmNetwork, SoftGateway]) -> str:
    return network[0].subscribers[PC].port.path  # type: ignore[union-attr]


def test_panel_builds_and_reads_back_csd_and_sms_urls(window: MainWindow) -> None:
    panel = window.panel
    panel.transport.setCurrentIndex(panel.transport.findData("sms"))
    panel.sms.port.setEditText("/dev/ttyUSB1")
    panel.sms.baud.setCurrentText("9600")
    panel.sms.number.setText("+36 20 123 4567")
    panel.sms.dialect.setCurrentIndex(panel.sms.dialect.findData("2n"))
    url = panel.url()
    assert url == "sms://+36201234567?modem=serial:///dev/ttyUSB1%3Fbaud%3D9600&dialect=2n"
    panel.set_url("csd://+36209876543?modem=serial:///dev/ttyS3%3Fbaud%3D115200")
    assert panel.transport.currentData() == "csd" and panel.stack.currentWidget() is panel.csd
    assert (panel.csd.number.text(), panel.csd.port.currentText()) == ("+36209876543", "/dev/ttyS3")
    assert panel.url() == "csd://+36209876543?modem=serial:///dev/ttyS3%3Fbaud%3D115200"
    panel.set_url(url)
    assert panel.url() == url


def test_connect_by_sms_edit_apn_and_write(
    window: MainWindow, network: tuple[GsmNetwork, SoftGateway], loop: asyncio.AbstractEventLoop
) -> None:
    _, gateway = network

    async def scenario() -> None:
        window.panel.set_url(f"sms://{GW}?modem=serial://{_modem(network)}&reply_timeout=5")
        window.panel.password.setText(PASSWORD)
        window.panel.connect_button.click()
        await until(lambda: window.controller.is_connected and not window.controller.is_busy, what="SMS read")
        assert window.notification.kind != "error" or not window.notification.isVisible()
        assert window.select_group("apn")
        assert not window.act_firmware.isEnabled() and "SMS" in window.act_firmware.toolTip()
        window.edit_button.click()
        dialog = window.edit_dialog
        assert isinstance(dialog, EditValuesDialog)
        dialog.findChild(QLineEdit, "field:conn.apn_name").setText("gui.sms.example")
        dialog.ok_button.click()
        window.act_write.trigger()
        await until(lambda: not window.controller.is_busy, what="write by SMS")
        assert window.notification.kind == "info", window.notification.message.text()
        assert gateway.server.store.typed_values()["conn.apn_name"] == "gui.sms.example"

    loop.run_until_complete(scenario())


def test_connect_by_csd_reads_the_gateway(
    window: MainWindow, network: tuple[GsmNetwork, SoftGateway], loop: asyncio.AbstractEventLoop
) -> None:
    async def scenario() -> None:
        window.panel.set_url(f"csd://{GW}?modem=serial://{_modem(network)}")
        window.panel.password.setText(PASSWORD)
        window.panel.connect_button.click()
        await until(lambda: window.controller.is_connected and not window.controller.is_busy, what="CSD read")
        assert window.panel.state_text.text() == "Connected"
        assert window.act_firmware.isEnabled()
        window.controller.disconnect_device()
        await until(
            lambda: not window.controller.is_connected and not window.controller.is_busy, what="log off"
        )

    loop.run_until_complete(scenario())


def test_at_terminal_window(
    window: MainWindow, network: tuple[GsmNetwork, SoftGateway], loop: asyncio.AbstractEventLoop
) -> None:
    async def scenario() -> None:
        window.panel.set_url(f"csd://{GW}?modem=serial://{_modem(network)}")
        window.act_at.trigger()
        terminal = window.at_terminal
        assert isinstance(terminal, AtTerminal) and terminal.isVisible()
        assert terminal.url.text().startswith(f"serial://{_modem(network)}")
        terminal.open_button.click()
        await until(terminal.input.isEnabled, what="modem open")
        terminal.input.setText("AT+CGSN")
        terminal.input.returnPressed.emit()
        await until(lambda: "OK" in terminal.output.toPlainText(), what="IMEI")
        lines = terminal.output.toPlainText().splitlines()
        assert lines[0] == "AT+CGSN" and lines[1].isdigit() and len(lines[1]) == 15
        terminal.input.setText("AT+NONSENSE")
        terminal.input.returnPressed.emit()
        await until(lambda: terminal.output.toPlainText().endswith("ERROR"), what="ERROR")
        terminal.open_button.click()
        await until(lambda: terminal.modem is None and not terminal.input.isEnabled(), what="closed")

    loop.run_until_complete(scenario())


def test_sms_console_conversation_with_delivery_state(
    window: MainWindow, network: tuple[GsmNetwork, SoftGateway], loop: asyncio.AbstractEventLoop
) -> None:
    async def scenario() -> None:
        window.panel.set_url(f"sms://{GW}?modem=serial://{_modem(network)}")
        window.act_sms.trigger()
        console = window.sms_console
        assert isinstance(console, SmsConsole) and console.isVisible()
        console.open_button.click()
        await until(console.send_button.isEnabled, what="modem open")
        console.number.setText(GW)
        console.text.setPlainText(f"pw={PASSWORD}.cmd=?conn.apn_user")
        assert console.counter.text() == f"{len(console.text.toPlainText())} characters, 1 SMS"
        console.send_button.click()
        await until(lambda: len(console.conversations.get(GW, [])) == 2, what="the reply")
        sent, reply = console.conversations[GW]
        await until(lambda: sent.state == "delivered", what="status report")
        assert reply.incoming and reply.text == "conn.apn_user ="
        assert console.table.rowCount() == 2
        assert console.table.item(0, 3).text() == "delivered" and console.table.item(1, 1).text() == "←"
        console.open_button.click()
        await until(lambda: console.modem is None, what="closed")

    loop.run_until_complete(scenario())
