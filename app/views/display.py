"""How values look, as chosen in Settings: the energy unit readings are shown in, the CSV separator of every
file the GUI writes or copies, the light or dark theme; and the number formatting every tab shares.

The choice is kept in QSettings (`display/…`) and held here once applied, so a tab asks `display_choice()`
instead of carrying the settings around; the main window applies it at start and after the Settings dialog.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

ENERGY_KEY = "display/energy_unit"
SEPARATOR_KEY = "display/csv_separator"
THEME_KEY = "display/theme"
ENERGY_UNITS = ("Wh", "kWh", "MWh")
SEPARATORS = {"semicolon": ";", "comma": ",", "tab": "\t"}
THEMES = ("system", "light", "dark")
ON_LIGHT = "#212121"  # text on the fixed light backgrounds (state colours), readable in both themes

Number = int | float | Decimal
_PREFIXES = {"": 0, "k": 3, "M": 6, "G": 9}  # sources may be GWh; the choice is Wh, kWh or MWh
_BASES = ("Wh", "W")  # energy, and power following the same prefix (kWh ↔ kW)
_DECIMAL_TEXT = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


@dataclass(frozen=True, kw_only=True)
class DisplayChoice:
    """The user's display settings."""

    energy_unit: str = "kWh"  # Wh | kWh | MWh
    separator: str = "semicolon"  # semicolon | comma | tab
    theme: str = "system"  # system | light | dark

    @property
    def delimiter(self) -> str:
        """The CSV separator character."""
        return SEPARATORS.get(self.separator, ";")


_choice = DisplayChoice()


def display_choice() -> DisplayChoice:
    """The display settings in force."""
    return _choice


def read_display_choice(settings: QSettings) -> DisplayChoice:
    """The stored choice; missing or unknown values give the defaults."""
    default = DisplayChoice()

    def one(key: str, allowed: tuple[str, ...], fallback: str) -> str:
        value = settings.value(key, fallback)
        return str(value) if str(value) in allowed else fallback

    return DisplayChoice(
        energy_unit=one(ENERGY_KEY, ENERGY_UNITS, default.energy_unit),
        separator=one(SEPARATOR_KEY, tuple(SEPARATORS), default.separator),
        theme=one(THEME_KEY, THEMES, default.theme),
    )


def store_display_choice(settings: QSettings, choice: DisplayChoice) -> None:
    """Keep the choice in the settings."""
    settings.setValue(ENERGY_KEY, choice.energy_unit)
    settings.setValue(SEPARATOR_KEY, choice.separator)
    settings.setValue(THEME_KEY, choice.theme)


def use_display_choice(choice: DisplayChoice) -> None:
    """Make `choice` the one in force and apply its theme (tabs redraw their values themselves)."""
    global _choice  # noqa: PLW0603 - one choice for the whole application, like QLocale's default
    _choice = choice
    apply_theme(choice.theme)


def apply_display_settings(settings: QSettings) -> DisplayChoice:
    """Read the stored choice and put it in force."""
    choice = read_display_choice(settings)
    use_display_choice(choice)
    return choice


def csv_separator() -> str:
    """The separator of every CSV the GUI writes or copies."""
    return _choice.delimiter


# --- energy units ------------------------------------------------------------------------------------


def _split_unit(unit: str) -> tuple[int, str] | None:
    """(power of ten, base) of Wh/kWh/MWh/GWh and W/kW/MW/GW; None for every other unit."""
    for base in _BASES:
        if unit.endswith(base):
            prefix = unit[: -len(base)]
            return (_PREFIXES[prefix], base) if prefix in _PREFIXES else None
    return None


def _target_exponent(energy_unit: str | None) -> int:
    unit = energy_unit or _choice.energy_unit
    parsed = _split_unit(unit)
    return parsed[0] if parsed is not None and parsed[1] == "Wh" else 3


def display_unit(unit: str, energy_unit: str | None = None) -> str:
    """The unit a value in `unit` is shown in: the chosen energy unit (or its power), else `unit`."""
    parsed = _split_unit(unit)
    if parsed is None:
        return unit
    target = _target_exponent(energy_unit)
    prefix = next(p for p, e in _PREFIXES.items() if e == target)
    return prefix + parsed[1]


def scale_number(number: Number, shift: int) -> Number:
    """number × 10^shift, exactly: ints stay ints when they can, Decimals stay Decimals, floats floats."""
    if shift == 0:
        return number
    if isinstance(number, bool):
        return number
    if isinstance(number, int):
        return number * 10**shift if shift > 0 else Decimal(number).scaleb(shift)
    if isinstance(number, Decimal):
        return number.scaleb(shift)
    if not math.isfinite(number):
        return number
    return float(Decimal(repr(number)).scaleb(shift))  # 1234.5 Wh → 1.2345 kWh, not 1.2345000000000002


def convert_number(number: Number, unit: str, energy_unit: str | None = None) -> tuple[Number, str]:
    """A number in `unit` expressed in the chosen energy unit (power: the same prefix); others unchanged."""
    parsed = _split_unit(unit)
    if parsed is None or isinstance(number, bool):
        return number, unit
    target = _target_exponent(energy_unit)
    return scale_number(number, parsed[0] - target), display_unit(unit, energy_unit)


def convert_energy(value: object, unit: str, energy_unit: str | None = None) -> tuple[object, str]:
    """A table value in `unit` for display: numbers (also decimal text) in the chosen energy unit; values
    that are not numbers (dates, hex, words) and other units come back as they were, so value and unit
    always agree. None stays None, in the shown unit."""
    if _split_unit(unit) is None or isinstance(value, bool):
        return value, unit
    if value is None:
        return None, display_unit(unit, energy_unit)
    if isinstance(value, (int, float, Decimal)):
        return convert_number(value, unit, energy_unit)
    if isinstance(value, str) and _DECIMAL_TEXT.fullmatch(value.strip()):
        try:
            return convert_number(Decimal(value.strip()), unit, energy_unit)
        except InvalidOperation:  # pragma: no cover - the pattern admits only decimal text
            return value, unit
    return value, unit


# --- numbers -----------------------------------------------------------------------------------------


def format_number(value: Number) -> str:
    """A number formatted for the user's language: a Decimal keeps its decimals (its resolution), a float
    up to 12 significant digits, an int grouped."""
    locale = QLocale()
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int):
        return locale.toString(value) if -(2**63) <= value < 2**63 else str(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            return str(value).lower()
        # digit by digit, not through a float: 17 significant digits stay exact
        whole, _, fraction = format(abs(value), "f").partition(".")
        shown = locale.toString(int(whole)) if int(whole) < 2**63 else whole
        if fraction:
            shown += locale.decimalPoint() + fraction
        return locale.negativeSign() + shown if value < 0 else shown
    return locale.toString(value, "g", 12)


def value_text(value: object) -> str:
    """A table value for display: numbers in the chosen language, text as it is, None as nothing."""
    if value is None:
        return ""
    if isinstance(value, (int, float, Decimal)):
        return format_number(value)
    return str(value)


def quantity_text(value: object, unit: str) -> str:
    """A value and its unit as shown (converted to the chosen energy unit): `1,234.567 kWh`."""
    shown, shown_unit = convert_energy(value, unit)
    return f"{value_text(shown)} {shown_unit}".strip()


def plain_number(value: object) -> str:
    """A value as a CSV file holds it: numbers without grouping or exponent (`.` decimals), text as it is."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, float):
        return repr(value)
    return str(value)


def export_number(value: object) -> object:
    """A converted value for a spreadsheet cell: a Decimal becomes an int when whole, else a float."""
    if isinstance(value, Decimal) and value.is_finite():
        return int(value) if value == value.to_integral_value() else float(value)
    return value


# --- theme -------------------------------------------------------------------------------------------


def light_palette() -> QPalette:
    """Fusion's light colours."""
    palette = QPalette(QColor("#efefef"), QColor("#efefef"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f7f7f7"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#ffffdc"))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor("#000000"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#808080"))
    palette.setColor(QPalette.ColorRole.Link, QColor("#0b57d0"))
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor("#308cc6"))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Highlight, QColor("#919191"))
    return palette


def dark_palette() -> QPalette:
    """Dark colours for the Fusion style."""
    palette = QPalette(QColor("#353535"), QColor("#353535"))
    roles = {
        QPalette.ColorRole.WindowText: "#f0f0f0",
        QPalette.ColorRole.Text: "#f0f0f0",
        QPalette.ColorRole.ButtonText: "#f0f0f0",
        QPalette.ColorRole.BrightText: "#ff5252",
        QPalette.ColorRole.Base: "#262626",
        QPalette.ColorRole.AlternateBase: "#2e2e2e",
        QPalette.ColorRole.ToolTipBase: "#424242",
        QPalette.ColorRole.ToolTipText: "#f0f0f0",
        QPalette.ColorRole.PlaceholderText: "#9e9e9e",
        QPalette.ColorRole.Link: "#64b5f6",
        QPalette.ColorRole.LinkVisited: "#ba68c8",
        QPalette.ColorRole.Highlight: "#2a82da",
        QPalette.ColorRole.HighlightedText: "#ffffff",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.HighlightedText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7f7f7f"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Highlight, QColor("#505050"))
    return palette


def system_is_dark() -> bool:
    """Whether the desktop asks for dark colours (Qt's colour scheme hint)."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


_watched: list[QGuiApplication] = []


def apply_theme(theme: str) -> None:
    """Light or dark colours on the application; `system` follows the desktop, also when it switches."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return
    hints = QGuiApplication.styleHints()
    if app not in _watched:
        _watched.append(app)
        hints.colorSchemeChanged.connect(_scheme_changed)
    # Qt 6.8+: ask the platform for the same scheme (title bars, native dialogs); `system` lets it decide
    if theme == "system":
        if hasattr(hints, "unsetColorScheme"):
            hints.unsetColorScheme()
    elif hasattr(hints, "setColorScheme"):
        hints.setColorScheme(Qt.ColorScheme.Dark if theme == "dark" else Qt.ColorScheme.Light)
    dark = theme == "dark" or (theme == "system" and system_is_dark())
    QGuiApplication.setPalette(dark_palette() if dark else light_palette())


def _scheme_changed(_scheme: Qt.ColorScheme) -> None:
    if _choice.theme == "system":
        dark = system_is_dark()
        QGuiApplication.setPalette(dark_palette() if dark else light_palette())
