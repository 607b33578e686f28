"""kill -9 of a gateway process while it commits writes: the config is always the old or the new one."""

from __future__ import annotations

import asyncio
import random
from pathlib import Path

from app.devices.native import NativeDevice
from app.devices.session import SessionOptions
from app.errors import GwtermError
from app.gateway.config_store import ConfigStore
from app.gateway.runtime import SoftGateway
from tests.helpers import start_gateway_process

PASSWORD = "Crash-Pw-1"
LIFETIMES = 10


async def _write_until_killed(url: str, counter: list[int], state: dict[str, int | None]) -> None:
    options = SessionOptions(timeout=0.5, retries=0)
    try:
        async with await NativeDevice.connect(url, PASSWORD, options) as device:
            while True:
                counter[0] += 1
                state["inflight"] = counter[0]
                await device.write({"conn.apn_name": f"v{counter[0]}", "conn.pdp_delay": counter[0] % 3600})
                state["acked"], state["inflight"] = counter[0], None
    except GwtermError:
        return


async def test_kill_during_writes_leaves_old_or_new_config(tmp_path: Path) -> None:
    rng = random.Random(1234)
    state_dir = tmp_path / "gw"
    counter = [0]
    state: dict[str, int | None] = {"acked": None, "inflight": None}
    kills_mid_write = 0
    for _ in range(LIFETIMES):
        gateway = start_gateway_process(state_dir, password=PASSWORD)
        loop = asyncio.get_running_loop()
        loop.call_later(rng.uniform(0.15, 0.6), gateway.kill)
        await asyncio.wait_for(_write_until_killed(gateway.url, counter, state), 30)
        gateway.kill()
        kills_mid_write += state["inflight"] is not None
        store = ConfigStore(state_dir)  # raises if the file is torn or its checksum fails
        value = store.typed_values()["conn.apn_name"]
        allowed = {f"v{n}" for n in (state["acked"], state["inflight"]) if n is not None}
        assert value in allowed, f"after kill: {value}, expected one of {allowed}"
        number = int(str(value)[1:])
        assert store.typed_values()["conn.pdp_delay"] == number % 3600, "keys of one write committed apart"
        state["acked"], state["inflight"] = number, None
    assert counter[0] >= 50, f"only {counter[0]} writes were attempted"
    assert kills_mid_write >= LIFETIMES // 2
    reopened = SoftGateway(state_dir)  # a restart removes temp files a kill left behind
    await reopened.close()
    leftovers = [p.name for p in state_dir.iterdir() if p.name.endswith(".tmp")]
    assert not leftovers, f"temporary files left behind: {leftovers}"
