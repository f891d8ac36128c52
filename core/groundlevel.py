"""From m NAP to metres below ground level: ground level per feature from a raster, and the conversion.

Depth below ground (m, positive downward, the plugin's depth convention in README.md) = ground level (m NAP, e.g. AHN)
- height (m NAP). A top above ground level becomes 0 (counted); a volume that lies entirely above
ground gets top = bottom = 0, which overlaps no depth range (counted); a top below its bottom
(inverted) is kept as computed and counted, so the algorithms that read it skip it with a warning.

Ground level of a feature (``ground_levels``): a point takes the cell it lies in; a polygon the mean of
the cells whose centres lie inside it (as QGIS's zonal statistics), a line the mean of the cells whose
centres lie within half a cell of it; a polygon or line too small to hold a cell centre takes the cell
at its representative point. Cells without data are left out of the mean; a feature on no cell with
data has no ground level (NaN). Rasters are read through a callback, window by window, so a national
AHN need not fit in memory; a window larger than ``max_cells`` is read at a coarser resolution.

No QGIS and no GDAL here: numpy and shapely 2.
"""

import math
from dataclasses import dataclass

import numpy as np
import shapely

from .canonical import to_float
from .i18n import tr
from .progress import of as progress_of

MAX_WINDOW_CELLS = 4_000_000  # cells read for one feature; beyond this the raster is read coarser


@dataclass
class Window:
    """Raster values (float, NaN = no data) of a window: cell (r, c) has its centre at
    ``x0 + (c + 0.5) * dx``, ``y0 - (r + 0.5) * dy`` (north-up)."""

    values: np.ndarray
    x0: float
    y0: float
    dx: float
    dy: float

    def centres(self):
        rows, cols = self.values.shape
        xs = self.x0 + (np.arange(cols) + 0.5) * self.dx
        ys = self.y0 - (np.arange(rows) + 0.5) * self.dy
        return np.meshgrid(xs, ys)


def _value_at(window, x, y):
    if window is None:
        return math.nan
    col = int(math.floor((x - window.x0) / window.dx))
    row = int(math.floor((window.y0 - y) / window.dy))
    rows, cols = window.values.shape
    if 0 <= row < rows and 0 <= col < cols:
        return float(window.values[row, col])
    return math.nan


def _mean(values):
    values = values[np.isfinite(values)]
    return float(values.mean()) if len(values) else math.nan


def ground_level(geometry, read, max_cells=MAX_WINDOW_CELLS):
    """Ground level (m NAP) of one shapely geometry; ``read(xmin, ymin, xmax, ymax, max_cells)`` gives the
    raster :class:`Window` covering those bounds (None when the raster does not reach them)."""
    if geometry is None or shapely.is_missing(geometry) or geometry.is_empty:
        return math.nan
    dimension = shapely.get_dimensions(geometry)
    if dimension == 0:  # a point: its cell; a multipoint: the mean of its points' cells
        values = [_value_at(read(p.x, p.y, p.x, p.y, 1), p.x, p.y) for p in shapely.get_parts(geometry)]
        return _mean(np.asarray(values, dtype=float))
    xmin, ymin, xmax, ymax = geometry.bounds
    window = read(xmin, ymin, xmax, ymax, max_cells)
    value = math.nan
    if window is not None and window.values.size:
        xs, ys = window.centres()
        if dimension == 2:
            inside = shapely.contains_xy(geometry, xs, ys)
        else:
            inside = shapely.dwithin(geometry, shapely.points(xs, ys), 0.5 * min(window.dx, window.dy))
        if inside.any():
            value = _mean(window.values[inside])
            if not math.isnan(value):
                return value
    point = shapely.point_on_surface(geometry)
    return _value_at(read(point.x, point.y, point.x, point.y, 1), point.x, point.y)


BATCH_CELLS = 2_000_000  # cell centres tested against their features in one vectorised call


def ground_levels(geoms, read, max_cells=MAX_WINDOW_CELLS, progress=None):
    """Ground level (m NAP, NaN where unknown) of every geometry in ``geoms`` (see ``ground_level``).

    Vectorised: the cell centres of many features' windows are tested against their features in one
    shapely call and summed with np.bincount, instead of one shapely call per feature. ``progress``
    (core/progress.py): when cancelled, returns None."""
    progress = progress_of(progress)
    geoms = np.asarray(geoms, dtype=object)
    n = len(geoms)
    out = np.full(n, np.nan)
    if not n:
        return out
    present = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    dims = np.where(present, shapely.get_dimensions(geoms), -1)
    for i in np.flatnonzero(dims == 0):  # points: their cell
        out[i] = ground_level(geoms[i], read, max_cells)
    areal = np.flatnonzero(dims >= 1)
    if not len(areal):
        return out
    shapely.prepare(geoms[areal])
    bounds = shapely.bounds(geoms)
    all_areal = areal
    sums, counts = np.zeros(n), np.zeros(n, np.int64)
    parts = []
    pending = 0

    def flush():
        if not parts:
            return
        owner = np.concatenate([p[0] for p in parts])
        xs = np.concatenate([p[1] for p in parts])
        ys = np.concatenate([p[2] for p in parts])
        values = np.concatenate([p[3] for p in parts])
        half = np.concatenate([p[4] for p in parts])
        line = dims[owner] == 1
        inside = np.zeros(len(owner), bool)
        polygon = ~line
        if polygon.any():
            inside[polygon] = shapely.contains_xy(geoms[owner[polygon]], xs[polygon], ys[polygon])
        if line.any():
            inside[line] = shapely.dwithin(geoms[owner[line]], shapely.points(xs[line], ys[line]), half[line])
        used = inside & np.isfinite(values)
        sums[:] += np.bincount(owner[used], weights=values[used], minlength=n)
        counts[:] += np.bincount(owner[used], minlength=n)
        parts.clear()

    whole = read.whole_window() if callable(getattr(read, "whole_window", None)) else None
    if whole is not None:  # the raster is in memory: every feature's window by index arithmetic, no loop
        areal = _windows_in_memory(whole, areal, bounds, max_cells, parts, flush)
    for done, i in enumerate(areal.tolist()):
        if done % 1024 == 0 and progress.canceled():
            return None
        window = read(*bounds[i], max_cells)
        if window is None or not window.values.size:
            continue
        rows, cols = window.values.shape
        xs = window.x0 + (np.arange(cols) + 0.5) * window.dx
        ys = window.y0 - (np.arange(rows) + 0.5) * window.dy
        parts.append((np.full(rows * cols, i, np.int64), np.tile(xs, rows), np.repeat(ys, cols),
                      window.values.ravel(), np.full(rows * cols, 0.5 * min(window.dx, window.dy))))
        pending += rows * cols
        if pending >= BATCH_CELLS:
            flush()
            pending = 0
            progress.set(done / len(areal))
    flush()
    found = counts > 0
    out[found] = sums[found] / counts[found]
    # Too small to hold a cell centre (or only no-data centres): the cell at the representative point.
    for i in all_areal[~found[all_areal]].tolist():
        point = shapely.point_on_surface(geoms[i])
        out[i] = _value_at(read(point.x, point.y, point.x, point.y, 1), point.x, point.y)
    return out


def _windows_in_memory(whole, features, bounds, max_cells, parts, flush):
    """Append (owner, x, y, value, half cell) arrays of the cells in the bounds of ``features`` to ``parts``,
    computed for all features at once from the in-memory raster ``whole``, and ``flush`` them every BATCH_CELLS.
    Returns the features left for the window-by-window path (windows larger than ``max_cells``)."""
    rows, cols = whole.values.shape
    b = bounds[features]
    c0 = np.clip(np.floor((b[:, 0] - whole.x0) / whole.dx), 0, cols).astype(np.int64)
    c1 = np.clip(np.floor((b[:, 2] - whole.x0) / whole.dx) + 1, 0, cols).astype(np.int64)
    r0 = np.clip(np.floor((whole.y0 - b[:, 3]) / whole.dy), 0, rows).astype(np.int64)
    r1 = np.clip(np.floor((whole.y0 - b[:, 1]) / whole.dy) + 1, 0, rows).astype(np.int64)
    width, height = np.maximum(c1 - c0, 0), np.maximum(r1 - r0, 0)
    cells = width * height
    large = cells > max_cells
    small = np.flatnonzero(~large & (cells > 0))
    half = 0.5 * min(whole.dx, whole.dy)
    start = 0
    cumulative = np.cumsum(cells[small])
    while start < len(small):
        limit = (cumulative[start - 1] if start else 0) + BATCH_CELLS
        stop = max(start + 1, int(np.searchsorted(cumulative, limit, side="right")))
        chosen = small[start:stop]
        counts = cells[chosen]
        local = np.repeat(np.arange(len(chosen)), counts)
        offsets = np.concatenate([[0], np.cumsum(counts)[:-1]])
        k = np.arange(int(counts.sum())) - offsets[local]
        row = r0[chosen][local] + k // width[chosen][local]
        col = c0[chosen][local] + k % width[chosen][local]
        parts.append((features[chosen][local], whole.x0 + (col + 0.5) * whole.dx, whole.y0 - (row + 0.5) * whole.dy,
                      whole.values[row, col], np.full(len(k), half)))
        flush()
        start = stop
    return features[large]


def heights(values, what, ids=None):
    """Field values (None = NULL) as floats with NaN for NULL; ValueError naming ``what`` (with ``{index}``:
    the row, or ``ids[row]``) for a text that is not a number."""
    out = np.full(len(values), np.nan)
    for i, value in enumerate(values):
        if value is None:
            continue
        if type(value) in (int, float):
            out[i] = value
            continue
        number = to_float(value, what.format(index=ids[i] if ids is not None else i))
        if number is not None:
            out[i] = number
    out[~np.isfinite(out)] = np.nan
    return out


@dataclass
class Depths:
    """The result of :func:`nap_to_depth`: depths (NaN = empty) and what happened to each feature."""

    top: np.ndarray
    bottom: np.ndarray
    top_above_ground: np.ndarray   # top above ground level: set to 0
    above_ground: np.ndarray       # bottom at or above ground level too: top = bottom = 0
    inverted: np.ndarray           # top (m NAP) below bottom (m NAP): kept, flagged
    no_ground: np.ndarray          # a NAP value but no ground level: depths empty


def nap_to_depth(ground, top_nap, bottom_nap):
    """Depths below ground (m) from ground level and top/bottom heights (all m NAP, NaN = unknown)."""
    ground = np.asarray(ground, dtype=float)
    top_nap = np.asarray(top_nap, dtype=float)
    bottom_nap = np.asarray(bottom_nap, dtype=float)
    has_top, has_bottom = np.isfinite(top_nap), np.isfinite(bottom_nap)
    known = np.isfinite(ground)
    no_ground = ~known & (has_top | has_bottom)
    with np.errstate(invalid="ignore"):
        top = ground - top_nap
        bottom = ground - bottom_nap
        inverted = has_top & has_bottom & (top_nap < bottom_nap)
        above_ground = known & has_bottom & (bottom <= 0) & ~inverted
        top_above_ground = known & has_top & (top < 0)
    top[top_above_ground] = 0.0
    bottom[above_ground] = 0.0
    top[above_ground & ~has_top] = 0.0
    return Depths(top, bottom, top_above_ground, above_ground, inverted, no_ground)


def depth_problems(tops, bottoms):
    """Boolean masks (negative, inverted) of depth values in m below ground (NaN = NULL: top 0, bottom
    unbounded). Negative: a top or bottom above ground level; inverted: the top lies below the bottom."""
    tops = np.asarray(tops, dtype=float)
    bottoms = np.asarray(bottoms, dtype=float)
    with np.errstate(invalid="ignore"):
        negative = (tops < 0) | (bottoms < 0)
        top = np.where(np.isnan(tops), 0.0, tops)
        bottom = np.where(np.isnan(bottoms), np.inf, bottoms)
        inverted = ~negative & (top > bottom)
    return negative, inverted


def describe_counts(depths):
    """(count, message) pairs of what ``nap_to_depth`` changed or flagged (English source text, ``{n}`` to
    fill in); features without ground level are reported by the caller, which knows what it does with them."""
    return [
        (int(depths.top_above_ground.sum()), tr("{n} feature(s) have their top above ground level: top set to 0 m")),
        (int(depths.above_ground.sum()), tr("{n} feature(s) lie entirely above ground level: top and bottom set "
                                            "to 0 m (they overlap no depth range)")),
        (int(depths.inverted.sum()), tr("{n} feature(s) have their top (m NAP) below their bottom: depths kept "
                                        "as computed, the suitability and cumulation algorithms skip them; "
                                        "check the fields")),
    ]
