"""Tool login, user management and the audit log (admins), in the desktop application."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import GwtermError
from app.users.accounts import ROLES, User, UserStore
from app.users.audit import AuditLog
from app.views.display import csv_separator


class LoginDialog(QDialog):
    """Name and password; the dialog stays open with the reason after a failed attempt."""

    def __init__(self, store: UserStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("login")
        self.setWindowTitle(self.tr("gwterm login"))
        self.store = store
        self.user: User | None = None
        self.name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.reason = QLabel()
        self.reason.setStyleSheet("color: #c62828;")
        form = QFormLayout(self)
        form.addRow(self.tr("User"), self.name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def try_login(self) -> None:
        """Authenticate; accept on success, say why not otherwise."""
        try:
            self.user = self.store.authenticate(self.name.text().strip(), self.password.text(), time.time())
        except GwtermError as exc:
            self.reason.setText(str(exc))
            self.password.clear()
            return
        self.accept()


class UsersDialog(QDialog):
    """Accounts with roles: add, remove, change role, reset password."""

    def __init__(self, store: UserStore, admin: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("users")
        self.setWindowTitle(self.tr("Users"))
        self.store, self.admin = store, admin
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("User"), self.tr("Role")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.reason = QLabel()
        self.reason.setStyleSheet("color: #c62828;")
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Add…"), self.add),
            (self.tr("Remove"), self.remove),
            (self.tr("Change role…"), self.change_role),
            (self.tr("Reset password…"), self.reset),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.reason)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        """Reread the accounts."""
        users = self.store.users()
        self.table.setRowCount(len(users))
        for row, user in enumerate(users):
            self.table.setItem(row, 0, QTableWidgetItem(user.name))
            self.table.setItem(row, 1, QTableWidgetItem(user.role))

    def _selected(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.text() if item is not None else None

    def _do(self, action: str, detail: str, work: object) -> None:
        try:
            work()  # type: ignore[operator]
        except GwtermError as exc:
            self.reason.setText(str(exc))
            return
        AuditLog().record(self.admin, action, detail=detail)
        self.reason.clear()
        self.refresh()

    def add_user(self, name: str, role: str, password: str) -> None:
        """Create an account (also used by tests)."""
        self._do("user add", f"{name} as {role}", lambda: self.store.add(name, role, password))

    def add(self) -> None:
        """Ask for name, role and password."""
        name, ok = QInputDialog.getText(self, self.tr("Add user"), self.tr("User name:"))
        if not ok or not name:
            return
        role, ok = QInputDialog.getItem(self, self.tr("Add user"), self.tr("Role:"), list(ROLES), 0, False)
        if not ok:
            return
        password, ok = QInputDialog.getText(
            self,
            self.tr("Add user"),
            self.tr("Password (8 characters or more):"),
            QLineEdit.EchoMode.Password,
        )
        if ok:
            self.add_user(name, role, password)

    def remove(self) -> None:
        """Delete the selected account."""
        name = self._selected()
        if name:
            self._do("user remove", name, lambda: self.store.remove(name))

    def change_role(self) -> None:
        """Give the selected account another role."""
        name = self._selected()
        if not name:
            return
        role, ok = QInputDialog.getItem(self, self.tr("Change role"), self.tr("Role:"), list(ROLES), 0, False)
        if ok:
            self._do("user role", f"{name} -> {role}", lambda: self.store.set_role(name, role))

    def reset(self) -> None:
        """A new password for the selected account."""
        name = self._selected()
        if not name:
            return
        password, ok = QInputDialog.getText(
            self, self.tr("Reset password"), self.tr("New password:"), QLineEdit.EchoMode.Password
        )
        if ok:
            self._do("user password", name, lambda: self.store.set_password(name, password))


class AuditDialog(QDialog):
    """The audit log as a filterable table, exportable as CSV."""

    def __init__(self, log: AuditLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audit")
        self.setWindowTitle(self.tr("Audit log"))
        self.log = log
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter (user, action, device, key)"))
        self.filter.textChanged.connect(self.refresh)
        self.action = QComboBox()
        self.action.addItem(self.tr("All actions"), "")
        for action in (
            "write",
            "fleet apply",
            "fleet rollback",
            "firmware update",
            "firmware rollout",
            "user add",
            "user remove",
            "user role",
            "user password",
        ):
            self.action.addItem(action, action)
        self.action.currentIndexChanged.connect(self.refresh)
        export = QPushButton(self.tr("Export CSV…"))
        export.clicked.connect(self.export_dialog)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("User"),
                self.tr("Action"),
                self.tr("Device"),
                self.tr("Keys"),
                self.tr("Result"),
                self.tr("Detail"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.action)
        bar.addWidget(export)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        self.resize(900, 480)
        self.refresh()

    def shown(self) -> list[dict[str, Any]]:
        """The entries the filters let through."""
        needle = self.filter.text().strip().lower()
        entries = self.log.entries(action=self.action.currentData() or None)
        return [e for e in entries if not needle or needle in " ".join(str(v) for v in e.values()).lower()]

    def refresh(self) -> None:
        """Fill the table."""
        entries = self.shown()
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            values = [
                entry.get("time"),
                entry.get("user"),
                entry.get("action"),
                entry.get("device"),
                " ".join(str(k) for k in entry.get("keys") or []),
                entry.get("result"),
                entry.get("detail"),
            ]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(str(value or "")))

    def export_dialog(self) -> None:
        """Save the shown entries as CSV."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export audit log"), "audit.csv", self.tr("CSV (*.csv)")
        )
        if path:
            text = self.log.to_csv(self.shown(), delimiter=csv_separator())
            Path(path).write_text(text, encoding="utf-8")
