"""The window's translator: a QTranslator that answers from the catalogue the command line
reads too (vault.app.i18n, straight from the shipped ``.ts`` files), so the window and
the command line never disagree and a checkout runs without a compile step."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from vault.app import i18n


class CatalogueTranslator(QTranslator):
    """Answers ``QCoreApplication.translate`` from ``i18n.catalogue(language)``; a string
    without a finished translation stays English."""

    def __init__(self, language: str, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self.code = language
        self.table = i18n.catalogue(language)

    def translate(
        self,
        context: str,
        source: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        """The finished translation of ``source`` in ``context``, else ``source`` itself
        (an empty answer would reach Qt as a non-null empty string and blank the
        widget)."""
        return self.table.get((context, source), source)


def window_language(saved: str | None = None) -> str:
    """The window's language: the one chosen in the window (welcome page, Settings),
    else EVIDENCE_VAULT_LANG, else the system's (QLocale.system()) if shipped, else
    English."""
    saved = i18n.saved_language() if saved is None else saved
    if saved in i18n.LANGUAGES:
        return saved
    forced = i18n.normalise(os.environ.get(i18n.ENV_LANG))
    if forced:
        return forced
    for name in QLocale.system().uiLanguages():
        code = i18n.normalise(name)
        if code:
            return code
    return i18n.normalise(QLocale.system().name()) or "en"


_installed: dict[str, CatalogueTranslator] = {}


def install_language(app: QCoreApplication, language: str) -> str:
    """Put ``language`` in force for every later ``tr`` (replacing the one before);
    returns the language installed."""
    language = i18n.set_language(language)
    old = _installed.pop("current", None)
    if old is not None:
        app.removeTranslator(old)
    if language != "en":  # English is the source: no translator at all
        translator = CatalogueTranslator(language, app)
        app.installTranslator(translator)
        _installed["current"] = translator
    return language
