"""Editors generated from the profile: one fitting widget per parameter type, validated as you type."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from app.params.schema import Column, Param, ParamType
from app.params.values import Value, format_text, parse_text, validate
from app.views.i18n import profile_text

UNCHANGED = object()


class FieldEditor(QWidget):
    """Base: holds a parameter, reports changes, gives its value or the reason it is invalid."""

    changed = Signal()

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.param = param
        self.setToolTip(f"{param.key}\n{profile_text(param.help)}")

    def value(self) -> object:
        """The typed value, or UNCHANGED (a secret left empty); raises ValidationError."""
        return None

    def error(self) -> str:
        """Why the current input is invalid, '' when valid."""
        try:
            self.value()
        except ValidationError as exc:
            return exc.reason
        return ""


class LineField(FieldEditor):
    """Text, numbers, ports, IP addresses, hex: a line edit checked by the parameter's rules."""

    def __init__(self, param: Param, value: Value, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName(f"field:{param.key}")
        self.edit.setText("" if value is None else format_text(param, value))
        if param.max_len and param.type in (ParamType.STR, ParamType.HEX, ParamType.PASSWORD):
            self.edit.setMaxLength(param.max_len + 1)  # one over, so "too long" is said, not silently cut
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.edit.textChanged.connect(self.changed)

    def value(self) -> object:
        return parse_text(self.param, self.edit.text())


class _BoundedSpinBox(QSpinBox):
    """Accepts any typed number (so an out-of-range entry can be explained); arrows stay in range."""

    def __init__(self, low: int, high: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.low, self.high = low, high
        self.setRange(-(2**31), 2**31 - 1)

    def stepBy(self, steps: int) -> None:
        self.setValue(min(self.high, max(self.low, self.value() + steps)))


class IntField(FieldEditor):
    """Whole numbers and ports: a spin box with the unit; the range is checked, and said when broken."""

    def __init__(self, param: Param, value: Value, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        port = param.type is ParamType.PORT
        low = param.min if param.min is not None else (1 if port else -(2**31))
        high = param.max if param.max is not None else (65535 if port else 2**31 - 1)
        self.spin = _BoundedSpinBox(low, high, self)
        self.spin.setObjectName(f"field:{param.key}")
        if param.unit:
            self.spin.setSuffix(f" {param.unit}")
        self.spin.setValue(value if isinstance(value, int) and not isinstance(value, bool) else max(low, 0))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.spin)
        layout.addStretch(1)
        editor = self.spin.lineEdit()
        if editor is not None:
            editor.textChanged.connect(self.changed)

    def value(self) -> object:
        return parse_text(self.param, self.spin.cleanText())


class PasswordField(FieldEditor):
    """A masked line edit with a Show toggle; empty means unchanged, Clear removes the secret."""

    def __init__(self, param: Param, value: Value, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.cleared = False
        self.edit = QLineEdit(self)
        self.edit.setObjectName(f"field:{param.key}")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setText("" if value is None else str(value))
        self.edit.setPlaceholderText(self.tr("unchanged"))
        self.show_button = QToolButton(self)
        self.show_button.setText(self.tr("Show"))
        self.show_button.setCheckable(True)
        self.show_button.toggled.connect(self._toggle)
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Remove this secret from the device"))
        self.clear_button.clicked.connect(self._clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.show_button)
        layout.addWidget(self.clear_button)
        self.edit.textChanged.connect(self._typed)

    def _toggle(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    def _clear(self) -> None:
        self.edit.clear()
        self.cleared = True
        self.edit.setPlaceholderText(self.tr("will be cleared"))
        self.changed.emit()

    def _typed(self, text: str) -> None:
        if text:
            self.cleared = False
            self.edit.setPlaceholderText(self.tr("unchanged"))
        self.changed.emit()

    def value(self) -> object:
        text = self.edit.text()
        if not text:
            if self.cleared and self.param.key == "sec.password":
                raise ValidationError(self.param.key, self.tr("the communication password cannot be empty"))
            return "" if self.cleared else UNCHANGED
        return validate(self.param, text)


class BoolField(FieldEditor):
    """A check box."""

    def __init__(self, param: Param, value: Value, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.box = QCheckBox(self.tr("Enabled"), self)
        self.box.setObjectName(f"field:{param.key}")
        self.box.setChecked(bool(value))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        self.box.toggled.connect(self.changed)

    def value(self) -> object:
        return self.box.isChecked()


class EnumField(FieldEditor):
    """A combo box of the allowed choices."""

    def __init__(self, param: Param, value: Value, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.combo = QComboBox(self)
        self.combo.setObjectName(f"field:{param.key}")
        for choice in param.choices:
            self.combo.addItem(profile_text(choice.label), choice.value)
        index = self.combo.findData(value)
        self.combo.setCurrentIndex(max(0, index))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        self.combo.currentIndexChanged.connect(self.changed)

    def value(self) -> object:
        return self.combo.currentData()


class TableField(FieldEditor):
    """An editable table (e.g. the M-Bus meter list): add, remove, move, paste from a spreadsheet."""

    def __init__(self, param: Param, value: Value, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.table = QTableWidget(0, len(param.columns), self)
        self.table.setObjectName(f"field:{param.key}")
        self.table.setHorizontalHeaderLabels([profile_text(c.label) for c in param.columns])
        self.table.setMinimumHeight(160)
        for row in value if isinstance(value, (list, tuple)) else []:
            self._append([format_text(col, cell) for col, cell in zip(param.columns, row, strict=True)])
        buttons = QVBoxLayout()
        for text, slot in (
            (self.tr("Add"), self.add_row),
            (self.tr("Remove"), self.remove_row),
            (self.tr("Up"), lambda: self.move_row(-1)),
            (self.tr("Down"), lambda: self.move_row(1)),
            (self.tr("Paste"), self.paste),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.itemChanged.connect(self._cell_changed)

    def _append(self, texts: list[str]) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate(texts):
            self.table.setItem(row, column, QTableWidgetItem(text))

    def add_row(self) -> None:
        """Append a row of defaults."""
        if self.param.max_rows is not None and self.table.rowCount() >= self.param.max_rows:
            return
        defaults = [_cell_default(c) for c in self.param.columns]
        self._append(defaults)
        self.changed.emit()

    def remove_row(self) -> None:
        """Remove the selected row."""
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def move_row(self, step: int) -> None:
        """Move the selected row up or down."""
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        texts = [self._text(row, c) for c in range(self.table.columnCount())]
        self.table.blockSignals(True)
        self.table.removeRow(row)
        self.table.insertRow(target)
        for column, text in enumerate(texts):
            self.table.setItem(target, column, QTableWidgetItem(text))
        self.table.blockSignals(False)
        self.table.setCurrentCell(target, 0)
        self.changed.emit()

    def paste(self) -> None:
        """Append rows from the clipboard: tab-separated cells, one row per line (as spreadsheets copy)."""
        text = QGuiApplication.clipboard().text()
        self.paste_text(text)

    def paste_text(self, text: str) -> None:
        """Append tab-separated rows."""
        for line in text.splitlines():
            if line.strip():
                cells = line.split("\t")
                self._append((cells + [""] * len(self.param.columns))[: len(self.param.columns)])
        self.changed.emit()

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        column = self.param.columns[item.column()]
        self.table.blockSignals(True)
        try:
            parse_text(column, item.text())
            item.setBackground(QColor(0, 0, 0, 0))
            item.setData(Qt.ItemDataRole.ForegroundRole, None)
            item.setToolTip("")
        except ValidationError as exc:
            item.setBackground(QColor("#ffd6d6"))
            item.setForeground(QColor("#212121"))
            item.setToolTip(exc.reason)
        self.table.blockSignals(False)
        self.changed.emit()

    def value(self) -> object:
        rows = []
        for row in range(self.table.rowCount()):
            cells = []
            for column, spec in enumerate(self.param.columns):
                path = (
                    self.tr("row %1, column %2")
                    .replace("%1", str(row + 1))
                    .replace("%2", profile_text(spec.label))
                )
                try:
                    cells.append(parse_text(spec, self._text(row, column), path=path))
                except ValidationError as exc:
                    raise ValidationError(path, f"{path}: {exc.reason}") from None
            rows.append(tuple(cells))
        return validate(self.param, tuple(rows))


def _cell_default(column: Column) -> str:
    """What a new table row starts with in this column (valid where the column allows it)."""
    if column.choices:
        return column.choices[0].value
    if column.type is ParamType.BOOL:
        return "1"
    if column.type in (ParamType.INT, ParamType.PORT):
        return str(column.min if column.min is not None else (1 if column.type is ParamType.PORT else 0))
    return ""


def make_field(param: Param, value: Value, parent: QWidget | None = None) -> FieldEditor:
    """The editor for this parameter's type."""
    if param.type is ParamType.TABLE:
        return TableField(param, value, parent)
    if param.type is ParamType.BOOL:
        return BoolField(param, value, parent)
    if param.type is ParamType.ENUM:
        return EnumField(param, value, parent)
    if param.secret:
        return PasswordField(param, value, parent)
    if param.type in (ParamType.INT, ParamType.PORT):
        return IntField(param, value, parent)
    return LineField(param, value, parent)


def range_hint(param: Param) -> str:
    """A short description of what the parameter accepts ('0 – 3600 s', 'at most 63 characters')."""
    translate = QCoreApplication.translate
    if param.type in (ParamType.INT, ParamType.PORT):
        low = param.min if param.min is not None else (1 if param.type is ParamType.PORT else None)
        high = param.max if param.max is not None else (65535 if param.type is ParamType.PORT else None)
        if low is not None and high is not None:
            return f"{low} – {high} {param.unit}".strip()
    if param.type is ParamType.IP:
        return translate("FieldEditor", "IPv4 or IPv6 address")
    if param.max_len and param.type is ParamType.HEX:
        return translate("FieldEditor", "at most %1 hex digits").replace("%1", str(param.max_len))
    if param.max_len and param.type in (ParamType.STR, ParamType.PASSWORD):
        return translate("FieldEditor", "at most %1 characters").replace("%1", str(param.max_len))
    return param.unit
