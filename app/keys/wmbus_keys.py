"""Wireless M-Bus AES keys in the encrypted key store: matching with wildcards, sheet import, export.

A key applies to the meters its criteria match: id, manufacturer, version and device type, each of
which may be a wildcard (-1, or * for the manufacturer), as the CMe3100 key list has it. When several
keys match a meter, the most specific wins: an id beats a manufacturer, which beats a device type,
which beats a version.

Sheets come as CSV (comma, semicolon or tab separated) or XLSX, in either of two layouts, told apart
by their header row:
- CMe3100: Address, Key, Manufacturer, DeviceType, Version
- MUC.one meter-conf-import: Interface; Serial; Encryption key; User label; Cycle; Max readout values

Import validates the whole sheet first and reports every bad row with its row and column; then the
good rows are stored together.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import ConfigFileError, ValidationError
from app.keys.store import Entry, KeyStore

WMBUS_KEY = "wmbus-key"
ANY = "-1"
ANY_MANUFACTURER = "*"
LAYOUT_CME3100 = "cme3100"
LAYOUT_MUCONE = "mucone"
CME3100_COLUMNS = ("Address", "Key", "Manufacturer", "DeviceType", "Version")
_HEX = re.compile(r"[0-9A-Fa-f]+")
_KEY_NOISE = re.compile(r"0[xX](?=[0-9A-Fa-f])|[\s:\-,]")
_INTERFACES = {"wmbus", "wirelessmbus", "mbus"}


@dataclass(frozen=True, kw_only=True)
class WmbusKey:
    """A 16-byte AES key and the meters it is for; None criteria match anything."""

    key: bytes
    id: str | None = None  # 8 hex digits, upper case
    manufacturer: str | None = None  # three letters
    version: int | None = None
    device_type: int | None = None

    @property
    def ref(self) -> str:
        """The key store reference: the criteria, wildcards as '*' ('12345678/ELV/*/*')."""
        parts = (self.id, self.manufacturer, self.version, self.device_type)
        return "/".join("*" if p is None else str(p) for p in parts)

    @property
    def specificity(self) -> int:
        """How specific the criteria are: id 8, manufacturer 4, device type 2, version 1."""
        return (
            (8 if self.id is not None else 0)
            + (4 if self.manufacturer is not None else 0)
            + (2 if self.device_type is not None else 0)
            + (1 if self.version is not None else 0)
        )

    def matches(self, manufacturer: str, meter_id: str, version: int, device_type: int) -> bool:
        """Whether the key is for this meter."""
        return (
            (self.id is None or self.id == meter_id.upper())
            and (self.manufacturer is None or self.manufacturer == manufacturer.upper())
            and (self.version is None or self.version == version)
            and (self.device_type is None or self.device_type == device_type)
        )

    def to_entry(self) -> Entry:
        """The key store entry (the key is the secret; the criteria are attributes)."""
        return Entry(
            kind=WMBUS_KEY,
            ref=self.ref,
            secret=self.key.hex().upper(),
            attrs={
                "id": self.id or ANY,
                "manufacturer": self.manufacturer or ANY_MANUFACTURER,
                "version": ANY if self.version is None else str(self.version),
                "device_type": ANY if self.device_type is None else str(self.device_type),
            },
        )

    @classmethod
    def from_entry(cls, entry: Entry) -> WmbusKey:
        """The key an entry of kind "wmbus-key" holds; ConfigFileError if it is malformed."""
        try:
            attrs = entry.attrs
            return cls(
                key=parse_key(entry.secret),
                id=None if attrs.get("id", ANY) == ANY else parse_id(attrs["id"]),
                manufacturer=parse_manufacturer(attrs.get("manufacturer", ANY_MANUFACTURER)),
                version=parse_byte(attrs.get("version", ANY), "version"),
                device_type=parse_byte(attrs.get("device_type", ANY), "device type"),
            )
        except ValueError as exc:
            raise ConfigFileError(f"key store entry {entry.ref}: {exc}") from None


def find_key(
    keys: Iterable[WmbusKey], manufacturer: str, meter_id: str, version: int, device_type: int
) -> WmbusKey | None:
    """The most specific key matching the meter, or None (ties go to the first given)."""
    best: WmbusKey | None = None
    for candidate in keys:
        if candidate.matches(manufacturer, meter_id, version, device_type) and (
            best is None or candidate.specificity > best.specificity
        ):
            best = candidate
    return best


class KeyTable:
    """Keys indexed by id for the decoder: `table(manufacturer, id, version, device_type) -> key or None`."""

    def __init__(self, keys: Iterable[WmbusKey]) -> None:
        self._by_id: dict[str, list[WmbusKey]] = {}
        self._any_id: list[WmbusKey] = []
        for k in sorted(keys, key=lambda k: k.ref):
            if k.id is None:
                self._any_id.append(k)
            else:
                self._by_id.setdefault(k.id, []).append(k)

    def __len__(self) -> int:
        return len(self._any_id) + sum(len(v) for v in self._by_id.values())

    def find(self, manufacturer: str, meter_id: str, version: int, device_type: int) -> WmbusKey | None:
        """The most specific matching key."""
        candidates = self._by_id.get(meter_id.upper(), [])
        found = find_key(candidates, manufacturer, meter_id, version, device_type)
        return found or find_key(self._any_id, manufacturer, meter_id, version, device_type)

    def __call__(self, manufacturer: str, meter_id: str, version: int, device_type: int) -> bytes | None:
        found = self.find(manufacturer, meter_id, version, device_type)
        return found.key if found is not None else None


def stored_keys(store: KeyStore) -> list[WmbusKey]:
    """Every wM-Bus key in the store, by reference."""
    return [WmbusKey.from_entry(e) for e in store.entries(WMBUS_KEY)]


def key_table(store: KeyStore) -> KeyTable:
    """A lookup over the store's wM-Bus keys, as `decode_telegram(keys=...)` takes it."""
    return KeyTable(stored_keys(store))


def put_keys(store: KeyStore, keys: Sequence[WmbusKey]) -> None:
    """Add or replace keys in the store, saving once when the store can (`put_many`), else per key."""
    entries = [k.to_entry() for k in keys]
    put_many = getattr(store, "put_many", None)
    if callable(put_many):
        put_many(entries)
        return
    for entry in entries:
        store.put(entry)


# -- parsing single values ------------------------------------------------------------------------


def parse_key(text: str) -> bytes:
    """16 key bytes from 32 hex digits; spaces, colons, dashes and 0x prefixes are allowed between."""
    digits = _KEY_NOISE.sub("", text)
    if not digits:
        raise ValueError("no key")
    if not _HEX.fullmatch(digits):
        raise ValueError("a key is 32 hex digits (0-9, A-F)")
    if len(digits) != 32:
        raise ValueError(f"a key is 32 hex digits, got {len(digits)}")
    return bytes.fromhex(digits)


def parse_id(text: str) -> str:
    """An 8-digit meter id (hex digits allowed); leading zeros a spreadsheet dropped are put back."""
    clean = text.strip()
    if clean[:2] in ("0x", "0X"):
        clean = clean[2:]
    if clean.isdigit() and len(clean) < 8:
        clean = clean.zfill(8)
    if len(clean) != 8 or not _HEX.fullmatch(clean):
        raise ValueError(f"'{text.strip()}' is no 8-digit meter id")
    return clean.upper()


def parse_manufacturer(text: str) -> str | None:
    """Three letters (upper case), or None for '*' or an empty cell."""
    clean = text.strip().upper()
    if clean in ("", ANY_MANUFACTURER):
        return None
    if len(clean) != 3 or not all("A" <= ch <= "Z" for ch in clean):
        raise ValueError(f"'{text.strip()}' is no 3-letter manufacturer code (or * for any)")
    return clean


def parse_byte(text: str, what: str) -> int | None:
    """0-255 (decimal, or hex with 0x), or None for -1 or an empty cell."""
    clean = text.strip()
    if clean in ("", ANY):
        return None
    try:
        value = int(clean, 16) if clean[:2] in ("0x", "0X") else int(clean)
    except ValueError:
        raise ValueError(f"{what} '{clean}' is no number 0-255 (or -1 for any)") from None
    if not 0 <= value <= 255:
        raise ValueError(f"{what} {value} is outside 0-255 (or -1 for any)")
    return value


# -- sheets --------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class RowError:
    """A bad cell: spreadsheet row (header = row 1), column as the header names it, and why."""

    row: int
    column: str
    reason: str

    def __str__(self) -> str:
        return f"row {self.row}, column {self.column}: {self.reason}"


@dataclass(frozen=True, kw_only=True)
class KeySheet:
    """A validated sheet: the good rows' keys, the bad rows' errors, rows skipped and why."""

    layout: str  # LAYOUT_CME3100 or LAYOUT_MUCONE
    keys: tuple[tuple[int, WmbusKey], ...] = ()
    errors: tuple[RowError, ...] = ()
    skipped: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True, kw_only=True)
class ImportReport:
    """What an import did (or, with dry_run, would do)."""

    layout: str
    added: int
    replaced: int
    errors: tuple[RowError, ...]
    skipped: tuple[tuple[int, str], ...]
    dry_run: bool
    keys: tuple[WmbusKey, ...] = field(default=(), repr=False)

    @property
    def imported(self) -> int:
        """Good rows stored (or that would be)."""
        return self.added + self.replaced


def _cell_text(value: object) -> str:
    """A cell as text: integral numbers without '.0'; None as ''."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_rows(path: Path) -> list[list[object]]:
    """The cells of a CSV or XLSX file (first worksheet), row by row; ConfigFileError if unreadable."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigFileError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if raw[:2] == b"PK":
        return _read_xlsx(path)
    return read_csv_text(_decode_text(raw))


def _decode_text(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")  # what Excel on Windows writes


def read_csv_text(text: str) -> list[list[object]]:
    """CSV rows; the delimiter (comma, semicolon or tab) is the most frequent one in the header line."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max((";", ",", "\t"), key=first.count)
    return [list(row) for row in csv.reader(io.StringIO(text), delimiter=delimiter)]


def _read_xlsx(path: Path) -> list[list[object]]:
    try:
        import openpyxl  # noqa: PLC0415 - only XLSX imports need it
    except ImportError:
        raise ConfigFileError("reading XLSX needs openpyxl (pip install openpyxl)") from None
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds (zip, XML, KeyError) for a damaged file
        raise ConfigFileError(f"{path}: not a readable XLSX workbook ({exc})") from None
    try:
        sheet = workbook.worksheets[0]
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()


def _normalise(name: str) -> str:
    return re.sub(r"[\s_\-]", "", name).lower()


def parse_sheet(rows: Sequence[Sequence[object]]) -> KeySheet:
    """Validate every row of a key sheet; ValidationError if the header fits neither layout."""
    header_index = next((i for i, row in enumerate(rows) if any(_cell_text(c) for c in row)), None)
    if header_index is None:
        raise ValidationError("row 1", "the sheet is empty")
    header = [_cell_text(c) for c in rows[header_index]]
    names = {_normalise(h): (i, h) for i, h in enumerate(header) if h}
    if "address" in names and "key" in names:
        layout = LAYOUT_CME3100
    elif "serial" in names and "encryptionkey" in names:
        layout = LAYOUT_MUCONE
    else:
        raise ValidationError(
            f"row {header_index + 1}",
            "the header names neither the CMe3100 columns (Address, Key, Manufacturer, DeviceType, "
            "Version) nor the MUC.one columns (Interface; Serial; Encryption key; User label; Cycle; "
            "Max readout values)",
        )
    keys: list[tuple[int, WmbusKey]] = []
    errors: list[RowError] = []
    skipped: list[tuple[int, str]] = []
    seen: dict[str, int] = {}
    for index in range(header_index + 1, len(rows)):
        row_number = index + 1
        cells = rows[index]
        if not any(_cell_text(c) for c in cells):
            continue

        def cell(name: str, _cells: Sequence[object] = cells) -> tuple[str, str, object]:
            position, title = names.get(name, (-1, name))
            value = _cells[position] if 0 <= position < len(_cells) else None
            return _cell_text(value), title, value

        row_errors: list[RowError] = []
        parsed = (_cme3100_row if layout == LAYOUT_CME3100 else _mucone_row)(cell, row_number, row_errors)
        if row_errors:
            errors.extend(row_errors)
            continue
        if parsed is None:
            skipped.append((row_number, "no encryption key"))
            continue
        id_column = names["address" if layout == LAYOUT_CME3100 else "serial"][1]
        if parsed.ref in seen:
            errors.append(
                RowError(
                    row=row_number,
                    column=id_column,
                    reason=f"duplicate of row {seen[parsed.ref]} (same meter criteria {parsed.ref})",
                )
            )
            continue
        seen[parsed.ref] = row_number
        keys.append((row_number, parsed))
    return KeySheet(layout=layout, keys=tuple(keys), errors=tuple(errors), skipped=tuple(skipped))


_CellGetter = Callable[[str], tuple[str, str, object]]


def _key_cell(text: str, title: str, raw: object, row: int, errors: list[RowError]) -> bytes | None:
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        # 32 digits do not survive as a spreadsheet number (15 significant digits)
        errors.append(
            RowError(row=row, column=title, reason="the key cell holds a number; format the column as text")
        )
        return None
    try:
        return parse_key(text)
    except ValueError as exc:
        errors.append(RowError(row=row, column=title, reason=str(exc)))
        return None


def _cme3100_row(cell: _CellGetter, row: int, errors: list[RowError]) -> WmbusKey | None:
    address, address_title, _ = cell("address")
    ident: str | None = None
    if address == ANY:
        ident = None
    elif not address:
        errors.append(RowError(row=row, column=address_title, reason="missing (use -1 for any meter)"))
    else:
        try:
            ident = parse_id(address)
        except ValueError as exc:
            errors.append(RowError(row=row, column=address_title, reason=str(exc)))
    key_text, key_title, key_raw = cell("key")
    key = _key_cell(key_text, key_title, key_raw, row, errors)
    manufacturer = version = device_type = None
    text, title, _ = cell("manufacturer")
    try:
        manufacturer = parse_manufacturer(text)
    except ValueError as exc:
        errors.append(RowError(row=row, column=title, reason=str(exc)))
    text, title, _ = cell("devicetype")
    try:
        device_type = parse_byte(text, "device type")
    except ValueError as exc:
        errors.append(RowError(row=row, column=title, reason=str(exc)))
    text, title, _ = cell("version")
    try:
        version = parse_byte(text, "version")
    except ValueError as exc:
        errors.append(RowError(row=row, column=title, reason=str(exc)))
    if errors or key is None:
        return None
    return WmbusKey(key=key, id=ident, manufacturer=manufacturer, version=version, device_type=device_type)


def _mucone_row(cell: _CellGetter, row: int, errors: list[RowError]) -> WmbusKey | None:
    interface, interface_title, _ = cell("interface")
    if interface and _normalise(interface).replace("-", "") not in _INTERFACES:
        errors.append(
            RowError(row=row, column=interface_title, reason=f"'{interface}' is neither WMBUS nor MBUS")
        )
    serial, serial_title, _ = cell("serial")
    ident: str | None = None
    try:
        ident = parse_id(serial)
    except ValueError as exc:
        errors.append(RowError(row=row, column=serial_title, reason=str(exc) if serial else "missing"))
    key_text, key_title, key_raw = cell("encryptionkey")
    if not key_text:
        return None  # a meter entry without key: nothing to import
    key = _key_cell(key_text, key_title, key_raw, row, errors)
    if errors or key is None or ident is None:
        return None
    return WmbusKey(key=key, id=ident)


def import_keys(store: KeyStore | None, path: Path, *, dry_run: bool = False) -> ImportReport:
    """Validate the whole sheet, then store its good rows (nothing with `dry_run` or without a store)."""
    sheet = parse_sheet(read_rows(path))
    good = tuple(k for _, k in sheet.keys)
    existing = {e.ref for e in store.entries(WMBUS_KEY)} if store is not None else set()
    replaced = sum(1 for k in good if k.ref in existing)
    if not dry_run and store is not None and good:
        put_keys(store, good)
    return ImportReport(
        layout=sheet.layout,
        added=len(good) - replaced,
        replaced=replaced,
        errors=sheet.errors,
        skipped=sheet.skipped,
        dry_run=dry_run or store is None,
        keys=good,
    )


def export_csv(keys: Iterable[WmbusKey]) -> str:
    """A CSV backup in the CMe3100 columns (wildcards -1 and *), which `import_keys` reads back."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CME3100_COLUMNS)
    for k in sorted(keys, key=lambda k: k.ref):
        writer.writerow(
            (
                k.id or ANY,
                k.key.hex().upper(),
                k.manufacturer or ANY_MANUFACTURER,
                ANY if k.device_type is None else k.device_type,
                ANY if k.version is None else k.version,
            )
        )
    return out.getvalue()
