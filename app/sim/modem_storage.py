"""A simulated modem's SIM message storage ("SM") and how AT+CMGR/+CMGL show an entry (TS 27.005 §3.4)."""

from __future__ import annotations

from dataclasses import dataclass

from app.protocols.at import textmode
from app.protocols.at.pdu import MessageType, SmsDeliver, SmsStatusReport, SmsSubmit, decode_pdu

STATUS_NAMES = textmode.STATUS_NAMES  # index = <stat> of PDU mode
_KEEP_ON_DELETE = {1: {0, 2, 3}, 2: {0, 2}, 3: {0}, 4: set()}  # AT+CMGD <delflag> → <stat> values kept


@dataclass
class StoredMessage:
    """One slot: <stat> (0 received unread, 1 read, 2 stored unsent, 3 sent), SMSC + TPDU, its kind."""

    status: int
    pdu: bytes
    kind: MessageType


class MessageStorage:
    """Numbered slots 1…size."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.slots: dict[int, StoredMessage] = {}

    def __len__(self) -> int:
        return len(self.slots)

    def store(self, entry: StoredMessage) -> int | None:
        """The slot the entry went to, or None when the storage is full."""
        for index in range(1, self.size + 1):
            if index not in self.slots:
                self.slots[index] = entry
                return index
        return None

    def get(self, index: int) -> StoredMessage | None:
        """The entry in a slot."""
        return self.slots.get(index)

    def delete(self, index: int, flag: int = 0) -> bool:
        """AT+CMGD: one slot (flag 0), else by <delflag>; False for an empty slot or a bad flag."""
        if flag == 0:
            return self.slots.pop(index, None) is not None
        keep = _KEEP_ON_DELETE.get(flag)
        if keep is None:
            return False
        self.slots = {i: e for i, e in self.slots.items() if e.status in keep}
        return True

    def matching(self, status: int) -> list[tuple[int, StoredMessage]]:
        """Entries with this <stat> (4: all), by slot."""
        return [(i, self.slots[i]) for i in sorted(self.slots) if status in (4, self.slots[i].status)]


def listing(entry: StoredMessage, *, index: int | None, text_mode: bool, detail: bool) -> list[str]:
    """+CMGR (index None) or +CMGL lines for one entry, in PDU or text mode (with AT+CSDH=1 `detail`)."""
    head = "+CMGR: " if index is None else f"+CMGL: {index},"
    tpdu_length = len(entry.pdu) - entry.pdu[0] - 1
    if not text_mode:
        return [f"{head}{entry.status},,{tpdu_length}", entry.pdu.hex().upper()]
    message = decode_pdu(entry.pdu, strict=False)
    status = f'"{STATUS_NAMES[entry.status]}"'
    if isinstance(message, SmsStatusReport):
        return [
            f'{head}{status},6,{message.reference},"{message.recipient}",{message.recipient.type_octet},'
            f'"{textmode.format_text_time(message.timestamp)}",'
            f'"{textmode.format_text_time(message.discharge_time)}",{message.status}'
        ]
    if isinstance(message, SmsDeliver):
        when = textmode.format_text_time(message.timestamp)
        extra = f",{message.originator.type_octet},4,{message.pid},{message.dcs.value}" if detail else ""
        return [f'{head}{status},"{message.originator}",,"{when}"{extra}', message.text]
    assert isinstance(message, SmsSubmit)
    return [f'{head}{status},"{message.destination}",', message.text]
