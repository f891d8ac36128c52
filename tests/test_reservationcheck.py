"""ondergrond:reservationcheck through real Processing: hand-computed cases, bad input, sample data, CLI.

Unless a test says otherwise: trace LINESTRING(0 0, 100 0) in EPSG:28992 with the default envelope
(width 1.0 -> half width 0.5; top 0.8, height 0.6 -> [0.8, 1.4] m), type warmte, built 2026, life 60
years -> [2026, 2085]. Bundled clearances: *,* 0.25; warmte,* 0.5; warmte,water 1.0.
"""

import math

import pytest
from conftest import as_layer, recorder
from modeler import add_step, model_input, new_model, result_layer, run_model, step_output
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

ALG = "ondergrond:reservationcheck"
TOL = 6e-4  # chainages are written rounded to the millimetre
LINE_FIELDS = {"utility_type": "string", "depth_m": "double", "diameter_m": "double", "valid_from": "string",
               "valid_to": "string"}



def features(result, key="CONFLICTS"):
    layer = as_layer(result[key])
    return sorted(layer.getFeatures(), key=lambda f: (f["obstacle_id"] if key == "CONFLICTS" else f["work_id"],
                                                      f["chainage_from_m"] if key == "CONFLICTS" else 0))


@pytest.fixture
def trace_layer(make_layer):
    def make(wkt="LINESTRING(0 0, 100 0)", geometry="LineString", fields=None, row=None):
        return make_layer(geometry, fields or {"name": "string"}, [dict({"wkt": wkt}, **(row or {}))], name="trace")
    return make


@pytest.fixture
def check(run_alg):
    def run(trace, obstacles, feedback=None, **parameters):
        params = {"TRACE": trace, "OBSTACLES": obstacles, "CONSTRUCTION_YEAR": 2026, "LIFETIME": 60,
                  "CONFLICTS": "memory:", "OPPORTUNITIES": "memory:"}
        params.update(parameters)
        return run_alg(ALG, params, feedback)
    return run


def test_crossings_parallel_runs_and_depth_separated_crossings(check, trace_layer, make_layer):
    pipes = make_layer("LineString", LINE_FIELDS, [
        # 1: water main across at x=50, [1.0, 1.2]: v = 0, h = 0 -> clash; required warmte-water 1.0
        #    -> stretch |x - 50| < 0.5 + 0.1 + 1.0 = 1.6
        {"wkt": "LINESTRING(50 -10, 50 10)", "utility_type": "water", "depth_m": 1.0, "diameter_m": 0.2},
        # 2: low voltage at x=20, [2.0, 2.1]: v = 0.6 >= 0.5 -> no conflict (depth-separated)
        {"wkt": "LINESTRING(20 -5, 20 5)", "utility_type": "laagspanning", "depth_m": 2.0, "diameter_m": 0.1},
        # 3: low voltage at x=80, [1.6, 1.7]: v = 0.2 -> clearance, gap 0.2;
        #    stretch |x - 80| < 0.55 + sqrt(0.25 - 0.04) = 1.008258
        {"wkt": "LINESTRING(80 -5, 80 5)", "utility_type": "laagspanning", "depth_m": 1.6, "diameter_m": 0.1},
        # 4: gas parallel 30..70 at y=0.9, [0.9, 1.0]: h = 0.9 - 0.5 - 0.05 = 0.35 -> clearance;
        #    stretch beyond the ends while sqrt(dx^2 + 0.81) < 1.05: dx = 0.540833
        {"wkt": "LINESTRING(30 0.9, 70 0.9)", "utility_type": "gasLageDruk", "depth_m": 0.9, "diameter_m": 0.1},
        # 5: gas parallel at y=-1.2: h = 0.65 -> nothing
        {"wkt": "LINESTRING(30 -1.2, 70 -1.2)", "utility_type": "gasLageDruk", "depth_m": 0.9, "diameter_m": 0.1},
    ], name="kabels")
    result = check(trace_layer(), [pipes])
    found = features(result)
    assert [f["obstacle_id"] for f in found] == [1, 3, 4]
    assert result["CONFLICT_COUNT"] == 3 and result["CLASH_COUNT"] == 1
    water, cable, gas = found
    assert (water["conflict"], water["gap_m"], water["required_m"]) == ("clash", 0.0, 1.0)
    assert water["chainage_from_m"] == pytest.approx(48.4, abs=TOL)
    assert water["chainage_to_m"] == pytest.approx(51.6, abs=TOL)
    assert water.geometry().length() == pytest.approx(3.2, abs=2 * TOL)
    assert water["obstacle_layer"] == "kabels" and water["obstacle_type"] == "water"
    assert (cable["conflict"], cable["v_gap_m"], cable["h_gap_m"]) == ("clearance", 0.2, 0.0)
    reach = 0.55 + math.sqrt(0.21)
    assert cable["chainage_from_m"] == pytest.approx(80 - reach, abs=TOL)
    assert (gas["conflict"], gas["h_gap_m"], gas["gap_m"]) == ("clearance", 0.35, 0.35)
    assert gas["chainage_from_m"] == pytest.approx(30 - 0.540833, abs=TOL)
    assert gas["chainage_to_m"] == pytest.approx(70 + 0.540833, abs=TOL)
    assert all(f["depth_assumed"] is False and f["time_overlap"] is True for f in found)
    assert all(f["trace_id"] == 1 for f in found)


def test_trees_and_polygons_with_depth_ranges(check, trace_layer, make_layer):
    trees = make_layer("Point", {"radius_m": "double", "top_m": "double", "bottom_m": "double"}, [
        # 1: radius NULL -> table 2.5 (boom, from the layer name); h = 3.2 - 0.5 - 2.5 = 0.2 < 0.5 -> clearance
        {"wkt": "POINT(40 3.2)", "top_m": 0.0, "bottom_m": 1.5},
        # 2: radius 1.0 at 1.4 m: h = 1.4 - 0.5 - 1.0 = 0 -> clash
        {"wkt": "POINT(60 -1.4)", "radius_m": 1.0, "top_m": 0.0, "bottom_m": 1.5},
        # 3: roots [0, 0.5] above the trace: v = 0.3, h = 0 -> clearance 0.3
        {"wkt": "POINT(80 0)", "radius_m": 1.0, "top_m": 0.0, "bottom_m": 0.5},
    ], name="bomen")
    crates = make_layer("Polygon", {"top_m": "double", "bottom_m": "double"}, [
        # 1: [1.5, 2.5]: v = 0.1 -> clearance; stretch 0.5 + sqrt(0.24) = 0.989898 beyond x=10 and x=15
        {"wkt": "POLYGON((10 -1, 15 -1, 15 1, 10 1, 10 -1))", "top_m": 1.5, "bottom_m": 2.5},
        # 2: [2.0, 3.0]: v = 0.6 -> nothing
        {"wkt": "POLYGON((20 -1, 25 -1, 25 1, 20 1, 20 -1))", "top_m": 2.0, "bottom_m": 3.0},
        # 3: top NULL = 0, bottom NULL = unbounded -> clash over 90 - 1.0 .. 100 (the trace ends)
        {"wkt": "POLYGON((90 -3, 110 -3, 110 3, 90 3, 90 -3))"},
    ], name="infiltratiekratten")
    found = features(check(trace_layer(), [trees, crates]))
    by_layer = {(f["obstacle_layer"], f["obstacle_id"]): f for f in found}
    assert set(by_layer) == {("bomen", 1), ("bomen", 2), ("bomen", 3), ("infiltratiekratten", 1),
                             ("infiltratiekratten", 3)}
    tree = by_layer[("bomen", 1)]
    assert (tree["conflict"], tree["obstacle_type"], tree["gap_m"]) == ("clearance", "boom", 0.2)
    assert tree["chainage_from_m"] == pytest.approx(40 - math.sqrt(3.5 ** 2 - 3.2 ** 2), abs=TOL)
    assert by_layer[("bomen", 2)]["conflict"] == "clash"
    assert by_layer[("bomen", 3)]["v_gap_m"] == pytest.approx(0.3)
    crate = by_layer[("infiltratiekratten", 1)]
    assert (crate["conflict"], crate["obstacle_type"], crate["gap_m"]) == ("clearance", "infiltratiekrat", 0.1)
    assert crate["chainage_from_m"] == pytest.approx(10 - 0.989898, abs=TOL)
    assert crate["chainage_to_m"] == pytest.approx(15 + 0.989898, abs=TOL)
    big = by_layer[("infiltratiekratten", 3)]
    assert big["conflict"] == "clash"
    assert (big["chainage_from_m"], big["chainage_to_m"]) == (pytest.approx(89.0, abs=TOL), 100.0)


def test_assumed_depths_are_marked(check, trace_layer, make_layer):
    # Water without depth: table 0.85 m (domain.md 0.7-1.0), diameter 0.2 given -> [0.85, 1.05] -> clash, assumed.
    # Gas without depth: table 0.7, diameter NULL -> 0 -> [0.7, 0.7]: v = 0.1 -> clearance, assumed.
    pipes = make_layer("LineString", LINE_FIELDS, [
        {"wkt": "LINESTRING(50 -5, 50 5)", "utility_type": "water", "diameter_m": 0.2},
        {"wkt": "LINESTRING(70 -5, 70 5)", "utility_type": "gasLageDruk"},
        {"wkt": "LINESTRING(90 -5, 90 5)", "utility_type": "water", "depth_m": 3.0, "diameter_m": 0.2},
    ])
    found = features(check(trace_layer(), [pipes]))
    assert [(f["obstacle_id"], f["conflict"], f["depth_assumed"]) for f in found] == [
        (1, "clash", True), (2, "clearance", True)]
    assert found[1]["v_gap_m"] == pytest.approx(0.1)


def test_operator_standard_depth_from_a_klic_import(check, trace_layer, make_layer):
    # Water with standard_depth_m 1.5 (standaardDieptelegging) and no depth: [1.5, 1.7] -> v = 0.1 below
    # the trace -> clearance (< 1.0), assumed. Renamed field through STANDARD_DEPTH_FIELD; without it the
    # table's 0.85 m gives a clash.
    fields = dict(LINE_FIELDS, std="double")
    pipes = make_layer("LineString", fields, [
        {"wkt": "LINESTRING(50 -5, 50 5)", "utility_type": "water", "diameter_m": 0.2, "std": 1.5}])
    found = features(check(trace_layer(), [pipes], STANDARD_DEPTH_FIELD="std"))
    assert [(f["conflict"], f["depth_assumed"]) for f in found] == [("clearance", True)]
    assert found[0]["v_gap_m"] == pytest.approx(0.1)
    found = features(check(trace_layer(), [pipes]))  # default field standard_depth_m is absent
    assert [(f["conflict"], f["depth_assumed"]) for f in found] == [("clash", True)]


def test_time_overlap_open_ended_and_touching_years(check, trace_layer, make_layer):
    # Trace [2026, 2085]. Gas pipes across at the trace's depth, all clashing in space.
    rows = [(None, "2025"), (None, "2026"), (None, None), ("2085-06-30", None), ("01-01-2086", None),
            ("2030", "31-12-2040")]
    pipes = make_layer("LineString", LINE_FIELDS, [
        {"wkt": "LINESTRING({x} -5, {x} 5)".format(x=10 + 15 * i), "utility_type": "gasLageDruk", "depth_m": 1.0,
         "diameter_m": 0.1, "valid_from": first, "valid_to": last} for i, (first, last) in enumerate(rows)])
    found = features(check(trace_layer(), [pipes]))
    got = [(f["time_overlap"], f["overlap_from"], f["overlap_to"]) for f in found]
    assert got == [
        (False, None, None),     # removed 2025, before construction: the space frees up in time
        (True, 2026, 2026),      # removed in the construction year: touching years overlap
        (True, 2026, 2085),      # open-ended
        (True, 2085, 2085),      # laid in the trace's last year (ISO date)
        (False, None, None),     # laid after the trace's life (Dutch date)
        (True, 2030, 2040),      # mixed formats
    ]
    assert all(f["conflict"] == "clash" for f in found)


def test_multi_part_trace_and_trace_fields(check, trace_layer, make_layer):
    # Parts 0..10 and 20..30; a gas pipe across at x=25 (diameter 0) -> chainage 10 + 5 = 15, reach 1.0.
    pipe = make_layer("LineString", LINE_FIELDS, [
        {"wkt": "LINESTRING(25 -5, 25 5)", "utility_type": "gasLageDruk", "depth_m": 1.0, "diameter_m": 0.0}])
    trace = trace_layer("MULTILINESTRING((0 0, 10 0), (20 0, 30 0))", geometry="MultiLineString")
    found = features(check(trace, [pipe]))
    assert len(found) == 1
    assert (found[0]["chainage_from_m"], found[0]["chainage_to_m"]) == (pytest.approx(14, abs=TOL),
                                                                        pytest.approx(16, abs=TOL))
    # depth_m 2.0 on the trace feature puts the envelope at [2.0, 2.6]: v = 1.0 >= 0.5 -> no conflict
    deep = trace_layer(fields={"depth_m": "double"}, row={"depth_m": 2.0},
                       wkt="MULTILINESTRING((0 0, 10 0), (20 0, 30 0))", geometry="MultiLineString")
    assert check(deep, [pipe])["CONFLICT_COUNT"] == 0
    # valid_from on the trace: built 2040, lives 60 years -> a pipe removed 2035 has no time overlap
    pipe_removed = make_layer("LineString", LINE_FIELDS, [
        {"wkt": "LINESTRING(5 -5, 5 5)", "utility_type": "gasLageDruk", "depth_m": 1.0, "valid_to": "2035"}])
    later = trace_layer(fields={"valid_from": "integer"}, row={"valid_from": 2040})
    assert features(check(later, [pipe_removed]))[0]["time_overlap"] is False


def test_opportunities(check, trace_layer, make_layer):
    # Built 2028. A: 5 m away, 2024-2025 -> 3 years apart: kept, chainage 30 (centre of its near side);
    # B: 5 m away, 2020-2021 -> 7 years: dropped; C: 12 m away: dropped; D: crossing at x=70, open-ended -> 0.
    works = make_layer("LineString", {"work_type": "string", "valid_from": "string", "valid_to": "string"}, [
        {"wkt": "LINESTRING(25 5, 35 5)", "work_type": "rioolvervanging", "valid_from": "2024",
         "valid_to": "31-12-2025"},
        {"wkt": "LINESTRING(45 5, 55 5)", "work_type": "waterleidingvervanging", "valid_from": "2020",
         "valid_to": "2021"},
        {"wkt": "LINESTRING(60 12, 65 12)", "work_type": "drempel", "valid_from": "2028", "valid_to": "2028"},
        {"wkt": "LINESTRING(70 -3, 70 3)", "work_type": "herinrichting"},
    ], name="werken")
    empty = make_layer("LineString", LINE_FIELDS, [], name="leeg")
    result = check(trace_layer(), [empty], CONSTRUCTION_YEAR=2028, WORKS=[works], COUPLING_DISTANCE=10,
                   COUPLING_YEARS=5)
    found = features(result, "OPPORTUNITIES")
    assert result["OPPORTUNITY_COUNT"] == 2
    assert [(f["work_id"], f["work_type"], f["distance_m"], f["years_apart"]) for f in found] == [
        (1, "rioolvervanging", 5.0, 3), (4, "herinrichting", 0.0, 0)]
    assert 25 <= found[0]["chainage_m"] <= 35
    assert found[1]["chainage_m"] == pytest.approx(70.0)
    assert found[1].geometry().asPoint().x() == pytest.approx(70.0)
    assert found[0]["work_layer"] == "werken"


def test_other_crs_and_3d_geometries(check, trace_layer, make_layer):
    # The water main of the first test, once in WGS 84: the same clash stretch after reprojection.
    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:28992"),
                                       QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    origin = (155000.0, 463000.0)
    line = QgsGeometry.fromWkt("LINESTRING({x} {y0}, {x} {y1})".format(x=origin[0] + 50, y0=origin[1] - 10,
                                                                      y1=origin[1] + 10))
    line.transform(transform)
    wgs = make_layer("LineString", LINE_FIELDS, [
        {"wkt": line.asWkt(12), "utility_type": "water", "depth_m": 1.0, "diameter_m": 0.2}], crs="EPSG:4326")
    trace = trace_layer("LINESTRING({} {}, {} {})".format(origin[0], origin[1], origin[0] + 100, origin[1]))
    found = features(check(trace, [wgs]))
    assert len(found) == 1 and found[0]["conflict"] == "clash"
    assert found[0]["chainage_from_m"] == pytest.approx(48.4, abs=0.01)  # RD <-> WGS 84 round trip < 1 cm
    # 3D: a gas pipe with Z -2.5 (2.5 m below ground) and no depth value.
    pipe3d = make_layer("LineStringZ", LINE_FIELDS, [
        {"wkt": "LINESTRINGZ(50 -5 -2.5, 50 5 -2.5)", "utility_type": "gasLageDruk", "diameter_m": 0.1}])
    # 2D use: the table's depth 0.7 -> [0.7, 0.8] touches the envelope -> clash, assumed
    plain = features(check(trace_layer(), [pipe3d]))
    assert (plain[0]["conflict"], plain[0]["depth_assumed"]) == ("clash", True)
    # Z as depth: [2.5, 2.6], v = 1.1 -> no conflict
    assert check(trace_layer(), [pipe3d], Z_AS_DEPTH=True)["CONFLICT_COUNT"] == 0


def test_klic_zones_and_points(check, trace_layer, make_layer):
    """Import KLIC delivery's zones and points: the graafpolygoon is never an obstacle, a precaution zone is
    one of type EisVoorzorgsmaatregel, a depth point a cable took is left out, the others are obstacles."""
    zones = make_layer("Polygon", {"zone_type": "string", "utility_type": "string"}, [
        # 1: the request area around everything: would clash along the whole trace if it were an obstacle
        {"wkt": "POLYGON((-10 -10, 110 -10, 110 10, -10 10, -10 -10))", "zone_type": "Graafpolygoon"},
        # 2: gasHogeDruk precaution zone 0.8 m north of the trace, from the surface down: h = 0.8 - 0.5 = 0.3
        #    < max(warmte 0.5, EisVoorzorgsmaatregel 0) -> clearance where the trace lies within 0.5 + 0.5 of
        #    it: x in 40 - 0.6 .. 60 + 0.6 (sqrt(1.0^2 - 0.8^2) = 0.6 beyond the corners)
        {"wkt": "POLYGON((40 0.8, 60 0.8, 60 5, 40 5, 40 0.8))", "zone_type": "AanduidingEisVoorzorgsmaatregel",
         "utility_type": "gasHogeDruk"}], name="klic_zones")
    points = make_layer("Point", {"object_type": "string", "link_id": "string", "utility_type": "string",
                                  "top_m": "double", "bottom_m": "double"}, [
        # 1: a depth a cable took (link_id): left out, although at 0.9 m it would clash
        {"wkt": "POINT(20 0)", "object_type": "DiepteTovMaaiveld", "link_id": "ul_1", "utility_type": "laagspanning",
         "top_m": 0.9, "bottom_m": 0.9},
        # 2: no cable took it; at 2.43 m: v = 2.43 - 1.4 = 1.03 > 0.5 -> nothing
        {"wkt": "POINT(30 0)", "object_type": "DiepteTovMaaiveld", "utility_type": "middenspanning",
         "top_m": 2.43, "bottom_m": 2.43},
        # 3: no cable took it; at 1.0 m on the trace: clash over |x - 70| < 0.5 + 0.5
        {"wkt": "POINT(70 0)", "object_type": "DiepteNAP", "utility_type": "laagspanning", "top_m": 1.0,
         "bottom_m": 1.0},
        # 4: a cabinet 0.9 m off, from the surface down: h = 0.4 < 0.5 -> clearance over
        #    |x - 80| < sqrt(1.0^2 - 0.9^2) = 0.43589
        {"wkt": "POINT(80 0.9)", "object_type": "Kast", "utility_type": "laagspanning"}], name="klic_points")
    feedback = recorder()
    found = features(check(trace_layer(), [zones, points], feedback=feedback))
    got = sorted((f["obstacle_layer"], f["obstacle_id"], f["obstacle_type"], f["conflict"]) for f in found)
    assert got == [("klic_points", 3, "laagspanning", "clash"), ("klic_points", 4, "laagspanning", "clearance"),
                   ("klic_zones", 2, "EisVoorzorgsmaatregel", "clearance")]
    by_id = {(f["obstacle_layer"], f["obstacle_id"]): f for f in found}
    zone = by_id[("klic_zones", 2)]
    assert zone["h_gap_m"] == pytest.approx(0.3) and zone["required_m"] == 0.5 and not zone["depth_assumed"]
    assert (zone["chainage_from_m"], zone["chainage_to_m"]) == (
        pytest.approx(39.4, abs=TOL), pytest.approx(60.6, abs=TOL))
    assert (by_id[("klic_points", 3)]["chainage_from_m"], by_id[("klic_points", 3)]["chainage_to_m"]) == (
        pytest.approx(69.0, abs=TOL), pytest.approx(71.0, abs=TOL))
    cabinet = by_id[("klic_points", 4)]
    assert cabinet["chainage_to_m"] - cabinet["chainage_from_m"] == pytest.approx(2 * math.sqrt(0.19), abs=2 * TOL)
    assert any("1 KLIC request area(s)" in info for info in feedback.infos), feedback.infos


def test_unknown_types_warn_once_and_use_the_wildcard(check, trace_layer, make_layer):
    pipes = make_layer("LineString", LINE_FIELDS, [
        {"wkt": "LINESTRING({x} -5, {x} 5)".format(x=x), "utility_type": "stadsverwarming", "depth_m": 3.0}
        for x in (10, 20, 30)])
    feedback = recorder()
    result = check(trace_layer(), [pipes], feedback=feedback)
    assert result["CONFLICT_COUNT"] == 0
    assert sum("'stadsverwarming'" in warning for warning in feedback.warnings) == 1


@pytest.mark.parametrize(("row", "message"), [
    ({"depth_m": -1.0}, "feature 1, field 'depth_m': -1.0 is negative"),
    ({"diameter_m": -0.2}, "feature 1, field 'diameter_m'"),
    ({"valid_from": "volgend jaar"}, "feature 1, field 'valid_from'"),
    ({"valid_from": "2040", "valid_to": "2030"}, "feature 1: valid_from 2040 is after valid_to 2030"),
])
def test_bad_obstacle_values(check, trace_layer, make_layer, row, message):
    pipes = make_layer("LineString", LINE_FIELDS, [dict({"wkt": "LINESTRING(50 -5, 50 5)", "utility_type": "water"},
                                                        **row)], name="kabels")
    with pytest.raises(QgsProcessingException, match=message) as info:
        check(trace_layer(), [pipes])
    assert "kabels" in str(info.value)


def test_text_in_a_size_field_names_the_layer(check, trace_layer, make_layer):
    trees = make_layer("Point", {"radius_m": "string"}, [{"wkt": "POINT(50 3)", "radius_m": "groot"}],
                       name="bomen")
    with pytest.raises(QgsProcessingException, match="bomen.*'groot' is not a number"):
        check(trace_layer(), [trees])


def test_bad_trace_and_tables(check, trace_layer, make_layer, tmp_path):
    pipes = make_layer("LineString", LINE_FIELDS, [{"wkt": "LINESTRING(50 -5, 50 5)", "utility_type": "water"}])
    points = make_layer("Point", {"name": "string"}, [{"wkt": "POINT(0 0)"}], name="punten")
    with pytest.raises(QgsProcessingException, match="punten has no line geometry"):
        check(points, [pipes])
    empty_trace = make_layer("LineString", {"name": "string"}, [], name="leeg_trace")
    with pytest.raises(QgsProcessingException, match="leeg_trace has no features"):
        check(empty_trace, [pipes])
    bad = tmp_path / "afstanden.csv"
    bad.write_text("type_a,type_b,clearance_m\nwarmte,water,veel\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="afstanden.csv, row 2, column 'clearance_m'"):
        check(trace_layer(), [pipes], CLEARANCES=str(bad))
    negative = make_layer("LineString", {"depth_m": "double"}, [{"wkt": "LINESTRING(0 0, 1 0)", "depth_m": -1.0}],
                          name="trace")
    with pytest.raises(QgsProcessingException, match="feature 1, field 'depth_m'"):
        check(negative, [pipes])
    # an empty obstacle layer is no error: nothing to hit
    empty = make_layer("LineString", LINE_FIELDS, [], name="leeg")
    assert check(trace_layer(), [empty])["CONFLICT_COUNT"] == 0


def test_own_clearance_table(check, trace_layer, make_layer, tmp_path):
    # Semicolon table with a decimal comma: heat vs water 2,5 m -> the water main 2.0 m beside the trace
    # (h = 2.0 - 0.5 - 0.1 = 1.4) becomes a clearance conflict; bundled (1.0 m) it is none.
    table = tmp_path / "afstanden.csv"
    table.write_text("type_a;type_b;clearance_m\nwarmte;water;2,5\n*;*;0\n", encoding="utf-8")
    pipes = make_layer("LineString", LINE_FIELDS, [
        {"wkt": "LINESTRING(0 2, 100 2)", "utility_type": "water", "depth_m": 1.0, "diameter_m": 0.2}])
    assert check(trace_layer(), [pipes])["CONFLICT_COUNT"] == 0
    found = features(check(trace_layer(), [pipes], CLEARANCES=str(table)))
    assert (found[0]["conflict"], found[0]["h_gap_m"], found[0]["required_m"]) == ("clearance", 1.4, 2.5)


def sample_parameters(sample_gpkg, tmp_path):
    def uri(name):
        return "{}|layername={}".format(sample_gpkg, name)
    return {"TRACE": uri("netwerk_warmtenet_trace"),
            "OBSTACLES": [uri(n) for n in ("netwerk_kabels_leidingen", "netwerk_bomen", "netwerk_infiltratiekratten",
                                           "netwerk_reserveringen")],
            "WORKS": [uri("netwerk_geplande_werken"), uri("netwerk_geplande_werken_vlak")],
            "CONFLICTS": str(tmp_path / "conflicts.gpkg"), "OPPORTUNITIES": str(tmp_path / "kansen.gpkg"),
            "REPORT": str(tmp_path / "rapport.html")}


def test_sample_data(run_alg, sample_gpkg, tmp_path):
    result = run_alg(ALG, sample_parameters(sample_gpkg, tmp_path))
    found = features(result)
    by_key = {(f["obstacle_layer"], f["obstacle_id"]): f for f in found}
    # The trace runs 1.5 m south of the Hoofdweg centre line, [0.8, 1.4] m, 2028-2087.
    # Low-pressure gas 2.2 m south, [0.7, 0.825]: h = 0.7 - 0.5 - 0.0625 = 0.1375 -> clearance, until 2030.
    gas = [f for f in found if f["obstacle_type"] == "gasLageDruk" and f["conflict"] == "clearance"][0]
    assert gas["h_gap_m"] == pytest.approx(0.1375) and gas["overlap_to"] == 2030
    # High-pressure gas 2.5 m south, [1.0, 1.2], removed 2025: h = 1.0 - 0.5 - 0.1 = 0.4 < 0.5 -> a
    # clearance conflict without time overlap: the space frees up before construction (2028).
    gone = [f for f in found if f["obstacle_type"] == "gasHogeDruk"]
    assert len(gone) == 1 and gone[0]["h_gap_m"] == pytest.approx(0.4)
    assert gone[0]["conflict"] == "clearance" and not gone[0]["time_overlap"]
    # Trees of the parking strip 4.5 m south: d = 3.0, h = 3.0 - 0.5 - 2.5 = 0 -> clash (three trees).
    assert sum(1 for key, f in by_key.items() if key[0] == "netwerk_bomen" and f["conflict"] == "clash") == 3
    # The gravity sewer on the centre line lies at 2.0 m: v = 0.6 >= 0.5 -> never a conflict.
    assert not any(f["obstacle_type"] == "rioolVrijverval" for f in found)
    # The 10 kV reservation (2030-2060) is crossed on the Schoolstraat.
    reservation = [f for f in found if f["obstacle_layer"] == "netwerk_reserveringen"][0]
    assert (reservation["conflict"], reservation["overlap_from"], reservation["overlap_to"]) == ("clash", 2030, 2060)
    assert any(f["depth_assumed"] for f in found)
    kansen = features(result, "OPPORTUNITIES")
    # sewer replacement 2029 and water-main replacement 2027 lie on the trace, 1 year from 2028
    assert sorted(f["work_type"] for f in kansen) == ["rioolvervanging", "waterleidingvervanging"]
    assert all(f["years_apart"] == 1 for f in kansen)
    report = (tmp_path / "rapport.html").read_text(encoding="utf-8")
    clashes = sum(1 for f in found if f["conflict"] == "clash" and f["time_overlap"])
    # The trace is named by its name field; 198.5 + 151.5 = 350 m long: a plan map, two profile pages of
    # 175 m (at most 300 m each), the time chart, and a cross-section across the trace at every clash (up to 8).
    assert report.count("<img") == 4 + min(clashes, 8) and "netwerk_reserveringen" in report
    assert clashes >= 4 and "Cross-sections at the clashes" in report
    assert "Warmtenet Stadshagen tracé A" in report and "page 2 of 2" not in report  # titles are in the images
    assert {f["trace_name"] for f in found} == {"Warmtenet Stadshagen tracé A"}


def test_outputs_are_styled(sample_gpkg, tmp_path, run_alg):
    from pathlib import Path

    styles = Path(__file__).resolve().parent.parent / "styles"
    result = run_alg(ALG, sample_parameters(sample_gpkg, tmp_path))
    layer = QgsVectorLayer(result["CONFLICTS"])
    message, ok = layer.loadNamedStyle(str(styles / "reservation_conflicts.qml"))
    assert ok, message
    rules = [rule.filterExpression() for rule in layer.renderer().rootRule().children()]
    assert any("'clash'" in rule for rule in rules) and any("NOT" in rule for rule in rules)
    points = QgsVectorLayer(result["OPPORTUNITIES"])
    assert points.loadNamedStyle(str(styles / "reservation_opportunities.qml"))[1]


def test_qgis_process(qgis_process, sample_gpkg, tmp_path):
    parameters = sample_parameters(sample_gpkg, tmp_path)
    # the CLI takes one value per --KEY=; one obstacle layer and one works layer (the sewer and water works)
    arguments = dict(parameters, OBSTACLES=parameters["OBSTACLES"][0], WORKS=parameters["WORKS"][0],
                     CONSTRUCTION_YEAR=2028)
    output = qgis_process(ALG, arguments)
    results = output["results"]
    assert results["CONFLICT_COUNT"] > 0 and results["OPPORTUNITY_COUNT"] == 2
    assert (tmp_path / "rapport.html").exists()


def test_modeler_chain(provider, sample_gpkg):
    """A model: extract the cables without the water mains, then check the trace against them. On the
    sample the trace meets eight cables and pipes (gas 7 and 8 alongside; water 13, gas 14, gas 4, medium
    voltage 3, low voltage 2 and telecom 1 at the crossing); without the water main: seven."""
    model = new_model("trace check", "trace", "cables")
    add_step(model, "extract", "native:extractbyexpression", INPUT=model_input("cables"),
             EXPRESSION="\"utility_type\" <> 'water'")
    add_step(model, "check", ALG, output=("conflicts", "CONFLICTS"), TRACE=model_input("trace"),
             OBSTACLES=step_output("extract", "OUTPUT"), CONSTRUCTION_YEAR=2028)
    result, context, output_name = run_model(
        model, "check", "conflicts", "memory:", trace="{}|layername=netwerk_warmtenet_trace".format(sample_gpkg),
        cables="{}|layername=netwerk_kabels_leidingen".format(sample_gpkg))
    layer = result_layer(context, result, output_name)
    found = sorted((f["obstacle_id"], f["obstacle_type"]) for f in layer.getFeatures())
    # obstacle_id is the feature id in the layer the check reads: the extracted layer numbers its
    # features anew, so 7 becomes 6 (water 5 dropped) and 14 becomes 12 (water 5 and 13 dropped)
    assert found == [(1, "datatransport"), (2, "laagspanning"), (3, "middenspanning"), (4, "gasLageDruk"),
                     (6, "gasLageDruk"), (7, "gasHogeDruk"), (12, "gasLageDruk")]


@pytest.fixture(scope="module")
def qgis_3d(qgis_app):
    from qgis._3d import Qgs3D

    Qgs3D.initialize()


def test_conflicts_carry_their_depth_and_load_in_3d_and_the_elevation_profile(provider, trace_layer, make_layer,
                                                                              tmp_path, qgis_3d):
    """Trace envelope 1.0-1.4 m (TRACE_DEPTH 1.0, TRACE_HEIGHT 0.4). A cable across at x=50, depth_m 1.2,
    diameter_m 0.2 -> [1.2, 1.4]: a clash where both lie in [max(1.0, 1.2), min(1.4, 1.4)] = [1.2, 1.4] m; a
    cable at x=80, [1.5, 1.6], 0.1 m under the envelope: a clearance conflict (0.1 < warmte,* 0.5) in the gap
    [1.4, 1.5] m. Loaded, the Conflicts layer has a 3D renderer and (QGIS >= 3.26) elevation z = -bottom_m
    extruded bottom_m - top_m, so the Elevation Profile draws the clash from -1.4 to -1.2 m."""
    import processing
    from qgis.core import (
        QgsExpressionContext,
        QgsExpressionContextUtils,
        QgsProcessingContext,
        QgsProcessingFeedback,
    )

    from ondergrond.compat import HAS_ELEVATION_PROPERTIES

    pipes = make_layer("LineString", LINE_FIELDS, [
        {"wkt": "LINESTRING(50 -5, 50 5)", "utility_type": "laagspanning", "depth_m": 1.2, "diameter_m": 0.2},
        {"wkt": "LINESTRING(80 -5, 80 5)", "utility_type": "laagspanning", "depth_m": 1.5, "diameter_m": 0.1},
    ], name="kabels")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    before = set(QgsProject.instance().mapLayers())
    result = processing.runAndLoadResults(ALG, {
        "TRACE": trace_layer(), "OBSTACLES": [pipes], "TRACE_DEPTH": 1.0, "TRACE_HEIGHT": 0.4,
        "CONSTRUCTION_YEAR": 2026, "LIFETIME": 60, "CONFLICTS": str(tmp_path / "conflicts.gpkg"),
        "OPPORTUNITIES": "memory:"}, context=context, feedback=QgsProcessingFeedback())
    try:
        loaded = [layer for layer in QgsProject.instance().mapLayers().values()
                  if layer.source().split("|")[0] == str(tmp_path / "conflicts.gpkg")]
        assert len(loaded) == 1
        layer = loaded[0]
        found = sorted(layer.getFeatures(), key=lambda f: f["obstacle_id"])
        assert [(f["conflict"], f["top_m"], f["bottom_m"]) for f in found] == [
            ("clash", pytest.approx(1.2), pytest.approx(1.4)), ("clearance", pytest.approx(1.4), pytest.approx(1.5))]
        assert result["CONFLICT_COUNT"] == 2
        assert layer.renderer3D() is not None
        assert layer.temporalProperties().isActive()  # overlap_from/overlap_to
        if HAS_ELEVATION_PROPERTIES:
            from qgis.core import QgsMapLayerElevationProperties

            keys = getattr(QgsMapLayerElevationProperties, "Property", QgsMapLayerElevationProperties)
            properties = layer.elevationProperties().dataDefinedProperties()
            expression_context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
            expression_context.setFeature(found[0])
            assert properties.property(keys.ZOffset).value(expression_context)[0] == pytest.approx(-1.4)
            assert properties.property(keys.ExtrusionHeight).value(expression_context)[0] == pytest.approx(0.2)
    finally:
        QgsProject.instance().removeMapLayers(list(set(QgsProject.instance().mapLayers()) - before))
