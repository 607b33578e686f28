"""Plot colours from the widget's palette, so graphs follow the light or dark theme."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget


def _colour(palette: QPalette, role: QPalette.ColorRole) -> QColor:
    # the active group: a plot on a disabled tab still shows its data at full contrast
    return palette.color(QPalette.ColorGroup.Active, role)


def is_dark(palette: QPalette) -> bool:
    """Whether the palette draws light text on a dark base."""
    base, text = _colour(palette, QPalette.ColorRole.Base), _colour(palette, QPalette.ColorRole.Text)
    return base.lightness() < text.lightness()


def series_colour(colour: str, palette: QPalette) -> QColor:
    """A series colour readable on the palette's base: the dark tones are lightened on a dark base."""
    chosen = QColor(colour)
    return chosen.lighter(170) if is_dark(palette) else chosen


def colour_plot(plot: Any, legend: Any = None, palette_of: QWidget | None = None) -> None:
    """Background, axes, labels and legend of a pyqtgraph PlotWidget in the palette's colours."""
    palette = (palette_of or plot).palette()
    base = _colour(palette, QPalette.ColorRole.Base)
    text = _colour(palette, QPalette.ColorRole.Text)
    plot.setBackground(base)
    for side in ("left", "bottom"):
        axis = plot.getAxis(side)
        axis.setPen(text)
        axis.setTextPen(text)
    if legend is not None:
        backdrop = QColor(base)
        backdrop.setAlpha(210)
        legend.setBrush(backdrop)
        legend.setPen(_colour(palette, QPalette.ColorRole.Mid))
        legend.setLabelTextColor(text)
