"""Edit values: a form generated from one parameter group; OK stays disabled until every field is valid.

`GroupForm` is the form itself (also embedded in the Reports tab); `EditValuesDialog` wraps it."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from app.params.edits import EditSession
from app.params.schema import Group
from app.params.values import Value, clashes
from app.views.fields import UNCHANGED, FieldEditor, make_field, range_hint
from app.views.i18n import profile_text


class GroupForm(QWidget):
    """One field per parameter of a group, with label, unit, range and help; inline reasons for invalid
    input. Fields start from the session's values (device values with edits on top)."""

    changed = Signal()  # any field changed (the form has revalidated itself)

    def __init__(self, group: Group, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = group
        self.session = session
        self.fields: dict[str, FieldEditor] = {}
        self.errors: dict[str, QLabel] = {}
        self.remote_errors: dict[str, str] = {}  # reasons the device gave, until the field changes
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for param in group.params:
            value = session.edits.get(param.key) if param.secret else session.value(param.key)
            field = make_field(
                param, value if value is not None else (None if param.secret else param.default)
            )
            hint = range_hint(param)
            label = QLabel(profile_text(param.label) + (f"  ({hint})" if hint else ""))
            label.setToolTip(profile_text(param.help))
            error = QLabel()
            error.setObjectName(f"error:{param.key}")
            error.setStyleSheet("color: #c62828;")
            error.setWordWrap(True)
            error.hide()
            column = QWidget()
            column_layout = QVBoxLayout(column)
            column_layout.setContentsMargins(0, 0, 0, 0)
            column_layout.setSpacing(2)
            column_layout.addWidget(field)
            column_layout.addWidget(error)
            form.addRow(label, column)
            field.changed.connect(lambda key=param.key: self._field_changed(key))
            self.fields[param.key] = field
            self.errors[param.key] = error
        self.initial = self._snapshot()

    def _field_changed(self, key: str) -> None:
        self.remote_errors.pop(key, None)
        self.revalidate()
        self.changed.emit()

    def revalidate(self) -> int:
        """Mark invalid fields with their reason; the number of invalid fields."""
        bad = 0
        clashing = self.clash_reasons()
        for key, field in self.fields.items():
            reason = field.error() or self.remote_errors.get(key, "") or clashing.get(key, "")
            label = self.errors[key]
            label.setText(reason)
            label.setVisible(bool(reason))
            field.setStyleSheet("QLineEdit { background: #ffe5e5; color: #212121; }" if reason else "")
            bad += bool(reason)
        return bad

    def invalid_count(self) -> int:
        """How many fields are invalid now (by their own rules or the device's reasons); nothing restyled."""
        clashing = self.clash_reasons()
        return sum(
            bool(f.error() or self.remote_errors.get(k) or k in clashing) for k, f in self.fields.items()
        )

    def clash_reasons(self) -> dict[str, str]:
        """Fields of this form whose value another parameter that must differ already has (ports)."""
        profile = self.session.profile
        if not profile.distinct:
            return {}
        values = {p.key: self.session.value(p.key) for p in profile.params if not p.secret}
        for key, field in self.fields.items():
            if not field.error() and not field.param.secret:
                values[key] = field.value()
        label = {p.key: profile_text(p.label) for p in profile.params}
        return {
            key: self.tr("%1 is also the %2; they must differ")
            .replace("%1", str(value))
            .replace("%2", ", ".join(label[o] for o in others))
            for key, (value, others) in clashes(profile, values).items()
            if key in self.fields
        }

    def show_remote_errors(self, errors: Mapping[str, str]) -> None:
        """Show reasons the device gave (by parameter key) under their fields until they are edited."""
        self.remote_errors = {k: v for k, v in errors.items() if k in self.fields}
        self.revalidate()

    def result_values(self) -> dict[str, Value]:
        """The values that differ from the session's (valid only when the form is)."""
        out: dict[str, Value] = {}
        for key, field in self.fields.items():
            value = field.value()
            if value is UNCHANGED:
                continue
            if field.param.secret or value != self.session.value(key):
                out[key] = value
        return out

    def current_values(self) -> dict[str, Value]:
        """Every field's value (secrets left empty omitted); ValidationError when one is invalid."""
        out: dict[str, Value] = {}
        for key, field in self.fields.items():
            value = field.value()
            if value is not UNCHANGED:
                out[key] = value
        return out

    def _snapshot(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for key, field in self.fields.items():
            try:
                out[key] = field.value()
            except ValidationError as exc:
                out[key] = ("invalid", exc.reason)
        return out

    def is_dirty(self) -> bool:
        """Whether the user changed any field since the form was made."""
        return self._snapshot() != self.initial


class EditValuesDialog(QDialog):
    """One field per parameter, with label, unit, range and help; inline reasons for invalid input."""

    def __init__(self, group: Group, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = group
        self.session = session
        self.setWindowTitle(self.tr("Edit values: %1").replace("%1", profile_text(group.label)))
        self.setObjectName("edit-values")
        self.form = GroupForm(group, session)
        self.fields = self.form.fields
        self.errors = self.form.errors
        self.form.changed.connect(self.revalidate)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.summary = QLabel()
        self.summary.setObjectName("edit-summary")
        self.summary.setStyleSheet("color: #c62828;")
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(640, min(720, 140 + 56 * len(group.params)))
        self.revalidate()

    @property
    def ok_button(self) -> QWidget:
        """The OK button (disabled while anything is invalid)."""
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def revalidate(self) -> None:
        """Mark invalid fields with their reason and enable OK only when all are valid."""
        bad = self.form.revalidate()
        self.ok_button.setEnabled(bad == 0)
        self.summary.setText(self.tr("%n field(s) need attention.", "", bad) if bad else "")

    def result_values(self) -> dict[str, Value]:
        """The values that differ from what the window showed before (valid only after OK)."""
        return self.form.result_values()

    def keyPressEvent(self, event: object) -> None:
        # Enter in a line edit must not close the dialog with invalid values
        from PySide6.QtGui import QKeyEvent  # noqa: PLC0415

        if (
            isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not self.ok_button.isEnabled()
        ):
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]
