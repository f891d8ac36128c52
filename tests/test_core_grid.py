"""The tiled grid and its exact cell coverage (core/grid.py), checked against hand counts."""

import numpy as np
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from ondergrond.core.grid import Grid


def covered(grid, geometry, radius=0.0):
    """Global (row, col) set over all tiles."""
    cells = set()
    for tile in grid.tiles(max_cells=9):  # tiny tiles, so tile seams are exercised
        rows, cols, _ = grid.cover(geometry, tile, radius)
        cells |= {(tile.row0 + r, tile.col0 + c) for r, c in zip(rows, cols)}
    return cells


def test_snapping_and_geotransform():
    grid = Grid.from_extent(3, 4, 97, 96, 10)
    assert (grid.xmin, grid.ymax, grid.ncols, grid.nrows) == (0, 100, 10, 10)
    assert grid.geotransform == (0, 10, 0, 100, 0, -10)


def test_polygon_covers_cells_whose_centre_is_inside():
    grid = Grid.from_extent(0, 0, 100, 100, 10)
    # Centres at 25 and 35 lie in [20, 40]: 2 x 2 cells; rows count from the top (y=100).
    assert covered(grid, shapely.box(20, 20, 40, 40)) == {(6, 2), (6, 3), (7, 2), (7, 3)}
    # A box touching centres on its boundary includes them (boundary counts as inside).
    assert len(covered(grid, shapely.box(25, 25, 35, 35))) == 4


def test_point_radius_is_a_distance_to_the_centre():
    grid = Grid.from_extent(0, 0, 100, 100, 10)
    # Centres within 10 m of (50, 50): the four at distance 7.07; the next ring is at 15.8 m.
    assert len(covered(grid, shapely.Point(50, 50), 10)) == 4
    # Within 16 m: 4 + 8 cells at sqrt(5^2 + 15^2) = 15.81 m.
    assert len(covered(grid, shapely.Point(50, 50), 16)) == 12


def test_points_and_lines_without_radius_cover_touched_cells():
    grid = Grid.from_extent(0, 0, 100, 100, 10)
    assert covered(grid, shapely.Point(55, 55)) == {(4, 5)}
    assert covered(grid, shapely.LineString([(5, 5), (95, 5)])) == {(9, c) for c in range(10)}
    # A line from corner to corner through a cell diagonal passes exactly the 10 diagonal cells.
    line = shapely.LineString([(0.5, 0.5), (99.5, 99.5)])
    assert covered(grid, line) == {(9 - i, i) for i in range(10)}


def test_distance_is_zero_inside_polygons():
    grid = Grid.from_extent(0, 0, 100, 100, 10)
    tile = next(grid.tiles())
    rows, cols, distance = grid.cover(shapely.box(40, 40, 60, 60), tile, radius=10)
    inside = (rows >= 4) & (rows <= 5) & (cols >= 4) & (cols <= 5)
    assert np.all(distance[inside] == 0) and np.all(distance[~inside] > 0)


def test_refuses_absurd_grids():
    with pytest.raises(ValueError, match="no area"):
        Grid.from_extent(0, 0, 0, 100, 10)
    with pytest.raises(ValueError, match="more than the"):
        Grid.from_extent(0, 0, 3e6, 3e6, 0.05)


@settings(max_examples=40, deadline=None)
@given(st.floats(0, 90), st.floats(0, 90), st.floats(1, 40), st.floats(0, 25))
def test_cover_matches_brute_force(x, y, size, radius):
    """Every cell centre's distance to the geometry decides coverage (brute force over all cells)."""
    grid = Grid.from_extent(0, 0, 100, 100, 10)
    geometry = shapely.box(x, y, x + size, y + size / 2)
    xs, ys = grid.centres(next(grid.tiles()))
    expected = {(r, c) for r in range(10) for c in range(10)
                if shapely.distance(geometry, shapely.Point(xs[c], ys[r])) <= radius}
    assert covered(grid, geometry, radius) == expected
