"""Depth and time on every output when QGIS loads it (algorithms/depth3d.py, run by the style post-processor):
every output style whose layer carries depths gets a 3D renderer at its depth and, on QGIS >= 3.26, elevation
properties (z = -depth) for the Elevation Profile tool; every output with validity gets temporal properties.

Each output's style is applied exactly as Processing does when it loads the result (StylePostProcessor), on a
memory layer with that output's fields (tests/test_styles.py: OUTPUT_SCHEMAS, the template layers).
"""

import pytest
from conftest import elevation_of
from qgis.core import QgsDateTimeRange, QgsExpression, QgsProcessingContext, QgsProcessingFeedback
from qgis.PyQt.QtCore import QDate, QDateTime, QTime
from test_styles import OUTPUT_SCHEMAS, memory_layer

from ondergrond.algorithms import depth3d
from ondergrond.algorithms.base import StylePostProcessor
from ondergrond.compat import (
    HAS_ELEVATION_PROPERTIES,
    point_symbol_z,
    renderer_3d,
    symbol_3d,
    symbol_material,
    symbol_z,
)
from ondergrond.core import templates
from ondergrond.core.paths import STYLES_DIR

DEPTH_FIELDS = {"depth_m", "top_m", "band_top_m"}
TIME_FIELDS = {("valid_from", "valid_to"), ("overlap_from", "overlap_to")}
ELEVATION = HAS_ELEVATION_PROPERTIES
# Outputs whose layers carry depth or validity, and must therefore get 3D / time (the cross-section's output
# is in section coordinates, not on the map: it gets neither).
DEPTH_OUTPUTS = sorted(name for name, (_, fields) in OUTPUT_SCHEMAS.items()
                       if DEPTH_FIELDS & set(fields) and name != "crosssection")
TIME_OUTPUTS = sorted(name for name, (_, fields) in OUTPUT_SCHEMAS.items()
                      if any(a in fields and b in fields for a, b in TIME_FIELDS))


@pytest.fixture(scope="module")
def qgis_3d(qgis_app):
    from qgis._3d import Qgs3D

    Qgs3D.initialize()


def loaded(style_name, crs=True):
    geometry, fields = OUTPUT_SCHEMAS[style_name]
    layer = memory_layer(geometry, fields, name=style_name)
    if not crs:
        from qgis.core import QgsCoordinateReferenceSystem

        layer.setCrs(QgsCoordinateReferenceSystem())
    processor = StylePostProcessor(STYLES_DIR / "{}.qml".format(style_name))
    processor.postProcessLayer(layer, QgsProcessingContext(), QgsProcessingFeedback())
    return layer


def test_the_outputs_are_there():
    assert {"klic_utilities", "drinkingwaterprotection", "depthbandsuitability", "bodemenergie",
            "streetprofile_trace", "preferenceladder"} <= set(DEPTH_OUTPUTS)
    assert "reservation_conflicts" in TIME_OUTPUTS


@pytest.mark.parametrize("style_name", DEPTH_OUTPUTS)
def test_every_depth_output_gets_3d_and_elevation(style_name, qgis_3d):
    layer = loaded(style_name)
    assert layer.renderer3D() is not None, style_name
    if ELEVATION:
        from qgis.core import QgsMapLayerElevationProperties

        keys = getattr(QgsMapLayerElevationProperties, "Property", QgsMapLayerElevationProperties)
        z = layer.elevationProperties().dataDefinedProperties().property(keys.ZOffset)
        assert z.isActive() and "-" in z.expressionString(), style_name


@pytest.mark.parametrize("style_name", TIME_OUTPUTS)
def test_every_output_with_validity_gets_time(style_name):
    layer = loaded(style_name)
    assert layer.temporalProperties().isActive(), style_name


def test_section_coordinates_get_neither(qgis_3d):
    layer = loaded("crosssection", crs=False)
    assert layer.renderer3D() is None and not layer.temporalProperties().isActive()


def test_depths_by_hand(qgis_3d, make_layer):
    """A pipe 0.8 m deep falls in the 0.75-1.0 m bin, drawn with its top at the bin's middle (0.875 m): the
    tube's base at -(0.875 + 0.15); unknown depth is drawn at 1 m in grey; a volume 40-140 m is a prism
    from -140 up 100 m; a conflict in 2030-2035 shows in 2032 and not in 2040."""
    pipes = make_layer("LineString", {"utility_type": "string", "depth_m": "double", "diameter_m": "double"},
                       [{"wkt": "LINESTRING(0 0, 10 0)", "depth_m": 0.8, "diameter_m": 0.2}])
    depth3d.apply_depth(pipes)  # raises (apply only logs), so a version problem shows here
    rules = renderer_3d(pipes).rootRule().children()
    bin_rule = next(rule for rule in rules if rule.description() == "0.75-1 m")
    assert symbol_z(bin_rule.symbol()) == pytest.approx(-(0.875 + 0.15))
    unknown = next(rule for rule in rules if rule.description() == "depth unknown")
    assert symbol_z(unknown.symbol()) == pytest.approx(-(1.0 + 0.15))
    assert symbol_material(symbol_3d(unknown.symbol())).diffuse().name() == depth3d.UNKNOWN_COLOUR.lower()
    matching = [rule.description() for rule in rules if QgsExpression(rule.filterExpression()).evaluate(
        _context(pipes))]
    assert matching == ["0.75-1 m"]
    wells = make_layer("Point", {"depth_m": "double"}, [{"wkt": "POINT(0 0)", "depth_m": 2.5}])
    depth3d.apply(wells)
    rule = next(r for r in renderer_3d(wells).rootRule().children() if r.description() == "2-3 m")
    assert point_symbol_z(rule.symbol()) == pytest.approx(-(2.5 + 0.075))
    zones = make_layer("Polygon", {"top_m": "double", "bottom_m": "double"},
                       [{"wkt": "POLYGON((0 0, 10 0, 10 10, 0 0))", "top_m": 40.0, "bottom_m": 140.0}])
    depth3d.apply(zones)
    if ELEVATION:
        z_offset, extrusion = elevation_of(zones)
        assert z_offset == pytest.approx(-140.0)
        assert extrusion == pytest.approx(100.0)
    conflicts = make_layer("LineString", {"overlap_from": "integer", "overlap_to": "integer"},
                           [{"wkt": "LINESTRING(0 0, 1 1)", "overlap_from": 2030, "overlap_to": 2035}])
    depth3d.apply(conflicts)
    temporal = conflicts.temporalProperties()
    assert temporal.isActive()
    feature = next(conflicts.getFeatures())
    assert _visible(conflicts, feature, 2032) and not _visible(conflicts, feature, 2040)
    assert not _visible(conflicts, feature, 2029)


def _context(layer):
    from qgis.core import QgsExpressionContext, QgsExpressionContextUtils

    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(next(layer.getFeatures()))
    return context


def _visible(layer, feature, year):
    """Whether the temporal filter the controller would apply for ``year`` keeps the feature."""
    day = QDateTime(QDate(year, 6, 1), QTime(0, 0))
    expression = layer.temporalProperties().createFilterString(_temporal_context(), QgsDateTimeRange(day, day))
    return bool(QgsExpression(expression).evaluate(_context_with(layer, feature)))


def _temporal_context():
    from qgis.core import QgsVectorLayerTemporalContext

    return QgsVectorLayerTemporalContext()


def _context_with(layer, feature):
    from qgis.core import QgsExpressionContext, QgsExpressionContextUtils

    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(feature)
    return context


def test_temporal_range_fits_the_data(make_layer):
    """The project's temporal range (what the controller's 'set to full range' button uses) is the data's."""
    from qgis.core import QgsProject, QgsTemporalUtils

    layer = make_layer("LineString", {"valid_from": "integer", "valid_to": "integer"},
                       [{"wkt": "LINESTRING(0 0, 1 1)", "valid_from": 2026, "valid_to": 2030},
                        {"wkt": "LINESTRING(0 0, 2 2)", "valid_from": 2028, "valid_to": 2085}])
    depth3d.apply(layer)
    project = QgsProject()
    project.addMapLayer(layer)
    extent = QgsTemporalUtils.calculateTemporalRangeForProject(project)
    assert extent.begin().date() == QDate(2026, 1, 1)
    assert extent.end().date() == QDate(2085, 12, 31)


TEMPLATE_DEPTH_LAYERS = sorted(name for name in templates.LAYER_BY_NAME
                               if DEPTH_FIELDS & {f.name for f in templates.layer(name).fields})


@pytest.mark.parametrize("name", TEMPLATE_DEPTH_LAYERS)
def test_template_layers_keep_their_3d_and_get_elevation(name, qgis_3d):
    """The layer model (lagenbenadering) layers: their own 3D style is kept, elevation added (3.26+)."""
    from test_styles import schema_of

    from ondergrond.compat import load_style

    geometry, fields = schema_of(name)
    layer = memory_layer(geometry, fields, name=name)
    message, ok = load_style(layer, STYLES_DIR / "{}.qml".format(name))
    assert ok, message
    before = layer.renderer3D()
    depth3d.apply(layer)
    assert layer.renderer3D() is not None
    if before is not None:
        assert layer.renderer3D() is before
    if ELEVATION:
        from qgis.core import QgsMapLayerElevationProperties

        keys = getattr(QgsMapLayerElevationProperties, "Property", QgsMapLayerElevationProperties)
        assert layer.elevationProperties().dataDefinedProperties().property(keys.ZOffset).isActive()


@pytest.mark.skipif(not ELEVATION, reason="the Elevation Profile tool and layer elevation properties are QGIS 3.26+")
def test_elevation_profile_draws_pipes_at_their_depth(make_layer):
    """Two pipes crossing a 10 m profile line at 3 m and 7 m: one 0.8 m deep (blue at z = -0.8), one of unknown
    depth (grey at the assumed 1 m). Rendered by QGIS's profile renderer (what the Elevation Profile tool
    draws) on a 500 x 250 px plot of 0-10 m by z -2..0.5 m, so 100 px per metre of depth."""
    from qgis.core import QgsLineString, QgsPoint, QgsProfilePlotRenderer, QgsProfileRequest

    pipes = make_layer("LineString", {"depth_m": "double"},
                       [{"wkt": "LINESTRING(3 -5, 3 5)", "depth_m": 0.8}, {"wkt": "LINESTRING(7 -5, 7 5)"}])
    depth3d.apply(pipes)
    request = QgsProfileRequest(QgsLineString([QgsPoint(0, 0), QgsPoint(10, 0)]))
    request.setCrs(pipes.crs())
    request.setTolerance(0.5)
    renderer = QgsProfilePlotRenderer([pipes], request)
    renderer.startGeneration()
    renderer.waitForFinished()
    image = renderer.renderToImage(500, 250, 0.0, 10.0, -2.0, 0.5)
    found = {"blue": [], "grey": []}
    for x in range(image.width()):
        for y in range(image.height()):
            colour = image.pixelColor(x, y)
            if colour.alpha() < 200:
                continue
            key = "blue" if colour.name() == depth3d.DEPTH_COLOUR.lower() else \
                "grey" if colour.name() == depth3d.UNKNOWN_COLOUR.lower() else None
            if key:
                found[key].append((x / 50.0, 0.5 - y / 100.0))  # (distance m, z m)
    assert found["blue"] and found["grey"], "the profile draws nothing for pipes crossing it"
    for key, distance, z in (("blue", 3.0, -0.8), ("grey", 7.0, -1.0)):
        xs, zs = zip(*found[key])
        assert sum(xs) / len(xs) == pytest.approx(distance, abs=0.1)
        assert sum(zs) / len(zs) == pytest.approx(z, abs=0.05)
