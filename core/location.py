"""What can go where at one location: suitability verdicts, the preference ladder, what is present.

A location is a point or a polygon. Its verdicts are those of depth-band suitability evaluated on a
grid made for it: for a point one cell centred on the point (so the verdict is exactly the
suitability at that place), for a polygon the cells of the chosen size whose centres lie inside it
(the same rule as the suitability grid), and the shares of the verdicts are the shares of those
cells. A polygon too small to hold a cell centre is evaluated at a point inside it.
"""

import math
from dataclasses import dataclass, field

import numpy as np
import shapely

from .canonical import ranges_overlap
from .grid import Grid, Tile
from .i18n import tr
from .preference import PreferenceLadder
from .suitability import Suitability

# A location is one tile: 4 million cells (2 km x 2 km at 1 m, 10 km x 10 km at 5 m).
MAX_LOCATION_CELLS = 4 * 1024 * 1024


@dataclass
class Verdict:
    """One (function, band) at a location: cells per verdict code and the reasons of each."""

    function: str
    band: object
    cells: dict = field(default_factory=dict)      # verdict code -> cells
    reasons: dict = field(default_factory=dict)    # verdict code -> [distinct reason texts]


@dataclass
class Preference:
    """The ladder's outcome in one band at a location: cells per preferred function (None: none)."""

    band: object
    cells: dict = field(default_factory=dict)      # preferred function or None -> cells
    competing: dict = field(default_factory=dict)  # preferred function -> functions competing with it
    context: dict = field(default_factory=dict)    # preferred function -> contexts
    reasons: dict = field(default_factory=dict)    # preferred function -> [reason texts]


@dataclass
class LocationResult:
    geometry: object
    cells: int                    # cells evaluated (the denominator of every share)
    cell: float
    at_point: bool                # evaluated at one point (a point, or a polygon too small for a cell)
    verdicts: list                # [Verdict] in (function, band) order of the suitability pairs
    preferences: list             # [Preference] per band
    present: np.ndarray           # indices into the constraints of the features at the location
    counts: list                  # per band: (features present overlapping it, distinct kinds)

    def share(self, cells) -> float:
        return cells / self.cells if self.cells else 0.0


def location_grid(geometry, cell):
    """(Grid, local rows, local cols) of the cells that represent ``geometry``, and whether it is a point.

    Raises ValueError when a polygon needs more than MAX_LOCATION_CELLS cells."""
    if shapely.get_dimensions(geometry) == 2:
        xmin, ymin, xmax, ymax = shapely.bounds(geometry)
        needed = math.ceil((xmax - xmin) / cell) * math.ceil((ymax - ymin) / cell)
        if needed > MAX_LOCATION_CELLS:
            raise ValueError(tr("The location is {width:.0f} m x {height:.0f} m: at cells of {cell:g} m that is "
                                "{n:,} cells, more than the {max:,} a location report evaluates; choose a larger "
                                "cell size (m) or a smaller location.").format(
                width=xmax - xmin, height=ymax - ymin, cell=cell, n=needed, max=MAX_LOCATION_CELLS))
        grid = Grid.from_extent(xmin, ymin, xmax, ymax, cell)  # snapped: the cells of a suitability run
        tile = Tile(0, 0, grid.nrows, grid.ncols)
        rows, cols, _ = grid.cover(geometry, tile)
        if len(rows):
            return grid, rows, cols, False
        geometry = shapely.point_on_surface(geometry)
    x, y = shapely.get_x(geometry), shapely.get_y(geometry)
    grid = Grid(float(x) - cell / 2.0, float(y) + cell / 2.0, float(cell), 1, 1)
    return grid, np.zeros(1, np.int64), np.zeros(1, np.int64), True


def present_at(constraints, geometry):
    """Indices of the constraints that reach the location (within their radius for points and lines)."""
    if not len(constraints):
        return np.empty(0, np.int64)
    reach = shapely.dwithin(constraints.geoms, geometry, constraints.radii)
    touching = shapely.intersects(constraints.geoms, geometry)
    return np.flatnonzero(reach | touching)


def evaluate(geometry, constraints, functions, rules, bands, selected, ladder, cell, layers=None):
    """The LocationResult of one location (a shapely point or polygon in the constraints' CRS); ``layers``: a
    layer model's grids (core.layermodel.LayerGrids), evaluated as depth-band suitability does."""
    grid, rows, cols, at_point = location_grid(geometry, cell)
    # Only the features that can reach the grid matter: evaluate with those (same verdicts, less work).
    area = shapely.box(grid.xmin, grid.ymin, grid.xmax, grid.ymax)
    near = np.flatnonzero(shapely.dwithin(constraints.geoms, area, constraints.radii + cell)) \
        if len(constraints) else np.empty(0, np.int64)
    local = constraints.subset(near)
    suit = Suitability(grid, local, functions, rules, bands, selected, layers=layers)
    ranked = PreferenceLadder(suit, ladder)
    arrays = ranked.evaluate_tile(Tile(0, 0, grid.nrows, grid.ncols))
    verdicts = {(p.function, p.band): Verdict(p.function, p.band) for p in suit.pairs}
    preferences = []
    for state, zone_array in zip(ranked.bands, arrays):
        zone_ids, counts = np.unique(zone_array[rows, cols], return_counts=True)
        preference = Preference(state.band)
        for zone_id, count in zip(zone_ids.tolist(), counts.tolist()):
            zone = state.zones[zone_id]
            for pair, suit_zone in zip(state.pairs, zone.zones):
                verdict, reasons = suit.zone(pair, suit_zone)
                found = verdicts[(pair.function, pair.band)]
                found.cells[verdict] = found.cells.get(verdict, 0) + count
                text = suit.reason_text(reasons)
                if text and text not in found.reasons.setdefault(verdict, []):
                    found.reasons[verdict].append(text)
            outcome = ranked.outcome(state, zone_id)
            preferred = outcome["preferred"]
            preference.cells[preferred] = preference.cells.get(preferred, 0) + count
            competing = preference.competing.setdefault(preferred, [])
            competing.extend(f for f in outcome["competing"] if f not in competing)
            contexts = preference.context.setdefault(preferred, [])
            if outcome["context"] not in contexts:
                contexts.append(outcome["context"])
            text = ranked.reasons_text(outcome)
            if text not in preference.reasons.setdefault(preferred, []):
                preference.reasons[preferred].append(text)
        preferences.append(preference)
    present = near[present_at(local, geometry)]
    counts = []
    for band in bands:
        inside = [i for i in present.tolist()
                  if ranges_overlap(constraints.tops[i], constraints.bottoms[i], band.top, band.bottom)]
        counts.append((len(inside), len({constraints.kinds[i].lower() for i in inside})))
    ordered = [verdicts[(p.function, p.band)] for p in suit.pairs]
    return LocationResult(geometry, len(rows), float(cell), at_point, ordered, preferences, present, counts)
