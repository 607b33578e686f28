"""Login lockout with doubling back-off kept across restarts; the password never at rest or in logs."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest

from app.devices.native import NativeDevice
from app.errors import AuthError, LockedOutError
from app.gateway.runtime import SoftGateway

PASSWORD = "Right-Pw-42"


async def _attempt(url: str, password: str) -> type[Exception] | None:
    try:
        device = await NativeDevice.connect(url, password)
    except AuthError as exc:
        return type(exc)
    await device.close()
    return None


async def test_five_failures_lock_and_the_backoff_doubles_across_restarts(tmp_path: Path) -> None:
    state = tmp_path / "gw"
    SoftGateway.create_or_open(state, model="wm-e2s", password=PASSWORD)
    gateway = SoftGateway(state, lock_seconds=0.6)
    await gateway.serve("loop://lock")
    results = [await _attempt("loop://lock", f"wrong-{i}") for i in range(5)]
    assert results[:4] == [AuthError] * 4
    assert results[4] is LockedOutError
    # locked: even the right password is refused, with the time to wait
    with pytest.raises(LockedOutError) as caught:
        await NativeDevice.connect("loop://lock", PASSWORD)
    assert 0 < caught.value.retry_after <= 0.6
    await gateway.close()

    # a restart does not reset the lock
    gateway = SoftGateway(state, lock_seconds=0.6)
    await gateway.serve("loop://lock")
    assert await _attempt("loop://lock", PASSWORD) is LockedOutError
    await asyncio.sleep(0.7)
    # after the lock, one more failure locks again for twice as long
    with pytest.raises(LockedOutError) as caught:
        await NativeDevice.connect("loop://lock", "wrong-again")
    assert caught.value.retry_after == pytest.approx(1.2, abs=0.05)
    await asyncio.sleep(1.3)
    assert await _attempt("loop://lock", PASSWORD) is None
    # a good login clears the back-off: four failures are again allowed
    assert [await _attempt("loop://lock", "x") for _ in range(4)] == [AuthError] * 4
    assert await _attempt("loop://lock", PASSWORD) is None
    await gateway.close()


async def test_password_never_in_state_dir_or_logs(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    state = tmp_path / "gw"
    gateway = SoftGateway.create_or_open(state, model="wm-e2s", password=PASSWORD)
    await gateway.serve("loop://secrets")
    await _attempt("loop://secrets", "Wrong-Guess-99")
    async with await NativeDevice.connect("loop://secrets", PASSWORD) as device:
        await device.write(
            {"conn.apn_pass": "Apn-Secret-77", "csd.password": "Csd-Secret-55", "sec.password": "Next-Pw-31"}
        )
    await gateway.close()
    secrets = ["Right-Pw-42", "Wrong-Guess-99", "Apn-Secret-77", "Csd-Secret-55", "Next-Pw-31"]
    files = [p for p in state.rglob("*") if p.is_file()]
    assert files, "the state dir should hold files"
    for path in files:
        blob = path.read_bytes()
        for secret in secrets:
            assert secret.encode() not in blob, f"{secret} found in {path}"
            assert secret.encode().hex().encode() not in blob.lower(), f"{secret} hex found in {path}"
    for secret in secrets:
        assert secret not in caplog.text
    # and the gateway can still use them
    reopened = SoftGateway(state)
    assert reopened.server.store.secret("conn.apn_pass") == "Apn-Secret-77"
    assert await _attempt_reopened(reopened, "Next-Pw-31")
    await reopened.close()


async def _attempt_reopened(gateway: SoftGateway, password: str) -> bool:
    await gateway.serve("loop://reopened")
    return await _attempt("loop://reopened", password) is None
