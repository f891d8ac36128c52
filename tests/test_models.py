"""The bundled graphical models (models/*.model3): valid, registered, and they run headless on the sample data.

Each model is loaded with QgsProcessingModelAlgorithm (as the modeler and QGIS's model provider load
it), run through processing.run on the sample data, and its outputs compared with running the same
algorithms one after the other by hand: a model is only a chain, so the results must be identical.
"""

from pathlib import Path

import pytest
from conftest import ROOT, load_script
from workflow_cases import compare_rasters, compare_vector_layers

MODELS_DIR = ROOT / "models"
KLIC_FIXTURES = ROOT / "tests" / "fixtures" / "imkl"


def registry():
    from qgis.core import QgsApplication

    return QgsApplication.processingRegistry()


def load_model(filename):
    """The .model3 as QGIS's own model provider loads it; skips when a child algorithm is missing."""
    from qgis.core import QgsProcessingModelAlgorithm

    path = MODELS_DIR / filename
    if not path.exists():
        pytest.skip("models/{} is not built yet (scripts/build_models.py): its algorithms are not all on this "
                    "branch".format(filename))
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(path)), path
    missing = sorted(c.algorithmId() for c in model.childAlgorithms().values() if c.algorithm() is None)
    if missing:
        pytest.skip("{} needs {} which is not registered on this branch".format(filename, missing))
    return model


def build_script():
    return load_script("scripts/build_models.py")


def vector(path_or_layer, name="out"):
    from qgis.core import QgsVectorLayer

    layer = path_or_layer if isinstance(path_or_layer, QgsVectorLayer) else QgsVectorLayer(str(path_or_layer), name)
    assert layer.isValid(), path_or_layer
    return layer


def model_output(result, child, output):
    """A model's result for the output ``output`` of child ``child`` (QGIS names it 'child:output')."""
    return result["{}:{}".format(child, output)]


# ---- the files and their registration --------------------------------------------------------------

def test_every_bundled_model_file_is_declared(provider):
    from ondergrond.algorithms.models import BUNDLED

    assert {path.name for path in MODELS_DIR.glob("*.model3")} <= set(BUNDLED)


def test_the_zip_ships_the_models(plugin_zip):
    import zipfile

    with zipfile.ZipFile(plugin_zip) as archive:
        names = set(archive.namelist())
    for path in MODELS_DIR.glob("*.model3"):
        assert "ondergrond/models/" + path.name in names


@pytest.mark.parametrize("filename", ["ondergrond_gemeente.model3", "ondergrond_provincie.model3"])
def test_model_is_valid_registered_and_documented(provider, filename):
    import re

    from ondergrond.algorithms.models import BUNDLED

    model = load_model(filename)
    # QGIS's own validation of the chain (every child's required inputs connected, children available).
    ok, errors = model.validate()
    assert ok, errors
    registered = registry().algorithmById("ondergrond:" + BUNDLED[filename])
    assert registered is not None, "the provider did not register {}".format(filename)
    assert re.fullmatch(r"[a-z0-9]+", registered.name())
    assert registered.displayName() == model.displayName()
    assert registered.group() and registered.groupId() == "models"
    help_text = model.helpContent()
    assert len(help_text.get("ALG_DESC", "")) > 200, "the model's help must explain the chain"
    for parameter in model.parameterDefinitions():
        if not parameter.isDestination():
            assert re.fullmatch(r"[A-Z][A-Z0-9_]*", parameter.name()), parameter.name()
            assert help_text.get(parameter.name()) or parameter.flags() & parameter.FlagAdvanced, \
                "no help for the model input {}".format(parameter.name())
    assert "<h2>" in registered.shortHelpString() or len(registered.shortHelpString()) > 200
    # Running a copy: what the toolbox and processing.run do.
    copy = registered.create()
    assert copy.id() == registered.id() and copy.displayName() == registered.displayName()
    assert {p.name() for p in copy.parameterDefinitions()} == {p.name() for p in model.parameterDefinitions()}


@pytest.mark.parametrize("filename", ["ondergrond_gemeente.model3", "ondergrond_provincie.model3"])
def test_model_file_is_what_the_build_script_writes(provider, filename, tmp_path):
    load_model(filename)  # skips when its algorithms are not registered
    written = build_script().build(tmp_path, names=[filename])
    assert written, filename
    # Qt writes XML attributes in a random order: compare the canonical form (C14N sorts them).
    assert canonical_xml(written[0]) == canonical_xml(MODELS_DIR / filename), \
        "models/{} differs from what scripts/build_models.py writes: run it and commit".format(filename)


def canonical_xml(path):
    import xml.etree.ElementTree as ElementTree

    text = Path(path).read_text(encoding="utf-8").replace("<!DOCTYPE model>", "")
    return ElementTree.canonicalize(text, strip_text=True)


# ---- the municipal chain ----------------------------------------------------------------------------

def sample(sample_gpkg, name):
    return "{}|layername={}".format(sample_gpkg, name)


def klic_delivery():
    deliveries = sorted(KLIC_FIXTURES.glob("*/GI_gebiedsinformatielevering_*.xml"))
    if not deliveries:
        pytest.skip("no IMKL test delivery under tests/fixtures/imkl")
    return [str(path) for path in deliveries]


def test_gemeente_model_equals_the_chain_by_hand(provider, run_alg, make_layer, sample_gpkg, tmp_path):
    model = load_model("ondergrond_gemeente.model3")
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    klic = klic_delivery()
    # The trace crosses the KLIC test delivery's cables (y 503000 and 503005, x 203000-203040); the
    # sample's other street claims and planned works come in through OBSTACLES and WORKS.
    trace = make_layer("LineString", {"depth_m": "double", "width_m": "double", "height_m": "double",
                                      "valid_from": "integer", "valid_to": "integer"},
                       [{"wkt": "LINESTRING(203020 502980, 203020 503030)", "depth_m": 0.8, "width_m": 1.0,
                         "height_m": 0.6, "valid_from": 2028, "valid_to": 2087}], name="trace")
    obstacles = [sample(sample_gpkg, n) for n in ("netwerk_bomen", "netwerk_infiltratiekratten",
                                                   "netwerk_reserveringen")]
    works = [sample(sample_gpkg, "netwerk_geplande_werken"), sample(sample_gpkg, "netwerk_geplande_werken_vlak")]

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    by_model = tmp_path / "model"
    by_model.mkdir()
    result = processing.run(model, {
        "KLIC": klic, "TRACE": trace, "OBSTACLES": obstacles, "WORKS": works, "CONSTRUCTION_YEAR": 2028,
        "importklic:KLIC_LINES": str(by_model / "klic.gpkg"), "importklic:KLIC_POINTS": str(by_model / "punten.gpkg"),
        "importklic:KLIC_ZONES": str(by_model / "zones.gpkg"),
        "reservationcheck:CONFLICTS": str(by_model / "conflicts.gpkg"),
        "reservationcheck:OPPORTUNITIES": str(by_model / "kansen.gpkg"),
        "reservationcheck:REPORT": str(by_model / "rapport.html")}, context=context, feedback=QgsProcessingFeedback())

    # The same chain by hand.
    by_hand = tmp_path / "hand"
    by_hand.mkdir()
    imported = run_alg("ondergrond:importklic", {
        "INPUT": klic, "OUTPUT": str(by_hand / "klic.gpkg"), "OUTPUT_POINTS": str(by_hand / "punten.gpkg"),
        "OUTPUT_ZONES": str(by_hand / "zones.gpkg")})
    checked = run_alg("ondergrond:reservationcheck", {
        "TRACE": trace, "CONSTRUCTION_YEAR": 2028, "WORKS": works,
        "OBSTACLES": [imported["OUTPUT"], imported["OUTPUT_POINTS"], imported["OUTPUT_ZONES"]] + obstacles,
        "CONFLICTS": str(by_hand / "conflicts.gpkg"), "OPPORTUNITIES": str(by_hand / "kansen.gpkg"),
        "REPORT": str(by_hand / "rapport.html")})

    klic_lines = vector(model_output(result, "importklic", "KLIC_LINES"))
    assert klic_lines.featureCount() == imported["LINES"] > 0
    compare_vector_layers(vector(imported["OUTPUT"]), klic_lines, "KLIC lines")
    conflicts = vector(model_output(result, "reservationcheck", "CONFLICTS"))
    compare_vector_layers(vector(checked["CONFLICTS"]), conflicts, "conflicts")
    compare_vector_layers(vector(checked["OPPORTUNITIES"]),
                          vector(model_output(result, "reservationcheck", "OPPORTUNITIES")), "opportunities")
    # The trace crosses the KLIC cables: the model found conflicts with them, not only with sample claims.
    assert conflicts.featureCount() == checked["CONFLICT_COUNT"] > 0
    klic_layer_names = {f["obstacle_layer"] for f in conflicts.getFeatures()} - {
        "netwerk_bomen", "netwerk_infiltratiekratten", "netwerk_reserveringen"}
    assert klic_layer_names, "no conflict with a KLIC cable"
    report = Path(model_output(result, "reservationcheck", "REPORT")).read_text(encoding="utf-8")
    assert "<html" in report.lower()


def test_gemeente_model_on_a_real_delivery_reports_the_precaution_zone(provider, realdata, make_layer, tmp_path):
    """Kadaster's test delivery 18G007160: a trace through the gasHogeDruk precaution zone (EV1, the polygon
    x 155088-155104, y 388029-388046) gives the EV conflict, and the graafpolygoon (the whole request area
    154980-155120 x 387980-388140, which the trace lies in entirely) gives none."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    model = load_model("ondergrond_gemeente.model3")
    trace = make_layer("LineString", {"name": "string"},
                       [{"wkt": "LINESTRING(155080 388037, 155094 388037)", "name": "through EV1"}], name="trace")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    result = processing.run(model, {
        "KLIC": [str(realdata / "b4udignl_klic" / "18G007160_1")], "TRACE": trace, "CONSTRUCTION_YEAR": 2028,
        "importklic:KLIC_LINES": str(tmp_path / "klic.gpkg"), "importklic:KLIC_POINTS": str(tmp_path / "p.gpkg"),
        "importklic:KLIC_ZONES": str(tmp_path / "z.gpkg"),
        "reservationcheck:CONFLICTS": str(tmp_path / "conflicts.gpkg"),
        "reservationcheck:OPPORTUNITIES": str(tmp_path / "kansen.gpkg"),
        "reservationcheck:REPORT": str(tmp_path / "rapport.html")}, context=context, feedback=QgsProcessingFeedback())
    conflicts = list(vector(model_output(result, "reservationcheck", "CONFLICTS")).getFeatures())
    zones = {f.id(): f["zone_type"] for f in vector(model_output(result, "importklic", "KLIC_ZONES")).getFeatures()}
    # The trace (1 m wide) enters the zone's west edge x = 155088 at chainage 8, its envelope 0.5 m earlier
    # (a clash from chainage 7), and ends inside it at 14: one clash, nothing else within reach.
    assert [(f["obstacle_type"], f["conflict"], f["chainage_from_m"], f["chainage_to_m"]) for f in conflicts] == [
        ("EisVoorzorgsmaatregel", "clash", 7.0, 14.0)]
    assert zones[conflicts[0]["obstacle_id"]] == "AanduidingEisVoorzorgsmaatregel"
    assert "Graafpolygoon" in zones.values()
    # The points (appurtenances and the two depth measurements) reached the check too.
    points = vector(model_output(result, "importklic", "KLIC_POINTS"))
    assert points.featureCount() == 38


# ---- the provincial chain ---------------------------------------------------------------------------

def test_provincie_model_equals_the_chain_by_hand(provider, run_alg, sample_gpkg, tmp_path):
    model = load_model("ondergrond_provincie.model3")
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    wells = sample(sample_gpkg, "ondergrond_winputten")
    # The province's other claims; the boringsvrije zone comes from the wells (protective clay at 45 m,
    # as in the sample's ondergrond_boringsvrije_zone).
    constraints = [sample(sample_gpkg, n) for n in (
        "ondergrond_ngr", "ondergrond_aquifer", "ondergrond_breukzone", "ondergrond_zoutstructuur",
        "ondergrond_wko_bestaand", "ondergrond_geothermie_gepland")]
    settings = {"BANDS": "0-30,30-100,100-500", "DEPTH_TOP": 30, "DEPTH_BOTTOM": 100, "YEAR": 2030, "CELL_SIZE": 100}
    # The aquifer as the province sets it: particle tracking with recharge in a regional flow.
    aquifer = {"METHOD": 1, "THICKNESS": 30.0, "POROSITY": 0.35, "RECHARGE": 0.3, "REGIONAL_FLUX": 0.02,
               "FLOW_DIRECTION": 300}
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    by_model = tmp_path / "model"
    by_model.mkdir()
    result = processing.run(model, dict(
        settings, WELLS=wells, CONSTRAINTS=constraints, PROTECTIVE_LAYER_DEPTH=45, **aquifer,
        **{"drinkingwaterprotection:ZONES": str(by_model / "zones.gpkg"),
           "depthbandsuitability:SUITABILITY": str(by_model / "suitability.gpkg"),
           "depthbandsuitability:MATRIX": str(by_model / "matrix.html"),
           "cumulationheatmap:HEATMAP": str(by_model / "heatmap.tif")}),
        context=context, feedback=QgsProcessingFeedback())

    by_hand = tmp_path / "hand"
    by_hand.mkdir()
    zones = run_alg("ondergrond:drinkingwaterprotection", {
        "INPUT": wells, "PROTECTIVE_LAYER_DEPTH": 45, **aquifer, "OUTPUT": str(by_hand / "zones.gpkg")})["OUTPUT"]
    suitability = run_alg("ondergrond:depthbandsuitability", {
        "CONSTRAINTS": [zones] + constraints, "BANDS": settings["BANDS"], "CELL_SIZE": settings["CELL_SIZE"],
        "OUTPUT": str(by_hand / "suitability.gpkg"), "MATRIX": str(by_hand / "matrix.html")})
    heatmap = run_alg("ondergrond:cumulationheatmap", {
        "LAYERS": [zones] + constraints, "MODE": 1, "DEPTH_TOP": 30, "DEPTH_BOTTOM": 100, "YEAR": 2030,
        "CELL_SIZE": settings["CELL_SIZE"], "OUTPUT": str(by_hand / "heatmap.tif")})

    model_zones = vector(model_output(result, "drinkingwaterprotection", "ZONES"))
    assert model_zones.featureCount() > 0
    assert {f["recharge_m_year"] for f in model_zones.getFeatures()} == {0.3}  # the model passed the recharge on
    assert {f["method"] for f in model_zones.getFeatures()} == {"regional flow"}
    compare_vector_layers(vector(zones), model_zones, "zones")
    compare_vector_layers(vector(suitability["OUTPUT"]),
                          vector(model_output(result, "depthbandsuitability", "SUITABILITY")), "suitability")
    compare_rasters(heatmap["OUTPUT"], model_output(result, "cumulationheatmap", "HEATMAP"), "heatmap")
    assert heatmap["MAX_VALUE"] > 0
    assert Path(model_output(result, "depthbandsuitability", "MATRIX")).stat().st_size > 0
