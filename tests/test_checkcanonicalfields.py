"""ondergrond:checkcanonicalfields on hand-made features with known problems."""

import pytest
from conftest import as_layer, recorder
from qgis.core import QgsProcessingException

FIELDS = {"top_m": "double", "bottom_m": "double", "depth_m": "string", "diameter_m": "double",
          "valid_from": "string", "valid_to": "integer"}


def problems_by_fid(result):
    return {f["source_fid"]: f["problem"] for f in as_layer(result["OUTPUT"]).getFeatures()}


def test_reports_exactly_the_broken_features(run_alg, make_layer):
    layer = make_layer("Polygon", FIELDS, [
        # 1: fine (NULL top = ground level, open-ended validity)
        {"wkt": "POLYGON((0 0,10 0,10 10,0 10,0 0))", "bottom_m": 5.0, "valid_from": "2030-05-01"},
        # 2: top below bottom
        {"wkt": "POLYGON((0 0,10 0,10 10,0 10,0 0))", "top_m": 8.0, "bottom_m": 5.0},
        # 3: diameter in millimetres
        {"wkt": "POLYGON((0 0,10 0,10 10,0 10,0 0))", "diameter_m": 200.0},
        # 4: non-numeric depth and validity that ends before it starts
        {"wkt": "POLYGON((0 0,10 0,10 10,0 10,0 0))", "depth_m": "ondiep", "valid_from": "2040", "valid_to": 2030},
        # 5: self-intersecting bow tie
        {"wkt": "POLYGON((0 0,10 10,10 0,0 10,0 0))"},
        # 6: fine, Dutch date order
        {"wkt": "POLYGON((0 0,10 0,10 10,0 10,0 0))", "depth_m": "0,8", "valid_from": "01-05-2030"},
    ])
    result = run_alg("ondergrond:checkcanonicalfields", {"INPUT": layer, "OUTPUT": "memory:"})
    assert result["CHECKED"] == 6
    assert result["PROBLEMS"] == 4
    found = problems_by_fid(result)
    assert set(found) == {2, 3, 4, 5}
    assert "top 8.0 m lies below bottom 5.0 m" in found[2]
    assert "millimetres" in found[3]
    assert "'ondiep' is not a number" in found[4] and "after valid_to" in found[4]
    assert "invalid geometry" in found[5]
    # The input is never modified.
    assert layer.featureCount() == 6 and not layer.isModified()


def test_other_field_names_and_missing_fields(run_alg, make_layer):
    layer = make_layer("Point", {"diepte": "double"}, [{"wkt": "POINT(1 1)", "diepte": -2.0}])
    result = run_alg("ondergrond:checkcanonicalfields", {
        "INPUT": layer, "DEPTH_FIELD": "diepte", "TOP_FIELD": None, "OUTPUT": "memory:"})
    assert result["PROBLEMS"] == 1
    assert "depth_m is -2.0" in next(iter(problems_by_fid(result).values()))


def test_geographic_crs_is_reported(run_alg, make_layer):
    layer = make_layer("Point", {"depth_m": "double"}, [{"wkt": "POINT(6.1 52.5)", "depth_m": 1.0}],
                       crs="EPSG:4326")
    feedback = recorder()
    result = run_alg("ondergrond:checkcanonicalfields", {"INPUT": layer, "OUTPUT": "memory:"}, feedback)
    assert result["PROBLEMS"] == 0
    assert any("EPSG:4326" in warning for warning in feedback.warnings)


def test_missing_layer_is_a_clear_error(run_alg):
    with pytest.raises(QgsProcessingException):
        run_alg("ondergrond:checkcanonicalfields", {"INPUT": "/nonexistent/layer.gpkg", "OUTPUT": "memory:"})


def test_sample_data_follows_the_conventions(run_alg, sample_gpkg):
    for name in ("netwerk_kabels_leidingen", "netwerk_bomen", "ondergrond_boringsvrije_zone"):
        result = run_alg("ondergrond:checkcanonicalfields", {
            "INPUT": "{}|layername={}".format(sample_gpkg, name), "OUTPUT": "memory:"})
        assert result["CHECKED"] > 0 and result["PROBLEMS"] == 0, name


def test_qgis_process_cli(qgis_process, sample_gpkg, tmp_path):
    output = tmp_path / "problems.gpkg"
    result = qgis_process("ondergrond:checkcanonicalfields", {
        "INPUT": "{}|layername=netwerk_kabels_leidingen".format(sample_gpkg), "OUTPUT": str(output)})
    assert result["results"]["CHECKED"] == 17
    assert result["results"]["PROBLEMS"] == 0
    assert output.exists()
