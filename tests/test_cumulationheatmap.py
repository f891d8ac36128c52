"""ondergrond:cumulationheatmap through real Processing: hand-computed rasters, filters, bad input,
a cross-check against gdal:rasterize, the sample data and the qgis_process CLI."""

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

ALG = "ondergrond:cumulationheatmap"
CLAIM_FIELDS = {"weight": "double", "kind": "string", "effect_radius_m": "double"}
# 5 x 5 cells of 10 m on (0,0)-(50,50); extent strings are xmin,xmax,ymin,ymax.
EXTENT = "0,50,0,50 [EPSG:28992]"


def read_raster(path):
    dataset = gdal.Open(str(path))
    band = dataset.GetRasterBand(1)
    assert band.DataType == gdal.GDT_Float32
    return band.ReadAsArray().astype(float), dataset.GetGeoTransform(), dataset.GetProjection()


@pytest.fixture
def four_layers(make_layer):
    """The four claims of test_cumulation.four_claims, spread over three layers of different geometry.

    polygons: A box(0,0,20,20) weight 2 kind a; D box(10,10,40,40) weight 1 kind b.
    points:   B (25,25) weight 3 kind b, radius 12 m.
    lines:    C y=45 from x=0 to 50, no weight/kind/radius fields -> weight 1, category = layer name 'lines'.
    """
    polygons = make_layer("Polygon", CLAIM_FIELDS, [
        {"wkt": "POLYGON((0 0,20 0,20 20,0 20,0 0))", "weight": 2.0, "kind": "a", "effect_radius_m": 0.0},
        {"wkt": "POLYGON((10 10,40 10,40 40,10 40,10 10))", "weight": 1.0, "kind": "b"},
    ], name="polygons")
    points = make_layer("Point", CLAIM_FIELDS, [
        {"wkt": "POINT(25 25)", "weight": 3.0, "kind": "b", "effect_radius_m": 12.0}], name="points")
    lines = make_layer("LineString", {"name": "string"}, [{"wkt": "LINESTRING(0 45,50 45)", "name": "C"}],
                       name="lines")
    return [polygons, points, lines]


def run(run_alg, layers, tmp_path, **extra):
    parameters = {"LAYERS": layers, "CELL_SIZE": 10, "EXTENT": EXTENT, "OUTPUT": str(tmp_path / "heat.tif")}
    parameters.update(extra)
    result = run_alg(ALG, parameters)
    return result, read_raster(result["OUTPUT"])[0]


def test_count_sum_max_by_hand(run_alg, four_layers, tmp_path):
    # Derivation in test_cumulation.four_claims / EXPECTED (same claims, same grid).
    result, count = run(run_alg, four_layers, tmp_path, MODE=0)
    np.testing.assert_array_equal(count, [[1, 1, 1, 1, 1], [0, 1, 2, 1, 0], [0, 2, 2, 2, 0],
                                          [1, 2, 2, 1, 0], [1, 1, 0, 0, 0]])
    assert result["CLAIMS"] == 4 and result["MAX_VALUE"] == 2
    _, total = run(run_alg, four_layers, tmp_path, MODE=1)
    np.testing.assert_array_equal(total, [[1, 1, 1, 1, 1], [0, 1, 4, 1, 0], [0, 4, 4, 4, 0],
                                          [2, 3, 4, 1, 0], [2, 2, 0, 0, 0]])
    # Linear decay: B's four neighbours (10 m from it) weigh 3 x (1 - 10/12) = 0.5.
    _, decayed = run(run_alg, four_layers, tmp_path, MODE=1, DECAY=1)
    np.testing.assert_allclose(decayed, [[1, 1, 1, 1, 1], [0, 1, 1.5, 1, 0], [0, 1.5, 4, 1.5, 0],
                                         [2, 3, 1.5, 1, 0], [2, 2, 0, 0, 0]])
    _, best = run(run_alg, four_layers, tmp_path, MODE=3)
    np.testing.assert_array_equal(best, [[1, 1, 1, 1, 1], [0, 1, 3, 1, 0], [0, 3, 3, 3, 0],
                                         [2, 2, 3, 1, 0], [2, 2, 0, 0, 0]])


def test_distinct_categories_use_layer_name_without_field(run_alg, four_layers, tmp_path):
    # Categories: A 'a', D 'b', B 'b', C 'lines' (its layer has no kind field). Cell (3,1) has a + b = 2.
    _, distinct = run(run_alg, four_layers, tmp_path, MODE=2)
    np.testing.assert_array_equal(distinct, [[1, 1, 1, 1, 1], [0, 1, 1, 1, 0], [0, 1, 1, 1, 0],
                                             [1, 2, 1, 1, 0], [1, 1, 0, 0, 0]])
    # With another category field that no layer has, every layer is its own category:
    # polygons (A, D), points (B), lines (C): cell (2,2) has polygons + points = 2.
    _, by_layer = run(run_alg, four_layers, tmp_path, MODE=2, CATEGORY_FIELD="soort")
    assert by_layer[2, 2] == 2 and by_layer[3, 1] == 1 and by_layer[0, 0] == 1


def test_default_extent_and_geotiff_layout(run_alg, four_layers, tmp_path):
    # Extent of the claims (0,0)-(50,45) grown by 12 m, snapped outward to 10 m: (-20,-20)-(70,60).
    result = run_alg(ALG, {"LAYERS": four_layers, "CELL_SIZE": 10, "MODE": 0, "OUTPUT": str(tmp_path / "d.tif")})
    values, transform, projection = read_raster(result["OUTPUT"])
    assert transform == (-20.0, 10.0, 0.0, 60.0, 0.0, -10.0)
    assert values.shape == (8, 9)
    assert "Amersfoort" in projection
    # The hand grid sits at columns 2-6, rows 1-5 of this one.
    np.testing.assert_array_equal(values[1:6, 2:7], [[1, 1, 1, 1, 1], [0, 1, 2, 1, 0], [0, 2, 2, 2, 0],
                                                     [1, 2, 2, 1, 0], [1, 1, 0, 0, 0]])
    # Outside it only one cell: line C ends at x = 50, which Grid.cover (half-open cells [x, x + cell))
    # puts in the cell 50-60 m, column 7; the 0-50 extent above left that cell out.
    assert values[1, 7] == 1
    assert values.sum() == 23 + 1


def test_depth_and_year_filters(run_alg, make_layer, tmp_path):
    fields = {"top_m": "double", "bottom_m": "double", "valid_from": "integer", "valid_to": "string"}
    square = "POLYGON((0 0,50 0,50 50,0 50,0 0))"
    layer = make_layer("Polygon", fields, [
        {"wkt": square, "top_m": 0.0, "bottom_m": 3.0, "valid_from": 2000},                 # shallow, open end
        {"wkt": square, "top_m": 40.0, "bottom_m": 150.0, "valid_to": "2029-12-31"},         # WKO, ends 2029
        {"wkt": square, "top_m": 1800.0, "valid_from": 2030, "valid_to": "2065"},           # deep, NULL bottom
        {"wkt": square},                                                                   # all NULL: 0-inf
    ])

    def count(**filters):
        return run(run_alg, [layer], tmp_path, MODE=0, **filters)[1][2, 2]

    assert count() == 4
    # 0-3 m: shallow + all-NULL (0-inf); WKO starts at 40 m.
    assert count(DEPTH_TOP=0, DEPTH_BOTTOM=3) == 2
    # 3-40 m touches the shallow one (ends at 3) and the WKO (starts at 40): neither counts; NULL one does.
    assert count(DEPTH_TOP=3, DEPTH_BOTTOM=40) == 1
    # Only a top: 500 m to unbounded -> deep + all-NULL.
    assert count(DEPTH_TOP=500) == 2
    # Year 2029: shallow, WKO (until 2029-12-31), all-NULL; deep starts 2030.
    assert count(YEAR=2029) == 3
    assert count(YEAR=2030) == 3
    assert count(YEAR=2030, DEPTH_TOP=100, DEPTH_BOTTOM=2000) == 2  # deep + all-NULL


def test_hotspots_output(run_alg, four_layers, tmp_path):
    result, _ = run(run_alg, four_layers, tmp_path, MODE=0, THRESHOLD=2,
                    HOTSPOTS=str(tmp_path / "hot.gpkg"))
    assert result["HOTSPOT_COUNT"] == 1
    layer = QgsVectorLayer(result["HOTSPOTS"], "hot", "ogr")
    features = list(layer.getFeatures())
    assert len(features) == 1
    spot = features[0]
    # 6 edge-connected cells with count 2 (see test_cumulation.test_hotspots_with_contributors).
    assert spot["area_m2"] == pytest.approx(600) and spot["max_value"] == 2
    assert spot["contributors"] == "b: 2; a: 1" and spot["n_features"] == 3
    assert spot.geometry().area() == pytest.approx(600)


def test_reprojects_geographic_layers(run_alg, make_layer, tmp_path):
    # A WGS84 point near Zwolle with 60 m radius, reprojected to RD New; 25 m cells.
    layer = make_layer("Point", {"effect_radius_m": "double"}, [{"wkt": "POINT(6.1 52.5)", "effect_radius_m": 60.0}],
                       crs="EPSG:4326")
    feedback_log = []

    class Log(QgsProcessingFeedback):
        def pushInfo(self, text):
            feedback_log.append(text)

    result = run_alg(ALG, {"LAYERS": [layer], "OUTPUT": str(tmp_path / "geo.tif")}, feedback=Log())
    values, transform, projection = read_raster(result["OUTPUT"])
    assert "Amersfoort" in projection and transform[1] == 25
    assert any("reprojected to EPSG:28992" in line for line in feedback_log)
    # Default extent: the point +- 60 m snapped outward to 25 m -> 6 x 6 cells (or 5 when aligned);
    # the cells within 60 m of the point: a disc of ~pi 60^2 / 625 = 18 cells.
    assert values.shape[0] in (5, 6) and 14 <= values.sum() <= 22


@pytest.mark.parametrize("row,match", [
    ({"weight": -2.0}, r"Layer 'bad', feature 2: the weight is -2"),
    ({"effect_radius_m": -10.0}, r"Layer 'bad', feature 2: the effect radius \(m\) is -10"),
])
def test_negative_weight_or_radius_names_feature(run_alg, make_layer, tmp_path, row, match):
    layer = make_layer("Point", CLAIM_FIELDS, [{"wkt": "POINT(5 5)", "weight": 1.0},
                                               dict({"wkt": "POINT(15 15)"}, **row)], name="bad")
    with pytest.raises(QgsProcessingException, match=match):
        run(run_alg, [layer], tmp_path, MODE=1)


def test_bad_input(run_alg, make_layer, four_layers, tmp_path):
    with pytest.raises(QgsProcessingException, match="at least one claim layer"):
        run_alg(ALG, {"LAYERS": [], "OUTPUT": str(tmp_path / "x.tif")})
    text_weights = make_layer("Point", {"weight": "string"}, [{"wkt": "POINT(5 5)", "weight": "zwaar"}],
                              name="tekst")
    with pytest.raises(QgsProcessingException, match="Layer 'tekst': the weight field 'weight' is not numeric"):
        run(run_alg, [text_weights], tmp_path, MODE=3)
    # Counting does not use weights, so it does not read (or refuse) them.
    assert run(run_alg, [text_weights], tmp_path, MODE=0)[1][4, 0] == 1
    # 0.001 m cells over the claims' 74 m x 80 m default extent: 5.9e9 cells, above MAX_CELLS.
    with pytest.raises(QgsProcessingException, match="choose a larger cell size"):
        run_alg(ALG, {"LAYERS": four_layers, "CELL_SIZE": 0.001, "OUTPUT": str(tmp_path / "x.tif")})
    with pytest.raises(QgsProcessingException, match="has no area"):
        run(run_alg, four_layers, tmp_path, EXTENT="10,10,0,50 [EPSG:28992]")
    with pytest.raises(QgsProcessingException, match="top 100.0 m lies below bottom 50.0 m"):
        run(run_alg, four_layers, tmp_path, DEPTH_TOP=100, DEPTH_BOTTOM=50)
    with pytest.raises(QgsProcessingException, match="leave no depth range"):
        run(run_alg, four_layers, tmp_path, DEPTH_TOP=50, DEPTH_BOTTOM=50)
    with pytest.raises(QgsProcessingException, match="threshold must be larger than 0"):
        run(run_alg, four_layers, tmp_path, THRESHOLD=0)
    # A layer with no features at all and no extent: nothing to stack.
    empty = make_layer("Point", {}, [], name="leeg")
    with pytest.raises(QgsProcessingException, match="no features to stack"):
        run_alg(ALG, {"LAYERS": [empty], "OUTPUT": str(tmp_path / "x.tif")})
    # Inputs are never modified.
    assert all(not layer.isModified() for layer in four_layers)


def test_count_equals_sum_of_gdal_rasterize_burns(run_alg, make_layer, tmp_path):
    """Mode 0 on polygons without radius == the sum over layers of gdal:rasterize (burn 1, -add)."""
    rng = np.random.default_rng(42)
    layers = []
    for n in range(3):
        rows = []
        for _ in range(25):
            # Odd coordinates so no polygon edge runs exactly through a cell centre (a tie both may break).
            x, y = rng.uniform(3.3, 430.7, 2)
            w, h = rng.uniform(11.1, 90.9, 2)
            skew = rng.uniform(-20.3, 20.3)
            rows.append({"wkt": "POLYGON(({x} {y},{x2} {y},{x3} {y2},{x} {y2},{x} {y}))".format(
                x=x, y=y, x2=x + w, x3=x + w + skew, y2=y + h)})
        layers.append(make_layer("Polygon", {"id": "integer"}, rows, name="laag{}".format(n)))
    extent = "0,500,0,500 [EPSG:28992]"
    ours = read_raster(run_alg(ALG, {"LAYERS": layers, "MODE": 0, "CELL_SIZE": 10, "EXTENT": extent,
                                     "OUTPUT": str(tmp_path / "ours.tif")})["OUTPUT"])[0]
    native = np.zeros_like(ours)
    for n, layer in enumerate(layers):
        burned = run_alg("gdal:rasterize", {
            "INPUT": layer, "BURN": 1, "UNITS": 1, "WIDTH": 10, "HEIGHT": 10, "EXTENT": extent,
            "DATA_TYPE": 5, "INIT": 0, "EXTRA": "-add", "OUTPUT": str(tmp_path / "burn{}.tif".format(n))})
        native += read_raster(burned["OUTPUT"])[0]
    assert native.sum() > 1000  # the check has substance: many covered cells, with overlaps
    assert native.max() >= 3
    np.testing.assert_array_equal(ours, native)


def test_sample_data(run_alg, sample_gpkg, tmp_path):
    names = ["ondergrond_wko_bestaand", "ondergrond_geothermie_gepland", "ondergrond_zoutstructuur",
             "ondergrond_breukzone", "ondergrond_ngr", "ondergrond_aquifer", "ondergrond_boringsvrije_zone",
             "ondergrond_archeologie"]
    layers = ["{}|layername={}".format(sample_gpkg, name) for name in names]
    result = run_alg(ALG, {"LAYERS": layers, "MODE": 2, "CELL_SIZE": 100, "YEAR": 2035,
                           "THRESHOLD": 3, "OUTPUT": str(tmp_path / "sample.tif"),
                           "HOTSPOTS": str(tmp_path / "sample_hot.gpkg")})
    values = read_raster(result["OUTPUT"])[0]
    # The aquifer (40-140 m) spans the whole sample area, so every cell of its extent has >= 1 kind.
    assert result["CLAIMS"] == 13
    assert values.max() == result["MAX_VALUE"] >= 3
    assert result["HOTSPOT_COUNT"] >= 1
    spots = list(QgsVectorLayer(result["HOTSPOTS"], "h", "ogr").getFeatures())
    assert all(spot["max_value"] >= 3 and spot["contributors"] for spot in spots)
    # Depth band 30-100 m (WKO): the WKO systems (40-120 m) count, the salt dome (900-4000 m) does not.
    shallow = run_alg(ALG, {"LAYERS": layers, "MODE": 0, "CELL_SIZE": 100, "DEPTH_TOP": 30, "DEPTH_BOTTOM": 100,
                            "OUTPUT": str(tmp_path / "shallow.tif")})
    assert shallow["CLAIMS"] == 6 + 1 + 1 + 1  # 6 WKO, aquifer, NGR (50-250), boringsvrije zone (45-)


def test_qgis_process(qgis_process, sample_gpkg, tmp_path):
    output = tmp_path / "cli.tif"
    result = qgis_process(ALG, {
        "LAYERS": "{}|layername=ondergrond_wko_bestaand".format(sample_gpkg), "MODE": 1, "CELL_SIZE": 50,
        "OUTPUT": str(output)})
    assert result["results"]["CLAIMS"] == 6
    values = read_raster(output)[0]
    # Six WKO points, weight 1, 150 m effect radius: overlapping discs, all weight 1 -> max = overlaps.
    assert values.max() == result["results"]["MAX_VALUE"] >= 1


def test_styles_load_and_ramp_stretches(run_alg, four_layers, tmp_path):
    from qgis.core import QgsRasterLayer

    from ondergrond.algorithms.cumulationheatmap import stretch_heatmap
    from ondergrond.core.paths import STYLES_DIR

    result, _ = run(run_alg, four_layers, tmp_path, MODE=1, THRESHOLD=3, HOTSPOTS=str(tmp_path / "hot.gpkg"))
    heat = QgsRasterLayer(result["OUTPUT"], "heat")
    message, ok = heat.loadNamedStyle(str(STYLES_DIR / "cumulationheatmap.qml"))
    assert ok, message
    stretch_heatmap(heat, result["MAX_VALUE"])  # largest sum is 4 (hand grid above)
    items = heat.renderer().shader().rasterShaderFunction().colorRampItemList()
    assert items[0].value == 0 and items[0].color.alpha() == 0  # uncovered cells are transparent
    assert items[-1].value == pytest.approx(4) and items[-1].label == "4"
    assert heat.renderer().classificationMax() == pytest.approx(4)
    hotspots = QgsVectorLayer(result["HOTSPOTS"], "hot", "ogr")
    message, ok = hotspots.loadNamedStyle(str(STYLES_DIR / "cumulationhotspots.qml"))
    assert ok, message
    # Sum >= 3: the plus around B (4, 4, 4, 4 and 3 at (3,1)) is one hotspot of 6 cells.
    assert result["HOTSPOT_COUNT"] == 1 and next(hotspots.getFeatures())["area_m2"] == pytest.approx(600)


def test_layer_name_category_from_a_geopackage_uri(run_alg, sample_gpkg, tmp_path):
    # Category field absent -> the category is the layer's name as the planner knows it (the GeoPackage
    # layer name, not the file's name). Hotspot contributors name it.
    uri = "{}|layername=ondergrond_wko_bestaand".format(sample_gpkg)
    result = run_alg(ALG, {"LAYERS": [uri], "CATEGORY_FIELD": "soort", "MODE": 2, "CELL_SIZE": 50, "THRESHOLD": 1,
                           "OUTPUT": str(tmp_path / "c.tif"), "HOTSPOTS": str(tmp_path / "c.gpkg")})
    contributors = {spot["contributors"].split(":")[0] for spot in QgsVectorLayer(result["HOTSPOTS"]).getFeatures()}
    assert contributors == {"ondergrond_wko_bestaand"}


def test_loaded_output_is_styled(provider, four_layers, tmp_path):
    """Loaded on completion, the raster gets the viridis QML stretched to its largest value."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    from ondergrond.algorithms import base

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    before = set(QgsProject.instance().mapLayers())
    pending = len(base._PENDING_POST_PROCESSORS)
    result = processing.runAndLoadResults(ALG, {
        "LAYERS": four_layers, "CELL_SIZE": 10, "EXTENT": EXTENT, "MODE": 1, "THRESHOLD": 3,
        "OUTPUT": str(tmp_path / "loaded.tif"), "HOTSPOTS": str(tmp_path / "loaded.gpkg")},
        context=context, feedback=QgsProcessingFeedback())
    loaded = [layer for layer in QgsProject.instance().mapLayers().values()
              if layer.source() == result["OUTPUT"]]
    try:
        assert len(loaded) == 1
        assert loaded[0].renderer().type() == "singlebandpseudocolor"
        assert loaded[0].renderer().classificationMax() == pytest.approx(4)  # largest sum (hand grid)
        # both outputs' style processors were held until QGIS called them, then let go
        assert len(base._PENDING_POST_PROCESSORS) == pending
    finally:
        QgsProject.instance().removeMapLayers(list(set(QgsProject.instance().mapLayers()) - before))


def test_negative_or_inverted_depths_are_skipped_and_nap_converted(run_alg, make_layer, tmp_path):
    """Three claims on the same 10 m cell: one 0-10 m, one inverted, one above ground; then heights in m NAP."""
    from conftest import recorder

    layer = make_layer("Point", {"top_m": "double", "bottom_m": "double", "top_nap": "double", "bot_nap": "double"}, [
        {"wkt": "POINT(5 5)", "top_m": 0.0, "bottom_m": 10.0, "top_nap": 2.0, "bot_nap": -8.0},
        {"wkt": "POINT(5 5)", "top_m": 20.0, "bottom_m": 5.0, "top_nap": 30.0, "bot_nap": 20.0},
        {"wkt": "POINT(5 5)", "top_m": -2.0, "bottom_m": 4.0, "top_nap": -20.0, "bot_nap": -40.0},
    ], name="diepte")
    feedback = recorder()
    result = run_alg(ALG, {"LAYERS": [layer], "CELL_SIZE": 10, "EXTENT": EXTENT, "DEPTH_TOP": 0, "DEPTH_BOTTOM": 50,
                           "OUTPUT": str(tmp_path / "heat.tif")}, feedback)
    assert read_raster(result["OUTPUT"])[0][4, 0] == 1  # only the valid claim counts; the run goes on
    text = "\n".join(feedback.messages)
    assert "diepte: skipped 1 feature(s) with a negative depth" in text and "feature ids 3" in text
    assert "diepte: skipped 1 feature(s) whose top lies below their bottom (feature ids 2)" in text
    # Ground level 2 m NAP: tops 0, 0 (30 m NAP is above ground), 22 m; bottoms 10, 0 (above ground), 42 m.
    # In the window 15-50 m only the third claim counts; the second lies entirely above ground.
    feedback = recorder()
    result = run_alg(ALG, {"LAYERS": [layer], "CELL_SIZE": 10, "EXTENT": EXTENT, "DEPTH_TOP": 15, "DEPTH_BOTTOM": 50,
                           "TOP_NAP_FIELD": "top_nap", "BOTTOM_NAP_FIELD": "bot_nap", "GROUND_LEVEL_VALUE": 2.0,
                           "OUTPUT": str(tmp_path / "heat2.tif")}, feedback)
    assert read_raster(result["OUTPUT"])[0][4, 0] == 1
    assert "entirely above ground level" in "\n".join(feedback.messages)
    result = run_alg(ALG, {"LAYERS": [layer], "CELL_SIZE": 10, "EXTENT": EXTENT, "DEPTH_TOP": 0, "DEPTH_BOTTOM": 5,
                           "TOP_NAP_FIELD": "top_nap", "BOTTOM_NAP_FIELD": "bot_nap", "GROUND_LEVEL_VALUE": 2.0,
                           "OUTPUT": str(tmp_path / "heat3.tif")})
    assert read_raster(result["OUTPUT"])[0][4, 0] == 1  # 0-10 m only; 0-0 m (above ground) overlaps nothing
