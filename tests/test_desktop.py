"""The plugin in the real QGIS desktop (under Xvfb), installed from the zip into a fresh profile."""

import pytest

pytestmark = pytest.mark.desktop


def test_plugin_loads_shows_its_provider_and_unloads(desktop):
    result = desktop("""
        import qgis.utils
        from qgis.PyQt.QtWidgets import QDockWidget
        result["loaded"] = "ondergrond" in qgis.utils.plugins
        result["active"] = "ondergrond" in qgis.utils.active_plugins
        provider = QgsApplication.processingRegistry().providerById("ondergrond")
        result["algorithms"] = sorted(a.name() for a in provider.algorithms()) if provider else []
        toolbox = iface.mainWindow().findChild(QDockWidget, "ProcessingToolbox")
        toolbox.show()
        toolbox.raise_()
        screenshot("desktop_plugin_loaded.png")
        result["unloaded"] = qgis.utils.unloadPlugin("ondergrond")
        result["provider_after_unload"] = QgsApplication.processingRegistry().providerById("ondergrond") is not None
    """)
    assert result["loaded"] and result["active"]
    assert "checkcanonicalfields" in result["algorithms"]
    assert result["unloaded"] and not result["provider_after_unload"]
    assert result["screenshots"]
