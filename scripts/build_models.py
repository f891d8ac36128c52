"""Write the bundled graphical models, models/*.model3, with QGIS's own model classes.

    python scripts/build_models.py          (after `source scripts/env.sh`)

The models are built with QgsProcessingModelAlgorithm against the registered algorithms and saved
with toFile(), so the XML is exactly what the graphical modeler writes and reads; open them in the
modeler (Processing > Graphical Modeler > Open) to change the layout. Edit this script, not the
.model3 files, when a chain changes: tests/test_models.py checks the files match what it builds.

- ondergrond_provincie.model3: wells -> drinking-water protection zones -> depth-band suitability
  (the zones plus the province's constraint layers) -> cumulation heatmap of all claims in a depth
  band and year.
- ondergrond_gemeente.model3: KLIC delivery -> import -> 4D reservation check of a trace -> report.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODELS_DIR = ROOT / "models"
_KEEP = []  # the QgsApplication and provider must outlive qgis_setup()


def qgis_setup():
    """Start QGIS headless with Processing and this plugin's provider (imported as ``ondergrond``)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    application = QgsApplication.instance()
    if application is None:
        QgsApplication.setPrefixPath("/usr", True)
        application = QgsApplication([], False)
        application.initQgis()
    sys.path.append(str(Path(QgsApplication.pkgDataPath()) / "python" / "plugins"))
    sys.path.insert(0, str(ROOT / "tests"))
    import conftest  # noqa: F401  (registers the repository root as the package ``ondergrond``)
    from processing.core.Processing import Processing

    Processing.initialize()
    registry = QgsApplication.processingRegistry()
    if registry.providerById("ondergrond") is None:
        from ondergrond.provider import OndergrondProvider

        provider = OndergrondProvider()
        registry.addProvider(provider)
        _KEEP.append(provider)
    _KEEP.append(application)
    return application


def _child(model, child_id, algorithm_id, description, x, y, sources, outputs=(), dependencies=()):
    from qgis.core import QgsProcessingModelChildAlgorithm, QgsProcessingModelOutput
    from qgis.PyQt.QtCore import QPointF, QSizeF

    child = QgsProcessingModelChildAlgorithm(algorithm_id)
    child.setChildId(child_id)
    child.setDescription(description)
    child.setPosition(QPointF(x, y))
    child.setSize(QSizeF(260, 50))
    assert child.algorithm() is not None, "{} is not registered: build the models on a branch that has it".format(
        algorithm_id)
    for parameter, value in sources.items():
        child.addParameterSources(parameter, value if isinstance(value, list) else [value])
    # As the modeler does: every other mandatory input gets the algorithm's default as a static value
    # (optional ones stay unset, so file defaults such as rules/*.csv resolve where the plugin is installed).
    Source = _sources()
    for definition in child.algorithm().parameterDefinitions():
        if (definition.name() not in sources and not definition.isDestination()
                and not definition.flags() & definition.FlagOptional and definition.defaultValue() is not None):
            child.addParameterSources(definition.name(), [Source.fromStaticValue(definition.defaultValue())])
    model_outputs = {}
    for output_name, child_output, description_text, default in outputs:
        output = QgsProcessingModelOutput(output_name, description_text)
        output.setChildId(child_id)
        output.setChildOutputName(child_output)
        output.setDescription(description_text)
        output.setPosition(QPointF(x + 300, y + 60 * len(model_outputs)))
        output.setSize(QSizeF(240, 50))
        if default is not None:
            output.setDefaultValue(default)
        model_outputs[output_name] = output
    child.setModelOutputs(model_outputs)
    for dependency in dependencies:
        child.addDependency(dependency)
    model.addChildAlgorithm(child)
    return child


def _parameter(model, definition, x, y):
    from qgis.core import QgsProcessingModelParameter
    from qgis.PyQt.QtCore import QPointF, QSizeF

    component = QgsProcessingModelParameter(definition.name())
    component.setPosition(QPointF(x, y))
    component.setSize(QSizeF(300, 50))
    model.addModelParameter(definition, component)


def _sources():
    from qgis.core import QgsProcessingModelChildParameterSource as Source

    return Source


def gemeente():
    """KLIC delivery -> import -> 4D reservation check of a planned trace -> report."""
    from qgis.core import (
        QgsProcessing,
        QgsProcessingModelAlgorithm,
        QgsProcessingParameterDefinition,
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterMultipleLayers,
        QgsProcessingParameterNumber,
    )

    Source = _sources()
    model = QgsProcessingModelAlgorithm(
        "Municipality: KLIC delivery to reservation check", "Ondergrond", "ondergrond")
    _parameter(model, QgsProcessingParameterMultipleLayers(
        "KLIC", "KLIC deliveries (ZIP, folder or GI_gebiedsinformatielevering XML)",
        QgsProcessing.SourceType.TypeFile), 180, 60)
    _parameter(model, QgsProcessingParameterFeatureSource(
        "TRACE", "Planned trace (lines with depth_m, width_m, height_m, valid_from, valid_to)",
        [QgsProcessing.SourceType.TypeVectorLine]), 180, 160)
    _parameter(model, QgsProcessingParameterMultipleLayers(
        "OBSTACLES", "Other claims in the street (trees, reservations, infiltration crates)",
        QgsProcessing.SourceType.TypeVectorAnyGeometry, optional=True), 180, 240)
    _parameter(model, QgsProcessingParameterMultipleLayers(
        "WORKS", "Planned works (for coupling opportunities)",
        QgsProcessing.SourceType.TypeVectorAnyGeometry, optional=True), 180, 320)
    year = QgsProcessingParameterNumber(
        "CONSTRUCTION_YEAR", "Construction year of the trace (when the trace has no valid_from)",
        QgsProcessingParameterNumber.Type.Integer, 2026, minValue=1900, maxValue=2200)
    year.setFlags(year.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
    _parameter(model, year, 180, 400)

    _child(model, "importklic", "ondergrond:importklic", "Import the KLIC delivery", 560, 80,
           {"INPUT": Source.fromModelParameter("KLIC"), "DEPTH_TOLERANCE": Source.fromStaticValue(1.0)},
           outputs=[("KLIC_LINES", "OUTPUT", "KLIC cables and pipes", None)])
    _child(model, "reservationcheck", "ondergrond:reservationcheck", "4D reservation check of the trace", 560, 280,
           {"TRACE": Source.fromModelParameter("TRACE"),
            "CONSTRUCTION_YEAR": Source.fromModelParameter("CONSTRUCTION_YEAR"),
            "OBSTACLES": [Source.fromChildOutput("importklic", "OUTPUT"), Source.fromModelParameter("OBSTACLES")],
            "WORKS": Source.fromModelParameter("WORKS")},
           outputs=[("CONFLICTS", "CONFLICTS", "Conflicts along the trace", None),
                    ("OPPORTUNITIES", "OPPORTUNITIES", "Coupling opportunities", None),
                    ("REPORT", "REPORT", "Reservation check report (HTML)", None)])
    model.setHelpContent({
        "ALG_DESC": (
            "The municipal chain for a planned cable or pipe trace: reads the KLIC delivery (the ZIP as "
            "the Kadaster sends it, its folder or its GI_gebiedsinformatielevering XML) into cables and "
            "pipes with their depth, then checks the trace in 4D against them and against the street's "
            "other claims (trees, reservations, infiltration crates): where it comes closer than the "
            "clearance of the rules table in plan, depth and time, and which planned works it could be "
            "combined with. Writes the conflicts, the coupling opportunities and an HTML report for the "
            "permit or design meeting. Depths are m below ground level; unknown KLIC depths use the "
            "standard-profile depths of rules/default_depths.csv. The defaults of both algorithms apply "
            "(see their help); open the model in the graphical modeler to change them."),
        "ALG_CREATOR": "Ondergrond",
        "ALG_HELP_CREATOR": "Ondergrond",
        "KLIC": "The KLIC delivery or deliveries of the work area.",
        "TRACE": "The planned trace (for example the warmtenet trace) as lines; depth_m, width_m, height_m, "
                 "valid_from and valid_to per feature where known.",
        "OBSTACLES": "Other claims to check against, besides the KLIC cables and pipes.",
        "WORKS": "Planned works in the street (sewer or water-main replacement, wadi) with their execution "
                 "years: where the trace could be laid together with them.",
    })
    return model


def provincie():
    raise NotImplementedError("built once ondergrond:drinkingwaterprotection is registered")


MODELS = {"ondergrond_gemeente.model3": gemeente}


def build(folder=MODELS_DIR, names=None):
    """Write the models into ``folder``; returns their paths."""
    qgis_setup()
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for filename, factory in MODELS.items():
        if names and filename not in names:
            continue
        model = factory()
        path = folder / filename
        assert model.toFile(str(path)), path
        written.append(path)
    return written


if __name__ == "__main__":
    for written_path in build():
        print(written_path)
