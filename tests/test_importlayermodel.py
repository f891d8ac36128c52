"""ondergrond:importlayermodel and the layer model in ondergrond:depthbandsuitability.

Fixtures are netCDF files in the REGIS II / nlmod layout written with GDAL (core.layermodel.
write_layer_model); the real nlmod test model is read from ../shared/realdata when present.
"""

import csv

import numpy as np
import pytest
from conftest import recorder
from hypothesis import given
from hypothesis import strategies as st
from qgis.core import QgsProcessingException, QgsVectorLayer

from ondergrond.core import layermodel as lm
from ondergrond.core import suitability as su
from ondergrond.core.grid import Grid

KINDS = lm.read_kinds(lm.__file__.rsplit("/core/", 1)[0] + "/rules/layer_model_kinds.csv")
# Two rows (north first) of four 100 m cells; x 100000-100400, y 400000-400200 (RD New).
X = [100050.0, 100150.0, 100250.0, 100350.0]
Y = [400150.0, 400050.0]
CODES = ["HLc", "BXk1", "PZWAz1"]


def bottoms(pzwa_left=-60.0, pzwa_right=-20.0):
    """HLc to -1 m NAP; BXk1 to -20; PZWAz1 to -60 in the two western columns, absent (zero
    thickness) in the two eastern ones."""
    b = np.empty((3, 2, 4), np.float32)
    b[0], b[1] = -1.0, -20.0
    b[2][:, :2], b[2][:, 2:] = pzwa_left, pzwa_right
    return b


@pytest.fixture
def model_nc(tmp_path):
    path = tmp_path / "model.nc"
    lm.write_layer_model(path, CODES, X, Y, np.full((2, 4), 5.0, np.float32), bottoms())
    return path


def features(result):
    layer = QgsVectorLayer(str(result["OUTPUT"]), "out", "ogr")
    return [dict(zip(layer.fields().names(), f.attributes()), area=f.geometry().area())
            for f in layer.getFeatures()]


def ground_raster(path, value):
    from osgeo import gdal, osr

    dataset = gdal.GetDriverByName("GTiff").Create(str(path), 80, 40, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((100000.0, 5.0, 0.0, 400200.0, 0.0, -5.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    dataset.SetProjection(srs.ExportToWkt())
    dataset.GetRasterBand(1).WriteArray(np.full((40, 80), value, np.float32))
    dataset = None
    return str(path)


# ------------------------------------------------------------------------------------------ core

def test_read_fixture_hand_computed_depths(model_nc):
    model = lm.read_layer_model(model_nc)
    assert model.codes == CODES and model.cell == 100.0
    assert (model.xmin, model.ymax, model.ncols, model.nrows) == (100000.0, 400200.0, 4, 2)
    ground = model.ground()
    assert np.all(ground == 5.0)
    top_m, bottom_m, top_nap, bottom_nap = lm.layer_depths(model, 1, ground)
    assert np.all(top_m == 6.0) and np.all(bottom_m == 25.0)  # 5 - (-1), 5 - (-20)
    top_m, bottom_m, _, _ = lm.layer_depths(model, 2, ground)
    assert np.all(top_m[:, :2] == 25.0) and np.all(bottom_m[:, :2] == 65.0)
    assert np.isnan(top_m[:, 2:]).all()  # zero thickness: absent


def test_y_ascending_is_flipped(tmp_path):
    path = tmp_path / "south_first.nc"
    b = bottoms()
    lm.write_layer_model(path, CODES, X, Y[::-1], np.full((2, 4), 5.0, np.float32), b[:, ::-1])
    model = lm.read_layer_model(path)
    assert model.ymax == 400200.0
    assert np.array_equal(model.bottoms, bottoms())


def test_classify_regis_codes():
    assert lm.classify("BXk1", KINDS) == ("kleilaag", "Formatie van Boxtel, kleiige eenheid")
    assert lm.classify("PZWAz2", KINDS)[0] == "aquifer"
    assert lm.classify("NUBXk1", KINDS)[0] == "kleilaag"  # 2025 codes with the group prefix
    assert lm.classify("HLc", KINDS)[0] == ""  # known, no kind
    assert lm.classify("MSc", KINDS)[0] == ""
    assert lm.classify("FOO", KINDS) == (None, "")


def test_rule_applies_above_counts_a_layer_above_the_window(tmp_path):
    """A clay polygon at 6-25 m: with applies=above it counts for the window 30-100 m, without it not."""
    import shapely

    functions = {"wko": su.Function("wko", 30.0, 150.0)}
    clay = su.Constraints.build([shapely.box(0, 0, 100, 100)], ["kleilaag"], [6.0], [25.0])
    grid = Grid.from_extent(0, 0, 100, 100, 100.0)
    bands = su.parse_bands("30-100")
    for applies, expected in (("overlap", su.SUITABLE), ("above", su.CONDITIONAL)):
        rules = [su.Rule("wko", "kleilaag", "conditional", "", 2, applies)]
        suit = su.Suitability(grid, clay, functions, rules, bands)
        list(suit.run())
        assert suit.cells(suit.pairs[0])[expected] == 1, applies
    table = tmp_path / "rules.csv"
    table.write_text("function,kind,verdict,note,applies\nwko,kleilaag,conditional,,sideways\n", encoding="utf-8")
    with pytest.raises(su.TableError, match="'applies'"):
        su.read_rules(table, functions)


def test_quantise_rounds_outward():
    top, bottom = lm.quantise(np.array([6.4]), np.array([25.1]), 1.0)
    assert top[0] == 6.0 and bottom[0] == 26.0
    top, bottom = lm.quantise(np.array([6.0]), np.array([25.0]), 1.0)
    assert top[0] == 6.0 and bottom[0] == 25.0


@given(st.lists(st.tuples(st.floats(0, 40), st.sampled_from(["kleilaag", "aquifer", ""])), min_size=1, max_size=6),
       st.floats(-5, 10))
def test_grid_layers_equal_polygon_constraints(layers, surface):
    """The grid path gives the same matrix as the layers written as polygons with their depths."""
    import shapely

    thickness = np.array([t for t, _ in layers], np.float32)
    kinds = [k for _, k in layers]
    codes = ["U{}".format(i) for i in range(len(layers))]
    # one column varies: cell (0, c) has thickness * (c + 1) / 2, some layers zero in column 0
    nrows, ncols = 1, 3
    surface = np.full((nrows, ncols), np.float32(round(surface * 4) / 4))
    bots = np.empty((len(layers), nrows, ncols), np.float32)
    level = surface.copy()
    for i in range(len(layers)):
        level = level - np.round(thickness[i] * (np.arange(ncols) + (i % 2)) / 2 * 4) / 4
        bots[i] = level
    model = lm.LayerModel(codes, 0.0, 300.0, 100.0, bots, None, surface)
    grid = Grid.from_extent(0, 200, 300, 300, 100.0)
    functions = su.read_functions(su.__file__.rsplit("/core/", 1)[0] + "/rules/functions.csv")
    rules = su.read_rules(su.__file__.rsplit("/core/", 1)[0] + "/rules/suitability_rules.csv", functions)
    bands = su.parse_bands(su.DEFAULT_BANDS)
    empty = su.Constraints.build([], [], [], [])
    with_grids = su.Suitability(grid, empty, functions, rules, bands, layers=lm.LayerGrids(model, kinds))
    list(with_grids.run())
    geoms, ks, tops, bots_m = [], [], [], []
    for i in range(len(layers)):
        top_m, bottom_m, _, _ = lm.layer_depths(model, i, model.ground())
        for c in range(ncols):
            if np.isfinite(top_m[0, c]) and kinds[i]:
                geoms.append(shapely.box(c * 100.0, 200.0, (c + 1) * 100.0, 300.0))
                ks.append(kinds[i])
                tops.append(float(top_m[0, c]))
                bots_m.append(float(bottom_m[0, c]))
    polygons = su.Suitability(grid, su.Constraints.build(geoms, ks, tops, bots_m), functions, rules, bands)
    list(polygons.run())
    assert with_grids.matrix() == polygons.matrix()


# ------------------------------------------------------------------------------------ algorithm

def test_import_hand_computed(run_alg, model_nc, tmp_path):
    feedback = recorder()
    result = run_alg("ondergrond:importlayermodel", {"INPUT": str(model_nc), "DEPTH_STEP": 0,
                                                      "OUTPUT": str(tmp_path / "out.gpkg")}, feedback)
    rows = sorted(features(result), key=lambda r: r["top_m"])
    assert [r["layer"] for r in rows] == CODES
    hlc, bxk, pzwa = rows
    assert (hlc["top_m"], hlc["bottom_m"], hlc["top_nap"], hlc["bottom_nap"]) == (0.0, 6.0, 5.0, -1.0)
    assert hlc["kind"] is None or str(hlc["kind"]) == "NULL"
    assert (bxk["kind"], bxk["top_m"], bxk["bottom_m"]) == ("kleilaag", 6.0, 25.0)
    assert bxk["name"] == "Formatie van Boxtel, kleiige eenheid"
    assert bxk["area"] == pytest.approx(80000.0)
    assert (pzwa["kind"], pzwa["top_m"], pzwa["bottom_m"]) == ("aquifer", 25.0, 65.0)
    assert pzwa["area"] == pytest.approx(40000.0)  # only the western half: zero thickness left out
    assert not feedback.warnings


def test_ground_level_raster_clips_and_counts(run_alg, model_nc, tmp_path):
    feedback = recorder()
    result = run_alg("ondergrond:importlayermodel", {
        "INPUT": str(model_nc), "GROUND_LEVEL": ground_raster(tmp_path / "ahn.tif", 4.0), "DEPTH_STEP": 0,
        "OUTPUT": str(tmp_path / "out.gpkg")}, feedback)
    rows = {r["layer"]: r for r in features(result)}
    assert (rows["HLc"]["top_m"], rows["HLc"]["bottom_m"]) == (0.0, 5.0)  # top 5 m NAP above ground 4: 0 m
    assert (rows["BXk1"]["top_m"], rows["BXk1"]["bottom_m"]) == (5.0, 24.0)
    assert any("8 layer cell(s) have their top above ground level" in w for w in feedback.warnings)


def test_layer_wholly_above_ground_is_left_out(run_alg, model_nc, tmp_path):
    feedback = recorder()
    result = run_alg("ondergrond:importlayermodel", {
        "INPUT": str(model_nc), "GROUND_LEVEL": ground_raster(tmp_path / "ahn.tif", -5.0), "DEPTH_STEP": 0,
        "OUTPUT": str(tmp_path / "out.gpkg")}, feedback)
    rows = {r["layer"]: r for r in features(result)}
    assert "HLc" not in rows
    assert (rows["BXk1"]["top_m"], rows["BXk1"]["bottom_m"]) == (0.0, 15.0)
    assert any("8 layer cell(s) lie wholly above ground level" in w for w in feedback.warnings)


def test_inverted_layers_and_unknown_codes_are_counted_not_fatal(run_alg, tmp_path):
    path = tmp_path / "bad.nc"
    b = bottoms()
    b[2, 0, 0] = -10.0  # PZWAz1 bottom above its top (-20) in one cell
    lm.write_layer_model(path, ["HLc", "BXk1", "FOOx9"], X, Y, np.full((2, 4), 5.0, np.float32), b)
    feedback = recorder()
    result = run_alg("ondergrond:importlayermodel", {"INPUT": str(path), "DEPTH_STEP": 0,
                                                      "OUTPUT": str(tmp_path / "out.gpkg")}, feedback)
    rows = [r for r in features(result) if r["layer"] == "FOOx9"]
    assert sum(r["area"] for r in rows) == pytest.approx(30000.0)  # 4 western cells minus the inverted one
    assert any("FOOx9" in w and "not in the kinds table" in w for w in feedback.warnings)
    assert any("1 cell(s) in 1 layer(s) have a bottom above their top" in w for w in feedback.warnings)


def test_all_layers_zero_thickness_gives_empty_output(run_alg, tmp_path):
    path = tmp_path / "flat.nc"
    lm.write_layer_model(path, CODES, X, Y, np.full((2, 4), 5.0, np.float32), np.full((3, 2, 4), 5.0, np.float32))
    feedback = recorder()
    result = run_alg("ondergrond:importlayermodel", {"INPUT": str(path), "OUTPUT": str(tmp_path / "out.gpkg")},
                     feedback)
    assert features(result) == []
    assert any("output is empty" in w for w in feedback.warnings)


def test_no_georeferencing_is_refused(run_alg, tmp_path):
    path = tmp_path / "indices.nc"
    lm.write_layer_model(path, CODES, [0.0, 1.0, 2.0, 3.0], [1.0, 0.0], np.full((2, 4), 5.0, np.float32), bottoms())
    with pytest.raises(QgsProcessingException, match="not georeferenced in RD New"):
        run_alg("ondergrond:importlayermodel", {"INPUT": str(path), "OUTPUT": str(tmp_path / "out.gpkg")})


def test_not_a_layer_model_is_refused(run_alg, tmp_path):
    from osgeo import gdal

    path = tmp_path / "plain.nc"
    dataset = gdal.GetDriverByName("netCDF").Create(str(path), 4, 2, 1, gdal.GDT_Float32)
    dataset.GetRasterBand(1).WriteArray(np.zeros((2, 4), np.float32))
    dataset = None
    with pytest.raises(QgsProcessingException, match="needs the variables 'top' and 'bot'"):
        run_alg("ondergrond:importlayermodel", {"INPUT": str(path), "OUTPUT": str(tmp_path / "out.gpkg")})


def matrix(result):
    with open(result["MATRIX_CSV"], encoding="utf-8") as handle:
        return {(r["function"], r["band"]): r for r in csv.DictReader(handle)}


def test_suitability_reads_layer_model_hand_computed(run_alg, model_nc, tmp_path, make_layer):
    # A waterwingebied over the westernmost column (x 100000-100100).
    zone = make_layer("Polygon", {"kind": "string"}, [{
        "wkt": "POLYGON((100000 400000,100100 400000,100100 400200,100000 400200,100000 400000))",
        "kind": "waterwingebied"}])
    result = run_alg("ondergrond:depthbandsuitability", {
        "CONSTRAINTS": [zone], "LAYER_MODEL": str(model_nc), "CELL_SIZE": 100, "OUTPUT": str(tmp_path / "s.gpkg"),
        "MATRIX": str(tmp_path / "m.html"), "MATRIX_CSV": str(tmp_path / "m.csv")})
    rows = matrix(result)
    # wko open 30-100: aquifer PZWAz1 (25-65 m) only in the western half; the kleilaag (6-25 m) lies above
    # the window, and its rule applies above (the wells drill through it): conditional; the waterwingebied
    # excludes the westernmost column: column 2 (2 cells) is conditional, the rest excluded.
    wko = rows[("wko open", "30-100")]
    assert (wko["suitable_m2"], wko["conditional_m2"], wko["excluded_m2"]) == ("0", "20000", "60000")
    # closed loops 3-30: kleilaag 6-25 m everywhere is conditional; the waterwingebied column is excluded.
    bes = rows[("bodemenergie gesloten", "3-30")]
    assert (bes["suitable_m2"], bes["conditional_m2"], bes["excluded_m2"]) == ("0", "60000", "20000")
    layer = QgsVectorLayer(str(result["OUTPUT"]), "s", "ogr")
    reasons = {f["reasons"] for f in layer.getFeatures() if f["function"] == "bodemenergie gesloten"
               and f["band"] == "3-30" and f["verdict"] == 2}
    assert len(reasons) == 1 and next(iter(reasons)).startswith("kleilaag: conditional (features BXk1)")


def test_suitability_needs_constraints_or_model(run_alg, tmp_path):
    with pytest.raises(QgsProcessingException, match="constraint layer or a layer model"):
        run_alg("ondergrond:depthbandsuitability", {"MATRIX": str(tmp_path / "m.html")})


# ---------------------------------------------------------------------------------------- real data

@pytest.fixture(scope="module")
def small_model(realdata):
    path = realdata / "nlmod_regis_geotop" / "small_model.nc"
    if not path.exists():
        pytest.skip("small_model.nc is not in ../shared/realdata")
    return path


def test_real_nlmod_model(run_alg, small_model, tmp_path):
    from osgeo import gdal

    feedback = recorder()
    result = run_alg("ondergrond:importlayermodel", {"INPUT": str(small_model), "DEPTH_STEP": 0,
                                                      "OUTPUT": str(tmp_path / "out.gpkg")}, feedback)
    rows = features(result)
    # The model top and the bottom of HLc (the first layer of any thickness) in the north-west cell,
    # read here with GDAL's classic netCDF driver, independent of the reader under test.
    top_dataset = gdal.Open('NETCDF:"{}":top'.format(small_model))
    bot_dataset = gdal.Open('NETCDF:"{}":bot'.format(small_model))
    top = top_dataset.ReadAsArray()
    bot = bot_dataset.GetRasterBand(6).ReadAsArray()  # keep the datasets referenced while reading bands
    north_west = [r for r in rows if r["layer"] == "HLc" and r["top_nap"] == pytest.approx(float(top.max()), abs=1e-3)]
    assert north_west
    assert {r["layer"] for r in rows} >= {"HLc", "KRz3", "DTc", "PZWAz2", "MSk1", "BRk1"}
    assert not any(r["layer"] in ("NASC", "BXz1") for r in rows)  # zero thickness everywhere
    kinds = {r["layer"]: r["kind"] for r in rows}
    assert kinds["MSk1"] == "kleilaag" and kinds["PZWAz2"] == "aquifer"
    hlc_depths = sorted(r["bottom_m"] for r in rows if r["layer"] == "HLc")
    expected = sorted((top - bot).ravel().tolist())
    assert hlc_depths == pytest.approx(expected, abs=1e-3)
    assert sum(r["area"] for r in rows if r["layer"] == "HLc") == pytest.approx(60000.0)
    assert not any("not in the kinds table" in w for w in feedback.warnings)


def test_real_model_suitability(run_alg, small_model, tmp_path):
    result = run_alg("ondergrond:depthbandsuitability", {
        "LAYER_MODEL": str(small_model), "CELL_SIZE": 100, "MATRIX": str(tmp_path / "m.html"),
        "MATRIX_CSV": str(tmp_path / "m.csv")})
    rows = matrix(result)
    # MSk1 (clay) lies at about 191-204 m below ground in every cell: closed loops 100-500 (R 100-250).
    assert rows[("bodemenergie gesloten", "100-500")]["conditional_m2"] == "60000"
    # The first aquifer (KRz3, about 26-44 m) reaches band 3-30: a well can go there.
    assert rows[("drinkwaterwinning", "3-30")]["suitable_m2"] == "60000"
    assert rows[("drinkwaterwinning", "0-3")]["excluded_m2"] == "60000"  # no aquifer in the top 3 m


def test_qgis_process(qgis_process, model_nc, tmp_path):
    out = tmp_path / "cli.gpkg"
    result = qgis_process("ondergrond:importlayermodel", {"INPUT": str(model_nc), "OUTPUT": str(out)})
    assert result["results"]["OUTPUT"]
    assert QgsVectorLayer(str(out), "cli", "ogr").featureCount() == 3


def test_geotop_voxels_by_unit_and_lithoclass(run_alg, tmp_path):
    """GeoTOP layout: strat and lithok on (x, y, z), z voxel centres in m NAP, 0.5 m voxels."""
    from osgeo import gdal

    path = tmp_path / "geotop.nc"
    dataset = gdal.GetDriverByName("netCDF").CreateMultiDimensional(str(path))
    root = dataset.GetRootGroup()
    dims = {name: root.CreateDimension(name, None, None, n) for name, n in (("x", 2), ("y", 2), ("z", 6))}
    float64 = gdal.ExtendedDataType.Create(gdal.GDT_Float64)
    root.CreateMDArray("x", [dims["x"]], float64).Write(np.array([100050.0, 100150.0]))
    root.CreateMDArray("y", [dims["y"]], float64).Write(np.array([400050.0, 400150.0]))
    root.CreateMDArray("z", [dims["z"]], float64).Write(np.array([-2.75, -2.25, -1.75, -1.25, -0.75, -0.25]))
    # Every column from the bottom up: 2 voxels of Wormer sand (1100/5), 3 of Wormer clay (1100/2), then
    # no data (above ground) in the top voxel; the western columns have clay only in the 2 upper voxels.
    strat = np.full((2, 2, 6), 1100.0)
    strat[:, :, 5] = -127
    litho = np.full((2, 2, 6), 5.0)
    litho[:, :, 2:5] = 2
    litho[0, :, 2] = 5  # x index 0 (west): one more sand voxel
    litho[:, :, 5] = -127
    int16 = gdal.ExtendedDataType.Create(gdal.GDT_Int16)
    for name, values in (("strat", strat), ("lithok", litho)):
        array = root.CreateMDArray(name, [dims["x"], dims["y"], dims["z"]], int16)
        array.SetNoDataValueDouble(-127)
        array.Write(np.ascontiguousarray(values.astype(np.int16)))
    dataset = None
    model = lm.read_layer_model(path)
    assert model.kind_of_file == "voxels" and sorted(model.codes) == ["1100/2", "1100/5"]
    result = run_alg("ondergrond:importlayermodel", {"INPUT": str(path), "DEPTH_STEP": 0,
                                                      "OUTPUT": str(tmp_path / "out.gpkg")})
    rows = features(result)
    clay = sorted((r["top_nap"], r["bottom_nap"], r["area"]) for r in rows if r["layer"] == "1100/2")
    # ground = the model top = -0.5 m NAP (top of the highest voxel with data)
    assert clay == [(-0.5, -2.0, pytest.approx(20000.0)), (-0.5, -1.5, pytest.approx(20000.0))]
    assert {r["kind"] for r in rows if r["layer"] == "1100/2"} == {"kleilaag"}
    assert {(r["top_m"], r["bottom_m"]) for r in rows if r["layer"] == "1100/2"} == {(0.0, 1.5), (0.0, 1.0)}
    assert {r["kind"] for r in rows if r["layer"] == "1100/5"} == {"aquifer"}
