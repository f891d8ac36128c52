"""What every Ondergrond algorithm shares: translation, groups, icon, help link, output styling."""

from pathlib import Path

from qgis.core import QgsProcessingAlgorithm, QgsProcessingLayerPostProcessorInterface
from qgis.PyQt.QtGui import QIcon

from ..core.i18n import tr

PLUGIN_DIR = Path(__file__).resolve().parent.parent
STYLES_DIR = PLUGIN_DIR / "styles"
HELP_URL = "https://github.com/ondergrond/ondergrond#readme"

# Groups follow the lagenbenadering: the deep subsurface, the street (network layer), data tools.
GROUPS = {
    "subsurface": lambda: tr("Subsurface planning"),
    "street": lambda: tr("Street subsurface"),
    "data": lambda: tr("Data and templates"),
    "models": lambda: tr("Models"),
}

# Post-processors must outlive processAlgorithm (QGIS calls them after the algorithm returns);
# keep the most recent ones referenced so Python does not collect them too early.
_POST_PROCESSORS = []


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies a QML from ``styles/`` to an output layer when QGIS loads it."""

    def __init__(self, qml_path):
        super().__init__()
        self.qml_path = str(qml_path)

    def postProcessLayer(self, layer, context, feedback):
        message, ok = layer.loadNamedStyle(self.qml_path)
        if not ok:
            feedback.pushWarning(tr("Could not apply the style {qml}: {message}").format(
                qml=self.qml_path, message=message))
        else:  # names, legend labels and field aliases in the desktop's language; see presentation.py
            from .presentation import finish

            finish(layer, Path(self.qml_path).stem)
        layer.triggerRepaint()


class OndergrondAlgorithm(QgsProcessingAlgorithm):
    GROUP = "data"

    def tr(self, text):
        return tr(text)

    def createInstance(self):
        return type(self)()

    def group(self):
        return GROUPS[self.GROUP]()

    def groupId(self):
        return self.GROUP

    def helpUrl(self):
        return HELP_URL

    def canExecute(self):
        """The kernels need shapely 2 (QGIS's standard installs ship it; Debian 12's package is 1.8)."""
        import shapely

        if int(shapely.__version__.split(".")[0]) < 2:
            return False, tr("Ondergrond needs shapely 2 or newer; this QGIS has shapely {version}. "
                             "Install it with: python3 -m pip install 'shapely>=2'").format(
                version=shapely.__version__)
        return True, ""

    def icon(self):
        return QIcon(str(PLUGIN_DIR / "icons" / "ondergrond.svg"))

    def style_output(self, context, dest_id, style_name, processor_class=StylePostProcessor, **options):
        """Style the output ``dest_id`` with ``styles/<style_name>.qml`` when it is loaded.

        ``processor_class(qml_path, **options)`` may be a StylePostProcessor subclass that adapts the
        style to the result (e.g. a colour ramp stretched to the raster's maximum)."""
        qml = STYLES_DIR / "{}.qml".format(style_name)
        if not dest_id or not qml.exists() or not context.willLoadLayerOnCompletion(dest_id):
            return
        processor = processor_class(qml, **options)
        del _POST_PROCESSORS[:-64]
        _POST_PROCESSORS.append(processor)
        context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(processor)
