"""The spine end to end: a soft-gateway and the tool over loop, TCP, TLS and a real pty serial pair."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from app.devices.native import NativeDevice
from app.devices.session import SessionOptions
from app.errors import AuthError, DeviceError, TransportError
from app.gateway.runtime import SoftGateway
from app.sim.serial_line import VirtualSerialLine
from tests.helpers import make_tls_material

PASSWORD = "Bench-Pw-7"
BATCH = {
    "conn.apn_name": "m2m.example",
    "conn.apn_user": "meter",
    "conn.apn_pass": "apn-secret",
    "conn.pdp_delay": 5,
    "m2m.primary_port": 9101,
    "wdt.ping_ip": "192.0.2.10",
    "mobile.operator_mode": "manual",
    "trans.meter_baud": "19200",
    "trans.data_format": "7E1",
    "dm.tls_enable": True,
}


@contextlib.asynccontextmanager
async def served(tmp_path: Path, transport: str) -> AsyncIterator[tuple[SoftGateway, str]]:
    """A fresh WM-E2S soft-gateway reachable over `transport`; yields it and the client URL."""
    gateway = SoftGateway.create_or_open(tmp_path / "gw", model="wm-e2s", password=PASSWORD)
    line = None
    try:
        if transport == "loop":
            await gateway.serve(f"loop://{tmp_path.name}")
            url = f"loop://{tmp_path.name}"
        elif transport == "tcp":
            listener = await gateway.serve("tcp://127.0.0.1:0")
            url = f"tcp://127.0.0.1:{listener.port}"  # type: ignore[attr-defined]
        elif transport == "tls":
            tls = make_tls_material(tmp_path)
            listener = await gateway.serve(f"tls://127.0.0.1:0?cert={tls['cert']}&key={tls['key']}")
            url = f"tls://127.0.0.1:{listener.port}?ca={tls['ca']}"  # type: ignore[attr-defined]
        else:
            line = await VirtualSerialLine(baud=9600).start()
            await gateway.serve(f"serial://{line.a}?baud=9600")
            url = f"serial://{line.b}?baud=9600"
        yield gateway, url
    finally:
        await gateway.close()
        if line is not None:
            await line.close()


def _check_batch_keys_exist() -> None:
    from app.devices.profiles import load_profile

    missing = set(BATCH) - set(load_profile("wm-e2s").by_key)
    assert not missing, f"test batch uses keys the profile lacks: {missing}"


@pytest.mark.parametrize("transport", ["loop", "tcp", "tls", "serial"])
@pytest.mark.parametrize("encrypt", [False, True])
async def test_read_write_verify(tmp_path: Path, transport: str, encrypt: bool) -> None:
    _check_batch_keys_exist()
    async with served(tmp_path, transport) as (gateway, url):
        async with await NativeDevice.connect(url, PASSWORD, SessionOptions(encrypt=encrypt)) as device:
            before = await device.read()
            assert len(before.values) == len([p for p in device.profile.params if not p.secret])
            assert before.values["conn.apn_name"] == device.profile.by_key["conn.apn_name"].default
            changed = await device.write(BATCH)
            assert set(changed) == set(BATCH)
            assert device.restarting, "a changed mobile-network parameter restarts the device"
            await device.follow_restart(interval=0.2)
            after = await device.read()
        expected = {k: v for k, v in BATCH.items() if k != "conn.apn_pass"}
        assert {k: after.values[k] for k in expected} == expected
        assert "conn.apn_pass" in after.secrets_set
        assert "conn.apn_pass" not in after.values
        # the gateway holds it too, from its committed file
        assert gateway.server.store.typed_values()["conn.apn_name"] == "m2m.example"
        assert gateway.server.store.secret("conn.apn_pass") == "apn-secret"


async def test_invalid_value_in_batch_changes_nothing(tmp_path: Path) -> None:
    async with served(tmp_path, "tcp") as (gateway, url), await NativeDevice.connect(url, PASSWORD) as device:
        before = await device.read()
        config_before = (gateway.state_dir / "config.json").read_bytes()
        raw = {"conn.apn_name": "fine", "m2m.primary_port": 70000, "trans.data_format": "9X9"}
        with pytest.raises(DeviceError) as caught:
            await device.session.set(raw)  # straight to the device: no client-side validation
        assert set(caught.value.key_errors) == {"m2m.primary_port", "trans.data_format"}
        assert "65535" in caught.value.key_errors["m2m.primary_port"]
        assert (await device.read()).values == before.values
        assert (gateway.state_dir / "config.json").read_bytes() == config_before


async def test_ports_that_clash_are_refused_and_change_nothing(tmp_path: Path) -> None:
    async with served(tmp_path, "tcp") as (gateway, url), await NativeDevice.connect(url, PASSWORD) as device:
        config_before = (gateway.state_dir / "config.json").read_bytes()
        with pytest.raises(DeviceError) as caught:
            await device.write({"conn.apn_name": "fine", "m2m.secondary_port": 9000})
        assert set(caught.value.key_errors) == {"m2m.secondary_port"}
        assert "Utility communication port (primary)" in caught.value.key_errors["m2m.secondary_port"]
        assert (gateway.state_dir / "config.json").read_bytes() == config_before
        # moving both in one batch is fine: the check is on the result
        await device.write({"m2m.primary_port": 9100, "m2m.secondary_port": 9000})
        assert gateway.server.store.typed_values()["m2m.secondary_port"] == 9000


async def test_unknown_key_is_named(tmp_path: Path) -> None:
    async with served(tmp_path, "loop") as (_, url), await NativeDevice.connect(url, PASSWORD) as device:
        with pytest.raises(DeviceError) as caught:
            await device.session.set({"no.such_key": 1})
        assert "no.such_key" in caught.value.key_errors


async def test_wrong_password_is_a_clear_error(tmp_path: Path) -> None:
    async with served(tmp_path, "tcp") as (_, url):
        with pytest.raises(AuthError, match="wrong password"):
            await NativeDevice.connect(url, "not-it")


async def test_tls_refuses_unknown_ca(tmp_path: Path) -> None:
    async with served(tmp_path, "tls") as (_, url):
        with pytest.raises(TransportError, match="TLS"):
            await NativeDevice.connect(url.split("?")[0], PASSWORD)


async def test_password_change_takes_effect(tmp_path: Path) -> None:
    async with served(tmp_path, "loop") as (_, url):
        async with await NativeDevice.connect(url, PASSWORD) as device:
            assert await device.write({"sec.password": "New-Pw-8"}) == ["sec.password"]
        with pytest.raises(AuthError):
            await NativeDevice.connect(url, PASSWORD)
        async with await NativeDevice.connect(url, "New-Pw-8") as device:
            assert (await device.info())["model"] == "wm-e2s"


async def test_bulk_transfer_resumes_after_a_broken_link(tmp_path: Path) -> None:
    data = bytes((i * 7) & 0xFF for i in range(200_000))
    async with served(tmp_path, "tcp") as (gateway, url):
        device = await NativeDevice.connect(url, PASSWORD)
        seen: list[int] = []

        def cut(done: int, total: int) -> None:
            seen.append(done)
            if done >= 60_000:
                raise ConnectionResetError("link cut by the test")

        with pytest.raises(ConnectionResetError):
            await device.session.transfer("firmware", data, progress=cut)
        await device.session.close(polite=False)
        async with await NativeDevice.connect(url, PASSWORD) as device:
            resumed: list[int] = []
            result = await device.session.transfer("firmware", data, progress=lambda d, t: resumed.append(d))
        assert resumed[0] >= 60_000, "the second run must start from the confirmed offset, not zero"
        assert result["size"] == len(data)
        assert (gateway.state_dir / "incoming" / "firmware").read_bytes() == data


async def test_restart_drops_sessions_and_is_followed(tmp_path: Path) -> None:
    async with served(tmp_path, "tcp") as (_, url), await NativeDevice.connect(url, PASSWORD) as device:
        other = await NativeDevice.connect(url, PASSWORD)
        await device.write({"mobile.band": "lte_2g"})
        assert device.restarting
        await device.follow_restart(interval=0.2)
        assert (await device.read(["mobile.band"])).values["mobile.band"] == "lte_2g"
        with pytest.raises(TransportError):
            await other.read(["mobile.band"])  # the restart ended every session
        await other.close()
        assert await device.write({"conn.pdp_delay": 9}) == ["conn.pdp_delay"]
        assert not device.restarting
