"""A raster grid in a projected metre CRS, cut into tiles so memory stays bounded.

Rows run from the top (north) down, as in a GeoTIFF. Cell (r, c) has its centre at
``x = xmin + (c + 0.5) * cell``, ``y = ymax - (r + 0.5) * cell``.

``cover`` answers, for one shapely geometry and one tile, which cells it covers:
a cell is covered when its centre lies inside the geometry (boundary included) or within
``radius`` of it; points and lines with radius 0 cover every cell they touch.
"""

import math
from dataclasses import dataclass

import numpy as np
import shapely

from . import arrays
from .i18n import tr
from .progress import of as progress_of

# 8 MB per float64 tile array: under glibc's 32 MB limit for reusing freed heap memory, so tiles after
# the first cost no fresh pages (measured on the cumulation benchmark: 40 % fewer page faults).
DEFAULT_TILE_CELLS = 1024 * 1024
# Above this many cells a whole-area result cannot be held in memory on a planner's machine
# even tiled (an output grid of 4-byte cells alone would take more than 8 GB).
MAX_CELLS = 2_000_000_000


def snap_out(xmin, ymin, xmax, ymax, cell):
    """The extent with its edges moved outward to multiples of ``cell`` (the one grid snapping)."""
    return (math.floor(xmin / cell) * cell, math.floor(ymin / cell) * cell,
            math.ceil(xmax / cell) * cell, math.ceil(ymax / cell) * cell)


def run_tiles(tiles, evaluate, progress=None):
    """Yield ``(tile, evaluate(tile, progress))`` per tile, for the kernels that work tile by tile.

    ``progress`` (core/progress.py) runs over the tiles; ``evaluate`` returns None when it sees the cancel,
    and the generator then ends (the algorithm raises ``Cancelled.``)."""
    progress = progress_of(progress)
    tiles = list(tiles)
    for done, tile in enumerate(tiles):
        arrays = evaluate(tile, progress)
        if arrays is None or progress.canceled():
            return
        yield tile, arrays
        progress.set((done + 1) / len(tiles))


@dataclass(frozen=True)
class Tile:
    row0: int
    col0: int
    nrows: int
    ncols: int


@dataclass(frozen=True)
class Grid:
    xmin: float
    ymax: float
    cell: float
    ncols: int
    nrows: int

    @classmethod
    def from_extent(cls, xmin, ymin, xmax, ymax, cell, snap=True):
        """A grid covering the extent; with ``snap`` its edges move outward to multiples of ``cell``."""
        if not (cell > 0 and math.isfinite(cell)):
            raise ValueError(tr("The cell size must be larger than 0 m (got {cell}).").format(cell=cell))
        if not all(math.isfinite(v) for v in (xmin, ymin, xmax, ymax)):
            raise ValueError(
                tr("The extent ({xmin}, {ymin} - {xmax}, {ymax}) is not finite; check the CRS of the input "
                   "layers.").format(xmin=xmin, ymin=ymin, xmax=xmax, ymax=ymax))
        if not (xmax > xmin and ymax > ymin):
            raise ValueError(
                tr("The extent has no area ({xmin}, {ymin} - {xmax}, {ymax}); draw or choose a larger one.").format(
                    xmin=xmin, ymin=ymin, xmax=xmax, ymax=ymax))
        if snap:
            xmin, ymin, xmax, ymax = snap_out(xmin, ymin, xmax, ymax, cell)
        ncols = max(1, int(round((xmax - xmin) / cell)))
        nrows = max(1, int(round((ymax - ymin) / cell)))
        grid = cls(float(xmin), float(ymax), float(cell), ncols, nrows)
        if grid.ncells > MAX_CELLS:
            raise ValueError(
                tr("{ncols} x {nrows} cells of {cell} m is {n:,} cells, more than the {max:,} this "
                   "machine can hold; choose a larger cell size or a smaller extent.").format(
                    ncols=ncols, nrows=nrows, cell=cell, n=grid.ncells, max=MAX_CELLS))
        return grid

    @property
    def ncells(self) -> int:
        return self.ncols * self.nrows

    @property
    def xmax(self) -> float:
        return self.xmin + self.ncols * self.cell

    @property
    def ymin(self) -> float:
        return self.ymax - self.nrows * self.cell

    @property
    def geotransform(self):
        return (self.xmin, self.cell, 0.0, self.ymax, 0.0, -self.cell)

    def tiles(self, max_cells=DEFAULT_TILE_CELLS):
        """Square-ish tiles of at most ``max_cells`` cells, row-major."""
        side = max(1, int(math.sqrt(max_cells)))
        for row0 in range(0, self.nrows, side):
            for col0 in range(0, self.ncols, side):
                yield Tile(row0, col0, min(side, self.nrows - row0), min(side, self.ncols - col0))

    def tile_bounds(self, tile):
        """(xmin, ymin, xmax, ymax) of a tile."""
        x0 = self.xmin + tile.col0 * self.cell
        y1 = self.ymax - tile.row0 * self.cell
        return x0, y1 - tile.nrows * self.cell, x0 + tile.ncols * self.cell, y1

    def centres(self, tile):
        """1-D arrays of the cell-centre x (per column) and y (per row) of a tile."""
        xs = self.xmin + (tile.col0 + np.arange(tile.ncols) + 0.5) * self.cell
        ys = self.ymax - (tile.row0 + np.arange(tile.nrows) + 0.5) * self.cell
        return xs, ys

    def _window(self, tile, bounds):
        """Local (r0, r1, c0, c1) of the tile's cells whose centres may lie in ``bounds``; None if none."""
        bxmin, bymin, bxmax, bymax = bounds
        x0 = self.xmin + tile.col0 * self.cell
        y1 = self.ymax - tile.row0 * self.cell
        c0 = max(0, int(math.ceil((bxmin - x0) / self.cell - 0.5)))
        c1 = min(tile.ncols, int(math.floor((bxmax - x0) / self.cell - 0.5)) + 1)
        r0 = max(0, int(math.ceil((y1 - bymax) / self.cell - 0.5)))
        r1 = min(tile.nrows, int(math.floor((y1 - bymin) / self.cell - 0.5)) + 1)
        if c0 >= c1 or r0 >= r1:
            return None
        return r0, r1, c0, c1

    def cover(self, geometry, tile, radius=0.0):
        """Cells of ``tile`` covered by ``geometry`` (see module doc).

        Returns local ``rows``, ``cols`` (int arrays) and ``distance`` (float array: metres from
        the cell centre to the geometry, 0 inside polygons and for touched cells at radius 0).
        """
        empty = (np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0))
        if geometry is None or shapely.is_empty(geometry):
            return empty
        polygonal = shapely.get_dimensions(geometry) == 2
        if radius <= 0 and not polygonal:
            return self._touched(geometry, tile)
        gxmin, gymin, gxmax, gymax = shapely.bounds(geometry)
        window = self._window(tile, (gxmin - radius, gymin - radius, gxmax + radius, gymax + radius))
        if window is None:
            return empty
        if polygonal and radius <= 0:
            rows, cols = self._filled(geometry, tile, window)
            return rows, cols, np.zeros(rows.shape)
        r0, r1, c0, c1 = window
        xs, ys = self.centres(tile)
        cols, rows = np.meshgrid(np.arange(c0, c1), np.arange(r0, r1))
        cols, rows = cols.ravel(), rows.ravel()
        px, py = xs[cols], ys[rows]
        shapely.prepare(geometry)
        distance = np.zeros(px.shape)
        inside = np.zeros((r1 - r0, c1 - c0), bool)
        if polygonal:
            filled_rows, filled_cols = self._filled(geometry, tile, window)
            inside[filled_rows - r0, filled_cols - c0] = True
        inside = inside.ravel()
        if radius > 0:
            outside = ~inside
            if outside.any():
                # GEOS flags 0/0 on a repeated vertex's zero-length edge; the distances are right.
                with np.errstate(invalid="ignore"):
                    distance[outside] = shapely.distance(geometry, shapely.points(px[outside], py[outside]))
            keep = inside | (distance <= radius)
        else:
            keep = inside
        return rows[keep], cols[keep], distance[keep]

    def _filled(self, geometry, tile, window):
        """Cells of ``window`` whose centre lies inside a polygonal geometry or on its boundary.

        A scanline fill in numpy (even-odd over all rings): every ring edge is cut with the rows of
        cell centres it spans (half-open in y), the crossings are sorted per row, and the cells whose
        centres lie between pairs of crossings (ends included) are filled. Centres exactly on a
        horizontal edge or on a vertex, which a half-open rule can miss, are added explicitly, so
        this equals ``intersects`` of the centre points without creating them (for valid polygons:
        overlapping parts of an invalid multipolygon would cancel out).
        """
        r0, r1, c0, c1 = window
        rings = shapely.get_rings(shapely.get_parts(geometry))
        coords, ring = shapely.get_coordinates(rings, return_index=True)
        # Grid units: the centre of local cell (r, c) lies at u = c, v = r.
        u = (coords[:, 0] - (self.xmin + tile.col0 * self.cell)) / self.cell - 0.5
        v = ((self.ymax - tile.row0 * self.cell) - coords[:, 1]) / self.cell - 0.5
        same = ring[:-1] == ring[1:]
        ua, va, ub, vb = u[:-1][same], v[:-1][same], u[1:][same], v[1:][same]
        slanted = va != vb
        ua, va, ub, vb = ua[slanted], va[slanted], ub[slanted], vb[slanted]
        low = np.clip(np.ceil(np.minimum(va, vb)), r0, r1).astype(np.int64)
        high = np.clip(np.ceil(np.maximum(va, vb)), r0, r1).astype(np.int64)  # rows low .. high-1
        counts = high - low
        found_rows, found_cols = [], []
        total = int(counts.sum())
        if total:
            segment = np.repeat(np.arange(len(counts)), counts)
            rows = arrays.ranges(low, counts)
            a, b, c, d = ua[segment], va[segment], ub[segment], vb[segment]
            cross = a + (rows - b) * (c - a) / (d - b)
            order = np.lexsort((cross, rows))
            rows, cross = rows[order], cross[order]
            span_rows = rows[0::2]
            start = np.clip(np.ceil(cross[0::2]), c0, c1).astype(np.int64)
            stop = np.clip(np.floor(cross[1::2]) + 1, c0, c1).astype(np.int64)  # cols start .. stop-1
            lengths = np.maximum(stop - start, 0)
            n = int(lengths.sum())
            if n:
                span = np.repeat(np.arange(len(lengths)), lengths)
                found_rows.append(span_rows[span])
                found_cols.append(arrays.ranges(start, lengths))
        # Centres exactly on a vertex or a horizontal edge (boundary included, as intersects does).
        ua_all, va_all, ub_all, vb_all = u[:-1][same], v[:-1][same], u[1:][same], v[1:][same]
        on_row = (va_all == vb_all) & (va_all == np.round(va_all)) & (va_all >= r0) & (va_all < r1)
        for k in np.flatnonzero(on_row):
            left, right = sorted((ua_all[k], ub_all[k]))
            cols = np.arange(max(c0, math.ceil(left)), min(c1 - 1, math.floor(right)) + 1)
            found_rows.append(np.full(len(cols), int(va_all[k]), np.int64))
            found_cols.append(cols)
        vertex = (u == np.round(u)) & (v == np.round(v)) & (u >= c0) & (u < c1) & (v >= r0) & (v < r1)
        if vertex.any():
            found_rows.append(v[vertex].astype(np.int64))
            found_cols.append(u[vertex].astype(np.int64))
        if not found_rows:
            return np.empty(0, np.int64), np.empty(0, np.int64)
        rows, cols = np.concatenate(found_rows), np.concatenate(found_cols)
        if len(found_rows) > 1:  # boundary cells may repeat span cells
            key = np.unique(rows * (tile.ncols + 1) + cols)
            rows, cols = np.divmod(key, tile.ncols + 1)
        return rows, cols

    def _touched(self, geometry, tile):
        """Cells a point or line touches (its supercover), clipped to the tile."""
        parts = shapely.get_parts(shapely.force_2d(geometry))
        found_rows, found_cols = [], []
        for part in parts:
            coords = shapely.get_coordinates(part)
            # Grid units from the grid's corner, not the tile's: a point on a grid line then falls in
            # the same cell whatever the tiling.
            if len(coords) == 1:
                gx = (coords[:, 0] - self.xmin) / self.cell
                gy = (self.ymax - coords[:, 1]) / self.cell
            else:
                gx, gy = self._segment_cells(coords, self.xmin, self.ymax)
            # The grid is closed on its outer east and south edges: a point or line lying exactly on
            # them (whole-metre data on a snapped extent) counts in the last column or row, not beyond.
            cols = np.minimum(np.floor(gx).astype(np.int64), np.where(gx == self.ncols, self.ncols - 1, self.ncols))
            rows = np.minimum(np.floor(gy).astype(np.int64), np.where(gy == self.nrows, self.nrows - 1, self.nrows))
            cols, rows = cols - tile.col0, rows - tile.row0
            ok = (cols >= 0) & (cols < tile.ncols) & (rows >= 0) & (rows < tile.nrows)
            found_rows.append(rows[ok])
            found_cols.append(cols[ok])
        if not found_rows:
            return np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0)
        key = np.unique(np.concatenate(found_rows) * (tile.ncols + 1) + np.concatenate(found_cols))
        rows, cols = np.divmod(key, tile.ncols + 1)
        return rows, cols, np.zeros(rows.shape)

    def _segment_cells(self, coords, x0, y1):
        """Grid-unit positions, one inside each cell a polyline passes through.

        Each segment is cut where it crosses a grid line; the midpoint of every piece lies inside
        exactly one cell, so no corner-clipped cell is missed (unlike sampling the line).
        """
        gx_all = (coords[:, 0] - x0) / self.cell
        gy_all = (y1 - coords[:, 1]) / self.cell
        points_x, points_y = [gx_all], [gy_all]
        for a in range(len(coords) - 1):
            ax, ay, bx, by = gx_all[a], gy_all[a], gx_all[a + 1], gy_all[a + 1]
            cuts = [np.array([0.0, 1.0])]
            if bx != ax:
                lines = np.arange(math.ceil(min(ax, bx)), math.floor(max(ax, bx)) + 1)
                cuts.append((lines - ax) / (bx - ax))
            if by != ay:
                lines = np.arange(math.ceil(min(ay, by)), math.floor(max(ay, by)) + 1)
                cuts.append((lines - ay) / (by - ay))
            t = np.unique(np.clip(np.concatenate(cuts), 0.0, 1.0))
            # Pieces of (near) zero length are a pass through a cell corner: they enter no cell.
            length = np.diff(t) * math.hypot(bx - ax, by - ay)
            mid = ((t[:-1] + t[1:]) / 2)[length > 1e-9]
            points_x.append(ax + (bx - ax) * mid)
            points_y.append(ay + (by - ay) * mid)
        return np.concatenate(points_x), np.concatenate(points_y)
