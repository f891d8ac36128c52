"""Kernel of 'Where does it fit?' (core/streetprofile.py): hand-made streets with known answers, and property
tests against a brute-force scan of offsets and against the reservation check itself. No QGIS.

Common set-up unless a test says otherwise: axis LINESTRING(0 0, 100 0) (left = +y), half width 6 m, new
utility warmte 0.8 m wide (half 0.4) from 0.8 to 1.4 m deep, so its centre may lie in [-5.6, 5.6].
Clearances: *,* 0.25; warmte,* 0.5; warmte,water 1.0. The conflict reach of an obstacle is
R = 0.4 + half width + sqrt(required^2 - v^2); it blocks the offsets o with distance(P + o n, obstacle) < R.
"""

import math
import os

import numpy as np
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from ondergrond.core import reservation as res
from ondergrond.core import section_drawing
from ondergrond.core import streetprofile as sp
from ondergrond.core.tables import TableError

RULES = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "rules")
DEFAULTS = res.DefaultDepths([
    {"utility_type": "*", "depth_m": 0.6},
    {"utility_type": "boom", "top_m": 0.0, "radius_m": 2.5},
])
CLEARANCES = res.Clearances([
    {"type_a": "*", "type_b": "*", "clearance_m": 0.25},
    {"type_a": "warmte", "type_b": "*", "clearance_m": 0.5},
    {"type_a": "warmte", "type_b": "water", "clearance_m": 1.0},
])
AXIS = shapely.from_wkt(["LINESTRING(0 0, 100 0)"])
NEW = sp.NewUtility("warmte", 0.8, 0.8, 0.6)
TOL = 1e-9


def lines(wkts, types, depth, diameter, layer="kabels", valid_from=None, valid_to=None):
    return res.resolve_obstacles(layer, res.LINE, list(range(1, len(wkts) + 1)), shapely.from_wkt(wkts), types,
                                 DEFAULTS, depth=depth, diameter=diameter, valid_from=valid_from, valid_to=valid_to)


def trees(wkts, top=None, bottom=None, radius=None):
    return res.resolve_obstacles("bomen", res.POINT, list(range(1, len(wkts) + 1)), shapely.from_wkt(wkts),
                                 ["boom"] * len(wkts), DEFAULTS, top=top, bottom=bottom, radius=radius)


def volumes(wkts, top, bottom, valid_from=None, valid_to=None):
    return res.resolve_obstacles("reserveringen", res.POLYGON, list(range(1, len(wkts) + 1)), shapely.from_wkt(wkts),
                                 ["reservering"] * len(wkts), DEFAULTS, top=top, bottom=bottom, valid_from=valid_from,
                                 valid_to=valid_to)


def free(result, k):
    return np.array(result.free_intervals(k)).reshape(-1, 2)


def approx_array(expected, abs=TOL):
    return pytest.approx(np.array(expected, dtype=float).reshape(-1, 2), abs=abs)


def profile(*rows):
    zones = [sp.Zone(t, ref, side, a, b, np.nan if lo is None else lo, np.nan if hi is None else hi)
             for t, ref, side, a, b, lo, hi in rows]
    return sp.Profile(zones)


def parallel_street():
    return lines(["LINESTRING(0 2, 100 2)", "LINESTRING(0 -3, 100 -3)", "LINESTRING(0 4.5, 100 4.5)",
                  "LINESTRING(0 -5, 100 -5)"],
                 ["gasLageDruk", "water", "laagspanning", "datatransport"],
                 depth=[0.7, 1.0, 0.3, 2.0], diameter=[0.1, 0.2, 0.05, 0.05])


def test_parallel_utilities_at_known_offsets_and_depths():
    # gas y=+2 [0.7, 0.8] touches [0.8, 1.4]: v = 0, R = 0.4 + 0.05 + 0.5 = 0.95 -> blocks (1.05, 2.95)
    # water y=-3 [1.0, 1.2]: R = 0.4 + 0.1 + 1.0 = 1.5 -> (-4.5, -1.5)
    # low voltage y=+4.5 [0.3, 0.35]: v = 0.45 < 0.5 -> R = 0.425 + sqrt(0.25 - 0.2025) -> (4.5 - R, 4.5 + R)
    # telecom y=-5 [2.0, 2.05]: v = 0.6 >= 0.5 -> blocks nothing
    result = sp.free_space(AXIS, parallel_street(), CLEARANCES, NEW, half_width=6, step=25, year=2026)
    r_lv = 0.425 + math.sqrt(0.25 - 0.45 ** 2)
    expected = [(-5.6, -4.5), (-1.5, 1.05), (2.95, 4.5 - r_lv), (4.5 + r_lv, 5.6)]
    assert list(result.stations.chainage) == [0, 25, 50, 75, 100]
    for k in range(5):
        assert free(result, k) == approx_array(expected, abs=TOL)
    # no profile: the centre of the widest free interval (-1.5 .. 1.05)
    assert result.fits.all()
    assert result.offset == pytest.approx(np.full(5, -0.225))
    assert result.margin == pytest.approx(np.full(5, 1.275))
    assert (result.free_from[0], result.free_to[0]) == pytest.approx((-1.5, 1.05))
    # a profile zone for warmte 3.0 .. 5.0 m left of the axis: the free part of it is 3.0 .. 4.5 - R (in the free
    # interval 2.95 .. 4.5 - R); the slot is its middle
    zoned = sp.free_space(AXIS, parallel_street(), CLEARANCES, NEW, half_width=6, step=25, year=2026,
                          profile=profile(("warmte", sp.AXIS, sp.LEFT, 3.0, 5.0, None, None)))
    centre = (3.0 + 4.5 - r_lv) / 2
    assert zoned.offset == pytest.approx(np.full(5, centre))
    assert zoned.in_zone.all() and (zoned.zone_distance == 0).all()
    assert zoned.margin == pytest.approx(np.full(5, 4.5 - r_lv - centre))
    # a zone with no free space in it (-4.0 .. -3.0, right of the axis, lies in the water main's reach
    # -4.5 .. -1.5): the free point closest to it is the end -4.5 of the free interval -5.6 .. -4.5 (0.5 m from
    # the zone; -1.5 is 1.5 m away), moved 1 mm inside
    zoned = sp.free_space(AXIS, parallel_street(), CLEARANCES, NEW, half_width=6, step=25, year=2026,
                          profile=profile(("warmte", sp.AXIS, sp.RIGHT, 3.0, 4.0, None, None)))
    assert zoned.offset[0] == pytest.approx(-4.5 - sp.INSET)
    assert not zoned.in_zone[0] and zoned.zone_distance[0] == pytest.approx(0.5 + sp.INSET)


def test_crowded_stretch_is_a_bottleneck_with_what_blocks():
    # Nine gas pipes 1.5 m apart (y = -6 .. 6) between x = 40 and 60, at the new utility's depth: each blocks
    # |o - y| < 0.95, together -6.95 .. 6.95: nothing fits at stations 40 .. 60; at 35 and 65 they are >= 5 m away.
    ys = np.arange(-6, 6.01, 1.5)
    crowd = lines(["LINESTRING(40 {0}, 60 {0})".format(y) for y in ys], ["gasLageDruk"] * len(ys),
                  depth=[1.0] * len(ys), diameter=[0.0] * len(ys))
    result = sp.free_space(AXIS, crowd, CLEARANCES, NEW, half_width=6, step=5, year=2026)
    chainage = result.stations.chainage
    assert list(chainage[~result.fits]) == [40, 45, 50, 55, 60]
    assert np.isnan(result.offset[~result.fits]).all()
    necks = sp.bottlenecks(result, 5)
    assert len(necks) == 1
    neck = necks[0]
    assert (neck["station_from"], neck["station_to"]) == (40, 60)
    assert neck["geometry"].equals_exact(shapely.LineString([(37.5, 0), (62.5, 0)]), 1e-9)
    assert sorted(crowd.fid[neck["blockers"]].tolist()) == list(range(1, 10))
    assert sp.blocking_text(crowd, neck["blockers"][:2]) == "kabels:1 (gasLageDruk); kabels:2 (gasLageDruk)"
    # the suggested trace stops before and starts after the bottleneck
    traces = sp.suggested_traces(result)
    assert [(t["station_from"], t["station_to"]) for t in traces] == [(0, 35), (65, 100)]


def test_trees_with_their_root_zone():
    # Tree at (50, 3), root zone radius 2.5 m (table), roots 0 .. 1.5 m: v = 0, R = 0.4 + 2.5 + 0.5 = 3.4.
    # Station 50: blocks 3 +/- 3.4 -> free -5.6 .. -0.4. Station 48: half chord sqrt(3.4^2 - 2^2) -> free
    # -5.6 .. 3 - sqrt(7.56). Station 44: 6 m along, more than R: nothing blocked.
    # A second tree at (20, -3) with roots only to 0.5 m: v = 0.3, R = 2.9 + sqrt(0.25 - 0.09) = 3.3.
    result = sp.free_space(AXIS, trees(["POINT(50 3)", "POINT(20 -3)"], top=[0.0, 0.0], bottom=[1.5, 0.5]),
                           CLEARANCES, NEW, half_width=6, step=2, year=2026)
    at = {c: k for k, c in enumerate(result.stations.chainage)}
    assert free(result, at[50]) == approx_array([(-5.6, -0.4)], abs=TOL)
    assert free(result, at[48]) == approx_array([(-5.6, 3 - math.sqrt(7.56))], abs=TOL)
    assert free(result, at[44]) == approx_array([(-5.6, 5.6)], abs=TOL)
    assert free(result, at[20]) == approx_array([(-3 + 3.3, 5.6)], abs=TOL)
    assert result.offset[at[50]] == pytest.approx(-3.0)


def test_gas_pipe_that_leaves_gives_a_slot_only_after_that_year():
    # Reserved space (top 0, no bottom) at y <= -1 and y >= 1 blocks o < -1 + 0.9 and o > 1 - 0.9: free
    # -0.1 .. 0.1 for the centre. A low-pressure gas pipe at y = 0, removed in 2030 (valid_to inclusive), fills it.
    space = volumes(["POLYGON((-10 -9, 110 -9, 110 -1, -10 -1, -10 -9))",
                     "POLYGON((-10 1, 110 1, 110 9, -10 9, -10 1))"],
                    top=[0.0, 0.0], bottom=[None, None])
    gas = lines(["LINESTRING(-10 0, 110 0)"], ["gasLageDruk"], depth=[1.0], diameter=[0.1], valid_to=[2030])
    obstacles = res.Obstacles.concat([space, gas])
    before = sp.free_space(AXIS, obstacles, CLEARANCES, NEW, half_width=6, step=10, year=2030, lifetime=60)
    assert not before.fits.any()
    necks = sp.bottlenecks(before, 10)
    assert len(necks) == 1 and set(obstacles.layer[necks[0]["blockers"]]) == {"kabels", "reserveringen"}
    after = sp.free_space(AXIS, obstacles, CLEARANCES, NEW, half_width=6, step=10, year=2031, lifetime=60)
    assert after.fits.all()
    assert after.offset == pytest.approx(np.zeros(11), abs=1e-12)
    assert after.free_from == pytest.approx(np.full(11, -0.1)) and after.margin == pytest.approx(np.full(11, 0.1))
    # space reserved from 2040 on counts for a 60-year life from 2031, not for a 5-year one
    later = volumes(["POLYGON((-10 -0.5, 110 -0.5, 110 0.5, -10 0.5, -10 -0.5))"], top=[0.0], bottom=[2.0],
                    valid_from=[2040])
    obstacles = res.Obstacles.concat([space, gas, later])
    assert not sp.free_space(AXIS, obstacles, CLEARANCES, NEW, half_width=6, step=10, year=2031,
                             lifetime=60).fits.any()
    assert sp.free_space(AXIS, obstacles, CLEARANCES, NEW, half_width=6, step=10, year=2031, lifetime=5).fits.all()


def arc(radius, degrees=90, pieces=90):
    angles = np.radians(np.linspace(0, degrees, pieces + 1))
    return shapely.LineString(np.column_stack([radius * np.cos(angles), radius * np.sin(angles)]))


def test_curved_axis_offsets_follow_the_curve():
    # Axis: a quarter circle of radius 50 counter-clockwise (left = towards the centre). A gas pipe on the
    # concentric arc of radius 47 lies at offset +3 everywhere: it blocks 3 +/- 0.95. A water main on radius 52.5
    # (offset -2.5) blocks -2.5 +/- 1.5. Up to the chords' sagitta (50 (1 - cos 0.5 deg) = 1.9 mm) exact.
    obstacles = lines([arc(47).wkt, arc(52.5).wkt], ["gasLageDruk", "water"], depth=[1.0, 1.0], diameter=[0.1, 0.2])
    result = sp.free_space(np.array([arc(50)], dtype=object), obstacles, CLEARANCES, NEW, half_width=6, step=5,
                           year=2026)
    assert len(result.stations) == math.ceil(arc(50).length / 5) + 1
    for k in range(len(result.stations)):
        got = free(result, k)
        assert len(got) == 3
        assert got == approx_array([(-5.6, -4.0), (-1.0, 2.05), (3.95, 5.6)], abs=4e-3)
    # the suggested trace follows the curve at the chosen offset (-1 .. 2.05 is the widest: centre 0.525)
    # (its vertices are the slots: on the circle of radius 50 - 0.525; between them it runs as chords)
    trace = sp.suggested_traces(result)[0]["geometry"]
    radii = np.hypot(*shapely.get_coordinates(trace).T)
    assert radii == pytest.approx(np.full(len(result.stations), 50 - 0.525), abs=4e-3)


def test_crossings_block_the_whole_section_where_they_cross():
    # A water main across at x = 50 ([1.0, 1.2], R = 1.5): stations 49, 50, 51 blocked, 48 and 52 free.
    # A sewer across at x = 70, 2.5 m deep: v = 1.1 -> nothing. A gas pipe on the diagonal x - y = 30 (depth 1.0,
    # no diameter, R = 0.9): at station s it blocks o in s - 30 +/- 0.9 sqrt(2).
    obstacles = lines(["LINESTRING(50 -8, 50 8)", "LINESTRING(70 -8, 70 8)", "LINESTRING(22 -8, 38 8)"],
                      ["water", "rioolVrijverval", "gasLageDruk"], depth=[1.0, 2.5, 1.0], diameter=[0.2, 0.5, 0.0])
    result = sp.free_space(AXIS, obstacles, CLEARANCES, NEW, half_width=6, step=1, year=2026)
    at = {c: k for k, c in enumerate(result.stations.chainage)}
    assert [c for c in range(44, 57) if not result.fits[at[c]]] == [49, 50, 51]
    assert free(result, at[70]) == approx_array([(-5.6, 5.6)], abs=TOL)
    reach = 0.9 * math.sqrt(2)
    assert free(result, at[30]) == approx_array([(-5.6, -reach), (reach, 5.6)], abs=1e-9)
    assert free(result, at[27]) == approx_array([(-5.6, -3 - reach), (-3 + reach, 5.6)], abs=1e-9)
    neck = sp.bottlenecks(result, 1)
    assert [(n["station_from"], n["station_to"]) for n in neck] == [(49, 51)]
    assert neck[0]["geometry"].equals_exact(shapely.LineString([(48.5, 0), (51.5, 0)]), 1e-9)


def test_public_space_polygons_and_property_lines():
    # Public space y in [-2, 4] (and a separate strip y in [5, 5.5], too narrow for a 0.8 m envelope): the centre
    # may lie in [-1.6, 3.6]; the property lines are at +4 and -2. A profile zone 0.5 .. 1.0 m from the property
    # line (both sides) is 3.0 .. 3.5 and -1.5 .. -1.0.
    public = shapely.from_wkt(["POLYGON((-5 -2, 105 -2, 105 4, -5 4, -5 -2))",
                               "POLYGON((-5 5, 105 5, 105 5.5, -5 5.5, -5 5))"])
    zones = profile(("warmte", sp.PROPERTY_LINE, sp.BOTH, 0.5, 1.0, None, None))
    result = sp.free_space(AXIS, res.Obstacles.empty(), CLEARANCES, NEW, half_width=6, step=50, year=2026,
                           profile=zones, public=public)
    for k in range(3):
        assert free(result, k) == approx_array([(-1.6, 3.6)], abs=TOL)
    assert (result.left_edge == 4).all() and (result.right_edge == -2).all()
    lo, hi, _zone = zones.intervals("warmte", result.left_edge, result.right_edge)[0]
    assert (lo[0], hi[0]) == (3.0, 3.5)
    assert result.in_zone.all()
    # both zones lie wholly in the free interval -1.6 .. 3.6: the middle of either, the same at every station
    assert result.offset[0] in (pytest.approx(3.25), pytest.approx(-1.25))
    assert (result.offset == result.offset[0]).all()


def test_profile_check_finds_utilities_outside_their_zone():
    # Profile: gas 1.8 .. 3.0 m from the property line (at +/-6), top 0.6 .. 0.9 m; water 1.2 .. 2.4 m, 0.7 .. 1.2 m.
    # Gas at y = +2 lies 4 m from the line: 1.0 m outside its zone. Water at y = -4.2 (1.8 m from the line, inside)
    # but 1.5 m deep: 0.3 m below its range. Gas at y = -3.5 (2.5 m: inside, 0.7 m: fine) -> not reported.
    # A gas pipe crossing the street is no parallel utility: not checked.
    zones = profile(("gasLageDruk", sp.PROPERTY_LINE, sp.BOTH, 1.8, 3.0, 0.6, 0.9),
                    ("water", sp.PROPERTY_LINE, sp.BOTH, 1.2, 2.4, 0.7, 1.2))
    obstacles = lines(["LINESTRING(0 2, 100 2)", "LINESTRING(0 -4.2, 100 -4.2)", "LINESTRING(0 -3.5, 100 -3.5)",
                       "LINESTRING(30 -8, 30 8)"], ["gasLageDruk", "water", "gasLageDruk", "gasLageDruk"],
                      depth=[0.7, 1.5, 0.7, 0.7], diameter=[0.1, 0.2, 0.1, 0.1])
    result = sp.free_space(AXIS, obstacles, CLEARANCES, NEW, half_width=6, step=10, year=2026, profile=zones)
    found = {obstacles.fid[v["obstacle"]]: v for v in sp.profile_check(result, obstacles, zones, 10)}
    assert set(found) == {1, 2}
    assert found[1]["lateral_excess"] == pytest.approx(1.0) and found[1]["depth_excess"] == 0
    assert (found[1]["station_from"], found[1]["station_to"]) == (0, 100)
    assert found[1]["offset_min"] == pytest.approx(2.0)
    assert found[2]["lateral_excess"] == 0 and found[2]["depth_excess"] == pytest.approx(0.3)
    assert found[2]["geometry"].length == pytest.approx(100)


def test_profile_table_reading(tmp_path):
    table = sp.Profile.read(os.path.join(RULES, "ordeningsprofiel.csv"))
    assert table.has("warmte") and table.has("WARMTE") and table.has("gasLageDruk")
    bad = tmp_path / "profiel.csv"
    bad.write_text("utility_type,reference,side,offset_from_m,offset_to_m\nwarmte,kerb,both,1,2\n", encoding="utf-8")
    with pytest.raises(TableError, match="reference"):
        sp.Profile.read(bad)
    bad.write_text("utility_type,reference,side,offset_from_m,offset_to_m\nwarmte,axis,left,3,2\n", encoding="utf-8")
    with pytest.raises(TableError, match="offset_from_m 3.0 is larger"):
        sp.Profile.read(bad)
    semicolon = tmp_path / "excel.csv"
    semicolon.write_text("utility_type;reference;side;offset_from_m;offset_to_m;depth_from_m;depth_to_m\n"
                         "warmte;property_line;left;0,5;1,5;0,6;\n", encoding="utf-8")
    zone = sp.Profile.read(semicolon).zones["warmte"][0]
    assert (zone.offset_from, zone.offset_to, zone.depth_from) == (0.5, 1.5, 0.6) and np.isnan(zone.depth_to)


def test_cross_section_drawing(tmp_path):
    obstacles = res.Obstacles.concat([
        parallel_street(), trees(["POINT(50 -4.5)"], top=[0.0], bottom=[1.5], radius=[1.0]),
        volumes(["POLYGON((40 5, 60 5, 60 7, 40 7, 40 5))"], top=[0.0], bottom=[2.0])])
    zones = profile(("warmte", sp.AXIS, sp.LEFT, 3.0, 5.0, None, None))
    result = sp.free_space(AXIS, obstacles, CLEARANCES, NEW, half_width=6, step=25, year=2026, profile=zones)
    section = sp.section_at(result, 2, obstacles, NEW, zones, "station 50")
    kinds = sorted((item.kind, item.utility_type) for item in section.items)
    # the telecom cable 2.0 m deep is drawn too (it blocks nothing); the tree's root zone is 2 x 1.0 m wide
    assert kinds == sorted([("pipe", "gasLageDruk"), ("pipe", "water"), ("pipe", "laagspanning"),
                            ("pipe", "datatransport"), ("tree", "boom"), ("volume", "reservering")])
    tree = next(item for item in section.items if item.kind == "tree")
    assert (tree.offset_from, tree.offset_to) == pytest.approx((-5.5, -3.5))
    assert section.new.offset == pytest.approx(result.offset[2])
    path = section_drawing.draw(section, tmp_path / "section.png")
    assert os.path.getsize(path) > 10_000


# --------------------------------------------------------------------------------------------
# Property tests
# --------------------------------------------------------------------------------------------

TYPES = ["gasLageDruk", "water", "laagspanning", "datatransport", "warmte"]


@st.composite
def streets(draw):
    count = draw(st.integers(1, 7))
    chunks = []
    geoms, types, depths, diameters = [], [], [], []
    for _ in range(count):
        x0, x1 = draw(st.floats(-5, 105)), draw(st.floats(-5, 105))
        y0, y1 = draw(st.floats(-8, 8)), draw(st.floats(-8, 8))
        if abs(x0 - x1) + abs(y0 - y1) < 0.5:
            continue
        geoms.append("LINESTRING({} {}, {} {})".format(x0, y0, x1, y1))
        types.append(draw(st.sampled_from(TYPES)))
        depths.append(draw(st.floats(0.2, 2.2)))
        diameters.append(draw(st.sampled_from([0.0, 0.05, 0.1, 0.3])))
    if geoms:
        chunks.append(lines(geoms, types, depths, diameters))
    points = draw(st.lists(st.tuples(st.floats(0, 100), st.floats(-7, 7), st.floats(0.2, 2.5), st.floats(0.3, 2.0)),
                           max_size=3))
    if points:
        chunks.append(trees(["POINT({} {})".format(x, y) for x, y, _r, _b in points], top=[0.0] * len(points),
                            bottom=[b for *_rest, b in points], radius=[r for _x, _y, r, _b in points]))
    boxes = draw(st.lists(st.tuples(st.floats(0, 95), st.floats(-8, 6), st.floats(0.5, 5), st.floats(0.3, 2),
                                    st.floats(0.0, 1.5)), max_size=2))
    if boxes:
        chunks.append(volumes([shapely.box(x, y, x + w, y + h).wkt for x, y, w, h, _t in boxes],
                              top=[t for *_rest, t in boxes], bottom=[t + 0.8 for *_rest, t in boxes]))
    bend = draw(st.floats(-30, 30))
    axis = shapely.LineString([(0, 0), (50, 0), (50 + 50 * math.cos(math.radians(bend)),
                                                 50 * math.sin(math.radians(bend)))])
    return np.array([axis], dtype=object), res.Obstacles.concat(chunks)


def brute_force_slack(result, k, obstacles, new):
    """For offsets on a fine grid across station k: the least d - R over all obstacles (< 0: blocked) and the
    room left to the allowed range, from GEOS distances of points, one by one."""
    offsets = np.linspace(-result.half_width[k], result.half_width[k], 1201)
    points = shapely.points(result.stations.xy[k] + offsets[:, None] * result.stations.normal[k])
    slack = np.full(len(offsets), np.inf)
    for j in range(len(obstacles)):
        required = CLEARANCES.required(new.utility_type, obstacles.utility_type[j])
        v = float(res.vertical_gap(new.top, new.bottom, obstacles.top[j], obstacles.bottom[j]))
        if v > 1e-9 and v >= required:
            continue
        reach = new.width / 2 + obstacles.half_width[j] + math.sqrt(max(required ** 2 - v ** 2, 0.0))
        slack = np.minimum(slack, shapely.distance(points, obstacles.geoms[j]) - reach)
    room = np.full(len(offsets), -np.inf)
    for lo, hi in result.allowed[k]:
        room = np.maximum(room, np.minimum(offsets - lo, hi - offsets))
    return offsets, np.minimum(slack, room)


@settings(max_examples=40)
@given(streets())
def test_no_free_interval_is_missed_against_a_brute_force_scan(street):
    axes, obstacles = street
    result = sp.free_space(axes, obstacles, CLEARANCES, NEW, half_width=6, step=7.3, year=2026)
    for k in range(0, len(result.stations), 3):
        offsets, slack = brute_force_slack(result, k, obstacles, NEW)
        intervals = result.free_intervals(k)

        def inside(o, intervals=intervals):
            return any(lo - 1e-9 <= o <= hi + 1e-9 for lo, hi in intervals)

        # clearly free (2 mm or more from any reach): in a reported interval; clearly blocked: in none
        for o, s in zip(offsets, slack):
            if s > 2e-3:
                assert inside(o), (k, o, s, intervals)
            elif s < -1e-7:
                assert not any(lo + 1e-7 < o < hi - 1e-7 for lo, hi in intervals), (k, o, s, intervals)


@settings(max_examples=40)
@given(streets())
def test_every_slot_passes_the_reservation_check(street):
    axes, obstacles = street
    result = sp.free_space(axes, obstacles, CLEARANCES, NEW, half_width=6, step=7.3, year=2026)
    fitting = np.flatnonzero(result.fits)
    if len(fitting) == 0:
        return
    slots = sp.slot_points(result)[fitting]
    tangent = result.stations.tangent[fitting]
    pieces = shapely.linestrings(np.stack([slots - 1e-5 * tangent, slots + 1e-5 * tangent], axis=1))
    traces = res.resolve_traces("slots", np.arange(len(fitting)), pieces, utility_type=NEW.utility_type,
                                depth=NEW.top, width=NEW.width, height=NEW.height, construction_year=2026,
                                lifetime=60)
    conflicts = res.check(traces, obstacles, CLEARANCES, DEFAULTS).conflicts
    assert conflicts.count == 0, [(result.stations.chainage[fitting[t]], obstacles.utility_type[o], g, r)
                                  for t, o, g, r in zip(conflicts.trace, conflicts.obstacle, conflicts.gap,
                                                        conflicts.required)]
    # the ends of every free interval too (1 mm inside: the exact end is a gap equal to the clearance)
    st_ = result.stations
    ends = np.concatenate([result.free_lo + sp.INSET, result.free_hi - sp.INSET])
    rows = np.concatenate([result.free_station, result.free_station])
    points = st_.xy[rows] + ends[:, None] * st_.normal[rows]
    pieces = shapely.linestrings(np.stack([points - 1e-5 * st_.tangent[rows], points + 1e-5 * st_.tangent[rows]],
                                          axis=1))
    traces = res.resolve_traces("ends", np.arange(len(rows)), pieces, utility_type=NEW.utility_type, depth=NEW.top,
                                width=NEW.width, height=NEW.height, construction_year=2026, lifetime=60)
    assert res.check(traces, obstacles, CLEARANCES, DEFAULTS).conflicts.count == 0
    # and the slot is where the kernel says: its margin fits in its free interval
    assert (result.margin[fitting] >= sp.INSET - 1e-12).all()
    assert (result.offset[fitting] >= result.free_from[fitting]).all()
    assert (result.offset[fitting] <= result.free_to[fitting]).all()


def test_suggested_trace_of_a_parallel_street_passes_the_reservation_check():
    result = sp.free_space(AXIS, parallel_street(), CLEARANCES, NEW, half_width=6, step=5, year=2026)
    trace = sp.suggested_traces(result)
    assert len(trace) == 1
    traces = res.resolve_traces("trace", [1], [trace[0]["geometry"]], depth=NEW.top, width=NEW.width,
                                height=NEW.height, construction_year=2026)
    assert res.check(traces, parallel_street(), CLEARANCES, DEFAULTS).conflicts.count == 0
    # 1 cm further towards the gas pipe's reach it is not free any more: the margin is real
    moved = shapely.offset_curve(trace[0]["geometry"], result.margin[0] + 0.01)
    traces = res.resolve_traces("trace", [1], [moved], depth=NEW.top, width=NEW.width, height=NEW.height,
                                construction_year=2026)
    assert res.check(traces, parallel_street(), CLEARANCES, DEFAULTS).conflicts.count > 0
