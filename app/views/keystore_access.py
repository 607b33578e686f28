"""The key store from the GUI: asking for its master password."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from app.keys import os_keyring
from app.keys.store import default_keystore_path

MASTER_ENV = "GWTERM_MASTER_PASSWORD"


def master_password(parent: QWidget) -> str:
    """The master password from the environment, else asked; '' if the user cancels."""
    known = os.environ.get(MASTER_ENV) or os_keyring.stored_master()
    if known:
        return known
    if not default_keystore_path().exists() and os_keyring.available():
        fresh = os_keyring.new_master()  # a new store on a desktop with a keyring: never ask
        if os_keyring.remember_master(fresh):
            return fresh
    text, ok = QInputDialog.getText(
        parent, parent.tr("Key store"), parent.tr("Key store master password:"), QLineEdit.EchoMode.Password
    )
    return text if ok else ""
