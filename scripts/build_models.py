"""Write the bundled graphical models, models/*.model3, with QGIS's own model classes.

    python scripts/build_models.py          (after `source scripts/env.sh`)

The models are built with QgsProcessingModelAlgorithm against the registered algorithms and saved
as toFile() does (in a form every QGIS from 3.22 on reads alike: see version_neutral), so the XML is
what the graphical modeler writes and reads; open them in the
modeler (Processing > Graphical Modeler > Open) to change the layout. Edit this script, not the
.model3 files, when a chain changes: tests/test_models.py checks the files match what it builds.

- ondergrond_provincie.model3: wells -> drinking-water protection zones -> depth-band suitability
  (the zones plus the province's constraint layers) -> cumulation heatmap of all claims in a depth
  band and year.
- ondergrond_gemeente.model3: KLIC delivery -> import (lines, points, zones) -> 4D reservation check of a
  trace against all three -> report.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODELS_DIR = ROOT / "models"
_KEEP = []  # the QgsApplication and provider must outlive qgis_setup()


class MissingAlgorithmError(Exception):
    pass


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
    if child.algorithm() is None:
        raise MissingAlgorithmError("{} is not registered: build the models where it is".format(algorithm_id))
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
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterMultipleLayers,
        QgsProcessingParameterNumber,
    )

    from ondergrond.algorithms.base import advanced

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
    _parameter(model, advanced(year), 180, 400)

    _child(model, "importklic", "ondergrond:importklic", "Import the KLIC delivery", 560, 80,
           {"INPUT": Source.fromModelParameter("KLIC"), "DEPTH_TOLERANCE": Source.fromStaticValue(1.0)},
           outputs=[("KLIC_LINES", "OUTPUT", "KLIC cables and pipes", None),
                    ("KLIC_POINTS", "OUTPUT_POINTS", "KLIC appurtenances and depth measurements", None),
                    ("KLIC_ZONES", "OUTPUT_ZONES", "KLIC precaution zones and excavation polygons", None)])
    _child(model, "reservationcheck", "ondergrond:reservationcheck", "4D reservation check of the trace", 560, 280,
           {"TRACE": Source.fromModelParameter("TRACE"),
            "CONSTRUCTION_YEAR": Source.fromModelParameter("CONSTRUCTION_YEAR"),
            "OBSTACLES": [Source.fromChildOutput("importklic", "OUTPUT"),
                          Source.fromChildOutput("importklic", "OUTPUT_POINTS"),
                          Source.fromChildOutput("importklic", "OUTPUT_ZONES"), Source.fromModelParameter("OBSTACLES")],
            "WORKS": Source.fromModelParameter("WORKS")},
           outputs=[("CONFLICTS", "CONFLICTS", "Conflicts along the trace", None),
                    ("OPPORTUNITIES", "OPPORTUNITIES", "Coupling opportunities", None),
                    ("REPORT", "REPORT", "Reservation check report (HTML)", None)])
    model.setParameterOrder(["KLIC", "TRACE", "OBSTACLES", "WORKS", "CONSTRUCTION_YEAR"])
    model.setHelpContent({
        "ALG_DESC": (
            "The municipal chain for a planned cable or pipe trace: reads the KLIC delivery (the ZIP as "
            "the Kadaster sends it, its folder or its GI_gebiedsinformatielevering XML) into cables and "
            "pipes with their depth, appurtenances and depth measurements (points) and precaution zones "
            "(EV; the graafpolygoon, the request area, is never an obstacle), then checks the trace in 4D "
            "against all of them and against the street's "
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
    """Wells -> drinking-water protection zones -> depth-band suitability -> cumulation heatmap."""
    from qgis.core import (
        QgsApplication,
        QgsProcessing,
        QgsProcessingModelAlgorithm,
        QgsProcessingParameterEnum,
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterMultipleLayers,
        QgsProcessingParameterNumber,
        QgsProcessingParameterString,
    )

    from ondergrond.algorithms.base import advanced

    Source = _sources()
    suitability = QgsApplication.processingRegistry().algorithmById("ondergrond:depthbandsuitability")
    if suitability is None:
        raise MissingAlgorithmError("ondergrond:depthbandsuitability is not registered")
    model = QgsProcessingModelAlgorithm(
        "Province: drinking water to cumulation", "Ondergrond", "ondergrond")
    _parameter(model, QgsProcessingParameterFeatureSource(
        "WELLS", "Drinking-water abstraction wells (points with rate_m3_year, thickness_m, porosity)",
        [QgsProcessing.SourceType.TypeVectorPoint]), 180, 60)
    _parameter(model, QgsProcessingParameterMultipleLayers(
        "CONSTRAINTS", "The province's other claims and constraints (with kind, top_m, bottom_m)",
        QgsProcessing.SourceType.TypeVectorAnyGeometry), 180, 160)
    _parameter(model, QgsProcessingParameterNumber(
        "PROTECTIVE_LAYER_DEPTH", "Protective clay layer depth for the boringsvrije zone (m below ground level)",
        QgsProcessingParameterNumber.Type.Double, optional=True, minValue=0.0), 180, 240)
    _parameter(model, QgsProcessingParameterString(
        "BANDS", "Depth bands for the suitability (m below ground level, e.g. 0-30,30-100)",
        defaultValue=suitability.parameterDefinition("BANDS").defaultValue()), 180, 320)
    _parameter(model, QgsProcessingParameterNumber(
        "DEPTH_TOP", "Heatmap depth band top (m below ground level)", QgsProcessingParameterNumber.Type.Double,
        30.0, minValue=0.0), 180, 400)
    _parameter(model, QgsProcessingParameterNumber(
        "DEPTH_BOTTOM", "Heatmap depth band bottom (m below ground level)",
        QgsProcessingParameterNumber.Type.Double, 100.0, minValue=0.0), 180, 480)
    _parameter(model, QgsProcessingParameterNumber(
        "YEAR", "Heatmap year (only claims valid in this year)", QgsProcessingParameterNumber.Type.Integer,
        2030, minValue=1900, maxValue=2200), 180, 560)
    cell = QgsProcessingParameterNumber(
        "CELL_SIZE", "Cell size (m)", QgsProcessingParameterNumber.Type.Double, 25.0, minValue=0.01)
    _parameter(model, advanced(cell), 180, 640)
    # The aquifer: general values for wells without thickness_m, porosity or recharge_m_year (logged per well).
    _parameter(model, QgsProcessingParameterEnum(
        "METHOD", "Protection zone method", options=["Volume balance (no regional flow)",
                                                     "Regional flow (backward particle tracking)"],
        defaultValue=0), -180, 60)
    _parameter(model, QgsProcessingParameterNumber(
        "THICKNESS", "Aquifer thickness for wells without thickness_m (m)", QgsProcessingParameterNumber.Type.Double,
        30.0, minValue=0.01), -180, 140)
    _parameter(model, QgsProcessingParameterNumber(
        "POROSITY", "Effective porosity for wells without porosity (-)", QgsProcessingParameterNumber.Type.Double,
        0.35, minValue=0.01, maxValue=1.0), -180, 220)
    _parameter(model, QgsProcessingParameterNumber(
        "RECHARGE", "Recharge for wells without recharge_m_year (m/year; 0 = confined)",
        QgsProcessingParameterNumber.Type.Double, 0.0, minValue=0.0, maxValue=10.0), -180, 300)
    for name, description, default, position in (
            ("REGIONAL_FLUX", "Regional groundwater flow for method 1: Darcy flux (m/d)", 0.0, 380),
            ("FLOW_DIRECTION", "Regional groundwater flow: direction it flows towards (degrees clockwise from north)",
             0.0, 460)):
        flow = QgsProcessingParameterNumber(name, description, QgsProcessingParameterNumber.Type.Double, default)
        _parameter(model, advanced(flow), -180, position)

    zones = Source.fromChildOutput("drinkingwaterprotection", "OUTPUT")
    _child(model, "drinkingwaterprotection", "ondergrond:drinkingwaterprotection",
           "Drinking-water protection zones around the wells", 560, 80,
           {"INPUT": Source.fromModelParameter("WELLS"),
            "PROTECTIVE_LAYER_DEPTH": Source.fromModelParameter("PROTECTIVE_LAYER_DEPTH"),
            **{name: Source.fromModelParameter(name)
               for name in ("METHOD", "THICKNESS", "POROSITY", "RECHARGE", "REGIONAL_FLUX", "FLOW_DIRECTION")}},
           outputs=[("ZONES", "OUTPUT", "Drinking-water protection zones", None)])
    _child(model, "depthbandsuitability", "ondergrond:depthbandsuitability",
           "Suitability per depth band (zones and constraints)", 560, 300,
           {"CONSTRAINTS": [zones, Source.fromModelParameter("CONSTRAINTS")],
            "BANDS": Source.fromModelParameter("BANDS"), "CELL_SIZE": Source.fromModelParameter("CELL_SIZE")},
           outputs=[("SUITABILITY", "OUTPUT", "Suitability per depth band", None),
                    ("MATRIX", "MATRIX", "Suitability matrix (HTML)", None)])
    _child(model, "cumulationheatmap", "ondergrond:cumulationheatmap",
           "Cumulation heatmap of all claims in the band and year", 560, 520,
           {"LAYERS": [zones, Source.fromModelParameter("CONSTRAINTS")], "MODE": Source.fromStaticValue(1),
            "DEPTH_TOP": Source.fromModelParameter("DEPTH_TOP"),
            "DEPTH_BOTTOM": Source.fromModelParameter("DEPTH_BOTTOM"), "YEAR": Source.fromModelParameter("YEAR"),
            "CELL_SIZE": Source.fromModelParameter("CELL_SIZE")},
           outputs=[("HEATMAP", "OUTPUT", "Cumulation heatmap", None)])
    model.setParameterOrder(["WELLS", "METHOD", "THICKNESS", "POROSITY", "RECHARGE", "REGIONAL_FLUX",
                             "FLOW_DIRECTION", "CONSTRAINTS", "PROTECTIVE_LAYER_DEPTH", "BANDS", "DEPTH_TOP",
                             "DEPTH_BOTTOM", "YEAR", "CELL_SIZE"])
    model.setHelpContent({
        "ALG_DESC": (
            "The provincial chain for the subsurface: from the drinking-water abstraction wells, draws "
            "their protection zones (travel-time zones from the abstraction rate, aquifer thickness, "
            "porosity and recharge of each well, and the boringsvrije zone below the protective clay layer), then "
            "evaluates per depth band where each function (ground energy, geothermal, storage, ...) is "
            "suitable, conditional or excluded given those zones and the province's other claims, and "
            "finally maps where all claims stack up in one depth band and year (the cumulation heatmap: "
            "the sum of the claims' weight field, 1 for a claim without it). Depths are m below ground "
            "level; years are inclusive. The defaults of the three algorithms apply (see their help: the "
            "travel times 60 days, 25 and 100 years, the rules tables in rules/, cell size 25 m); open the "
            "model in the graphical modeler to change them."),
        "ALG_CREATOR": "Ondergrond",
        "ALG_HELP_CREATOR": "Ondergrond",
        "WELLS": "The abstraction wells, with their rate (m3/year), aquifer thickness (m) and effective "
                 "porosity (-) per well where known.",
        "METHOD": "0: volume balance (circles, no regional flow); 1: backward particle tracking through the "
                  "wells, the regional flow and the recharge (well fields share their zones).",
        "THICKNESS": "Aquifer thickness for wells without a thickness_m value; the log lists every well that "
                     "used it. 30 m is typical for Dutch sandy aquifers: use REGIS II (TNO/BRO) locally.",
        "POROSITY": "Effective porosity for wells without a porosity value (0.35: sand).",
        "RECHARGE": "Recharge from precipitation for wells without a recharge_m_year value: 0 for a confined "
                    "aquifer, 0.25-0.35 m/year for phreatic Dutch sandy aquifers (KWR). With recharge the 25- "
                    "and 100-year zones are much smaller than the confined ones.",
        "REGIONAL_FLUX": "Darcy flux of the regional groundwater flow for method 1 (m/d).",
        "FLOW_DIRECTION": "Direction the regional groundwater flows towards, degrees clockwise from north.",
        "CONSTRAINTS": "The other claims and constraints of the province: boringsvrije zones, NGR, aquifers, "
                       "faults, salt structures, ground-energy systems, geothermal plans, each with a kind "
                       "and a depth range top_m-bottom_m.",
        "PROTECTIVE_LAYER_DEPTH": "Depth of the top of the protective clay layer: drilling below it is "
                                  "banned in the boringsvrije zone. Empty: no boringsvrije zone is drawn.",
        "BANDS": "The depth bands of the suitability, in m below ground level.",
        "DEPTH_TOP": "Top of the depth band the cumulation heatmap looks at.",
        "DEPTH_BOTTOM": "Bottom of that depth band.",
        "YEAR": "Only claims valid in this year count in the heatmap.",
    })
    return model


MODELS = {"ondergrond_gemeente.model3": gemeente, "ondergrond_provincie.model3": provincie}


def build(folder=MODELS_DIR, names=None):
    """Write the models into ``folder``; returns their paths."""
    qgis_setup()
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for filename, factory in MODELS.items():
        if names and filename not in names:
            continue
        try:
            model = factory()
        except MissingAlgorithmError as missing:
            print("skipped {}: {}".format(filename, missing))
            continue
        path = folder / filename
        write_model(model, path)
        written.append(path)
    return written


# Keys of a model that QGIS 3.22 does not write; newer versions write them empty.
_NEWER_EMPTY_KEYS = ("outputGroup", "outputOrder")


def _options(element):
    """The <Option> child elements of a QDomElement, as {name: element}."""
    found = {}
    child = element.firstChildElement("Option")
    while not child.isNull():
        found[child.attribute("name")] = child
        child = child.nextSiblingElement("Option")
    return found


def version_neutral(document):
    """Edit a .model3 QDomDocument (what toFile() writes) so that every QGIS from 3.22 on reads it alike,
    whichever QGIS built it:

    - no "internal_version": read as Version1, the model's outputs keep their ``<child>:<OUTPUT>`` names
      (importklic:KLIC_LINES, ...) on every version. QGIS 3.40 gives a model made in Python Version2, which
      names its outputs after their descriptions ("conflicts_along_the_trace"): documented names would change;
    - no destination parameters under "parameterDefinitions": QGIS derives them from the children's model
      outputs whenever it loads a model (updateDestinationParameters), and newer versions add metadata;
    - keys that newer versions add with empty values are left out.
    """
    root = document.documentElement()
    options = _options(root)
    if "internal_version" in options:
        root.removeChild(options["internal_version"])
    for key in _NEWER_EMPTY_KEYS:
        element = options.get(key)
        if element is not None and not element.attribute("value") and not _options(element):
            root.removeChild(element)
    destinations = set()
    for child_id, child in _options(options["children"]).items() if "children" in options else ():
        outputs = _options(child).get("outputs")
        destinations.update("{}:{}".format(child_id, name) for name in (_options(outputs) if outputs else {}))
    definitions = options.get("parameterDefinitions")
    for name, definition in (_options(definitions) if definitions is not None else {}).items():
        metadata = _options(definition).get("metadata")
        if name in destinations or (metadata is not None and "_modelChildId" in _options(metadata)):
            definitions.removeChild(definition)
    return document


def write_model(model, path):
    """toFile(), then version_neutral() on what it wrote."""
    from qgis.PyQt.QtXml import QDomDocument

    assert model.toFile(str(path)), path
    document = QDomDocument()
    assert document.setContent(Path(path).read_text(encoding="utf-8"))
    Path(path).write_text(version_neutral(document).toString(2), encoding="utf-8")


if __name__ == "__main__":
    for written_path in build():
        print(written_path)
