"""Secondary-address tree descent against the simulated bus, without I/O: exact sets, collisions, minimums."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.protocols.mbus.frames import ADDRESS_NETWORK_LAYER, FrameDecoder, LongFrame, req_ud2, snd_nke
from app.protocols.mbus.scan import Answer, SecondaryScan, minimum_probes
from app.protocols.mbus.secondary import SecondaryAddress, manufacturer_code, manufacturer_text, select
from app.sim.mbus_bus import MbusBusSimulator, overlay
from app.sim.mbus_meters import MeterSet, generated_meter


def bus_answer(bus: MbusBusSimulator, frame: object) -> tuple[Answer, object]:
    raw, _ = bus.answer(frame)  # type: ignore[arg-type]
    if not raw:
        return Answer.NOTHING, None
    decoder = FrameDecoder()
    decoder.receive_data(raw)
    parsed = decoder.next_frame()
    if parsed is None or decoder.skipped or decoder.pending():
        return Answer.COLLISION, None
    return Answer.CLEAN, parsed


def run_scan(bus: MbusBusSimulator) -> SecondaryScan:
    plan = SecondaryScan()
    bus.answer(snd_nke(ADDRESS_NETWORK_LAYER))
    while (mask := plan.next_mask()) is not None:
        answer, _ = bus_answer(bus, select(mask))
        plan.selected(answer)
        if plan.wants_read:
            answer, frame = bus_answer(bus, req_ud2(ADDRESS_NETWORK_LAYER, True))
            address = SecondaryAddress.from_bytes(frame.data[:8]) if isinstance(frame, LongFrame) else None
            plan.read(answer, address)
            if plan.wants_verify is not None:
                answer, _ = bus_answer(bus, select(plan.wants_verify))
                plan.verified(answer)
    return plan


@pytest.mark.parametrize(("count", "prefix"), [(1, ""), (2, ""), (25, ""), (60, "1234"), (40, "999999")])
def test_scan_finds_exactly_the_simulated_set(count: int, prefix: str) -> None:
    meters = MeterSet.generated(count, prefix=prefix)
    plan = run_scan(MbusBusSimulator(meters))
    assert sorted(a.id for a in plan.found) == sorted(m.secondary.id for m in meters.meters)
    assert not plan.unresolved
    selects, reads = minimum_probes([m.secondary.id for m in meters.meters])
    assert plan.probes == selects, "the descent probes exactly the nodes an ideal search must"
    assert plan.reads >= reads


def test_ids_differing_only_in_the_last_digit() -> None:
    meters = MeterSet([generated_meter(n + 1, f"5555555{n}") for n in range(10)])
    plan = run_scan(MbusBusSimulator(meters))
    assert len(plan.found) == 10


def test_empty_bus_costs_one_probe() -> None:
    plan = run_scan(MbusBusSimulator(MeterSet([])))
    assert plan.found == [] and plan.probes == 1 and plan.reads == 0


@settings(max_examples=60, deadline=None)
@given(st.sets(st.text("0123456789", min_size=8, max_size=8), min_size=0, max_size=40))
def test_any_id_set_is_found_exactly(ids: set[str]) -> None:
    meters = MeterSet([generated_meter(n % 250 + 1, ident) for n, ident in enumerate(sorted(ids))])
    plan = run_scan(MbusBusSimulator(meters))
    assert {a.id for a in plan.found} == ids


def test_collisions_garble_as_a_real_bus() -> None:
    assert overlay([(0.0, b"\xe5"), (0.0, b"\xe5")], 0.005) == b"\xe5", "identical answers look like one"
    garbled = overlay([(0.0, bytes.fromhex("6803036808")), (0.0, bytes.fromhex("6803036809"))], 0.005)
    assert garbled == bytes.fromhex("6803036808")[:4] + bytes((0x08 & 0x09,))
    shifted = overlay([(0.0, b"\xe5"), (0.006, b"\xe5")], 0.005)
    assert len(shifted) == 2


def test_manufacturer_codes_round_trip() -> None:
    assert manufacturer_code("AMT") == 0x05B4
    assert manufacturer_text(manufacturer_code("GWT")) == "GWT"
    mask = SecondaryAddress.parse("12345678" + "05B4" + "01" + "07")
    assert mask.matches(SecondaryAddress(id="12345678", manufacturer=0x05B4, version=1, medium=7))
    assert SecondaryAddress(id="1234FFFF").matches(mask)
    assert not SecondaryAddress(id="1235FFFF").matches(mask)
    assert SecondaryAddress.from_bytes(mask.to_bytes()) == mask
