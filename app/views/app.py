"""Start the desktop application: Qt with the asyncio loop (qasync), language, main window."""

from __future__ import annotations

import asyncio
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app.resources import resources_dir
from app.views.display import apply_display_settings
from app.views.i18n import install_language
from app.views.main_window import MainWindow


@dataclass(frozen=True, kw_only=True)
class GuiOptions:
    """What `gwterm gui` was asked to do."""

    connect: str | None = None
    password: str | None = None
    lang: str | None = None
    group: str | None = None
    screenshot: Path | None = None
    timeout: float = 30.0
    open_file: Path | None = None  # a .cfg to load (the file manager's "Open with")


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the Fusion style everywhere (so screenshots look the same)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv or [sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    app.setOrganizationName("gwterm")
    app.setApplicationName("gwterm")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "gwterm.svg")))
    return app


def settings() -> QSettings:
    """Settings in the platform's config folder ($GWTERM_SETTINGS overrides, for tests)."""
    override = os.environ.get("GWTERM_SETTINGS")
    if override:
        return QSettings(override, QSettings.Format.IniFormat)
    return QSettings("gwterm", "gwterm")


def run_gui(options: GuiOptions) -> int:
    """Open the main window; with `screenshot`, connect, read, show the group, save a PNG and exit."""
    import qasync  # noqa: PLC0415

    app = make_application()
    store = settings()
    if options.lang:
        store.setValue("ui/language", options.lang)
    install_language(str(store.value("ui/language", "en")))
    apply_display_settings(store)  # the theme before the first window (the login dialog)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    from app.users.accounts import UserStore, local_user, login_required  # noqa: PLC0415

    user = local_user()
    if login_required():
        from app.views.users_dialogs import LoginDialog  # noqa: PLC0415

        login = LoginDialog(UserStore())
        if login.exec() != LoginDialog.DialogCode.Accepted or login.user is None:
            return 1
        user = login.user
    window = MainWindow(store, user=user)
    window.controller.user = user
    if options.screenshot is not None:
        window.resize(1180, 760)  # the same picture every time, whatever size was saved last
    window.show()
    result = {"code": 0}
    if options.open_file is not None:
        window.open_when_connected(str(options.open_file))
    if options.connect:
        window.panel.set_url(options.connect)
        window.panel.password.setText(options.password or "")
        window.connect_device(options.connect, options.password or "", options.connect.split("?")[0])
    if options.screenshot is not None:
        QTimer.singleShot(0, lambda: asyncio.ensure_future(_screenshot(window, options, result, app)))
    with loop:
        loop.run_until_complete(_until_closed(app))
    return result["code"]


async def _until_closed(app: QApplication) -> None:
    closed = asyncio.Event()
    app.lastWindowClosed.connect(closed.set)
    await closed.wait()


async def _screenshot(
    window: MainWindow, options: GuiOptions, result: dict[str, int], app: QApplication
) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + options.timeout
    while options.connect and (window.controller.is_busy or not window.controller.is_connected):
        if loop.time() > deadline or (not window.controller.is_busy and not window.controller.is_connected):
            result["code"] = 1
            break
        await asyncio.sleep(0.05)
    if options.group and window.controller.is_connected and not window.select_group(options.group):
        result["code"] = 2
    await asyncio.sleep(0.2)
    assert options.screenshot is not None
    if not window.grab().save(str(options.screenshot)):
        result["code"] = 1
    if window.controller.device is not None:
        device, window.controller.device = window.controller.device, None
        await device.close()
    window.close()
    app.quit()
