"""Kernel of the 4D reservation check (core/reservation.py): hand-computed cases, no QGIS.

Common set-up unless a test says otherwise: one trace LINESTRING(0 0, 100 0), type warmte, envelope
width 1.0 m (half width 0.5), top 0.8 m, height 0.6 m -> vertical interval [0.8, 1.4] m, built
2026 with a 60-year life -> years [2026, 2085]. Clearances: *,* 0.25; warmte,* 0.5; warmte,water 1.0.
"""

import math
import os

import numpy as np
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from ondergrond.core import reservation as res
from ondergrond.core.tables import TableError

RULES = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "rules")
TOL = 1e-6  # stretch ends are bisected onto the exact boundary (distance = reach)

DEFAULTS = res.DefaultDepths([
    {"utility_type": "*", "depth_m": 0.6},
    {"utility_type": "water", "depth_m": 0.85, "diameter_m": 0.1},
    {"utility_type": "boom", "top_m": 0.0, "radius_m": 2.5},
])
CLEARANCES = res.Clearances([
    {"type_a": "*", "type_b": "*", "clearance_m": 0.25},
    {"type_a": "warmte", "type_b": "*", "clearance_m": 0.5},
    {"type_a": "warmte", "type_b": "water", "clearance_m": 1.0},
])


def trace(wkt="LINESTRING(0 0, 100 0)", **kwargs):
    wkts = [wkt] if isinstance(wkt, str) else wkt
    return res.resolve_traces("trace", list(range(1, len(wkts) + 1)), shapely.from_wkt(wkts),
                              construction_year=kwargs.pop("construction_year", 2026), **kwargs)


def lines(wkts, types, **fields):
    return res.resolve_obstacles("kabels", res.LINE, list(range(10, 10 + len(wkts))), shapely.from_wkt(wkts),
                                 types, DEFAULTS, **fields)


def run(traces, *chunks, nearby=False):
    return res.check(traces, res.Obstacles.concat(chunks), CLEARANCES, DEFAULTS, with_nearby=nearby)


def test_conflict_depth_is_where_trace_and_obstacle_meet():
    """Trace envelope 1.0-1.4 m (top 1.0, height 0.4). A cable across at x=30, depth 1.2, diameter 0.2 ->
    [1.2, 1.4]: overlap [max(1.0, 1.2), min(1.4, 1.4)] = [1.2, 1.4] (a clash). A cable across at x=70, depth
    1.5, diameter 0.1 -> [1.5, 1.6], 0.1 m below the envelope: a clearance conflict (0.1 < warmte,* 0.5) whose
    depth is the gap between them, [1.4, 1.5]. A tree (point, radius 2.5, from the table: top 0, bottom open)
    at x=50 meets the whole envelope: [1.0, 1.4]."""
    cables = lines(["LINESTRING(30 -5, 30 5)", "LINESTRING(70 -5, 70 5)"], ["laagspanning", "laagspanning"],
                   depth=[1.2, 1.5], diameter=[0.2, 0.1])
    trees = res.resolve_obstacles("bomen", res.POINT, [5], shapely.from_wkt(["POINT(50 2)"]), ["boom"], DEFAULTS)
    out = run(trace(depth=1.0, height=0.4), cables, trees).conflicts
    assert list(out.conflict) == ["clash", "clash", "clearance"]  # sorted by chainage: x = 30, 50, 70
    assert list(out.top) == pytest.approx([1.2, 1.0, 1.4])
    assert list(out.bottom) == pytest.approx([1.4, 1.4, 1.5])
    assert out.v_gap[2] == pytest.approx(out.bottom[2] - out.top[2])  # the gap is the clearance conflict's depth
    rows = list(out.rows(trace(depth=1.0, height=0.4), res.Obstacles.concat([cables, trees])))
    names = [name for name, _ in res.CONFLICT_FIELDS]
    assert [(row[names.index("top_m")], row[names.index("bottom_m")]) for row in rows] == [
        (1.2, 1.4), (1.0, 1.4), (1.4, 1.5)]


def test_meeting_range_is_the_overlap_or_the_gap():
    from ondergrond.core.canonical import meeting_range

    top, bottom = meeting_range(np.array([1.0, 1.0, 2.0, 0.0]), np.array([1.4, 1.4, 3.0, 1.0]),
                                np.array([1.2, 1.5, 0.5, 1.0]), np.array([1.4, 1.6, 0.9, np.inf]))
    # overlap [1.2, 1.4]; below: gap [1.4, 1.5]; above: gap [0.9, 2.0]; touching: [1.0, 1.0]
    assert list(top) == [1.2, 1.4, 0.9, 1.0] and list(bottom) == [1.4, 1.5, 2.0, 1.0]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(0, 10), min_size=4, max_size=4))
def test_meeting_range_property(values):
    """The range lies between the two intervals' extremes, has the length of the overlap or of the gap
    (vertical_gap), and is the overlap exactly when they overlap."""
    from ondergrond.core.canonical import meeting_range, ranges_overlap, vertical_gap

    (ta, ba), (tb, bb) = sorted(values[:2]), sorted(values[2:])
    top, bottom = meeting_range(ta, ba, tb, bb)
    assert min(ta, tb) <= top <= bottom <= max(ba, bb)
    if ranges_overlap(ta, ba, tb, bb):
        assert (top, bottom) == (max(ta, tb), min(ba, bb))
    else:
        assert bottom - top == pytest.approx(vertical_gap(ta, ba, tb, bb))


def test_crossing_at_the_same_depth_is_a_clash_over_the_clearance_reach():
    # water main across at x=50, [1.0, 1.2] overlaps [0.8, 1.4]: v = 0, h = 0 -> clash.
    # Required warmte-water 1.0 m; stretch = |x - 50| < 0.5 + 0.1 + 1.0 = 1.6 -> [48.4, 51.6].
    out = run(trace(), lines(["LINESTRING(50 -10, 50 10)"], ["water"], depth=[1.0], diameter=[0.2])).conflicts
    assert out.count == 1
    assert out.conflict[0] == "clash"
    assert (out.h_gap[0], out.v_gap[0], out.gap[0], out.required[0]) == (0, 0, 0, 1.0)
    assert out.chainage_from[0] == pytest.approx(48.4, abs=TOL)
    assert out.chainage_to[0] == pytest.approx(51.6, abs=TOL)
    assert shapely.length(out.geoms[0]) == pytest.approx(3.2, abs=2 * TOL)
    assert bool(out.time_overlap[0])  # open-ended water main


def test_depth_separated_crossings():
    # Low-voltage cable (clearance warmte,* = 0.5) at x=20:
    #   depth 2.0 -> [2.0, 2.1], v = 2.0 - 1.4 = 0.6 >= 0.5 -> no conflict;
    #   depth 1.6 -> [1.6, 1.7], v = 0.2, h = 0 -> gap 0.2 < 0.5 -> clearance;
    #   stretch |x - 20| < 0.5 + 0.05 + sqrt(0.5^2 - 0.2^2) = 0.55 + 0.458258 = 1.008258.
    obstacles = lines(["LINESTRING(20 -5, 20 5)", "LINESTRING(60 -5, 60 5)"], ["laagspanning"] * 2,
                      depth=[1.6, 2.0], diameter=[0.1, 0.1])
    result = run(trace(), obstacles, nearby=True)
    out = result.conflicts
    assert out.count == 1 and out.obstacle[0] == 0
    assert out.conflict[0] == "clearance"
    assert out.v_gap[0] == pytest.approx(0.2)
    assert out.gap[0] == pytest.approx(0.2)
    reach = 0.55 + math.sqrt(0.25 - 0.04)
    assert out.chainage_from[0] == pytest.approx(20 - reach, abs=TOL)
    assert out.chainage_to[0] == pytest.approx(20 + reach, abs=TOL)
    # both crossings show in the profile (nearby: horizontal reach 0.55 + 0.5 = 1.05)
    near = result.nearby
    assert sorted(near.obstacle) == [0, 1]
    second = list(near.obstacle).index(1)
    assert near.chainage_from[second] == pytest.approx(60 - 1.05, abs=TOL)


def test_parallel_run_clearance_stretch_and_no_conflict_further_away():
    # Gas pipes parallel from x=30 to 70, [0.9, 1.0] (v = 0), diameter 0.1:
    #   at y=0.9: h = 0.9 - 0.5 - 0.05 = 0.35 < 0.5 -> clearance, gap 0.35; stretch where
    #   sqrt(dx^2 + 0.9^2) < 1.05 beyond the ends: dx < sqrt(1.05^2 - 0.81) = 0.540833.
    #   at y=-1.2: h = 0.65 >= 0.5 -> nothing.
    obstacles = lines(["LINESTRING(30 0.9, 70 0.9)", "LINESTRING(30 -1.2, 70 -1.2)"], ["gasLageDruk"] * 2,
                      depth=[0.9, 0.9], diameter=[0.1, 0.1])
    out = run(trace(), obstacles).conflicts
    assert out.count == 1 and out.obstacle[0] == 0
    assert out.conflict[0] == "clearance"
    assert out.h_gap[0] == pytest.approx(0.35)
    dx = math.sqrt(1.05 ** 2 - 0.81)
    assert out.chainage_from[0] == pytest.approx(30 - dx, abs=TOL)
    assert out.chainage_to[0] == pytest.approx(70 + dx, abs=TOL)


def test_trees_use_the_radius_as_horizontal_extent():
    # Tree defaults: radius 2.5, top 0, no bottom (unbounded) -> v = 0.
    #   at (10, 3.0): h = 3.0 - 0.5 - 2.5 = 0 -> clash;
    #   at (40, 3.2): h = 0.2 < 0.5 -> clearance; stretch |dx| < sqrt(3.5^2 - 3.2^2) = sqrt(2.01);
    #   at (70, 3.6): h = 0.6 -> nothing.
    trees = res.resolve_obstacles("bomen", res.POINT, [1, 2, 3], shapely.from_wkt(
        ["POINT(10 3)", "POINT(40 3.2)", "POINT(70 3.6)"]), ["boom"] * 3, DEFAULTS)
    assert list(trees.half_width) == [2.5] * 3 and list(trees.bottom) == [math.inf] * 3
    assert trees.assumed.all()  # the table's top was used
    out = run(trace(), trees).conflicts
    assert list(out.obstacle) == [0, 1]
    assert list(out.conflict) == ["clash", "clearance"]
    assert out.gap[1] == pytest.approx(0.2)
    dx = math.sqrt(2.01)
    assert out.chainage_from[1] == pytest.approx(40 - dx, abs=TOL)
    assert out.chainage_to[1] == pytest.approx(40 + dx, abs=TOL)


def test_polygons_with_depth_ranges():
    # Crate 40..45 x -1..1 (overlaps the trace in 2D: h = 0):
    #   [1.5, 2.5]: v = 1.5 - 1.4 = 0.1 -> clearance gap 0.1 (warmte,* = 0.5);
    #     stretch reaches 0.5 + sqrt(0.25 - 0.01) = 0.989898 beyond the sides x=40 and x=45.
    #   [2.0, 3.0]: v = 0.6 -> nothing.  Reservation [0, NULL=unbounded] at 80..90 -> clash.
    polygons = res.resolve_obstacles(
        "kratten", res.POLYGON, [5, 6, 7],
        shapely.from_wkt(["POLYGON((40 -1, 45 -1, 45 1, 40 1, 40 -1))",
                          "POLYGON((60 -1, 65 -1, 65 1, 60 1, 60 -1))",
                          "POLYGON((80 -3, 90 -3, 90 3, 80 3, 80 -3))"]),
        ["infiltratiekrat", "infiltratiekrat", "reservering"], DEFAULTS, top=[1.5, 2.0, None],
        bottom=[2.5, 3.0, None])
    out = run(trace(), polygons).conflicts
    assert list(out.obstacle) == [0, 2]
    assert out.conflict[0] == "clearance" and out.gap[0] == pytest.approx(0.1)
    reach = 0.5 + math.sqrt(0.24)
    assert out.chainage_from[0] == pytest.approx(40 - reach, abs=TOL)
    assert out.chainage_to[0] == pytest.approx(45 + reach, abs=TOL)
    assert out.conflict[1] == "clash"
    assert out.chainage_from[1] == pytest.approx(79.0, abs=TOL)  # 80 - (0.5 + 0.5)
    assert out.chainage_to[1] == pytest.approx(91.0, abs=TOL)


def test_assumed_depth_from_the_defaults_table():
    # Water main without depth: table 0.85 m, diameter 0.1 -> [0.85, 0.95] overlaps [0.8, 1.4] -> clash,
    # marked as assumed; an explicit depth of 3.0 m is not assumed (v = 1.6 >= 1.0 -> no conflict).
    obstacles = lines(["LINESTRING(50 -5, 50 5)", "LINESTRING(60 -5, 60 5)"], ["water", "water"],
                      depth=[None, 3.0], diameter=[None, None])
    assert list(obstacles.top) == [0.85, 3.0]
    assert list(obstacles.bottom) == pytest.approx([0.95, 3.1])
    assert list(obstacles.assumed) == [True, False]
    out = run(trace(), obstacles).conflicts
    assert out.count == 1 and out.obstacle[0] == 0 and out.conflict[0] == "clash"


def test_operator_standard_depth_comes_before_the_defaults_table():
    # KLIC's standaardDieptelegging (standard_depth_m) fills an empty depth before the table: 1.5 m
    # -> [1.5, 1.6], v = 0.1 below the trace's [0.8, 1.4] -> clearance conflict (< 1.0), assumed.
    # A measured depth wins over it; without either the table's 0.85 m applies.
    obstacles = lines(["LINESTRING(50 -5, 50 5)", "LINESTRING(60 -5, 60 5)", "LINESTRING(70 -5, 70 5)"],
                      ["water"] * 3, depth=[None, 3.0, None], standard_depth=[1.5, 0.5, None])
    assert list(obstacles.top) == [1.5, 3.0, 0.85]
    assert list(obstacles.assumed) == [True, False, True]
    out = run(trace(), obstacles).conflicts
    assert out.obstacle.tolist() == [0, 2]
    assert out.conflict.tolist() == ["clearance", "clash"]
    assert out.v_gap[0] == pytest.approx(0.1)


@pytest.mark.parametrize(("valid_from", "valid_to", "overlap", "first", "last"), [
    (None, 2025, False, None, None),            # removed before construction: space frees up
    (None, 2026, True, 2026, 2026),             # touching years overlap (inclusive)
    (None, None, True, 2026, 2085),             # open-ended both sides
    ("2085-06-30", None, True, 2085, 2085),     # laid in the trace's last year
    ("01-01-2086", None, False, None, None),    # after the trace's life (Dutch date)
    (2030.0, "2040", True, 2030, 2040),         # mixed formats
])
def test_time_overlap(valid_from, valid_to, overlap, first, last):
    # Trace [2026, 2026 + 60 - 1 = 2085]; a gas pipe across at the trace's depth always clashes in space.
    obstacles = lines(["LINESTRING(50 -5, 50 5)"], ["gasLageDruk"], depth=[1.0], diameter=[0.1],
                      valid_from=[valid_from], valid_to=[valid_to])
    out = run(trace(), obstacles).conflicts
    assert out.count == 1 and out.conflict[0] == "clash"
    assert bool(out.time_overlap[0]) is overlap
    if overlap:
        assert (out.overlap_from[0], out.overlap_to[0]) == (first, last)
    else:
        assert np.isnan(out.overlap_from[0]) and np.isnan(out.overlap_to[0])


def test_trace_fields_override_the_parameters():
    # valid_to 2030 set, lifetime ignored; depth 2.0 puts the envelope at [2.0, 2.6] under the pipe.
    traces = res.resolve_traces("t", [1, 2], shapely.from_wkt(["LINESTRING(0 0, 10 0)"] * 2),
                                depth_values=[2.0, None], valid_from=[2020, "2024-03-01"],
                                valid_to=[2030, None],
                                lifetime=10)
    assert list(traces.top) == [2.0, 0.8]
    assert list(traces.year_from) == [2020, 2024] and list(traces.year_to) == [2030, 2033]


def test_multi_part_trace_chainage_runs_on_over_the_parts():
    # Parts 0..10 and 20..30 (length 10 each); a cable across at x=25 is at chainage 10 + 5 = 15;
    # gas at [1.0, 1.1] -> clash, reach 0.5 + 0 + 0.5 = 1.0 -> [14, 16].
    traces = trace("MULTILINESTRING((0 0, 10 0), (20 0, 30 0))")
    gas = lines(["LINESTRING(25 -5, 25 5)"], ["gasLageDruk"], depth=[1.0], diameter=[0.0])
    out = run(traces, gas).conflicts
    assert out.count == 1
    assert out.chainage_from[0] == pytest.approx(14, abs=TOL)
    assert out.chainage_to[0] == pytest.approx(16, abs=TOL)
    assert shapely.equals_exact(out.geoms[0], shapely.from_wkt("LINESTRING(24 0, 26 0)"), tolerance=TOL)


def test_an_obstacle_near_two_parts_gives_two_stretches_and_a_bend_stays_one():
    # A pipe along y=0 from 9 to 21 is within reach of the end of part 1 and the start of part 2:
    # two stretches (one per part), never one stretch over the gap. Trace with a bend at (50, 0)
    # crossed near the bend: one stretch around chainage 50.
    traces = trace(["MULTILINESTRING((0 0, 10 0), (20 0, 30 0))", "LINESTRING(0 10, 50 10, 50 60)"])
    obstacles = lines(["LINESTRING(9 0, 21 0)", "LINESTRING(45 15, 55 5)"], ["gasLageDruk"] * 2,
                      depth=[1.0, 1.0], diameter=[0.0, 0.0])
    out = run(traces, obstacles).conflicts
    first = out.trace == 0
    assert out.chainage_from[first] == pytest.approx([8.0, 10.0], abs=TOL)
    assert out.chainage_to[first] == pytest.approx([10.0, 11.0 + 1.0], abs=TOL)
    second = out.trace == 1
    assert second.sum() == 1
    assert out.chainage_from[second][0] < 50 < out.chainage_to[second][0]


def test_opportunities_in_space_and_time():
    # Trace built 2028. Works: A 5 m away, 2024-2025 -> 3 years apart, kept (distance 5, chainage 30);
    # B 5 m away, 2020-2021 -> 7 years apart, dropped; C 12 m away -> dropped; D open-ended, crossing at
    # x=70 -> 0 years, distance 0, chainage 70.
    traces = trace(construction_year=2028)
    works = res.resolve_works("werken", [1, 2, 3, 4], shapely.from_wkt([
        "POLYGON((25 5, 35 5, 35 8, 25 8, 25 5))", "POINT(50 5)", "POINT(60 12)", "LINESTRING(70 -3, 70 3)"]),
        ["riool", "water", "drempel", "herinrichting"], valid_from=[2024, "2020", 2030, None],
        valid_to=["31-12-2025", 2021, 2030, None])
    out = res.opportunities(traces, works, coupling_distance=10, coupling_years=5)
    assert list(out.work) == [0, 3]
    assert list(out.distance) == pytest.approx([5.0, 0.0])
    assert list(out.years_apart) == [3.0, 0.0]
    assert out.chainage[1] == pytest.approx(70.0)
    assert 25 <= out.chainage[0] <= 35


def test_years_apart():
    # construction 2030: period 2031-2035 -> 1; 2020-2024 -> 6; 2028-2032 -> 0; open start to 2027 -> 3
    got = res.years_apart(2030.0, np.array([2031, 2020, 2028, -np.inf]), np.array([2035, 2024, 2032, 2027]))
    assert list(got) == [1, 6, 0, 3]


def test_clearance_lookup_most_specific_wins():
    table = res.Clearances([
        {"type_a": "*", "type_b": "*", "clearance_m": 0.25},
        {"type_a": "warmte", "type_b": "*", "clearance_m": 0.5},
        {"type_a": "*", "type_b": "gasHogeDruk", "clearance_m": 0.7},
        {"type_a": "water", "type_b": "warmte", "clearance_m": 1.0},
    ])
    assert table.required("warmte", "water") == 1.0      # exact pair, symmetric
    assert table.required("water", "warmte") == 1.0
    assert table.required("warmte", "laagspanning") == 0.5  # one wildcard
    assert table.required("warmte", "gashogedruk") == 0.7   # two one-wildcard rows: the larger
    assert table.required("laagspanning", "datatransport") == 0.25  # *,*
    assert table.largest() == 1.0
    assert res.Clearances([{"type_a": "a", "type_b": "b", "clearance_m": 0.3}]).required("c", "d") == 0.0


def test_bundled_rule_tables():
    defaults = res.DefaultDepths.read(os.path.join(RULES, "default_depths.csv"))
    clearances = res.Clearances.read(os.path.join(RULES, "clearances.csv"))
    # domain.md: telecom / LV 0.6; drinking water 0.7-1.0 -> 0.85; gravity sewer 1-3 -> 2.0; tree 2.5 m
    assert defaults.value("datatransport", "depth_m") == 0.6
    assert defaults.value("laagspanning", "depth_m") == 0.6
    assert defaults.value("water", "depth_m") == 0.85
    assert defaults.value("rioolvrijverval", "depth_m") == 2.0
    assert defaults.value("boom", "radius_m") == 2.5 and defaults.value("boom", "bottom_m") is None
    assert defaults.value("onbekend", "depth_m") == 0.6  # the * row
    # heat vs drinking water larger than any other heat clearance
    assert clearances.required("warmte", "water") > clearances.required("warmte", "gaslagedruk") == 0.5
    assert clearances.required("laagspanning", "water") == 0.25


def test_unknown_types_are_listed_once_and_use_the_wildcard():
    obstacles = lines(["LINESTRING(50 -5, 50 5)", "LINESTRING(60 -5, 60 5)", "LINESTRING(70 -5, 70 5)"],
                      ["stadsverwarming", "stadsverwarming", "water"], depth=[None, None, None])
    assert list(obstacles.top[:2]) == [0.6, 0.6]  # the * default depth
    result = run(trace(), obstacles)
    assert result.unknown_types == ["stadsverwarming"]
    assert list(result.conflicts.required) == [0.5, 0.5, 1.0]


def test_imkl_uri_types_and_layer_name_types():
    uri = "http://definities.geostandaarden.nl/imkl2015/id/waarde/Thema/laagspanning"
    assert res.normalise_type(uri) == "laagspanning"
    assert res.normalise_type(" gasLageDruk ") == "gasLageDruk"
    assert res.type_key(" gasLageDruk ") == "gaslagedruk"
    assert res.type_from_layer_name("netwerk_bomen") == "boom"
    assert res.type_from_layer_name("netwerk_infiltratiekratten") == "infiltratiekrat"
    assert res.type_from_layer_name("netwerk_reserveringen") == "reservering"
    assert res.type_from_layer_name("putten") == "overig"


@pytest.mark.parametrize(("field", "values", "message"), [
    ("depth", [-0.5], "feature 10, field 'depth_m': -0.5 is negative"),
    ("diameter", [-0.1], "feature 10, field 'diameter_m'"),
    ("depth", ["diep"], "feature 10, field 'depth_m'"),
    ("valid_from", ["morgen"], "feature 10, field 'valid_from'"),
])
def test_bad_obstacle_values_name_layer_feature_and_field(field, values, message):
    with pytest.raises(ValueError, match=message) as info:
        lines(["LINESTRING(0 0, 1 1)"], ["water"], **{field: values})
    assert "Layer 'kabels'" in str(info.value)


def test_bad_order_and_tables():
    with pytest.raises(ValueError, match="feature 5: top_m 3.0 lies below bottom_m 2.0"):
        res.resolve_obstacles("vlak", res.POLYGON, [5], shapely.from_wkt(["POINT(0 0)"]), ["x"], DEFAULTS,
                              top=[3.0], bottom=[2.0])
    with pytest.raises(ValueError, match="feature 10: valid_from 2030 is after valid_to 2020"):
        lines(["LINESTRING(0 0, 1 1)"], ["water"], valid_from=[2030], valid_to=[2020])
    with pytest.raises(TableError, match="negative"):
        res.Clearances([{"type_a": "a", "type_b": "*", "clearance_m": -1, "_row": 2}])
    with pytest.raises(TableError, match="row 3: the pair 'b, a' appears twice"):
        res.Clearances([{"type_a": "a", "type_b": "b", "clearance_m": 1, "_row": 2},
                        {"type_a": "b", "type_b": "a", "clearance_m": 2, "_row": 3}])
    with pytest.raises(ValueError, match="TRACE_WIDTH"):
        res.resolve_traces("t", [1], shapely.from_wkt(["LINESTRING(0 0, 1 1)"]), width=-1)


def test_empty_inputs():
    result = run(trace(), res.Obstacles.empty())
    assert result.conflicts.count == 0
    empty_trace = res.resolve_traces("t", [], np.array([], dtype=object))
    assert run(empty_trace, lines(["LINESTRING(0 0, 1 1)"], ["water"])).conflicts.count == 0


def test_segments_chainage():
    # Two traces: an L of 30 + 40 m and a 2-part line; segments at most 25 m.
    segs = res.trace_segments(shapely.from_wkt(["LINESTRING(0 0, 30 0, 30 40)",
                                                "MULTILINESTRING((0 0, 0 5), (10 0, 10 5))"]))
    first = segs.trace == 0
    assert segs.start[first][-1] + segs.length[first][-1] == pytest.approx(70.0)
    assert (segs.length <= 25.0 + 1e-9).all()
    second = segs.trace == 1
    assert list(segs.start[second]) == [0.0, 5.0]
    assert list(segs.part_offset) == [0.0, 0.0, 5.0]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.floats(-5, 105), st.floats(-6, 6), st.floats(0, 3), st.floats(0, 3)),
                min_size=1, max_size=25))
def test_conflicts_match_brute_force(points):
    # Point obstacles ("putten", clearance warmte,* 0.5) with radius r and [top, top + 0.5]: an obstacle
    # is in conflict iff gap = hypot(max(0, d - 0.5 - r), v) < 0.5, with d its distance to a bent trace.
    # Every stretch end lies at 3D gap ~= 0.5 unless it is an end of the trace.
    geom = shapely.from_wkt("LINESTRING(0 0, 40 3, 70 -2, 100 0)")
    pts = shapely.points([(x, y) for x, y, _, _ in points])
    radius = [r for _, _, r, _ in points]
    top = [t for _, _, _, t in points]
    obstacles = res.resolve_obstacles("putten", res.POINT, range(len(points)), pts, ["put"] * len(points),
                                      DEFAULTS, top=top, bottom=[t + 0.5 for t in top], radius=radius)
    out = run(trace(geom.wkt), obstacles).conflicts
    v = np.maximum(0, np.maximum(np.array(top) - 1.4, 0.8 - (np.array(top) + 0.5)))
    gap = np.hypot(np.maximum(0, shapely.distance(geom, pts) - 0.5 - np.array(radius)), v)
    expected = set(np.flatnonzero(gap < 0.5 - 1e-6))
    borderline = set(np.flatnonzero(np.abs(gap - 0.5) <= 1e-6))
    assert expected <= set(out.obstacle) <= expected | borderline
    for index in range(out.count):
        o = out.obstacle[index]
        assert out.gap[index] == pytest.approx(gap[o], abs=1e-9)
        for chainage in (out.chainage_from[index], out.chainage_to[index]):
            if 1e-6 < chainage < geom.length - 1e-6:
                d = shapely.distance(shapely.line_interpolate_point(geom, chainage), pts[o])
                local = math.hypot(max(0.0, d - 0.5 - radius[o]), v[o])
                assert local == pytest.approx(0.5, abs=1e-6)


def test_trace_boxes_cover_the_reach():
    # An axis-parallel leg needs one box; a slanted leg (dx 60, dy 80, 100 m) with reach 1 is cut
    # into 60 * 80 / (2 * 1 * 100) = 24 boxes. Every point within reach lies in some box.
    # Boxes join only when that adds little area: the first slanted box (4.5 x 5.33) and the straight
    # leg's (102 x 2) would make 104.5 x 5.33 = 557 > 1.25 x (204 + 24), so they stay apart.
    boxes = res.trace_boxes(shapely.from_wkt(["LINESTRING(0 0, 100 0, 160 80)"]), 1.0)
    assert len(boxes) == 1 + 24
    assert list(boxes[0]) == [-1.0, -1.0, 101.0, 1.0]
    # a straight trace digitised with 1001 vertices: one box
    dense = shapely.linestrings(np.column_stack([np.linspace(0, 1000, 1001), np.zeros(1001)]))
    assert res.trace_boxes([dense], 2.0).tolist() == [[-2.0, -2.0, 1002.0, 2.0]]
    probe = shapely.points(np.random.default_rng(1).uniform([-2, -2], [163, 83], (20000, 2)))
    near = shapely.dwithin(shapely.from_wkt("LINESTRING(0 0, 100 0, 160 80)"), probe, 1.0)
    covered = np.zeros(len(probe), dtype=bool)
    for xmin, ymin, xmax, ymax in boxes:
        covered |= shapely.intersects(shapely.box(xmin, ymin, xmax, ymax), probe)
    assert near.any() and covered[near].all()


coordinate = st.integers(-20000, 20000).map(lambda millimetres: millimetres / 1000.0)
polyline = st.lists(st.tuples(coordinate, coordinate), min_size=1, max_size=4)


# GEOS 3.11 raises a spurious floating-point flag for a repeated vertex; the distances are right
@pytest.mark.filterwarnings("ignore:invalid value encountered in distance")
@settings(max_examples=60, deadline=None)
@given(st.lists(polyline, min_size=1, max_size=6), st.floats(0, 1.5), st.booleans())
def test_stretches_match_dense_sampling(obstacle_coords, top, with_polygon):
    # Polylines (a single vertex: a point) and optionally a square, against a bent trace. Every
    # sample point along the trace must lie in a conflict stretch exactly when its own 3D gap is
    # below the required 0.5 m (points within 1e-6 m of the boundary are skipped).
    geom = shapely.from_wkt("LINESTRING(-15 -3, 0 4, 15 -2)")
    wkts = [shapely.Point(c[0]).wkt if len(c) == 1 else shapely.LineString(c).wkt for c in obstacle_coords]
    geoms = [g if g.length > 0 or g.geom_type == "Point" else shapely.Point(g.coords[0])
             for g in shapely.from_wkt(wkts)]
    chunks = [res.resolve_obstacles("lijnen", res.LINE, range(len(geoms)), geoms, ["put"] * len(geoms), DEFAULTS,
                                    depth=[top] * len(geoms), diameter=[0.2] * len(geoms))]
    if with_polygon:
        chunks.append(res.resolve_obstacles("vlak", res.POLYGON, [99], [shapely.box(-2, -1, 3, 1.5)], ["krat"],
                                            DEFAULTS, top=[top], bottom=[top + 0.2]))
    obstacles = res.Obstacles.concat(chunks)
    out = run(trace(geom.wkt), obstacles).conflicts
    v = np.maximum(0, np.maximum(top - 1.4, 0.8 - (top + 0.2)))
    half = np.where(obstacles.kind == res.LINE, 0.1, 0.0) + 0.5
    for chainage in np.linspace(0, geom.length, 401):
        point = shapely.line_interpolate_point(geom, chainage)
        for o in range(len(obstacles)):
            d = shapely.distance(point, obstacles.geoms[o])
            gap = math.hypot(max(0.0, d - half[o]), v)
            reach_d = half[o] + math.sqrt(max(0.25 - v * v, 0.0))
            if v >= 0.5 or abs(d - reach_d) < 1e-6:
                continue
            mine = out.obstacle == o
            inside = bool(np.any(mine & (out.chainage_from <= chainage + 1e-9)
                                 & (out.chainage_to >= chainage - 1e-9)))
            assert inside == (gap < 0.5), (o, chainage, gap)


@settings(max_examples=200, deadline=None)
@given(st.tuples(coordinate, coordinate, coordinate, coordinate), st.tuples(coordinate, coordinate, coordinate,
                                                                            coordinate))
def test_segment_distance_matches_geos(first, second):
    a, b = np.array([first[:2]]), np.array([first[2:]])
    if np.allclose(a, b):
        b = a + 1.0
    p0, p1 = np.array([second[:2]]), np.array([second[2:]])
    expected = shapely.distance(shapely.linestrings(np.stack([a, b], axis=1))[0],
                                shapely.linestrings(np.stack([p0, p1], axis=1))[0] if not np.allclose(p0, p1)
                                else shapely.points(p0)[0])
    # nanometres apart at worst (nearly parallel segments); the check snaps to GEOS's pair distance
    assert res.segment_distance(a, b, p0, p1)[0] == pytest.approx(expected, abs=1e-7)


def test_report_profile_pages_and_trace_names():
    from ondergrond.core.reservation_report import profile_pages

    # 1664.7 m in pages of at most 300 m: 6 equal pages of 277.45 m; a short trace is one page.
    pages = profile_pages(1664.7)
    assert len(pages) == 6 and pages[0] == (0.0, pytest.approx(277.45)) and pages[-1][1] == pytest.approx(1664.7)
    assert profile_pages(300.0) == [(0.0, 300.0)] and profile_pages(0.0) == [(0.0, 0.0)]
    names = res.trace_names(["Hoofdweg", None, "  "], [4, 5, 6])
    assert names.tolist() == ["Hoofdweg", "Trace 5", "Trace 6"]


def test_every_imkl_thema_is_in_the_rule_tables():
    """The 15 themas of the IMKL Thema codelist (IMKL2015 1.2 and IMKL 2.0) each have their own row in the
    defaults table, so none falls back to '*' with an 'unknown type' warning."""
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "rules"
    defaults = res.DefaultDepths.read(root / "default_depths.csv")
    clearances = res.Clearances.read(root / "clearances.csv")
    themas = ["buisleidingGevaarlijkeInhoud", "datatransport", "gasHogeDruk", "gasLageDruk", "hoogspanning",
              "laagspanning", "landelijkHoogspanningsnet", "middenspanning", "overig", "petrochemie",
              "rioolOnderOverOfOnderdruk", "rioolVrijverval", "warmte", "water", "wees"]
    assert [t for t in themas if not defaults.known(t)] == []
    assert res.unknown_types(np.array(themas + ["EisVoorzorgsmaatregel"], dtype=object), defaults, clearances) == []
    # petrochemie as the other hazardous pipelines: 1.0 m deep, 0.5 m around it
    assert defaults.value("petrochemie", "depth_m") == 1.0 and clearances.required("petrochemie", "water") == 0.5
