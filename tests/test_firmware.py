"""Firmware: image format, tamper detection, resumable transfer, slots, the launcher's fallback, rollout."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import io
import json
import os
import random
import signal
import socket
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from app.cli import main
from app.devices.native import NativeDevice
from app.errors import FirmwareError, GwtermError
from app.firmware import image as fw
from app.firmware import keys
from app.firmware.runtime import runtime_payload
from app.firmware.update import firmware_status, update_device
from app.gateway.runtime import SoftGateway
from app.gateway.slots import SlotStore
from app.transports import listen, open_stream
from tests.helpers import ROOT

PASSWORD = "Fw-Pw-9"


@pytest.fixture(scope="module")
def keydir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("fw") / "keys"
    keys.keygen(folder, ["wm-e2s", "wm-e3s-mbus"])
    return folder


def make_image(
    keydir: Path,
    payload: bytes,
    *,
    version: str = "2.0.0",
    model: str = "wm-e2s",
    kind: str = "raw",
    **extra: object,
) -> bytes:
    header = fw.ImageHeader(models=(model,), version=version, payload_kind=kind, **extra)  # type: ignore[arg-type]
    return fw.pack(
        payload, header, signing_key=keys.signing_key(keydir), model_key=keys.model_key(keydir, model)
    )


def test_pack_parse_verify_decrypt(keydir: Path) -> None:
    payload = os.urandom(50_000)
    raw = make_image(keydir, payload, notes="bench")
    image = fw.parse(raw)
    assert image.header.sha256 == hashlib.sha256(payload).hexdigest() and image.header.payload_size == len(
        payload
    )
    fw.verify_signature(image, keys.verify_key(keydir))
    assert fw.decrypt(image, keys.model_key(keydir, "wm-e2s")) == payload
    assert image.to_bytes() == raw
    with pytest.raises(FirmwareError, match="cannot be decrypted"):
        fw.decrypt(image, keys.model_key(keydir, "wm-e3s-mbus"))


def test_any_flipped_bit_is_rejected(keydir: Path) -> None:
    raw = make_image(keydir, os.urandom(4000))
    verify, model_key = keys.verify_key(keydir), keys.model_key(keydir, "wm-e2s")
    rng = random.Random(5)
    positions = rng.sample(range(len(raw) * 8), 1000)
    for position in positions:
        damaged = bytearray(raw)
        damaged[position // 8] ^= 1 << (position % 8)
        with pytest.raises(FirmwareError):
            image = fw.parse(bytes(damaged))
            fw.verify_signature(image, verify)
            fw.decrypt(image, model_key)
    for cut in (0, 5, 100, len(raw) - 1):
        with pytest.raises(FirmwareError):
            fw.parse(raw[:cut])


def test_wrong_model_hardware_and_downgrade_are_refused(keydir: Path) -> None:
    header = fw.parse(
        make_image(keydir, b"x", version="1.5.0", hardware_ids=("AA11",), min_version="1.0.0")
    ).header
    with pytest.raises(FirmwareError, match="not wm-e3s-mbus"):
        fw.check_target(header, model="wm-e3s-mbus", hardware_id="AA11", current_version="1.2.0")
    with pytest.raises(FirmwareError, match="hardware id BB22"):
        fw.check_target(header, model="wm-e2s", hardware_id="BB22", current_version="1.2.0")
    with pytest.raises(FirmwareError, match="downgrade"):
        fw.check_target(header, model="wm-e2s", hardware_id="AA11", current_version="1.6.0")
    with pytest.raises(FirmwareError, match=r"at least version 1\.0\.0"):
        fw.check_target(header, model="wm-e2s", hardware_id="AA11", current_version="0.9.0")
    fw.check_target(header, model="wm-e2s", hardware_id="AA11", current_version="1.2.0")


def test_cli_keygen_pack_inspect_verify(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "k"
    assert main(["firmware", "keygen", "-o", str(folder)]) == 0
    assert (folder / "signing.pem").stat().st_mode & 0o077 == 0
    payload = tmp_path / "payload.bin"
    payload.write_bytes(b"firmware!" * 100)
    image = tmp_path / "fw.img"
    assert (
        main(
            [
                "firmware",
                "pack",
                "--keys",
                str(folder),
                "--model",
                "wm-e2s",
                "--version",
                "3.1.4",
                "--payload",
                str(payload),
                "-o",
                str(image),
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["firmware", "inspect", str(image), "--json"]) == 0
    header = json.loads(capsys.readouterr().out)
    assert header["version"] == "3.1.4" and header["models"] == ["wm-e2s"] and header["payload_size"] == 900
    assert main(["firmware", "verify", str(image), "--keys", str(folder)]) == 0
    other = tmp_path / "other"
    main(["firmware", "keygen", "-o", str(other)])
    capsys.readouterr()
    assert main(["firmware", "verify", str(image), "--keys", str(other)]) == 1
    assert "unknown key" in capsys.readouterr().err


class CutProxy:
    """Relays to the gateway and breaks the link once `cut` bytes went towards it."""

    def __init__(self, port: int, cut: int) -> None:
        self.port, self.cut, self.sent = port, cut, 0

    async def handle(self, client: object) -> None:
        upstream = await open_stream(f"tcp://127.0.0.1:{self.port}")

        async def up() -> None:
            while self.sent < self.cut:
                data = await client.read()  # type: ignore[attr-defined]
                room = self.cut - self.sent
                await upstream.write(data[:room])
                self.sent += min(len(data), room)

        async def down() -> None:
            while True:
                await client.write(await upstream.read())  # type: ignore[attr-defined]

        tasks = [asyncio.ensure_future(up()), asyncio.ensure_future(down())]
        await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        for task in tasks:
            task.cancel()
        await upstream.close()


async def test_transfer_survives_fifty_broken_links_then_installs(tmp_path: Path, keydir: Path) -> None:
    raw = make_image(keydir, os.urandom(400_000), version="4.0.0")
    gateway = SoftGateway.create_or_open(tmp_path / "gw", model="wm-e2s", password=PASSWORD)
    gateway.firmware.install_trust(keydir)
    listener = await gateway.serve("tcp://127.0.0.1:0")
    port = listener.port  # type: ignore[attr-defined]
    rng = random.Random(9)
    cuts = [rng.randrange(600, 8_000) for _ in range(50)]  # bytes each connection carries before it breaks
    try:
        starts = []
        for cut in cuts:
            proxy = CutProxy(port, cut)
            relay = await listen("tcp://127.0.0.1:0", proxy.handle)
            try:
                device = await NativeDevice.connect(f"tcp://127.0.0.1:{relay.port}", PASSWORD)  # type: ignore[attr-defined]
                seen: list[int] = []
                with pytest.raises(GwtermError):
                    await device.session.transfer(
                        "firmware", raw, progress=lambda d, t, seen=seen: seen.append(d)
                    )
                starts.append(seen[0])
                await device.session.close(polite=False)
            except GwtermError:
                pass  # cut during the login itself
            finally:
                await relay.close()
        assert starts == sorted(starts) and starts[-1] > 0, "every attempt resumes, never from zero again"
        async with await NativeDevice.connect(f"tcp://127.0.0.1:{port}", PASSWORD) as device:
            await device.session.transfer("firmware", raw)
        received = (tmp_path / "gw" / "incoming" / "firmware").read_bytes()
        assert hashlib.sha256(received).digest() == hashlib.sha256(raw).digest()
        result = await update_device(f"tcp://127.0.0.1:{port}", PASSWORD, raw)
        assert result.version == "4.0.0"
        status = await firmware_status(f"tcp://127.0.0.1:{port}", PASSWORD)
        assert status["running_version"] == "4.0.0" and not status["pending"]
    finally:
        await gateway.close()


async def test_gateway_refuses_foreign_and_downgrading_images(tmp_path: Path, keydir: Path) -> None:
    other = tmp_path / "other-keys"
    keys.keygen(other, ["wm-e2s"])
    gateway = SoftGateway.create_or_open(tmp_path / "gw", model="wm-e2s", password=PASSWORD)
    gateway.firmware.install_trust(keydir)
    await gateway.serve("loop://fwrefuse")
    try:
        for raw, reason in (
            (make_image(other, b"evil"), "unknown key"),
            (make_image(keydir, b"x", model="wm-e3s-mbus"), "the device is a wm-e2s"),
            (make_image(keydir, b"x", version="0.0.1"), "downgrade"),
        ):
            with pytest.raises(FirmwareError, match=reason):
                await update_device("loop://fwrefuse", PASSWORD, raw)
        status = await firmware_status("loop://fwrefuse", PASSWORD)
        assert status["active"] is None and not status["slots"], "nothing reached a slot"
    finally:
        await gateway.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def launch(state: Path, port: int, keydir: Path | None = None) -> subprocess.Popen[str]:
    command = [
        sys.executable,
        "-m",
        "app",
        "gateway",
        "--state-dir",
        str(state),
        "--model",
        "wm-e2s",
        "--listen",
        f"tcp://127.0.0.1:{port}",
        "--password",
        PASSWORD,
        "--json",
        "--no-discovery",
    ]
    if keydir:
        command += ["--firmware-keys", str(keydir)]
    proc = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    json.loads(proc.stdout.readline())
    return proc


def stop(proc: subprocess.Popen[str]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def broken_runtime() -> bytes:
    """The real runtime, but its package fails at import: a version that cannot start."""
    source = zipfile.ZipFile(io.BytesIO(runtime_payload()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "app/__init__.py":
                data = b"raise SystemExit(3)\n"
            target.writestr(item, data)
    return out.getvalue()


async def test_launcher_runs_the_new_runtime_and_undoes_a_broken_one(tmp_path: Path, keydir: Path) -> None:
    port = free_port()
    proc = launch(tmp_path / "gw", port, keydir)
    url = f"tcp://127.0.0.1:{port}"
    try:
        good = make_image(keydir, runtime_payload(), version="9.9.9", kind="gateway-runtime")
        result = await update_device(url, PASSWORD, good, confirm_timeout=60)
        assert result.version == "9.9.9"
        async with await NativeDevice.connect(url, PASSWORD) as device:
            assert (await device.info())["firmware"] == "9.9.9"
        runtime = SlotStore(tmp_path / "gw" / "firmware").runtime_dir()
        assert runtime is not None and (runtime / "app" / "__init__.py").exists()

        bad = make_image(keydir, broken_runtime(), version="9.9.10", kind="gateway-runtime")
        with pytest.raises(FirmwareError, match=r"went back to 9\.9\.9"):
            await update_device(url, PASSWORD, bad, confirm_timeout=60)
        status = await firmware_status(url, PASSWORD)
        assert status["running_version"] == "9.9.9" and "9.9.10" in status["last_error"]
    finally:
        stop(proc)


async def test_kill_during_update_comes_back_on_a_valid_slot(tmp_path: Path, keydir: Path) -> None:
    port = free_port()
    state = tmp_path / "gw"
    url = f"tcp://127.0.0.1:{port}"
    raw = make_image(keydir, runtime_payload(), version="7.0.0", kind="gateway-runtime")
    rng = random.Random(3)
    proc = launch(state, port, keydir)
    try:
        for delay in (rng.uniform(0.05, 1.5) for _ in range(4)):
            task = asyncio.ensure_future(update_device(url, PASSWORD, raw, confirm_timeout=60))
            await asyncio.sleep(delay)
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(10)
            task.cancel()  # the tool would wait for the device to come back; here the test restarts it
            with contextlib.suppress(GwtermError, asyncio.CancelledError):
                await task
            time.sleep(0.3)
            proc = launch(state, port)
            status = await firmware_status(url, PASSWORD)
            assert status["running_version"] in (fw.parse(raw).header.version, "0.1.0")
        if (await firmware_status(url, PASSWORD))["running_version"] != "7.0.0":
            await update_device(url, PASSWORD, raw, confirm_timeout=60)
        assert (await firmware_status(url, PASSWORD))["running_version"] == "7.0.0"
    finally:
        stop(proc)


async def test_rollout_in_waves_stops_when_failures_exceed_the_limit(tmp_path: Path, keydir: Path) -> None:
    from app.firmware.rollout import RolloutOptions, parse_shares, rollout
    from app.fleet.journal import Journal
    from app.fleet.plan import FleetDevice
    from app.sim.fleet import SimulatedFleet

    fleet = await SimulatedFleet(
        root=tmp_path / "f", count=10, password=PASSWORD, firmware_keys=keydir
    ).start()
    untrusting = await SimulatedFleet(root=tmp_path / "g", count=3, password=PASSWORD).start()
    try:
        raw = make_image(keydir, os.urandom(3000), version="5.0.0")

        async def password(_ref: str) -> str:
            return PASSWORD

        devices = [
            FleetDevice(row=n + 2, url=u, password_ref="p", model="wm-e2s") for n, u in enumerate(fleet.urls)
        ]
        assert parse_shares("10%,50%,100%") == (0.1, 0.5, 1.0)
        results, stopped = await rollout(
            devices, raw, password, Journal(tmp_path / "j1"), options=RolloutOptions(waves=(0.1, 0.5, 1.0))
        )
        assert not stopped and [r.status for r in results] == ["verified"] * 10
        assert all(g.firmware.running_version() == "5.0.0" for g in fleet.gateways)

        raw6 = make_image(keydir, os.urandom(3000), version="6.0.0")
        bad = [
            FleetDevice(row=n + 20, url=u, password_ref="p", model="wm-e2s")
            for n, u in enumerate(untrusting.urls)
        ]
        mixed = bad + devices
        results, stopped = await rollout(
            mixed,
            raw6,
            password,
            Journal(tmp_path / "j2"),
            options=RolloutOptions(waves=(0.2, 1.0), max_failures=0.1),
        )
        assert stopped.startswith("stopped after 3 of 13")
        assert [r.status for r in results] == ["failed"] * 3
        assert all(g.firmware.running_version() == "5.0.0" for g in fleet.gateways), (
            "later waves never started"
        )
    finally:
        await fleet.close()
        await untrusting.close()
