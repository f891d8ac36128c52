"""The graphical models bundled in ``models/``, registered as algorithms of the Ondergrond provider.

QGIS's own model provider does the same for the user's models folder: QgsProcessingModelAlgorithm
.fromFile() per .model3 and addAlgorithm(). Bundling them in our provider instead of copying them into
the user's profile keeps them versioned with the plugin, removes them when it is uninstalled, and
gives them stable ids (``ondergrond:provincemodel``). A model's children must be resolvable when it is
loaded, so the provider adds the models once it is itself in the Processing registry.

The English texts of a model (name, parameter and output descriptions, help) live in its .model3;
scripts/i18n.py extracts them into i18n/ondergrond_nl.ts and ``translate`` shows them in Dutch.
"""

from qgis.core import QgsMessageLog, QgsProcessingException, QgsProcessingModelAlgorithm, QgsProcessingUtils
from qgis.PyQt.QtGui import QIcon

from ..core.i18n import tr, translate
from ..core.paths import ICON, MODELS_DIR
from .base import GROUPS, HELP_URL, clear_last_error, last_error

# file in models/ -> (algorithm name: stable, lowercase English; the public contract like any algorithm id)
BUNDLED = {
    "ondergrond_provincie.model3": "provincemodel",
    "ondergrond_gemeente.model3": "municipalitymodel",
}
UNTRANSLATED_HELP = {"ALG_CREATOR", "ALG_HELP_CREATOR", "ALG_VERSION"}


class BundledModel(QgsProcessingModelAlgorithm):
    """A .model3 from models/ with a stable id, the plugin's group, icon and help link, in Dutch or English."""

    def __init__(self, filename, name):
        super().__init__()
        self._filename, self._name = filename, name
        path = MODELS_DIR / filename
        if not self.fromFile(str(path)):
            raise ValueError("cannot read the model {}".format(path))
        self.setSourceFilePath(str(path))
        for definition in self.parameterDefinitions():
            definition.setDescription(translate(definition.description()))
        for output in self.outputDefinitions():
            output.setDescription(translate(output.description()))
        for child_id in self.childAlgorithms():  # the boxes in the graphical modeler
            child = self.childAlgorithm(child_id)
            child.setDescription(translate(child.description()))

    def missing_algorithms(self):
        """Ids of child algorithms that are not registered (the model cannot run without them)."""
        return sorted(child.algorithmId() for child in self.childAlgorithms().values() if child.algorithm() is None)

    def createInstance(self):
        return type(self)(self._filename, self._name)

    def name(self):
        return self._name

    def displayName(self):
        return translate(super().displayName())

    def group(self):
        return GROUPS["models"]()

    def groupId(self):
        return "models"

    def helpUrl(self):
        return HELP_URL

    def icon(self):
        return QIcon(str(ICON))

    def translated_help(self):
        return {key: value if key in UNTRANSLATED_HELP or not isinstance(value, str) else translate(value)
                for key, value in self.helpContent().items()}

    def shortDescription(self):
        return self.translated_help().get("ALG_DESC", "")

    def shortHelpString(self):
        return QgsProcessingUtils.formatHelpMapAsHtml(self.translated_help(), self)

    def processAlgorithm(self, parameters, context, feedback):
        """The model's run; a failing step's own message is added to QGIS's "Error encountered while running"."""
        clear_last_error()
        try:
            return super().processAlgorithm(parameters, context, feedback)
        except QgsProcessingException as error:
            message, detail = (str(error.args[0]) if error.args else str(error)), last_error()
            if detail and detail not in message:
                raise QgsProcessingException("{}: {}".format(message, detail)) from None
            raise


def bundled_models():
    """The models whose child algorithms are all registered; the others are logged and left out."""
    models = []
    for filename, name in BUNDLED.items():
        if not (MODELS_DIR / filename).exists():
            continue
        model = BundledModel(filename, name)
        missing = model.missing_algorithms()
        if missing:
            QgsMessageLog.logMessage(tr("The model {model} needs {algorithms}, which are not available.").format(
                model=filename, algorithms=", ".join(missing)), "Ondergrond")
            continue
        models.append(model)
    return models
