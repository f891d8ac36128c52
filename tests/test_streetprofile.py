"""ondergrond:streetprofile through real Processing: hand-made streets, the chain into the reservation check,
bad input, the sample data.

Unless a test says otherwise: axis LINESTRING(0 0, 100 0) in EPSG:28992 (left = +y), half width 6 m, the
default new utility (warmte, 0.8 m wide -> half 0.4, 0.8 .. 1.4 m deep), step 25 m -> stations 0, 25, .., 100,
bundled clearances (*,* 0.25; warmte,* 0.5; warmte,water 1.0).
"""

import math
from pathlib import Path

import pytest
from conftest import as_layer, recorder
from qgis.core import QgsProcessingException

from ondergrond.core.canonical import is_null

ALG = "ondergrond:streetprofile"
LINE_FIELDS = {"utility_type": "string", "depth_m": "double", "diameter_m": "double", "valid_from": "integer",
               "valid_to": "integer"}
OUTPUTS = {"SLOTS": "memory:", "BOTTLENECKS": "memory:", "PROFILE_CHECK": "memory:", "TRACE": "memory:"}


def rows(result, key):
    layer = as_layer(result[key])
    return list(layer.getFeatures())


@pytest.fixture
def axis(make_layer):
    def make(wkt="LINESTRING(0 0, 100 0)", geometry="LineString"):
        return make_layer(geometry, {"name": "string"}, [{"wkt": wkt, "name": "Hoofdweg"}], name="as")
    return make


@pytest.fixture
def street(run_alg):
    def run(axis_layer, obstacles, feedback=None, **parameters):
        params = dict(OUTPUTS, AXIS=axis_layer, OBSTACLES=obstacles, YEAR=2028, STEP=25)
        params.update(parameters)
        return run_alg(ALG, params, feedback)
    return run


@pytest.fixture
def profile_csv(tmp_path):
    path = tmp_path / "profiel.csv"
    path.write_text(
        "utility_type,reference,side,offset_from_m,offset_to_m,depth_from_m,depth_to_m,note,source\n"
        "warmte,axis,left,3.0,5.0,0.6,1.0,test,hand-made\n"
        # gas 1.8 .. 3.0 m from the property line (+/- 6): 3.0 .. 4.2 left, -4.2 .. -3.0 right
        "gasLageDruk,property_line,both,1.8,3.0,0.6,0.9,test,hand-made\n"
        "water,property_line,both,1.2,2.4,0.7,1.2,test,hand-made\n", encoding="utf-8")
    return str(path)


def parallel_cables(make_layer):
    # gas y=+2 [0.7, 0.8]: R = 0.95 -> blocks (1.05, 2.95); water y=-3 [1.0, 1.2]: R = 1.5 -> (-4.5, -1.5);
    # low voltage y=+4.5 [0.3, 0.35]: v = 0.45 -> R = 0.425 + sqrt(0.0475) = 0.642945 -> (3.857055, 5.142945)
    return make_layer("LineString", LINE_FIELDS, [
        {"wkt": "LINESTRING(0 2, 100 2)", "utility_type": "gasLageDruk", "depth_m": 0.7, "diameter_m": 0.1},
        {"wkt": "LINESTRING(0 -3, 100 -3)", "utility_type": "water", "depth_m": 1.0, "diameter_m": 0.2},
        {"wkt": "LINESTRING(0 4.5, 100 4.5)", "utility_type": "laagspanning", "depth_m": 0.3, "diameter_m": 0.05},
    ], name="kabels")


def test_parallel_utilities_slots_profile_check_and_trace(street, axis, make_layer, profile_csv, run_alg, tmp_path):
    cables = parallel_cables(make_layer)
    result = street(axis(), [cables], PROFILE=profile_csv, DRAWINGS=str(tmp_path / "drawings"),
                    DRAWING_STATIONS="50")
    slots = rows(result, "SLOTS")
    assert result["STATION_COUNT"] == len(slots) == 5 and result["FIT_COUNT"] == 5
    assert [s["station_m"] for s in slots] == [0, 25, 50, 75, 100]
    # the warmte zone 3.0 .. 5.0 left: its free part is 3.0 .. 3.857055 (in the free interval 2.95 .. 3.857055);
    # the slot is its middle 3.428528 (rounded to mm), 0.428528 from the interval's upper end
    r_lv = 0.425 + math.sqrt(0.0475)
    for slot in slots:
        assert slot["fits"] is True and slot["in_zone"] is True and is_null(slot["zone_distance_m"])
        assert slot["offset_m"] == pytest.approx((3.0 + 4.5 - r_lv) / 2, abs=6e-4)
        assert (slot["free_from_m"], slot["free_to_m"]) == (pytest.approx(2.95, abs=6e-4),
                                                            pytest.approx(4.5 - r_lv, abs=6e-4))
        assert slot["margin_m"] == pytest.approx((4.5 - r_lv - 3.0) / 2, abs=6e-4)
        assert slot["free_intervals"] == "-5.60 .. -4.50; -1.50 .. 1.05; 2.95 .. 3.86; 5.14 .. 5.60"
        assert slot.geometry().asPoint().y() == 0  # on the axis
    assert result["BOTTLENECK_COUNT"] == 0 and rows(result, "BOTTLENECKS") == []
    # profile check: the gas pipe at +2 is 4 m from the property line, 1.0 m outside 1.8 .. 3.0; the water main
    # at -3 lies 3 m from the line, 0.6 m outside 1.2 .. 2.4; low voltage has no row in this profile
    found = {f["obstacle_id"]: f for f in rows(result, "PROFILE_CHECK")}
    assert set(found) == {1, 2} and result["PROFILE_VIOLATION_COUNT"] == 2
    assert found[1]["lateral_excess_m"] == pytest.approx(1.0) and found[1]["utility_type"] == "gasLageDruk"
    assert found[2]["lateral_excess_m"] == pytest.approx(0.6) and found[2]["obstacle_layer"] == "kabels"
    assert (found[1]["station_from_m"], found[1]["station_to_m"]) == (0, 100)
    # the suggested trace goes straight into the reservation check: no conflicts
    traces = rows(result, "TRACE")
    assert len(traces) == 1
    trace = traces[0]
    assert (trace["depth_m"], trace["width_m"], trace["height_m"], trace["valid_from"], trace["valid_to"]) == (
        0.8, 0.8, 0.6, 2028, 2087)
    check = run_alg("ondergrond:reservationcheck", {
        "TRACE": result["TRACE"], "OBSTACLES": [cables], "CONSTRUCTION_YEAR": 2028,
        "CONFLICTS": "memory:", "OPPORTUNITIES": "memory:"})
    assert check["CONFLICT_COUNT"] == 0
    # one drawing at the chosen station 50, none for bottlenecks
    assert result["DRAWING_COUNT"] == 1
    assert [p.name for p in Path(result["DRAWINGS"]).iterdir()] == ["section_axis1_000050.0m.png"]


def test_gas_pipe_leaving_opens_a_slot_only_after_that_year(street, axis, make_layer):
    # Reserved space at y <= -1 and y >= 1 (top 0, no bottom) leaves -0.1 .. 0.1 for the centre; a gas pipe at y=0,
    # removed in 2030, fills it: a bottleneck over the whole axis until 2030, a slot at 0 from 2031.
    space = make_layer("Polygon", {"top_m": "double"}, [
        {"wkt": "POLYGON((-10 -9, 110 -9, 110 -1, -10 -1, -10 -9))", "top_m": 0.0},
        {"wkt": "POLYGON((-10 1, 110 1, 110 9, -10 9, -10 1))", "top_m": 0.0}], name="reserveringen")
    gas = make_layer("LineString", LINE_FIELDS, [
        {"wkt": "LINESTRING(-10 0, 110 0)", "utility_type": "gasLageDruk", "depth_m": 1.0, "diameter_m": 0.1,
         "valid_to": 2030}], name="gas")
    before = street(axis(), [space, gas], YEAR=2030)
    assert before["FIT_COUNT"] == 0 and before["BOTTLENECK_COUNT"] == 1
    neck = rows(before, "BOTTLENECKS")[0]
    assert (neck["station_from_m"], neck["station_to_m"], neck["length_m"]) == (0, 100, 100)
    assert neck["blocking"] == "reserveringen:1 (reservering); reserveringen:2 (reservering); gas:1 (gasLageDruk)"
    assert all(is_null(s["offset_m"]) and is_null(s["margin_m"]) and s["in_zone"] is False
               for s in rows(before, "SLOTS"))
    assert rows(before, "TRACE") == []
    after = street(axis(), [space, gas], YEAR=2031)
    assert after["FIT_COUNT"] == 5 and after["BOTTLENECK_COUNT"] == 0
    # the bundled profile puts warmte 3 .. 5 m from the property line (+/- 6 m): zones 1 .. 3 and -3 .. -1, both
    # 0.9 m away; the free point closest to either is an end of -0.1 .. 0.1, moved 1 mm inside: the same end at
    # every station (a straight trace)
    slots = rows(after, "SLOTS")
    found = {(s["offset_m"], s["margin_m"], s["in_zone"], s["zone_distance_m"]) for s in slots}
    assert found in ({(0.099, 0.001, False, 0.901)}, {(-0.099, 0.001, False, 0.901)})
    assert {(s["free_from_m"], s["free_to_m"]) for s in slots} == {(-0.1, 0.1)}


def test_public_space_and_drawings_at_bottlenecks(street, axis, make_layer, tmp_path):
    # Public space y in [-2, 4]: the centre in [-1.6, 3.6]. A crossing water main at x=50 blocks stations 50;
    # with step 25 the bottleneck runs 37.5 .. 62.5 and gets a drawing.
    public = make_layer("Polygon", {}, [{"wkt": "POLYGON((-5 -2, 105 -2, 105 4, -5 4, -5 -2))"}], name="openbaar")
    water = make_layer("LineString", LINE_FIELDS, [
        {"wkt": "LINESTRING(50 -8, 50 8)", "utility_type": "water", "depth_m": 1.0, "diameter_m": 0.2}],
        name="water")
    result = street(axis(), [water], PUBLIC_SPACE=public, DRAWINGS=str(tmp_path / "d"))
    slots = {s["station_m"]: s for s in rows(result, "SLOTS")}
    assert slots[0]["free_intervals"] == "-1.60 .. 3.60"
    assert slots[50]["fits"] is False
    neck = rows(result, "BOTTLENECKS")[0]
    assert (neck["station_from_m"], neck["station_to_m"]) == (50, 50)
    assert neck.geometry().length() == pytest.approx(25)
    assert neck["blocking"] == "water:1 (water)"
    assert result["DRAWING_COUNT"] == 1 and (tmp_path / "d" / "section_axis1_000050.0m.png").exists()
    # two traces, either side of the bottleneck
    assert [(t["station_from_m"], t["station_to_m"]) for t in rows(result, "TRACE")] == [(0, 25), (75, 100)]


@pytest.mark.parametrize("parameters, message", [
    ({"NEW_WIDTH": 12.5}, "does not fit in a cross-section"),
    ({"DRAWING_STATIONS": "50; abc"}, "'abc' is not a number"),
])
def test_bad_parameters(street, axis, make_layer, parameters, message):
    with pytest.raises(QgsProcessingException, match=message):
        street(axis(), [parallel_cables(make_layer)], **parameters)


def test_bad_axis_and_tables(street, axis, make_layer, tmp_path):
    cables = parallel_cables(make_layer)
    polygon = make_layer("Polygon", {}, [{"wkt": "POLYGON((0 0, 1 0, 1 1, 0 0))"}], name="vlak")
    with pytest.raises(QgsProcessingException):
        street(polygon, [cables])
    empty = make_layer("LineString", {}, [], name="leeg")
    with pytest.raises(QgsProcessingException, match="no features with a geometry"):
        street(empty, [cables])
    bad = tmp_path / "profiel.csv"
    bad.write_text("utility_type,reference,side,offset_from_m,offset_to_m\nwarmte,stoep,both,1,2\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="profiel.csv, row 2, column 'reference'"):
        street(axis(), [cables], PROFILE=str(bad))
    feedback = recorder()
    nozone = tmp_path / "zonder_warmte.csv"
    nozone.write_text("utility_type,reference,side,offset_from_m,offset_to_m\nwater,axis,left,1,2\n", encoding="utf-8")
    result = street(axis(), [cables], feedback=feedback, PROFILE=str(nozone))
    assert any("no zone for 'warmte'" in w for w in feedback.warnings)
    assert {s["offset_m"] for s in rows(result, "SLOTS")} == {-0.225}  # the widest interval's centre


def test_sample_data(run_alg, sample_gpkg, tmp_path):
    # The sample street (sample_data/README.md): Hoofdweg (400 m) and Schoolstraat (300 m), property lines taken
    # at +/- 8 m. In 2028 the Hoofdweg has room in the warmte zone except where the Schoolstraat's utilities cross
    # it; the crossing is a bottleneck on both axes. The Schoolstraat's planned warmte pipe lies 2.0 m from its
    # axis, outside the (indicative) zone 3 .. 5 m from the property line.
    layer = "{}|layername={}".format
    result = run_alg(ALG, {
        "AXIS": layer(sample_gpkg, "netwerk_straatassen"), "HALF_WIDTH": 8.0, "YEAR": 2028,
        "OBSTACLES": [layer(sample_gpkg, name) for name in ("netwerk_kabels_leidingen", "netwerk_bomen",
                                                             "netwerk_infiltratiekratten", "netwerk_reserveringen")],
        "SLOTS": str(tmp_path / "slots.gpkg"), "BOTTLENECKS": str(tmp_path / "necks.gpkg"),
        "PROFILE_CHECK": str(tmp_path / "profile.gpkg"), "TRACE": str(tmp_path / "trace.gpkg")})
    assert result["STATION_COUNT"] == 81 + 61
    assert 0 < result["BOTTLENECK_COUNT"] and result["FIT_COUNT"] > 120
    necks = rows(result, "BOTTLENECKS")
    # every bottleneck lies at the crossing (x 201200 / y 505150)
    for neck in necks:
        box = neck.geometry().boundingBox()
        assert box.xMinimum() >= 201180 - 1e-6 and box.xMaximum() <= 201220 + 1e-6 or \
            box.yMinimum() >= 505130 - 1e-6 and box.yMaximum() <= 505170 + 1e-6
    found = {(f["obstacle_layer"], f["utility_type"]) for f in rows(result, "PROFILE_CHECK")}
    assert ("netwerk_kabels_leidingen", "warmte") in found
    check = run_alg("ondergrond:reservationcheck", {
        "TRACE": result["TRACE"], "CONSTRUCTION_YEAR": 2028, "CONFLICTS": "memory:", "OPPORTUNITIES": "memory:",
        "OBSTACLES": [layer(sample_gpkg, name) for name in ("netwerk_kabels_leidingen", "netwerk_bomen",
                                                             "netwerk_infiltratiekratten", "netwerk_reserveringen")]})
    # the suggested trace on the sample street keeps its clearances along the straight streets
    assert check["CONFLICT_COUNT"] == 0


def test_street_width_per_axis_feature(street, make_layer):
    # Two streets: 10 m wide (centre may lie in -4.6 .. 4.6) and one without a width (Half width 6: -5.6 .. 5.6).
    axes = make_layer("LineString", {"width_m": "double"}, [
        {"wkt": "LINESTRING(0 0, 100 0)", "width_m": 10.0}, {"wkt": "LINESTRING(0 50, 100 50)"}], name="assen")
    nothing = make_layer("LineString", LINE_FIELDS, [], name="kabels")
    result = street(axes, [nothing], WIDTH_FIELD="width_m")
    found = {(s["axis_id"], s["free_intervals"]) for s in rows(result, "SLOTS")}
    assert found == {(1, "-4.60 .. 4.60"), (2, "-5.60 .. 5.60")}
    narrow = make_layer("LineString", {"width_m": "double"}, [{"wkt": "LINESTRING(0 0, 100 0)", "width_m": 0.5}],
                        name="smal")
    with pytest.raises(QgsProcessingException, match="Axis feature 1: the street \\(0.5 m wide\\)"):
        street(narrow, [nothing], WIDTH_FIELD="width_m")
    negative = make_layer("LineString", {"width_m": "double"}, [{"wkt": "LINESTRING(0 0, 100 0)", "width_m": -3.0}],
                          name="fout")
    with pytest.raises(QgsProcessingException, match="feature 1, field 'width_m'"):
        street(negative, [nothing], WIDTH_FIELD="width_m")
