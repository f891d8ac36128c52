"""The shapely check: shapely 2 recognised by what it can do, advice per platform, never an exception.

Debian sid's shapely 2.2 reports its version as "0+unknown"; a check that parses the version refuses
it, and then QGIS opens no dialog of the provider at all.
"""

import types

import pytest

from ondergrond.algorithms import base
from ondergrond.core import dependencies


def test_version_texts_parse_without_raising():
    assert dependencies.version_tuple("2.1.2") == (2, 1, 2)
    assert dependencies.version_tuple("2.2.0b1") == (2, 2, 0)
    assert dependencies.version_tuple("0+unknown") == (0,)
    assert dependencies.version_tuple("unknown") == ()
    assert dependencies.version_tuple(None) == ()


def test_shapely_reporting_0_unknown_passes_the_check(monkeypatch):
    import shapely

    monkeypatch.setattr(shapely, "__version__", "0+unknown")
    assert dependencies.shapely_status() == (True, "0+unknown")
    assert base.shapely_check() == (True, "")


def test_with_0_unknown_every_algorithm_can_execute(provider, monkeypatch):
    import shapely

    monkeypatch.setattr(shapely, "__version__", "0+unknown")
    for algorithm in provider.algorithms():
        assert algorithm.canExecute() == (True, ""), algorithm.id()


@pytest.mark.desktop
def test_with_0_unknown_every_dialog_opens_in_the_desktop(desktop, provider):
    """In the real desktop, as the toolbox does on a double click: canExecute, then the dialog."""
    result = desktop("""
        import shapely
        from qgis import processing
        from qgis.PyQt.QtWidgets import QApplication
        shapely.__version__ = "0+unknown"  # what Debian's shapely 2.2 reports
        provider = QgsApplication.processingRegistry().providerById("ondergrond")
        result["opened"] = []
        for algorithm in sorted(provider.algorithms(), key=lambda a: a.id()):
            ok, message = algorithm.canExecute()
            dialog = processing.createAlgorithmDialog(algorithm.id()) if ok else None
            if dialog is not None:
                dialog.show()
                for _ in range(3):
                    QApplication.processEvents()
            result["opened"].append([algorithm.id(), ok, message, dialog is not None and dialog.isVisible()])
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
        result["bar"] = [item.text() for item in iface.messageBar().items()]
    """)
    assert sorted(entry[0] for entry in result["opened"]) == sorted(a.id() for a in provider.algorithms())
    assert [entry for entry in result["opened"] if not (entry[1] and entry[3])] == []
    assert not [text for text in result["bar"] if "shapely" in text]


def _fake_shapely(monkeypatch, **attributes):
    fake = types.ModuleType("shapely")
    for name, value in attributes.items():
        setattr(fake, name, value)
    monkeypatch.setitem(__import__("sys").modules, "shapely", fake)


def test_shapely_1_8_is_refused_with_advice_and_no_pip_wheel(monkeypatch, provider):
    _fake_shapely(monkeypatch, __version__="1.8.5", STRtree=object)  # 1.8: no vectorised from_wkb
    ok, message = base.shapely_check()
    assert not ok
    assert "1.8.5" in message and "shapely 2" in message
    ours = [a for a in provider.algorithms() if isinstance(a, base.OndergrondAlgorithm)]
    assert ours
    for algorithm in ours:
        assert algorithm.canExecute() == (False, message)


def test_no_shapely_at_all_is_refused_without_raising(monkeypatch):
    monkeypatch.setitem(__import__("sys").modules, "shapely", None)  # import shapely -> ImportError
    ok, message = base.shapely_check()
    assert not ok and "no shapely" in message


@pytest.mark.parametrize("system, release, kind", [
    ("win32", {}, "windows"),
    ("darwin", {}, "macos"),
    ("linux", {"ID": "debian", "VERSION_ID": "12"}, "source"),
    ("linux", {"ID": "debian", "VERSION_ID": "13"}, "apt"),
    ("linux", {"ID": "debian"}, "apt"),  # sid/testing have no VERSION_ID
    ("linux", {"ID": "ubuntu", "VERSION_ID": "22.04"}, "source"),
    ("linux", {"ID": "ubuntu", "VERSION_ID": "24.04"}, "apt"),
    ("linux", {"ID": "fedora", "VERSION_ID": "41"}, "source"),
])
def test_install_advice_fits_the_platform(system, release, kind):
    assert dependencies.install_platform(system, release) == kind
    advice = base.shapely_advice(kind)
    assert advice
    # Never a plain pip wheel: it brings its own GEOS into the QGIS process.
    assert "pip install" not in advice or "--no-binary shapely" in advice
    if kind == "apt":
        assert "apt install python3-shapely" in advice


def test_the_plugin_says_it_once_in_the_message_bar(monkeypatch, qgis_iface):
    from qgis.core import Qgis

    from ondergrond.plugin import OndergrondPlugin

    _fake_shapely(monkeypatch, __version__="1.8.5")
    bar = qgis_iface.messageBar()  # pytest-qgis' stand-in keeps what is pushed, per level
    before = list(bar.get_messages(Qgis.Warning))
    plugin = OndergrondPlugin(qgis_iface)
    assert plugin.warn_about_shapely() is False
    assert plugin.warn_about_shapely() is False
    shown = bar.get_messages(Qgis.Warning)[len(before):]
    assert len(shown) == 1
    assert shown[0].startswith("Ondergrond:") and "shapely 2" in shown[0] and "1.8.5" in shown[0]
