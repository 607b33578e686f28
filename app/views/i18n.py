"""Languages: load the compiled translations and switch them while the window is open."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.resources import i18n_dir

LANGUAGES = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "cs": "Čeština",
    "pl": "Polski",
    "hu": "Magyar",
}
_installed: list[QTranslator] = []


def install_language(code: str) -> bool:
    """Switch the application to `code`; open windows retranslate on the LanguageChange event."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code not in LANGUAGES:
        code = "en"
    ok = True
    if code != "en":
        ours = QTranslator(app)
        ok = ours.load(str(i18n_dir() / f"gwterm_{code}.qm"))
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt_own)
        if ok:
            _installed.append(ours)
        for translator in _installed:
            app.installTranslator(translator)
    QLocale.setDefault(QLocale(code))
    return ok


def profile_text(text: str) -> str:
    """A profile label or help text in the current language (context 'profile')."""
    return QCoreApplication.translate("profile", text) if text else text
