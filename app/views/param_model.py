"""The parameter table: description | value | unit for one group or a search across all groups."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.params.edits import EditSession
from app.params.schema import Param, ParamType
from app.params.values import format_text
from app.views.i18n import profile_text

Index = QModelIndex | QPersistentModelIndex
SECRET_MASK = "••••••"
EDITED_MARK = "● "


class ParamTableModel(QAbstractTableModel):
    """Rows are parameters; edited values are bold with a marker, secrets masked unless revealed."""

    def __init__(self) -> None:
        super().__init__()
        self.session: EditSession | None = None
        self.params: list[Param] = []
        self.revealed: set[str] = set()
        self._bold = QFont()
        self._bold.setBold(True)

    def show(self, session: EditSession | None, params: list[Param]) -> None:
        """Show these parameters of this session."""
        self.beginResetModel()
        self.session = session
        self.params = params
        self.endResetModel()

    def refresh(self) -> None:
        """Values changed: repaint every row."""
        if self.params:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.params) - 1, 2))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.params)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Parameter description"), self.tr("Parameter value"), self.tr("Unit")][section]
        return None

    def value_text(self, param: Param) -> str:
        """The value as the table shows it."""
        session = self.session
        if session is None:
            return ""
        if param.secret:
            edited = session.is_edited(param.key)
            if edited and param.key in self.revealed:
                return str(session.value(param.key))
            if edited or param.key in session.secrets_set:
                return SECRET_MASK
            return self.tr("(not set)")
        value = session.value(param.key)
        if value is None:
            return ""
        if param.type is ParamType.ENUM:
            for choice in param.choices:
                if choice.value == value:
                    return profile_text(choice.label)
        if param.type is ParamType.BOOL:
            return self.tr("Enabled") if value else self.tr("Disabled")
        if param.type is ParamType.TABLE:
            return self.tr("%n row(s)", "", len(value)) if isinstance(value, (list, tuple)) else ""
        return format_text(param, value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.session is None:
            return None
        param = self.params[index.row()]
        edited = self.session.is_edited(param.key)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return (EDITED_MARK if edited else "") + profile_text(param.label)
            if column == 1:
                return self.value_text(param)
            return param.unit
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{param.key}\n{profile_text(param.help)}"
        if role == Qt.ItemDataRole.FontRole and edited:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and edited and column == 0:
            return QBrush(QColor("#b35900"))
        if role == Qt.ItemDataRole.UserRole:
            return param.key
        return None
