"""core/traveltime.py against analytic solutions (no QGIS needed).

Reference formulas (derivations in core/traveltime.py and below):
- volume balance: r = sqrt(Q t / (pi n H)), area = Q t / (n H);
- single well in uniform flow: x_s = Q / (2 pi q0 H), capture width Q / (q0 H), travel time on
  the flow axis (Bear & Jacobs 1965);
- mass balance: in steady confined flow without recharge the water pumped in time t is exactly
  the pore water that was inside the t-zone, so the zone area is sum(Q) t / (n H) whatever the
  regional flow or the number of wells (as long as all wells are in one aquifer).
"""

import math
import warnings

import numpy as np
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ondergrond.core import traveltime as tt

YEAR = 365.25


# --------------------------------------------------------------------------- parsing
def test_parse_travel_times():
    assert tt.parse_travel_times("60d,25y,100y") == [60.0, 25 * YEAR, 100 * YEAR]
    assert tt.parse_travel_times(" 1.5y ; 10 d ") == [1.5 * YEAR, 10.0]


@pytest.mark.parametrize("text, fragment", [
    ("60", "'60' is not a travel time"),
    ("60d,abc", "'abc' is not a travel time"),
    ("25 weeks", "'25 weeks' is not a travel time"),
    ("0d", "longer than zero"),
    ("60d,60d", "given twice"),
    ("", "at least one travel time"),
])
def test_parse_travel_times_errors(text, fragment):
    with pytest.raises(ValueError, match=fragment):
        tt.parse_travel_times(text)


def test_parse_labels():
    assert tt.parse_labels("a, b ,c", 3) == ["a", "b", "c"]
    with pytest.raises(ValueError, match="2 label"):
        tt.parse_labels("a,b", 3)
    with pytest.raises(ValueError, match="different"):
        tt.parse_labels("a,a", 2)


@pytest.mark.parametrize("rate, thickness, porosity, fragment", [
    (None, 30, 0.35, "Well W7: abstraction rate is NULL"),
    (0.0, 30, 0.35, "Well W7: abstraction rate is 0"),
    (-5.0, 30, 0.35, "Well W7: abstraction rate is -5"),
    (1e6, 0.0, 0.35, "Well W7: aquifer thickness is 0 m"),
    (1e6, -3.0, 0.35, "Well W7: aquifer thickness is -3 m"),
    (1e6, 30, 0.0, "Well W7: effective porosity is 0;"),
    (1e6, 30, 1.2, "Well W7: effective porosity is 1.2"),
])
def test_validate_wells_names_the_well(rate, thickness, porosity, fragment):
    with pytest.raises(ValueError, match=fragment):
        tt.validate_wells(["W1", "W7"], [1e6, rate], [30, thickness], [0.35, porosity])


def test_validate_wells_converts_to_m3_per_day():
    rate, thickness, porosity = tt.validate_wells(["a"], [365250.0], [30.0], [1.0])
    assert rate[0] == pytest.approx(1000.0)  # 365 250 m3/year / 365.25 d
    assert thickness[0] == 30.0 and porosity[0] == 1.0


# --------------------------------------------------------------------------- analytic helpers
def test_axis_travel_time_by_hand():
    # Q = 5000 m3/d, q0 = 0.05 m/d, H = 30 m, n = 0.35: x_s = 5000 / (2 pi 0.05 30) = 530.516 m.
    q, q0, h, n = 5000.0, 0.05, 30.0, 0.35
    assert tt.stagnation_distance(q, q0, h) == pytest.approx(530.5165, rel=1e-6)
    assert tt.capture_width(q, q0, h) == pytest.approx(3333.333, rel=1e-6)
    # Upstream, s = 1000 m: t = n/q0 (s - x_s ln(1 + s/x_s)) = 7 (1000 - 530.5165 * 1.0595095) = 3065.39 d.
    assert tt.axis_travel_time(1000.0, q, q0, h, n) == pytest.approx(3065.39, rel=1e-5)
    # Downstream, s = x_s/2 = 265.258 m: t = 7 (-265.258 + 530.5165 ln 2) = 7 * 102.468 = 717.27 d.
    assert tt.axis_travel_time(265.258, q, q0, h, n, upstream=False) == pytest.approx(717.27, rel=1e-4)
    # Independent check: integrate dt = n H ds / (q0 H + Q / (2 pi s)) numerically (midpoint rule).
    s = (np.arange(200000) + 0.5) * (1000.0 / 200000)
    numeric = np.sum(n * h / (q0 * h + q / (2 * math.pi * s))) * (1000.0 / 200000)
    assert tt.axis_travel_time(1000.0, q, q0, h, n) == pytest.approx(numeric, rel=1e-6)
    # axis_reach inverts it.
    assert tt.axis_reach(3065.39, q, q0, h, n) == pytest.approx(1000.0, rel=1e-5)
    assert tt.axis_reach(717.27, q, q0, h, n, upstream=False) == pytest.approx(265.258, rel=1e-4)


# --------------------------------------------------------------------------- method 0
def test_volume_balance_single_well_by_hand():
    # Q = 1.2e6 m3/year = 3285.42 m3/d, t = 25 y, n = 0.3, H = 40 m:
    # area = Q t / (n H) = 1.2e6 * 25 / 12 = 2.5e6 m2, r = sqrt(2.5e6 / pi) = 892.06 m.
    q = 1.2e6 / YEAR
    [[zone]] = tt.isochrones_volume_balance([1000.0], [2000.0], [q], [40.0], [0.3], [25 * YEAR])
    assert zone.area == pytest.approx(2.5e6, rel=0.005)
    distances = shapely.distance(shapely.points(np.asarray(zone.exterior.coords)), shapely.Point(1000, 2000))
    assert distances.min() == pytest.approx(892.06, rel=0.002)


@settings(max_examples=30, deadline=None)
@given(q=st.floats(10, 1e5), days=st.floats(1, 1e5), n=st.floats(0.05, 1.0), h=st.floats(1, 300))
def test_volume_balance_area_property(q, days, n, h):
    [[zone]] = tt.isochrones_volume_balance([0.0], [0.0], [q], [h], [n], [days])
    assert zone.area == pytest.approx(q * days / (n * h), rel=0.005)


# --------------------------------------------------------------------------- method 1
Q, Q0, H, N = 5000.0, 0.05, 30.0, 0.35
TIMES = [60.0, 25 * YEAR, 100 * YEAR]


@pytest.fixture(scope="module")
def single_well_east():
    """One well at (1000, 2000) with regional flow towards the east (90 degrees)."""
    return tt.isochrones_regional_flow([1000.0], [2000.0], [Q], [H], [N], TIMES, Q0, 90.0)


def test_single_well_downstream_edge_approaches_stagnation_point(single_well_east):
    x_s = tt.stagnation_distance(Q, Q0, H)  # 530.5 m
    zone_100 = single_well_east[2][0]
    downstream = zone_100.bounds[2] - 1000.0
    assert downstream == pytest.approx(x_s, rel=0.02)
    assert downstream < x_s * 1.0001  # never past the stagnation point
    # At every time the downstream reach matches the analytic axis travel time.
    for j, days in enumerate(TIMES):
        expected = tt.axis_reach(days, Q, Q0, H, N, upstream=False)
        assert single_well_east[j][0].bounds[2] - 1000.0 == pytest.approx(expected, rel=0.02)


def test_single_well_upstream_reach_matches_bear_and_jacobs(single_well_east):
    for j, days in enumerate(TIMES):
        expected = tt.axis_reach(days, Q, Q0, H, N)  # 101 m, 2167 m, 6596 m
        assert 1000.0 - single_well_east[j][0].bounds[0] == pytest.approx(expected, rel=0.02)


def test_single_well_width_within_capture_zone(single_well_east):
    width = tt.capture_width(Q, Q0, H)  # 3333 m
    for j in range(len(TIMES)):
        minx, miny, maxx, maxy = single_well_east[j][0].bounds
        assert maxy - miny <= width
        # symmetric about the flow axis
        assert maxy - 2000.0 == pytest.approx(2000.0 - miny, rel=1e-3)
    # the 100-year zone already fills most of it (at x = -6000 m the capture zone is ~3.3 km wide)
    assert single_well_east[2][0].bounds[3] - single_well_east[2][0].bounds[1] > 0.8 * width


def test_single_well_mass_balance(single_well_east):
    for j, days in enumerate(TIMES):
        assert single_well_east[j][0].area == pytest.approx(Q * days / (N * H), rel=0.005)


def test_flow_direction_north():
    # Flow towards the north (0 degrees): the zone reaches far to the south and only x_s to the north.
    [[zone]] = tt.isochrones_regional_flow([0.0], [0.0], [Q], [H], [N], [25 * YEAR], Q0, 0.0)
    minx, miny, maxx, maxy = zone.bounds
    assert -miny == pytest.approx(tt.axis_reach(25 * YEAR, Q, Q0, H, N), rel=0.02)
    assert maxy == pytest.approx(tt.axis_reach(25 * YEAR, Q, Q0, H, N, upstream=False), rel=0.02)
    assert minx == pytest.approx(-maxx, rel=1e-3)


def test_no_regional_flow_reproduces_volume_balance():
    regional = tt.isochrones_regional_flow([0.0], [0.0], [Q], [H], [N], TIMES, 0.0, 0.0)
    balance = tt.isochrones_volume_balance([0.0], [0.0], [Q], [H], [N], TIMES)
    for j in range(len(TIMES)):
        a, b = regional[j][0], balance[j][0]
        assert a.area == pytest.approx(b.area, rel=0.01)
        assert shapely.symmetric_difference(a, b).area / b.area < 0.01


def test_two_wells_close_together_are_computed_jointly():
    # Two wells 100 m apart, regional flow towards the east. Jointly their 25-year zones form one
    # zone with area (Q1 + Q2) t / (n H) (mass balance). Computed separately and merged, the two
    # single-well zones would overlap and the union would be smaller.
    x, y, q = [0.0, 0.0], [0.0, 100.0], [Q, 2 * Q]
    joint = tt.isochrones_regional_flow(x, y, q, [H, H], [N, N], [25 * YEAR], Q0, 90.0)
    union = shapely.union_all(joint[0])
    exact = 3 * Q * 25 * YEAR / (N * H)
    assert union.area == pytest.approx(exact, rel=0.005)
    assert sum(p.area for p in joint[0]) == pytest.approx(exact, rel=0.005)  # the wells' zones do not overlap
    separate = [tt.isochrones_regional_flow([xi], [yi], [qi], [H], [N], [25 * YEAR], Q0, 90.0)[0][0]
                for xi, yi, qi in zip(x, y, q)]
    assert shapely.union_all(separate).area < 0.97 * exact
    records = tt.group_zones(joint, x, y, [25 * YEAR], ["gbg"])
    assert len(records) == 1 and records[0]["wells"] == [0, 1]


def test_group_zones_separates_far_wells_and_orders_by_time():
    x, y = [0.0, 150.0, 50000.0], [0.0, 0.0, 0.0]
    q = [Q, Q, Q]
    isochrones = tt.isochrones_volume_balance(x, y, q, [H] * 3, [N] * 3, [60.0, 25 * YEAR])
    records = tt.group_zones(isochrones, x, y, [60.0, 25 * YEAR], ["ww", "gbg"])
    # 60 days: r = sqrt(5000 * 60 / (pi 0.35 30)) = 95.3 m, so wells 0 and 1 (150 m apart) touch.
    assert [(r["zone"], r["wells"]) for r in records] == [
        ("gbg", [0, 1]), ("gbg", [2]), ("ww", [0, 1]), ("ww", [2])]


def test_protection_zones_adds_boringsvrije_zone():
    records = tt.protection_zones([0.0], [0.0], [Q], [H], [N], [60.0, 25 * YEAR], ["ww", "gbg"],
                                  protective_depth=12.5)
    zones = {r["zone"]: r for r in records}
    assert set(zones) == {"ww", "gbg", tt.BORINGSVRIJE_ZONE}
    bvz = zones[tt.BORINGSVRIJE_ZONE]
    assert (bvz["top_m"], bvz["bottom_m"]) == (12.5, None)
    assert bvz["geometry"].equals(zones["gbg"]["geometry"])
    assert (zones["ww"]["top_m"], zones["ww"]["bottom_m"], zones["ww"]["method"]) == (0.0, None, "volume balance")


def test_cancel_returns_none():
    assert tt.protection_zones([0.0], [0.0], [Q], [H], [N], TIMES, ["a", "b", "c"], method=1, flux=Q0,
                               feedback=lambda fraction: True) is None


def test_oversized_wells():
    # The Netherlands ~ 4.15e10 m2; 100 years at 1e9 m3/d in 30 m at n 0.35: 3.5e14 m2.
    assert list(tt.oversized_wells(np.array([1000.0, 1e9]), np.array([30.0, 30.0]), np.array([0.35, 0.35]),
                                   100 * YEAR)) == [1]


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(q=st.floats(500, 20000), q0=st.floats(0.005, 0.2), h=st.floats(10, 80), n=st.floats(0.1, 0.4),
       direction=st.floats(0, 360), years=st.floats(1, 50))
def test_regional_flow_properties(q, q0, h, n, direction, years):
    days = years * YEAR
    [[zone]] = tt.isochrones_regional_flow([0.0], [0.0], [q], [h], [n], [days], q0, direction)
    assert zone.area == pytest.approx(q * days / (n * h), rel=0.01)
    # Upstream reach along the axis (Bear & Jacobs): the zone touches the point at that distance.
    upstream = tt.axis_reach(days, q, q0, h, n)
    ux, uy = -tt.flow_vector(direction) * upstream
    assert shapely.distance(zone.exterior, shapely.Point(ux, uy)) < 0.02 * upstream
    assert zone.intersection(shapely.LineString([(0, 0), (ux * 1.02, uy * 1.02)])).length == pytest.approx(
        upstream, rel=0.02)


# --------------------------------------------------------------------------- cross-check with TimML
@pytest.mark.parametrize("xs, ys", [([0.0], [0.0]), ([0.0, 0.0], [-150.0, 150.0])], ids=["one well", "two wells"])
def test_regional_flow_matches_timml(xs, ys):
    """TimML (analytic element model, Bakker) traces the same path lines with its own solver.

    Same aquifer: k = 10 m/d, H = 30 m, n = 0.35, gradient 0.005 (q0 = k i = 0.05 m/d) towards the
    east, wells of 5000 m3/d. TimML's Well.capzone traces 36 path lines backwards from each well for
    25 years with fixed 10 m steps; their end points must lie on our 25-year isochrone. Tolerance:
    0.2 % of the zone radius (2.4 m of 1176 m); measured differences are ~0.3 m, TimML's step error.
    TimML's own polygon (36 vertices) cuts corners, so it must lie inside ours, not equal it.
    """
    timml = pytest.importorskip("timml")
    q, h, n, q0, k, days = 5000.0, 30.0, 0.35, 0.05, 10.0, 25 * YEAR
    model = timml.ModelMaq(kaq=k, z=[h, 0], npor=n)
    wells = [timml.Well(model, x, y, Qw=q, rw=0.1) for x, y in zip(xs, ys)]
    timml.Uflow(model, slope=q0 / k, angle=0)  # angle: flow direction, counter-clockwise from east
    model.solve(silent=True)
    ends = []
    for well in wells:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # TimML's FutureWarning about the return type of traces
            traces = well.capzone(nt=36, hstepmax=10, tmax=days, nstepmax=100000, silent=True)
        ends += [trace[-1, :2] for trace in traces]
    ends = np.array(ends)
    timml_zone = shapely.union_all([shapely.Polygon(ends[i:i + 36]) for i in range(0, len(ends), 36)])

    ours = shapely.union_all(tt.isochrones_regional_flow(xs, ys, [q] * len(xs), [h] * len(xs), [n] * len(xs),
                                                         [days], q0, 90.0)[0])
    radius = tt.volume_balance_radius(q, days, n, h)  # 1176 m
    distance = shapely.distance(shapely.points(ends), ours.boundary)
    assert distance.max() < 0.002 * radius
    assert shapely.difference(timml_zone, ours).area < 1e-3 * ours.area

