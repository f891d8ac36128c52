"""The main job on the embedded sample data, as a planner would chain it.

    python scripts/demo.py [output folder]      (bash scripts/demo.sh sets up QGIS first)

Every step runs a real Processing algorithm of the plugin on the sample data near Zwolle and
writes its outputs into the output folder; maps are rendered by QGIS's own map renderer with the
plugin's styles. Add a step: write ``def step_x(demo)`` and put it in STEPS.
"""

import importlib.util
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (  # noqa: E402  (QGIS must see QT_QPA_PLATFORM first)
    QgsApplication,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402


def import_plugin():
    """Import the repository root as the package ``ondergrond``."""
    spec = importlib.util.spec_from_file_location(
        "ondergrond", ROOT / "__init__.py", submodule_search_locations=[str(ROOT)])
    module = importlib.util.module_from_spec(spec)
    sys.modules["ondergrond"] = module
    spec.loader.exec_module(module)
    return module


class Feedback(QgsProcessingFeedback):
    def pushWarning(self, text):
        print("   warning:", text)

    def reportError(self, text, fatalError=False):
        print("   error:", text)


class Demo:
    """What the steps share: the sample data, the output folder, running and rendering."""

    STREET = QgsRectangle(200990, 505080, 201410, 505310)

    def __init__(self, output):
        self.output = Path(output).resolve()
        self.output.mkdir(parents=True, exist_ok=True)
        self.sample = self.output / "ondergrond_sample.gpkg"
        self.results = {}
        self.written = []

    def layer_uri(self, name):
        return "{}|layername={}".format(self.sample, name)

    def layer(self, name):
        layer = QgsVectorLayer(self.layer_uri(name), name, "ogr")
        if not layer.isValid():
            raise RuntimeError("sample layer {} is missing".format(name))
        style = ROOT / "styles" / "{}.qml".format(name)
        if style.exists():
            layer.loadNamedStyle(str(style))
        return layer

    def path(self, filename):
        path = self.output / filename
        self.written.append(path)
        return str(path)

    def run(self, algorithm_id, parameters):
        import processing

        started = time.perf_counter()
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        result = processing.run(algorithm_id, parameters, context=context, feedback=Feedback())
        print("   {} in {:.1f} s".format(algorithm_id, time.perf_counter() - started))
        self.results[algorithm_id] = result
        return result

    def styled(self, path, style_name, name=None):
        """Load an output file as a layer with the plugin's style ``styles/<style_name>.qml``."""
        path = str(path)
        if path.lower().endswith((".tif", ".tiff")):
            layer = QgsRasterLayer(path, name or style_name)
        else:
            layer = QgsVectorLayer(path, name or style_name, "ogr")
        layer.loadNamedStyle(str(ROOT / "styles" / "{}.qml".format(style_name)))
        return layer

    def render(self, layers, extent, filename, temporal_range=None, size=(1600, 1100)):
        """Render ``layers`` (top first) to a PNG with QGIS's map renderer."""
        settings = QgsMapSettings()
        settings.setLayers(layers)
        settings.setDestinationCrs(layers[-1].crs())
        settings.setExtent(extent)
        settings.setOutputSize(QSize(*size))
        settings.setBackgroundColor(QColor(255, 255, 255))
        if temporal_range is not None:
            settings.setIsTemporal(True)
            settings.setTemporalRange(temporal_range)
        job = QgsMapRendererParallelJob(settings)
        job.start()
        job.waitForFinished()
        path = self.path(filename)
        job.renderedImage().save(path, "PNG")
        return path


def step_sample_data(demo):
    """Write the embedded sample data (the default the main job runs on)."""
    spec = importlib.util.spec_from_file_location("make_sample_data", ROOT / "sample_data" / "make_sample_data.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.build(demo.sample)
    demo.written.append(demo.sample)


def step_check_fields(demo):
    """Check the cables and pipes against the canonical depth/time conventions before using them."""
    result = demo.run("ondergrond:checkcanonicalfields", {
        "INPUT": demo.layer_uri("netwerk_kabels_leidingen"), "OUTPUT": demo.path("controle_kabels.gpkg")})
    print("   {CHECKED} cables and pipes checked, {PROBLEMS} with a problem".format(**result))


def step_street_map(demo):
    """The street with its cables, pipes, trees and reserved space, in the plugin's styles."""
    names = ["netwerk_warmtenet_trace", "netwerk_bomen", "netwerk_kabels_leidingen", "netwerk_infiltratiekratten",
             "netwerk_reserveringen", "netwerk_stoepranden", "netwerk_straatassen"]
    demo.render([demo.layer(name) for name in names], demo.STREET, "kaart_straat.png")


def step_drinking_water_protection(demo):
    """Drinking-water protection zones around the sample wells, with regional flow and a boringsvrije zone."""
    output = demo.path("drinkwaterbeschermingszones.gpkg")
    demo.run("ondergrond:drinkingwaterprotection", {
        "INPUT": demo.layer_uri("ondergrond_winputten"), "METHOD": 1, "REGIONAL_FLUX": 0.02,
        "FLOW_DIRECTION": 300, "PROTECTIVE_LAYER_DEPTH": 3.0, "OUTPUT": output})
    zones = demo.styled(output, "drinkingwaterprotection", "drinkwaterbeschermingszones")
    for zone in sorted(zones.getFeatures(), key=lambda f: f["travel_time_days"]):
        print("   {:<30} {:>8.0f} d  {:>7.2f} km2  {}".format(
            zone["zone"], zone["travel_time_days"], zone["area_m2"] / 1e6, zone["well_ids"]))
    extent = zones.extent()
    extent.scale(1.1)
    demo.render([demo.layer("ondergrond_winputten"), zones], extent, "kaart_drinkwaterbeschermingszones.png")


STEPS = [
    step_sample_data,
    step_check_fields,
    step_street_map,
    step_drinking_water_protection,
]


def main(output):
    application = QgsApplication([], False)
    application.initQgis()
    sys.path.append(os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))
    from processing.core.Processing import Processing

    Processing.initialize()
    plugin = import_plugin()
    from ondergrond import i18n
    from ondergrond.provider import OndergrondProvider

    i18n.install()
    provider = OndergrondProvider()
    QgsApplication.processingRegistry().addProvider(provider)

    demo = Demo(output)
    for step in STEPS:
        print("== " + (step.__doc__ or step.__name__).strip().splitlines()[0])
        step(demo)
    print("\nOutputs ({} files) are in: {}".format(len(demo.written), demo.output))
    for path in demo.written:
        print("   " + Path(path).name)
    QgsApplication.processingRegistry().removeProvider(provider)
    del plugin
    application.exitQgis()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ROOT / "output" / "demo")
