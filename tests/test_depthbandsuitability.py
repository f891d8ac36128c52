"""ondergrond:depthbandsuitability through real Processing: hand-computed cases, bad input, sample data, CLI.

The hand-computed cases use a 100 m x 100 m area at (200000, 500000) with 10 m cells (100 cells of
100 m2): a polygon covers exactly the cells whose centres lie inside it.
"""

import csv
from collections import defaultdict

import pytest
from conftest import as_layer, recorder
from qgis.core import QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer

X0, Y0 = 200000, 500000
EXTENT = "{},{},{},{} [EPSG:28992]".format(X0, X0 + 100, Y0, Y0 + 100)
FIELDS = {"kind": "string", "top_m": "double", "bottom_m": "double"}


def box(x0, y0, x1, y1):
    return "POLYGON(({a} {b},{c} {b},{c} {d},{a} {d},{a} {b}))".format(a=X0 + x0, b=Y0 + y0, c=X0 + x1, d=Y0 + y1)



@pytest.fixture
def tables(tmp_path):
    """A small functions and rules table: 'geo' 1500-4000 m, 'wko' 30-150 m."""
    functions = tmp_path / "functions.csv"
    functions.write_text("function,top_m,bottom_m,label,note\ngeo,1500,4000,Geothermal,test\n"
                         "wko,30,150,ATES,test\n", encoding="utf-8")
    rules = tmp_path / "rules.csv"
    rules.write_text("function;kind;verdict;note\n"
                     "geo;boringsvrije zone;excluded;nee, tenzij\n"
                     "geo;breukzone;conditional;seismiciteit\n"
                     "wko;aquifer;required;pakket nodig\n"
                     "wko;boringsvrije zone;excluded;kleilaag\n", encoding="utf-8")
    return {"FUNCTIONS_TABLE": str(functions), "RULES": str(rules)}


def run(run_alg, tmp_path, layers, extra=None, feedback=None):
    parameters = {"CONSTRAINTS": layers, "EXTENT": EXTENT, "CELL_SIZE": 10, "OUTPUT": "memory:",
                  "MATRIX": str(tmp_path / "matrix.html"), "MATRIX_CSV": str(tmp_path / "matrix.csv")}
    parameters.update(extra or {})
    return run_alg("ondergrond:depthbandsuitability", parameters, feedback)


def features(result):
    return list(as_layer(result["OUTPUT"]).getFeatures())


def areas(result):
    """{(function, band): {verdict: area m2}} summed over the output polygons."""
    found = defaultdict(lambda: defaultdict(float))
    for feature in features(result):
        found[(feature["function"], feature["band"])][feature["verdict"]] += feature.geometry().area()
    return {key: dict(value) for key, value in found.items()}


def at(result, function, band, x, y):
    """The output feature of (function, band) that contains the point (x, y)."""
    point = QgsGeometry.fromPointXY(QgsPointXY(x, y))
    hits = [f for f in features(result)
            if f["function"] == function and f["band"] == band and f.geometry().contains(point)]
    assert len(hits) == 1, (function, band, x, y, len(hits))
    return hits[0]


def test_hand_computed_verdicts_and_reasons(run_alg, make_layer, tables, tmp_path):
    # boringsvrije zone from 45 m down under the left half (x < 50); a breukzone from 300 m down under
    # the bottom half (y < 50); an aquifer 40-140 m under the right 70 m (x > 30).
    layer = make_layer("Polygon", FIELDS, [
        {"wkt": box(0, 0, 50, 100), "kind": "boringsvrije zone", "top_m": 45.0},
        {"wkt": box(0, 0, 100, 50), "kind": "breukzone", "top_m": 300.0},
        {"wkt": box(30, 0, 100, 100), "kind": "aquifer", "top_m": 40.0, "bottom_m": 140.0},
    ], name="zones")
    result = run(run_alg, tmp_path, [layer], tables)
    found = areas(result)
    # geo 1500-4000: left half excluded (50 cells = 5000 m2), bottom-right quarter conditional (2500),
    # top-right quarter suitable (2500). geo cannot use the other bands.
    assert found[("geo", "1500-4000")] == {3: 5000.0, 2: 2500.0, 1: 2500.0}
    # wko 30-100 (R = 30-100): bvz (45-) excluded left; no aquifer at x < 30 is excluded anyway;
    # suitable where the aquifer is and no bvz: x 50-100 = 50 cells. wko 100-500 (R = 100-150): same.
    assert found[("wko", "30-100")] == {3: 5000.0, 1: 5000.0}
    assert found[("wko", "100-500")] == {3: 5000.0, 1: 5000.0}
    assert set(found) == {("geo", "1500-4000"), ("wko", "30-100"), ("wko", "100-500")}
    left = at(result, "geo", "1500-4000", X0 + 20, Y0 + 20)
    assert left["verdict"] == 3 and left["verdict_label"] == "excluded"
    assert left["reasons"] == ("boringsvrije zone: excluded (features 1) - nee, tenzij; "
                               "breukzone: conditional (features 2) - seismiciteit")
    assert left["band_top_m"] == 1500 and left["band_bottom_m"] == 4000
    # One feature per zone of equal verdict and reasons: x 0-30 (bvz, no aquifer) and x 30-50 (bvz and
    # aquifer) differ in reasons, so wko 30-100 has three zones.
    zones = [f for f in features(result) if f["function"] == "wko" and f["band"] == "30-100"]
    assert sorted(f["reasons"] for f in zones) == [
        "aquifer: required, present (features 3) - pakket nodig",
        "boringsvrije zone: excluded (features 1) - kleilaag; aquifer: required, present (features 3) - pakket nodig",
        "no aquifer: excluded - pakket nodig; boringsvrije zone: excluded (features 1) - kleilaag",
    ]
    assert sorted(f.geometry().area() for f in zones) == [2000.0, 3000.0, 5000.0]
    # The matrix CSV carries the same numbers; the HTML shows every function.
    with open(result["MATRIX_CSV"], encoding="utf-8") as handle:
        rows = {(r["function"], r["band"]): r for r in csv.DictReader(handle)}
    assert rows[("geo", "1500-4000")]["excluded_m2"] == "5000" and rows[("geo", "0-3")]["usable"] == "no"
    with open(result["MATRIX"], encoding="utf-8") as handle:
        html = handle.read()
    assert "Geothermal" in html and "ATES" in html and "not used" in html


def test_touching_ranges_points_with_radius_and_the_zone_field(run_alg, make_layer, tables, tmp_path):
    # A bvz that ends at exactly 1500 m touches band 1500-4000: no effect. A point in the centre of cell
    # (row 4, col 4) with radius_m 10 covers that cell and its 4 neighbours (5 cells, 500 m2).
    polygon = make_layer("Polygon", FIELDS, [{"wkt": box(0, 0, 100, 100), "kind": "boringsvrije zone",
                                              "top_m": 100.0, "bottom_m": 1500.0}], name="touching")
    points = make_layer("Point", {"zone": "string", "top_m": "double", "radius_m": "double"},
                        [{"wkt": "POINT({} {})".format(X0 + 45, Y0 + 55), "zone": "breukzone", "radius_m": 10.0}],
                        name="drinking water output")
    result = run(run_alg, tmp_path, [polygon, points], dict(tables, FUNCTIONS="geo"))
    assert areas(result) == {("geo", "1500-4000"): {1: 9500.0, 2: 500.0}}
    hit = at(result, "geo", "1500-4000", X0 + 45, Y0 + 55)
    assert hit["reasons"] == "breukzone: conditional (features drinking water output:1) - seismiciteit"


def test_drinking_water_zones_work_with_the_default_tables(run_alg, make_layer, tmp_path):
    # The output of ondergrond:drinkingwaterprotection has 'zone', 'top_m' 0 and an empty bottom_m.
    layer = make_layer("Polygon", {"zone": "string", "top_m": "double", "bottom_m": "double"}, [
        {"wkt": box(0, 0, 100, 100), "zone": "100-jaarszone", "top_m": 0.0},
        {"wkt": box(0, 0, 50, 100), "zone": "grondwaterbeschermingsgebied", "top_m": 0.0},
        {"wkt": box(0, 0, 20, 100), "zone": "waterwingebied", "top_m": 0.0},
        {"wkt": box(0, 0, 100, 100), "zone": "boringsvrije zone", "top_m": 60.0},
    ], name="beschermingszones")
    feedback = recorder()
    result = run(run_alg, tmp_path, [layer], {"FUNCTIONS": "diepe geothermie,kabels en leidingen"}, feedback)
    found = areas(result)
    # Deep geothermal: every zone reaches 1500-4000 m; the boringsvrije zone (excluded) covers all.
    assert found[("diepe geothermie", "1500-4000")] == {3: 10000.0}
    assert "waterwingebied: excluded" in at(result, "diepe geothermie", "1500-4000", X0 + 5, Y0 + 5)["reasons"]
    # Cables 0-3 m: the boringsvrije zone starts at 60 m (no effect); waterwingebied and
    # grondwaterbeschermingsgebied make it conditional on x < 50; the 100-jaarszone has no cable rule.
    assert found[("kabels en leidingen", "0-3")] == {2: 5000.0, 1: 5000.0}
    assert not any("appear in no rule" in m for m in feedback.messages)


def test_layer_name_is_the_kind_without_a_kind_field(run_alg, make_layer, tables, tmp_path):
    layer = make_layer("Polygon", {"top_m": "double"}, [{"wkt": box(0, 0, 100, 100), "top_m": 2000.0}],
                       name="breukzone")
    result = run(run_alg, tmp_path, [layer], dict(tables, FUNCTIONS="geo"))
    assert areas(result) == {("geo", "1500-4000"): {2: 10000.0}}


def test_null_kinds_outside_features_and_unknown_kinds_are_reported(run_alg, make_layer, tables, tmp_path):
    layer = make_layer("Polygon", FIELDS, [
        {"wkt": box(0, 0, 100, 100), "kind": None},
        {"wkt": box(500, 500, 600, 600), "kind": "breukzone"},
        {"wkt": box(0, 0, 10, 10), "kind": "gaswinning"},
    ], name="lastig")
    feedback = recorder()
    result = run(run_alg, tmp_path, [layer], dict(tables, FUNCTIONS="geo"), feedback)
    assert areas(result) == {("geo", "1500-4000"): {1: 10000.0}}
    text = "\n".join(feedback.messages)
    assert "skipped 1 feature(s) with an empty kind" in text and "feature ids 1" in text
    assert "outside the area" in text and "2" in text
    assert "appear in no rule and have no effect: gaswinning" in text


@pytest.mark.parametrize("extra, message", [
    ({"FUNCTIONS": "geo,zoutwinning"}, "Unknown function(s) zoutwinning"),
    ({"BANDS": "0-100,50-200"}, "'0-100' and '50-200'"),
    ({"BANDS": "0-3,diep"}, "'diep' is not of the form"),
    # 30 km x 30 km at 1 m: 900 million cells, refused before anything is allocated.
    ({"CELL_SIZE": 1, "EXTENT": "0,30000,0,30000 [EPSG:28992]"}, "900,000,000 cells of 1.0 m, more than the"),
])
def test_bad_parameters(run_alg, make_layer, tables, tmp_path, extra, message):
    layer = make_layer("Polygon", FIELDS, [{"wkt": box(0, 0, 50, 50), "kind": "breukzone"}])
    with pytest.raises(QgsProcessingException, match=message.replace("(", r"\(").replace(")", r"\)")):
        run(run_alg, tmp_path, [layer], dict(tables, **extra))


@pytest.mark.parametrize("name, text, message", [
    ("rules", "function,kind\ngeo,breukzone\n", r"rules.csv lacks the column\(s\) verdict"),
    ("rules", "function,kind,verdict\ngeo,breukzone,verboden\n", "rules.csv, row 2, column 'verdict'"),
    ("functions", "function,top_m,bottom_m\ngeo,4000,1500\n", "functions.csv, row 2, column 'bottom_m'"),
    ("functions", "function,top_m,bottom_m\ngeo,diep,1500\n", "functions.csv, row 2, column 'top_m': 'diep'"),
])
def test_malformed_tables(run_alg, make_layer, tmp_path, name, text, message):
    path = tmp_path / "{}.csv".format(name)
    path.write_text(text, encoding="utf-8")
    default_functions = tmp_path / "functions_ok.csv"
    default_functions.write_text("function,top_m,bottom_m\ngeo,1500,4000\n", encoding="utf-8")
    extra = {"RULES": str(path)} if name == "rules" else {"FUNCTIONS_TABLE": str(path)}
    extra.setdefault("FUNCTIONS_TABLE", str(default_functions))
    layer = make_layer("Polygon", FIELDS, [{"wkt": box(0, 0, 50, 50), "kind": "breukzone"}])
    with pytest.raises(QgsProcessingException, match=message):
        run(run_alg, tmp_path, [layer], extra)


def test_bad_feature_depth_names_layer_feature_and_field(run_alg, make_layer, tables, tmp_path):
    layer = make_layer("Polygon", {"kind": "string", "top_m": "string"}, [
        {"wkt": box(0, 0, 50, 50), "kind": "breukzone", "top_m": "10"},
        {"wkt": box(0, 0, 50, 50), "kind": "breukzone", "top_m": "diep"},
    ], name="diepte")
    with pytest.raises(QgsProcessingException, match="Layer diepte, feature 2, fields top_m/bottom_m: 'diep'"):
        run(run_alg, tmp_path, [layer], tables)


def test_negative_or_inverted_depths_are_skipped_not_fatal(run_alg, make_layer, tables, tmp_path):
    layer = make_layer("Polygon", FIELDS, [
        {"wkt": box(0, 0, 50, 50), "kind": "breukzone", "top_m": 300.0},                         # kept
        {"wkt": box(50, 0, 100, 50), "kind": "breukzone", "top_m": 3000.0, "bottom_m": 2000.0},  # inverted
        {"wkt": box(0, 50, 50, 100), "kind": "breukzone", "top_m": -1.5},                         # above ground
    ], name="diepte")
    feedback = recorder()
    result = run(run_alg, tmp_path, [layer], dict(tables, FUNCTIONS="geo"), feedback)
    # Only the kept quarter (25 cells of 100 m2) is conditional for geothermal energy.
    assert areas(result) == {("geo", "1500-4000"): {1: 7500.0, 2: 2500.0}}
    text = "\n".join(feedback.messages)
    assert "diepte: skipped 1 feature(s) whose top in top_m lies below their bottom" in text
    assert "feature ids 2" in text
    assert "diepte: skipped 1 feature(s) with a negative depth" in text and "feature ids 3" in text


def test_heights_in_nap_converted_with_a_ground_level(run_alg, make_layer, tables, tmp_path):
    layer = make_layer("Polygon", {"kind": "string", "top_nap": "double"}, [
        {"wkt": box(0, 0, 50, 50), "kind": "breukzone", "top_nap": -295.0},   # 5 - (-295) = 300 m: counts
        {"wkt": box(50, 0, 100, 50), "kind": "breukzone", "top_nap": -4995.0},  # 5000 m: below the band
        {"wkt": box(0, 50, 50, 100), "kind": "breukzone", "top_nap": 10.0},    # above ground: top 0, counts
    ], name="nap")
    feedback = recorder()
    result = run(run_alg, tmp_path, [layer], dict(tables, FUNCTIONS="geo", TOP_NAP_FIELD="top_nap",
                                                  GROUND_LEVEL_VALUE=5.0), feedback)
    assert areas(result) == {("geo", "1500-4000"): {1: 5000.0, 2: 5000.0}}
    text = "\n".join(feedback.infos + feedback.messages)
    assert "nap: 3 feature(s) converted from m NAP" in text and "top above ground level" in text
    with pytest.raises(QgsProcessingException, match="NAP fields need a ground level"):
        run(run_alg, tmp_path, [layer], dict(tables, FUNCTIONS="geo", TOP_NAP_FIELD="top_nap"))


def test_sample_data(run_alg, sample_gpkg, tmp_path):
    names = ["ondergrond_boringsvrije_zone", "ondergrond_ngr", "ondergrond_aquifer", "ondergrond_breukzone",
             "ondergrond_zoutstructuur", "ondergrond_wko_bestaand", "ondergrond_archeologie",
             "ondergrond_geothermie_gepland"]
    feedback = recorder()
    result = run_alg("ondergrond:depthbandsuitability", {
        "CONSTRAINTS": ["{}|layername={}".format(sample_gpkg, n) for n in names], "OUTPUT": "memory:",
        "MATRIX": str(tmp_path / "m.html"), "MATRIX_CSV": str(tmp_path / "m.csv")}, feedback)
    assert not any("appear in no rule" in m for m in feedback.messages), feedback.messages
    # WKO open, 30-100 m, inside the boringsvrije zone (clay layer at 45 m) and the aquifer: excluded.
    hit = at(result, "wko open", "30-100", 199000, 500000)
    assert hit["verdict"] == 3 and "boringsvrije zone: excluded (features ondergrond_boringsvrije_zone:1)" \
        in hit["reasons"]
    # Inside the aquifer, outside every other constraint at that depth: suitable, because of the aquifer.
    hit = at(result, "wko open", "30-100", 204000, 498000)
    assert hit["verdict"] == 1 and hit["reasons"].startswith("aquifer: required, present")
    # Inside the NGR (50-250 m): conditional.
    assert at(result, "wko open", "30-100", 209000, 499000)["verdict"] == 2
    # Salt mining needs the salt structure (900-4000 m): only there is it not excluded.
    assert at(result, "zoutwinning", "500-1500", 209000, 509500)["verdict"] == 1
    assert at(result, "zoutwinning", "500-1500", 204000, 498000)["reasons"].startswith("no zoutstructuur")
    # The existing WKO systems (points, radius_m 100) make WKO open conditional around them.
    assert at(result, "wko open", "30-100", 201200, 505650)["verdict"] == 2
    with open(result["MATRIX_CSV"], encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 13 * 6 and sum(r["usable"] == "yes" for r in rows) == 25


def test_qgis_process(qgis_process, sample_gpkg, tmp_path):
    result = qgis_process("ondergrond:depthbandsuitability", {
        "CONSTRAINTS": "{}|layername=ondergrond_boringsvrije_zone".format(sample_gpkg),
        "FUNCTIONS": "diepe geothermie", "CELL_SIZE": 100, "OUTPUT": str(tmp_path / "cli.gpkg"),
        "MATRIX": str(tmp_path / "cli.html"), "MATRIX_CSV": str(tmp_path / "cli.csv")})
    layer = QgsVectorLayer(result["results"]["OUTPUT"])
    verdicts = sorted({f["verdict"] for f in layer.getFeatures()})
    # The extent is the zone itself: all of it excluded for deep geothermal energy (top 45 m, open bottom).
    assert verdicts == [3]
    assert (tmp_path / "cli.html").exists()
