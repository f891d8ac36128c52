"""ondergrond:crosssection through real Processing: a hand-made oblique section, years, bad input, the sample
street through qgis_process (with its drawing).

Hand-made section: LINESTRING(100 100, 112 116) in EPSG:28992, 20 m long, direction (0.6, 0.8), so the
point at distance d is (100 + 0.6 d, 100 + 0.8 d):
- water pipe perpendicular through d = 5 (103, 104): (107 101) - (99 107); depth 1.0, diameter 0.2.
- gas pipe along y = 108 (at 53 degrees to the section): meets it where 100 + 0.8 d = 108, d = 10
  (x = 106); depth 0.9, diameter 0.2 -> circle centre (10, -1.0).
- heat pipe along x = 109, valid from 2030: meets the section at 100 + 0.6 d = 109, d = 15; no depth ->
  the table's 0.8 m for warmte, assumed.
"""

from pathlib import Path

import pytest
from conftest import as_layer, recorder
from qgis.core import QgsProcessingException, QgsVectorLayer

ALG = "ondergrond:crosssection"
FIELDS = {"utility_type": "string", "depth_m": "double", "diameter_m": "double", "valid_from": "integer"}


@pytest.fixture
def section(make_layer):
    def make(*wkts):
        return make_layer("LineString", {"name": "string"}, [{"wkt": w, "name": "A-A'"} for w in wkts],
                          name="doorsnede")
    return make


@pytest.fixture
def pipes(make_layer):
    return make_layer("LineString", FIELDS, [
        {"wkt": "LINESTRING(107 101, 99 107)", "utility_type": "water", "depth_m": 1.0, "diameter_m": 0.2},
        {"wkt": "LINESTRING(100 108, 112 108)", "utility_type": "gasLageDruk", "depth_m": 0.9, "diameter_m": 0.2},
        {"wkt": "LINESTRING(109 100, 109 120)", "utility_type": "warmte", "diameter_m": 0.3, "valid_from": 2030},
    ], name="kabels")


def features(result):
    return {f["utility_type"]: f for f in as_layer(result["OUTPUT"]).getFeatures()}


def test_oblique_section_by_hand(run_alg, section, pipes, tmp_path):
    result = run_alg(ALG, {"SECTION": section("LINESTRING(100 100, 112 116)"), "LAYERS": [pipes], "YEAR": 2026,
                           "OUTPUT": "memory:", "DRAWING": str(tmp_path / "a.png"), "CLEARANCE_TYPE": "warmte"})
    found = features(result)
    assert set(found) == {"water", "gasLageDruk"} and result["COUNT"] == 2
    water = found["water"]
    assert water["distance_m"] == pytest.approx(5.0)
    assert (water["top_m"], water["bottom_m"]) == pytest.approx((1.0, 1.2))
    assert water["layer"] == "kabels" and water["kind"] == "pipe" and water["shape"] == "circle"
    assert not water["depth_assumed"]
    centre = water.geometry().centroid().asPoint()
    assert (centre.x(), centre.y()) == pytest.approx((5.0, -1.1), abs=1e-6)
    gas = found["gasLageDruk"]
    assert gas["distance_m"] == pytest.approx(10.0)
    centre = gas.geometry().centroid().asPoint()
    assert (centre.x(), centre.y()) == pytest.approx((10.0, -1.0), abs=1e-6)
    assert Path(result["DRAWING"]).stat().st_size > 10000


def test_year_and_assumed_depth(run_alg, section, pipes):
    result = run_alg(ALG, {"SECTION": section("LINESTRING(100 100, 112 116)"), "LAYERS": [pipes], "YEAR": 2030,
                           "OUTPUT": "memory:"})
    heat = features(result)["warmte"]
    assert heat["distance_m"] == pytest.approx(15.0)
    assert heat["top_m"] == pytest.approx(0.8) and heat["depth_assumed"]
    everything = run_alg(ALG, {"SECTION": section("LINESTRING(100 100, 112 116)"), "LAYERS": [pipes],
                               "OUTPUT": "memory:"})
    assert everything["COUNT"] == 3


def test_bad_input(run_alg, section, pipes, make_layer):
    with pytest.raises(QgsProcessingException, match="exactly one"):
        run_alg(ALG, {"SECTION": section("LINESTRING(0 0, 10 0)", "LINESTRING(0 5, 10 5)"), "LAYERS": [pipes],
                      "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="at least one layer"):
        run_alg(ALG, {"SECTION": section("LINESTRING(0 0, 10 0)"), "LAYERS": [], "OUTPUT": "memory:"})
    bad = make_layer("LineString", FIELDS, [{"wkt": "LINESTRING(5 -5, 5 5)", "utility_type": "water",
                                             "depth_m": -1.0}], name="negatief")
    feedback = recorder()
    with pytest.raises(QgsProcessingException, match="negative"):
        run_alg(ALG, {"SECTION": section("LINESTRING(0 0, 10 0)"), "LAYERS": [bad], "OUTPUT": "memory:"}, feedback)
    with pytest.raises(QgsProcessingException):
        run_alg(ALG, {"SECTION": section("LINESTRING(0 0, 10 0)"), "LAYERS": [pipes], "BUFFER": -1,
                      "OUTPUT": "memory:"})


@pytest.mark.slow
def test_sample_street_qgis_process(qgis_process, sample_gpkg, tmp_path):
    """Across the Hoofdweg at x = 201100 from south (y = 505135) to north (505165): a cable at offset o from
    the centre line lies at distance o + 15; the tree at (201100, Y - 4.5) gives a root zone 8.0-13.0 m."""
    section = tmp_path / "doorsnede.geojson"
    section.write_text('{"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": '
                       '"urn:ogc:def:crs:EPSG::28992"}}, "features": [{"type": "Feature", "properties": {}, '
                       '"geometry": {"type": "LineString", "coordinates": [[201100, 505135], [201100, 505165]]}}]}')
    layers = ["{}|layername={}".format(sample_gpkg, name) for name in (
        "netwerk_kabels_leidingen", "netwerk_bomen", "netwerk_reserveringen")]
    output = tmp_path / "section.gpkg"
    drawing = tmp_path / "section.png"
    result = qgis_process(ALG, {"SECTION": str(section), "LAYERS": layers, "YEAR": 2031, "DEPTH_MAX": 3,
                                "CLEARANCE_TYPE": "warmte", "OUTPUT": str(output), "DRAWING": str(drawing)})
    assert result["results"]["COUNT"] >= 10
    assert drawing.stat().st_size > 10000
    layer = QgsVectorLayer(str(output))
    by_type = {}
    for feature in layer.getFeatures():
        by_type.setdefault((feature["layer"], feature["utility_type"]), []).append(feature)
    water = by_type[("netwerk_kabels_leidingen", "water")]
    assert sorted(round(f["distance_m"], 3) for f in water) == [8.5]
    trees = by_type[("netwerk_bomen", "boom")]
    assert [(round(f["distance_from_m"], 2), round(f["distance_to_m"], 2)) for f in trees] == [(8.0, 13.0)]
    assert (trees[0]["top_m"], trees[0]["bottom_m"]) == (0.0, 1.5)
    reservation = by_type[("netwerk_reserveringen", "reservering")]
    assert [(round(f["distance_from_m"], 2), round(f["distance_to_m"], 2)) for f in reservation] == [(22.5, 24.5)]
