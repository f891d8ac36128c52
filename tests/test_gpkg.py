"""core/gpkg.py: bulk-writing into a GeoPackage table that OGR created, read back with OGR."""

import math
import sqlite3
import struct
from contextlib import closing

import numpy as np
import pytest
import shapely
from osgeo import ogr, osr

from ondergrond.core import gpkg

ogr.UseExceptions()


def empty_table(path, geometry_type=ogr.wkbMultiLineString):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer("lines", srs, geometry_type)
    for name, kind in (("name", ogr.OFTString), ("depth_m", ogr.OFTReal), ("valid_from", ogr.OFTDate)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    dataset = None


def test_lines_are_written_as_multilines_with_index_and_count(tmp_path):
    path = tmp_path / "out.gpkg"
    empty_table(path)
    geometries = [shapely.LineString([(0, 0), (10, 0)]),
                  shapely.MultiLineString([[(100, 100), (100, 120)], [(105, 100), (105, 90)]]),
                  shapely.LineString([(50, -5), (60, 5)])]
    rows = [("a", 0.8, "2026-01-01"), ("b", None, None), ("c", 1.25, "2031-12-31")]
    assert gpkg.write_table(path, "lines", ["name", "depth_m", "valid_from"], rows, geometries) == 3
    dataset = ogr.Open(str(path))
    layer = dataset.GetLayerByName("lines")
    assert layer.GetFeatureCount() == 3
    features = {f.GetField("name"): f for f in layer}
    assert features["a"].GetGeometryRef().GetGeometryName() == "MULTILINESTRING"
    assert shapely.from_wkt(features["b"].GetGeometryRef().ExportToWkt()).equals(geometries[1])
    assert features["c"].GetField("depth_m") == 1.25 and features["c"].GetField("valid_from") == "2031/12/31"
    assert features["b"].IsFieldNull("depth_m")
    # The spatial index answers a box query: only "b" lies in x 95-110.
    layer.SetSpatialFilterRect(95, 80, 110, 130)
    assert [f.GetField("name") for f in layer] == ["b"]
    # The extent is the union of the envelopes; the insert triggers are back (OGR can append a feature).
    layer.SetSpatialFilter(None)
    assert layer.GetExtent() == (0.0, 105.0, -5.0, 120.0)
    dataset = None
    dataset = ogr.Open(str(path), 1)
    layer = dataset.GetLayerByName("lines")
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkt("MULTILINESTRING ((1 1, 2 2))"))
    layer.CreateFeature(feature)
    dataset = None
    assert ogr.Open(str(path)).GetLayerByName("lines").GetFeatureCount() == 4


def test_a_table_with_rows_is_refused(tmp_path):
    path = tmp_path / "out.gpkg"
    empty_table(path)
    gpkg.write_table(path, "lines", ["name"], [("a",)], [shapely.LineString([(0, 0), (1, 1)])])
    with pytest.raises(gpkg.GpkgWriteError):
        gpkg.write_table(path, "lines", ["name"], [("b",)], [shapely.LineString([(0, 0), (1, 1)])])
    with pytest.raises(gpkg.GpkgWriteError):
        gpkg.write_table(path, "nothing", ["name"], [], [])


@pytest.mark.parametrize("rows", [[("a", 1.0), ("b",)], [("a", 1.0), ("b", 2.0, "c")]])
def test_rows_without_one_value_per_column_are_refused(tmp_path, rows):
    """Rows go in as one run of values: a short or long row would shift every value after it."""
    path = tmp_path / "out.gpkg"
    empty_table(path)
    with pytest.raises(gpkg.GpkgWriteError):
        gpkg.write_table(path, "lines", ["name", "depth_m"], rows, [shapely.LineString([(0, 0), (1, 1)])] * 2)
    connection = sqlite3.connect(str(path))
    assert connection.execute("SELECT count(*) FROM lines").fetchone() == (0,)
    connection.close()


def random_lines(n, seed):
    rng = np.random.default_rng(seed)
    start = np.column_stack([200_000 + rng.random(n) * 5000, 500_000 + rng.random(n) * 5000])
    return shapely.linestrings(np.stack([start, start + rng.random((n, 2)) * 20], axis=1))


@pytest.mark.parametrize("n", [1, 51, 52, 2_601, 2_602, 20_000])
def test_bulk_loaded_rtree_is_sound_and_finds_every_box(tmp_path, n):
    """SQLite's own check passes (depths, parents, rows, every parent box holding its children), and box
    queries through the R-tree and through OGR find every line a brute-force scan finds. A node holds at most 51
    cells (SQLite's limit), so 51 boxes fit in the root, 52 to 51 x 51 need a second level, more a third."""
    path = tmp_path / "out.gpkg"
    empty_table(path)
    lines = random_lines(n, n)
    gpkg.write_table(path, "lines", ["name"], [(str(i),) for i in range(n)], list(lines))
    connection = sqlite3.connect(str(path))
    try:
        assert connection.execute("SELECT rtreecheck('rtree_lines_geom')").fetchone() == ("ok",)
        depth = int.from_bytes(connection.execute(
            "SELECT substr(data, 1, 2) FROM rtree_lines_geom_node WHERE nodeno = 1").fetchone()[0], "big")
        assert depth == {1: 0, 51: 0, 52: 1, 2_601: 1, 2_602: 2, 20_000: 2}[n]
        bounds = shapely.bounds(lines)
        dataset = ogr.Open(str(path))
        layer = dataset.GetLayerByName("lines")
        rng = np.random.default_rng(1)
        side = 150.0
        for x, y in zip(200_000 + rng.random(20) * 5000, 500_000 + rng.random(20) * 5000):
            touching = ((bounds[:, 2] >= x) & (bounds[:, 0] <= x + side)
                        & (bounds[:, 3] >= y) & (bounds[:, 1] <= y + side))
            found = {row[0] for row in connection.execute(
                "SELECT id FROM rtree_lines_geom WHERE maxx >= ? AND minx <= ? AND maxy >= ? AND miny <= ?",
                (x, x + side, y, y + side))}
            assert set((np.flatnonzero(touching) + 1).tolist()) <= found
            layer.SetSpatialFilterRect(x, y, x + side, y + side)
            expected = np.flatnonzero(shapely.intersects(lines, shapely.box(x, y, x + side, y + side))) + 1
            assert {feature.GetFID() for feature in layer} == set(expected.tolist())
    finally:
        connection.close()


def test_rtree_boxes_are_rounded_outward_to_float32():
    """SQLite keeps R-tree boxes as 32-bit floats; rounded to nearest, 0.1 m above 500,000 m would cut a
    line ending there; rounded outward the box still holds it."""
    bounds = np.array([[200_000.1, 500_000.1, 200_000.3, 500_000.3]])
    box = gpkg._float32_outward(bounds)[0].astype(float)
    assert box[0] <= 200_000.1 and box[1] >= 200_000.3 and box[2] <= 500_000.1 and box[3] >= 500_000.3
    assert box[1] - box[0] < 0.3  # one float32 step (1/64 m here) either side, not more


def test_single_parts_are_written_as_multi_of_one():
    """A LineString's blob in a MULTILINESTRING column is the WKB of the multi of one shapely writes."""
    line = shapely.LineString([(0, 0), (3, 4)])
    blobs = gpkg.blobs([line], 28992, "MULTILINESTRING")
    assert blobs[0][40:] == shapely.to_wkb(shapely.MultiLineString([line]), byte_order=1)
    with pytest.raises(gpkg.GpkgWriteError):
        gpkg.blobs([shapely.Point(0, 0)], 28992, "MULTILINESTRING")


def test_rtree_falls_back_to_inserts_where_node_tables_are_read_only(tmp_path):
    """In SQLite's defensive mode the R-tree's node tables cannot be written; the boxes go in one by one."""
    if not hasattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE"):
        pytest.skip("this Python's sqlite3 cannot switch on defensive mode (Python < 3.12)")
    path = tmp_path / "out.gpkg"
    empty_table(path)
    lines = random_lines(300, 3)
    connection = sqlite3.connect(str(path), isolation_level=None)
    try:
        connection.setconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE, True)
        with pytest.raises(sqlite3.OperationalError):
            connection.execute("DELETE FROM rtree_lines_geom_node")
        connection.execute("BEGIN")
        gpkg.fill_rtree(connection, "rtree_lines_geom", np.arange(1, 301), shapely.bounds(lines))
        connection.execute("COMMIT")
        assert connection.execute("SELECT count(*) FROM rtree_lines_geom").fetchone() == (300,)
        assert connection.execute("SELECT rtreecheck('rtree_lines_geom')").fetchone() == ("ok",)
    finally:
        connection.close()


def insert_and_read(rows):
    """core/gpkg._insert into a table of every SQLite affinity; returns what it ran (the statements) and
    the rows read back as (value, storage class) pairs, the fid and blob first."""
    with closing(sqlite3.connect(":memory:", isolation_level=None)) as connection:
        connection.execute("CREATE TABLE t (fid INTEGER PRIMARY KEY, geom BLOB, name TEXT, kind TEXT, "
                           "depth REAL, valid_from DATE, raw BLOB)")
        statements = []
        connection.set_trace_callback(statements.append)
        names = ["fid", "geom", "name", "kind", "depth", "valid_from", "raw"]
        geometry = gpkg.Blobs.of([b"g%d" % i for i in range(len(rows))], np.zeros((len(rows), 4)))
        gpkg._insert(connection, "t", names, geometry, rows,
                     [False, False, True, True, False])
        connection.set_trace_callback(None)
        found = connection.execute("SELECT {} FROM t ORDER BY fid".format(
            ", ".join("{0}, typeof({0})".format(name) for name in names))).fetchall()
    return " ".join(statements), [list(zip(row[::2], row[1::2])) for row in found]


def test_repeating_columns_go_in_once_and_read_back_as_if_bound_per_row():
    """2,000 rows: kind (text or NULL), depth (1, 1.0, 0.5 or NULL) and valid_from (a date or NULL) repeat and
    go in once per combination; name is unique and raw (a BLOB column, which keeps 1 apart from 1.0 and
    -0.0 from 0.0) holds numbers: both bind per row. A REAL column stores 1 as the real 1.0."""
    rows = [("n{}".format(i), ("a", "b", None)[i % 3], (1, 1.0, 0.5, None)[i % 4],
             "2026-01-01" if i % 2 else None, (0.0, -0.0, 1, 1.0)[i % 4]) for i in range(2000)]
    assert gpkg._repeating(rows, [False, False, True, True, False]) == [1, 2, 3]
    statements, found = insert_and_read(rows)
    assert "ondergrond_combinations" in statements
    assert len(found) == 2000
    assert found[0] == [(1, "integer"), (b"g0", "blob"), ("n0", "text"), ("a", "text"), (1.0, "real"),
                        (None, "null"), (0.0, "real")]
    assert found[1] == [(2, "integer"), (b"g1", "blob"), ("n1", "text"), ("b", "text"), (1.0, "real"),
                        ("2026-01-01", "text"), (-0.0, "real")]
    assert math.copysign(1, found[1][6][0]) == -1 and math.copysign(1, found[0][6][0]) == 1
    assert found[2] == [(3, "integer"), (b"g2", "blob"), ("n2", "text"), (None, "null"), (0.5, "real"),
                        (None, "null"), (1, "integer")]
    assert found[1999] == [(2000, "integer"), (b"g1999", "blob"), ("n1999", "text"), ("b", "text"),
                           (None, "null"), ("2026-01-01", "text"), (1.0, "real")]


def test_numbers_in_a_text_column_beyond_the_sample_are_bound_per_row():
    """kind repeats strings in the sampled (even) rows, but odd rows hold 1 and 1.0, one key in Python and
    '1' and '1.0' in a TEXT column: every value is bound per row, as given."""
    rows = [("n{}".format(i), "x" if i % 2 == 0 else (1 if i % 4 == 1 else 1.0), 0.5, None, b"r")
            for i in range(2000)]
    assert gpkg._repeating(rows, [False, False, True, True, False]) == [1, 2, 3, 4]
    statements, found = insert_and_read(rows)
    assert "ondergrond_combinations" not in statements
    assert [row[3] for row in found[:4]] == [("x", "text"), ("1", "text"), ("x", "text"), ("1.0", "text")]
    assert found[3][4:] == [(0.5, "real"), (None, "null"), (b"r", "blob")]


@pytest.mark.parametrize("n", [0, 1])
def test_no_row_and_one_row(n):
    rows = [("n", "a", 2, "2026-01-01", None)][:n]
    _statements, found = insert_and_read(rows)
    assert found == [[(1, "integer"), (b"g0", "blob"), ("n", "text"), ("a", "text"), (2.0, "real"),
                      ("2026-01-01", "text"), (None, "null")]][:n]


@pytest.mark.parametrize("n", [0, 1, 499, 500, 998, 1001])
def test_rows_go_in_many_to_a_statement_in_order(n):
    """Two values a row: 499 rows fill one statement's 999 bound values; the rest go in a shorter one."""
    with closing(sqlite3.connect(":memory:")) as connection:
        connection.execute("CREATE TABLE t (a, b)")
        statements = []
        connection.set_trace_callback(statements.append)
        gpkg._insert_rows(connection, "t (b, a)", 2, ((i, "r{}".format(i)) for i in range(n)))
        connection.set_trace_callback(None)
        assert connection.execute("SELECT b, a FROM t ORDER BY rowid").fetchall() == [
            (i, "r{}".format(i)) for i in range(n)]
    assert sum(s.startswith("INSERT") for s in statements) == {0: 0, 1: 1, 499: 1, 500: 2, 998: 2, 1001: 3}[n]


@pytest.mark.parametrize("geometry_type", ["MULTILINESTRING", "LINESTRING"])
def test_line_blobs_are_the_bytes_shapely_writes(geometry_type):
    """Lines of 2 to 7 vertices in random order (blocks per vertex count, rows not in order): each row's blob
    is the GeoPackage header with its envelope and the WKB shapely writes (as a multi of one where the column
    is a multi type)."""
    rng = np.random.default_rng(7)
    lines = [shapely.LineString(rng.random((n, 2)) * 1e5) for n in rng.integers(2, 8, 300)]
    blobs = gpkg.blobs(lines, 28992, geometry_type)
    for i, line in enumerate(lines):
        minx, miny, maxx, maxy = line.bounds
        part = shapely.MultiLineString([line]) if geometry_type.startswith("MULTI") else line
        expected = b"GP\x00\x03" + struct.pack("<i4d", 28992, minx, maxx, miny, maxy) + shapely.to_wkb(
            part, byte_order=1)
        assert blobs[i] == expected
