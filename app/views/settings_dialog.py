"""Settings: language, energy unit, CSV separator, theme, session timing and encryption defaults; kept in
QSettings."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QSpinBox,
    QWidget,
)

from app.views.display import ENERGY_UNITS, DisplayChoice, read_display_choice, store_display_choice
from app.views.i18n import LANGUAGES
from app.views.settings_values import setting_bool, setting_float, setting_int, setting_str


class SettingsDialog(QDialog):
    """Edits the application settings; `apply()` stores them."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(setting_str(settings, "ui/language", "en")))
        )
        shown = read_display_choice(settings)
        self.energy_unit = QComboBox()
        self.energy_unit.setObjectName("settings-energy-unit")
        for unit in ENERGY_UNITS:
            self.energy_unit.addItem(unit, unit)
        self.energy_unit.setToolTip(
            self.tr("Energy readings (and power: W, kW, MW) are shown and exported in this unit")
        )
        self.separator = QComboBox()
        self.separator.setObjectName("settings-csv-separator")
        self.separator.addItem(self.tr("Semicolon (;)"), "semicolon")
        self.separator.addItem(self.tr("Comma (,)"), "comma")
        self.separator.addItem(self.tr("Tab"), "tab")
        self.separator.setToolTip(self.tr("The separator of every CSV file the application writes or copies"))
        self.theme = QComboBox()
        self.theme.setObjectName("settings-theme")
        self.theme.addItem(self.tr("Follow the system"), "system")
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        for combo, value in (
            (self.energy_unit, shown.energy_unit),
            (self.separator, shown.separator),
            (self.theme, shown.theme),
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.timeout = QDoubleSpinBox()
        self.timeout.setRange(0.5, 120.0)
        self.timeout.setSuffix(" s")
        self.timeout.setValue(setting_float(settings, "session/timeout", 3.0))
        self.retries = QSpinBox()
        self.retries.setRange(0, 10)
        self.retries.setValue(setting_int(settings, "session/retries", 3))
        self.encrypt = QCheckBox(self.tr("Encrypt sessions by default (AES-GCM)"))
        self.encrypt.setChecked(setting_bool(settings, "session/encrypt"))
        form = QFormLayout(self)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Energy unit"), self.energy_unit)
        form.addRow(self.tr("CSV separator"), self.separator)
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.tr("Answer timeout"), self.timeout)
        form.addRow(self.tr("Retries"), self.retries)
        form.addRow(self.encrypt)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def apply(self) -> None:
        """Store the chosen values."""
        self.settings.setValue("ui/language", self.language.currentData())
        self.settings.setValue("session/timeout", self.timeout.value())
        self.settings.setValue("session/retries", self.retries.value())
        self.settings.setValue("session/encrypt", self.encrypt.isChecked())
        store_display_choice(self.settings, self.display_choice())

    def display_choice(self) -> DisplayChoice:
        """The energy unit, CSV separator and theme chosen in the dialog."""
        return DisplayChoice(
            energy_unit=str(self.energy_unit.currentData()),
            separator=str(self.separator.currentData()),
            theme=str(self.theme.currentData()),
        )
