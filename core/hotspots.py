"""Hotspots of a cumulation raster: connected areas (edge-connected cells) where the value >= threshold,
with the largest value, the area and the claims (per category) that contribute."""

from dataclasses import dataclass

import numpy as np
import shapely

from .grid import Tile
from .i18n import tr
from .progress import of as progress_of


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

    def finish(self, claims=None, progress=None):
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
            if progress_of(progress).canceled():
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
