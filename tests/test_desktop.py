"""The plugin in the real QGIS desktop (under Xvfb), installed from the zip into a fresh profile."""

import textwrap

import pytest
from conftest import ROOT

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


def test_install_from_zip_as_a_new_user(desktop, provider):
    # Plugins > Manage and Install Plugins > Install from ZIP calls the plugin installer's
    # installFromZipFile: the same call here, on a fresh profile without the plugin.
    result = desktop("""
        import pyplugin_installer
        import qgis.utils
        result["before"] = "ondergrond" in qgis.utils.plugins
        pyplugin_installer.instance().installFromZipFile(PLUGIN_ZIP)
        result["active"] = "ondergrond" in qgis.utils.active_plugins
        provider = QgsApplication.processingRegistry().providerById("ondergrond")
        result["algorithms"] = sorted(a.id() for a in provider.algorithms()) if provider else []
        from qgis.core import QgsSettings
        result["enabled"] = QgsSettings().value("PythonPlugins/ondergrond", False, type=bool)
        screenshot("desktop_installed_from_zip.png")
    """, preinstalled=False)
    assert not result["before"]
    assert result["active"] and result["enabled"]
    # everything the provider has in the test process, the bundled models included
    assert result["algorithms"] == sorted(a.id() for a in provider.algorithms())


# ---- an algorithm run from the desktop, its outputs loaded with the plugin's styles -----------------

# (algorithm, parameters on the zip's sample GeoPackage ({gpkg}), {output: style name in styles/});
# algorithms not registered on this branch are skipped inside the desktop.
REGIONAL = ["{gpkg}|layername=" + name for name in (
    "ondergrond_boringsvrije_zone", "ondergrond_ngr", "ondergrond_aquifer", "ondergrond_breukzone",
    "ondergrond_zoutstructuur", "ondergrond_wko_bestaand", "ondergrond_geothermie_gepland")]
DESKTOP_RUNS = [
    ("ondergrond:checkcanonicalfields",
     {"INPUT": "{gpkg}|layername=netwerk_kabels_leidingen", "TOP_FIELD": "depth_m", "BOTTOM_FIELD": "diameter_m",
      "OUTPUT": "TEMPORARY_OUTPUT"},
     {"OUTPUT": "checkcanonicalfields_line"}),
    ("ondergrond:cumulationheatmap",
     {"LAYERS": REGIONAL, "MODE": 1, "CELL_SIZE": 100, "DEPTH_TOP": 30, "DEPTH_BOTTOM": 100, "YEAR": 2030,
      "THRESHOLD": 3, "OUTPUT": "TEMPORARY_OUTPUT", "HOTSPOTS": "TEMPORARY_OUTPUT"},
     {"OUTPUT": "cumulationheatmap", "HOTSPOTS": "cumulationhotspots"}),
    ("ondergrond:depthbandsuitability",
     {"CONSTRAINTS": REGIONAL, "BANDS": "30-100", "CELL_SIZE": 100, "OUTPUT": "TEMPORARY_OUTPUT",
      "MATRIX": "TEMPORARY_OUTPUT"},
     {"OUTPUT": "depthbandsuitability"}),
    ("ondergrond:reservationcheck",
     {"TRACE": "{gpkg}|layername=netwerk_warmtenet_trace", "CONSTRUCTION_YEAR": 2028,
      "OBSTACLES": ["{gpkg}|layername=" + name for name in (
          "netwerk_kabels_leidingen", "netwerk_bomen", "netwerk_infiltratiekratten", "netwerk_reserveringen")],
      "WORKS": ["{gpkg}|layername=netwerk_geplande_werken"],
      "CONFLICTS": "TEMPORARY_OUTPUT", "OPPORTUNITIES": "TEMPORARY_OUTPUT"},
     {"CONFLICTS": "reservation_conflicts", "OPPORTUNITIES": "reservation_opportunities"}),
]


def qml_style(name):
    """(renderer type, first symbol colour as #rrggbb or None) of styles/<name>.qml."""
    import xml.etree.ElementTree as ElementTree

    root = ElementTree.parse(str(ROOT / "styles" / "{}.qml".format(name))).getroot()
    renderer = root.find(".//renderer-v2")
    if renderer is None:
        renderer = root.find(".//rasterrenderer")
        return renderer.get("type"), None
    colour = None
    for option in renderer.iter("Option"):
        if option.get("name") in ("color", "line_color"):
            red, green, blue = (int(v) for v in option.get("value").split(",")[:3])
            colour = "#{:02x}{:02x}{:02x}".format(red, green, blue)
            break
    return renderer.get("type"), colour


def test_run_and_load_results_styles_the_outputs(desktop):
    runs = [(algorithm, parameters) for algorithm, parameters, _styles in DESKTOP_RUNS]
    result = desktop("RUNS = {!r}\n".format(runs) + textwrap.dedent("""
        import os
        import processing
        from qgis.core import QgsProject, QgsRasterLayer, QgsRenderContext, QgsVectorLayer
        import ondergrond
        gpkg = os.path.join(os.path.dirname(ondergrond.__file__), "sample_data", "ondergrond_sample.gpkg")
        result["gpkg_exists"] = os.path.exists(gpkg)
        result["runs"] = {}
        def fill(value):
            if isinstance(value, list):
                return [fill(item) for item in value]
            return value.format(gpkg=gpkg) if isinstance(value, str) else value

        for algorithm, parameters in RUNS:
            if QgsApplication.processingRegistry().algorithmById(algorithm) is None:
                result["runs"][algorithm] = {"skipped": True}
                continue
            parameters = {k: fill(v) for k, v in parameters.items()}
            before = set(QgsProject.instance().mapLayers())
            outputs = processing.runAndLoadResults(algorithm, parameters)
            loaded = []
            root = QgsProject.instance().layerTreeRoot()
            for layer_id in before:  # show only this run's outputs in its screenshot
                root.findLayer(layer_id).setItemVisibilityChecked(False)
            extent = None
            for layer_id in set(QgsProject.instance().mapLayers()) - before:
                layer = QgsProject.instance().mapLayer(layer_id)
                info = {"name": layer.name(), "renderer": layer.renderer().type(), "colour": None}
                if isinstance(layer, QgsVectorLayer):
                    symbols = layer.renderer().symbols(QgsRenderContext())
                    info["colour"] = symbols[0].symbolLayer(0).color().name() if symbols else None
                    info["features"] = layer.featureCount()
                loaded.append(info)
                if extent is None:
                    extent = layer.extent()
                else:
                    extent.combineExtentWith(layer.extent())
            result["runs"][algorithm] = {"outputs": {k: str(v) for k, v in outputs.items()}, "loaded": loaded}
            canvas = iface.mapCanvas()
            canvas.setExtent(extent.buffered(50))
            canvas.refreshAllLayers()
            canvas.waitWhileRendering()
            screenshot("desktop_run_{}.png".format(algorithm.split(":")[1]))
    """))
    assert result["gpkg_exists"], "the zip has no sample_data/ondergrond_sample.gpkg"
    ran = [algorithm for algorithm, run in result["runs"].items() if not run.get("skipped")]
    assert "ondergrond:checkcanonicalfields" in ran
    for algorithm, _parameters, styles in DESKTOP_RUNS:
        run = result["runs"][algorithm]
        if run.get("skipped"):
            continue
        assert len(run["loaded"]) == len(styles), run
        for layer in run["loaded"]:
            assert layer.get("features", 1) > 0, layer
        expected = sorted(qml_style(style) for style in styles.values())
        assert sorted((layer["renderer"], layer["colour"]) for layer in run["loaded"]) == expected, run
    assert result["screenshots"]


# ---- every algorithm's dialog, in English and in Dutch ------------------------------------------------

DIALOGS = textwrap.dedent("""
    import os
    import processing
    from qgis.core import QgsProcessingModelAlgorithm, QgsProject, QgsVectorLayer
    from qgis.PyQt.QtWidgets import QApplication
    import ondergrond
    # The sample layers in the project, as a planner has them, so the dialogs show filled-in inputs.
    gpkg = os.path.join(os.path.dirname(ondergrond.__file__), "sample_data", "ondergrond_sample.gpkg")
    for name in ("netwerk_kabels_leidingen", "ondergrond_winputten", "ondergrond_ngr", "netwerk_warmtenet_trace"):
        QgsProject.instance().addMapLayer(QgsVectorLayer("{}|layername={}".format(gpkg, name), name, "ogr"))
    provider = QgsApplication.processingRegistry().providerById("ondergrond")
    # The toolbox filtered on the plugin: its groups, algorithms and models as a user finds them.
    from qgis.PyQt.QtWidgets import QDockWidget
    toolbox = iface.mainWindow().findChild(QDockWidget, "ProcessingToolbox")
    toolbox.show()
    toolbox.raise_()
    toolbox.searchBox.setText("ondergrond")
    for _ in range(5):
        QApplication.processEvents()
    toolbox.algorithmTree.expandAll()
    canvas = iface.mapCanvas()
    canvas.setExtent(QgsProject.instance().mapLayersByName("ondergrond_ngr")[0].extent().buffered(3000))
    canvas.refreshAllLayers()
    canvas.waitWhileRendering()
    screenshot("toolbox_{}.png".format(LANGUAGE))
    result["dialogs"] = []
    for algorithm in sorted(provider.algorithms(), key=lambda a: a.name()):
        dialog = processing.createAlgorithmDialog(algorithm.id())
        dialog.resize(900, 700)
        dialog.show()
        dialog.raise_()
        for _ in range(5):
            QApplication.processEvents()
        shot = screenshot("dialog_{}_{}.png".format(LANGUAGE, algorithm.name()), dialog)
        result["dialogs"].append({
            "id": algorithm.id(), "display_name": algorithm.displayName(), "title": dialog.windowTitle(),
            "group": algorithm.group(), "visible": dialog.isVisible(), "screenshot": shot,
            "descriptions": [p.description() for p in algorithm.parameterDefinitions()]})
        dialog.close()
        dialog.deleteLater()
        if isinstance(algorithm, QgsProcessingModelAlgorithm):  # a bundled model opens in the modeler
            from processing.modeler.ModelerDialog import ModelerDialog
            from qgis.PyQt.QtCore import Qt
            modeler = ModelerDialog.create(algorithm)
            modeler.resize(1300, 700)
            modeler.show()
            QApplication.processEvents()
            scene = modeler.view().scene()
            modeler.view().fitInView(scene.itemsBoundingRect().adjusted(-40, -40, 40, 40), Qt.KeepAspectRatio)
            for _ in range(5):
                QApplication.processEvents()
            result["dialogs"][-1]["modeler_children"] = len(modeler.model().childAlgorithms())
            screenshot("modeler_{}_{}.png".format(LANGUAGE, algorithm.name()), modeler)
            modeler.setModified(False) if hasattr(modeler, "setModified") else None
            modeler.close()
""")


def dutch_translations():
    """English source -> Dutch translation, from i18n/ondergrond_nl.ts."""
    import xml.etree.ElementTree as ElementTree

    root = ElementTree.parse(str(ROOT / "i18n" / "ondergrond_nl.ts")).getroot()
    return {message.findtext("source"): message.findtext("translation") for message in root.iter("message")}


def check_dialogs(result, provider, translate):
    from PIL import Image

    expected = {algorithm.id(): algorithm for algorithm in provider.algorithms()}
    assert {dialog["id"] for dialog in result["dialogs"]} == set(expected)
    for dialog in result["dialogs"]:
        algorithm = expected[dialog["id"]]
        display_name = translate(algorithm.displayName())
        assert dialog["display_name"] == display_name
        # QGIS writes English dialog titles in Title Case (its HIG); other languages as they are. From QGIS
        # 3.40 on the title is "<group> - <name>" (the group as the dialog's algorithm reports it).
        titles = {display_name.lower(), "{} - {}".format(dialog["group"], display_name).lower()}
        assert dialog["title"].lower() in titles, dialog
        assert dialog["visible"]
        assert dialog["descriptions"] == [translate(p.description()) for p in algorithm.parameterDefinitions()]
        if dialog.get("modeler_children") is not None:
            assert dialog["modeler_children"] == len(algorithm.childAlgorithms()) > 0
        with Image.open(dialog["screenshot"]) as image:
            assert image.size[0] >= 600 and image.size[1] >= 400, image.size
            assert len(image.convert("RGB").getcolors(1 << 20) or range(1000)) > 50, "blank dialog"


def test_every_dialog_opens_with_its_name(desktop, provider):
    result = desktop("LANGUAGE = 'en'\n" + DIALOGS)
    check_dialogs(result, provider, lambda text: text)


def test_every_dialog_in_dutch(desktop, provider):
    translations = dutch_translations()

    def dutch(text):
        assert translations.get(text), "no Dutch for {!r}".format(text)
        return translations[text]

    result = desktop("LANGUAGE = 'nl'\n" + DIALOGS, locale="nl")
    check_dialogs(result, provider, dutch)
    # The plugin speaks Dutch: the group names too.
    assert all(dialog["group"] == dutch(dialog_group) for dialog, dialog_group in zip(
        sorted(result["dialogs"], key=lambda d: d["id"]),
        [a.group() for a in sorted(provider.algorithms(), key=lambda a: a.id())]))
