"""The gwterm-gw soft-gateway receiving wireless meters: listed meters kept and decrypted, listen mode."""

from __future__ import annotations

import asyncio
from pathlib import Path

from app.devices.native import NativeDevice
from app.gateway.runtime import SoftGateway
from app.protocols.gwcp.messages import MsgType
from app.sim.wmbus_tx import SimulatedAir
from app.transports import listen


async def test_listed_meters_are_kept_unlisted_only_heard(tmp_path: Path) -> None:
    air = SimulatedAir.generated(3, interval=0.05)
    a, b, c = air.meters
    receiver = await listen("tcp://127.0.0.1:0", air.serve)
    gateway = SoftGateway.create_or_open(tmp_path / "gw", model="gwterm-gw", password="pw-gw")
    await gateway.serve("loop://gwwm")
    try:
        async with await NativeDevice.connect("loop://gwwm", "pw-gw") as device:
            await device.write(
                {
                    "wmbus.receiver": f"tcp://127.0.0.1:{receiver.port}?receiver=im871a",  # type: ignore[attr-defined]
                    "wmbus.meters": ((True, a.id, "GWT", "kitchen", 0), (True, b.id, "", "cellar", 3600)),
                    "wmbus.keys": f"{a.id}={a.key.hex()};{b.id}={bytes(16).hex()}",
                }
            )
            assert device.restarting
        await asyncio.sleep(1.0)  # the gateway restarts into the new receiver settings
        for _ in range(100):
            if (
                gateway.wmbus is not None
                and gateway.wmbus.kept >= 3
                and len(gateway.wmbus.listener.meters) == 3
            ):
                break
            await asyncio.sleep(0.05)
        async with await NativeDevice.connect("loop://gwwm", "pw-gw") as device:
            reply = await device.session.request(MsgType.READINGS)
        kept = {m["address"]: m for m in reply["meters"]}
        assert set(kept) == {a.id}, "b has a wrong key, c is not listed"
        assert kept[a.id]["telegrams"][0]["header"]["decrypted"] is True and kept[a.id]["name"] == "kitchen"
        heard = {row["id"]: row for row in reply["heard"]}
        assert set(heard) == {a.id, b.id, c.id}
        assert (
            heard[b.id]["state"] == "wrong key"
            and heard[c.id]["state"] == "no key"
            and not heard[c.id]["listed"]
        )
        log = (tmp_path / "gw" / "log.jsonl").read_text()
        assert f"wireless meter {b.id} (cellar): wrong key" in log
        assert log.count(f"wireless meter {b.id}") == 1, "the problem is logged once, not per telegram"
        assert a.key.hex() not in log and a.key.hex() not in (tmp_path / "gw" / "config.json").read_text()
    finally:
        await gateway.close()
        await receiver.close()
