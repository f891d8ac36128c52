"""core/cumulation.py: hand-computed cells for every mode and decay, filters, hotspots, properties."""

import math

import cumulation_reference as ref
import numpy as np
import pytest
import shapely
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ondergrond.core import cumulation as cu
from ondergrond.core import hotspots as hs
from ondergrond.core.grid import Grid, Tile

# A 5 x 5 grid of 10 m cells on (0,0)-(50,50): cell centres at 5, 15, 25, 35, 45;
# row 0 is the top (y = 45), row 4 the bottom (y = 5).
GRID = Grid.from_extent(0, 0, 50, 50, 10)


def four_claims():
    """A: box(0,0,20,20) weight 2 kind a, radius 0 -> centres (5|15, 5|15) = rows 3-4, cols 0-1.
    B: point (25,25) weight 3 kind b, radius 12 -> its own cell (d=0) and the 4 edge neighbours (d=10 <= 12);
       diagonal neighbours are at 14.1 m > 12 m.
    C: line y=45 from x=0 to x=50, weight 1 kind a, radius 0 -> touches all 5 cells of row 0.
    D: box(10,10,40,40) weight 1 kind b, radius 0 -> centres x, y in {15, 25, 35} = rows 1-3, cols 1-3.
    """
    geoms = [shapely.box(0, 0, 20, 20), shapely.Point(25, 25), shapely.LineString([(0, 45), (50, 45)]),
             shapely.box(10, 10, 40, 40)]
    return cu.Claims(geoms, [2, 3, 1, 1], [0, 12, 0, 0], [0, 1, 0, 1], ["a", "b"], ["A", "B", "C", "D"])


EXPECTED = {
    # count: C gives row 0; D the 3x3 block; A the bottom-left 2x2; B a plus around (2,2).
    (cu.COUNT, cu.NO_DECAY): [[1, 1, 1, 1, 1],
                              [0, 1, 2, 1, 0],
                              [0, 2, 2, 2, 0],
                              [1, 2, 2, 1, 0],
                              [1, 1, 0, 0, 0]],
    # sum of weights A=2, B=3, C=1, D=1.
    (cu.SUM, cu.NO_DECAY): [[1, 1, 1, 1, 1],
                            [0, 1, 4, 1, 0],
                            [0, 4, 4, 4, 0],
                            [2, 3, 4, 1, 0],
                            [2, 2, 0, 0, 0]],
    # linear: B's neighbours get 3 x (1 - 10/12) = 0.5, its own cell 3; A, C, D have radius 0 (factor 1).
    (cu.SUM, cu.LINEAR): [[1, 1, 1, 1, 1],
                          [0, 1, 1.5, 1, 0],
                          [0, 1.5, 4, 1.5, 0],
                          [2, 3, 1.5, 1, 0],
                          [2, 2, 0, 0, 0]],
    # distinct kinds: B and D are both b; only cell (3,1) has a (A) and b (D).
    (cu.DISTINCT, cu.NO_DECAY): [[1, 1, 1, 1, 1],
                                 [0, 1, 1, 1, 0],
                                 [0, 1, 1, 1, 0],
                                 [1, 2, 1, 1, 0],
                                 [1, 1, 0, 0, 0]],
    (cu.MAX, cu.NO_DECAY): [[1, 1, 1, 1, 1],
                            [0, 1, 3, 1, 0],
                            [0, 3, 3, 3, 0],
                            [2, 2, 3, 1, 0],
                            [2, 2, 0, 0, 0]],
    # linear: max(0.5 from B, 1 from D) = 1 on B's neighbours.
    (cu.MAX, cu.LINEAR): [[1, 1, 1, 1, 1],
                          [0, 1, 1, 1, 0],
                          [0, 1, 3, 1, 0],
                          [2, 2, 1, 1, 0],
                          [2, 2, 0, 0, 0]],
}
# Decay changes weights only: counts and distinct kinds are the same with linear decay.
EXPECTED[(cu.COUNT, cu.LINEAR)] = EXPECTED[(cu.COUNT, cu.NO_DECAY)]
EXPECTED[(cu.DISTINCT, cu.LINEAR)] = EXPECTED[(cu.DISTINCT, cu.NO_DECAY)]


@pytest.mark.parametrize("mode,decay", sorted(EXPECTED))
@pytest.mark.parametrize("tile_cells", [4, 9, 10_000])
def test_hand_computed_every_mode_and_decay(mode, decay, tile_cells):
    result = ref.cumulate_array(GRID, four_claims(), mode, decay, max_cells=tile_cells)
    np.testing.assert_allclose(result, EXPECTED[(mode, decay)], atol=1e-12)
    np.testing.assert_allclose(ref.cumulate_reference(GRID, four_claims(), mode, decay), EXPECTED[(mode, decay)])


def test_linear_decay_on_a_polygon_edge_band():
    # box(20,20,30,30) radius 20, weight 4: cell (2,2) centre (25,25) is inside -> 4;
    # (2,0) centre (5,25) is 15 m left of the box -> 4 x (1 - 15/20) = 1;
    # (0,0) centre (5,45): dx = 15, dy = 15 -> d = 21.2 > 20 -> 0; (1,1) centre (15,35): d = 7.07 -> 4 x (1 - 0.3536).
    claims = cu.Claims([shapely.box(20, 20, 30, 30)], [4], [20], [0], ["x"])
    result = ref.cumulate_array(GRID, claims, cu.SUM, cu.LINEAR)
    assert result[2, 2] == pytest.approx(4)
    assert result[2, 0] == pytest.approx(1)
    assert result[0, 0] == 0
    assert result[1, 1] == pytest.approx(4 * (1 - math.sqrt(50) / 20))
    # Without decay the same cells have the full weight, and the corner cell stays out.
    plain = ref.cumulate_array(GRID, claims, cu.SUM, cu.NO_DECAY)
    assert plain[2, 0] == plain[1, 1] == 4 and plain[0, 0] == 0


def test_polygon_with_hole_and_radius():
    # Square ring 0..50 with a hole 10..40: the hole's centres (rows 1-3, cols 1-3) are outside.
    ring = shapely.Polygon([(0, 0), (50, 0), (50, 50), (0, 50)], [[(10, 10), (40, 10), (40, 40), (10, 40)]])
    claims = cu.Claims([ring], [1], [0], [0], ["x"])
    result = ref.cumulate_array(GRID, claims, cu.COUNT)
    expected = np.ones((5, 5))
    expected[1:4, 1:4] = 0
    np.testing.assert_array_equal(result, expected)
    # With radius 5 the hole's edge cells (centres 5 m from the hole's edges) count; its centre (25,25),
    # 15 m from every edge, does not.
    claims.radii[:] = 5
    result = ref.cumulate_array(GRID, claims, cu.COUNT)
    expected = np.ones((5, 5))
    expected[2, 2] = 0
    np.testing.assert_array_equal(result, expected)


def test_linear_decay_where_a_line_runs_straight_through_a_vertex():
    """In a straight run a vertex's wedge shrinks to the perpendicular through it (two opposite rays);
    the distances around it, and around a ring's corners, equal the reference."""
    claims = cu.Claims([shapely.LineString([(0, 0.5), (5, 0.5), (10, 0.5)]), shapely.box(0, 20, 10, 30).exterior],
                       [1.0, 2.0], [3.0, 2.0], [0, 0], ["a"])
    grid = Grid.from_extent(-10, -10, 40, 40, 1.0)
    for mode in (cu.SUM, cu.MAX):
        np.testing.assert_allclose(ref.cumulate_array(grid, claims, mode, cu.LINEAR, max_cells=64),
                                   ref.cumulate_reference(grid, claims, mode, cu.LINEAR), atol=1e-9)
    # By hand: the centre (5.5, 2.5) lies 2 m above the line: 1 x (1 - 2/3).
    row, col = int(40 - 2.5), int(5.5 + 10)
    assert ref.cumulate_array(grid, claims, cu.SUM, cu.LINEAR)[row, col] == pytest.approx(1 / 3)


def test_default_grid_grows_by_largest_radius_and_snaps_outward():
    # Claims extent (0,0)-(50,45), grown by 12 m -> (-12,-12)-(62,57), snapped to 10 m -> (-20,-20)-(70,60).
    grid = cu.default_grid(four_claims(), 10)
    assert (grid.xmin, grid.ymin, grid.xmax, grid.ymax) == (-20, -20, 70, 60)
    assert (grid.ncols, grid.nrows) == (9, 8)
    # A single point without radius still gets one cell.
    one = cu.default_grid(cu.Claims([shapely.Point(12, 17)], [1], [0], [0], ["x"]), 10)
    assert (one.xmin, one.ymin, one.ncols, one.nrows) == (10, 10, 1, 1)
    with pytest.raises(ValueError, match="no features"):
        cu.default_grid(cu.Claims([], [], [], [], []), 10)


def test_extent_grid_starts_at_top_left_corner():
    grid = cu.extent_grid(3, 4, 28, 29, 10)  # 25 m x 25 m -> 3 x 3 cells from (3, 29)
    assert (grid.xmin, grid.ymax, grid.ncols, grid.nrows) == (3, 29, 3, 3)
    with pytest.raises(ValueError, match="no area"):
        cu.extent_grid(3, 4, 3, 29, 10)
    with pytest.raises(ValueError, match="cells"):
        cu.extent_grid(0, 0, 300_000, 350_000, 0.5)  # 4.2e11 cells: more than MAX_CELLS


def test_negative_weight_or_radius_names_the_feature():
    claims = four_claims()
    claims.weights[2] = -1
    with pytest.raises(ValueError, match="C: the weight is -1"):
        list(cu.cumulate(GRID, claims))
    claims = four_claims()
    claims.radii[3] = -5
    with pytest.raises(ValueError, match=r"D: the effect radius \(m\) is -5"):
        cu.check_claims(claims)


def test_depth_window_and_year_filters():
    labels = ["p", "q", "r", "s", "t"]
    tops = [0, 100, 500, None, 40]
    bottoms = [100, 500, None, 30, 120]
    # Window 100-500: p (0-100) only touches -> out; q inside; r (500-inf) touches -> out;
    # s (NULL top = 0, to 30) out; t (40-120) overlaps.
    window = cu.depth_window(100, 500)
    keep = cu.select_claims(labels, tops, bottoms, window=window)
    assert keep.tolist() == [False, True, False, False, True]
    # NULL bottom = unbounded: the window 1500-4000 catches r only.
    assert cu.select_claims(labels, tops, bottoms, window=cu.depth_window(1500, 4000)).tolist() == [
        False, False, True, False, False]
    # An open window bottom (None) means unbounded.
    assert cu.depth_window(600, None) == (600, math.inf)
    froms = [2008, None, "2030-05-01", 2040, None]
    tos = [2045, 2029, None, None, None]
    # 2030: p valid (2008-2045); q ended 2029; r from 2030 (inclusive); s from 2040; t open.
    assert cu.select_claims(labels, froms=froms, tos=tos, year=2030).tolist() == [True, False, True, False, True]
    both = cu.select_claims(labels, tops, bottoms, froms, tos, window=window, year=2030)
    assert both.tolist() == [False, False, False, False, True]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.one_of(st.none(), st.integers(0, 60), st.floats(0, 60)),
                          st.one_of(st.none(), st.integers(60, 200)),
                          st.one_of(st.none(), st.integers(2000, 2040)),
                          st.one_of(st.none(), st.integers(2040, 2080))), min_size=1, max_size=30),
       st.integers(0, 100), st.integers(1990, 2090))
def test_numbers_at_once_equal_one_by_one(rows, top, year):
    """Plain numeric fields are filtered in one numpy pass; as text they go one by one: same answer."""
    tops, bottoms, froms, tos = (list(column) for column in zip(*rows))
    labels = ["f{}".format(i) for i in range(len(rows))]
    window = cu.depth_window(top, top + 50)

    def text(values):
        return [None if value is None else str(value) for value in values]

    at_once = cu.select_claims(labels, tops, bottoms, froms, tos, window=window, year=year)
    one_by_one = cu.select_claims(labels, text(tops), text(bottoms), text(froms), text(tos), window=window, year=year)
    assert at_once.tolist() == one_by_one.tolist()


def test_filter_errors_name_the_feature():
    with pytest.raises(ValueError, match="feature 7.*top 80.0 m lies below bottom 20.0 m"):
        cu.select_claims(["layer 'x', feature 7"], [80], [20], window=(0, 100))
    with pytest.raises(ValueError, match="feature 3.*after valid_to"):
        cu.select_claims(["feature 3"], froms=[2040], tos=[2030], year=2035)
    with pytest.raises(ValueError, match="no depth range"):
        cu.depth_window(50, 50)


def test_hotspots_with_contributors():
    claims = four_claims()
    collector = hs.HotspotCollector(GRID, 2)
    for tile, values in cu.cumulate(GRID, claims, cu.COUNT, max_cells=4):
        collector.add(tile, values)
    spots = collector.finish(claims)
    # Count >= 2 at (1,2), (2,1), (2,2), (2,3), (3,1), (3,2): one edge-connected area of 6 cells = 600 m2.
    assert len(spots) == 1
    spot = spots[0]
    assert spot.area_m2 == pytest.approx(600)
    assert spot.max_value == 2
    # A covers (3,1); B and D cover several; C (row 0) none of them.
    assert spot.contributors == {"a": 1, "b": 2}
    assert spot.contributors_text() == "b: 2; a: 1"
    assert spot.geometry.covers(shapely.Point(25, 25)) and not spot.geometry.covers(shapely.Point(45, 45))


def test_two_separate_hotspots():
    claims = cu.Claims([shapely.box(0, 0, 10, 10), shapely.box(0, 0, 10, 10), shapely.box(40, 40, 50, 50)],
                       [1, 1, 5], [0, 0, 0], [0, 0, 1], ["x", "y"])
    collector = hs.HotspotCollector(GRID, 2)
    for tile, values in cu.cumulate(GRID, claims, cu.SUM):
        collector.add(tile, values)
    spots = sorted(collector.finish(claims), key=lambda s: s.max_value)
    assert [(s.max_value, s.area_m2) for s in spots] == [(2, 100), (5, 100)]
    assert spots[0].contributors == {"x": 2} and spots[1].contributors == {"y": 1}


# ---- properties ------------------------------------------------------------------------------

# Millimetre coordinates: realistic, and free of subnormal floats GEOS itself cannot measure.
coordinate = st.integers(-20_000, 120_000).map(lambda v: v / 1000)


@st.composite
def random_claims(draw):
    n = draw(st.integers(1, 8))
    geoms = []
    for _ in range(n):
        kind = draw(st.integers(0, 3))
        x, y = draw(coordinate), draw(coordinate)
        if kind == 0:
            geoms.append(shapely.Point(x, y))
        elif kind == 1:
            geoms.append(shapely.LineString([(x, y), (draw(coordinate), draw(coordinate)),
                                             (draw(coordinate), draw(coordinate))]))
        elif kind == 2:
            geoms.append(shapely.Point(x, y).buffer(draw(st.floats(1, 40)), quad_segs=draw(st.integers(1, 4))))
        else:
            geoms.append(shapely.box(x, y, x + draw(st.floats(0.5, 60)), y + draw(st.floats(0.5, 60))))
    radii = draw(st.lists(st.sampled_from([0.0, 3.3, 11.7, 26.0]), min_size=n, max_size=n))
    weights = draw(st.lists(st.floats(0, 5, allow_nan=False), min_size=n, max_size=n))
    kinds = draw(st.lists(st.integers(0, 2), min_size=n, max_size=n))
    return cu.Claims(geoms, weights, radii, kinds, ["a", "b", "c"])


PROPERTY_GRID = Grid.from_extent(-30, -30, 130, 130, 7.5)


def off_the_rim(grid, claims):
    """Cells whose centre is not within 1e-7 m of a claim's rim, where GEOS's rounded distance and the
    kernel's exact geometry may each call the tie their own way (a centre 3.3000000000000003 m from an
    edge with a 3.3 m radius). The rim is distance = R for a grown claim and the outline of a polygon at
    R = 0; lines and points at R = 0 count the cells they touch, the same rule in both, so no tie."""
    xs, ys = grid.centres(Tile(0, 0, grid.nrows, grid.ncols))
    centres = shapely.points(*np.meshgrid(xs, ys))
    clear = np.ones(centres.shape, bool)
    with np.errstate(invalid="ignore"):  # GEOS flags 0/0 on repeated vertices; the distances are right
        for geom, radius in zip(claims.geoms, claims.radii):
            if radius > 0:
                clear &= np.abs(shapely.distance(geom, centres) - radius) > 1e-7
            elif shapely.get_dimensions(geom) == 2:
                clear &= shapely.distance(shapely.boundary(geom), centres) > 1e-7
    return clear



@settings(max_examples=60, deadline=None)
@given(random_claims(), st.integers(1, 4), st.sampled_from([cu.NO_DECAY, cu.LINEAR]), st.integers(0, 3))
def test_fast_kernel_equals_cell_by_cell_reference(claims, tile_side, decay, mode):
    """The row-interval kernel gives exactly Grid.cover's cells, whatever the tiling."""
    fast = ref.cumulate_array(PROPERTY_GRID, claims, mode, decay, max_cells=(tile_side * 7) ** 2)
    clear = off_the_rim(PROPERTY_GRID, claims)
    np.testing.assert_allclose(fast[clear], ref.cumulate_reference(PROPERTY_GRID, claims, mode, decay)[clear],
                               atol=1e-9)


@settings(max_examples=40, deadline=None)
@given(random_claims())
def test_mode_relations(claims):
    count = ref.cumulate_array(PROPERTY_GRID, claims, cu.COUNT)
    distinct = ref.cumulate_array(PROPERTY_GRID, claims, cu.DISTINCT)
    total = ref.cumulate_array(PROPERTY_GRID, claims, cu.SUM)
    best = ref.cumulate_array(PROPERTY_GRID, claims, cu.MAX)
    decayed = ref.cumulate_array(PROPERTY_GRID, claims, cu.SUM, cu.LINEAR)
    assert (distinct <= count).all() and (distinct <= 3).all()
    assert ((distinct > 0) == (count > 0)).all()
    assert (best <= total + 1e-9).all() and (decayed <= total + 1e-9).all()
    assert (total[count == 0] == 0).all()  # nothing covers -> exactly 0
    claims.weights[:] = 1
    np.testing.assert_allclose(ref.cumulate_array(PROPERTY_GRID, claims, cu.SUM), count)


@settings(max_examples=200, deadline=None)
@given(coordinate, coordinate, coordinate, coordinate, st.floats(0, 30), st.floats(-60, 160))
def test_capsule_slice_is_the_exact_distance_set(ax, ay, bx, by, radius, y):
    lo, hi = ref.capsule_slices(np.array([ax]), np.array([ay]), np.array([bx]), np.array([by]),
                               np.array([radius]), np.array([y]))
    segment = shapely.LineString([(ax, ay), (bx, by)]) if (ax, ay) != (bx, by) else shapely.Point(ax, ay)
    xs = np.linspace(-100, 200, 301)
    distance = shapely.distance(segment, shapely.points(xs, np.full_like(xs, y)))
    inside = (xs >= lo[0]) & (xs <= hi[0])
    clear = np.abs(distance - radius) > 1e-7  # skip points on the capsule's rim
    np.testing.assert_array_equal(inside[clear], (distance <= radius)[clear])


@st.composite
def polygon_claims(draw):
    """Convex and concave polygons of either orientation, with repeated and collinear vertices."""
    geoms = []
    for _ in range(draw(st.integers(1, 5))):
        points = draw(st.lists(st.tuples(coordinate, coordinate), min_size=3, max_size=9))
        hull = shapely.convex_hull(shapely.multipoints(points))
        if hull.geom_type != "Polygon":
            continue
        ring = list(hull.exterior.coords)[:-1]
        if draw(st.booleans()):  # a repeated vertex and the midpoint of an edge (collinear)
            ring.insert(1, ring[0])
            ring.insert(3, tuple((np.array(ring[2]) + np.array(ring[3 % len(ring)])) / 2))
        if draw(st.booleans()):  # a notch: a vertex pulled into the polygon makes it concave
            centre = np.array(hull.centroid.coords[0])
            ring.insert(1, tuple(centre + (np.array(ring[0]) - centre) * 0.2))
        if draw(st.booleans()):
            ring.reverse()  # clockwise
        polygon = shapely.Polygon(ring)
        if polygon.is_valid and polygon.area > 1.0:
            geoms.append(polygon)
    if not geoms:
        geoms = [shapely.box(0, 0, 10, 10)]
    n = len(geoms)
    radii = draw(st.lists(st.sampled_from([0.0, 2.2, 3.75, 11.7, 26.0]), min_size=n, max_size=n))
    return cu.Claims(geoms, np.ones(n), radii, np.zeros(n, int), ["a"])


@settings(max_examples=150, deadline=None)
@given(polygon_claims(), st.integers(1, 4))
def test_convex_chains_equal_reference(claims, tile_side):
    """Grown polygons of any shape and orientation: exactly Grid.cover's cells, convex or not."""
    fast = ref.cumulate_array(PROPERTY_GRID, claims, cu.COUNT, max_cells=(tile_side * 7) ** 2)
    reference = ref.cumulate_reference(PROPERTY_GRID, claims, cu.COUNT)
    clear = off_the_rim(PROPERTY_GRID, claims)
    np.testing.assert_array_equal(fast[clear], reference[clear])
    # Distances for linear decay.
    for mode in (cu.SUM, cu.MAX):
        fast = ref.cumulate_array(PROPERTY_GRID, claims, mode, cu.LINEAR, max_cells=(tile_side * 7) ** 2)
        reference = ref.cumulate_reference(PROPERTY_GRID, claims, mode, cu.LINEAR)
        np.testing.assert_allclose(fast[clear], reference[clear], atol=1e-9)


def test_convexity_is_exact():
    """A notch of a millimetre makes a polygon concave; collinear and repeated vertices do not."""
    square = [(0, 0), (10, 0), (10, 10), (0, 10)]
    shapes = [square, square[::-1], [(0, 0), (5, 0), (5, 0), (10, 0), (10, 10), (0, 10)],
              [(0, 0), (5, 0.001), (10, 0), (10, 10), (0, 10)]]
    claims = cu.Claims([shapely.Polygon(ring) for ring in shapes], np.ones(4), np.full(4, 5.0), np.zeros(4, int),
                       ["a"])
    assert cu.prepare(claims).convex.tolist() == [True, True, True, False]


def test_merge_ranges_joins_overlaps_per_key():
    keys = np.array([1, 1, 1, 2, 2])
    lo = np.array([5, 0, 3, 0, 4])
    hi = np.array([7, 4, 5, 2, 6])
    k, a, b = cu.merge_ranges(keys, lo, hi, 10)
    # key 1: [0,4) + [3,5) + [5,7) -> [0,7); key 2: [0,2) and [4,6) stay apart.
    assert list(zip(k, a, b)) == [(1, 0, 7), (2, 0, 2), (2, 4, 6)]


# A rim tie CI once drew: cell centres at y = -3.75 lie 3.3 m (GEOS: 3.3000000000000003 m) from the edge y = -0.45.
RIM_TIE = cu.Claims([shapely.box(0, -0.45, 47, 0.55)], [1.0], [3.3], [0], ["a", "b", "c"])


@settings(max_examples=25, deadline=None)
@given(random_claims(), st.sampled_from([cu.NO_DECAY, cu.LINEAR]), st.sampled_from([cu.SUM, cu.MAX]))
@example(RIM_TIE, cu.NO_DECAY, cu.SUM)
def test_batched_paths_equal_reference(claims, decay, mode):
    """MAX by the segment tree (instead of one coverage per weight level) and decay windows a few at a time."""
    levels, batch = cu.MAX_LEVELS, cu.WINDOW_BATCH
    cu.MAX_LEVELS, cu.WINDOW_BATCH = 0, 7
    try:
        fast = ref.cumulate_array(PROPERTY_GRID, claims, mode, decay, max_cells=400)
    finally:
        cu.MAX_LEVELS, cu.WINDOW_BATCH = levels, batch
    clear = off_the_rim(PROPERTY_GRID, claims)
    np.testing.assert_allclose(fast[clear], ref.cumulate_reference(PROPERTY_GRID, claims, mode, decay)[clear],
                               atol=1e-9)


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 70), st.lists(st.tuples(st.integers(0, 3), st.integers(0, 70), st.integers(0, 70),
                                              st.sampled_from([0.0, 0.5, 1.25, 2.0, 7.0])), max_size=40))
def test_segment_tree_maximum_equals_brute_force(ncols, ranges):
    tile = Tile(0, 0, 4, ncols)
    rows, c0, c1, weights = (np.array(column) for column in zip(*ranges)) if ranges else ([np.empty(0, int)] * 3
                                                                                        + [np.empty(0)])
    c0, c1 = np.minimum(c0, ncols), np.minimum(c1, ncols)
    expected = np.zeros((4, ncols))
    for r, a, b, w in zip(rows, c0, c1, weights):
        expected[r, a:b] = np.maximum(expected[r, a:b], w)
    np.testing.assert_array_equal(cu._largest_by_tree(tile, rows.astype(np.int64), c0.astype(np.int64),
                                                      c1.astype(np.int64), weights.astype(float)), expected)


def test_cancel_stops_and_progress_reaches_100():
    class Feedback:
        def __init__(self, cancel_after):
            self.calls, self.cancel_after, self.progress = 0, cancel_after, []

        def canceled(self):
            self.calls += 1
            return self.calls > self.cancel_after

        def set(self, fraction):
            self.progress.append(100.0 * fraction)

    running = Feedback(cancel_after=10**9)
    tiles = list(cu.cumulate(GRID, four_claims(), cu.SUM, max_cells=4, progress=running))
    assert len(tiles) == 9 and running.progress[-1] == pytest.approx(100)  # 5 x 5 cells in 2 x 2 tiles
    assert running.progress == sorted(running.progress)
    cancelled = Feedback(cancel_after=3)
    assert len(list(cu.cumulate(GRID, four_claims(), cu.SUM, max_cells=4, progress=cancelled))) < 9
