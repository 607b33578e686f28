"""The key store from the GUI: where it is, and asking for its master password."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

MASTER_ENV = "GWTERM_MASTER_PASSWORD"


def keystore_path() -> Path:
    """$GWTERM_KEYSTORE or the user data folder's keystore.json (the CLI uses the same file)."""
    import platformdirs  # noqa: PLC0415

    override = os.environ.get("GWTERM_KEYSTORE")
    return Path(override) if override else Path(platformdirs.user_data_dir("gwterm")) / "keystore.json"


def master_password(parent: QWidget) -> str:
    """The master password from the environment, else asked; '' if the user cancels."""
    env = os.environ.get(MASTER_ENV)
    if env:
        return env
    text, ok = QInputDialog.getText(
        parent, parent.tr("Key store"), parent.tr("Key store master password:"), QLineEdit.EchoMode.Password
    )
    return text if ok else ""
