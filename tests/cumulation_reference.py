"""Test-only companions of core/cumulation.py: the whole grid as one array, the obvious cell-by-cell
reference the fast kernel is compared against, and the kernel's slice pieces put together."""

import numpy as np

from ondergrond.core.cumulation import (
    COUNT,
    DISTINCT,
    LINEAR,
    MAX,
    NO_DECAY,
    SUM,
    _disc_slices,
    _rect_constants,
    _rect_slices,
    cumulate,
)
from ondergrond.core.grid import DEFAULT_TILE_CELLS, Tile


def cumulate_array(grid, claims, mode=SUM, decay=NO_DECAY, max_cells=DEFAULT_TILE_CELLS):
    """The whole grid as one array (for tests and small extents)."""
    out = np.zeros((grid.nrows, grid.ncols))
    for tile, values in cumulate(grid, claims, mode, decay, max_cells):
        out[tile.row0:tile.row0 + tile.nrows, tile.col0:tile.col0 + tile.ncols] = values
    return out


def cumulate_reference(grid, claims, mode=SUM, decay=NO_DECAY):
    """Slow, obvious reference: ``Grid.cover`` claim by claim over one tile (tests only)."""
    tile = Tile(0, 0, grid.nrows, grid.ncols)
    total = np.zeros((grid.nrows, grid.ncols))
    count = np.zeros((grid.nrows, grid.ncols))
    best = np.zeros((grid.nrows, grid.ncols))
    kinds = np.zeros((len(claims.names), grid.nrows, grid.ncols), bool)
    for i, geom in enumerate(claims.geoms):
        rows, cols, distance = grid.cover(geom, tile, claims.radii[i])
        radius = claims.radii[i]
        factor = np.ones(len(rows))
        if decay == LINEAR and radius > 0:
            factor = 1.0 - distance / radius
        weight = claims.weights[i] * factor
        count[rows, cols] += 1
        np.add.at(total, (rows, cols), weight)
        np.maximum.at(best, (rows, cols), weight)
        kinds[claims.categories[i], rows, cols] = True
    return {COUNT: count, SUM: total, DISTINCT: kinds.sum(axis=0).astype(float), MAX: best}[mode]


def capsule_slices(ax, ay, bx, by, radius, y):
    """x-interval [lo, hi] at height ``y`` of the points within ``radius`` of segment AB (empty: lo > hi).

    The kernel's own pieces put together - the rectangle swept by the segment's normal and the
    discs around both ends - so the tests can check them against exact distances.
    """
    rect = _rect_constants(ax, ay, bx, by, radius)
    lo, hi = _rect_slices(rect, np.arange(len(ax)), y)
    ok = rect["valid"] & (y >= rect["ylo"]) & (y <= rect["yhi"]) & (lo <= hi)
    lo, hi = np.where(ok, lo, np.inf), np.where(ok, hi, -np.inf)
    for px, py in ((ax, ay), (bx, by)):
        disc_lo, disc_hi = _disc_slices(px, py, radius, y)
        inside = np.abs(y - py) <= radius
        lo = np.where(inside, np.minimum(lo, disc_lo), lo)
        hi = np.where(inside, np.maximum(hi, disc_hi), hi)
    return lo, hi
