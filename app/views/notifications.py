"""The notification bar above the centre: results and errors, dismissable, with a Details expander."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QToolButton, QVBoxLayout, QWidget

# the text is dark on the light backgrounds in either theme
_TEXT = "QFrame#notification QLabel#notification-text { color: #212121; }"
STYLES = {
    "error": "QFrame#notification { background: #fdecea; border: 1px solid #e57373; } " + _TEXT,
    "info": "QFrame#notification { background: #e8f5e9; border: 1px solid #81c784; } " + _TEXT,
}


class NotificationBar(QFrame):
    """Shows one message at a time; errors are red and may carry the protocol trace."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notification")
        self.kind = "info"
        self.message = QLabel()
        self.message.setObjectName("notification-text")
        self.message.setWordWrap(True)
        self.details_button = QToolButton()
        self.details_button.setText(self.tr("Details"))
        self.details_button.setCheckable(True)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(160)
        self.details.hide()
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.details_button)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(row)
        layout.addWidget(self.details)
        self.details_button.toggled.connect(self.details.setVisible)
        self.close_button.clicked.connect(self.hide)
        self.hide()

    def show_message(self, kind: str, text: str, details: str = "") -> None:
        """Show `text` as 'error' or 'info'; `details` behind the Details button."""
        self.kind = kind
        self.setStyleSheet(STYLES.get(kind, STYLES["info"]))
        self.message.setText(text)
        self.details.setPlainText(details)
        self.details_button.setVisible(bool(details))
        self.details_button.setChecked(False)
        self.show()
