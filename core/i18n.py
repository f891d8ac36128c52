"""The one translation helper of the plugin.

Every user-visible string goes through ``tr``. ``core`` must not import QGIS, so the Qt
translator is plugged in from outside (``i18n.install``); without it ``tr`` returns the
English source text, which keeps the kernels usable in plain Python.
"""

CONTEXT = "Ondergrond"
_backend = None


def set_backend(translate):
    """Route ``tr`` through ``translate(context, text)`` (QCoreApplication.translate)."""
    global _backend
    _backend = translate


def tr(text: str) -> str:
    return _backend(CONTEXT, text) if _backend else text


def translate(text: str) -> str:
    """``tr`` for texts that are not literals in the code: the English texts of the bundled models
    (models/*.model3), which scripts/i18n.py extracts from those files. Code strings use ``tr``."""
    return _backend(CONTEXT, text) if _backend and text else text
