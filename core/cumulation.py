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
that stay convex when grown (convex polygons, points) need neither pieces nor merge: per row their
interval runs between their left and right boundary chains, where one ``searchsorted`` finds the arc
or shifted edge each row meets (``_chains``). With linear decay the same pieces give the distances:
each covered cell takes the smallest over the pieces holding it (``_TileDistances``). Everything
runs tile by tile (tiles in parallel threads), so memory is bounded by the tile size, not by the
extent. tests/cumulation_reference.py holds the obvious cell-by-cell version (``Grid.cover`` claim by
claim) the tests compare against. Hotspots (connected areas above a threshold): core/hotspots.py.
"""

import os
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
import shapely

from .arrays import ranges

# Selecting the claims and the grid that covers them live in core/claims.py; callers keep using them as
# cumulation.select_claims & co. (explicit re-exports).
from .claims import Claims as Claims
from .claims import check_claims
from .claims import default_grid as default_grid
from .claims import depth_window as depth_window
from .claims import extent_grid as extent_grid
from .claims import select_claims as select_claims
from .grid import DEFAULT_TILE_CELLS
from .i18n import tr
from .progress import of as progress_of

COUNT, SUM, DISTINCT, MAX = 0, 1, 2, 3
NO_DECAY, LINEAR = 0, 1


def decays(mode, decay) -> bool:
    """Do weights fall off with distance? Linear decay changes only the weight modes."""
    return decay == LINEAR and mode in (SUM, MAX)

# (segment, row) pairs worked on at once: ~20 float64 temporaries each, so ~100 MB per batch.
PAIR_BATCH = 600_000
# (claim, row) pairs of convex claims worked on at once: small enough for the temporaries to stay in
# the CPU cache (measured: half the time of 600,000 at a time).
CHAIN_BATCH = 16_384


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
    box: np.ndarray  # per claim: (xmin, ymin, xmax, ymax) grown by the radius; NaN when empty
    seg_start: np.ndarray  # per claim: first segment
    seg_end: np.ndarray
    rect: dict  # per segment of the claims cut into pieces: the rectangle swept by its normal (``_rect_slices``)
    disk: dict  # discs of radius R around the vertices, sorted by claim, with start/end per claim
    convex: np.ndarray  # bool per claim: grown by R > 0 it is convex (one interval per row)
    chains: tuple  # (left, right) boundary chains of the convex claims (see ``_chains``)


def _segments(geoms, index):
    """Consecutive-vertex segments of linear geometries (rings or lines); points give A == B.

    Returns the claim (``index`` of the geometry), A, B and the geometry's position (its path)."""
    coords, owner = shapely.get_coordinates(geoms, return_index=True)
    if len(coords) == 0:
        return np.empty(0, np.int64), np.empty((0, 2)), np.empty((0, 2)), np.empty(0, np.int64)
    is_point = shapely.get_type_id(geoms) == 0
    same = owner[:-1] == owner[1:]
    a, b, who = coords[:-1][same], coords[1:][same], owner[:-1][same]
    if is_point.any():
        points = np.flatnonzero(is_point[owner])
        a = np.concatenate([a, coords[points]])
        b = np.concatenate([b, coords[points]])
        who = np.concatenate([who, owner[points]])
    return index[who], a, b, who


def prepare(claims, every_piece=False):
    """Segments, pieces and chains of the claims; ``every_piece``: pieces for convex claims too
    (the distance-decay path measures distances on them)."""
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
        seg_claim, a, b, path = _segments(geoms, np.arange(n))
        ring = np.ones(len(seg_claim), bool)
    else:
        parts, part_owner = shapely.get_parts(geoms, return_index=True)
        keep = ~touched[part_owner] & ~shapely.is_empty(parts)
        parts, part_owner = parts[keep], part_owner[keep]
        polygon = shapely.get_type_id(parts) == 3
        rings, ring_part = shapely.get_rings(parts[polygon], return_index=True)
        ring_claim = part_owner[polygon][ring_part]
        c1, a1, b1, p1 = _segments(rings, ring_claim)
        other = ~polygon & np.isin(shapely.get_type_id(parts), (0, 1, 2))
        c2, a2, b2, p2 = _segments(parts[other], part_owner[other])
        seg_claim = np.concatenate([c1, c2])
        a = np.concatenate([a1, a2]).reshape(-1, 2)
        b = np.concatenate([b1, b2]).reshape(-1, 2)
        ring = np.concatenate([np.ones(len(c1), bool), np.zeros(len(c2), bool)])
        path = np.concatenate([p1, p2 + len(rings)])
        order = np.argsort(seg_claim, kind="stable")
        seg_claim, a, b, ring, path = seg_claim[order], a[order], b[order], ring[order], path[order]
    seg_start, seg_count = _groups(seg_claim, n)
    seg_end = seg_start + seg_count
    bounds = shapely.bounds(geoms)
    r = claims.radii
    box = np.column_stack([bounds[:, 0] - r, bounds[:, 1] - r, bounds[:, 2] + r, bounds[:, 3] + r])
    box[empty] = np.nan
    ax, ay, bx, by = a[:, 0], a[:, 1], b[:, 0], b[:, 1]
    # Convex polygons and points grown by R > 0 are convex: each row holds one interval, whose ends
    # lie on the left and right boundary chains (``_chains``), found without sorting.
    convex = (r > 0) & ~empty & ((types == 0) | simple)
    vertex = convex[seg_claim] & ((ax != bx) | (ay != by) | (types[seg_claim] == 0))
    convex &= _turns_one_way(seg_claim[vertex], ax[vertex], ay[vertex], n) | (types == 0)
    vertex &= convex[seg_claim]
    vertices = (seg_claim[vertex], ax[vertex], ay[vertex])
    # The other claims are cut into per-segment pieces (``_TileIntervals.compute``).
    pieces = np.arange(len(seg_claim)) if every_piece else np.flatnonzero(~convex[seg_claim])
    rect = _rect_constants(ax[pieces], ay[pieces], bx[pieces], by[pieces], r[seg_claim[pieces]])
    rect["claim"] = seg_claim[pieces]
    rect["index"] = np.full(len(seg_claim), -1)
    rect["index"][pieces] = np.arange(len(pieces))
    discs = _discs(seg_claim[pieces], ax[pieces], ay[pieces], bx[pieces], by[pieces], ring[pieces], path[pieces],
                   r, n, wedges=every_piece)
    return _Prepared(seg_claim, ax, ay, bx, by, ring, touched, box, seg_start, seg_end, rect, discs,
                     convex, (_chains(*vertices, r, 1.0), _chains(*vertices, r, -1.0)))


def _groups(claim, n):
    """First index and count per claim of an array sorted by claim."""
    count = np.bincount(claim, minlength=n)
    return np.cumsum(count) - count, count


def _following(claim, n):
    """Index of the next vertex of the same ring (cyclic) for vertices sorted by claim."""
    start, count = _groups(claim, n)
    index = np.arange(len(claim))
    following = index + 1
    last = index == (start + count - 1)[claim]
    following[last] = start[claim[last]]
    return following


def _turns_one_way(claim, x, y, n):
    """Per claim: its ring (vertices without repeats, in order) turns one way only, so it is convex.

    Valid polygons are simple, and a simple ring that never turns the other way is convex. The test
    is exact (collinear vertices are fine, the smallest turn the other way is not).
    """
    start, count = _groups(claim, n)
    result = np.zeros(n, bool)
    if len(claim) == 0:
        return result
    following = _following(claim, n)
    dx, dy = x[following] - x, y[following] - y
    cross = dx * dy[following] - dy * dx[following]
    has = count >= 3
    lowest = np.minimum.reduceat(cross, start[has])
    highest = np.maximum.reduceat(cross, start[has])
    result[has] = (lowest >= 0) | (highest <= 0)
    return result


def _chains(claim, x, y, radii, sign):
    """The left (``sign`` 1) or right (``sign`` -1) boundary chains of convex claims grown by R.

    Seen with x mirrored by ``sign`` and the ring counter-clockwise, the left chain runs from the
    top-left vertex u_0 down to the bottom-left vertex u_m; its edges all go strictly down. The grown
    shape's left boundary is, from top to bottom: the arc around u_0, the edge u_0 u_1 shifted out
    by R, the arc around u_1, ... the arc around u_m. Unit j (the arc around u_j and the shifted edge
    below it) starts at height B_j = y_j + R n_y, n the outward normal of the edge above it
    (B_0 = y_0 + R). Heights fall along the chain, so one ``searchsorted`` on ``key`` (claim x
    ``span`` + ceiling - B_j: the claims' keys do not overlap) finds the unit of a row.
    ``table`` holds per unit, in mirrored x: the vertex (x, y, R) and the shifted edge as
    x = x_s + (y - y_s) * slope for y_lo <= y <= y_hi (none after the last vertex).
    """
    n = len(radii)
    start, count = _groups(claim, n)
    mirrored = sign * x
    following = _following(claim, n)
    twice_area = np.zeros(n)
    has = count > 0
    if len(claim):
        twice_area[has] = np.add.reduceat(mirrored * y[following] - mirrored[following] * y, start[has])
    # Clockwise rings run backwards: reverse them within their claim.
    order = np.arange(len(claim))
    back = (twice_area < 0)[claim]
    order[back] = (2 * start + count - 1)[claim[back]] - order[back]
    mirrored, y = mirrored[order], y[order]
    top = _extreme(y, mirrored, start, count, has, np.maximum)
    bottom = _extreme(y, mirrored, start, count, has, np.minimum)
    length = np.where(has, (bottom - top) % np.maximum(count, 1) + 1, 0)
    chain_claim = np.repeat(np.arange(n), length)
    step = ranges(np.zeros(n, np.int64), length)
    vertex = start[chain_claim] + (top[chain_claim] + step) % count[chain_claim]
    last = step == (length - 1)[chain_claim]
    after = np.where(last, vertex, np.roll(vertex, -1))
    vx, vy, r = mirrored[vertex], y[vertex], radii[chain_claim]
    dx, dy = mirrored[after] - vx, y[after] - vy
    run = np.where(last, 1.0, np.hypot(dx, dy))
    normal_x, normal_y = dy / run, -dx / run
    table = np.empty((len(vertex), 8))
    table[:, 0], table[:, 1], table[:, 2] = vx, vy, r
    table[:, 3], table[:, 4] = vx + r * normal_x, vy + r * normal_y
    table[:, 5] = np.where(last, 0.0, dx / np.where(last, -1.0, dy))
    table[:, 6] = np.where(last, np.inf, y[after] + r * normal_y)
    table[:, 7] = np.where(last, -np.inf, table[:, 4])
    tops = vy + r * np.where(step == 0, 1.0, np.roll(normal_y, 1))
    ceiling = np.full(n, np.nan)
    ceiling[has] = y[start[has] + top[has]] + radii[has]
    floor = np.full(n, np.nan)
    floor[has] = y[start[has] + bottom[has]] - radii[has]
    span = float(np.nanmax(ceiling - floor)) + 1.0 if has.any() else 1.0
    return {"start": np.cumsum(length) - length, "count": length, "span": span, "ceiling": ceiling,
            "key": chain_claim * span + (ceiling[chain_claim] - tops), "table": table, "sign": sign}


def _extreme(y, x, start, count, has, pick):
    """Per claim the position (within the claim) of its highest (``np.maximum``) or lowest vertex,
    the leftmost one among equals."""
    position = np.zeros(len(start), np.int64)
    if not has.any():
        return position
    sizes = count[has]
    at_level = y == np.repeat(pick.reduceat(y, start[has]), sizes)
    leftmost = np.minimum.reduceat(np.where(at_level, x, np.inf), start[has])
    chosen = np.flatnonzero(at_level & (x == np.repeat(leftmost, sizes)))
    first = chosen[np.searchsorted(chosen, start[has])]
    position[has] = first - start[has]
    return position


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
    return {"valid": valid, "ax": ax, "ay": ay, "ux": ux, "uy": uy, "slope": slope, "across": across,
            "lo1": lo1, "hi1": hi1, "half": half,
            "ylo": np.minimum(ay, by) - grow, "yhi": np.maximum(ay, by) + grow}


def _discs(seg_claim, ax, ay, bx, by, ring, path, radii, n, wedges=False):
    """Discs around every vertex: each segment's start, plus the end of line segments.

    With ``wedges`` (for measuring distances) each disc also carries the directions of the segments
    into (``din``) and out of (``dout``) its vertex, zero where there is none: the vertex can only be
    the nearest point of its claim within the wedge beyond the incoming and before the outgoing
    segment (``_TileDistances``), and the heights that wedge spans.
    """
    dx, dy = bx - ax, by - ay
    ends = ~ring & ((dx != 0) | (dy != 0))
    claim = np.concatenate([seg_claim, seg_claim[ends]])
    x, y = np.concatenate([ax, bx[ends]]), np.concatenate([ay, by[ends]])
    order = np.argsort(claim, kind="stable") if ends.any() else np.arange(len(claim))
    claim, x, y = claim[order], x[order], y[order]
    start, count = _groups(claim, n)
    r = radii[claim]
    disk = {"claim": claim, "x": x, "y": y, "r": r, "start": start, "end": start + count}
    if wedges:
        din, dout = _vertex_directions(dx, dy, ring, path, ends)
        disk["din"], disk["dout"] = din[:, order], dout[:, order]
        low, high = _wedge_heights(disk["din"], disk["dout"])
        disk["wedge_ylo"] = y + r * low - WEDGE_PAD * (1 + r)
        disk["wedge_yhi"] = y + r * high + WEDGE_PAD * (1 + r)
    return disk


def _vertex_directions(dx, dy, ring, path, ends):
    """Per disc of ``_discs`` (segment starts, then line ends) the directions of the segments into and
    out of its vertex (2 x discs; zero where the path starts or ends)."""
    count = len(dx)
    first = np.r_[True, path[1:] != path[:-1]][:count]
    starts = np.flatnonzero(first)
    stops = np.r_[starts[1:], count][:len(starts)]
    last = np.repeat(stops - 1, stops - starts)  # the last segment of each segment's path
    previous = np.where(first, np.where(ring, last, -1), np.arange(count) - 1)  # rings close on themselves
    din = np.where(previous >= 0, np.stack([dx[previous], dy[previous]]), 0.0)
    din = np.concatenate([din, np.stack([dx[ends], dy[ends]])], axis=1)
    dout = np.concatenate([np.stack([dx, dy]), np.zeros((2, int(ends.sum())))], axis=1)
    return din, dout


def _wedge_heights(din, dout):
    """Per vertex wedge (see ``_discs``) the lowest and highest sine of its directions, 0 included
    (the vertex itself): a disc of radius R cut to the wedge spans y + R [low, high].

    (p - v) . din >= 0 is the half-circle of directions around din, (p - v) . dout <= 0 the one
    around -dout; together an arc around their middle direction, narrower by half their angle.
    """
    has_in, has_out = din.any(axis=0), dout.any(axis=0)
    toward_in = np.arctan2(din[1], din[0])
    toward_out = np.arctan2(-dout[1], -dout[0])
    apart = np.angle(np.exp(1j * (toward_out - toward_in)))  # wrapped to [-pi, pi]
    both = has_in & has_out
    centre = np.where(both, toward_in + apart / 2, np.where(has_in, toward_in, toward_out))
    half = np.where(both, np.pi / 2 - np.abs(apart) / 2, np.where(has_in | has_out, np.pi / 2, np.pi))
    # A straight run (opposite half-circles) leaves two directions, not one arc: keep the whole disc.
    half = np.where(half < 1e-6, np.pi, half)
    ends = np.sin(np.stack([centre - half, centre + half]))
    reaches_up = np.abs(np.angle(np.exp(1j * (centre - np.pi / 2)))) <= half
    reaches_down = np.abs(np.angle(np.exp(1j * (centre + np.pi / 2)))) <= half
    high = np.where(reaches_up, 1.0, np.maximum(ends.max(axis=0), 0.0))
    low = np.where(reaches_down, -1.0, np.minimum(ends.min(axis=0), 0.0))
    return low, high


def _batches(count, budget):
    """Consecutive slices of items whose summed ``count`` stays near ``budget``."""
    batch = (np.cumsum(count) - count) // budget
    edges = np.r_[np.flatnonzero(np.diff(batch)) + 1, len(count)]
    start = 0
    for stop in edges:
        if stop > start:
            yield slice(start, int(stop))
        start = int(stop)


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


def _chain_end(chain, claim, y):
    """The end at heights ``y`` of convex claims on ``chain``'s side: left (lo) or right (hi).

    Candidates are the unit's arc and shifted edge, the arc below and the edge above (so rounding at
    a unit's ends cannot matter); each is a point of the grown claim, the outermost is its end.
    """
    start, count = chain["start"][claim], chain["count"][claim]
    key = claim * chain["span"] + (chain["ceiling"][claim] - y)
    unit = np.clip(np.searchsorted(chain["key"], key, "right") - 1, start, start + count - 1)
    table = chain["table"]
    here, below, above = table[unit], table[np.minimum(unit + 1, start + count - 1)], table[np.maximum(unit - 1, start)]
    end = np.full(len(y), np.inf)
    for vertex in (here, below):
        dy = y - vertex[:, 1]
        h2 = vertex[:, 2] ** 2 - dy * dy
        end = np.where(h2 >= 0, np.minimum(end, vertex[:, 0] - np.sqrt(np.maximum(h2, 0.0))), end)
    for edge in (here, above):
        on = (y >= edge[:, 6]) & (y <= edge[:, 7])
        end = np.where(on, np.minimum(end, edge[:, 3] + (y - edge[:, 4]) * edge[:, 5]), end)
    return chain["sign"] * end


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
        """One interval per row for claims that are convex once grown (``_chains``).

        Per row, the left chain gives lo and the right chain hi (``_chain_end``).
        """
        p, nrows = self.prep, self.tile.nrows
        r0, nrow = self._rows(p.box[claims, 1], p.box[claims, 3])
        keep = nrow > 0
        claims, r0, nrow = claims[keep], r0[keep], nrow[keep]
        ends = []
        for part in _batches(nrow, CHAIN_BATCH):
            if canceled and canceled():
                return None
            owner = np.repeat(claims[part], nrow[part])
            rows = ranges(r0[part], nrow[part])
            y = self.ys[rows]
            ends.append((owner, rows, *(_chain_end(chain, owner, y) for chain in p.chains)))
        if not ends:
            return (np.empty(0, np.int64),) * 3
        owner, rows, lo, hi = (np.concatenate(column) for column in zip(*ends))
        c0, c1 = _cols(self.xs, lo, hi)
        ok = c1 > c0
        return pos[owner[ok]] * nrows + rows[ok], c0[ok], c1[ok]

    def _interiors(self, segs, pos):
        """(pos x nrows + row, c0, c1) inside the polygons of segments ``segs``: scanline crossings of the
        ring edges (half-open in y), paired per row (even-odd, so holes stay out)."""
        p, nrows = self.prep, self.tile.nrows
        ring = segs[p.ring[segs]]
        ax, ay, bx, by, claim = p.ax[ring], p.ay[ring], p.bx[ring], p.by[ring], p.seg_claim[ring]
        ylo, yhi = np.minimum(ay, by), np.maximum(ay, by)
        r0, r1 = self._row_span(ylo, yhi)
        n = np.maximum(r1 - r0, 0)
        which = np.repeat(np.arange(len(ring)), n)
        rows = ranges(r0, n)
        y = self.ys[rows]
        hit = (y >= ylo[which]) & (y < yhi[which])
        which, rows, y = which[hit], rows[hit], y[hit]
        x = ax[which] + (y - ay[which]) * (bx[which] - ax[which]) / (by[which] - ay[which])
        key = pos[claim[which]] * nrows + rows
        order = np.lexsort((x, key))
        key, x = key[order], x[order]
        c0, c1 = _cols(self.xs, x[0::2], x[1::2])
        return key[0::2], c0, c1

    def compute(self, canceled=None):
        p, nrows = self.prep, self.tile.nrows
        pos = np.full(len(self.claims), -1, np.int64)
        pos[self.local] = np.arange(len(self.local))
        convex = self.local[p.convex[self.local]]
        found = self._convex(convex, pos, canceled) if len(convex) else None
        if found is None and len(convex):
            return None
        general = self.local[~p.convex[self.local]]
        segs = ranges(p.seg_start[general], p.seg_end[general] - p.seg_start[general])
        keys, lo, hi = [], [], []

        def emit(k, c0, c1):
            k, c0, c1 = merge_ranges(k, c0, c1, self.tile.ncols)
            keys.append(k)
            lo.append(c0)
            hi.append(c1)

        if len(segs):
            # 1. The claims grown by their radius: rectangles along the segments and discs around the
            #    vertices (their union is the set within R of the boundary), row by row, in batches.
            rect = p.rect
            rsegs = rect["index"][segs]
            rsegs = rsegs[rect["valid"][rsegs]]
            r0, count = self._rows(rect["ylo"][rsegs], rect["yhi"][rsegs])
            for part in _batches(count, PAIR_BATCH):
                if canceled and canceled():
                    return None
                which = np.repeat(rsegs[part], count[part])
                rows = ranges(r0[part], count[part])
                c0, c1 = _cols(self.xs, *_rect_slices(rect, which, self.ys[rows]))
                emit(pos[rect["claim"][which]] * nrows + rows, c0, c1)
            disk = p.disk
            discs = ranges(disk["start"][general], disk["end"][general] - disk["start"][general])
            r0, count = self._rows(disk["y"][discs] - disk["r"][discs], disk["y"][discs] + disk["r"][discs])
            for part in _batches(count, PAIR_BATCH):
                if canceled and canceled():
                    return None
                which = np.repeat(discs[part], count[part])
                rows = ranges(r0[part], count[part])
                c0, c1 = _cols(self.xs, *_disc_slices(disk["x"][which], disk["y"][which], disk["r"][which],
                                                      self.ys[rows]))
                emit(pos[disk["claim"][which]] * nrows + rows, c0, c1)
            # 2. Polygon interiors.
            emit(*self._interiors(segs, pos))
        # 3. Points and lines without radius: the cells they touch (Grid.cover).
        for i in self.local[p.touched[self.local]]:
            rows, cols, _ = self.grid.cover(self.claims.geoms[i], self.tile, 0.0)
            emit(np.full(len(rows), pos[i] * nrows) + rows, cols, cols + 1)
        k, c0, c1 = (merge_ranges(np.concatenate(keys), np.concatenate(lo), np.concatenate(hi), self.tile.ncols)
                     if keys else (np.empty(0, np.int64),) * 3)
        if found is not None:  # convex claims: already one disjoint interval per row
            k, c0, c1 = np.r_[k, found[0]], np.r_[c0, found[1]], np.r_[c1, found[2]]
        return self.local[k // nrows], k % nrows, c0, c1


# Cells of claim windows held at once by the distance-decay path (a few float64 arrays each; 1 M
# keeps them near the CPU cache: 13 % faster than 4 M on the benchmark).
WINDOW_BATCH = 1_000_000
# The vertex wedges are widened by this much (m): a wider wedge only adds true distances, and it keeps
# a centre on a wedge's edge from falling between the wedge and the rectangle next to it by rounding.
WEDGE_PAD = 1e-7


class _TileDistances(_TileIntervals):
    """Linearly decayed weights of claims with a radius on one tile (``LINEAR``).

    The distance from a cell centre to a claim is the smallest over the pieces that hold the centre:
    the perpendicular distance for a segment's normal-swept rectangle, the distance to the vertex for
    a vertex's disc (cut to its wedge: a vertex is nearest only beyond the segment into it and before
    the segment out of it), 0 inside a polygon. Every claim gets a window, its grown bounding box on
    the tile; the pieces are folded into the windows rank by rank (the k-th segment of every claim
    at once), so no numpy assignment writes a cell twice.
    """

    def fold(self, out, mode, canceled):
        """Add (SUM) or take the larger (MAX) of the decayed weights into ``out``; False when cancelled."""
        p, local = self.prep, self.local
        r0, nrow = self._rows(p.box[local, 1], p.box[local, 3])
        c0, c1 = _cols(self.xs, p.box[local, 0], p.box[local, 2])
        ncol = np.maximum(c1 - c0, 0)
        for part in _batches(nrow * ncol, WINDOW_BATCH):
            if canceled and canceled():
                return False
            window = _Windows(local[part], r0[part], nrow[part], c0[part], ncol[part], len(self.claims), self.xs)
            self._measure(window)
            self._add(out, window, mode)
        return True

    def _measure(self, window):
        p, ys = self.prep, self.ys
        segs = ranges(p.seg_start[window.claims], p.seg_end[window.claims] - p.seg_start[window.claims])
        rect, disk = p.rect, p.disk
        pieces = rect["index"][segs]
        pieces = pieces[rect["valid"][pieces]]
        for group in _by_rank(pieces - rect["index"][p.seg_start[rect["claim"][pieces]]]):
            which, rows, c0, c1 = self._slices(pieces[group], rect["ylo"], rect["yhi"],
                                               lambda which, y: _rect_slices(rect, which, y))
            # Along a row the signed distance to the segment's line is linear in x: x uy + const.
            ux, uy = rect["ux"][which], rect["uy"][which]
            const = rect["ay"][which] * ux - rect["ax"][which] * uy - ys[rows] * ux
            window.nearer(rect["claim"][which], rows, c0, c1, lambda x, slope, const: np.abs(x * slope + const),
                          uy, const)
        discs = ranges(disk["start"][window.claims], disk["end"][window.claims] - disk["start"][window.claims])
        for group in _by_rank(discs - disk["start"][disk["claim"][discs]]):
            which, rows, c0, c1 = self._slices(discs[group], disk["wedge_ylo"], disk["wedge_yhi"],
                                               lambda which, y: _wedge_slices(disk, which, y))
            window.nearer(disk["claim"][which], rows, c0, c1, lambda x, vx, dy2: np.sqrt((x - vx) ** 2 + dy2),
                          disk["x"][which], (ys[rows] - disk["y"][which]) ** 2)
        pos = np.full(len(self.claims), -1, np.int64)
        pos[window.claims] = np.arange(len(window.claims))
        key, c0, c1 = self._interiors(segs, pos)
        window.inside(window.claims[key // self.tile.nrows], key % self.tile.nrows, c0, c1)

    def _slices(self, which, ylo, yhi, slices):
        """(piece, row, c0, c1): the columns [c0, c1) of the pieces ``which`` on every row they span."""
        r0, count = self._rows(ylo[which], yhi[which])
        which = np.repeat(which, count)
        rows = ranges(r0, count)
        c0, c1 = _cols(self.xs, *slices(which, self.ys[rows]))
        return which, rows, c0, c1

    def _add(self, out, window, mode):
        claims = self.claims
        weight, radius = claims.weights[window.claims], claims.radii[window.claims]
        distance = window.distance
        reached = distance <= np.repeat(radius, window.size)
        value = np.zeros(len(distance))
        value[reached] = (np.repeat(weight, window.size)[reached]
                          - distance[reached] * np.repeat(weight / radius, window.size)[reached])
        if mode == SUM:
            # Tile cells in window order: every window row is a run of ncol cells of a tile row.
            owner = np.repeat(np.arange(len(window.claims)), window.nrow)
            rows = window.r0[owner] + ranges(np.zeros(len(window.claims), np.int64), window.nrow)
            cells = ranges(rows * self.tile.ncols + window.c0[owner], window.ncol[owner])
            out += np.bincount(cells, value, minlength=out.size).reshape(out.shape)
            return
        for j in np.flatnonzero(window.size):
            view = out[window.r0[j]:window.r0[j] + window.nrow[j], window.c0[j]:window.c0[j] + window.ncol[j]]
            block = value[window.offset[j]:window.offset[j] + window.size[j]].reshape(view.shape)
            np.maximum(view, block, out=view)


class _Windows:
    """Per claim a rectangle of cells (row-major, in one flat array) holding the distance so far."""

    def __init__(self, claims, r0, nrow, c0, ncol, n, xs):
        self.claims, self.r0, self.nrow, self.c0, self.ncol, self.xs = claims, r0, nrow, c0, ncol, xs
        self.size = nrow * ncol
        self.offset = np.cumsum(self.size) - self.size
        self.pos = np.full(n, -1, np.int64)
        self.pos[claims] = np.arange(len(claims))
        self.distance = np.full(int(self.size.sum()), np.inf)

    def _cells(self, claim, rows, c0, c1):
        """Window index and column of the cells [c0, c1) on ``rows``, clipped to the claims' windows
        (rounding may put a piece's end a hair beyond the grown bounding box: farther than R there)."""
        j = self.pos[claim]
        row = rows - self.r0[j]
        lo = np.maximum(c0, self.c0[j])
        n = np.where((row >= 0) & (row < self.nrow[j]), np.minimum(c1, self.c0[j] + self.ncol[j]) - lo, 0)
        n = np.maximum(n, 0)
        cols = ranges(lo, n)
        return np.repeat(self.offset[j] + row * self.ncol[j] - self.c0[j], n) + cols, cols, n

    def nearer(self, claim, rows, c0, c1, distance, *per_range):
        """Keep the smaller distance per cell; ``distance(x, *per_range)`` with ``per_range`` values
        repeated over each range's cells. A cell appears at most once per call (one piece per claim)."""
        index, cols, n = self._cells(claim, rows, c0, c1)
        measured = distance(self.xs[cols], *(np.repeat(values, n) for values in per_range))
        self.distance[index] = np.minimum(self.distance[index], measured)

    def inside(self, claim, rows, c0, c1):
        self.distance[self._cells(claim, rows, c0, c1)[0]] = 0.0


def _by_rank(rank):
    """Index groups of equal ``rank`` (a piece's place within its claim), smallest rank first."""
    order = np.argsort(rank, kind="stable")
    bounds = np.flatnonzero(np.diff(rank[order])) + 1
    return np.split(order, bounds) if len(order) else []


def _wedge_slices(disk, which, y):
    """x-intervals at heights ``y`` of the discs ``which`` cut to their vertex wedges (``_discs``):
    (p - v) . din >= 0 and (p - v) . dout <= 0, each widened by ``WEDGE_PAD``."""
    vx, t = disk["x"][which], y - disk["y"][which]
    lo, hi = _disc_slices(vx, disk["y"][which], disk["r"][which], y)
    for (dx, dy), sign in ((disk["din"][:, which], 1.0), (disk["dout"][:, which], -1.0)):
        # sign * ((x - vx) dx + t dy) >= 0: a bound on x where dx != 0, all or nothing where dx == 0
        with np.errstate(divide="ignore", invalid="ignore"):
            bound = vx - t * dy / dx
        lower = sign * dx > 0
        upper = sign * dx < 0
        lo = np.where(lower, np.maximum(lo, bound - WEDGE_PAD), lo)
        hi = np.where(upper, np.minimum(hi, bound + WEDGE_PAD), hi)
        closed = (dx == 0) & (sign * t * dy < -WEDGE_PAD * np.abs(dy))
        hi = np.where(closed, -np.inf, hi)
    return lo, hi


def _paint(tile, rows, c0, c1, values):
    """Sum of ``values`` over the cells [c0, c1) of each row (difference arrays)."""
    width = tile.ncols + 1
    index = np.concatenate([rows * width + c0, rows * width + c1])
    acc = np.bincount(index, np.concatenate([values, -values]), minlength=tile.nrows * width)
    return np.cumsum(acc.reshape(tile.nrows, width), axis=1)[:, :-1]


# Up to this many distinct weights in a tile, MAX paints one coverage per weight (difference arrays);
# beyond, a segment tree per row costs the same whatever the number of weights (measured on a
# 1024 x 1024 tile with 200,000 ranges: 6 ms per weight against 0.16 s for the tree).
MAX_LEVELS = 16


def _largest(tile, rows, c0, c1, weights):
    """Per cell the largest weight of the ranges covering it (0 where none)."""
    levels = np.unique(weights[weights > 0])
    if len(levels) <= MAX_LEVELS:
        out = np.zeros(tile.nrows * tile.ncols)
        for level in levels:  # ascending: a later, larger weight overwrites
            chosen = weights == level
            covered = _paint(tile, rows[chosen], c0[chosen], c1[chosen], np.ones(int(chosen.sum()))) > 0.5
            out[covered.ravel()] = level
        return out.reshape(tile.nrows, tile.ncols)
    return _largest_by_tree(tile, rows, c0, c1, weights)


def _largest_by_tree(tile, rows, c0, c1, weights):
    """``_largest`` with a segment tree per row: each range [c0, c1) falls apart into at most
    2 log2(width) aligned blocks, which keep the largest weight put on them; pushing the block maxima
    down the tree level by level then gives every cell its largest weight. Work: ranges x log(width)
    plus tile x log(width), instead of every covered cell or every distinct weight."""
    size = 1 << max(0, int(tile.ncols - 1).bit_length())  # leaves: a power of two >= ncols
    tree = np.zeros((tile.nrows, 2 * size))
    flat = tree.ravel()
    keep = c1 > c0
    base, lo, hi, weight = rows[keep] * (2 * size), c0[keep] + size, c1[keep] + size, weights[keep]
    while len(lo):  # the classic bottom-up walk, for all ranges at once
        left = (lo & 1) == 1
        np.maximum.at(flat, base[left] + lo[left], weight[left])
        lo = lo + left
        right = (hi & 1) == 1
        hi = hi - right
        np.maximum.at(flat, base[right] + hi[right], weight[right])
        lo, hi = lo >> 1, hi >> 1
        going = lo < hi
        base, lo, hi, weight = base[going], lo[going], hi[going], weight[going]
    level = 1
    while level < size:
        children = tree[:, 2 * level:4 * level]
        np.maximum(children, np.repeat(tree[:, level:2 * level], 2, axis=1), out=children)
        level *= 2
    return tree[:, size:size + tile.ncols]


def _tile_values(grid, tile, prep, claims, mode, decay, canceled):
    x0, y0, x1, y1 = grid.tile_bounds(tile)
    box = prep.box  # NaN (empty claims) compares false
    local = np.flatnonzero((box[:, 0] <= x1) & (box[:, 2] >= x0) & (box[:, 1] <= y1) & (box[:, 3] >= y0))
    if len(local) == 0:
        return np.zeros((tile.nrows, tile.ncols))
    if decays(mode, decay):
        # Without a radius there is nothing to decay: those claims count in full, as intervals.
        grown = claims.radii[local] > 0
        out = (_interval_values(grid, tile, prep, claims, local[~grown], mode, canceled) if not grown.all()
               else np.zeros((tile.nrows, tile.ncols)))
        if out is None or not _TileDistances(grid, tile, prep, claims, local[grown]).fold(out, mode, canceled):
            return None
        return out
    return _interval_values(grid, tile, prep, claims, local, mode, canceled)


def _interval_values(grid, tile, prep, claims, local, mode, canceled):
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


def cumulate(grid, claims, mode=SUM, decay=NO_DECAY, max_cells=DEFAULT_TILE_CELLS, progress=None, workers=None):
    """Yield ``(tile, values)`` for every tile of ``grid`` in order (values: float64 array of the tile).

    ``progress`` (core/progress.py) gets the share of tiles done; on cancel the generator stops.
    ``workers`` threads compute tiles side by side (numpy and GEOS release the GIL); at most
    ``workers + 1`` tiles are in memory at once.
    """
    if mode not in (COUNT, SUM, DISTINCT, MAX):
        raise ValueError(tr("Unknown mode {mode}").format(mode=mode))
    if decay not in (NO_DECAY, LINEAR):
        raise ValueError(tr("Unknown decay {decay}").format(decay=decay))
    check_claims(claims)
    prep = prepare(claims, every_piece=decays(mode, decay))
    progress = progress_of(progress)
    canceled = progress.canceled
    tiles = list(grid.tiles(max_cells))
    workers = max(1, min(workers or os.cpu_count() or 1, 4, len(tiles)))
    if workers > 1 and prep.touched.any():
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
                if values is None or canceled():
                    for _, other in pending:
                        other.cancel()
                    return
                yield done_tile, values
                progress.set((n + 1 - len(pending)) / len(tiles))
