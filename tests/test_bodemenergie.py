"""ondergrond:bodemenergie: radii, interference verdicts, conflicts, free space, bad input, qgis_process."""

import math

import numpy as np
import pytest
from conftest import as_layer, recorder
from hypothesis import given, settings
from hypothesis import strategies as st
from qgis.core import QgsProcessingException, QgsVectorLayer

from ondergrond.core import bodemenergie as be
from ondergrond.core.tables import TableError

ALG = "ondergrond:bodemenergie"
WELLS = {"system_id": "string", "well_type": "string", "volume_m3": "double", "screen_top_m": "double",
         "screen_bottom_m": "double", "valid_from": "integer", "valid_to": "integer", "capacity_kw": "double"}
LOOPS = {"system_id": "string", "energy_mwh_year": "double", "depth_m": "double", "valid_from": "integer",
         "valid_to": "integer"}
ZONES = {"kind": "string", "top_m": "double", "bottom_m": "double"}
X0, Y0 = 200000.0, 500000.0
# V = 100 000 m3 in H = 40 m: r_th = sqrt(4.2e5 / (2.8 pi 40)) = sqrt(1193.66) = 34.549 m; 3 r_th = 103.65 m
# (opposite types), r_a + r_b = 69.10 m (same types of different systems).
R100K = 34.5494


def well(x, system, kind, volume=1e5, top=40.0, bottom=80.0, valid_from=None, valid_to=None, capacity=None):
    row = {"wkt": "POINT({} {})".format(X0 + x[0], Y0 + x[1]), "system_id": system, "well_type": kind,
           "volume_m3": volume, "screen_top_m": top, "screen_bottom_m": bottom, "capacity_kw": capacity}
    if valid_from is not None:
        row["valid_from"] = valid_from
    if valid_to is not None:
        row["valid_to"] = valid_to
    return row


def layer_rows(layer):
    layer = as_layer(layer)
    return [dict(zip(layer.fields().names(), f.attributes()), geometry=f.geometry()) for f in layer.getFeatures()]


# ------------------------------------------------------------------------------------------ kernel

def test_radii_follow_the_formulas():
    # Three systems worked by hand (c_w 4.2, c_aq 2.8, n 0.3):
    #   V 100 000 m3, H 40 m: r_th = sqrt(420 000 / 351.858) = 34.549 m; r_h = sqrt(100 000 / 37.699) = 51.503 m
    #   V 250 000 m3, H 25 m: r_th = sqrt(1 050 000 / 219.911) = 69.099 m; r_h = sqrt(250 000 / 23.562) = 103.006 m
    #   V  40 000 m3, H 60 m: r_th = sqrt(168 000 / 527.788) = 17.842 m; r_h = sqrt(40 000 / 56.549) = 26.596 m
    volume, thickness = np.array([1e5, 2.5e5, 4e4]), np.array([40.0, 25.0, 60.0])
    assert be.thermal_radius(volume, thickness) == pytest.approx([34.549, 69.099, 17.842], abs=1e-3)
    assert be.hydraulic_radius(volume, thickness, 0.3) == pytest.approx([51.503, 103.006, 26.596], abs=1e-3)
    # Thermal / hydraulic = sqrt(c_w n / c_aq) = sqrt(0.45) whatever V and H.
    assert be.thermal_radius(volume, thickness) / be.hydraulic_radius(volume, thickness) == pytest.approx(
        [math.sqrt(0.45)] * 3)
    # A loop of 50 MWh/year = 180 000 MJ over 150 m with dT 0.5 K: r = sqrt(180 000 / (2.8 pi 150 0.5))
    # = sqrt(180 000 / 659.734) = 16.518 m; 4x the energy doubles the radius.
    assert be.loop_radius([50.0, 200.0], [150.0, 150.0], 0.5) == pytest.approx([16.518, 33.036], abs=1e-3)


def elements_of(wells, loops=None):
    keys = ("x", "y", "system", "well_type", "volume", "screen_top", "screen_bottom", "first", "last")
    columns = {key: [w[i] for w in wells] for i, key in enumerate(keys)}
    loop_columns = None
    if loops:
        loop_keys = ("x", "y", "system", "energy", "depth", "first", "last")
        loop_columns = {key: [loop[i] for loop in loops] for i, key in enumerate(loop_keys)}
    return be.make_elements(columns, loop_columns)


def rules():
    from conftest import ROOT

    return be.read_distance_rules(ROOT / "rules" / "bodemenergie_distances.csv")


@pytest.mark.parametrize("case, expected", [
    # opposite types of two systems 100 m apart: 3 x 34.55 = 103.65 m required -> interference, 3.65 m short
    ([(0, 0, "A", "warm", 1e5, 40, 80, None, None), (100, 0, "B", "koud", 1e5, 40, 80, None, None)],
     [("between", "interference", 103.648, 3.648, True, True)]),
    # same types of two systems 60 m apart: r_a + r_b = 69.10 m -> attention (positive interference)
    ([(0, 0, "A", "warm", 1e5, 40, 80, None, None), (60, 0, "B", "warm", 1e5, 40, 80, None, None)],
     [("between", "attention", 69.099, 9.099, True, True)]),
    # same types 75 m apart: beyond 69.10 m -> nothing
    ([(0, 0, "A", "warm", 1e5, 40, 80, None, None), (75, 0, "B", "warm", 1e5, 40, 80, None, None)], []),
    # screens 40-80 and 90-130 m do not overlap: listed, separated by depth
    ([(0, 0, "A", "warm", 1e5, 40, 80, None, None), (100, 0, "B", "koud", 1e5, 90, 130, None, None)],
     [("between", be.SEPARATED_DEPTH, 103.648, 3.648, False, True)]),
    # A until 2025, B from 2026: listed, separated in time
    ([(0, 0, "A", "warm", 1e5, 40, 80, 2010, 2025), (100, 0, "B", "koud", 1e5, 40, 80, 2026, None)],
     [("between", be.SEPARATED_TIME, 103.648, 3.648, True, False)]),
    # warm and cold well of one system 90 m apart: thermal short circuit within the system
    ([(0, 0, "A", "warm", 1e5, 40, 80, None, None), (90, 0, "A", "koud", 1e5, 40, 80, None, None)],
     [("within", "interference", 103.648, 13.648, True, True)]),
    # two warm wells of one system: no rule
    ([(0, 0, "A", "warm", 1e5, 40, 80, None, None), (10, 0, "A", "warm", 1e5, 40, 80, None, None)], []),
    # different radii: V 250 000 m3 in H 25 m (69.10 m) and 100 000 in 40 m (34.55 m): 3 x mean = 155.47 m
    ([(0, 0, "A", "warm", 2.5e5, 30, 55, None, None), (150, 0, "B", "koud", 1e5, 40, 80, None, None)],
     [("between", "interference", 155.472, 5.472, True, True)]),
])
def test_interference_verdicts_by_hand(case, expected):
    elements = elements_of(case)
    result = be.interference(elements, rules())
    got = [(result.relation[k], result.verdict[k], result.required[k], result.overlap[k], bool(result.depth_overlap[k]),
            bool(result.time_overlap[k])) for k in range(len(result))]
    assert len(got) == len(expected)
    for g, e in zip(got, expected):
        assert g[:2] == e[:2] and g[4:] == e[4:]
        assert g[2] == pytest.approx(e[2], abs=2e-3) and g[3] == pytest.approx(e[3], abs=2e-3)


def test_loops_interfere_with_wells_and_loops_when_their_areas_overlap():
    # Loop 50 MWh/year over 150 m: r = 16.518 m. Well r = 34.549 m: sum 51.07 m. Loop-loop: 33.04 m.
    wells = [(0, 0, "A", "warm", 1e5, 40, 80, None, None), (400, 0, "A", "koud", 1e5, 40, 80, None, None)]
    loops = [(50, 0, "L1", 50.0, 150.0, None, None), (80, 0, "L2", 50.0, 150.0, None, None),
             (200, 0, "L3", 50.0, 150.0, None, None)]
    result = be.interference(elements_of(wells, loops), rules())
    pairs = {(int(a), int(b)): (v, r) for a, b, v, r in zip(result.a, result.b, result.verdict, result.required)}
    # elements: 0 A warm, 1 A koud, 2 L1, 3 L2, 4 L3
    assert set(pairs) == {(0, 2), (2, 3)}
    assert pairs[(0, 2)][0] == "interference" and pairs[(0, 2)][1] == pytest.approx(51.067, abs=2e-3)
    assert pairs[(2, 3)][1] == pytest.approx(33.036, abs=2e-3)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 600), st.floats(0, 600), st.integers(0, 4), st.booleans(),
                          st.floats(1e4, 5e5), st.floats(0, 60), st.floats(5, 60)), min_size=2, max_size=25))
def test_interference_equals_brute_force(wells):
    rows = [(x, y, "S{}".format(s), "warm" if w else "koud", v, top, top + h, None, None)
            for x, y, s, w, v, top, h in wells]
    elements = elements_of(rows)
    table = rules()
    result = be.interference(elements, table)
    found = {(int(a), int(b)) for a, b in zip(result.a, result.b)}
    expected = set()
    for i in range(len(rows)):
        for j in range(i + 1, len(rows)):
            relation = "within" if rows[i][2] == rows[j][2] else "between"
            temperature = "same" if rows[i][3] == rows[j][3] else "opposite"
            rule = table.lookup("well-well", relation, temperature)
            if rule is None:
                continue
            required = rule.factor * float(be.combine(rule.combine, elements.radius[i], elements.radius[j]))
            if math.hypot(rows[i][0] - rows[j][0], rows[i][1] - rows[j][1]) < required:
                expected.add((i, j))
    assert found == expected


def test_distance_table_errors(tmp_path):
    path = tmp_path / "d.csv"
    path.write_text("quantity,pair,relation,temperature,value,combine\ndistance,well-well,between,opposite,3,mean\n")
    with pytest.raises(TableError, match="delta_t"):
        be.read_distance_rules(path)
    path.write_text("quantity,pair,relation,temperature,value\ndistance,well-pipe,between,opposite,3\n"
                    "delta_t,,,,0.5\n")
    with pytest.raises(TableError, match="row 2.*pair"):
        be.read_distance_rules(path)


# ------------------------------------------------------------------------------------------ algorithm

def run(run_alg, make_layer, wells, loops=None, zones=None, **parameters):
    feedback = recorder()
    inputs = {"WELLS": make_layer("Point", WELLS, wells, name="bronnen"), "OUTPUT": "memory:",
              "INTERFERENCE": "memory:", "CONFLICTS": "memory:"}
    if loops is not None:
        inputs["LOOPS"] = make_layer("Point", LOOPS, loops, name="lussen")
    if zones is not None:
        inputs["CONSTRAINTS"] = [make_layer("Polygon", ZONES, zones, name="zones")]
    inputs.update(parameters)
    return run_alg(ALG, inputs, feedback), feedback


def test_influence_areas_are_3d_claims(run_alg, make_layer):
    result, _ = run(run_alg, make_layer, [
        well((0, 0), "A", "warm", capacity=500.0, valid_from=2020, valid_to=2050), well((300, 0), "A", "koud")],
        loops=[{"wkt": "POINT({} {})".format(X0 + 1000, Y0), "system_id": "L", "energy_mwh_year": 50.0,
                "depth_m": 150.0}])
    rows = layer_rows(result["OUTPUT"])
    assert len(rows) == 3
    warm = next(r for r in rows if r["well_type"] == "warm")
    assert warm["thermal_radius_m"] == pytest.approx(R100K, abs=1e-3)
    assert warm["hydraulic_radius_m"] == pytest.approx(51.503, abs=1e-3)
    assert (warm["top_m"], warm["bottom_m"], warm["thickness_m"]) == (40.0, 80.0, 40.0)
    assert (warm["valid_from"], warm["valid_to"], warm["capacity_kw"]) == (2020, 2050, 500.0)
    assert warm["kind"] == "bestaande wko" and warm["element"] == "well"
    assert warm["geometry"].area() == pytest.approx(math.pi * R100K ** 2, rel=0.01)
    loop = next(r for r in rows if r["element"] == "loop")
    assert loop["thermal_radius_m"] == pytest.approx(16.518, abs=1e-3)
    assert (loop["top_m"], loop["bottom_m"], loop["well_type"]) == (0.0, 150.0, "gesloten")
    assert result["INTERFERENCE_COUNT"] == 0 and result["CONFLICT_COUNT"] == 0


def test_interference_lines_and_year(run_alg, make_layer):
    wells = [well((0, 0), "A", "warm", valid_to=2025), well((400, 0), "A", "koud", valid_to=2025),
             well((100, 0), "B", "koud", valid_from=2024), well((500, 0), "B", "warm", valid_from=2024)]
    result, _ = run(run_alg, make_layer, wells)
    lines = layer_rows(result["INTERFERENCE"])
    # A warm - B koud 100 m (< 103.65) and A koud - B warm 100 m: both interference in 2024-2025
    assert sorted((r["system_a"], r["system_b"], r["well_types"], r["verdict"]) for r in lines) == [
        ("A", "B", "koud-warm", "interference"), ("A", "B", "warm-koud", "interference")]
    assert all(r["depth_overlap"] and r["time_overlap"] for r in lines)
    assert lines[0]["distance_m"] == pytest.approx(100.0) and lines[0]["required_m"] == pytest.approx(103.648, abs=1e-3)
    assert lines[0]["overlap_m"] == pytest.approx(3.648, abs=1e-3) and "3 x" in lines[0]["reason"]
    assert "SIKB" in lines[0]["source"] or "Handreiking" in lines[0]["source"]
    assert lines[0]["geometry"].length() == pytest.approx(100.0)
    assert result["INTERFERENCE_COUNT"] == 2
    # In 2030 A is gone: no pairs, and A's wells are not in the influence areas.
    result, _ = run(run_alg, make_layer, wells, YEAR=2030)
    assert result["INTERFERENCE_COUNT"] == 0 and not layer_rows(result["INTERFERENCE"])
    assert {r["system_id"] for r in layer_rows(result["OUTPUT"])} == {"B"}


def test_conflicts_with_zones_follow_depth(run_alg, make_layer):
    square = "POLYGON(({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))"
    zones = [
        # boringsvrije zone with the protective layer at 45 m around (0, 0) .. (200, 200)
        {"wkt": square.format(X0 - 100, Y0 - 100, X0 + 200, Y0 + 200), "kind": "boringsvrije zone", "top_m": 45.0},
        # waterwingebied 20 m east of the well at x = 1000 (r_th 34.5 m reaches into it)
        {"wkt": square.format(X0 + 1020, Y0 - 100, X0 + 1200, Y0 + 100), "kind": "waterwingebied"},
    ]
    wells = [well((0, 0), "A", "warm", top=30, bottom=60),  # borehole to 60 m pierces the 45 m layer
             well((150, 150), "B", "warm", top=20, bottom=40),  # stays above the layer: no conflict
             well((1000, 0), "C", "koud")]
    result, _ = run(run_alg, make_layer, wells, zones=zones)
    rows = layer_rows(result["CONFLICTS"])
    got = sorted((r["system_id"], r["part"], r["kind"], r["verdict"]) for r in rows)
    assert got == [("A", "well", "boringsvrije zone", "excluded"),
                   ("C", "influence_area", "waterwingebied", "excluded")]
    a = next(r for r in rows if r["system_id"] == "A")
    assert (a["top_m"], a["bottom_m"]) == (45.0, 60.0) and a["rule"]
    c = next(r for r in rows if r["system_id"] == "C")
    # circle segment beyond x = 20 of a circle of r 34.549: r^2 acos(d/r) - d sqrt(r^2 - d^2)
    r, d = R100K, 20.0
    segment = r * r * math.acos(d / r) - d * math.sqrt(r * r - d * d)
    assert c["area_m2"] == pytest.approx(segment, rel=0.02)
    assert result["CONFLICT_COUNT"] == 2


def test_free_space_codes(run_alg, make_layer, tmp_path):
    from osgeo import gdal

    # One warm well at the origin; a new well of the same volume and screen: a warm one must stay r + r =
    # 69.10 m away, a cold one 3 r = 103.65 m.
    path = tmp_path / "free.tif"
    result, _ = run(run_alg, make_layer, [well((0, 0), "A", "warm")], FREE_SPACE=str(path), CELL_SIZE=5.0,
                    NEW_VOLUME=1e5, NEW_SCREEN_TOP=40.0, NEW_SCREEN_BOTTOM=80.0,
                    EXTENT="{},{},{},{} [EPSG:28992]".format(X0 - 200, X0 + 200, Y0 - 200, Y0 + 200))
    dataset = gdal.Open(str(result["FREE_SPACE"]))
    codes = dataset.ReadAsArray()
    x0, cell, _, y1, _, _ = dataset.GetGeoTransform()

    def at(dx):  # the cell whose centre is nearest (X0 + dx, Y0)
        col = int((X0 + dx - x0) // cell)
        return codes[int((y1 - Y0) // cell), col]

    assert at(42.5) == be.FREE_NONE  # within 69 m: neither type
    assert at(82.5) == be.FREE_WARM  # 69-104 m: only another warm well
    assert at(152.5) == be.FREE_BOTH
    # a deeper screen (100-140 m) does not see the well at all
    result, _ = run(run_alg, make_layer, [well((0, 0), "A", "warm")], FREE_SPACE=str(tmp_path / "deep.tif"),
                    CELL_SIZE=5.0, NEW_SCREEN_TOP=100.0, NEW_SCREEN_BOTTOM=140.0,
                    EXTENT="{},{},{},{} [EPSG:28992]".format(X0 - 200, X0 + 200, Y0 - 200, Y0 + 200))
    assert (gdal.Open(str(result["FREE_SPACE"])).ReadAsArray() == be.FREE_BOTH).all()


@pytest.mark.parametrize("rows, parameters, message", [
    ([well((0, 0), "A", "lauw")], {}, "well type 'lauw'"),
    ([well((0, 0), "A", "warm", top=80, bottom=40)], {}, "the screen runs from 80"),
    ([well((0, 0), "A", "warm", volume=0.0)], {}, "volume 0"),
    ([well((0, 0), "A", "warm", volume=None)], {}, "volume .field volume_m3. is empty"),
    ([well((0, 0), "", "warm")], {}, "system id"),
    ([well((0, 0), "A", "warm", valid_from=2030, valid_to=2020)], {}, "after valid_to"),
    ([well((0, 0), "A", "warm")], {"VOLUME_FIELD": "nope"}, "no field 'nope'"),
    ([well((0, 0), "A", "warm")], {"NEW_SCREEN_TOP": 80.0, "NEW_SCREEN_BOTTOM": 40.0}, "screen bottom"),
])
def test_bad_input_is_refused_clearly(run_alg, make_layer, rows, parameters, message):
    with pytest.raises(QgsProcessingException, match=message):
        run(run_alg, make_layer, rows, **parameters)


def test_wells_in_another_crs_are_reprojected_and_no_crs_is_refused(run_alg, make_layer):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject

    to_wgs = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:28992"),
                                    QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    rows = []
    for x, kind in ((0, "warm"), (100, "koud")):
        point = to_wgs.transform(QgsPointXY(X0 + x, Y0))
        rows.append(dict(well((0, 0), "A", kind), wkt="POINT({!r} {!r})".format(point.x(), point.y())))
    feedback = recorder()
    result = run_alg(ALG, {"WELLS": make_layer("Point", WELLS, rows, crs="EPSG:4326"), "OUTPUT": "memory:",
                           "INTERFERENCE": "memory:"}, feedback)
    lines = layer_rows(result["INTERFERENCE"])
    assert len(lines) == 1 and lines[0]["distance_m"] == pytest.approx(100.0, abs=0.01)  # metres, in RD New
    assert any("reprojected" in info for info in feedback.infos)
    with pytest.raises(QgsProcessingException, match="no coordinate reference system"):
        run_alg(ALG, {"WELLS": make_layer("Point", WELLS, [well((0, 0), "A", "warm")], crs=""), "OUTPUT": "memory:",
                      "INTERFERENCE": "memory:"})


def test_bad_distance_table_and_lonely_wells(run_alg, make_layer, tmp_path):
    table = tmp_path / "afstanden.csv"
    table.write_text("quantity,pair,relation,temperature,value\ndistance,well-well,between,opposite,3\n")
    with pytest.raises(QgsProcessingException, match="delta_t"):
        run(run_alg, make_layer, [well((0, 0), "A", "warm")], DISTANCES=str(table))
    _, feedback = run(run_alg, make_layer, [well((0, 0), "A", "warm")])
    assert any("without both a warm and a cold well: A" in w for w in feedback.warnings)


def test_sample_data_municipality(run_alg, sample_layer):
    result = run_alg(ALG, {
        "WELLS": sample_layer("bodemenergie_wko_bronnen"), "LOOPS": sample_layer("bodemenergie_gesloten"),
        "CONSTRAINTS": [sample_layer("ondergrond_boringsvrije_zone")], "YEAR": 2030,
        "OUTPUT": "memory:", "INTERFERENCE": "memory:", "CONFLICTS": "memory:"})
    lines = layer_rows(result["INTERFERENCE"])
    verdicts = {r["verdict"] for r in lines}
    # The sample has a doublet whose wells stand too close, neighbours of opposite type too close, a pair
    # separated by depth and a planned system that only starts after an old one stops (not in 2030).
    assert "interference" in verdicts and be.SEPARATED_DEPTH in verdicts
    assert any(r["relation"] == "within" for r in lines)
    assert result["INTERFERENCE_COUNT"] >= 2
    assert result["CONFLICT_COUNT"] >= 1


def test_qgis_process_cli(qgis_process, sample_gpkg, tmp_path):
    output = qgis_process(ALG, {
        "WELLS": "{}|layername=bodemenergie_wko_bronnen".format(sample_gpkg),
        "LOOPS": "{}|layername=bodemenergie_gesloten".format(sample_gpkg),
        "OUTPUT": str(tmp_path / "invloed.gpkg"), "INTERFERENCE": str(tmp_path / "interferentie.gpkg"),
        "CONFLICTS": str(tmp_path / "conflicten.gpkg"), "FREE_SPACE": str(tmp_path / "vrij.tif"),
        "CELL_SIZE": 20})
    results = output["results"]
    assert results["INTERFERENCE_COUNT"] > 0
    layer = QgsVectorLayer(results["OUTPUT"], "o", "ogr")
    assert layer.isValid() and layer.featureCount() > 10
    assert (tmp_path / "vrij.tif").exists()


def test_influence_areas_feed_suitability_and_cumulation(run_alg, make_layer, tmp_path):
    # The output is a 3D claim: kind 'bestaande wko' (a kind of the suitability rules: conditional for a new
    # 'wko open'), top_m/bottom_m of the screen, validity years. At 30-100 m the doublet's two areas are claims;
    # at 100-500 m (below the 40-80 m screens) they are not.
    result, _ = run(run_alg, make_layer, [well((0, 0), "A", "warm", valid_from=2020, valid_to=2050),
                                          well((300, 0), "A", "koud", valid_from=2020, valid_to=2050)])
    areas = result["OUTPUT"]
    suitability = run_alg("ondergrond:depthbandsuitability", {
        "CONSTRAINTS": [areas], "FUNCTIONS": "wko open", "BANDS": "30-100,100-500", "CELL_SIZE": 5,
        "OUTPUT": "memory:", "MATRIX": str(tmp_path / "matrix.html")})
    zones = layer_rows(suitability["OUTPUT"])
    # (no aquifer layer is given, so 'wko open' is excluded everywhere for lack of one; the influence areas add
    # their own reason where they lie)
    claimed = [z for z in zones if "bestaande wko" in (z["reasons"] or "")]
    assert {z["band"] for z in claimed} == {"30-100"}
    assert sum(z["area_m2"] for z in claimed) == pytest.approx(2 * math.pi * R100K ** 2, rel=0.05)
    heat = run_alg("ondergrond:cumulationheatmap", {
        "LAYERS": [areas], "MODE": 0, "CELL_SIZE": 5, "DEPTH_TOP": 30, "DEPTH_BOTTOM": 100, "YEAR": 2030,
        "OUTPUT": str(tmp_path / "heat.tif"), "HOTSPOTS": "memory:"})
    assert heat["CLAIMS"] == 2
    with pytest.raises(QgsProcessingException, match="no features"):  # in 2060 the permit has ended
        run_alg("ondergrond:cumulationheatmap", {
            "LAYERS": [areas], "MODE": 0, "CELL_SIZE": 5, "DEPTH_TOP": 30, "DEPTH_BOTTOM": 100, "YEAR": 2060,
            "OUTPUT": str(tmp_path / "heat2.tif"), "HOTSPOTS": "memory:"})


def test_free_space_zones_exclude_only_at_the_new_wells_depth():
    import shapely

    from ondergrond.core.grid import Grid

    # No wells; a waterwingebied (excluded for 'wko open', from the surface down) on the east half and a
    # boringsvrije zone whose protective layer lies at 100 m, below the new borehole (0-80 m): only the
    # waterwingebied excludes.
    grid = Grid.from_extent(0, 0, 100, 50, 10)
    zones = be.Constraints(np.array([shapely.box(50, 0, 100, 50), shapely.box(0, 0, 50, 50)], dtype=object),
                           np.array(["Waterwingebied", "boringsvrije zone"], dtype=object), np.array([0.0, 100.0]),
                           np.array([np.inf, np.inf]), np.array([-1e6, -1e6]), np.array([1e6, 1e6]))
    open_rules = {"waterwingebied": be.ConflictRule("waterwingebied", "excluded", ""),
                  "boringsvrije zone": be.ConflictRule("boringsvrije zone", "excluded", "")}
    codes = be.free_space(grid, elements_of([]), rules(), 30.0, 40.0, 80.0, zones, open_rules)
    assert (codes[:, 5:] == be.FREE_EXCLUDED).all() and (codes[:, :5] == be.FREE_BOTH).all()
    # a new screen reaching 120 m pierces the protective layer: everything is excluded
    codes = be.free_space(grid, elements_of([]), rules(), 30.0, 90.0, 120.0, zones, open_rules)
    assert (codes == be.FREE_EXCLUDED).all()
