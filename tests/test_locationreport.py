"""ondergrond:locationreport: hand-computed verdicts and shares, equality with depth-band suitability at random
places, what is present (claims and network, by year), bad input, the report and the CLI.

The constraint layout is the one of tests/test_preferenceladder.py (a 100 m x 100 m area at (200000, 500000)):
an aquifer 40-140 m under x > 30, a waterwingebied ("wwg", 0 m down) under y > 50, a boringsvrije zone
("bvz") from 45 m down under x < 50.
"""

import re

import numpy as np
import pytest
from conftest import recorder
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from qgis.core import QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer
from test_preferenceladder import FIELDS, FUNCTIONS, LADDER, RULES, X0, Y0, box

BANDS = "0-3,3-30,30-100,1500-4000"


@pytest.fixture
def tables(tmp_path_factory):
    folder = tmp_path_factory.mktemp("location_tables")
    paths = {}
    for key, name, text in (("FUNCTIONS_TABLE", "functions.csv", FUNCTIONS), ("RULES", "rules.csv", RULES),
                            ("LADDER", "ladder.csv", LADDER)):
        (folder / name).write_text(text, encoding="utf-8")
        paths[key] = str(folder / name)
    return paths


@pytest.fixture
def zones_layer(make_layer):
    return make_layer("Polygon", dict(FIELDS, valid_from="integer", valid_to="integer"), [
        {"wkt": box(30, 0, 100, 100), "kind": "aquifer", "top_m": 40.0, "bottom_m": 140.0},
        {"wkt": box(0, 50, 100, 100), "kind": "wwg", "top_m": 0.0},
        {"wkt": box(0, 0, 50, 100), "kind": "bvz", "top_m": 45.0, "valid_to": 2040},
    ], name="zones")


def locations(make_layer, geometry_type, rows):
    return make_layer(geometry_type, {"name": "string"}, rows, name="locations")


def run(run_alg, tmp_path, locations_layer, layers, tables, extra=None, feedback=None):
    parameters = {"LOCATIONS": locations_layer, "CONSTRAINTS": layers, "BANDS": BANDS, "CELL_SIZE": 10,
                  "TABLE": "memory:", "PRESENT": "memory:", "REPORT": str(tmp_path / "report.html")}
    parameters.update(tables)
    parameters.update(extra or {})
    return run_alg("ondergrond:locationreport", parameters, feedback)


def verdicts(result):
    """{(location, function, band): {verdict: share}}"""
    found = {}
    for feature in result["TABLE"].getFeatures():
        key = (feature["location"], feature["function"], feature["band"])
        found.setdefault(key, {})[feature["verdict"]] = feature["share"]
    return found


def point(x, y):
    return "POINT({} {})".format(X0 + x, Y0 + y)


def test_points_hand_computed(run_alg, make_layer, zones_layer, tables, tmp_path):
    layer = locations(make_layer, "Point", [{"wkt": point(75, 25), "name": "east"},
                                            {"wkt": point(25, 75), "name": "north-west"}])
    result = run(run_alg, tmp_path, layer, [zones_layer], tables)
    found = verdicts(result)
    # east: aquifer, no bvz, no wwg: everything that reaches a band is suitable, except drinking water
    # above the aquifer (no aquifer in 0-3 and 3-30 m).
    assert found[("east", "wko", "30-100")] == {1: 1.0}
    assert found[("east", "drink", "30-100")] == {1: 1.0}
    assert found[("east", "drink", "0-3")] == {3: 1.0}
    assert found[("east", "geo", "1500-4000")] == {1: 1.0}
    assert found[("east", "cables", "0-3")] == {1: 1.0}
    # north-west: wwg and bvz, no aquifer.
    assert found[("north-west", "wko", "30-100")] == {3: 1.0}
    assert found[("north-west", "cables", "0-3")] == {2: 1.0}
    assert found[("north-west", "geo", "1500-4000")] == {3: 1.0}
    # A function that does not reach a band has no row for it.
    assert ("east", "geo", "0-3") not in found
    reasons = {f["function"]: f["reasons"] for f in result["TABLE"].getFeatures()
               if f["location"] == "north-west" and f["band"] == "30-100"}
    assert "bvz: excluded" in reasons["wko"] and "wwg: excluded" in reasons["wko"]
    present = {(f["location"], f["kind"]) for f in result["PRESENT"].getFeatures()}
    assert present == {("east", "aquifer"), ("north-west", "wwg"), ("north-west", "bvz")}


def test_polygon_shares(run_alg, make_layer, zones_layer, tables, tmp_path):
    # x 40-60 at 10 m cells: centres at x = 45 (bvz) and 55 (none), y = 5 ... 95 (wwg above 50): 20 cells.
    layer = locations(make_layer, "Polygon", [{"wkt": box(40, 0, 60, 100), "name": "strip"}])
    result = run(run_alg, tmp_path, layer, [zones_layer], tables)
    found = verdicts(result)
    # wko 30-100: excluded at x = 45 (bvz, 10 cells) and at x = 55, y > 50 (wwg, 5 cells); suitable 5 cells.
    assert found[("strip", "wko", "30-100")] == pytest.approx({3: 0.75, 1: 0.25})
    # cables 0-3: conditional in the wwg (10 of 20 cells), suitable elsewhere.
    assert found[("strip", "cables", "0-3")] == pytest.approx({2: 0.5, 1: 0.5})
    for shares in found.values():
        assert sum(shares.values()) == pytest.approx(1.0)


def test_tiny_polygon_is_evaluated_at_a_point_inside(run_alg, make_layer, zones_layer, tables, tmp_path):
    layer = locations(make_layer, "Polygon", [{"wkt": box(71, 21, 73, 23), "name": "tiny"}])
    result = run(run_alg, tmp_path, layer, [zones_layer], tables)
    assert verdicts(result)[("tiny", "wko", "30-100")] == {1: 1.0}


def test_year_selects_constraints_and_network(run_alg, make_layer, zones_layer, tables, tmp_path):
    layer = locations(make_layer, "Point", [{"wkt": point(25, 25), "name": "p"}])
    cables = make_layer("LineString", {"utility_type": "string", "depth_m": "double", "diameter_m": "double",
                                       "valid_from": "integer", "valid_to": "integer"}, [
        {"wkt": "LINESTRING({} {},{} {})".format(X0 + 20, Y0, X0 + 20, Y0 + 100), "utility_type": "gasLageDruk",
         "depth_m": 0.9, "diameter_m": 0.1, "valid_to": 2035},
        {"wkt": "LINESTRING({} {},{} {})".format(X0 + 30, Y0, X0 + 30, Y0 + 100), "utility_type": "water"},
    ], name="kabels")
    now = run(run_alg, tmp_path, layer, [zones_layer], tables, {"NETWORK": [cables], "RADIUS": 10, "YEAR": 2030})
    later = run(run_alg, tmp_path, layer, [zones_layer], tables, {"NETWORK": [cables], "RADIUS": 10, "YEAR": 2050})
    # bvz is valid until 2040: deep geothermal energy is excluded by it in 2030 and suitable in 2050.
    assert verdicts(now)[("p", "geo", "1500-4000")] == {3: 1.0}
    assert verdicts(later)[("p", "geo", "1500-4000")] == {1: 1.0}
    assert {f["kind"] for f in now["PRESENT"].getFeatures() if f["kind"]} == {"bvz"}
    assert {f["kind"] for f in later["PRESENT"].getFeatures() if f["kind"]} == set()
    network_now = {f["utility_type"]: f for f in now["PRESENT"].getFeatures() if f["utility_type"]}
    assert {k.lower() for k in network_now} == {"gaslagedruk", "water"}
    gas = next(f for k, f in network_now.items() if k.lower() == "gaslagedruk")
    assert gas["top_m"] == pytest.approx(0.9) and gas["bottom_m"] == pytest.approx(1.0)
    assert gas["distance_m"] == pytest.approx(5.0) and not gas["depth_assumed"]
    water = network_now["water"]
    assert water["depth_assumed"] and water["distance_m"] == pytest.approx(5.0)
    assert {f["utility_type"].lower() for f in later["PRESENT"].getFeatures() if f["utility_type"]} == {"water"}


def test_location_with_nothing_present(run_alg, make_layer, zones_layer, tables, tmp_path):
    layer = locations(make_layer, "Point", [{"wkt": point(500, 500), "name": "far"}])
    feedback = recorder()
    result = run(run_alg, tmp_path, layer, [zones_layer], tables, feedback=feedback)
    found = verdicts(result)
    assert found[("far", "geo", "1500-4000")] == {1: 1.0}
    assert found[("far", "wko", "30-100")] == {3: 1.0}  # needs an aquifer
    assert result["PRESENT"].featureCount() == 0
    assert any("Nothing is present" in text for text in feedback.infos)


@settings(max_examples=4, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, 9), st.integers(0, 9)), min_size=1, max_size=12, unique=True))
def test_verdicts_equal_depthbandsuitability(run_alg, make_layer, zones_layer, tables, tmp_path_factory, cells):
    """At cell centres of a suitability run, a point location gets the same verdicts and reasons."""
    tmp_path = tmp_path_factory.mktemp("equal")
    suitability = run_alg("ondergrond:depthbandsuitability", {
        "CONSTRAINTS": [zones_layer], "EXTENT": "{},{},{},{} [EPSG:28992]".format(X0, X0 + 100, Y0, Y0 + 100),
        "CELL_SIZE": 10, "BANDS": BANDS, "OUTPUT": "memory:", "MATRIX": str(tmp_path / "m.html"),
        "FUNCTIONS_TABLE": tables["FUNCTIONS_TABLE"], "RULES": tables["RULES"]})
    zones = list(suitability["OUTPUT"].getFeatures())
    rows = [{"wkt": point(10 * c + 5, 10 * r + 5), "name": "c{}_{}".format(c, r)} for c, r in cells]
    result = run(run_alg, tmp_path, locations(make_layer, "Point", rows), [zones_layer], tables)
    table = {(f["location"], f["function"], f["band"]): (f["verdict"], f["reasons"])
             for f in result["TABLE"].getFeatures()}
    for c, r in cells:
        where = QgsGeometry.fromPointXY(QgsPointXY(X0 + 10 * c + 5, Y0 + 10 * r + 5))
        for zone in zones:
            if zone.geometry().contains(where):
                got = table[("c{}_{}".format(c, r), zone["function"], zone["band"])]
                assert got == (zone["verdict"], zone["reasons"]), (c, r, zone["function"], zone["band"])


def test_report_and_images_fit_the_page(run_alg, make_layer, zones_layer, tables, tmp_path):
    from qgis.PyQt.QtGui import QTextDocument

    layer = locations(make_layer, "Polygon", [{"wkt": box(40, 0, 60, 100), "name": "Kavel 12"}])
    result = run(run_alg, tmp_path, layer, [zones_layer], tables)
    with open(result["REPORT"], encoding="utf-8") as handle:
        text = handle.read()
    assert "Kavel 12" in text and "Preference ladder" in text
    widths = [int(w) for w in re.findall(r'<img[^>]* width="(\d+)"', text)]
    assert len(widths) == 2 and max(widths) <= 700
    document = QTextDocument()
    document.setHtml(text)
    document.setTextWidth(100)  # as narrow as it goes: Qt widens to what the widest image or table needs
    assert document.idealWidth() <= 794  # an A4 page at 96 dpi


def test_bad_input(run_alg, make_layer, zones_layer, tables, tmp_path):
    huge = locations(make_layer, "Polygon", [{"wkt": box(0, 0, 50000, 50000), "name": "province"}])
    with pytest.raises(QgsProcessingException, match="Location province .*choose a larger cell size"):
        run(run_alg, tmp_path, huge, [zones_layer], tables, {"CELL_SIZE": 1})
    empty = locations(make_layer, "Point", [])
    with pytest.raises(QgsProcessingException, match="has no features"):
        run(run_alg, tmp_path, empty, [zones_layer], tables)
    layer = locations(make_layer, "Point", [{"wkt": point(10, 10), "name": "p"}])
    before = [(f.attributes(), f.geometry().asWkt()) for f in zones_layer.getFeatures()]
    run(run_alg, tmp_path, layer, [zones_layer], tables)
    assert [(f.attributes(), f.geometry().asWkt()) for f in zones_layer.getFeatures()] == before


def test_qgis_process(qgis_process, sample_gpkg, tmp_path, make_layer):
    gpkg = str(sample_gpkg)
    result = qgis_process("ondergrond:locationreport", {
        "LOCATIONS": "{}|layername=ondergrond_winputten".format(gpkg),
        "CONSTRAINTS": ["{}|layername={}".format(gpkg, name) for name in (
            "ondergrond_boringsvrije_zone", "ondergrond_aquifer", "ondergrond_ngr")],
        "NETWORK": "{}|layername=netwerk_kabels_leidingen".format(gpkg),
        "TABLE": str(tmp_path / "table.gpkg"), "PRESENT": str(tmp_path / "present.gpkg"),
        "REPORT": str(tmp_path / "report.html")})
    table = QgsVectorLayer(result["results"]["TABLE"])
    assert table.featureCount() > 0
    assert np.isclose(sum(f["share"] for f in table.getFeatures()
                          if f["location_id"] == 1 and f["function"] == "diepe geothermie"), 1.0)
    assert (tmp_path / "report.html").stat().st_size > 10000
