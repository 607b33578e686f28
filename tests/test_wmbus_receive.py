"""Receiving wireless M-Bus: the iM871A HCI codec, listen mode over a pty, diagnoses, hex files."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.devices.session.wmbus import Received, hex_telegram, receive
from app.devices.wmbus_listen import Listener
from app.errors import GwtermError
from app.protocols.wmbus import im871a
from app.sim.serial_line import VirtualSerialLine
from app.sim.wmbus_tx import SimulatedAir, SimWirelessMeter
from app.transports import open_stream


def test_hci_round_trip_and_resync() -> None:
    message = im871a.HciMessage(endpoint=2, msg_id=3, payload=b"\x44\x01\x02", rssi=0x55, timestamp=123456)
    raw = message.to_bytes()
    decoder = im871a.HciDecoder()
    decoder.receive_data(b"\x00\x13" + raw[:5])
    assert decoder.next_message() is None
    decoder.receive_data(raw[5:] + raw)
    assert decoder.next_message() == message and decoder.next_message() == message
    assert decoder.skipped == 2
    damaged = bytearray(raw)
    damaged[5] ^= 0x01
    decoder.receive_data(bytes(damaged) + raw)
    assert decoder.next_message() == message, "a frame with a bad CRC is skipped, the next one decodes"
    assert message.telegram == b"\x03\x44\x01\x02"


@pytest.mark.parametrize(("raw", "dbm"), [(0, -122), (45, -100), (125, -60), (205, -20), (244, 0), (255, 0)])
def test_im871a_rssi_byte_to_dbm(raw: int, dbm: int) -> None:
    assert im871a.rssi_dbm(raw) == dbm


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_hci_decoder_takes_any_bytes(data: bytes) -> None:
    decoder = im871a.HciDecoder()
    decoder.receive_data(data)
    while decoder.next_message() is not None:
        pass


def test_set_link_mode_rejects_unknown_modes() -> None:
    assert im871a.set_link_mode("T1")[1] == 0x81 and im871a.set_link_mode("c1a")[-3] == 6
    with pytest.raises(GwtermError, match="unknown wM-Bus link mode"):
        im871a.set_link_mode("x9")


def test_hex_lines_in_rtl_wmbus_style() -> None:
    assert hex_telegram("T1;1;1;2023-01-01 10:00:00.000;97;101;12345678;0x1E44AE4C") == bytes.fromhex(
        "1E44AE4C"
    )
    assert hex_telegram("# comment") is None and hex_telegram("zz") is None


async def test_listen_over_a_pty_with_keys_wrong_keys_and_no_keys() -> None:
    air = SimulatedAir(
        [SimWirelessMeter(id=f"5000000{n}", mode=mode, interval=0.05) for n, mode in enumerate((5, 7, 5, 0))]
    )
    known, wrong = air.meters[0], air.meters[1]
    keys = {known.id: known.key, wrong.id: bytes(16)}

    def lookup(_m: str, meter_id: str, _v: int, _t: int) -> bytes | None:
        return keys.get(meter_id)

    line = await VirtualSerialLine().start()
    stick = await open_stream(f"serial://{line.a}?baud=57600")
    task = asyncio.ensure_future(air.serve(stick))
    listener = Listener(lookup)
    try:

        async def collect() -> None:
            async for item in receive(f"serial://{line.b}?receiver=im871a"):
                listener.hear(item)
                if sum(m.telegrams for m in listener.meters.values()) >= 16:
                    return

        await asyncio.wait_for(collect(), 15)
    finally:
        task.cancel()
        await stick.close()
        await line.close()
    states = {ident: meter.state for ident, meter in listener.meters.items()}
    assert states == {
        "50000000": "decrypted",
        "50000001": "wrong key",
        "50000002": "no key",
        "50000003": "plain",
    }
    decoded = listener.meters["50000000"].last
    assert decoded["header"]["id"] == "50000000" and decoded["header"]["decrypted"] is True
    assert any(r["quantity"] == "volume" for r in decoded["records"])
    assert all(m.rssi is not None and -123 <= m.rssi <= 0 for m in listener.meters.values()), "dBm"


async def test_hex_file_source_and_corrupt_telegrams(tmp_path: Path) -> None:
    meter = SimWirelessMeter(id="12345670", mode=0)
    good = meter.next_telegram()
    corrupt = good[:5] + b"\x00"  # cut short: the length no longer fits
    path = tmp_path / "capture.txt"
    path.write_text(f"# capture\n{good.hex()}\nT1;1;1;x;y;0x{corrupt.hex()}\n")
    listener = Listener()
    items = [item async for item in receive(str(path))]
    assert len(items) == 2
    results = [listener.hear(i) for i in items]
    assert results[0][1] is not None and results[0][0].state == "plain"
    assert results[1][1] is None and results[1][2] is not None
    heard = listener.meters.get("12345670")
    assert heard is not None and heard.telegrams >= 1


def test_simulated_air_writes_importable_keys(tmp_path: Path) -> None:
    from app.keys.store import KeyStore
    from app.keys.wmbus_keys import import_keys, key_table

    air = SimulatedAir.generated(4)
    sheet = tmp_path / "keys.csv"
    sheet.write_text(air.keys_csv())
    store = KeyStore(tmp_path / "store.json", "Master-7")
    report = import_keys(store, sheet, dry_run=False)
    assert not report.errors
    table = key_table(store)
    assert all(table("GWT", m.id, m.version, m.device_type) == m.key for m in air.meters)
    listener = Listener(table)
    meter, _doc, error = listener.hear(
        Received(raw=air.meters[2].next_telegram(), rssi=None, at=0.0, source="t")
    )
    assert error is None and meter is not None and meter.state == "decrypted"
