"""Traffic monitor: a dockable live trace — time, direction, length, hex, ASCII, gwcp frame names."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.protocols.gwcp.frame import Flag, FrameDecoder
from app.protocols.gwcp.messages import REPLY_BIT, MsgType

Index = QModelIndex | QPersistentModelIndex
MAX_ROWS = 20_000


def frame_names(decoder: FrameDecoder, data: bytes) -> str:
    """Names of the gwcp frames this chunk completes, e.g. 'GET #4, reply SET #5'."""
    decoder.receive_data(data)
    names = []
    while (frame := decoder.next_frame()) is not None:
        base = frame.type & ~REPLY_BIT if frame.type != MsgType.ERROR else MsgType.ERROR
        try:
            name = MsgType(base).name
        except ValueError:
            name = f"0x{frame.type:02X}"
        reply = "reply " if frame.type & REPLY_BIT and frame.type != MsgType.ERROR else ""
        lock = " 🔒" if frame.flags & Flag.ENCRYPTED else ""
        names.append(f"{reply}{name} #{frame.seq}{lock}")
    return ", ".join(names)


class TrafficModel(QAbstractTableModel):
    """The rows of the trace."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[str, str, int, str, str, str]] = []
        self._decoders = {"tx": FrameDecoder(), "rx": FrameDecoder()}

    def add(self, direction: str, data: bytes, when: float) -> None:
        """Append one chunk."""
        stamp = time.strftime("%H:%M:%S", time.localtime(when)) + f".{int(when * 1000) % 1000:03d}"
        ascii_text = "".join(chr(b) if 32 <= b < 127 else "." for b in data)
        row = (
            stamp,
            "→" if direction == "tx" else "←",
            len(data),
            data.hex(" "),
            ascii_text,
            frame_names(self._decoders[direction], data),
        )
        if len(self.rows) >= MAX_ROWS:
            self.beginRemoveRows(QModelIndex(), 0, 0)
            self.rows.pop(0)
            self.endRemoveRows()
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(row)
        self.endInsertRows()

    def clear(self) -> None:
        """Forget every row."""
        self.beginResetModel()
        self.rows.clear()
        self._decoders = {"tx": FrameDecoder(), "rx": FrameDecoder()}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [
                self.tr("Time"),
                self.tr("Dir"),
                self.tr("Length"),
                self.tr("Hex"),
                self.tr("ASCII"),
                self.tr("gwcp"),
            ][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return self.rows[index.row()][index.column()]
        return None

    def as_text(self, rows: list[int] | None = None) -> str:
        """Rows as tab-separated text."""
        chosen = self.rows if rows is None else [self.rows[r] for r in rows]
        return "\n".join("\t".join(str(c) for c in row) for row in chosen)


class TrafficMonitor(QDockWidget):
    """The dock: pause, clear, filter, copy, save to file."""

    def __init__(self, parent: QWidget | None = None, *, model: TrafficModel | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("traffic-monitor")
        self.setWindowTitle(self.tr("Traffic monitor"))
        self.model = model or TrafficModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 6)
        self.pause = QCheckBox(self.tr("Pause"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter (hex, text or frame name)"))
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        clear = QPushButton(self.tr("Clear"))
        clear.clicked.connect(self.model.clear)
        copy = QPushButton(self.tr("Copy"))
        copy.clicked.connect(self.copy_selection)
        save = QPushButton(self.tr("Save…"))
        save.clicked.connect(self.save_dialog)
        bar = QHBoxLayout()
        for widget in (self.pause, self.filter, clear, copy, save):
            bar.addWidget(widget)
        host = QWidget()
        layout = QVBoxLayout(host)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        self.setWidget(host)

    def add(self, direction: str, data: bytes, when: float) -> None:
        """A chunk from the session's trace hook (ignored while paused)."""
        if not self.pause.isChecked():
            self.model.add(direction, data, when)
            self.view.scrollToBottom()

    def copy_selection(self) -> None:
        """Selected rows (or all) to the clipboard."""
        rows = sorted({self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedIndexes()})
        QGuiApplication.clipboard().setText(self.model.as_text(rows or None))

    def save_dialog(self) -> None:
        """Ask for a file and save the trace as text."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save traffic"), "traffic.txt", self.tr("Text files (*.txt)")
        )
        if path:
            self.save(path)

    def save(self, path: str) -> None:
        """Write the whole trace as text."""
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(self.model.as_text() + "\n")
