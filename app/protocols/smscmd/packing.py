"""Fitting command items into as few single SMS as possible (TS 23.038 §6.2.1 length counting).

Lengths count GSM 7-bit septets: an extension-table character ('\\', '{', '€', …) costs two (TS 23.038
§6.2.1.1). Packing is bin packing: first-fit decreasing, then an exact search when that may not be optimal.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.errors import LocalProtocolError, ValidationError
from app.protocols.at import gsm7

SMS_LIMIT = 160  # septets in one SMS without a user data header (TS 23.040 §9.2.3.16)


def sms_length(text: str, *, path: str = "") -> int:
    """Septets `text` takes in one GSM 7-bit SMS; ValidationError naming `path` if it cannot be sent so."""
    total = 0
    for ch in text:
        cost = gsm7.char_septets(ch)
        if cost == 0:
            raise ValidationError(path, f"character {ch!r} cannot be sent in a GSM 7-bit SMS")
        total += cost
    return total


def pack(sizes: Sequence[int], capacity: int, *, budget: int = 200_000) -> list[list[int]]:
    """Indices of `sizes` in as few bins of `capacity` as can be found, each bin's indices ascending."""
    # first-fit decreasing; when that uses more bins than the lower bound, a depth-first search (at most
    # `budget` steps) looks for a packing with fewer
    if any(size > capacity for size in sizes):
        raise LocalProtocolError("an item is larger than one message")
    order = sorted(range(len(sizes)), key=lambda i: -sizes[i])
    best = _first_fit(order, sizes, capacity)
    lower = max(-(-sum(sizes) // capacity) if sizes else 0, sum(1 for s in sizes if 2 * s > capacity))
    target = len(best) - 1
    while target >= lower and target >= 1:
        found = _exact(order, sizes, capacity, target, budget)
        if found is None:
            break
        best = found
        target = len(best) - 1
    return sorted((sorted(b) for b in best if b), key=lambda b: b[0])


def _first_fit(order: list[int], sizes: Sequence[int], capacity: int) -> list[list[int]]:
    bins: list[list[int]] = []
    room: list[int] = []
    for i in order:
        for b, free in enumerate(room):
            if sizes[i] <= free:
                bins[b].append(i)
                room[b] -= sizes[i]
                break
        else:
            bins.append([i])
            room.append(capacity - sizes[i])
    return bins


def _exact(
    order: list[int], sizes: Sequence[int], capacity: int, count: int, budget: int
) -> list[list[int]] | None:
    bins: list[list[int]] = [[] for _ in range(count)]
    room = [capacity] * count
    steps = 0

    def place(k: int) -> bool:
        nonlocal steps
        if k == len(order):
            return True
        steps += 1
        if steps > budget:
            return False
        i = order[k]
        tried: set[int] = set()
        for b in range(count):
            if room[b] >= sizes[i] and room[b] not in tried:
                tried.add(room[b])  # bins with equal room are interchangeable
                room[b] -= sizes[i]
                bins[b].append(i)
                if place(k + 1):
                    return True
                bins[b].pop()
                room[b] += sizes[i]
        return False

    return bins if place(0) else None
