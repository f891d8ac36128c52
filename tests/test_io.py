"""algorithms/io.py: reading a GeoPackage straight through GDAL gives what QGIS's feature iterator gives."""

import datetime
import math

import numpy as np
import pytest
import shapely
from osgeo import ogr, osr

FIELDS = {"name": ogr.OFTString, "count": ogr.OFTInteger, "big": ogr.OFTInteger64, "depth": ogr.OFTReal,
          "day": ogr.OFTDate, "moment": ogr.OFTDateTime}
ROWS = [  # (WKT or None, attributes); a missing attribute is NULL
    ("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))",
     {"name": "Zwolle-Zuid é", "count": 3, "big": 2 ** 40, "depth": 1.5, "day": "2031-04-05",
      "moment": "2031-04-05 10:30:00"}),
    (None, {"name": "no geometry"}),
    ("POLYGON EMPTY", {"name": "empty"}),
    ("POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))", {"name": ""}),  # a bow tie: invalid, repaired
    ("POLYGON ((20 0, 30 0, 30 5, 20 0))", {}),  # every attribute NULL
]


def write_gpkg(path, rows=ROWS, epsg=28992, geometry_type=ogr.wkbPolygon, layer_name="claims"):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer(layer_name, srs, geometry_type)
    for name, kind in FIELDS.items():
        layer.CreateField(ogr.FieldDefn(name, kind))
    for wkt, values in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        if wkt:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        for name in FIELDS:
            if name in values:
                feature.SetField(name, values[name])
            else:
                feature.SetFieldNull(name)
        layer.CreateFeature(feature)
    dataset = None
    return path


@pytest.fixture
def gpkg(tmp_path, qgis_app):
    return write_gpkg(tmp_path / "claims.gpkg")


def open_layer(path, name="claims", extra=""):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer("{}|layername={}{}".format(path, name, extra), name, "ogr")
    assert layer.isValid()
    return layer


def read(layer, fields=tuple(FIELDS), crs=None, feedback=None):
    from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingContext

    from ondergrond.algorithms.io import read_features
    from tests.conftest import recorder

    feedback = feedback or recorder()
    crs = QgsCoordinateReferenceSystem(crs or "EPSG:28992")
    return read_features(layer, crs, QgsProcessingContext(), feedback, fields=fields, label="claims"), feedback


def test_direct_read_equals_qgis_feature_iterator(gpkg):
    from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingContext

    from ondergrond.algorithms import io
    from tests.conftest import recorder

    layer = open_layer(gpkg)
    wanted = list(FIELDS)
    direct = io._read_geopackage(layer, wanted, recorder(), "claims")
    assert direct is not None, "a plain GeoPackage table is read directly"
    qgis = io._read_qgis(layer, QgsCoordinateReferenceSystem("EPSG:28992"), QgsProcessingContext(), recorder(),
                         wanted, "claims", None)
    np.testing.assert_array_equal(direct[0], qgis[0])  # GeoPackage fid = QGIS feature id
    assert list(direct[0]) == [1, 2, 3, 4, 5]

    def wkt(wkbs):  # NULL and empty geometries alike: both are skipped
        geoms = shapely.from_wkb(wkbs)
        return [None if g is None or g.is_empty else g.wkt for g in geoms]

    assert wkt(direct[1]) == wkt(qgis[1])
    assert wkt(direct[1])[1:3] == [None, None]
    assert direct[2] == qgis[2]
    first = {name: values[0] for name, values in direct[2].items()}
    assert first == {"name": "Zwolle-Zuid é", "count": 3, "big": 2 ** 40, "depth": 1.5,
                     "day": datetime.date(2031, 4, 5), "moment": datetime.datetime(2031, 4, 5, 10, 30)}
    assert all(values[4] is None for values in direct[2].values())
    assert direct[2]["name"][3] == ""  # an empty text is not NULL


def test_field_names_match_without_case_as_in_qgis(gpkg):
    from ondergrond.algorithms import io
    from tests.conftest import recorder

    assert io._read_geopackage(open_layer(gpkg), ["NAME"], recorder(), "claims") is not None
    features, _ = read(open_layer(gpkg), fields=["NAME", "Depth"])
    assert features.values("NAME") == ["Zwolle-Zuid é", "", None]
    assert features.values("Depth") == [1.5, None, None]


def test_read_features_skips_repairs_and_reports(gpkg):
    features, feedback = read(open_layer(gpkg))
    assert list(features.ids) == [1, 4, 5] and features.skipped == 2
    assert features.values("name") == ["Zwolle-Zuid é", "", None]
    assert all(shapely.is_valid(features.geoms))
    assert shapely.area(features.geoms[1]) == pytest.approx(50.0)  # the bow tie's two triangles
    assert any("skipped 2 feature(s) without geometry (feature ids 2, 3)" in text for text in feedback.warnings)
    assert any("repaired 1 invalid geometry(ies) (feature ids 4)" in text for text in feedback.warnings)


def test_z_is_dropped(tmp_path, qgis_app):
    path = write_gpkg(tmp_path / "z.gpkg", [("POLYGON Z ((0 0 -2, 10 0 -2, 10 10 -3, 0 0 -2))", {})],
                      geometry_type=ogr.wkbPolygon25D)
    features, _ = read(open_layer(path))
    assert not shapely.has_z(features.geoms).any()
    assert shapely.area(features.geoms[0]) == pytest.approx(50.0)


def test_what_the_direct_read_leaves_to_qgis(gpkg, tmp_path):
    """Filtered, edited or reprojected layers and virtual fields give QGIS's answer, not the file's."""
    from qgis.core import QgsGeometry

    from ondergrond.algorithms import io
    from ondergrond.compat import make_field
    from tests.conftest import recorder

    filtered = open_layer(gpkg, extra="|subset=\"count\" = 3")
    assert io._read_geopackage(filtered, [], recorder(), "x") is None
    assert list(read(filtered)[0].ids) == [1]

    edited = open_layer(gpkg)
    edited.startEditing()
    edited.changeGeometry(5, QgsGeometry.fromWkt("POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0))"))
    assert io._read_geopackage(edited, [], recorder(), "x") is None
    assert shapely.area(read(edited)[0].geoms[-1]) == pytest.approx(16.0)  # the unsaved edit counts
    edited.rollBack()

    virtual = open_layer(gpkg)
    virtual.addExpressionField('"count" * 2', make_field("double_count", "int"))
    assert io._read_geopackage(virtual, ["double_count"], recorder(), "x") is None
    assert read(virtual, fields=["double_count"])[0].values("double_count")[0] == 6

    wgs84 = open_layer(write_gpkg(tmp_path / "wgs84.gpkg", [("POINT (6.09 52.51)", {})], epsg=4326,
                                  geometry_type=ogr.wkbPoint))
    x, y = shapely.get_coordinates(read(wgs84)[0].geoms)[0]
    assert 200_000 < x < 210_000 and 500_000 < y < 505_000  # Zwolle in RD New, reprojected by QGIS


def test_geometries_of_equal_length_keep_their_trailing_zero_bytes(tmp_path, qgis_app):
    """GDAL hands equally long WKBs over as one fixed-width block; the zeros at the end are coordinates."""
    path = write_gpkg(tmp_path / "points.gpkg", [("POINT (1 0)", {}), ("POINT (2 0)", {})],
                      geometry_type=ogr.wkbPoint)
    features, _ = read(open_layer(path))
    assert [geom.wkt for geom in features.geoms] == ["POINT (1 0)", "POINT (2 0)"]


@pytest.mark.parametrize("geometry_type", [ogr.wkbUnknown, ogr.wkbCurvePolygon])
def test_curves_are_linearised(tmp_path, qgis_app, geometry_type):
    """GEOS reads no arcs (BGT data has them): QGIS turns them into segments of at most 1 degree."""
    path = write_gpkg(tmp_path / "curves.gpkg", [
        ("CURVEPOLYGON (CIRCULARSTRING (0 0, 10 10, 20 0, 10 -10, 0 0))", {"name": "circle"})],
        geometry_type=geometry_type)
    features, feedback = read(open_layer(path))
    assert features.values("name") == ["circle"]
    assert shapely.area(features.geoms[0]) == pytest.approx(math.pi * 100, rel=1e-3)
    assert any("1 curved geometry(ies) turned into straight segments" in text for text in feedback.infos)


def test_an_incomplete_stream_is_left_to_qgis(gpkg):
    """GDAL ends a failing stream as if it were complete; a read that does not match the table's
    feature count (here a stale count in gpkg_ogr_contents) is not trusted."""
    import sqlite3
    from contextlib import closing

    from ondergrond.algorithms import io
    from tests.conftest import recorder

    with closing(sqlite3.connect(gpkg)) as connection, connection:  # closed, not only committed
        connection.execute("UPDATE gpkg_ogr_contents SET feature_count = 99 WHERE table_name = 'claims'")
    assert io._read_geopackage(open_layer(gpkg), [], recorder(), "claims") is None
    assert list(read(open_layer(gpkg))[0].ids) == [1, 4, 5]  # QGIS reads all five, two without geometry
