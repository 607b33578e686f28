"""A typed editor for one COSEM value: the input widget follows the value's A-XDR type (spin box in the
type's range, text or hex line, date-time, check box, raw A-XDR hex); OK stays disabled until it parses."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.devices.dlms_values import (
    AXDR_HEX,
    INTEGER_VALUE_TYPES,
    NO_VALUE,
    VALUE_TYPES,
    parse_typed,
    value_text,
    value_type_of,
)
from app.errors import ValidationError
from app.protocols.dlms.axdr import Data, integer_range

EDITOR = "value-editor"  # object name of the input widget, whatever its kind
INVALID_STYLE = "background: #ffe5e5; color: #212121;"
DATE_FORMAT = "yyyy-MM-dd HH:mm:ss"


class IntegerSpinBox(QAbstractSpinBox):
    """A spin box over Python ints (64-bit types included); typed text outside the range is kept so the
    dialog can say why it is invalid, the arrows stay inside the range."""

    changed = Signal()

    def __init__(self, low: int, high: int, value: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.low, self.high = low, high
        self.lineEdit().setText(str(value))
        self.lineEdit().textChanged.connect(self.changed)
        self.setAccelerated(True)

    def number(self) -> int | None:
        """The typed whole number (decimal or 0x hex), None when the text is not one."""
        try:
            return int(self.text().strip(), 0)
        except ValueError:
            return None

    def setValue(self, value: int) -> None:
        """Show `value`."""
        self.lineEdit().setText(str(value))

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        # every text is allowed: the dialog explains what is wrong instead of swallowing keystrokes
        return QValidator.State.Acceptable, text, pos

    def stepBy(self, steps: int) -> None:
        number = self.number()
        start = number if number is not None else max(self.low, min(self.high, 0))
        self.setValue(max(self.low, min(self.high, start + steps)))

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        number = self.number()
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if number is None or number < self.high:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        if number is None or number > self.low:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        return flags


class ValueInput(QWidget):
    """One input kind: `text()` is what `parse_typed(type_key(), …)` reads."""

    changed = Signal()

    def __init__(self, type_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.type_name = type_name
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)

    def type_key(self) -> str:
        """The VALUE_TYPES key (or AXDR_HEX) the text is read as."""
        return self.type_name

    def text(self) -> str:
        """The input as text."""
        return ""

    def set_text(self, text: str) -> None:
        """Show a value given as text (best effort when it does not fit)."""

    def mark(self, invalid: bool) -> None:
        """Colour the input when it is invalid."""
        self.setStyleSheet(f"#{EDITOR} {{ {INVALID_STYLE} }}" if invalid else "")

    def hint(self) -> str:
        """What the field accepts, shown under it."""
        return ""


class IntegerInput(ValueInput):
    """Integers and enums: a spin box with the type's range."""

    def __init__(self, type_name: str, parent: QWidget | None = None) -> None:
        super().__init__(type_name, parent)
        self.low, self.high = integer_range(INTEGER_VALUE_TYPES[type_name])
        self.spin = IntegerSpinBox(self.low, self.high, max(self.low, min(self.high, 0)))
        self.spin.setObjectName(EDITOR)
        self.spin.changed.connect(self.changed)
        self.layout_.addWidget(self.spin)

    def text(self) -> str:
        return self.spin.text().strip()

    def set_text(self, text: str) -> None:
        self.spin.lineEdit().setText(text)

    def hint(self) -> str:
        text = self.tr("Whole number from %1 to %2")
        return text.replace("%1", str(self.low)).replace("%2", str(self.high))


class BooleanInput(ValueInput):
    """Booleans: a check box."""

    def __init__(self, type_name: str, parent: QWidget | None = None) -> None:
        super().__init__(type_name, parent)
        self.box = QCheckBox(self.tr("true"))
        self.box.setObjectName(EDITOR)
        self.box.toggled.connect(self.changed)
        self.layout_.addWidget(self.box)
        self.layout_.addStretch(1)

    def text(self) -> str:
        return "true" if self.box.isChecked() else "false"

    def set_text(self, text: str) -> None:
        self.box.setChecked(text.strip().lower() in ("1", "true", "yes", "on"))


class DateTimeInput(ValueInput):
    """Date-times: a date-time editor in the PC's time zone, with a Now button."""

    def __init__(self, type_name: str, parent: QWidget | None = None) -> None:
        super().__init__(type_name, parent)
        self.edit = QDateTimeEdit(QDateTime.currentDateTime())
        self.edit.setObjectName(EDITOR)
        self.edit.setDisplayFormat(DATE_FORMAT)
        self.edit.setCalendarPopup(True)
        self.edit.dateTimeChanged.connect(self.changed)
        now = QPushButton(self.tr("Now"))
        now.setToolTip(self.tr("The PC's current time"))
        now.clicked.connect(lambda: self.edit.setDateTime(QDateTime.currentDateTime()))
        self.layout_.addWidget(self.edit, 1)
        self.layout_.addWidget(now)

    def text(self) -> str:
        moment = self.edit.dateTime().toPython()
        assert isinstance(moment, datetime.datetime)
        return moment.replace(microsecond=0).isoformat()

    def set_text(self, text: str) -> None:
        try:
            moment = datetime.datetime.fromisoformat(text.strip())
        except ValueError:
            return
        if moment.tzinfo is not None:
            moment = moment.astimezone().replace(tzinfo=None)
        self.edit.setDateTime(
            QDateTime(
                QDate(moment.year, moment.month, moment.day),
                QTime(moment.hour, moment.minute, moment.second, moment.microsecond // 1000),
            )
        )

    def hint(self) -> str:
        return self.tr("Local time of this PC; the device gets it with the PC's UTC deviation")


class TextInput(ValueInput):
    """Strings, floats, bit-strings; octet-strings with a text/hex switch."""

    def __init__(self, type_name: str, parent: QWidget | None = None) -> None:
        super().__init__(type_name, parent)
        self.edit = QLineEdit()
        self.edit.setObjectName(EDITOR)
        self.edit.textChanged.connect(self.changed)
        self.layout_.addWidget(self.edit, 1)
        self.hex = QCheckBox(self.tr("Hex"))
        self.hex.setObjectName("value-hex")
        self.hex.setToolTip(self.tr("Edit the octets as hex instead of text"))
        self.hex.setVisible(type_name in ("octet-string", "octet-string-hex"))
        self.hex.setChecked(type_name == "octet-string-hex")
        self.hex.toggled.connect(self._convert)
        self.layout_.addWidget(self.hex)

    def type_key(self) -> str:
        if self.type_name in ("octet-string", "octet-string-hex"):
            return "octet-string-hex" if self.hex.isChecked() else "octet-string"
        return self.type_name

    def _convert(self, to_hex: bool) -> None:
        text = self.edit.text()
        try:
            converted = (
                text.encode("latin-1").hex().upper() if to_hex else bytes.fromhex(text).decode("latin-1")
            )
        except ValueError:
            converted = text  # leave what cannot be converted; the error line says why
        self.edit.setText(converted)
        self.changed.emit()

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)

    def hint(self) -> str:
        hints = {
            "float32": self.tr("A decimal number"),
            "float64": self.tr("A decimal number"),
            "bit-string": self.tr("Bits as 0 and 1, first bit left"),
            "visible-string": self.tr("Printable text"),
        }
        if self.type_name in ("octet-string", "octet-string-hex"):
            return self.tr("Octets as hex, e.g. 0A FF") if self.hex.isChecked() else self.tr("Octets as text")
        return hints.get(self.type_name, "")


class AxdrHexInput(ValueInput):
    """Structures, arrays and anything else: the tagged A-XDR bytes as hex."""

    def __init__(self, type_name: str, parent: QWidget | None = None) -> None:
        super().__init__(type_name, parent)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName(EDITOR)
        self.edit.setTabChangesFocus(True)
        self.edit.setMaximumHeight(120)
        self.edit.textChanged.connect(self.changed)
        self.layout_.addWidget(self.edit, 1)

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        self.edit.setPlainText(text)

    def hint(self) -> str:
        return self.tr("The tagged A-XDR value as hex, e.g. 02 02 0F FD 16 1E")


class NoValueInput(ValueInput):
    """null-data, or no parameter at all."""

    def __init__(self, type_name: str, parent: QWidget | None = None) -> None:
        super().__init__(type_name, parent)
        label = QLabel(self.tr("(no parameter)") if type_name == NO_VALUE else self.tr("null-data"))
        label.setObjectName(EDITOR)
        self.layout_.addWidget(label)
        self.layout_.addStretch(1)


def make_input(type_name: str) -> ValueInput:
    """The input widget for a value type."""
    if type_name in INTEGER_VALUE_TYPES:
        return IntegerInput(type_name)
    if type_name == "boolean":
        return BooleanInput(type_name)
    if type_name in ("date-time", "date-time-tagged"):
        return DateTimeInput(type_name)
    if type_name == AXDR_HEX:
        return AxdrHexInput(type_name)
    if type_name in ("null", NO_VALUE):
        return NoValueInput(type_name)
    return TextInput(type_name)


class ValueEditorDialog(QDialog):
    """Edit one value; `result_value` holds it after OK (None for "no parameter")."""

    def __init__(
        self,
        title: str,
        current: Data | None,
        *,
        type_name: str | None = None,
        allow_none: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("dlms-value-editor")
        self.result_value: Data | None = None
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("value-type")
        if allow_none:
            self.type_combo.addItem(self.tr("(no parameter)"), NO_VALUE)
        names = {
            "date-time": self.tr("date-time (octet-string)"),
            "date-time-tagged": self.tr("date-time (tag 25)"),
            "octet-string": self.tr("octet-string"),
            "null": self.tr("null-data"),
        }
        for key in VALUE_TYPES:
            if key != "octet-string-hex":  # the octet-string editor has its own hex switch
                self.type_combo.addItem(names.get(key, key), key)
        self.type_combo.addItem(self.tr("A-XDR (hex)"), AXDR_HEX)
        self.current = current
        chosen = type_name or (value_type_of(current) if current is not None else "octet-string")
        combo_key = "octet-string" if chosen == "octet-string-hex" else chosen
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(combo_key)))
        self.type_combo.currentIndexChanged.connect(self._type_changed)
        self.field_host = QVBoxLayout()
        self.field_host.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel()
        self.hint.setObjectName("value-hint")
        self.hint.setStyleSheet("color: palette(mid);")
        self.hint.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("value-error")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.current_label = QLabel()
        self.current_label.setWordWrap(True)
        self.current_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if current is not None:
            self.current_label.setText(
                self.tr("Now: %1 (%2)")
                .replace("%1", value_text(current) or "—")
                .replace("%2", current.type.label)
            )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Type"), self.type_combo)
        form.addRow(self.tr("Value"), self.field_host)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current_label)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.field: ValueInput = make_input(combo_key)
        self.field_host.addWidget(self.field)
        self.field.changed.connect(self.revalidate)
        if current is not None and chosen not in ("null", NO_VALUE):
            self.field.set_text(value_text(current, chosen))
            if isinstance(self.field, TextInput) and chosen == "octet-string-hex":
                self.field.hex.blockSignals(True)
                self.field.hex.setChecked(True)
                self.field.hex.blockSignals(False)
        self.resize(480, 0)
        self.revalidate()

    @property
    def ok_button(self) -> QPushButton:
        """OK (disabled while the input is invalid)."""
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _type_changed(self) -> None:
        previous = self.field.text()
        self.field_host.removeWidget(self.field)
        self.field.deleteLater()
        self.field = make_input(str(self.type_combo.currentData()))
        self.field_host.addWidget(self.field)
        self.field.changed.connect(self.revalidate)
        if previous:
            self.field.set_text(previous)
        self.revalidate()

    def value(self) -> Data | None:
        """The value as typed (None: no parameter); ValidationError with the reason when invalid."""
        key = self.field.type_key()
        if key == NO_VALUE:
            return None
        return parse_typed(key, self.field.text())

    def reason(self) -> str:
        """Why the input is invalid, '' when it is valid."""
        try:
            self.value()
        except ValidationError as exc:
            return exc.reason
        return ""

    def revalidate(self) -> None:
        """Show the hint and the reason; OK only for a valid value."""
        reason = self.reason()
        self.error.setText(reason)
        self.error.setVisible(bool(reason))
        self.hint.setText(self.field.hint())
        self.hint.setVisible(bool(self.hint.text()))
        self.field.mark(bool(reason))
        self.ok_button.setEnabled(not reason)

    def accept(self) -> None:
        """Close only with a valid value, kept in `result_value`."""
        try:
            self.result_value = self.value()
        except ValidationError:
            self.revalidate()
            return
        super().accept()
