"""Fleet sheets: CSV (comma or semicolon, UTF-8 with or without BOM, or Windows-1252) and XLSX."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import ConfigFileError

# columns that describe the device rather than set a parameter
URL = "url"
PASSWORD_REF = "password_ref"
MODEL = "model"
NAME = "name"
TRANSPORT, HOST, PORT, NUMBER, MODEM = "transport", "host", "port", "number", "modem"
RESERVED = (URL, PASSWORD_REF, MODEL, NAME, TRANSPORT, HOST, PORT, NUMBER, MODEM)


@dataclass(frozen=True, kw_only=True)
class Sheet:
    """A header and rows of text cells, as read; `row_numbers` are the spreadsheet's own (header = 1)."""

    name: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    row_numbers: tuple[int, ...] = field(default=())

    def records(self) -> list[tuple[int, dict[str, str]]]:
        """(row number, column → cell) for every data row."""
        numbers = self.row_numbers or tuple(range(2, len(self.rows) + 2))
        return [
            (n, dict(zip(self.header, row, strict=False))) for n, row in zip(numbers, self.rows, strict=True)
        ]


def read_sheet(path: Path) -> Sheet:
    """Read a CSV or XLSX sheet; ConfigFileError names the file and what is wrong."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigFileError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return parse_csv(raw, name=path.name)


def parse_csv(raw: bytes, *, name: str = "<csv>") -> Sheet:
    """CSV bytes: encoding (UTF-8, BOM, Windows-1252) and separator (comma, semicolon or tab) detected."""
    if raw.startswith(b"\xef\xbb\xbf"):
        text = raw[3:].decode("utf-8")
    else:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")  # as Excel on Windows exports "CSV"
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)  # the most frequent in the header; a tie: comma
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    lines = [(n, [c.strip() for c in line]) for n, line in enumerate(reader, start=1)]
    return _sheet(name, lines)


def _read_xlsx(path: Path) -> Sheet:
    import openpyxl  # noqa: PLC0415

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise ConfigFileError(f"{path}: not a readable XLSX workbook ({type(exc).__name__}: {exc})") from None
    try:
        sheet = book.worksheets[0]
        lines = [
            (n, [_cell_text(v) for v in row])
            for n, row in enumerate(sheet.iter_rows(values_only=True), start=1)
        ]
    finally:
        book.close()
    return _sheet(path.name, lines)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _sheet(name: str, lines: list[tuple[int, list[str]]]) -> Sheet:
    lines = [(n, cells) for n, cells in lines if any(cells)]
    if not lines:
        raise ConfigFileError(f"{name}: the sheet is empty")
    header_number, header = lines[0]
    header = [h.strip() for h in header]
    while header and not header[-1]:
        header.pop()
    seen: set[str] = set()
    for column, title in enumerate(header, start=1):
        if not title:
            raise ConfigFileError(f"{name}, row {header_number}, column {column}: empty column title")
        if title in seen:
            raise ConfigFileError(f"{name}, row {header_number}: column '{title}' appears twice")
        seen.add(title)
    width = len(header)
    rows = []
    numbers = []
    for number, cells in lines[1:]:
        if any(cells[width:]):
            raise ConfigFileError(f"{name}, row {number}: more cells than the header has columns")
        rows.append(tuple((cells + [""] * width)[:width]))
        numbers.append(number)
    return Sheet(name=name, header=tuple(header), rows=tuple(rows), row_numbers=tuple(numbers))


def write_csv(path: Path, header: list[str], rows: list[list[str]], *, delimiter: str = ";") -> None:
    """Write a CSV sheet (UTF-8 with BOM, so Excel opens it with the right characters)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    _replace(path, ("\ufeff" + out.getvalue()).encode("utf-8"))


def write_xlsx(path: Path, header: list[str], rows: list[list[str]]) -> None:
    """Write a plain XLSX sheet."""
    import openpyxl  # noqa: PLC0415

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    _replace(path, buffer.getvalue())


def write_sheet(path: Path, header: list[str], rows: list[list[str]], *, delimiter: str = ";") -> None:
    """CSV (with `delimiter`) or XLSX by the file's suffix."""
    if path.suffix.lower() == ".xlsx":
        write_xlsx(path, header, rows)
    else:
        write_csv(path, header, rows, delimiter=delimiter)


def _replace(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
