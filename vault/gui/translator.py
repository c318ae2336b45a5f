"""The window's translator: a QTranslator that answers from the catalogue the command line
reads too (vault.app.i18n, straight from the shipped ``.ts`` files), so the window and
the command line never disagree and a checkout runs without a compile step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from vault.app import i18n


class CatalogueTranslator(QTranslator):
    """Answers ``QCoreApplication.translate`` from ``i18n.catalogue(language)``; a string
    without a finished translation stays English."""

    def __init__(self, language: str, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.table = i18n.catalogue(language)

    def translate(  # type: ignore[override]
        self,
        context: str,
        source: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        """The finished translation of ``source`` in ``context``, or "" (Qt then shows
        the source)."""
        return self.table.get((context, source), "")

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        """Empty for English: Qt then skips it."""
        return not self.table


def window_language(saved: str | None = None) -> str:
    """The window's language: the one chosen in Settings, else the system's
    (QLocale.system()) if shipped, else English."""
    saved = i18n.saved_language() if saved is None else saved
    if saved in i18n.LANGUAGES:
        return saved
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
    translator = CatalogueTranslator(language, app)
    app.installTranslator(translator)
    _installed["current"] = translator
    return language
