"""Long messages: split into concatenated parts, shuffled, duplicated, reassembled; missing-part timeout."""

from __future__ import annotations

import configparser
import datetime as dt
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import LocalProtocolError
from app.protocols.at import gsm7
from app.protocols.at.concat import (
    AssembledMessage,
    Reassembler,
    deliver_messages,
    split_user_data,
    submit_messages,
)
from app.protocols.at.pdu import (
    Address,
    Alphabet,
    DataCoding,
    PortAddressing,
    SmsDeliver,
    UserData,
    decode_header,
    decode_pdu,
    decode_pdu_hex,
    encode_header,
)

WHEN = dt.datetime(2024, 5, 1, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))


def test_part_sizes() -> None:
    assert len(submit_messages("+1", "x" * 160)) == 1
    assert [len(p.text) for p in submit_messages("+1", "x" * 161)] == [153, 8]
    assert [len(p.text) for p in submit_messages("+1", "x" * 161, wide_reference=True)] == [152, 9]
    assert len(submit_messages("+1", "ű" * 70)) == 1
    assert [len(p.text) for p in submit_messages("+1", "ű" * 71)] == [67, 4]
    # an extension character (two septets) never straddles two parts
    parts = submit_messages("+1", "x" * 152 + "€" + "y" * 7)
    assert [p.text for p in parts] == ["x" * 152, "€" + "y" * 7]
    # nor does a surrogate pair
    parts = submit_messages("+1", "ű" * 66 + "😀" + "zzz")
    assert [p.text for p in parts] == ["ű" * 66, "😀zzz"]
    with pytest.raises(LocalProtocolError):
        submit_messages("+1", "x" * 153 * 256)
    data_parts = split_user_data(
        bytes(300), Alphabet.DATA8, extra_header=(PortAddressing(destination=2948, source=9200).to_element(),)
    )
    assert [len(p.data) for p in data_parts] == [128, 128, 44]
    assert all(p.ports is not None and p.concatenation is not None for p in data_parts)


def test_python_messaging_multipart_reassembles() -> None:
    # python-messaging's weird German two-part SMS-DELIVER (8-bit reference 25)
    first = decode_pdu_hex(
        "07919471227210244405852122F039F101506271217180A005000319020198E9B2B82C0759DFE4B0F9ED2EB7967537B9CC02B5"
        "D37450122D2FCB41EE303DFD7687D96537881A96A7CD6F383DFD7683F46134BBEC064DD36550DA0D22A7CBF3721BE42CD3F5A0"
        "198B56036DCA20B8FC0D6A0A4170767D0EAAE540433A082E7F83A6E5F93CFD76BB40D7B2DB0D9AA6CB2072BA3C2F83926EF31B"
        "E44E8FD17450BB8C9683CA"
    )
    second = decode_pdu_hex(
        "07919471227210244405852122F039F1015062712181804F050003190202E4E8309B5E7683DAFC319A5E76B340F73D9A5D7683"
        "A6E93268FD9ED3CB6EF67B0E5AD172B19B2C2693C9602E90355D6683A6F0B007946E8382F5393BEC26BB00"
    )
    assert isinstance(first, SmsDeliver) and isinstance(second, SmsDeliver)
    joined = Reassembler()
    assert joined.add(second, now=0.0) is None
    whole = joined.add(first, now=1.0)
    assert whole is not None and whole.reference == 25
    assert whole.text.startswith("Lieber Vodafone-Kunde") and whole.text.endswith("Viel Spaß im Ausland.")


def test_duplicates_single_messages_and_other_senders() -> None:
    parts = deliver_messages("+36201234567", "a" * 200, timestamp=WHEN, concat_reference=7)
    other = deliver_messages("+36209999999", "b" * 200, timestamp=WHEN, concat_reference=7)
    joined = Reassembler()
    assert joined.add(parts[0], 0.0) is None
    assert joined.add(parts[0], 0.5) is None  # duplicate
    assert joined.add(other[1], 0.6) is None  # same reference, another sender: another message
    (single,) = deliver_messages("+36201234567", "short", timestamp=WHEN)
    assert joined.add(single, 0.7) == AssembledMessage(
        address=single.originator, text="short", data=b"", parts=(single,)
    )
    whole = joined.add(parts[1], 1.0)
    assert whole is not None and whole.text == "a" * 200 and joined.pending == 1


def test_missing_part_times_out() -> None:
    parts = deliver_messages("+36201234567", "abc" * 200, timestamp=WHEN, concat_reference=9)
    joined = Reassembler(timeout=60.0)
    joined.add(parts[0], 100.0)
    joined.add(parts[2], 130.0)
    assert joined.next_deadline() == 190.0
    assert joined.expire(189.9) == []
    (lost,) = joined.expire(190.0)
    assert (lost.total, lost.missing, lost.reference) == (4, (2, 4), 9)
    assert lost.text.startswith(parts[0].text + "…" + parts[2].text)
    assert joined.pending == 0 and joined.next_deadline() is None


def test_eviction_when_too_many_are_pending() -> None:
    joined = Reassembler(max_pending=2)
    for ref in range(3):
        joined.add(deliver_messages("+1", "z" * 200, timestamp=WHEN, concat_reference=ref)[0], float(ref))
    assert joined.pending == 2 and joined.next_deadline() == float("-inf")
    (evicted,) = joined.expire(0.0)
    assert evicted.reference == 0


texts = st.one_of(
    st.text(gsm7.DEFAULT_ALPHABET.replace("\x1b", "") + "".join(gsm7.EXTENSION_TABLE.values()), max_size=700),
    st.text(max_size=400),
)


@settings(max_examples=120, deadline=None)
@given(texts, st.integers(0, 65535), st.booleans(), st.randoms(use_true_random=False))
def test_split_shuffle_reassemble(text: str, reference: int, wide: bool, rnd: random.Random) -> None:
    parts = deliver_messages(
        "+36201234567",
        text,
        timestamp=WHEN,
        concat_reference=reference if wide else reference % 256,
        wide_reference=wide,
    )
    wire = [decode_pdu(p.to_bytes()) for p in parts]  # through bytes, as a modem delivers them
    arrivals = wire + [rnd.choice(wire) for _ in range(rnd.randint(0, 3))]  # with duplicates
    rnd.shuffle(arrivals)
    joined = Reassembler()
    results = [r for i, m in enumerate(arrivals) if (r := joined.add(m, float(i))) is not None]
    assert len(results) == 1 + (len(parts) == 1) * (len(arrivals) - 1)
    assert results[0].text == text and joined.pending == 0
    for message in wire:
        assert len(message.to_bytes()) <= 1 + 12 + 1 + 12 + 2 + 7 + 1 + 140


SMSBACKUPS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "gammu" / "smsbackups"


@pytest.mark.skipif(not SMSBACKUPS.is_dir(), reason=f"gammu corpus not found at {SMSBACKUPS}")
def test_gammu_sms_backups_encode_decode_and_reassemble() -> None:
    """gammu's saved messages (WAP push MMS notifications in 8-bit parts, a header-only one) re-encoded."""
    checked = assembled = 0
    for path in sorted(SMSBACKUPS.glob("*.smsbackup")):
        parser = configparser.ConfigParser(interpolation=None, strict=False)
        parser.optionxform = str  # type: ignore[assignment,method-assign]
        parser.read_string(path.read_text(encoding="utf-8", errors="replace"))
        joined = Reassembler()
        for name in parser.sections():
            sec = parser[name]
            if sec.get("PDU") == "Status_Report":
                continue  # gammu keeps only the report's text, not its TPDU fields
            header = decode_header(bytes.fromhex(sec["UDH"])) if sec.get("UDH") else None
            if header is not None:
                assert encode_header(header) == bytes.fromhex(sec["UDH"]), path.name
            body = bytes.fromhex("".join(sec[k] for k in sorted(sec) if k.startswith("Text")))
            eight_bit = sec["Coding"] == "8bit"
            klass = int(sec["Class"])
            alphabet = Alphabet.DATA8 if eight_bit else Alphabet.GSM7
            ud = (
                UserData(data=body, header=header)
                if eight_bit
                else UserData(text=body.decode("utf-16-be"), header=header)
            )
            stamp = sec.get("DateTime") or sec.get("Sent") or "20000101T000000"
            message = SmsDeliver(
                originator=Address.parse(sec["Number"].strip('"')),
                smsc=Address.parse(sec["SMSC"].strip('"')),
                timestamp=dt.datetime.strptime(stamp.rstrip("Z"), "%Y%m%dT%H%M%S").replace(tzinfo=dt.UTC),
                dcs=DataCoding.for_alphabet(alphabet, None if klass < 0 else klass),
                user_data=ud,
            )
            assert decode_pdu(message.to_bytes()) == message, path.name
            checked += 1
            whole = joined.add(message, 0.0)
            if whole is not None and len(whole.parts) > 1:
                assert whole.data == b"".join(p.user_data.data for p in whole.parts)
                assert whole.first.user_data.ports == PortAddressing(destination=2948, source=9200)
                assembled += 1
    assert (checked, assembled) == (14, 5)
