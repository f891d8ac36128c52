"""Outputs read well when they load: split per function, legends stretched and translated, aliases."""

import numpy as np
import pytest
from osgeo import gdal, osr


def suitability_rows():
    rows = []
    for function, bands in (("wko open", (("30-100", 30.0), ("100-500", 100.0))),
                            ("kabels en leidingen", (("0-3", 0.0),))):
        for band, top in bands:
            for verdict in (1, 3):
                rows.append({"wkt": "POLYGON((0 0, 10 0, 10 10, 0 0))", "function": function, "band": band,
                             "band_top_m": top, "band_bottom_m": top + 10, "verdict": verdict,
                             "verdict_label": "x", "reasons": "", "area_m2": 50.0})
    return rows


FIELDS = {"function": "string", "band": "string", "band_top_m": "double", "band_bottom_m": "double",
          "verdict": "integer", "verdict_label": "string", "reasons": "string", "area_m2": "double"}


def test_suitability_is_split_per_function_and_band(make_layer):
    from qgis.core import QgsRuleBasedRenderer

    from ondergrond.algorithms.presentation import apply_style

    layer = make_layer("Polygon", FIELDS, suitability_rows())
    assert apply_style(layer, "depthbandsuitability")[0]
    renderer = layer.renderer()
    assert isinstance(renderer, QgsRuleBasedRenderer)
    functions = renderer.rootRule().children()
    # ordered by their shallowest band: cables (0 m) before open WKO (30 m); only the first one is on
    assert [rule.label() for rule in functions] == ["kabels en leidingen", "wko open"]
    assert [rule.active() for rule in functions] == [True, False]
    wko_bands = functions[1].children()
    assert [(rule.label(), rule.active()) for rule in wko_bands] == [("30-100 m", True), ("100-500 m", False)]
    # each band holds the three verdict classes, translated
    assert [rule.label() for rule in wko_bands[0].children()] == ["Suitable", "Conditional", "Excluded"]
    assert layer.attributeAlias(layer.fields().indexOf("band")) == "Depth band (m)"


def test_conflicts_get_a_casing_and_labels(make_layer):
    from ondergrond.algorithms.presentation import apply_style

    layer = make_layer("LineString", {"conflict": "string", "gap_m": "double", "required_m": "double",
                                      "time_overlap": "boolean", "depth_assumed": "boolean"},
                       [{"wkt": "LINESTRING(0 0, 10 0)", "conflict": "clash", "gap_m": 0, "required_m": 0.5,
                         "time_overlap": True, "depth_assumed": False}])
    assert apply_style(layer, "reservation_conflicts")[0]
    assert layer.labelsEnabled()
    clash = [rule for rule in layer.renderer().rootRule().descendants() if rule.label() == "Clash (no gap)"][0]
    assert clash.symbol().symbolLayer(0).color().name() == "#1a1a1a"
    layers_before = clash.symbol().symbolLayerCount()
    from ondergrond.algorithms.presentation import emphasise_conflicts

    emphasise_conflicts(layer)  # a second time adds no second casing
    assert clash.symbol().symbolLayerCount() == layers_before


def test_imkl_codes_read_as_dutch_names_in_the_legend(make_layer):
    from ondergrond.algorithms.presentation import apply_style

    layer = make_layer("LineString", {"utility_type": "string"},
                       [{"wkt": "LINESTRING(0 0, 10 0)", "utility_type": "gasLageDruk"}])
    assert apply_style(layer, "klic_utilities")[0]
    labels = {category.value(): category.label() for category in layer.renderer().categories()}
    assert labels["gasLageDruk"] == "Gas lage druk"
    assert labels["rioolVrijverval"] == "Riool vrijverval"


def test_protection_zones_largest_first_and_labelled(make_layer):
    from ondergrond.algorithms.presentation import apply_style

    layer = make_layer("Polygon", {"zone": "string", "travel_time_days": "double", "top_m": "double"},
                       [{"wkt": "POLYGON((0 0, 10 0, 10 10, 0 0))", "zone": "waterwingebied",
                         "travel_time_days": 60}])
    assert apply_style(layer, "drinkingwaterprotection")[0]
    renderer = layer.renderer()
    assert renderer.orderByEnabled()
    clauses = renderer.orderBy().list()
    assert clauses[0].expression().expression() == "\"zone\" = 'boringsvrije zone'" and clauses[0].ascending()
    assert not clauses[1].ascending()  # the longest travel time (largest zone) is drawn first
    assert layer.labelsEnabled()


@pytest.fixture
def heat_raster(tmp_path):
    path = str(tmp_path / "stapeling.tif")
    data = np.array([[0, 1], [2, 3]], dtype=np.float32)
    dataset = gdal.GetDriverByName("GTiff").Create(path, 2, 2, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((0, 10, 0, 20, 0, -10))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    dataset.SetProjection(srs.ExportToWkt())
    dataset.GetRasterBand(1).WriteArray(data)
    dataset = None
    return path


def test_heatmap_ramp_is_stretched_to_the_data_once(qgis_app, heat_raster):
    from qgis.core import QgsRasterLayer

    from ondergrond.algorithms.presentation import apply_style, stretch_pseudocolor, style_of

    layer = QgsRasterLayer(heat_raster, "stapeling")
    assert style_of(layer) == "cumulationheatmap"
    assert apply_style(layer, "cumulationheatmap")[0]
    function = layer.renderer().shader().rasterShaderFunction()
    assert function.maximumValue() == pytest.approx(3.0)  # the raster's largest value, not the QML's 1
    assert function.colorRampItemList()[-1].value == pytest.approx(3.0)
    stretch_pseudocolor(layer)  # again: no 3 x 3
    assert layer.renderer().shader().rasterShaderFunction().maximumValue() == pytest.approx(3.0)


def _cell_colours(layer):
    """The colours the layer's renderer gives the four cells [[0, 1], [2, 3]] (QColor, row by row)."""
    from qgis.PyQt.QtGui import QColor

    block = layer.renderer().block(1, layer.extent(), 2, 2)
    return [QColor.fromRgba(block.color(row, col)) for row in (0, 1) for col in (0, 1)]


def test_heatmap_style_alone_tells_counts_apart(qgis_app, heat_raster):
    """Applied by hand (no post-processor, no stretch), the stacking QML still reads: 0 transparent,
    and 1, 2, 3 claims in three different colours, each its own legend class."""
    from qgis.core import QgsRasterLayer

    from ondergrond.core.paths import STYLES_DIR

    layer = QgsRasterLayer(heat_raster, "stapeling")
    message, ok = layer.loadNamedStyle(str(STYLES_DIR / "cumulationheatmap.qml"))
    assert ok, message
    zero, one, two, three = _cell_colours(layer)
    assert zero.alpha() == 0
    assert min(one.alpha(), two.alpha(), three.alpha()) > 0
    assert len({one.name(), two.name(), three.name()}) == 3
    legend = dict(layer.renderer().legendSymbologyItems())
    assert {"1", "2", "3"} <= set(legend)
    assert len({legend["1"].name(), legend["2"].name(), legend["3"].name()}) == 3
    assert legend["0 = geen claims"].alpha() == 0


def test_heatmap_stretch_classes_follow_the_data(qgis_app, heat_raster):
    from qgis.core import QgsRasterLayer

    from ondergrond.algorithms.presentation import INTERVAL_CLASSES, stretch_pseudocolor
    from ondergrond.core.paths import STYLES_DIR

    layer = QgsRasterLayer(heat_raster, "stapeling")
    assert layer.loadNamedStyle(str(STYLES_DIR / "cumulationheatmap.qml"))[1]
    stretch_pseudocolor(layer)  # counts 0..3: one class per count, the palette's ends at 1 and 3
    items = layer.renderer().shader().rasterShaderFunction().colorRampItemList()
    assert [(item.value, item.label) for item in items] == [(0, "0 = geen claims"), (1, "1"), (2, "2"), (3, "3")]
    assert items[1].color.name() == "#440154" and items[-1].color.name() == "#fde725"
    zero, one, two, three = _cell_colours(layer)
    assert zero.alpha() == 0 and len({one.name(), two.name(), three.name()}) == 3
    stretch_pseudocolor(layer, 0.9)  # a sum of decayed weights: equal intervals over 0..0.9
    items = layer.renderer().shader().rasterShaderFunction().colorRampItemList()
    assert len(items) == 1 + INTERVAL_CLASSES and items[-1].value == pytest.approx(0.9)
    assert items[1].label == "0 - 0.15" and items[-1].label == "0.75 - 0.9"


def test_readable_names(qgis_app, sample_gpkg):
    from qgis.core import QgsVectorLayer

    from ondergrond.algorithms.presentation import readable_name

    raw = QgsVectorLayer("{}|layername=netwerk_bomen".format(sample_gpkg), "netwerk_bomen", "ogr")
    assert readable_name(raw) == "Trees"
    named = QgsVectorLayer("{}|layername=netwerk_bomen".format(sample_gpkg), "Bomen Hoofdweg", "ogr")
    assert readable_name(named) == "Bomen Hoofdweg"  # a name the user gave is kept


def test_paletted_raster_classes_are_translated(qgis_app, heat_raster):
    from qgis.core import QgsRasterLayer

    from ondergrond.algorithms.presentation import apply_style

    layer = QgsRasterLayer(heat_raster, "vrije ruimte")
    assert apply_style(layer, "bodemenergie_free_space")[0]
    labels = {item.label for item in layer.renderer().classes()}
    assert "a cold well only" in labels and "alleen een koude bron" not in labels
