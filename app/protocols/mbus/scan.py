"""Secondary address search by wildcard tree descent (EN 13757-3 Annex, as libmbus/MUC.one do it)."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from app.protocols.mbus.secondary import SecondaryAddress


class Answer(enum.Enum):
    """What the bus gave back to a request."""

    NOTHING = "nothing"  # silence until the response timeout
    CLEAN = "clean"  # one valid frame (possibly several identical answers on top of each other)
    COLLISION = "collision"  # bytes that form no valid frame: several slaves answered


@dataclass
class SecondaryScan:
    """Plans probes; the driver does the I/O and reports what each probe got.

    Protocol: `mask = scan.next_mask()`; select it; `scan.selected(answer)`; if `scan.wants_read`,
    send REQ_UD2 to 253 and call `scan.read(answer, address)` with the address from the RSP_UD; if
    then `scan.wants_verify` is an address, select exactly it and call `scan.verified(answer)`.

    Why verify: answers of several slaves combine bit by bit (a 0 wins), and one such mix in about
    256 carries a valid checksum: a phantom meter. An exact selection of a phantom finds nobody.
    """

    root: SecondaryAddress = field(default_factory=lambda: SecondaryAddress(id="FFFFFFFF"))
    found: list[SecondaryAddress] = field(default_factory=list)
    unresolved: list[SecondaryAddress] = field(default_factory=list)
    probes: int = 0
    reads: int = 0
    verifies: int = 0
    wants_read: bool = False
    wants_verify: SecondaryAddress | None = None

    def __post_init__(self) -> None:
        self._stack: list[SecondaryAddress] = [self.root]
        self._current: SecondaryAddress | None = None

    def next_mask(self) -> SecondaryAddress | None:
        """The next mask to select, or None when the search is complete."""
        if not self._stack:
            return None
        self._current = self._stack.pop()
        self.probes += 1
        return self._current

    def selected(self, answer: Answer) -> None:
        """The bus's answer to the selection of the current mask."""
        assert self._current is not None
        self.wants_read = answer is Answer.CLEAN
        if answer is Answer.COLLISION:
            self._expand(self._current)

    def read(self, answer: Answer, address: SecondaryAddress | None) -> None:
        """The answer to REQ_UD2 after a clean selection, with the responder's address when clean."""
        assert self._current is not None
        self.reads += 1
        self.wants_read = False
        if answer is Answer.CLEAN and address is not None and self._current.matches(address):
            if "F" in self._current.id:
                self.wants_verify = address
            elif address not in self.found:
                self.found.append(address)
        elif answer is not Answer.NOTHING:
            self._expand(self._current)  # a collision, or an answer that cannot come from this mask

    def verified(self, answer: Answer) -> None:
        """The answer to the exact selection of the address just read."""
        assert self._current is not None and self.wants_verify is not None
        address, self.wants_verify = self.wants_verify, None
        self.verifies += 1
        if answer is Answer.CLEAN:
            if address not in self.found:
                self.found.append(address)
        else:
            self._expand(self._current)  # a phantom made of several answers: look closer

    def _expand(self, mask: SecondaryAddress) -> None:
        position = mask.id.find("F")
        if position < 0:
            self.unresolved.append(mask)  # same id, different manufacturer/version/medium
            return
        for digit in "9876543210":  # pushed in reverse: probed 0 … 9
            child = mask.id[:position] + digit + mask.id[position + 1 :]
            self._stack.append(
                SecondaryAddress(
                    id=child, manufacturer=mask.manufacturer, version=mask.version, medium=mask.medium
                )
            )


def minimum_probes(ids: list[str]) -> tuple[int, int]:
    """(selects, reads) an ideal descent needs for these 8-digit ids: every shared prefix is expanded."""
    selects, reads = 1, 0

    def visit(prefix: str, members: list[str]) -> None:
        nonlocal selects, reads
        if len(members) == 1:
            reads += 1
            return
        if len(prefix) == 8:
            return
        groups: dict[str, list[str]] = {}
        for ident in members:
            groups.setdefault(ident[len(prefix)], []).append(ident)
        selects += 10
        for digit, group in groups.items():
            visit(prefix + digit, group)

    if ids:
        visit("", sorted(set(ids)))
    return selects, reads
