"""`gwterm fleet template`: a sheet with the model's columns, help comments and drop-downs for choices."""

from __future__ import annotations

import io
from pathlib import Path

from app.devices.profiles import load_profile
from app.fleet.sheet import MODEL, NAME, PASSWORD_REF, URL, write_csv
from app.params.schema import ParamType

DEVICE_HELP = {
    URL: "Connection URL of the device, e.g. tcp://10.0.0.7:9001, tls://host:9001, serial:///dev/ttyUSB0",
    PASSWORD_REF: "Key store reference of the communication password (gwterm keys set-password REF); "
    "empty: the URL. Never the password itself.",
    MODEL: "Device model (profile name)",
    NAME: "Free text: a name for the device in results",
}


def template_columns(model: str) -> list[str]:
    """Device columns, then every parameter of the model in profile order."""
    return [URL, PASSWORD_REF, MODEL, NAME] + [p.key for p in load_profile(model).params]


def write_template(path: Path, model: str) -> None:
    """XLSX with comments and validation, or a plain CSV header, by the file's suffix."""
    columns = template_columns(model)
    if path.suffix.lower() != ".xlsx":
        write_csv(path, columns, [])
        return
    import openpyxl  # noqa: PLC0415
    from openpyxl.comments import Comment  # noqa: PLC0415
    from openpyxl.utils import get_column_letter  # noqa: PLC0415
    from openpyxl.worksheet.datavalidation import DataValidation  # noqa: PLC0415

    profile = load_profile(model)
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = f"{profile.name} fleet"
    sheet.append(columns)
    for index, key in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=index)
        spec = profile.by_key.get(key)
        if spec is None:
            text = DEVICE_HELP[key]
        else:
            limits = []
            if spec.min is not None or spec.max is not None:
                limits.append(f"range {spec.min}..{spec.max} {spec.unit}".strip())
            if spec.max_len:
                limits.append(f"at most {spec.max_len} characters")
            if spec.choices:
                limits.append("one of " + ", ".join(c.value for c in spec.choices))
            if spec.secret:
                limits.append("secret: written, never read back")
            text = f"{spec.label}. {spec.help} " + "; ".join(limits)
        cell.comment = Comment(text.strip(), "gwterm")
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = max(14, min(40, len(key) + 4))
        choices: list[str] = []
        if spec is not None and spec.type is ParamType.ENUM:
            choices = [c.value for c in spec.choices]
        elif spec is not None and spec.type is ParamType.BOOL:
            choices = ["0", "1"]
        elif key == MODEL:
            choices = [model]
        if choices and len(",".join(choices)) < 250:
            validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
            validation.error = f"Choose one of: {', '.join(choices)}"
            validation.showErrorMessage = True
            sheet.add_data_validation(validation)
            validation.add(f"{letter}2:{letter}10000")
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(buffer.getvalue())
    tmp.replace(path)
