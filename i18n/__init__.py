"""Loads the Dutch (or any shipped) translation for the QGIS locale and routes core's ``tr`` through it."""

from pathlib import Path

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from ..core import i18n as core_i18n

FOLDER = Path(__file__).resolve().parent
_translator = None


def qgis_locale() -> str:
    """The two-letter language QGIS runs in (its own setting overrides the system locale)."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        name = settings.value("locale/userLocale", "") or ""
    else:
        name = QLocale.system().name()
    return (name or "en")[:2]


def install(locale=None) -> bool:
    """Install the translator for ``locale`` (default: QGIS's); True when a translation was loaded."""
    global _translator
    core_i18n.set_backend(QCoreApplication.translate)
    uninstall()
    qm = FOLDER / "ondergrond_{}.qm".format(locale or qgis_locale())
    if not qm.exists():
        return False
    translator = QTranslator()
    if not translator.load(str(qm)):
        return False
    QCoreApplication.installTranslator(translator)
    _translator = translator
    return True


def uninstall():
    global _translator
    if _translator is not None:
        QCoreApplication.removeTranslator(_translator)
        _translator = None
