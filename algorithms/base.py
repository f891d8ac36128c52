"""What every Ondergrond algorithm shares: translation, groups, icon, help link, output styling."""

import functools
import math
import threading
from pathlib import Path

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingParameterDefinition,
    QgsProperty,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QIcon

from ..compat import load_style
from ..core import dependencies
from ..core import progress as core_progress
from ..core.i18n import tr
from ..core.paths import ICON, STYLES_DIR

HELP_URL = "https://github.com/ondergrond/ondergrond#readme"

# Groups follow the lagenbenadering: the deep subsurface, the street (network layer), data tools.
GROUPS = {
    "subsurface": lambda: tr("Subsurface planning"),
    "street": lambda: tr("Street subsurface"),
    "data": lambda: tr("Data and templates"),
    "models": lambda: tr("Models"),
}

# QGIS calls a layer post-processor after processAlgorithm has returned, when it loads the outputs, and
# holds only its C++ side: without a Python reference the Python subclass is collected and QGIS would call
# the empty base method (or a dead object). Each processor is held here from style_output until QGIS has
# called it (postProcessLayer lets go), so none is dropped early however many runs overlap, and only the
# processors of runs that failed after styling stay (a few hundred bytes each).
_PENDING_POST_PROCESSORS = set()

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


def shapely_advice(kind=None):
    """What to install to get shapely 2 into QGIS, for this platform (never a pip wheel: it brings its own
    GEOS, which crashes QGIS)."""
    kind = kind or dependencies.install_platform()
    if kind == "windows":
        return tr("Install QGIS with the standard Windows installer (OSGeo4W or the standalone installer), "
                  "which ships shapely 2.")
    if kind == "macos":
        return tr("Install QGIS with the standard macOS installer from qgis.org, which ships shapely 2.")
    if kind == "apt":
        return tr("Install your distribution's package: sudo apt install python3-shapely")
    return tr("Build shapely 2 against the GEOS library QGIS uses (a pip wheel brings a second GEOS that "
              "crashes QGIS): sudo apt install libgeos-dev python3-dev && python3 -m pip install --user "
              "--no-binary shapely 'shapely>=2,<2.2'")


def shapely_check():
    """``(True, "")`` when shapely 2 is there, else ``(False, message)`` with install advice. Never raises."""
    try:
        ok, found = dependencies.shapely_status()
        if ok:
            return True, ""
        if found is None:
            problem = tr("Ondergrond needs shapely 2, and this QGIS has no shapely.")
        else:
            problem = tr("Ondergrond needs shapely 2 or newer; this QGIS has shapely {version}.").format(
                version=found)
        return False, "{} {}".format(problem, shapely_advice())
    except Exception as error:  # a check must never stop the toolbox
        return False, str(error)


class FeedbackProgress(core_progress.Progress):
    """The one adapter from a QgsProcessingFeedback (or a QgsProcessingMultiStepFeedback step) to the
    kernels' progress contract (core/progress.py): the kernel's 0..1 runs over ``start``..``stop`` %."""

    def __init__(self, feedback, start=0.0, stop=100.0):
        self.feedback, self.start, self.stop = feedback, start, stop

    def set(self, fraction):
        self.feedback.setProgress(self.start + (self.stop - self.start) * fraction)

    def canceled(self):
        return self.feedback.isCanceled()


def progress(feedback, start=0.0, stop=100.0):
    return FeedbackProgress(feedback, start, stop)


def advanced(parameter):
    """``parameter`` flagged advanced (listed under 'Advanced parameters' in the dialog); for addParameter."""
    parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
    return parameter


def canceled_error():
    """What every algorithm raises when the user cancels (CONTRIBUTING.md says why)."""
    return QgsProcessingException(tr("Cancelled."))


def check_canceled(feedback):
    if feedback.isCanceled():
        raise canceled_error()


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies a QML from ``styles/`` to an output layer when QGIS loads it."""

    def __init__(self, qml_path):
        super().__init__()
        self.qml_path = str(qml_path)

    def postProcessLayer(self, layer, context, feedback):
        message, ok = load_style(layer, self.qml_path)
        if not ok:
            feedback.pushWarning(tr("Could not apply the style {qml}: {message}").format(
                qml=self.qml_path, message=message))
        else:  # names, legend labels and field aliases in the desktop's language; see presentation.py
            from .presentation import add_map_themes, finish

            finish(layer, Path(self.qml_path).stem)
            add_map_themes(layer, layer.project() or context.project())  # split outputs: a theme per part
        from .depth3d import apply  # 3D at depth, elevation (3.26+) and time from the layer's fields

        apply(layer)
        layer.triggerRepaint()
        _PENDING_POST_PROCESSORS.discard(self)


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
        """The kernels need shapely 2; the message says what to install on this platform. Never raises."""
        return shapely_check()

    def icon(self):
        return QIcon(str(ICON))

    def input_source(self, parameters, name, context, lines=None):
        """The feature source of parameter ``name``, refused with QGIS's own invalidSourceError when it cannot
        be read; with ``lines`` (a message naming {layer}) refused too when it has no line geometry."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        if lines is not None and QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.LineGeometry:
            raise QgsProcessingException(lines.format(layer=source.sourceName()))
        return source

    def field_name(self, parameters, key, context, source=None):
        """The field a field-name parameter names, stripped; None when it is empty or, with ``source``,
        when ``source`` has no such field."""
        name = (self.parameterAsString(parameters, key, context) or "").strip()
        if not name or (source is not None and source.fields().lookupField(name) < 0):
            return None
        return name

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

    def write(self, sink, features, parameters, name):
        """Add one QgsFeature or a list of them to the sink of output ``name``; a refused write raises
        QGIS's own writeFeatureError message (what QGIS core's algorithms do) instead of losing features."""
        if isinstance(features, QgsFeature):
            ok = sink.addFeature(features, QgsFeatureSink.Flag.FastInsert)
        else:
            ok = sink.addFeatures(features, QgsFeatureSink.Flag.FastInsert)
        if not ok:
            raise QgsProcessingException(self.writeFeatureError(sink, parameters, name))

    def style_output(self, context, dest_id, style_name, processor_class=StylePostProcessor, **options):
        """Style the output ``dest_id`` with ``styles/<style_name>.qml`` when it is loaded.

        ``processor_class(qml_path, **options)`` may be a StylePostProcessor subclass that adapts the
        style to the result (e.g. a colour ramp stretched to the raster's maximum)."""
        qml = STYLES_DIR / "{}.qml".format(style_name)
        if not dest_id or not qml.exists() or not context.willLoadLayerOnCompletion(dest_id):
            return
        processor = processor_class(qml, **options)
        _PENDING_POST_PROCESSORS.add(processor)
        context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(processor)
