"""Cumulation (stapeling): how many claims, how many kinds, how heavy, per raster cell.

A claim covers a cell when the cell's centre lies inside it or within its effect radius
(distance <= radius); points and lines with radius 0 cover every cell they touch
(``Grid.cover`` is the reference of this rule). Per cell the kernel gives one of:

- ``COUNT``: the number of claims covering the cell;
- ``SUM``: the sum of their weights (with ``LINEAR`` decay: weight x (1 - d/R), d the distance
  from the cell centre to the claim, 0 inside polygons);
- ``DISTINCT``: the number of different categories (kinds) among them;
- ``MAX``: the largest (decayed) weight among them.

Cells nothing covers are 0. Decay changes weights only, so it does not change COUNT or DISTINCT.

Speed: without distance decay the kernel never tests cells one by one. The set within R of a
claim is its interior plus, along its boundary, the rectangles swept by each edge's normal and the
discs around each vertex. Per raster row the kernel computes each piece's exact x-interval of cell
centres, adds polygon interiors from scanline crossings, merges the intervals per claim (or per
category) and paints them with difference arrays (one ``bincount`` + ``cumsum`` per tile). Claims
that stay convex when grown (convex polygons, points) need no merge: per row their union is
[min lo, max hi] over their pieces. With linear decay the distances are needed, and ``Grid.cover``
is used claim by claim. Everything runs tile by tile (tiles in parallel threads), so memory is
bounded by the tile size, not by the extent. ``cumulate_reference`` is the obvious cell-by-cell
version the tests compare against.
"""

import math
import os
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import List

import numpy as np
import shapely

from .canonical import depth_range, ranges_overlap, valid_in_year, year_range
from .grid import DEFAULT_TILE_CELLS, Grid, Tile
from .i18n import tr

COUNT, SUM, DISTINCT, MAX = 0, 1, 2, 3
NO_DECAY, LINEAR = 0, 1

# (segment, row) pairs worked on at once: ~20 float64 temporaries each, so ~100 MB per batch.
PAIR_BATCH = 600_000


@dataclass
class Claims:
    """The claims to stack, as parallel arrays (one entry per feature)."""

    geoms: np.ndarray  # shapely geometries in a metre CRS
    weights: np.ndarray  # float, >= 0
    radii: np.ndarray  # float effect radius in m, >= 0
    categories: np.ndarray  # int codes into ``names``
    names: List[str]  # category names
    labels: List[str] = field(default_factory=list)  # "layer 'x', feature 7" for messages

    def __post_init__(self):
        self.geoms = np.asarray(self.geoms, dtype=object)
        n = len(self.geoms)
        self.weights = np.asarray(self.weights, dtype=float).reshape(n)
        self.radii = np.asarray(self.radii, dtype=float).reshape(n)
        self.categories = np.asarray(self.categories, dtype=np.int64).reshape(n)
        if not self.labels:
            self.labels = [tr("feature {i}").format(i=i) for i in range(n)]

    def __len__(self):
        return len(self.geoms)

    def subset(self, mask):
        index = np.flatnonzero(mask)
        return Claims(self.geoms[index], self.weights[index], self.radii[index], self.categories[index],
                      self.names, [self.labels[i] for i in index])


def check_claims(claims):
    """ValueError naming the first claim with a negative or non-finite weight or radius."""
    for values, what in ((claims.weights, tr("weight")), (claims.radii, tr("effect radius (m)"))):
        bad = np.flatnonzero(~(values >= 0) | ~np.isfinite(values))
        if len(bad):
            i = bad[0]
            raise ValueError(
                tr("{label}: the {what} is {value}; it must be a number of 0 or more. Correct the feature "
                   "or leave it out.").format(label=claims.labels[i], what=what, value=values[i]))


def depth_window(top, bottom):
    """The (top, bottom) filter window in m below ground; NULL top = 0, NULL bottom = unbounded."""
    window = depth_range(top, bottom, tr("Depth window"))
    if window[0] >= window[1]:
        raise ValueError(tr("Depth window: top {top} m and bottom {bottom} m leave no depth range; "
                            "choose a bottom below the top.").format(top=window[0], bottom=window[1]))
    return window


def select_claims(labels, tops=None, bottoms=None, froms=None, tos=None, window=None, year=None):
    """Boolean mask of the claims that count: depth range overlaps ``window``, valid in ``year``.

    ``tops``/``bottoms``/``froms``/``tos`` are per-claim field values (None = NULL or field absent);
    ``window`` is a (top, bottom) pair from :func:`depth_window`, None for no depth filter.
    Touching depth ranges do not overlap; validity years are inclusive (core/canonical.py).
    """
    n = len(labels)
    keep = np.ones(n, bool)
    if window is None and year is None:
        return keep
    for i in range(n):
        if window is not None:
            top, bottom = depth_range(tops[i] if tops is not None else None,
                                      bottoms[i] if bottoms is not None else None, labels[i])
            if not ranges_overlap(top, bottom, window[0], window[1]):
                keep[i] = False
                continue
        if year is not None:
            first, last = year_range(froms[i] if froms is not None else None,
                                     tos[i] if tos is not None else None, labels[i])
            if not valid_in_year(first, last, year):
                keep[i] = False
    return keep


def default_grid(claims, cell):
    """The claims' extent grown by the largest radius, snapped outward to multiples of ``cell``."""
    if len(claims) == 0:
        raise ValueError(tr("There are no features to stack: no layer has features that pass the "
                            "depth and year filters, and no extent was given."))
    bounds = shapely.bounds(claims.geoms)
    grow = float(np.max(claims.radii)) if len(claims) else 0.0
    xmin, ymin = np.nanmin(bounds[:, 0]) - grow, np.nanmin(bounds[:, 1]) - grow
    xmax, ymax = np.nanmax(bounds[:, 2]) + grow, np.nanmax(bounds[:, 3]) + grow
    if not cell > 0:
        return Grid.from_extent(xmin, ymin, xmax, ymax, cell)  # raises the cell-size message
    xmin, ymin = math.floor(xmin / cell) * cell, math.floor(ymin / cell) * cell
    xmax, ymax = math.ceil(xmax / cell) * cell, math.ceil(ymax / cell) * cell
    # A single point or a horizontal line without radius still needs one cell.
    xmax, ymax = max(xmax, xmin + cell), max(ymax, ymin + cell)
    return Grid.from_extent(xmin, ymin, xmax, ymax, cell, snap=False)


def extent_grid(xmin, ymin, xmax, ymax, cell):
    """A grid starting at the extent's top-left corner, with enough cells to cover the extent."""
    if not (xmax > xmin and ymax > ymin) or not cell > 0:
        return Grid.from_extent(xmin, ymin, xmax, ymax, cell)  # raises the planner's message
    ncols = max(1, math.ceil((xmax - xmin) / cell - 1e-9))
    nrows = max(1, math.ceil((ymax - ymin) / cell - 1e-9))
    return Grid.from_extent(xmin, ymax - nrows * cell, xmin + ncols * cell, ymax, cell, snap=False)


# ----------------------------------------------------------------------------------------------
# Geometry preparation: all segments of all claims, in claim order.


@dataclass
class _Prepared:
    seg_claim: np.ndarray  # claim index per segment (segments sorted by claim)
    ax: np.ndarray
    ay: np.ndarray
    bx: np.ndarray
    by: np.ndarray
    ring: np.ndarray  # bool: polygon ring edge (used for interior crossings)
    touched: np.ndarray  # bool per claim: point/line with radius 0 -> Grid.cover's touched cells
    tree: shapely.STRtree  # over the claims' bounding boxes grown by their radius
    seg_start: np.ndarray  # per claim: first segment
    seg_end: np.ndarray
    rect: dict  # per segment: the rectangle swept by the segment's normal (see _rect_slices)
    disk: dict  # discs of radius R around the vertices, sorted by claim, with start/end per claim
    convex: np.ndarray  # bool per claim: grown by R > 0 it is convex (one interval per row)
    ylo: np.ndarray  # per claim: bounds in y grown by the radius
    yhi: np.ndarray


def _segments(geoms, index):
    """Consecutive-vertex segments of linear geometries (rings or lines); points give A == B."""
    coords, owner = shapely.get_coordinates(geoms, return_index=True)
    if len(coords) == 0:
        return np.empty(0, np.int64), np.empty((0, 2)), np.empty((0, 2))
    is_point = shapely.get_type_id(geoms) == 0
    same = owner[:-1] == owner[1:]
    a, b, who = coords[:-1][same], coords[1:][same], owner[:-1][same]
    if is_point.any():
        points = np.flatnonzero(is_point[owner])
        a = np.concatenate([a, coords[points]])
        b = np.concatenate([b, coords[points]])
        who = np.concatenate([who, owner[points]])
    return index[who], a, b


def prepare(claims):
    n = len(claims)
    geoms = claims.geoms
    if n and shapely.has_z(geoms).any():
        geoms = shapely.force_2d(geoms)
    dims = shapely.get_dimensions(geoms)
    empty = shapely.is_empty(geoms) | shapely.is_missing(geoms)
    touched = (dims < 2) & (claims.radii <= 0) & ~empty
    types = shapely.get_type_id(geoms)
    simple = (types == 3) & (shapely.get_num_interior_rings(geoms) == 0)
    if simple.all():
        # Single polygons without holes (the common case): one ring each, no need to split.
        seg_claim, a, b = _segments(geoms, np.arange(n))
        ring = np.ones(len(seg_claim), bool)
    else:
        parts, part_owner = shapely.get_parts(geoms, return_index=True)
        keep = ~touched[part_owner] & ~shapely.is_empty(parts)
        parts, part_owner = parts[keep], part_owner[keep]
        polygon = shapely.get_type_id(parts) == 3
        rings, ring_part = shapely.get_rings(parts[polygon], return_index=True)
        ring_claim = part_owner[polygon][ring_part]
        c1, a1, b1 = _segments(rings, ring_claim)
        other = ~polygon & np.isin(shapely.get_type_id(parts), (0, 1, 2))
        c2, a2, b2 = _segments(parts[other], part_owner[other])
        seg_claim = np.concatenate([c1, c2])
        a = np.concatenate([a1, a2]).reshape(-1, 2)
        b = np.concatenate([b1, b2]).reshape(-1, 2)
        ring = np.concatenate([np.ones(len(c1), bool), np.zeros(len(c2), bool)])
        order = np.argsort(seg_claim, kind="stable")
        seg_claim, a, b, ring = seg_claim[order], a[order], b[order], ring[order]
    seg_start = np.searchsorted(seg_claim, np.arange(n), "left")
    seg_end = np.searchsorted(seg_claim, np.arange(n), "right")
    bounds = shapely.bounds(geoms)
    r = claims.radii
    boxes = shapely.box(bounds[:, 0] - r, bounds[:, 1] - r, bounds[:, 2] + r, bounds[:, 3] + r)
    boxes[empty] = None
    tree = shapely.STRtree(boxes)
    tree.query(shapely.Point(0, 0))  # build the tree now, not lazily inside worker threads
    ax, ay, bx, by = a[:, 0], a[:, 1], b[:, 0], b[:, 1]
    # Convex polygons and points grown by R > 0 are convex: each row holds one interval, found by
    # min/max over the pieces without sorting (``_TileIntervals._convex``).
    convex = (r > 0) & ~empty & ((types == 0) | simple)
    candidates = np.flatnonzero(convex & (types == 3))
    if len(candidates):
        area = shapely.area(geoms[candidates])
        hull = shapely.area(shapely.convex_hull(geoms[candidates]))
        convex[candidates] = area >= hull * (1 - 1e-9)
    return _Prepared(seg_claim, ax, ay, bx, by, ring, touched, tree, seg_start, seg_end,
                     _rect_constants(ax, ay, bx, by, r[seg_claim]), _discs(seg_claim, ax, ay, bx, by, ring, r, n),
                     convex, bounds[:, 1] - r, bounds[:, 3] + r)


def _rect_constants(ax, ay, bx, by, radius):
    """Per segment, what the row slices of its normal-swept rectangle need (see ``_rect_slices``).

    Strip along the segment: 0 <= (x - ax) ux + t uy <= L, t = y - ay, gives
    x in ax - t (uy/ux) + [min(0, L/ux), max(0, L/ux)]; strip across: |-(x - ax) uy + t ux| <= R gives
    x in ax + t (ux/uy) +- R/|uy|. Where ux or uy is 0 the strip is unbounded in x and the rows
    generated (the rectangle's y-extent) are exactly those where it holds.
    """
    dx, dy = bx - ax, by - ay
    length = np.hypot(dx, dy)
    valid = length > 0
    safe = np.where(valid, length, 1.0)
    ux, uy = dx / safe, dy / safe
    with np.errstate(divide="ignore", invalid="ignore"):
        along = np.where(ux != 0, length / np.where(ux != 0, ux, 1.0), 0.0)
        slope = np.where(ux != 0, uy / np.where(ux != 0, ux, 1.0), 0.0)
        across = np.where(uy != 0, ux / np.where(uy != 0, uy, 1.0), 0.0)
        half = np.where(uy != 0, radius / np.abs(np.where(uy != 0, uy, 1.0)), np.inf)
    lo1 = np.where(ux != 0, np.minimum(0.0, along), -np.inf)
    hi1 = np.where(ux != 0, np.maximum(0.0, along), np.inf)
    grow = radius * np.abs(ux)
    return {"valid": valid, "ax": ax, "ay": ay, "slope": slope, "across": across,
            "lo1": lo1, "hi1": hi1, "half": half,
            "ylo": np.minimum(ay, by) - grow, "yhi": np.maximum(ay, by) + grow}


def _discs(seg_claim, ax, ay, bx, by, ring, radii, n):
    """Discs around every vertex: each segment's start, plus the end of line segments."""
    ends = ~ring & ((ax != bx) | (ay != by))
    claim = np.concatenate([seg_claim, seg_claim[ends]])
    x, y = np.concatenate([ax, bx[ends]]), np.concatenate([ay, by[ends]])
    order = np.argsort(claim, kind="stable")
    claim, x, y = claim[order], x[order], y[order]
    return {"claim": claim, "x": x, "y": y, "r": radii[claim],
            "start": np.searchsorted(claim, np.arange(n), "left"),
            "end": np.searchsorted(claim, np.arange(n), "right")}


def _batches(count, budget):
    """Consecutive slices of items whose summed ``count`` stays near ``budget``."""
    batch = (np.cumsum(count) - count) // budget
    edges = np.r_[np.flatnonzero(np.diff(batch)) + 1, len(count)]
    start = 0
    for stop in edges:
        if stop > start:
            yield slice(start, int(stop))
        start = int(stop)


def _ranges(starts, lengths):
    """Concatenation of arange(s, s + l) for each pair (vectorised)."""
    lengths = np.asarray(lengths, np.int64)
    total = int(lengths.sum())
    if total == 0:
        return np.empty(0, np.int64)
    offsets = np.repeat(np.cumsum(lengths) - lengths, lengths)
    return np.repeat(np.asarray(starts, np.int64), lengths) + (np.arange(total) - offsets)


# ----------------------------------------------------------------------------------------------
# Per-row intervals.


def _rect_slices(rect, which, y):
    """x-intervals of the segments' normal-swept rectangles at heights ``y`` (``which``: segment)."""
    t = y - rect["ay"][which]
    ax = rect["ax"][which]
    along = ax - t * rect["slope"][which]
    across = ax + t * rect["across"][which]
    half = rect["half"][which]
    lo = np.maximum(along + rect["lo1"][which], across - half)
    hi = np.minimum(along + rect["hi1"][which], across + half)
    return lo, hi


def _disc_slices(x, y0, r, y):
    """x-intervals of discs (centre x, y0; radius r) at heights ``y``."""
    dy = y - y0
    h = np.sqrt(np.maximum(r * r - dy * dy, 0.0))
    return x - h, x + h


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


def _cols(xs, lo, hi):
    """Column range [c0, c1) of the cell centres ``xs`` (ascending, evenly spaced) within [lo, hi].

    Same answer as ``searchsorted(xs, lo, 'left'), searchsorted(xs, hi, 'right')``, computed
    arithmetically and then corrected by one step where rounding put it off.
    """
    n = len(xs)
    step = xs[1] - xs[0] if n > 1 else 1.0
    with np.errstate(invalid="ignore"):
        c0 = np.clip(np.ceil((lo - xs[0]) / step), 0, n).astype(np.int64)
        c1 = np.clip(np.floor((hi - xs[0]) / step) + 1, 0, n).astype(np.int64)
    padded = np.r_[-np.inf, xs, np.inf]  # padded[k + 1] == xs[k]
    c0 -= padded[c0] >= lo  # xs[c0 - 1] >= lo: one more to the left
    c0 += padded[c0 + 1] < lo  # xs[c0] < lo: one to the right
    c1 += padded[c1 + 1] <= hi  # xs[c1] <= hi: one more to the right
    c1 -= padded[c1] > hi  # xs[c1 - 1] > hi: one to the left
    return c0, c1


def merge_ranges(keys, lo, hi, width):
    """Union of integer ranges [lo, hi) per key: disjoint, sorted ranges (touching ones joined)."""
    ok = hi > lo
    keys, lo, hi = keys[ok], lo[ok], hi[ok]
    if len(keys) == 0:
        return keys, lo, hi
    span = np.int64(width + 2)
    order = np.argsort(keys * span + lo, kind="stable")  # stable: timsort exploits the ascending runs
    keys, lo, hi = keys[order], lo[order], hi[order]
    running = np.maximum.accumulate(keys * span + hi)
    previous = np.empty_like(running)
    previous[0] = -1
    previous[1:] = running[:-1]
    starts = np.flatnonzero(keys * span + lo > previous)
    ends = np.r_[starts[1:], len(keys)] - 1
    return keys[starts], lo[starts], running[ends] - keys[ends] * span


class _TileIntervals:
    """Merged per-claim row intervals of one tile: local claim index, row, [c0, c1)."""

    def __init__(self, grid, tile, prep, claims, local):
        self.grid, self.tile, self.prep, self.claims = grid, tile, prep, claims
        self.local = local  # claim indices in this tile
        xs, ys = grid.centres(tile)
        self.xs, self.ys = xs, ys

    def _row_span(self, ylo, yhi):
        """Padded row range [r0, r1) of cell centres that may lie in [ylo, yhi]."""
        y1, cell = self.grid.ymax - self.tile.row0 * self.grid.cell, self.grid.cell
        r0 = np.floor((y1 - yhi) / cell - 0.5).astype(np.int64) - 1
        r1 = np.floor((y1 - ylo) / cell - 0.5).astype(np.int64) + 2
        return np.clip(r0, 0, self.tile.nrows), np.clip(r1, 0, self.tile.nrows)

    def _rows(self, ylo, yhi):
        """First row and number of rows whose centres lie in [ylo, yhi] (a hair wider, for rounding)."""
        y1, cell = self.grid.ymax - self.tile.row0 * self.grid.cell, self.grid.cell
        r0 = np.clip(np.ceil((y1 - yhi) / cell - 0.5 - 1e-9), 0, self.tile.nrows).astype(np.int64)
        r1 = np.clip(np.floor((y1 - ylo) / cell - 0.5 + 1e-9) + 1, 0, self.tile.nrows).astype(np.int64)
        return r0, np.maximum(r1 - r0, 0)

    def _convex(self, claims, pos, canceled):
        """One interval per row for claims that are convex once grown: min/max over all pieces.

        Claims are bucketed by their number of pieces k (edge rectangles, vertex discs); in a bucket
        every piece is evaluated on every row of its claim as an (rows, k) array, and the per-row
        union of a convex shape is simply [min lo, max hi]: no sorting needed.
        """
        p, rect, disk, nrows = self.prep, self.prep.rect, self.prep.disk, self.tile.nrows
        r0, nrow = self._rows(p.ylo[claims], p.yhi[claims])
        keep = nrow > 0
        claims, r0, nrow = claims[keep], r0[keep], nrow[keep]
        row_start = np.cumsum(nrow) - nrow  # where each claim's rows start in lo/hi
        rows = _ranges(r0, nrow)
        owner = np.repeat(np.arange(len(claims)), nrow)
        y_all = self.ys[rows]
        lo = np.full(len(rows), np.inf)
        hi = np.full(len(rows), -np.inf)
        for start, end, kind in ((p.seg_start, p.seg_end, "rect"), (disk["start"], disk["end"], "disk")):
            npieces = end[claims] - start[claims]
            for k in np.unique(npieces[npieces > 0]):
                chosen = np.flatnonzero(npieces == k)
                slots = _ranges(row_start[chosen], nrow[chosen])
                step = max(1, PAIR_BATCH // int(k))
                for first in range(0, len(slots), step):
                    if canceled and canceled():
                        return None
                    slot = slots[first:first + step]
                    piece = start[claims[owner[slot]]][:, None] + np.arange(k)[None, :]
                    y = y_all[slot][:, None]
                    if kind == "rect":
                        plo, phi = _rect_slices(rect, piece, y)
                        ok = rect["valid"][piece] & (y >= rect["ylo"][piece]) & (y <= rect["yhi"][piece])
                    else:
                        dy = y - disk["y"][piece]
                        h2 = disk["r"][piece] ** 2 - dy * dy
                        ok = h2 >= 0
                        h = np.sqrt(np.where(ok, h2, 0.0))
                        x = disk["x"][piece]
                        plo, phi = x - h, x + h
                    ok &= plo <= phi
                    lo[slot] = np.minimum(lo[slot], np.where(ok, plo, np.inf).min(axis=1))
                    hi[slot] = np.maximum(hi[slot], np.where(ok, phi, -np.inf).max(axis=1))
        c0, c1 = _cols(self.xs, lo, hi)
        ok = c1 > c0
        return pos[claims[owner[ok]]] * nrows + rows[ok], c0[ok], c1[ok]

    def compute(self, canceled=None):
        p, nrows = self.prep, self.tile.nrows
        pos = np.full(len(self.claims), -1, np.int64)
        pos[self.local] = np.arange(len(self.local))
        convex = self.local[p.convex[self.local]]
        found = self._convex(convex, pos, canceled) if len(convex) else None
        if found is None and len(convex):
            return None
        general = self.local[~p.convex[self.local]]
        segs = _ranges(p.seg_start[general], p.seg_end[general] - p.seg_start[general])
        keys, lo, hi = [], [], []

        def emit(k, c0, c1):
            k, c0, c1 = merge_ranges(k, c0, c1, self.tile.ncols)
            keys.append(k)
            lo.append(c0)
            hi.append(c1)

        if len(segs):
            claim = p.seg_claim[segs]
            ax, ay, bx, by = p.ax[segs], p.ay[segs], p.bx[segs], p.by[segs]
            # 1. The claims grown by their radius: rectangles along the segments and discs around the
            #    vertices (their union is the set within R of the boundary), row by row, in batches.
            rect = p.rect
            rsegs = segs[rect["valid"][segs]]
            r0, count = self._rows(rect["ylo"][rsegs], rect["yhi"][rsegs])
            for part in _batches(count, PAIR_BATCH):
                if canceled and canceled():
                    return None
                which = np.repeat(rsegs[part], count[part])
                rows = _ranges(r0[part], count[part])
                c0, c1 = _cols(self.xs, *_rect_slices(rect, which, self.ys[rows]))
                emit(pos[p.seg_claim[which]] * nrows + rows, c0, c1)
            disk = p.disk
            discs = _ranges(disk["start"][general], disk["end"][general] - disk["start"][general])
            r0, count = self._rows(disk["y"][discs] - disk["r"][discs], disk["y"][discs] + disk["r"][discs])
            for part in _batches(count, PAIR_BATCH):
                if canceled and canceled():
                    return None
                which = np.repeat(discs[part], count[part])
                rows = _ranges(r0[part], count[part])
                c0, c1 = _cols(self.xs, *_disc_slices(disk["x"][which], disk["y"][which], disk["r"][which],
                                                      self.ys[rows]))
                emit(pos[disk["claim"][which]] * nrows + rows, c0, c1)
            # 2. Polygon interiors: scanline crossings of the ring edges (half-open in y).
            ring = np.flatnonzero(p.ring[segs])
            if len(ring):
                ax, ay, bx, by, claim = ax[ring], ay[ring], bx[ring], by[ring], claim[ring]
                ylo, yhi = np.minimum(ay, by), np.maximum(ay, by)
                r0, r1 = self._row_span(ylo, yhi)
                n = np.maximum(r1 - r0, 0)
                which = np.repeat(np.arange(len(ring)), n)
                rows = _ranges(r0, n)
                y = self.ys[rows]
                hit = (y >= ylo[which]) & (y < yhi[which])
                which, rows, y = which[hit], rows[hit], y[hit]
                x = ax[which] + (y - ay[which]) * (bx[which] - ax[which]) / (by[which] - ay[which])
                key = pos[claim[which]] * nrows + rows
                order = np.lexsort((x, key))
                key, x = key[order], x[order]
                c0, c1 = _cols(self.xs, x[0::2], x[1::2])
                emit(key[0::2], c0, c1)
        # 3. Points and lines without radius: the cells they touch (Grid.cover).
        for i in self.local[p.touched[self.local]]:
            rows, cols, _ = self.grid.cover(self.claims.geoms[i], self.tile, 0.0)
            emit(np.full(len(rows), pos[i] * nrows) + rows, cols, cols + 1)
        k, c0, c1 = (merge_ranges(np.concatenate(keys), np.concatenate(lo), np.concatenate(hi), self.tile.ncols)
                     if keys else (np.empty(0, np.int64),) * 3)
        if found is not None:  # convex claims: already one disjoint interval per row
            k, c0, c1 = np.r_[k, found[0]], np.r_[c0, found[1]], np.r_[c1, found[2]]
        return self.local[k // nrows], k % nrows, c0, c1


def _paint(tile, rows, c0, c1, values):
    """Sum of ``values`` over the cells [c0, c1) of each row (difference arrays)."""
    width = tile.ncols + 1
    index = np.concatenate([rows * width + c0, rows * width + c1])
    acc = np.bincount(index, np.concatenate([values, -values]), minlength=tile.nrows * width)
    return np.cumsum(acc.reshape(tile.nrows, width), axis=1)[:, :-1]


# Cells expanded at once for the largest-weight mode (each costs ~24 bytes while expanded).
EXPAND_BATCH = 4_000_000
# Up to this many distinct weights in a tile, MAX paints one coverage per weight (difference arrays).
MAX_LEVELS = 32


def _largest(tile, rows, c0, c1, weights):
    """Per cell the largest weight of the ranges covering it (0 where none)."""
    out = np.zeros(tile.nrows * tile.ncols)
    levels = np.unique(weights[weights > 0])
    if len(levels) <= MAX_LEVELS:
        for level in levels:  # ascending: a later, larger weight overwrites
            chosen = weights == level
            covered = _paint(tile, rows[chosen], c0[chosen], c1[chosen], np.ones(int(chosen.sum()))) > 0.5
            out[covered.ravel()] = level
        return out.reshape(tile.nrows, tile.ncols)
    length = c1 - c0
    for part in _batches(length, EXPAND_BATCH):
        n = length[part]
        cells = _ranges(rows[part] * tile.ncols + c0[part], n)
        np.maximum.at(out, cells, np.repeat(weights[part], n))
    return out.reshape(tile.nrows, tile.ncols)


def _tile_values(grid, tile, prep, claims, mode, decay, canceled):
    x0, y0, x1, y1 = grid.tile_bounds(tile)
    local = np.unique(prep.tree.query(shapely.box(x0, y0, x1, y1)))
    if len(local) == 0:
        return np.zeros((tile.nrows, tile.ncols))
    if decay == LINEAR and mode in (SUM, MAX):
        return _tile_decay(grid, tile, claims, local, mode, canceled)
    found = _TileIntervals(grid, tile, prep, claims, local).compute(canceled)
    if found is None:
        return None
    claim, rows, c0, c1 = found
    if mode == COUNT:
        return _paint(tile, rows, c0, c1, np.ones(len(rows)))
    if mode == SUM:
        weights = claims.weights[claim]
        summed = _paint(tile, rows, c0, c1, weights)
        # Difference arrays leave rounding residue where nothing covers; such cells must be exactly 0.
        # The residue is below (additions per row) x eps x (total weight); while that is under half the
        # smallest positive weight (the least a covered cell can hold), a threshold separates them.
        positive = weights[weights > 0]
        residue = (2 * len(weights) + tile.ncols) * np.finfo(float).eps * float(weights.sum())
        if len(positive) and residue < 0.5 * float(positive.min()):
            summed[summed < 0.5 * float(positive.min())] = 0.0
            return summed
        counted = _paint(tile, rows, c0, c1, np.ones(len(rows)))
        return np.where(counted > 0.5, summed, 0.0)
    if mode == DISTINCT:
        nrows = tile.nrows
        k, c0, c1 = merge_ranges(claims.categories[claim] * nrows + rows, c0, c1, tile.ncols)
        return _paint(tile, k % nrows, c0, c1, np.ones(len(k)))
    return _largest(tile, rows, c0, c1, claims.weights[claim])


def _tile_decay(grid, tile, claims, local, mode, canceled):
    """SUM or MAX with linear decay: exact distances from ``Grid.cover``, claim by claim.

    Covered cells are buffered and folded into the tile every ``EXPAND_BATCH`` cells.
    """
    out = np.zeros(tile.nrows * tile.ncols)
    cells, values, held = [], [], 0

    def fold():
        if not cells:
            return
        flat, weight = np.concatenate(cells), np.concatenate(values)
        if mode == SUM:
            out[:] += np.bincount(flat, weight, minlength=len(out))
        else:
            np.maximum.at(out, flat, weight)
        cells.clear()
        values.clear()

    for i in local:
        if canceled and canceled():
            return None
        rows, cols, distance = grid.cover(claims.geoms[i], tile, claims.radii[i])
        radius = claims.radii[i]
        factor = 1.0 - distance / radius if radius > 0 else np.ones(len(rows))
        cells.append(rows * tile.ncols + cols)
        values.append(claims.weights[i] * np.clip(factor, 0.0, 1.0))
        held += len(rows)
        if held > EXPAND_BATCH:
            fold()
            held = 0
    fold()
    return out.reshape(tile.nrows, tile.ncols)


def cumulate(grid, claims, mode=SUM, decay=NO_DECAY, max_cells=DEFAULT_TILE_CELLS, feedback=None, workers=None):
    """Yield ``(tile, values)`` for every tile of ``grid`` in order (values: float64 array of the tile).

    ``feedback`` (optional) is duck-typed like QgsProcessingFeedback: ``isCanceled()`` and
    ``setProgress(percent)``; on cancel the generator stops. ``workers`` threads compute tiles side
    by side (numpy and GEOS release the GIL); at most ``workers + 1`` tiles are in memory at once.
    """
    if mode not in (COUNT, SUM, DISTINCT, MAX):
        raise ValueError(tr("Unknown mode {mode}").format(mode=mode))
    if decay not in (NO_DECAY, LINEAR):
        raise ValueError(tr("Unknown decay {decay}").format(decay=decay))
    check_claims(claims)
    prep = prepare(claims)
    canceled = feedback.isCanceled if feedback is not None else None
    tiles = list(grid.tiles(max_cells))
    workers = max(1, min(workers or os.cpu_count() or 1, 4, len(tiles)))
    if workers > 1 and (decay == LINEAR or prep.touched.any()):
        # Grid.cover prepares geometries; do it once here, not racing in two threads.
        shapely.prepare(claims.geoms[~shapely.is_missing(claims.geoms)])

    def work(tile):
        return _tile_values(grid, tile, prep, claims, mode, decay, canceled)

    with ThreadPoolExecutor(max_workers=workers) as pool:
        pending = deque()
        for n, tile in enumerate(tiles):
            pending.append((tile, pool.submit(work, tile)))
            if len(pending) <= workers and n + 1 < len(tiles):
                continue
            while pending and (len(pending) > workers or n + 1 == len(tiles)):
                done_tile, future = pending.popleft()
                values = future.result()
                if values is None or (canceled and canceled()):
                    for _, other in pending:
                        other.cancel()
                    return
                yield done_tile, values
                if feedback is not None:
                    feedback.setProgress(100.0 * (n + 1 - len(pending)) / len(tiles))


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


# ----------------------------------------------------------------------------------------------
# Hotspots: connected areas (edge-connected cells) where the value >= threshold.


@dataclass
class Hotspot:
    geometry: object
    max_value: float
    area_m2: float
    contributors: dict  # category name -> number of claims covering at least one of its cells

    def contributors_text(self):
        items = sorted(self.contributors.items(), key=lambda item: (-item[1], item[0]))
        return "; ".join(f"{name}: {n}" for name, n in items)


class HotspotCollector:
    """Collects the cells >= threshold tile by tile; ``finish`` builds the hotspot polygons."""

    def __init__(self, grid, threshold):
        if not float(threshold) > 0:
            raise ValueError(tr("The hotspot threshold must be larger than 0 (got {threshold}): every cell is "
                                "at least 0, so the whole extent would be one hotspot.").format(threshold=threshold))
        self.grid, self.threshold = grid, float(threshold)
        self.boxes, self.maxima = [], []

    def add(self, tile, values):
        mask = values >= self.threshold
        if not mask.any():
            return
        padded = np.zeros((tile.nrows, tile.ncols + 2), np.int8)
        padded[:, 1:-1] = mask
        step = np.diff(padded, axis=1)
        rows, starts = np.nonzero(step == 1)
        _, ends = np.nonzero(step == -1)
        flat = np.r_[values.ravel(), 0.0]
        bounds = np.column_stack([rows * tile.ncols + starts, rows * tile.ncols + ends]).ravel()
        self.maxima.append(np.maximum.reduceat(flat, bounds)[0::2])
        cell, x0 = self.grid.cell, self.grid.xmin
        top = self.grid.ymax - (tile.row0 + rows) * cell
        self.boxes.append(shapely.box(x0 + (tile.col0 + starts) * cell, top - cell,
                                      x0 + (tile.col0 + ends) * cell, top))

    def finish(self, claims=None, feedback=None):
        if not self.boxes:
            return []
        boxes, maxima = np.concatenate(self.boxes), np.concatenate(self.maxima)
        areas = shapely.get_parts(shapely.union_all(boxes))
        tree = shapely.STRtree(areas)
        run, area = tree.query(shapely.point_on_surface(boxes), predicate="within")
        best = np.full(len(areas), -np.inf)
        np.maximum.at(best, area, maxima[run])
        result = []
        for k, polygon in enumerate(areas):
            if feedback is not None and feedback.isCanceled():
                break
            contributors = self._contributors(polygon, claims) if claims is not None else {}
            result.append(Hotspot(polygon, float(best[k]), float(polygon.area), contributors))
        return result

    def _contributors(self, polygon, claims):
        """Claims covering at least one cell of the hotspot, counted per category."""
        grid = self.grid
        if not hasattr(self, "_tree"):
            self._tree = shapely.STRtree(claims.geoms)
            self._reach = float(np.max(claims.radii)) if len(claims) else 0.0
        xmin, ymin, xmax, ymax = polygon.bounds
        tile = Tile(int(round((grid.ymax - ymax) / grid.cell)), int(round((xmin - grid.xmin) / grid.cell)),
                    int(round((ymax - ymin) / grid.cell)), int(round((xmax - xmin) / grid.cell)))
        xs, ys = grid.centres(tile)
        shapely.prepare(polygon)
        counts = {}
        for i in self._tree.query(polygon, predicate="dwithin", distance=self._reach + grid.cell):
            rows, cols, _ = grid.cover(claims.geoms[i], tile, claims.radii[i])
            if len(rows) and shapely.intersects_xy(polygon, xs[cols], ys[rows]).any():
                name = claims.names[claims.categories[i]]
                counts[name] = counts.get(name, 0) + 1
        return counts
