"""Languages: installing translators, and display names of core vocabularies.

Core vocabularies carry their own Chinese and English names (they are data,
shared with the PDFs and the CLI), so the UI picks one by the current
language instead of translating them again.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLibraryInfo, QLocale, QTime, QTranslator

from ..core.vocabulary import name_of

log = logging.getLogger(__name__)

TRANSLATION_PREFIX = "textile_assistant_"
_state = {"lang": "zh_CN"}


def current_language() -> str:
    """ "zh_CN" or "en": the language the UI was last set to."""
    return _state["lang"]


def vocab_lang() -> str:
    return "zh" if current_language().startswith("zh") else "en"


def vocab(table: dict[str, tuple[str, str]], value: str) -> str:
    return name_of(table, value, vocab_lang())


def install_translators(app: QCoreApplication, language: str, translations_dir: Path) -> list[QTranslator]:
    """Replace the app's translators by ones for `language`; returns them (keep a reference).

    English is the source language; its file only holds plural forms. The
    locale is set too, so dates and numbers follow the language.
    """
    for old in getattr(app, "_assistant_translators", []):
        app.removeTranslator(old)
    language = "zh_CN" if language.startswith("zh") else "en"
    _state["lang"] = language
    QLocale.setDefault(
        QLocale(QLocale.Language.Chinese, QLocale.Country.China)
        if language == "zh_CN"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    )
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(str(translations_dir / f"{TRANSLATION_PREFIX}{language}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("no translation for %s in %s", language, translations_dir)
    if language != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            installed.append(qt)
    app._assistant_translators = installed  # type: ignore[attr-defined]
    return installed


def system_language() -> str:
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def format_date(value: dt.date | None) -> str:
    if value is None:
        return "—"
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def format_datetime(value: dt.datetime | None) -> str:
    """A local date and time as the user's locale writes it (short form)."""
    if value is None:
        return "—"
    when = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second))
    return QLocale().toString(when, QLocale.FormatType.ShortFormat)


def translate(context: str, text: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, None, n)
