"""The key store from the GUI: its master password asked at most once per session, the store kept open."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from app.errors import AuthError
from app.keys import os_keyring
from app.keys.store import KeyStore, default_keystore_path

MASTER_ENV = "GWTERM_MASTER_PASSWORD"
_typed: dict[str, str] = {}  # the master password typed in this session, in memory only
_open: dict[str, tuple[float, KeyStore]] = {}  # the unlocked store and the file time it was read at


def master_password(parent: QWidget) -> str:
    """The master password: environment, OS keyring, typed earlier in this session, else asked ('' if
    the user cancels)."""
    known = os.environ.get(MASTER_ENV) or os_keyring.stored_master() or _typed.get("master")
    if known:
        return known
    if not default_keystore_path().exists() and os_keyring.available():
        fresh = os_keyring.new_master()  # a new store on a desktop with a keyring: never ask
        if os_keyring.remember_master(fresh):
            return fresh
    text, ok = QInputDialog.getText(
        parent, parent.tr("Key store"), parent.tr("Key store master password:"), QLineEdit.EchoMode.Password
    )
    if ok and text:
        _typed["master"] = text
    return text if ok else ""


def keystore(parent: QWidget) -> KeyStore | None:
    """The unlocked key store (opened once, reread when another program changed it); None if the user
    cancels. A wrong master password raises AuthError and is forgotten, so the next try asks again."""
    path = default_keystore_path()
    stamp = path.stat().st_mtime if path.exists() else 0.0
    cached = _open.get(str(path))
    if cached is not None and cached[0] == stamp:
        return cached[1]
    master = master_password(parent)
    if not master:
        return None
    try:
        store = KeyStore(path, master)
    except AuthError:
        _typed.clear()
        raise
    _open[str(path)] = (stamp, store)
    return store


def saved(store: KeyStore) -> None:
    """After a change written through `store`: its file time is ours, no need to reread."""
    path = store.path
    if path.exists():
        _open[str(path)] = (path.stat().st_mtime, store)
