"""The claims a cumulation stacks: their arrays, which of them count (depth window, year), and the grid
that covers them. The kernel that stacks them is core/cumulation.py (which re-exports these names)."""

import math
from dataclasses import dataclass, field
from typing import List

import numpy as np
import shapely

from .canonical import depth_range, ranges_overlap, valid_in_year, year_range
from .grid import Grid, snap_out
from .i18n import tr


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
    fast = _select_plain_numbers(n, tops, bottoms, froms, tos, window, year)
    if fast is not None:
        return fast
    for i in range(n):  # dates, texts, or a value to refuse: one by one, naming the feature
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


def _plain_numbers(values, n, empty):
    """``values`` as floats with ``empty`` for None (all ``empty`` when absent); None unless every value
    is a plain int, float or None (then the caller goes one by one)."""
    if values is None:
        return np.full(n, empty)
    if not all(value is None or type(value) in (int, float) for value in values):
        return None
    array = np.array([empty if value is None else value for value in values], dtype=float)
    array[np.isnan(array)] = empty  # QGIS gives NaN for some NULLs
    return array


def _select_plain_numbers(n, tops, bottoms, froms, tos, window, year):
    """``select_claims`` at once for plain numeric fields (the common case: 100,000 features in ms
    instead of 0.5 s); None when a value is not a plain number or would be refused."""
    top, bottom = _plain_numbers(tops, n, 0.0), _plain_numbers(bottoms, n, np.inf)
    first, last = _plain_numbers(froms, n, -np.inf), _plain_numbers(tos, n, np.inf)
    if any(values is None for values in (top, bottom, first, last)):
        return None
    keep = np.ones(n, bool)
    if window is not None:
        if ((top < 0) | (bottom < 0) | (top > bottom)).any():
            return None
        keep &= ranges_overlap(top, bottom, window[0], window[1])
    if year is not None:
        years = np.concatenate([first, last])
        years = years[np.isfinite(years)]
        if (years != np.floor(years)).any() or (first > last).any():
            return None
        keep &= (first <= year) & (year <= last)
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
    xmin, ymin, xmax, ymax = snap_out(xmin, ymin, xmax, ymax, cell)
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
