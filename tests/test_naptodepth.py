"""core.groundlevel and ondergrond:naptodepth: hand-computed depths on a 4 x 4 ground-level raster."""

import math

import numpy as np
import pytest
import shapely
from conftest import recorder
from hypothesis import given
from hypothesis import strategies as st
from osgeo import gdal, osr
from qgis.core import QgsProcessingException, QgsVectorLayer

from ondergrond.core import groundlevel as gl

NODATA = -9999.0


def make_ground(path, values=None, origin=(0.0, 40.0), cell=10.0):
    """A GeoTIFF in EPSG:28992: by default 4 x 4 cells of 10 m from (0, 0) to (40, 40), ground level
    10 + column (m NAP), the bottom-right cell without data."""
    if values is None:
        values = np.tile(10.0 + np.arange(4), (4, 1))
        values[3, 3] = NODATA
    values = np.asarray(values, dtype=float)
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), values.shape[1], values.shape[0], 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((origin[0], cell, 0.0, origin[1], 0.0, -cell))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    dataset.SetProjection(srs.ExportToWkt())
    band = dataset.GetRasterBand(1)
    band.SetNoDataValue(NODATA)
    band.WriteArray(values)
    dataset = None
    return str(path)


def window_reader(values, x0=0.0, y0=40.0, cell=10.0, in_memory=False):
    """A reader that gives the whole raster as every window (so one-by-one), or, ``in_memory``, also offers
    it as ``whole_window`` (the vectorised path of ground_levels, as the GDAL reader of a small raster)."""
    values = np.asarray(values, dtype=float)

    class Reader:
        def __call__(self, xmin, ymin, xmax, ymax, max_cells):
            return gl.Window(values, x0, y0, cell, cell)

        def whole_window(self):
            return gl.Window(values, x0, y0, cell, cell) if in_memory else None
    return Reader()


# ------------------------------------------------------------------------------------------- kernel

def test_nap_to_depth_hand_computed():
    ground = [11.0, 10.0, 12.0, 12.0, math.nan, 5.0]
    top = [9.0, 10.5, -5.0, 20.0, 1.0, math.nan]
    bottom = [-20.0, 8.0, 0.0, 15.0, 0.0, -1.0]
    d = gl.nap_to_depth(ground, top, bottom)
    assert d.top[:4].tolist() == [2.0, 0.0, 17.0, 0.0]
    assert d.bottom[:4].tolist() == [31.0, 2.0, 12.0, 0.0]
    assert math.isnan(d.top[5]) and d.bottom[5] == 6.0
    assert d.top_above_ground.tolist() == [False, True, False, True, False, False]
    assert d.above_ground.tolist() == [False, False, False, True, False, False]
    assert d.inverted.tolist() == [False, False, True, False, False, False]
    assert d.no_ground.tolist() == [False, False, False, False, True, False]


def test_ground_levels_of_points_polygons_lines():
    values = np.tile(10.0 + np.arange(4), (4, 1))
    values[3, 3] = np.nan
    read = window_reader(values)
    geoms = [shapely.Point(15, 25), shapely.box(0, 20, 20, 40), shapely.box(31, 31, 33, 33),
             shapely.LineString([(0, 15), (40, 15)]), shapely.Point(35, 5), shapely.Point(100, 100), None,
             shapely.box(20, 0, 40, 10)]
    levels = gl.ground_levels(geoms, read)
    np.testing.assert_array_equal(gl.ground_levels(geoms, window_reader(values, in_memory=True)), levels)
    assert levels[:4].tolist() == [11.0, 10.5, 13.0, 11.5]
    assert math.isnan(levels[4]) and math.isnan(levels[5]) and math.isnan(levels[6])
    assert levels[7] == 12.0  # the no-data cell is left out of the mean


@given(ground=st.floats(-10, 300), top=st.floats(-5000, 400), thickness=st.floats(0, 1000))
def test_depth_is_ground_minus_height_and_never_negative(ground, top, thickness):
    d = gl.nap_to_depth([ground], [top], [top - thickness])
    assert d.top[0] >= 0 and d.bottom[0] >= 0
    assert d.top[0] <= d.bottom[0] + 1e-9
    if top <= ground:
        assert d.top[0] == pytest.approx(ground - top)
    if top - thickness < ground:
        assert d.bottom[0] == pytest.approx(ground - top + thickness)


@given(seed=st.integers(0, 10_000), n=st.integers(1, 30))
def test_vectorised_ground_levels_equal_one_by_one(seed, n):
    rng = np.random.default_rng(seed)
    values = rng.uniform(-5, 20, (8, 9))
    values[rng.random((8, 9)) < 0.1] = np.nan
    read = window_reader(values, x0=0.0, y0=80.0)
    vectorised = window_reader(values, x0=0.0, y0=80.0, in_memory=True)
    x, y = rng.uniform(-10, 95, n), rng.uniform(-10, 85, n)
    size = rng.uniform(0.5, 40, n)
    geoms = [shapely.box(a, b, a + s, b + s) if k % 3 == 0 else shapely.LineString([(a, b), (a + s, b + s / 2)])
             if k % 3 == 1 else shapely.Point(a, b) for k, (a, b, s) in enumerate(zip(x, y, size))]
    expected = [gl.ground_level(g, read) for g in geoms]
    np.testing.assert_allclose(gl.ground_levels(geoms, read), expected, equal_nan=True)
    np.testing.assert_allclose(gl.ground_levels(geoms, vectorised), expected, equal_nan=True)


def test_depth_problems():
    negative, inverted = gl.depth_problems([0.0, -1.0, 5.0, math.nan, 3.0], [1.0, 2.0, 4.0, -2.0, math.nan])
    assert negative.tolist() == [False, True, False, True, False]
    assert inverted.tolist() == [False, False, True, False, False]


# --------------------------------------------------------------------------------------- algorithm

ROWS = [  # name, wkt, top_nap, bottom_nap
    ("A", "Point (15 25)", 9.0, -20.0),
    ("B", "Point (5 5)", 10.5, 8.0),
    ("C", "Polygon ((0 20, 20 20, 20 40, 0 40, 0 20))", None, 0.5),
    ("D", "Point (35 5)", 1.0, 0.0),
    ("E", "Point (100 100)", 1.0, 0.0),
    ("F", "Point (25 25)", -5.0, 0.0),
    ("G", "Point (25 35)", 20.0, 15.0),
    ("H", "Polygon ((31 31, 33 31, 33 33, 31 33, 31 31))", 3.0, None),
    ("I", "LineString (0 15, 40 15)", 1.5, -0.5),
    ("J", None, 1.0, 0.0),
]


def write_layer(tmp_path, rows, kind="Point"):
    """The rows of one geometry type (and the one without geometry with the points) as a GeoPackage layer."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransformContext,
        QgsFeature,
        QgsFields,
        QgsGeometry,
        QgsVectorFileWriter,
        QgsWkbTypes,
    )

    from ondergrond.compat import make_fields

    rows = [row for row in rows if (row[1] or "Point").startswith(kind)]
    fields = make_fields((("name", "string"), ("top_nap", "double"), ("bot_nap", "double")))
    path = str(tmp_path / "heights_{}.gpkg".format(kind))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    writer = QgsVectorFileWriter.create(path, fields, getattr(QgsWkbTypes.Type, kind),
                                        QgsCoordinateReferenceSystem("EPSG:28992"), QgsCoordinateTransformContext(),
                                        options)
    for name, wkt, top, bottom in rows:
        feature = QgsFeature(QgsFields(fields))
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes([name, top, bottom])
        writer.addFeature(feature)
    del writer
    layer = QgsVectorLayer(path, "heights", "ogr")
    assert layer.isValid() and layer.featureCount() == len(rows)
    return layer


def run_all(run_alg, tmp_path, parameters, feedback=None):
    """Run on the point, polygon and line layers; the features of all three by name, results summed."""
    results, features = {}, {}
    for kind in ("Point", "Polygon", "LineString"):
        layer = write_layer(tmp_path, ROWS, kind)
        result, out, output = run(run_alg, dict(parameters, INPUT=layer), feedback)
        for key, number in result.items():
            if key != "OUTPUT":
                results[key] = results.get(key, 0) + number
        features.update(out)
        results.setdefault("fields", [f.name() for f in output.fields()])
        results.setdefault("input", layer)
    return results, features


def run(run_alg, parameters, feedback=None):
    result = run_alg("ondergrond:naptodepth", dict({"OUTPUT": "memory:"}, **parameters), feedback)
    output = result["OUTPUT"]
    layer = output if isinstance(output, QgsVectorLayer) else QgsVectorLayer(output, "out", "ogr")
    return result, {f["name"]: f for f in layer.getFeatures()}, layer


def value(feature, name):
    v = feature[name]
    return None if v is None or (hasattr(v, "isNull") and v.isNull()) else v


def test_algorithm_hand_computed(run_alg, tmp_path):
    raster = make_ground(tmp_path / "ahn.tif")
    feedback = recorder()
    result, out = run_all(run_alg, tmp_path, {"TOP_NAP_FIELD": "top_nap", "BOTTOM_NAP_FIELD": "bot_nap",
                                              "GROUND_LEVEL": raster}, feedback)
    expected = {  # name: (top_m, bottom_m, ground) by hand from the raster 10 + column
        "A": (2.0, 31.0, 11.0), "B": (0.0, 2.0, 10.0), "C": (None, 10.0, 10.5), "F": (17.0, 12.0, 12.0),
        "G": (0.0, 0.0, 12.0), "H": (10.0, None, 13.0), "I": (10.0, 12.0, 11.5)}
    for name, (top, bottom, ground) in expected.items():
        feature = out[name]
        assert value(feature, "top_m") == (pytest.approx(top) if top is not None else None), name
        assert value(feature, "bottom_m") == (pytest.approx(bottom) if bottom is not None else None), name
        assert value(feature, "ground_nap") == pytest.approx(ground), name
    for name in ("D", "E", "J"):  # no-data cell, off the raster, no geometry
        assert value(out[name], "top_m") is None and value(out[name], "bottom_m") is None, name
    assert result["TOP_CLIPPED"] == 2 and result["OFF_RASTER"] == 2 and result["CONVERTED"] == 7
    names = result["fields"]
    assert names[-3:] == ["top_m", "bottom_m", "ground_nap"] and "top_nap" in names
    log = "\n".join(feedback.warnings)
    assert "top above ground level" in log and "entirely above ground" in log and "below their bottom" in log
    assert "off the ground-level raster" in log and "without geometry" in log
    layer = result["input"]
    assert [f.name() for f in layer.fields()] == ["fid", "name", "top_nap", "bot_nap"]  # the input is untouched


def test_constant_ground_level_as_a_property(run_alg, tmp_path):
    """The modeler passes numbers as QgsProperty: the constant ground level must not be dropped."""
    from qgis.core import QgsProperty

    _, out = run_all(run_alg, tmp_path, {"TOP_NAP_FIELD": "top_nap",
                                         "GROUND_LEVEL_VALUE": QgsProperty.fromValue(3.0)})
    assert value(out["A"], "top_m") == 0.0 and value(out["F"], "top_m") == 8.0  # as test_constant_and_fallback
    assert value(out["J"], "top_m") == 2.0


def test_constant_and_fallback(run_alg, tmp_path):
    _, out = run_all(run_alg, tmp_path, {"TOP_NAP_FIELD": "top_nap", "GROUND_LEVEL_VALUE": 3.0})
    assert value(out["A"], "top_m") == 0.0 and value(out["F"], "top_m") == 8.0
    assert value(out["J"], "top_m") == 2.0  # a constant ground level needs no geometry
    assert value(out["A"], "bottom_m") is None  # no bottom field chosen
    raster = make_ground(tmp_path / "ahn.tif")
    result, out = run_all(run_alg, tmp_path, {"BOTTOM_NAP_FIELD": "bot_nap", "GROUND_LEVEL": raster,
                                              "GROUND_LEVEL_VALUE": 2.0})
    assert value(out["D"], "bottom_m") == 2.0 and value(out["E"], "bottom_m") == 2.0  # off the raster: 2 m NAP
    assert value(out["A"], "bottom_m") == 31.0 and result["OFF_RASTER"] == 0
    assert value(out["J"], "bottom_m") is None  # no geometry: on no cell of the raster


def test_bad_inputs_refused(run_alg, tmp_path):
    layer = write_layer(tmp_path, ROWS)
    with pytest.raises(QgsProcessingException, match="top field, the bottom field"):
        run(run_alg, {"INPUT": layer, "GROUND_LEVEL_VALUE": 3.0})
    with pytest.raises(QgsProcessingException, match="Give the ground level"):
        run(run_alg, {"INPUT": layer, "TOP_NAP_FIELD": "top_nap"})
    with pytest.raises(QgsProcessingException):
        run(run_alg, {"INPUT": layer, "TOP_NAP_FIELD": "top_nap", "GROUND_LEVEL_VALUE": 5000.0})


def test_coarse_read_for_a_huge_polygon(tmp_path):
    """A polygon over more cells than one window may hold is read at a coarser resolution (averaged)."""
    from ondergrond.algorithms.groundlevel import _GdalReader

    values = np.arange(200 * 300, dtype=float).reshape(200, 300) % 7
    reader = _GdalReader(make_ground(tmp_path / "big.tif", values, origin=(0.0, 2000.0)), "big")
    level = gl.ground_level(shapely.box(0, 0, 3000, 2000), reader, max_cells=1000)
    assert level == pytest.approx(values.mean(), abs=0.05)


def test_qgis_process_cli(qgis_process, tmp_path):
    layer = write_layer(tmp_path, ROWS)
    output = tmp_path / "depths.gpkg"
    result = qgis_process("ondergrond:naptodepth", {
        "INPUT": layer.source(), "TOP_NAP_FIELD": "top_nap", "BOTTOM_NAP_FIELD": "bot_nap",
        "GROUND_LEVEL": make_ground(tmp_path / "ahn.tif"), "OUTPUT": str(output)})
    assert result["results"]["TOP_CLIPPED"] == 2
    features = {f["name"]: f for f in QgsVectorLayer(str(output), "d", "ogr").getFeatures()}
    assert features["A"]["bottom_m"] == pytest.approx(31.0)
