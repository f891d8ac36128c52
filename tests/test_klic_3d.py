"""The KLIC import's outputs as Processing loads them (the style post-processor, then algorithms/depth3d.py):
cables, depth measurements and appurtenances in 3D at their depth_m (and, on QGIS >= 3.26, with elevation
properties); the precaution zones and excavation polygons stay 2D (IMKL gives them no depth)."""

import tempfile
from pathlib import Path

import pytest
from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

from ondergrond.compat import HAS_ELEVATION_PROPERTIES, point_symbol_z, renderer_3d

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "imkl"
INPUTS = [FIXTURES / "26X000001_1", FIXTURES / "26X000002_1" / "GI_gebiedsinformatielevering_26X000002_1_V2.xml"]


@pytest.fixture(scope="module")
def loaded(provider):
    """{output: layer} as processing.runAndLoadResults leaves them: each output's post-processor applied."""
    import processing
    from qgis._3d import Qgs3D

    Qgs3D.initialize()
    folder = Path(tempfile.mkdtemp(prefix="klic3d_"))
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    from qgis.core import QgsProcessingOutputLayerDefinition

    def load_on_completion(name):  # what the dialog and runAndLoadResults hand over: loaded on completion
        definition = QgsProcessingOutputLayerDefinition(str(folder / name), QgsProject.instance())
        return definition

    parameters = {"INPUT": [str(path) for path in INPUTS], "OUTPUT": load_on_completion("lines.gpkg"),
                  "OUTPUT_POINTS": load_on_completion("points.gpkg"), "OUTPUT_ZONES": load_on_completion("zones.gpkg")}
    result = processing.run("ondergrond:importklic", parameters, context=context, feedback=QgsProcessingFeedback())
    details = context.layersToLoadOnCompletion()
    assert len(details) == 3, list(details)
    layers = {}
    for key in ("OUTPUT", "OUTPUT_POINTS", "OUTPUT_ZONES"):
        source = result[key]
        layer = QgsVectorLayer(source, key, "ogr")
        assert layer.isValid(), source
        processor = details[source].postProcessor()
        assert processor is not None, key
        processor.postProcessLayer(layer, context, QgsProcessingFeedback())
        layers[key] = layer
    yield layers
    # the layers first, then the context that owns the post-processors, while QGIS still runs
    import gc

    layers.clear()
    del details, context
    gc.collect()


def _matching_rules(layer, feature):
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(feature)
    return [rule for rule in renderer_3d(layer).rootRule().children()
            if QgsExpression(rule.filterExpression()).evaluate(context)]


def _elevation_z(layer, feature):
    from qgis.core import QgsMapLayerElevationProperties

    keys = getattr(QgsMapLayerElevationProperties, "Property", QgsMapLayerElevationProperties)
    prop = layer.elevationProperties().dataDefinedProperties().property(keys.ZOffset)
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(feature)
    return prop.isActive(), prop.value(context)[0]


def test_depth_measurements_and_appurtenances_in_3d_by_depth_m(loaded):
    points = loaded["OUTPUT_POINTS"]
    assert points.renderer3D() is not None
    rules = renderer_3d(points).rootRule().children()
    assert all('"depth_m"' in rule.filterExpression() for rule in rules)
    measured = [f for f in points.getFeatures() if f["object_type"] == "DiepteTovMaaiveld"]
    appurtenances = [f for f in points.getFeatures() if f["object_type"] in ("Kast", "Mast", "Appurtenance")]
    assert measured and appurtenances
    for feature in measured:
        depth = feature["depth_m"]
        # the bin of its depth; the sphere (0.15 m) sits with its top at the bin's middle: centre at -(mid + 0.075)
        low, high = next((a, b) for a, b in zip((0.0, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0),
                                                (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 5.0)) if a <= depth < b)
        (rule,) = _matching_rules(points, feature)
        assert rule.description() == "{:g}-{:g} m".format(low, high)
        assert point_symbol_z(rule.symbol()) == pytest.approx(-((low + high) / 2 + 0.075))
        if HAS_ELEVATION_PROPERTIES:
            active, z = _elevation_z(points, feature)
            assert active and z == pytest.approx(-depth)
    for feature in appurtenances:  # no depth in IMKL: drawn at 1 m, grey
        (rule,) = _matching_rules(points, feature)
        assert rule.description() == "depth unknown"


def test_cables_in_3d_and_zones_stay_2d(loaded):
    lines, zones = loaded["OUTPUT"], loaded["OUTPUT_ZONES"]
    assert lines.renderer3D() is not None
    heat = next(f for f in lines.getFeatures() if f["link_id"] == "nl.imkl-KL9002.ul_4")  # 1.20 m deep
    assert [rule.description() for rule in _matching_rules(lines, heat)] == ["1-1.25 m"]
    assert zones.featureCount() == 4 and zones.renderer() is not None
    assert zones.renderer3D() is None  # precaution zones have no depth: no made-up volume
    if HAS_ELEVATION_PROPERTIES:
        from qgis.core import QgsMapLayerElevationProperties

        keys = getattr(QgsMapLayerElevationProperties, "Property", QgsMapLayerElevationProperties)
        assert not zones.elevationProperties().dataDefinedProperties().property(keys.ZOffset).isActive()
