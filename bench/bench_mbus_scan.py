"""Secondary scan of a simulated 250-meter bus at 2400 baud: transactions and bus time vs an ideal descent."""

from __future__ import annotations

from app.protocols.mbus.frames import ADDRESS_NETWORK_LAYER, FrameDecoder, LongFrame, req_ud2, snd_nke
from app.protocols.mbus.scan import Answer, SecondaryScan, minimum_probes
from app.protocols.mbus.secondary import SecondaryAddress, select
from app.sim.mbus_bus import MbusBusSimulator
from app.sim.mbus_meters import MeterSet
from bench.common import Result

BAUD = 2400
BYTE_TIME = 11 / BAUD  # 8E1: start, 8 data, parity, stop
RESPONSE_TIMEOUT = 0.5  # MUC.one's M-Bus timeout for a silent probe
TURNAROUND = 0.011  # EN 13757-2: a slave answers after 11 bit times at the earliest


def _scan(bus: MbusBusSimulator) -> tuple[SecondaryScan, int, float]:
    plan = SecondaryScan()
    transactions, seconds = 0, 0.0

    def transact(frame: object) -> tuple[Answer, object]:
        nonlocal transactions, seconds
        raw, _ = bus.answer(frame)  # type: ignore[arg-type]
        transactions += 1
        request = frame.to_bytes()  # type: ignore[attr-defined]
        seconds += len(request) * BYTE_TIME + (TURNAROUND + len(raw) * BYTE_TIME if raw else RESPONSE_TIMEOUT)
        if not raw:
            return Answer.NOTHING, None
        decoder = FrameDecoder()
        decoder.receive_data(raw)
        parsed = decoder.next_frame()
        if parsed is None or decoder.skipped or decoder.pending():
            return Answer.COLLISION, None
        return Answer.CLEAN, parsed

    bus.answer(snd_nke(ADDRESS_NETWORK_LAYER))
    while (mask := plan.next_mask()) is not None:
        answer, _ = transact(select(mask))
        plan.selected(answer)
        if plan.wants_read:
            answer, frame = transact(req_ud2(ADDRESS_NETWORK_LAYER, True))
            address = SecondaryAddress.from_bytes(frame.data[:8]) if isinstance(frame, LongFrame) else None
            plan.read(answer, address)
            if plan.wants_verify is not None:
                answer, _ = transact(select(plan.wants_verify))
                plan.verified(answer)
    return plan, transactions, seconds


def _ideal_seconds(meters: MeterSet) -> float:
    """Bus time of the minimum descent: every shared prefix expanded, one read per meter, nothing else."""
    selects, reads = minimum_probes([m.secondary.id for m in meters.meters])
    internal = (selects - 1) // 10  # nodes holding two or more meters: each costs ten child probes
    empty = selects - reads - internal  # probes of subtrees that hold no meter: they cost a timeout
    select_cost = len(select(SecondaryAddress(id="FFFFFFFF")).to_bytes()) * BYTE_TIME
    answer = meters.meters[0].respond(True).to_bytes()
    read_cost = (5 + len(answer)) * BYTE_TIME + TURNAROUND
    answered = selects - empty
    return (
        answered * (select_cost + TURNAROUND + BYTE_TIME)
        + empty * (select_cost + RESPONSE_TIMEOUT)
        + reads * read_cost
    )


async def run() -> list[Result]:
    """Scan 250 meters (ids random, and with a shared 4-digit prefix)."""
    results = []
    for label, meters in (
        ("random ids", MeterSet.generated(250, seed=11)),
        ("shared prefix", MeterSet.generated(250, prefix="4711", seed=12)),
    ):
        plan, transactions, seconds = _scan(MbusBusSimulator(meters))
        assert len(plan.found) == 250
        selects, reads = minimum_probes([m.secondary.id for m in meters.meters])
        minimum = selects + reads
        ideal = _ideal_seconds(meters)
        results.append(
            Result(
                bench="mbus_secondary_scan",
                metric=f"250 meters, {label}: transactions / minimum",
                value=transactions / minimum,
                unit="x",
                target="report",
                passed=True,
                details={
                    "transactions": transactions,
                    "minimum_transactions": minimum,
                    "selects": plan.probes,
                    "reads": plan.reads,
                    "verifies": plan.verifies,
                    "bus_seconds_at_2400": round(seconds, 1),
                    "ideal_bus_seconds": round(ideal, 1),
                    "bus_time_over_ideal": round(seconds / ideal, 3),
                },
            )
        )
    return results
