"""core/gpkg.py: bulk-writing into a GeoPackage table that OGR created, read back with OGR."""

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
    import pytest

    path = tmp_path / "out.gpkg"
    empty_table(path)
    gpkg.write_table(path, "lines", ["name"], [("a",)], [shapely.LineString([(0, 0), (1, 1)])])
    with pytest.raises(gpkg.GpkgWriteError):
        gpkg.write_table(path, "lines", ["name"], [("b",)], [shapely.LineString([(0, 0), (1, 1)])])
    with pytest.raises(gpkg.GpkgWriteError):
        gpkg.write_table(path, "nothing", ["name"], [], [])
