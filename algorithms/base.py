"""What every Ondergrond algorithm shares: translation, groups, icon, help link, output styling."""

import functools
import math
import threading
from pathlib import Path

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProperty,
)
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

# The message of the last QgsProcessingException an Ondergrond algorithm raised in this thread: a model
# reports only "Error encountered while running <step>", so the bundled models add this to it.
_LAST_ERROR = threading.local()


def last_error():
    return getattr(_LAST_ERROR, "message", None)


def clear_last_error():
    _LAST_ERROR.message = None


def _message(error):
    return str(error.args[0]) if error.args else str(error)


def _recording_errors(process):
    @functools.wraps(process)
    def wrapped(self, parameters, context, feedback):
        try:
            return process(self, parameters, context, feedback)
        except QgsProcessingException as error:
            _LAST_ERROR.message = _message(error)
            raise

    wrapped.records_errors = True
    return wrapped


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
        layer.triggerRepaint()


class OndergrondAlgorithm(QgsProcessingAlgorithm):
    GROUP = "data"

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        process = cls.__dict__.get("processAlgorithm")
        if process is not None and not getattr(process, "records_errors", False):
            cls.processAlgorithm = _recording_errors(process)

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

    def optional_number(self, parameters, name, context):
        """The value of an optional number parameter, or None when it is not set. Evaluated as QGIS does,
        so a QgsProperty (what the modeler and data-defined overrides pass) or an expression works."""
        value = parameters.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if isinstance(value, QgsProperty):
            number, ok = value.valueAsDouble(context.expressionContext(), math.nan)
            return number if ok and not math.isnan(number) else None
        return self.parameterAsDouble(parameters, name, context)

    def checkParameterValues(self, parameters, context):
        """NaN, infinity and out-of-range numbers refused with the parameter's name (algorithms/validation.py)."""
        from .validation import parameter_problems

        problems = parameter_problems(self, parameters, context)
        if problems:
            return False, problems[0]
        return super().checkParameterValues(parameters, context)

    def prepareAlgorithm(self, parameters, context, feedback):
        """The same checks for runs that skip checkParameterValues (model children, some APIs)."""
        from .validation import parameter_problems

        problems = parameter_problems(self, parameters, context)
        if problems:
            _LAST_ERROR.message = problems[0]
            raise QgsProcessingException(problems[0])
        return True

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
