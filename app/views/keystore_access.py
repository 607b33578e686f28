"""The key store from the GUI: asking for its master password."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

MASTER_ENV = "GWTERM_MASTER_PASSWORD"


def master_password(parent: QWidget) -> str:
    """The master password from the environment, else asked; '' if the user cancels."""
    env = os.environ.get(MASTER_ENV)
    if env:
        return env
    text, ok = QInputDialog.getText(
        parent, parent.tr("Key store"), parent.tr("Key store master password:"), QLineEdit.EchoMode.Password
    )
    return text if ok else ""
