"""Soft-gateways on the virtual GSM network, reached the way a field engineer would: csd:// and sms:// URLs
through the PC's modem on a pty. Reads and writes over CSD, APN changes by SMS in the WM-E and 2N dialects,
wrong passwords, atomic SMS writes, a call dropped mid-write, LastGasp."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.devices.connect import connect_device
from app.devices.native import NativeDevice
from app.devices.sms_device import SmsDevice
from app.errors import AuthError, DeviceError, DeviceTimeoutError, TransportError
from app.gateway.runtime import SoftGateway
from app.sim.gsm_network import GsmNetwork
from app.transports.gsm_modem import GsmModem
from app.transports.sms import SmsService, same_number

PC, WME, MCP = "+36209990001", "+36201000001", "+36201000002"
COMM_PW, CSD_PW, MCP_PW = "comm-pw-1", "csd-pw-2", "MeterPw3"


@dataclass
class Bed:
    network: GsmNetwork
    wme: SoftGateway
    mcp: SoftGateway

    @property
    def modem(self) -> str:
        return self.network.subscribers[PC].url

    def csd(self, number: str = WME) -> str:
        return f"csd://{number}?modem={self.modem}"

    def sms(self, number: str = WME, extra: str = "") -> str:
        return f"sms://{number}?modem={self.modem}&reply_timeout=3{extra}"


@pytest.fixture
async def bed(tmp_path: Path) -> AsyncIterator[Bed]:
    network = GsmNetwork(ring_interval=0.05, sms_delay=0.02, report_delay=0.02)
    network.add(PC)
    wme = SoftGateway.create_or_open(tmp_path / "wme", model="wm-e2s", password=COMM_PW, simulated_radio=True)
    wme.server.store.apply({"csd.password": CSD_PW})
    mcp = SoftGateway.create_or_open(tmp_path / "mcp", model="metercom-pro", password=MCP_PW)
    for gateway, number in ((wme, WME), (mcp, MCP)):
        await gateway.start_modem(network.add(number).url, rings=1)
    for gateway in (wme, mcp):
        await asyncio.wait_for(gateway.modem.ready.wait(), 10)
    yield Bed(network=network, wme=wme, mcp=mcp)
    for gateway in (wme, mcp):
        await gateway.close()
    await network.close()


def _apn(gateway: SoftGateway) -> object:
    return gateway.server.store.typed_values()["conn.apn_name"]


def _log(gateway: SoftGateway) -> str:
    return "\n".join(e["message"] for e in gateway.events.since(0, 1000))


async def test_read_and_write_over_csd_with_the_csd_password(bed: Bed) -> None:
    device = await connect_device(bed.csd(), CSD_PW)
    assert isinstance(device, NativeDevice)
    async with device:
        reading = await device.read()
        assert reading.values["conn.apn_name"] == "internet"
        assert "csd.password" in reading.secrets_set
        assert await device.write({"conn.apn_name": "csd.example"}) == ["conn.apn_name"]
        info = await device.info()
        assert info["model"] == "wm-e2s" and info["imei"] != "not available"
    assert _apn(bed.wme) == "csd.example"
    assert "data call from +36209990001 answered" in _log(bed.wme)
    # with a CSD password set it is the only one a call accepts (WM-E2S manual §4.6)
    with pytest.raises(AuthError):
        await connect_device(bed.csd(), COMM_PW)


async def test_apn_by_sms_in_the_wme_dialect(bed: Bed) -> None:
    device = await connect_device(bed.sms(), CSD_PW)
    assert isinstance(device, SmsDevice)
    async with device:
        assert await device.write({"conn.apn_name": "sms.example", "conn.apn_user": "field"}) == [
            "conn.apn_name",
            "conn.apn_user",
        ]
        reading = await device.read(["conn.apn_name", "conn.apn_user", "conn.apn_pass"])
    assert reading.values == {"conn.apn_name": "sms.example", "conn.apn_user": "field"}
    assert _apn(bed.wme) == "sms.example"
    texts = [r.text for r in bed.network.records if r.sender == PC]
    assert texts[0] == f"pw={CSD_PW}.cmd=conn.apn_name = sms.example\\r\\nconn.apn_user = field"
    replies = [r.text for r in bed.network.records if r.sender == WME]
    assert replies[0] == "Configuration structure changed result: 0"


async def test_wrong_wme_password_changes_nothing_and_gets_no_reply(bed: Bed) -> None:
    device = await connect_device(bed.sms(extra="&retries=0&reply_timeout=1"), "not-it")
    with pytest.raises(DeviceTimeoutError, match="wrong password"):
        await device.write({"conn.apn_name": "evil"})
    await device.close()
    assert _apn(bed.wme) == "internet"
    assert "wrong password ignored" in _log(bed.wme)
    assert not [r for r in bed.network.records if r.sender == WME]


async def test_sms_write_is_all_or_nothing(bed: Bed) -> None:
    async with await connect_device(bed.sms(), CSD_PW) as device:
        with pytest.raises(DeviceError) as refused:
            await device.write({"conn.apn_name": "half.example", "conn.pdp_delay": 99999})
    assert set(refused.value.key_errors) == {"conn.apn_name", "conn.pdp_delay"}
    assert "nothing was saved" in refused.value.key_errors["conn.apn_name"]
    assert _apn(bed.wme) == "internet"


async def test_apn_by_sms_in_the_2n_dialect_and_its_password_errors(bed: Bed) -> None:
    url = bed.sms(MCP, "&model=metercom-pro")
    async with await connect_device(url, MCP_PW) as device:
        assert isinstance(device, SmsDevice) and device.dialect == "2n"
        assert await device.write({"conn.apn_name": "internet.2n.example"}) == ["conn.apn_name"]
        assert (await device.read(["conn.apn_name"])).values == {"conn.apn_name": "internet.2n.example"}
        info = await device.info()
        assert info["state"] == "LISTEN" and info["serial"]
    assert _apn(bed.mcp) == "internet.2n.example"
    assert any(r.text.startswith("MCP CNF PWD=") for r in bed.network.records)
    async with await connect_device(url, "wrong") as device:
        with pytest.raises(AuthError, match="Password incorrect"):
            await device.write({"conn.apn_name": "evil"})
    assert _apn(bed.mcp) == "internet.2n.example"
    assert [r.text for r in bed.network.records if r.sender == MCP][-1] == "Password incorrect"


async def test_call_dropped_mid_write_leaves_the_old_configuration(bed: Bed) -> None:
    before = bed.wme.server.store.typed_values()
    device = await connect_device(bed.csd(), CSD_PW)
    assert isinstance(device, NativeDevice)
    long_text = "x" * 60
    values = {
        key: long_text
        for key in ("conn.apn_name", "conn.apn_user", "mobile.operator", "wdt.ping_ip")
        if key in device.profile.by_key and device.profile.by_key[key].max_len
    }
    values["conn.apn_name"] = "dropped.example" + "y" * 40
    writing = asyncio.ensure_future(device.write(values))
    await asyncio.sleep(0.1)  # the SET is still crossing the 9600 bit/s line
    assert bed.network.drop_call(WME)
    with pytest.raises(TransportError):
        await writing
    await device.close()
    await asyncio.sleep(0.3)
    assert bed.wme.server.store.typed_values() == before
    assert "data call from +36209990001 ended" in _log(bed.wme)
    assert "configuration changed" not in _log(bed.wme)


async def test_lastgasp_power_lost_and_return_by_sms(bed: Bed) -> None:
    bed.wme.server.store.apply({"iec.lastgasp_enable": True, "iec.lastgasp_phone": PC})
    modem = await GsmModem.open(bed.modem)
    service = SmsService(modem)
    await service.start()
    assert bed.wme.power_changed(lost=True)
    assert bed.wme.power_changed(lost=False)
    texts = []
    while len(texts) < 2:
        await service.handle(await asyncio.wait_for(modem.events.get(), 5))
        while not service.messages.empty():
            message = service.messages.get_nowait()
            assert same_number(message.sender, WME)
            texts.append(message.text)
    assert texts == ["POWER LOST", "POWER RETURN"]
    await modem.close()
    assert not bed.mcp.power_changed(lost=True)  # LastGasp not configured there
