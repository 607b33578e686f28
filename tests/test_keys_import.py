"""wM-Bus keys: sheet import (CSV and XLSX, CMe3100 and MUC.one layouts), matching, export, CLI."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import openpyxl
import pytest

import app.cli
from app import cli_wmbus
from app.errors import ValidationError
from app.keys.store import KeyStore
from app.keys.wmbus_keys import (
    LAYOUT_CME3100,
    LAYOUT_MUCONE,
    KeyTable,
    RowError,
    WmbusKey,
    export_csv,
    find_key,
    import_keys,
    key_table,
    parse_sheet,
    read_csv_text,
    stored_keys,
)
from app.protocols.wmbus import decode_telegram, encode_telegram

MASTER = "correct horse battery staple"
K1 = "000102030405060708090A0B0C0D0E0F"
K2 = "FFEEDDCCBBAA99887766554433221100"
K3 = "A1B2C3D4E5F6A1B2C3D4E5F678910111"
K4 = "82B0551191F51D66EFCDAB8967452301"
VOLUME_RECORD = b"\x04\x13\x01\x00\x00\x00"  # 1 litre

CME3100_ROWS = [
    ["Address", "Key", "Manufacturer", "DeviceType", "Version"],
    ["-1", K2, "*", "-1", "-1"],  # row 2: good, any meter
    ["13360079", K3, "ELV", "-1", "-1"],  # row 3: good
    ["-1", "AAAA1111BBBB2222CCCC3333DDDD44444", "ACA", "-1", "-1"],  # row 4: 33 digits
    ["12AB-XYZ", K1, "*", "-1", "-1"],  # row 5: bad id
    ["13360079", K4, "ELV", "-1", "-1"],  # row 6: duplicate of row 3
    ["683775", K1, "e1v", "7", "300"],  # row 7: bad manufacturer and version
    ["683775", K4, "kam", "0x07", "2"],  # row 8: good; the zeros a spreadsheet dropped come back
    ["", "", "", "", ""],  # blank rows are ignored
]
MUCONE_ROWS = [
    ["Interface", " Serial", "Encryption key", "User label", "Cycle", "Max readout values"],
    ["WMBUS", "12345670", " ".join(K1[i : i + 2] for i in range(0, 32, 2)), "Apartment 01", "", ""],  # row 2
    ["wM-Bus", "0x30101198", K2, "", "900", "10"],  # row 3: good
    ["WMBUS", "1234567", K3, "", "", ""],  # row 4: good (7 digits, zero padded)
    ["WMBUS", "1234567X", K4, "", "", ""],  # row 5: bad serial
    ["LoRa", "22222222", K4, "", "", ""],  # row 6: unknown interface
    ["MBUS", "33333333", "", "no key here", "", ""],  # row 7: skipped, nothing to import
    ["WMBUS", "44444444", "0011", "", "", ""],  # row 8: short key
]


def _csv(path: Path, rows: list[list[str]], delimiter: str) -> Path:
    path.write_text("\n".join(delimiter.join(row) for row in rows) + "\n", encoding="utf-8")
    return path


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


@pytest.fixture
def store(tmp_path: Path) -> KeyStore:
    return KeyStore(tmp_path / "keystore.json", MASTER)


def _errors(report_errors: Iterable[RowError]) -> set[tuple[int, str]]:
    return {(e.row, e.column) for e in report_errors}


def test_cme3100_csv_imports_exactly_the_good_rows(store: KeyStore, tmp_path: Path) -> None:
    report = import_keys(store, _csv(tmp_path / "keys.csv", CME3100_ROWS, ","))
    assert report.layout == LAYOUT_CME3100
    assert _errors(report.errors) == {
        (4, "Key"),
        (5, "Address"),
        (6, "Address"),
        (7, "Manufacturer"),
        (7, "Version"),
    }
    assert "32 hex digits, got 33" in next(str(e) for e in report.errors if e.row == 4)
    assert "duplicate of row 3" in next(str(e) for e in report.errors if e.row == 6)
    assert str(next(e for e in report.errors if e.row == 5)).startswith("row 5, column Address:")
    keys = {k.ref: k for k in stored_keys(store)}
    assert set(keys) == {"*/*/*/*", "13360079/ELV/*/*", "00683775/KAM/2/7"}
    assert keys["13360079/ELV/*/*"].key.hex().upper() == K3
    assert report.added == 3 and report.replaced == 0


def test_mucone_semicolon_csv_is_detected(store: KeyStore, tmp_path: Path) -> None:
    report = import_keys(store, _csv(tmp_path / "meter-conf-import.csv", MUCONE_ROWS, ";"))
    assert report.layout == LAYOUT_MUCONE
    assert _errors(report.errors) == {(5, "Serial"), (6, "Interface"), (8, "Encryption key")}
    assert report.skipped == ((7, "no encryption key"),)
    keys = {k.id: k.key.hex().upper() for k in stored_keys(store)}
    assert keys == {"12345670": K1, "30101198": K2, "01234567": K3}


@pytest.mark.parametrize("rows", [CME3100_ROWS, MUCONE_ROWS], ids=["cme3100", "mucone"])
def test_xlsx_imports_like_csv(rows: list[list[str]], tmp_path: Path) -> None:
    from_csv = import_keys(None, _csv(tmp_path / "k.csv", rows, ";"), dry_run=True)
    from_xlsx = import_keys(None, _xlsx(tmp_path / "k.xlsx", list(rows)), dry_run=True)
    assert from_xlsx.layout == from_csv.layout
    assert [str(e) for e in from_xlsx.errors] == [str(e) for e in from_csv.errors]
    assert from_xlsx.keys == from_csv.keys


def test_xlsx_numbers_lose_leading_zeros_and_keys_become_numbers(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["address", "key", "manufacturer", "deviceType", "version"],
        [683775, K1, "*", -1, -1],  # the id as a number: 00683775
        [12345678, 1.2345678901234567e31, "*", -1, 2],  # a key Excel turned into a number
    ]
    report = import_keys(None, _xlsx(tmp_path / "numbers.xlsx", rows))
    assert [k.id for k in report.keys] == ["00683775"]
    assert _errors(report.errors) == {(3, "key")}
    assert "format the column as text" in str(report.errors[0])


def test_an_unknown_header_is_a_usage_error() -> None:
    with pytest.raises(ValidationError, match="row 1"):
        parse_sheet([["Meter", "Secret"], ["1", K1]])


def test_dry_run_stores_nothing(store: KeyStore, tmp_path: Path) -> None:
    report = import_keys(store, _csv(tmp_path / "keys.csv", CME3100_ROWS, ","), dry_run=True)
    assert report.dry_run and report.imported == 3
    assert stored_keys(store) == []


def test_a_second_import_replaces_keys_with_the_same_criteria(store: KeyStore, tmp_path: Path) -> None:
    import_keys(store, _csv(tmp_path / "a.csv", CME3100_ROWS, ","))
    rows = [CME3100_ROWS[0], ["13360079", K1, "ELV", "-1", "-1"]]
    report = import_keys(store, _csv(tmp_path / "b.csv", rows, ","))
    assert (report.added, report.replaced) == (0, 1)
    assert key_table(store)("ELV", "13360079", 1, 7) == bytes.fromhex(K1)


def test_the_most_specific_key_wins() -> None:
    keys = [
        WmbusKey(key=bytes([1]) * 16),  # anything
        WmbusKey(key=bytes([2]) * 16, manufacturer="KAM"),
        WmbusKey(key=bytes([3]) * 16, manufacturer="KAM", device_type=7),
        WmbusKey(key=bytes([4]) * 16, manufacturer="KAM", device_type=7, version=27),
        WmbusKey(key=bytes([5]) * 16, id="12345678"),
        WmbusKey(key=bytes([6]) * 16, id="12345678", manufacturer="KAM"),
    ]
    table = KeyTable(keys)

    def first_byte(manufacturer: str, meter_id: str, version: int, device_type: int) -> int:
        found = table(manufacturer, meter_id, version, device_type)
        assert found is not None
        return found[0]

    assert first_byte("ELV", "99999999", 1, 2) == 1
    assert first_byte("KAM", "99999999", 1, 2) == 2
    assert first_byte("KAM", "99999999", 1, 7) == 3
    assert first_byte("KAM", "99999999", 27, 7) == 4
    assert first_byte("ELV", "12345678", 27, 7) == 5
    assert first_byte("kam", "12345678", 27, 7) == 6
    assert find_key(keys[1:4], "ELV", "1", 1, 1) is None
    assert len(table) == 6


def test_export_then_import_gives_the_same_keys(store: KeyStore, tmp_path: Path) -> None:
    import_keys(store, _csv(tmp_path / "in.csv", CME3100_ROWS, ","))
    import_keys(store, _csv(tmp_path / "in2.csv", MUCONE_ROWS, ";"))
    before = sorted(stored_keys(store), key=lambda k: k.ref)
    text = export_csv(before)
    assert text.splitlines()[0] == "Address,Key,Manufacturer,DeviceType,Version"
    assert parse_sheet(read_csv_text(text)).errors == ()
    other = KeyStore(tmp_path / "other.json", "another master password")
    report = import_keys(other, _csv_text(tmp_path / "backup.csv", text))
    assert report.errors == ()
    assert sorted(stored_keys(other), key=lambda k: k.ref) == before


def _csv_text(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8", newline="")
    return path


def test_the_key_store_file_never_holds_a_key_in_plain_text(store: KeyStore, tmp_path: Path) -> None:
    import_keys(store, _csv(tmp_path / "keys.csv", CME3100_ROWS, ","))
    import_keys(store, _csv(tmp_path / "muc.csv", MUCONE_ROWS, ";"))
    content = store.path.read_bytes()
    for key in stored_keys(store):
        for form in (key.key.hex(), key.key.hex().upper(), key.key.hex(" "), key.key.hex(" ").upper()):
            assert form.encode() not in content
        assert key.key not in content
    assert b"13360079" not in content  # the criteria are sealed too
    reopened = KeyStore(store.path, MASTER)
    assert len(stored_keys(reopened)) == 6


def test_stored_keys_decrypt_telegrams(store: KeyStore, tmp_path: Path) -> None:
    import_keys(store, _csv(tmp_path / "keys.csv", CME3100_ROWS, ","))
    meter = {"manufacturer": "KAM", "meter_id": "00683775", "version": 2, "device_type": 7}
    raw = encode_telegram(**meter, records=VOLUME_RECORD, mode=5, key=bytes.fromhex(K4))
    assert decode_telegram(raw, keys=key_table(store)).decrypted


# -- command line ------------------------------------------------------------------------------


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """`gwterm` with the wM-Bus commands registered (as app.cli will), a key store in tmp_path."""
    monkeypatch.setenv("GWTERM_KEYSTORE", str(tmp_path / "cli-keystore.json"))
    monkeypatch.setenv("GWTERM_MASTER_PASSWORD", MASTER)
    original = app.cli.build_parser

    def build() -> argparse.ArgumentParser:
        parser = original()
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        if "wmbus" not in sub.choices:
            cli_wmbus.register(sub)
        keys = next(a for a in sub.choices["keys"]._actions if isinstance(a, argparse._SubParsersAction))
        if "import" not in keys.choices:
            cli_wmbus.register_keys(keys)
        return parser

    monkeypatch.setattr(app.cli, "build_parser", build)
    yield


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = app.cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.usefixtures("cli")
def test_cli_import_reports_rows_and_exits_2_when_some_are_bad(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    sheet = _csv(tmp_path / "keys.csv", CME3100_ROWS, ",")
    code, out, err = run(capsys, "keys", "import", str(sheet), "--dry-run")
    assert code == 2 and "would import 3 key(s)" in out and "row 4, column Key" in err
    code, out, _ = run(capsys, "keys", "import", str(sheet), "--json")
    doc = json.loads(out)
    assert code == 2 and doc["imported"] == 3 and not doc["dry_run"]
    assert {"row": 5, "column": "Address"}.items() <= doc["errors"][1].items()
    code, out, err = run(capsys, "keys", "export")
    assert code == 0 and out.count("\n") == 4 and K3 in out
    backup = tmp_path / "backup.csv"
    code, _, _ = run(capsys, "keys", "export", "-o", str(backup))
    assert code == 0 and backup.stat().st_mode & 0o777 == 0o600
    code, out, _ = run(capsys, "keys", "import", str(backup))
    assert code == 0 and "0 new, 3 replacing" in out


@pytest.mark.usefixtures("cli")
def test_cli_decode_diagnoses(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    meter = {"manufacturer": "ELV", "meter_id": "13360079", "version": 1, "device_type": 7}
    raw = encode_telegram(**meter, records=VOLUME_RECORD, mode=5, key=bytes.fromhex(K3), rssi=0x9A).hex()
    code, out, err = run(capsys, "wmbus", "decode", raw, "--json")
    assert code == 1 and json.loads(err)["kind"] == "NoKeyError" and "no key" in err
    code, out, err = run(capsys, "wmbus", "decode", raw, "--key", K1, "--json")
    assert code == 1 and json.loads(err)["kind"] == "WrongKeyError"
    code, out, _ = run(capsys, "wmbus", "decode", raw, "--key", K3, "--json")
    doc = json.loads(out)
    assert code == 0 and doc["header"]["decrypted"] and doc["header"]["security_mode"] == 5
    assert doc["header"]["rssi"] == 0x9A and doc["records"][0]["value"] == 0.001
    damaged = raw[:30] + ("0" if raw[30] != "0" else "1") + raw[31:]
    code, _, err = run(capsys, "wmbus", "decode", damaged, "--json")
    assert code == 1 and json.loads(err)["kind"] == "CorruptTelegramError"
    code, _, err = run(capsys, "wmbus", "decode", "not hex")
    assert code == 2
    code, _, err = run(capsys, "wmbus", "decode", raw, "--key", "1234")
    assert code == 2 and "32 hex digits" in err
    # with the key in the store (GWTERM_MASTER_PASSWORD set), no --key is needed
    run(capsys, "keys", "import", str(_csv(tmp_path / "keys.csv", CME3100_ROWS, ",")))
    code, out, _ = run(capsys, "wmbus", "decode", raw[:20], raw[20:])
    assert code == 0 and "decrypted with the key" in out and "ELV 13360079" in out
