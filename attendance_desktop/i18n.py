"""The application's language, and dates and numbers written the reader's way.

Every sentence a person reads goes through Qt's translation system.  Widgets call
``self.tr("...")``; code without a widget (the command line, reports, exports,
error messages) calls :func:`translate` from here with a context name, which
``pyside6-lupdate`` finds exactly like ``QCoreApplication.translate``.  Two rules
keep lupdate from missing a string (``tests/test_translations.py`` checks both):

* the source text is a plain string literal, never an f-string or a join, and
  no argument of the call is itself a call (``len(rows)``, ``str(x)``: assign it
  to a name first; lupdate's Python parser drops such messages);
* numbers are placeholders: ``translate("Reports", "{rate} of {count}")
  .format(...)`` so a translator can reorder them, and a count that changes the
  words is ``%n`` with the count as fourth argument:
  ``translate("Lessons", "%n lessons", None, count)``.

Dates, times, numbers and percentages go through :class:`QLocale` (the default
locale is set from the chosen language at start-up), never ``strftime``, whose
day and month names follow the C library's locale and whose order is English.

Only QtCore is used here, so the command line can translate without a display.
``QCoreApplication.installTranslator`` needs an application object; until one
exists (the command line never makes one) :func:`translate` asks the loaded
translators itself.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, time
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

log = logging.getLogger("attendance.i18n")

SOURCE_LANGUAGE = "en"
# The languages the application ships, in their own words (the Settings list).
LANGUAGES = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
}
# The value of the language setting that means "the computer's language".
SYSTEM = ""

TRANSLATIONS = Path(__file__).resolve().parent / "resources" / "translations"

_translators: list[QTranslator] = []
_language = SOURCE_LANGUAGE
_installed = False
_attached_to: QCoreApplication | None = None


def qm_path(language: str) -> Path:
    """Where the compiled translation of ``language`` is shipped."""
    return TRANSLATIONS / f"attendance_{language}.qm"


def shipped() -> dict[str, str]:
    """The languages whose translation is present (English always is)."""
    return {
        code: name
        for code, name in LANGUAGES.items()
        if code == SOURCE_LANGUAGE or qm_path(code).is_file()
    }


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation where it is defined (a module constant, evaluated
    before any translator is loaded); translate it where it is shown with
    ``translate(context, CONSTANT)``."""
    return text


def choose(setting: str | None, system: QLocale | None = None) -> str:
    """The language to use: the setting when it names a shipped one, else the system's."""
    available = shipped()
    if setting and setting in available:
        return setting
    locale = system if system is not None else QLocale.system()
    for name in locale.uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in available:
            return code
    return SOURCE_LANGUAGE


def _locale_for(language: str, system: QLocale) -> QLocale:
    """The system's locale when it speaks ``language`` (keeps de_CH, fr_BE), else the language's."""
    if QLocale.languageToCode(system.language()) == language:
        return system
    return QLocale(language)


def install(setting: str | None = None, *, system: QLocale | None = None) -> str:
    """Load the chosen language and make its locale the default; returns its code.

    Safe to call again (after the application object exists, or when the setting
    changed): earlier translators are removed first.
    """
    global _language, _installed
    system_locale = system if system is not None else QLocale.system()
    language = choose(setting, system_locale)
    uninstall()
    QLocale.setDefault(_locale_for(language, system_locale))
    _language = language
    # English has a translation too: the plural forms only ("1 lesson", "%n lessons").
    paths = [qm_path(language)]
    if language != SOURCE_LANGUAGE:
        qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        paths.insert(0, Path(qt_translations) / f"qtbase_{language}.qm")
    for path in paths:
        translator = QTranslator()
        if translator.load(str(path)):
            _translators.append(translator)
        else:
            log.info("No translation at %s", path)
    _installed = True
    _attach()
    return language


def _attach() -> None:
    """Give the loaded translators to the application object, once it exists."""
    global _attached_to
    app = QCoreApplication.instance()
    if app is None or app is _attached_to:
        return
    for translator in _translators:
        QCoreApplication.installTranslator(translator)
    _attached_to = app


def uninstall() -> None:
    """Remove the loaded translators (before loading others)."""
    global _language, _attached_to
    if QCoreApplication.instance() is not None and _attached_to is not None:
        for translator in _translators:
            QCoreApplication.removeTranslator(translator)
    _attached_to = None
    _translators.clear()
    _language = SOURCE_LANGUAGE
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def language() -> str:
    """The code of the language in use."""
    return _language


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the chosen language (see the module's rules for how to call it).

    The first call loads the computer's language if :func:`install` was not called
    (the command line); the app calls :func:`install` with the person's setting.
    """
    if not _installed:
        install()
    if QCoreApplication.instance() is not None:
        _attach()
        return QCoreApplication.translate(context, text, disambiguation, n)
    found: str | None = None
    for translator in reversed(_translators):
        found = translator.translate(context, text, disambiguation, n)
        if found:
            break
    result = found or text
    if n >= 0:
        result = result.replace("%Ln", QLocale().toString(n)).replace("%n", str(n))
    return result


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def long_date(day: date) -> str:
    """ "Thursday, 3 December 2026" / "Donnerstag, 3. Dezember 2026"."""
    return QLocale().toString(_qdate(day), QLocale.FormatType.LongFormat)


def short_date(day: date) -> str:
    """ "03/12/2026" / "03.12.26": for tables where room is short."""
    return QLocale().toString(_qdate(day), QLocale.FormatType.ShortFormat)


def medium_date(day: date) -> str:
    """A date with the month's short name: "3 Dec 2026" / "3. Dez. 2026"."""
    pattern = translate("Dates", "d MMM yyyy", "QLocale date pattern: day, short month, year")
    return QLocale().toString(_qdate(day), pattern)


def weekday_date(day: date) -> str:
    """A day's heading without the year: "Thursday 3 Dec" / "Donnerstag, 3. Dez."."""
    pattern = translate("Dates", "dddd d MMM", "QLocale date pattern: weekday, day, short month")
    return QLocale().toString(_qdate(day), pattern)


def clock(moment: time | datetime) -> str:
    """A time of day the reader's way: "09:45" / "9:45 AM"."""
    value = moment.time() if isinstance(moment, datetime) else moment
    return QLocale().toString(
        QTime(value.hour, value.minute, value.second), QLocale.FormatType.ShortFormat
    )


def date_and_clock(moment: datetime) -> str:
    """A date with its time, for history and "last changed" lines."""
    return QLocale().toString(
        QDateTime(_qdate(moment.date()), QTime(moment.hour, moment.minute)),
        QLocale.FormatType.ShortFormat,
    )


def number(value: float, decimals: int = 0) -> str:
    """A number with the reader's decimal mark and digit grouping: "1,234.5" / "1.234,5"."""
    if decimals == 0:
        return QLocale().toString(round(value))
    return QLocale().toString(float(value), "f", decimals)


def percent(value: float, decimals: int = 1) -> str:
    """A percentage (``value`` already in percent): "96.9%" / "96,9 %" / "96,9 %"."""
    return translate("Numbers", "{number}%").format(number=number(value, decimals))


def first_weekday() -> int:
    """The first day of the reader's week, as ISO weekday (1 = Monday, 7 = Sunday)."""
    return int(QLocale().firstDayOfWeek().value)
