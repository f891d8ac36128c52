"""Cross-section (dwarsdoorsnede) along any line: what lies under it, at what distance and depth.

QGIS-free. Section coordinates: x = distance along the section line from its first vertex (m),
y = -depth (m below ground level). What is drawn and how (also in the algorithm's help):

* Cables and pipes (lines) that cross the section line: a circle of their diameter at the distance
  of the intersection point along the section (a pipe crossing at an angle is placed where it meets
  the line, not where it enters the buffer), its top at ``depth_m``. A piece of a pipe that lies
  within ``buffer`` m of the section but does not cross it (running along the section) is a band
  over the stretch it covers when projected onto the section, from ``depth_m`` to
  ``depth_m + diameter_m``.
* Volumes (polygons, and points with a radius): a band over the stretch where they intersect the
  section line, from ``top_m`` to ``bottom_m`` (an unbounded bottom stops at ``depth_max``); one
  within the buffer that does not touch the line: the stretch of its part within the buffer,
  projected onto the section.
* Trees (points of type boom/tree): their root zone, the disc of ``radius_m`` around the trunk
  (2.5 m after CROW 280 / Liander in the defaults table), as a band from ``top_m`` down.
* Missing depths take the network operator's standard depth or the defaults table, as in the
  reservation check (``core.reservation.resolve_obstacles``), and are flagged ``assumed``.
* ``year``: only features valid that year (inclusive, open ends allowed); ``depth_max``: features
  whose top lies deeper are left out, bottoms are cut there.
"""

from dataclasses import dataclass

import numpy as np
import shapely

from . import reservation as res
from .i18n import tr

CIRCLE, BAND = "circle", "band"
PIPE, VOLUME, TREE = "pipe", "volume", "tree"
TREE_TYPES = ("boom", "tree")
MIN_RADIUS = 0.025   # m: a cable without a diameter is drawn this size (5 cm) so it stays visible
MIN_WIDTH = 0.05     # m: the narrowest band (a point volume without a radius)
CIRCLE_SEGMENTS = 8  # quadrant segments of a pipe's circle in the output geometry


def section_line(geoms):
    """The one section line (shapely) from the geometries of the SECTION layer; ValueError otherwise."""
    geoms = [g for g in geoms if g is not None and not g.is_empty]
    if len(geoms) != 1:
        raise ValueError(tr(
            "The section layer has {n} line features; a cross-section needs exactly one. Select one line and "
            "tick 'Selected features only', or draw a single line.").format(n=len(geoms)))
    line = geoms[0]
    if line.geom_type == "MultiLineString":
        line = shapely.line_merge(line)
    if line.geom_type != "LineString":
        raise ValueError(tr("The section line has several separate parts; draw it as one connected line."))
    if line.length <= 0:
        raise ValueError(tr("The section line has no length; draw a line of at least two distinct points."))
    return line


@dataclass
class Items:
    """The cross-section's items as parallel arrays (one row per drawn circle or band)."""

    obstacle: np.ndarray    # index into the Obstacles
    shape: np.ndarray       # CIRCLE / BAND
    kind: np.ndarray        # PIPE / VOLUME / TREE
    distance: np.ndarray    # m along the section: centre
    distance_from: np.ndarray
    distance_to: np.ndarray
    top: np.ndarray         # m below ground level
    bottom: np.ndarray      # m below ground level, inf when unbounded
    geoms: np.ndarray       # shapely polygons in section coordinates

    def __len__(self):
        return len(self.obstacle)


def _kind(obstacles, index):
    if obstacles.kind[index] == res.LINE:
        return PIPE
    if res.type_key(obstacles.utility_type[index]) in TREE_TYPES:
        return TREE
    return VOLUME


def _extent(line, geometry):
    """(from, to) of a geometry's vertices projected onto the line (m along it)."""
    coords = shapely.get_coordinates(geometry)
    positions = shapely.line_locate_point(line, shapely.points(coords))
    return float(positions.min()), float(positions.max())


def _parts(geometry):
    if geometry is None or geometry.is_empty:
        return []
    return list(shapely.get_parts(geometry))


def cut(line, obstacles: res.Obstacles, buffer=1.0, depth_max=10.0, year=None):
    """The items of ``obstacles`` in the cross-section along ``line`` (see the module text)."""
    if not (buffer >= 0 and np.isfinite(buffer)):
        raise ValueError(tr("The buffer must be a finite distance of 0 m or more."))
    if not (depth_max > 0 and np.isfinite(depth_max)):
        raise ValueError(tr("The maximum depth must be a finite depth greater than 0 m."))
    rows = []
    count = len(obstacles)
    if count:
        keep = obstacles.top <= depth_max
        if year is not None:
            keep &= (obstacles.year_from <= year) & (year <= obstacles.year_to)
        candidates = np.flatnonzero(keep)
        point_disc = (obstacles.kind[candidates] == res.POINT) & (obstacles.half_width[candidates] > 0)
        footprints = np.array(obstacles.geoms[candidates], dtype=object)
        if point_disc.any():
            radii = obstacles.half_width[candidates][point_disc]
            footprints[point_disc] = shapely.buffer(footprints[point_disc], radii, quad_segs=64)
        corridor = line.buffer(buffer, cap_style="flat") if buffer > 0 else line
        hits = candidates[shapely.intersects(footprints, corridor)]
        footprint_of = dict(zip(candidates.tolist(), footprints))
        for index in hits.tolist():
            kind = _kind(obstacles, index)
            footprint = footprint_of[index]
            top = float(obstacles.top[index])
            bottom = float(obstacles.bottom[index])
            if kind == PIPE:
                crossing = shapely.intersection(footprint, line)
                for part in _parts(crossing):
                    if part.geom_type == "Point":
                        at = float(shapely.line_locate_point(line, part))
                        rows.append((index, CIRCLE, kind, at, at, top, bottom))
                    else:  # collinear with the section: a band
                        lo, hi = _extent(line, part)
                        rows.append((index, BAND, kind, lo, hi, top, bottom))
                if buffer > 0:
                    for piece in _parts(shapely.intersection(footprint, corridor)):
                        if piece.geom_type != "LineString" or shapely.intersects(piece, line):
                            continue
                        lo, hi = _extent(line, piece)
                        rows.append((index, BAND, kind, lo, hi, top, bottom))
            else:
                stretches = [part for part in _parts(shapely.intersection(footprint, line))
                             if part.geom_type in ("LineString", "Point")]
                if not stretches:
                    stretches = _parts(shapely.intersection(footprint, corridor))
                for part in stretches:
                    lo, hi = _extent(line, part)
                    rows.append((index, BAND, kind, lo, hi, top, bottom))
    if not rows:
        empty = np.array([], dtype=float)
        return Items(np.array([], dtype=np.int64), np.array([], dtype=object), np.array([], dtype=object),
                     empty, empty, empty, empty, empty, np.array([], dtype=object))
    obstacle, shape, kind, lo, hi, top, bottom = (np.array(column) for column in zip(*rows))
    obstacle = obstacle.astype(np.int64)
    lo, hi, top, bottom = (a.astype(float) for a in (lo, hi, top, bottom))
    radius = np.maximum(obstacles.half_width[obstacle], MIN_RADIUS)
    circle = shape == CIRCLE
    centre = (lo + hi) / 2
    # pipes: the circle spans its diameter around the crossing; narrow bands are widened to MIN_WIDTH
    lo = np.where(circle, centre - radius, np.minimum(lo, centre - MIN_WIDTH / 2))
    hi = np.where(circle, centre + radius, np.maximum(hi, centre + MIN_WIDTH / 2))
    # a pipe band at least MIN_WIDTH high (a cable without diameter), as the circles have a minimum radius
    bottom_of_band = np.where(kind == PIPE, np.maximum(bottom, top + MIN_WIDTH), bottom)
    shown_bottom = np.minimum(np.where(circle, top + 2 * radius, bottom_of_band), depth_max)
    geoms = np.empty(len(obstacle), dtype=object)
    if circle.any():
        geoms[circle] = shapely.buffer(shapely.points(centre[circle], -(top[circle] + radius[circle])),
                                       radius[circle], quad_segs=CIRCLE_SEGMENTS)
    if (~circle).any():
        geoms[~circle] = shapely.box(lo[~circle], -shown_bottom[~circle], hi[~circle], -top[~circle])
    order = np.lexsort((top, centre))
    return Items(obstacle[order], shape[order].astype(object), kind[order].astype(object), centre[order],
                 lo[order], hi[order], top[order], bottom[order], geoms[order])


def drawing_section(items: Items, obstacles: res.Obstacles, line_length, title, subtitle="", depth_max=None,
                    log_depth=False, clearances=None, clearance_type=""):
    """A ``section_drawing.Section`` of the items: circles and bands by type and depth, assumed depths
    hatched, and (``clearance_type`` given) the clearance that type must keep from each item."""
    from . import section_drawing as sd

    kinds = {PIPE: sd.PIPE, VOLUME: sd.VOLUME, TREE: sd.TREE}
    drawn = []
    for k in range(len(items)):
        o = items.obstacle[k]
        utility_type = str(obstacles.utility_type[o])
        clearance = 0.0
        if clearances is not None and clearance_type:
            clearance = float(clearances.required(clearance_type, utility_type))
        bottom = float(items.bottom[k])
        if items.kind[k] == PIPE:  # a pipe band as high as the geometry (at least MIN_WIDTH)
            bottom = max(bottom, float(items.top[k]) + MIN_WIDTH)
        if items.shape[k] == CIRCLE:
            bottom = float(items.top[k] + (items.distance_to[k] - items.distance_from[k]))
        drawn.append(sd.SectionItem(
            kind=sd.PIPE if items.shape[k] == CIRCLE else (kinds[items.kind[k]] if items.kind[k] != PIPE
                                                           else sd.VOLUME),
            offset_from=float(items.distance_from[k]), offset_to=float(items.distance_to[k]),
            top=float(items.top[k]), bottom=bottom, utility_type=utility_type,
            label=utility_type, assumed=bool(obstacles.assumed[o]), clearance=clearance))
    return sd.Section(title=title, left_limit=float(line_length), right_limit=0.0, items=drawn, subtitle=subtitle,
                      along=True, depth_max=depth_max, log_depth=log_depth, clearance_type=clearance_type)
