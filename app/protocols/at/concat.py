"""Long messages: splitting text into concatenated parts and reassembling them (3GPP TS 23.040 §9.2.3.24.1).

Reassembly is sans-I/O: the caller passes `now` (seconds on any monotonic clock) with each part and asks
`expire(now)` for messages whose missing parts did not arrive within the timeout.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.errors import LocalProtocolError
from app.protocols.at import gsm7
from app.protocols.at.pdu import (
    MAX_GSM7_SEPTETS,
    MAX_UD_OCTETS,
    Address,
    Alphabet,
    Concatenation,
    DataCoding,
    InformationElement,
    SmsDeliver,
    SmsSubmit,
    UserData,
    Validity,
    encode_header,
)

MAX_PARTS = 255


def choose_alphabet(text: str) -> Alphabet:
    """GSM 7-bit when every character is in it (TS 23.038 §6.2.1), else UCS-2."""
    return Alphabet.GSM7 if gsm7.is_gsm7(text) else Alphabet.UCS2


def _capacity(alphabet: Alphabet, header_octets: int) -> int:
    """Septets, UTF-16 units or octets one part holds next to a header of `header_octets` (UDHL included)."""
    if alphabet is Alphabet.GSM7:
        return MAX_GSM7_SEPTETS - (header_octets * 8 + 6) // 7
    if alphabet is Alphabet.UCS2:
        return (MAX_UD_OCTETS - header_octets) // 2
    return MAX_UD_OCTETS - header_octets


def _header_octets(elements: tuple[InformationElement, ...]) -> int:
    return len(encode_header(elements)) if elements else 0


def _split_text(text: str, alphabet: Alphabet, capacity: int) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    used = 0
    for ch in text:
        # an extension character (two septets) or a surrogate pair (two UTF-16 units) never straddles parts
        cost = gsm7.char_septets(ch) if alphabet is Alphabet.GSM7 else (2 if ord(ch) > 0xFFFF else 1)
        if cost == 0:
            raise LocalProtocolError(f"character {ch!r} is not in the GSM 7-bit alphabet")
        if used + cost > capacity:
            parts.append("".join(current))
            current, used = [], 0
        current.append(ch)
        used += cost
    parts.append("".join(current))
    return parts


def text_units(text: str, alphabet: Alphabet) -> int:
    """Length as the user data counts it: septets (GSM 7-bit) or UTF-16 units (UCS-2)."""
    if alphabet is Alphabet.GSM7:
        return gsm7.gsm7_length(text)
    return len(text.encode("utf-16-be", "surrogatepass")) // 2


def split_user_data(
    payload: str | bytes,
    alphabet: Alphabet,
    *,
    concat_reference: int = 0,
    wide_reference: bool = False,
    extra_header: tuple[InformationElement, ...] = (),
) -> list[UserData]:
    """One UserData if `payload` fits a single message, else concatenated parts (at most 255)."""
    single_header = extra_header
    if isinstance(payload, bytes):
        if alphabet is not Alphabet.DATA8:
            raise LocalProtocolError("binary payloads need the 8-bit alphabet")
        size = len(payload)
    else:
        if alphabet is Alphabet.DATA8:
            raise LocalProtocolError("text payloads need the GSM 7-bit or UCS-2 alphabet")
        size = text_units(payload, alphabet)
    header = single_header or None
    if size <= _capacity(alphabet, _header_octets(single_header)):
        if isinstance(payload, bytes):
            return [UserData(data=payload, header=header)]
        return [UserData(text=payload, header=header)]
    probe = Concatenation(reference=concat_reference, total=1, sequence=1, wide=wide_reference).to_element()
    capacity = _capacity(alphabet, _header_octets((probe, *extra_header)))
    if isinstance(payload, bytes):
        chunks: list[str | bytes] = [payload[i : i + capacity] for i in range(0, len(payload), capacity)]
    else:
        chunks = list(_split_text(payload, alphabet, capacity))
    if len(chunks) > MAX_PARTS:
        raise LocalProtocolError(f"message needs {len(chunks)} parts, at most {MAX_PARTS} are possible")
    total = len(chunks)
    out = []
    for seq, chunk in enumerate(chunks, start=1):
        concat = Concatenation(reference=concat_reference, total=total, sequence=seq, wide=wide_reference)
        elements = (concat.to_element(), *extra_header)
        if isinstance(chunk, bytes):
            out.append(UserData(data=chunk, header=elements))
        else:
            out.append(UserData(text=chunk, header=elements))
    return out


def submit_messages(
    destination: Address | str,
    text: str,
    *,
    smsc: Address | None = None,
    reference: int = 0,
    alphabet: Alphabet | None = None,
    message_class: int | None = None,
    validity: Validity = None,
    status_report_request: bool = False,
    reject_duplicates: bool = False,
    concat_reference: int = 0,
    wide_reference: bool = False,
    pid: int = 0,
) -> list[SmsSubmit]:
    """SMS-SUBMITs carrying `text`, split into concatenated parts when it does not fit one message."""
    # every part carries TP-MR `reference`: most modems assign their own on AT+CMGS anyway
    to = destination if isinstance(destination, Address) else Address.phone(destination)
    chosen = alphabet or choose_alphabet(text)
    dcs = DataCoding.for_alphabet(chosen, message_class)
    return [
        SmsSubmit(
            destination=to,
            user_data=ud,
            smsc=smsc,
            reference=reference,
            pid=pid,
            dcs=dcs,
            validity=validity,
            reject_duplicates=reject_duplicates,
            status_report_request=status_report_request,
        )
        for ud in split_user_data(
            text, chosen, concat_reference=concat_reference, wide_reference=wide_reference
        )
    ]


def deliver_messages(
    originator: Address | str,
    text: str,
    *,
    timestamp: dt.datetime,
    smsc: Address | None = None,
    alphabet: Alphabet | None = None,
    message_class: int | None = None,
    concat_reference: int = 0,
    wide_reference: bool = False,
    status_report: bool = False,
    pid: int = 0,
) -> list[SmsDeliver]:
    """SMS-DELIVERs carrying `text` as a service centre (the virtual GSM network) hands it out."""
    sender = originator if isinstance(originator, Address) else Address.parse(originator)
    chosen = alphabet or choose_alphabet(text)
    dcs = DataCoding.for_alphabet(chosen, message_class)
    return [
        SmsDeliver(
            originator=sender,
            timestamp=timestamp,
            user_data=ud,
            smsc=smsc,
            pid=pid,
            dcs=dcs,
            status_report=status_report,
        )
        for ud in split_user_data(
            text, chosen, concat_reference=concat_reference, wide_reference=wide_reference
        )
    ]


# ------------------------------------------------------------------------------------------------ reassembly

PartMessage = SmsDeliver | SmsSubmit


@dataclass(frozen=True, kw_only=True)
class AssembledMessage:
    """A whole message: one part, or every part of a concatenated message in sequence order."""

    address: Address  # the originator of an SMS-DELIVER, the destination of an SMS-SUBMIT
    text: str
    data: bytes
    parts: tuple[PartMessage, ...]
    reference: int | None = None  # the concatenation reference, None for a single message

    @property
    def first(self) -> PartMessage:
        """The first part (its time stamp, SMSC and coding stand for the whole)."""
        return self.parts[0]


@dataclass(frozen=True, kw_only=True)
class IncompleteMessage:
    """A concatenated message that timed out (or was evicted) with parts missing."""

    address: Address
    reference: int
    total: int
    parts: tuple[PartMessage, ...]  # the parts that did arrive, in sequence order
    missing: tuple[int, ...]  # sequence numbers that never came

    @property
    def text(self) -> str:
        """The text of the parts that arrived, a gap marked by '…' where parts are missing."""
        by_seq = {info.sequence: p for p in self.parts if (info := p.user_data.concatenation) is not None}
        return "".join(_join([by_seq[s]]) if s in by_seq else "…" for s in range(1, self.total + 1))


_Key = tuple[str, int, int, int, bool]  # address, type of number, reference, total, 16-bit reference


@dataclass
class _Pending:
    total: int
    parts: dict[int, PartMessage]
    last_arrival: float


def _address(message: PartMessage) -> Address:
    return message.originator if isinstance(message, SmsDeliver) else message.destination


def _concat(message: PartMessage) -> Concatenation | None:
    info = message.user_data.concatenation
    if info is None or info.total < 2 or not 1 <= info.sequence <= info.total:
        return None  # TS 23.040 §9.2.3.24.1: a sequence of 0 or beyond the total voids the element
    return info


def _join(parts: list[PartMessage]) -> str:
    # re-encoding joins a surrogate pair a sender split across two UCS-2 parts
    raw = b"".join(p.user_data.text.encode("utf-16-be", "surrogatepass") for p in parts)
    return raw.decode("utf-16-be", "surrogatepass")


class Reassembler:
    """Collects parts of concatenated messages; out of order and duplicate parts are fine."""

    def __init__(self, *, timeout: float = 3600.0, max_pending: int = 256) -> None:
        self.timeout = timeout
        self.max_pending = max_pending
        self._pending: dict[_Key, _Pending] = {}
        self._evicted: list[IncompleteMessage] = []
        self._done: dict[_Key, tuple[float, dict[int, UserData]]] = {}  # recently completed, to spot repeats

    @property
    def pending(self) -> int:
        """How many concatenated messages are waiting for parts."""
        return len(self._pending)

    def add(self, message: PartMessage, now: float) -> AssembledMessage | None:
        """Take one received part; the whole message once its last part is in, else None."""
        info = _concat(message)
        address = _address(message)
        if info is None:
            return AssembledMessage(
                address=address, text=message.user_data.text, data=message.user_data.data, parts=(message,)
            )
        key = (str(address), int(address.ton), info.reference, info.total, info.wide)
        self._forget_done(now)
        done = self._done.get(key)
        if done is not None and done[1].get(info.sequence) == message.user_data and key not in self._pending:
            return None  # a part of a message already delivered, sent again (the network retried)
        entry = self._pending.get(key)
        if entry is None:
            if len(self._pending) >= self.max_pending:
                oldest = min(self._pending, key=lambda k: self._pending[k].last_arrival)
                self._evicted.append(self._incomplete(oldest, self._pending.pop(oldest)))
            entry = self._pending[key] = _Pending(total=info.total, parts={}, last_arrival=now)
        entry.parts.setdefault(info.sequence, message)  # a duplicate keeps the first copy
        entry.last_arrival = now
        if len(entry.parts) < entry.total:
            return None
        del self._pending[key]
        ordered = [entry.parts[s] for s in range(1, entry.total + 1)]
        self._done[key] = (now, {s: p.user_data for s, p in entry.parts.items()})
        return AssembledMessage(
            address=address,
            text=_join(ordered),
            data=b"".join(p.user_data.data for p in ordered),
            parts=tuple(ordered),
            reference=info.reference,
        )

    def next_deadline(self) -> float | None:
        """When `expire` will next have something to report (None: nothing pending)."""
        if self._evicted:
            return float("-inf")
        if not self._pending:
            return None
        return min(p.last_arrival for p in self._pending.values()) + self.timeout

    def expire(self, now: float) -> list[IncompleteMessage]:
        """Messages with no new part for `timeout` seconds (and any evicted for room), given up on."""
        self._forget_done(now)
        out, self._evicted = self._evicted, []
        for key in [k for k, p in self._pending.items() if p.last_arrival + self.timeout <= now]:
            out.append(self._incomplete(key, self._pending.pop(key)))
        return out

    def _forget_done(self, now: float) -> None:
        for key in [k for k, (when, _) in self._done.items() if when + self.timeout <= now]:
            del self._done[key]
        while len(self._done) > self.max_pending:
            del self._done[next(iter(self._done))]

    @staticmethod
    def _incomplete(key: _Key, entry: _Pending) -> IncompleteMessage:
        ordered = tuple(entry.parts[s] for s in sorted(entry.parts))
        return IncompleteMessage(
            address=_address(ordered[0]),
            reference=key[2],
            total=entry.total,
            parts=ordered,
            missing=tuple(s for s in range(1, entry.total + 1) if s not in entry.parts),
        )
