"""Where does it fit? Free space for a new utility in the street's cross-section (ordeningsprofiel).

Semantics (also in the algorithm's help):

* Stations every ``step`` m along each axis feature (chainage runs on over the parts of a multi-part
  axis, as in the reservation check), and at the end of every part. At a station the cross-section is
  the line through the axis point perpendicular to the axis; offsets ``o`` are measured along it,
  positive to the left of the axis direction.
* The new utility is the reservation check's envelope: ``width`` wide, from ``top`` to ``top + height``
  m below ground level, of type ``new_type``. Its centre at offset ``o`` is the point ``P + o n``.
* It fits at ``o`` when, for every obstacle present during ``[year, year + lifetime - 1]``, the
  reservation check would report nothing: ``h = max(0, d - width/2 - half_width)`` with ``d`` the 2D
  distance from the point to the obstacle, ``v`` the separation of the depth intervals,
  ``gap = sqrt(h^2 + v^2)``, and neither ``gap = 0`` nor ``gap < required`` (the clearance table). The
  same obstacle reading, defaults, type normalisation and clearance rule as ``core/reservation.py``.
* The envelope lies within the public space: ``|o| <= half_width - width/2``, or within the parts of the
  cross-section inside the public-space polygons.

Method, per (station, obstacle) pair found by an STRtree (``dwithin`` the largest reach): an obstacle
blocks the offsets where ``d < R`` with the conflict reach ``R = width/2 + half_width + sqrt(required^2
- v^2)`` (nothing when ``v >= required`` and ``v > 0``). For every straight piece of a line, for a point
and for every edge of a polygon that set is where the cross-section meets the piece's capsule of radius
``R``: one interval in closed form (``reservation.capsule_interval``); a polygon also blocks its inside
(the cross-section intersected with it). The free offsets are the allowed range minus the union of the
blocked intervals: interval arithmetic per station, sorted and merged in numpy, no sampling.
"""

import math
from dataclasses import dataclass, field

import numpy as np
import shapely

from . import arrays
from . import reservation as res
from .i18n import tr
from .progress import of as progress_of
from .tables import TableError, read_table

EPS = 1e-9
INSET = 1e-3  # m: a slot at the end of a free interval is moved this far inside it (exact boundary = gap equal
#               to the required clearance; GEOS and numpy round differently there)
MIN_FREE = 2 * INSET  # m: narrower free intervals are not reported
PARALLEL_COS = math.cos(math.radians(30))  # the profile check looks at utilities within 30 degrees of the axis
AXIS, PROPERTY_LINE = "axis", "property_line"
LEFT, RIGHT, BOTH = "left", "right", "both"


# --------------------------------------------------------------------------------------------
# The ordeningsprofiel table
# --------------------------------------------------------------------------------------------

@dataclass
class Zone:
    utility_type: str
    reference: str
    side: str
    offset_from: float
    offset_to: float
    depth_from: float   # NaN: no depth rule
    depth_to: float
    row: int = 0


class Profile:
    """``rules/ordeningsprofiel.csv``: per utility type the lateral zone(s) and the depth range of its top.

    ``reference`` = ``axis``: the offsets are measured from the street axis towards ``side`` (a zone
    across the axis has a negative ``offset_from``); ``property_line``: from the edge of the public space
    (the property line) into the street. ``side`` = left, right or both (mirrored). ``depth_from_m`` /
    ``depth_to_m``: the range of the depth of the top of the cable or pipe (cover), empty = no depth rule.
    """

    COLUMNS = ("utility_type", "reference", "side", "offset_from_m", "offset_to_m")

    def __init__(self, zones, name="ordeningsprofiel.csv"):
        self.name = name
        self.zones = {}
        for zone in zones:
            self.zones.setdefault(res.type_key(zone.utility_type), []).append(zone)

    @classmethod
    def read(cls, path):
        import os

        name = os.path.basename(str(path))
        rows = read_table(path, required=cls.COLUMNS, numeric=("offset_from_m", "offset_to_m", "depth_from_m",
                                                                "depth_to_m"),
                          optional=("depth_from_m", "depth_to_m"),
                          choices={"reference": {AXIS, PROPERTY_LINE}, "side": {LEFT, RIGHT, BOTH}})
        zones = []
        for row in rows:
            low, high = row["offset_from_m"], row["offset_to_m"]
            if low > high:
                raise TableError(tr("Table {file}, row {row}: offset_from_m {low} is larger than offset_to_m "
                                    "{high}.").format(file=name, row=row["_row"], low=low, high=high))
            top = np.nan if row.get("depth_from_m") is None else float(row["depth_from_m"])
            bottom = np.nan if row.get("depth_to_m") is None else float(row["depth_to_m"])
            if (not np.isnan(top) and top < 0) or (not np.isnan(bottom) and bottom < 0) or (
                    not np.isnan(top) and not np.isnan(bottom) and top > bottom):
                raise TableError(tr("Table {file}, row {row}: the depth range {top} - {bottom} m is not a range "
                                    "below ground level (metres, positive downward, from <= to).").format(
                    file=name, row=row["_row"], top=row.get("depth_from_m"), bottom=row.get("depth_to_m")))
            zones.append(Zone(res.normalise_type(row["utility_type"]), row["reference"], row["side"], low, high,
                              top, bottom, row["_row"]))
        return cls(zones, name)

    def has(self, utility_type) -> bool:
        return res.type_key(utility_type) in self.zones

    def intervals(self, utility_type, left_edge, right_edge):
        """Zone intervals (lo, hi) per station (arrays), from the property lines at ``left_edge`` (> 0)
        and ``right_edge`` (< 0) per station."""
        out = []
        for zone in self.zones.get(res.type_key(utility_type), []):
            sides = (LEFT, RIGHT) if zone.side == BOTH else (zone.side,)
            for side in sides:
                if zone.reference == AXIS:
                    if side == LEFT:
                        lo, hi = np.full(len(left_edge), zone.offset_from), np.full(len(left_edge), zone.offset_to)
                    else:
                        lo, hi = np.full(len(left_edge), -zone.offset_to), np.full(len(left_edge), -zone.offset_from)
                elif side == LEFT:
                    lo, hi = left_edge - zone.offset_to, left_edge - zone.offset_from
                else:
                    lo, hi = right_edge + zone.offset_from, right_edge + zone.offset_to
                out.append((lo, hi, zone))
        return out

    def describe(self, utility_type) -> str:
        parts = []
        for zone in self.zones.get(res.type_key(utility_type), []):
            reference = tr("from the axis") if zone.reference == AXIS else tr("from the property line")
            parts.append("{side} {a:g}-{b:g} m {ref}".format(side=zone.side, a=zone.offset_from, b=zone.offset_to,
                                                             ref=reference))
        return "; ".join(parts)


# --------------------------------------------------------------------------------------------
# Stations along the axis
# --------------------------------------------------------------------------------------------

@dataclass
class Stations:
    axis: np.ndarray        # index of the axis feature
    part: np.ndarray        # index of the axis part (into ``parts``)
    chainage: np.ndarray    # m along the axis feature
    xy: np.ndarray          # (n, 2) the point on the axis
    tangent: np.ndarray     # (n, 2) unit direction of the axis
    normal: np.ndarray      # (n, 2) unit normal, to the left
    parts: np.ndarray = None
    part_axis: np.ndarray = None
    part_offset: np.ndarray = None  # chainage of each part's start

    def __len__(self):
        return len(self.chainage)


def axis_parts(geoms):
    parts, owner = shapely.get_parts(np.asarray(geoms, dtype=object), return_index=True)
    keep = (shapely.get_type_id(parts) == 1) & ~shapely.is_empty(parts) if len(parts) else np.zeros(0, bool)
    parts, owner = parts[keep], owner[keep]
    lengths = shapely.length(parts) if len(parts) else np.zeros(0)
    parts, owner, lengths = parts[lengths > 0], owner[lengths > 0], lengths[lengths > 0]
    offsets = np.zeros(len(parts))
    for index in range(1, len(parts)):  # chainage runs on over the parts of one axis feature
        if owner[index] == owner[index - 1]:
            offsets[index] = offsets[index - 1] + lengths[index - 1]
    return parts, owner, offsets, lengths


def make_stations(geoms, step, extra=None) -> Stations:
    """Stations every ``step`` m along each part (and at its end); ``extra``: more chainages (m along the
    axis feature) applied to every axis feature, e.g. for drawings."""
    parts, owner, offsets, lengths = axis_parts(geoms)
    chain, part_of = [], []
    for index, length in enumerate(lengths):
        local = np.arange(0.0, length, step) if step > 0 else np.zeros(1)
        if length - local[-1] > 1e-6:
            local = np.append(local, length)
        if extra is not None and len(extra):
            wanted = np.asarray(extra, dtype=float) - offsets[index]
            local = np.union1d(local, wanted[(wanted >= 0) & (wanted <= length)])
        chain.append(local)
        part_of.append(np.full(len(local), index))
    if not chain:
        empty = np.zeros((0, 2))
        return Stations(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0), empty, empty, empty, parts,
                        owner, offsets)
    local = np.concatenate(chain)
    part = np.concatenate(part_of).astype(np.int64)
    coords, coord_part = shapely.get_coordinates(parts, return_index=True)
    same = coord_part[1:] == coord_part[:-1]
    a, b, seg_part = coords[:-1][same], coords[1:][same], coord_part[:-1][same]
    seg_length = np.hypot(*(b - a).T)
    nonzero = seg_length > 0
    a, b, seg_part, seg_length = a[nonzero], b[nonzero], seg_part[nonzero], seg_length[nonzero]
    cumulative = np.cumsum(seg_length)
    part_start = np.zeros(len(parts))
    first = np.searchsorted(seg_part, np.arange(len(parts)), side="left")
    last = np.searchsorted(seg_part, np.arange(len(parts)), side="right") - 1
    base = np.where(first < len(seg_length), cumulative[np.minimum(first, len(seg_length) - 1)]
                    - seg_length[np.minimum(first, len(seg_length) - 1)], 0.0)
    part_start[:] = base
    position = part_start[part] + local
    k = np.clip(np.searchsorted(cumulative, position, side="right"), first[part], last[part])
    start_k = cumulative[k] - seg_length[k]
    t = np.clip((position - start_k) / seg_length[k], 0.0, 1.0)
    xy = a[k] + t[:, None] * (b[k] - a[k])
    direction = (b - a) / seg_length[:, None]
    tangent = direction[k].copy()
    # at an interior vertex: the bisector of the two segments (the cross-section halves the bend)
    at_start = (t <= 1e-9) & (k > first[part])
    at_end = (t >= 1 - 1e-9) & (k < last[part])
    tangent[at_start] = direction[k[at_start] - 1] + direction[k[at_start]]
    tangent[at_end] = direction[k[at_end]] + direction[k[at_end] + 1]
    norm = np.hypot(tangent[:, 0], tangent[:, 1])
    tangent = np.where(norm[:, None] > 1e-12, tangent / np.where(norm > 1e-12, norm, 1.0)[:, None], direction[k])
    normal = np.column_stack([-tangent[:, 1], tangent[:, 0]])
    return Stations(owner[part], part, offsets[part] + local, xy, tangent, normal, parts, owner, offsets)


# --------------------------------------------------------------------------------------------
# The question
# --------------------------------------------------------------------------------------------

@dataclass
class NewUtility:
    utility_type: str = "warmte"
    width: float = 0.8
    top: float = 0.8
    height: float = 0.6

    @property
    def bottom(self):
        return self.top + self.height


def active(obstacles: res.Obstacles, year, lifetime=1):
    """Obstacles present in some year of ``[year, year + lifetime - 1]`` (inclusive, open ends)."""
    last = year + max(int(lifetime), 1) - 1
    return (obstacles.year_from <= last) & (obstacles.year_to >= year)


def _intervals_of_segments(a, u, length, p0, p1, reach):
    """Offsets (t along the section from ``a``) within ``reach`` of segment p0-p1 (points: p0 = p1)."""
    return res.capsule_interval(a, u, length, p0, p1, reach)


@dataclass
class Blocked:
    """Blocked offset intervals (open) per (station, obstacle) piece."""

    station: np.ndarray
    obstacle: np.ndarray
    lo: np.ndarray
    hi: np.ndarray


@dataclass
class Crossings:
    """Where line obstacles cross the cross-sections (for the profile check and the drawings)."""

    station: np.ndarray
    obstacle: np.ndarray
    offset: np.ndarray
    parallel: np.ndarray  # within 30 degrees of the axis
    xy: np.ndarray
    direction: np.ndarray


@dataclass
class Result:
    stations: Stations
    half_width: np.ndarray       # per station: how far the cross-section reaches either side (m)
    left_edge: np.ndarray        # property line offsets per station
    right_edge: np.ndarray
    allowed: list                # per station: list of (lo, hi) allowed centre offsets
    free_station: np.ndarray     # free intervals (for the centre of the new utility)
    free_lo: np.ndarray
    free_hi: np.ndarray
    fits: np.ndarray
    offset: np.ndarray
    free_from: np.ndarray
    free_to: np.ndarray
    margin: np.ndarray
    in_zone: np.ndarray
    zone_distance: np.ndarray
    blocked: Blocked
    crossings: Crossings
    obstacle_index: np.ndarray   # the obstacles taken into account (present in the years) -> input rows
    required: np.ndarray         # required clearance per input obstacle row
    reach: np.ndarray = field(default=None)

    def free_intervals(self, k):
        rows = np.flatnonzero(self.free_station == k)
        return list(zip(self.free_lo[rows].tolist(), self.free_hi[rows].tolist()))

    def blockers(self, stations):
        """Input obstacle rows that block part of the allowed range at any of ``stations``."""
        mask = np.isin(self.blocked.station, np.asarray(stations))
        return np.unique(self.blocked.obstacle[mask])


def _public_intervals(stations: Stations, half_width, public):
    """Per station the parts of the cross-section inside the public-space polygons: (station, lo, hi)."""
    a = stations.xy - half_width[:, None] * stations.normal
    b = stations.xy + half_width[:, None] * stations.normal
    sections = shapely.linestrings(np.stack([a, b], axis=1))
    tree = shapely.STRtree(public)
    k, j = tree.query(sections, predicate="intersects")
    if len(k) == 0:
        return np.zeros(0, np.int64), np.zeros(0), np.zeros(0)
    pieces = shapely.intersection(sections[k], public[j])
    parts, owner = shapely.get_parts(pieces, return_index=True)
    parts, owner = parts[~shapely.is_empty(parts)], owner[~shapely.is_empty(parts)]
    if len(parts) == 0:
        return np.zeros(0, np.int64), np.zeros(0), np.zeros(0)
    coords, coord_part = shapely.get_coordinates(parts, return_index=True)
    station = k[owner[coord_part]]
    along = np.einsum("ij,ij->i", coords - stations.xy[station], stations.normal[station])
    starts = np.flatnonzero(np.r_[True, coord_part[1:] != coord_part[:-1]])
    lo = np.minimum.reduceat(along, starts)
    hi = np.maximum.reduceat(along, starts)
    return station[starts], lo, hi


def merge_intervals(station, lo, hi, tolerance=0.0):
    """Union of intervals per station: (station, lo, hi) sorted, overlapping or touching ones merged."""
    if len(station) == 0:
        return station, lo, hi
    order, group = arrays.interval_groups(station, lo, hi, tolerance)
    station, lo, hi = station[order], lo[order], hi[order]
    count = group[-1] + 1
    out_lo = np.full(count, np.inf)
    out_hi = np.full(count, -np.inf)
    np.minimum.at(out_lo, group, lo)
    np.maximum.at(out_hi, group, hi)
    out_station = np.zeros(count, np.int64)
    out_station[group] = station
    return out_station, out_lo, out_hi


def free_space(axes, obstacles: res.Obstacles, clearances: res.Clearances, new: NewUtility, half_width=6.0,
               step=5.0, year=2026, lifetime=60, profile: Profile = None, public=None, extra_stations=None,
               progress=None) -> Result:
    """Free offsets for ``new`` at stations along ``axes`` (see the module's docstring)."""
    stations = make_stations(axes, step, extra_stations)
    n = len(stations)
    axis_half = np.broadcast_to(np.asarray(half_width, dtype=float), (len(axes),)) if np.ndim(half_width) \
        else np.full(len(axes), float(half_width))
    hw = axis_half[stations.axis] if n else np.zeros(0)
    half_new = new.width / 2.0
    big = float(np.max(hw, initial=0.0)) + 1e3
    # the allowed range of the new utility's centre, as forbidden intervals (their complement)
    if public is not None and len(public):
        p_station, p_lo, p_hi = merge_intervals(*_public_intervals(stations, hw, np.asarray(public, dtype=object)))
        contains = (p_lo <= EPS) & (p_hi >= -EPS)
        left_edge, right_edge = hw.copy(), -hw.copy()
        left_edge[p_station[contains]] = p_hi[contains]
        right_edge[p_station[contains]] = p_lo[contains]
        a_station, a_lo, a_hi = p_station, p_lo + half_new, p_hi - half_new
    else:
        left_edge, right_edge = hw.copy(), -hw.copy()
        a_station, a_lo, a_hi = np.arange(n), -hw + half_new, hw - half_new
    ok = a_hi - a_lo >= MIN_FREE
    a_station, a_lo, a_hi = a_station[ok], a_lo[ok], a_hi[ok]
    # forbidden: the gaps between allowed intervals, and everything beyond them
    order = np.lexsort((a_lo, a_station))
    a_station, a_lo, a_hi = a_station[order], a_lo[order], a_hi[order]
    first_of = np.r_[True, a_station[1:] != a_station[:-1]] if len(a_station) else np.zeros(0, bool)
    last_of = np.r_[a_station[1:] != a_station[:-1], True] if len(a_station) else np.zeros(0, bool)
    f_station = [a_station, a_station[last_of]]
    f_lo = [np.where(first_of, -big, np.r_[-big, a_hi[:-1]] if len(a_hi) else a_hi), a_hi[last_of]]
    f_hi = [a_lo, np.full(int(last_of.sum()), big)]
    without = np.setdiff1d(np.arange(n), a_station)  # stations without any allowed range
    f_station.append(without)
    f_lo.append(np.full(len(without), -big))
    f_hi.append(np.full(len(without), big))
    allowed = [[] for _ in range(n)]
    for s, lo, hi in zip(a_station.tolist(), a_lo.tolist(), a_hi.tolist()):
        allowed[s].append((lo, hi))

    # obstacles present in the years, with their conflict reach
    present = np.flatnonzero(active(obstacles, year, lifetime)) if len(obstacles) else np.zeros(0, np.int64)
    required_all = res.required_clearances(clearances, new.utility_type, obstacles.utility_type)
    v_all = res.vertical_gap(new.top, new.bottom, obstacles.top, obstacles.bottom) if len(obstacles) else np.zeros(0)
    blocks = (v_all <= EPS) | (v_all < required_all)
    reach_all = half_new + obstacles.half_width + np.sqrt(np.maximum(required_all ** 2 - v_all ** 2, 0.0))
    use = present[blocks[present]] if len(present) else present
    b_station, b_obstacle, b_lo, b_hi = [], [], [], []
    c = Crossings(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0), np.zeros(0, bool), np.zeros((0, 2)),
                  np.zeros((0, 2)))
    if n and len(present):
        a = stations.xy - hw[:, None] * stations.normal
        sections = shapely.linestrings(np.stack([a, stations.xy + hw[:, None] * stations.normal], axis=1))
        geoms = obstacles.geoms[present]
        tree = shapely.STRtree(geoms)
        max_reach = float(np.max(reach_all[use], initial=0.0)) + 1e-6
        k, local = tree.query(sections, predicate="dwithin", distance=max(max_reach, 1e-6))
        j = present[local]
        progress_of(progress).set(0.4)
        kinds = shapely.get_type_id(obstacles.geoms[j])
        polygonal = np.isin(kinds, (3, 6))
        # straight pieces: lines, points, and the edges of polygons
        boundary_geoms = obstacles.geoms.copy()
        poly_rows = np.flatnonzero(np.isin(shapely.get_type_id(obstacles.geoms), (3, 6)))
        if len(poly_rows):
            boundary_geoms[poly_rows] = shapely.boundary(obstacles.geoms[poly_rows])
        primitives = res.obstacle_primitives(boundary_geoms)
        counts = primitives.count[j]
        pair = np.repeat(np.arange(len(k)), counts)
        prim = arrays.ranges(primitives.first[j], counts)
        pk, pj = k[pair], j[pair]
        p0, p1 = primitives.p0[prim], primitives.p1[prim]
        start, u, length = a[pk], stations.normal[pk], 2 * hw[pk]
        radius = reach_all[pj]
        blocking = blocks[pj]
        end = start + u * length[:, None]
        near = ((np.minimum(p0, p1) <= np.maximum(start, end) + radius[:, None]).all(axis=1)
                & (np.maximum(p0, p1) >= np.minimum(start, end) - radius[:, None]).all(axis=1))
        rows = np.flatnonzero(near & blocking)
        lo, hi = _intervals_of_segments(start[rows], u[rows], length[rows], p0[rows], p1[rows], radius[rows])
        hit = lo < hi
        b_station.append(pk[rows][hit])
        b_obstacle.append(pj[rows][hit])
        b_lo.append(lo[hit] - hw[pk[rows][hit]])
        b_hi.append(hi[hit] - hw[pk[rows][hit]])
        # polygons also block their inside
        inside = np.flatnonzero(polygonal & blocks[j])
        if len(inside):
            with np.errstate(invalid="ignore"):  # GEOS sets the flag for sections along a polygon edge
                pieces = shapely.intersection(sections[k[inside]], obstacles.geoms[j[inside]])
            parts, owner = shapely.get_parts(pieces, return_index=True)
            parts, owner = parts[~shapely.is_empty(parts)], owner[~shapely.is_empty(parts)]
            if len(parts):
                coords, coord_part = shapely.get_coordinates(parts, return_index=True)
                st = k[inside][owner[coord_part]]
                along = np.einsum("ij,ij->i", coords - stations.xy[st], stations.normal[st])
                starts = np.flatnonzero(np.r_[True, coord_part[1:] != coord_part[:-1]])
                b_station.append(st[starts])
                b_obstacle.append(j[inside][owner[coord_part[starts]]])
                b_lo.append(np.minimum.reduceat(along, starts))
                b_hi.append(np.maximum.reduceat(along, starts))
        # where line obstacles cross the section (segment-segment intersection, exact)
        line_rows = np.flatnonzero(near & (obstacles.kind[pj] == res.LINE) & np.any(p0 != p1, axis=1))
        c = _crossings(start[line_rows], u[line_rows], length[line_rows], p0[line_rows], p1[line_rows],
                       pk[line_rows], pj[line_rows], stations, hw)
    blocked = Blocked(*(np.concatenate(x) if x else np.zeros(0, d) for x, d in (
        (b_station, np.int64), (b_obstacle, np.int64), (b_lo, float), (b_hi, float))))
    progress_of(progress).set(0.6)
    # free = allowed minus blocked: merge blocked and forbidden, the gaps between are free
    m_station, m_lo, m_hi = merge_intervals(
        np.concatenate([blocked.station] + f_station), np.concatenate([blocked.lo] + f_lo),
        np.concatenate([blocked.hi] + f_hi))
    same = m_station[1:] == m_station[:-1]
    free_station, free_lo, free_hi = m_station[:-1][same], m_hi[:-1][same], m_lo[1:][same]
    wide = free_hi - free_lo >= MIN_FREE
    free_station, free_lo, free_hi = free_station[wide], free_lo[wide], free_hi[wide]
    # keep the blocked pieces that reach into the allowed range (what blocks, per station)
    if len(blocked.station):
        lowest = np.full(n, np.inf)
        highest = np.full(n, -np.inf)
        np.minimum.at(lowest, a_station, a_lo)
        np.maximum.at(highest, a_station, a_hi)
        reaches = (blocked.hi > lowest[blocked.station]) & (blocked.lo < highest[blocked.station])
        blocked = Blocked(blocked.station[reaches], blocked.obstacle[reaches], blocked.lo[reaches],
                          blocked.hi[reaches])
    choice = choose(n, free_station, free_lo, free_hi, profile, new.utility_type, left_edge, right_edge,
                    stations.part)
    return Result(stations, hw, left_edge, right_edge, allowed, free_station, free_lo, free_hi, *choice,
                  blocked=blocked, crossings=c, obstacle_index=present, required=required_all, reach=reach_all)


def _crossings(start, u, length, p0, p1, station, obstacle, stations, hw):
    """Intersections of the sections (start + t u) with obstacle segments p0-p1."""
    d = p1 - p0
    denominator = u[:, 0] * d[:, 1] - u[:, 1] * d[:, 0]
    r = p0 - start
    with np.errstate(divide="ignore", invalid="ignore"):
        t = (r[:, 0] * d[:, 1] - r[:, 1] * d[:, 0]) / denominator
        s = (r[:, 0] * u[:, 1] - r[:, 1] * u[:, 0]) / denominator
    hit = (np.abs(denominator) > 1e-12) & (t >= 0) & (t <= length) & (s >= 0) & (s <= 1)
    seg_length = np.hypot(d[:, 0], d[:, 1])
    direction = d / np.where(seg_length > 0, seg_length, 1.0)[:, None]
    cosine = np.abs(np.einsum("ij,ij->i", direction, stations.tangent[station]))
    xy = start + u * np.nan_to_num(t)[:, None]
    offset = np.nan_to_num(t) - hw[station]
    rows = np.flatnonzero(hit)
    # a section through a vertex meets both segments there: once
    _, first = np.unique(np.column_stack([station[rows], obstacle[rows], np.round(offset[rows], 6)]), axis=0,
                         return_index=True)
    rows = rows[np.sort(first)]
    return Crossings(station[rows], obstacle[rows], offset[rows], cosine[rows] >= PARALLEL_COS, xy[rows],
                     direction[rows])


def choose(n, free_station, free_lo, free_hi, profile, new_type, left_edge, right_edge, part=None):
    """Per station the best offset: inside the profile's zone for the new type (the middle of the free part of
    the zone), else the free point closest to a zone, else (no zone for
    the type) the centre of the widest free interval. Where several are equally good (a zone on either side
    of the street, two free parts of one zone) the choice that keeps consecutive stations in line wins: the
    least lateral movement along each run of fitting stations, then the widest part (``_smoothest``).
    Returns fits, offset, free_from, free_to, margin, in_zone, zone_distance."""
    fits = np.zeros(n, bool)
    offset, free_from, free_to, margin, zone_distance = (np.full(n, np.nan) for _ in range(5))
    in_zone = np.zeros(n, bool)
    if len(free_station) == 0:
        return fits, offset, free_from, free_to, margin, in_zone, zone_distance
    zones = profile.intervals(new_type, left_edge, right_edge) if profile is not None else []
    candidates = []  # (key0, key1, position, interval row)
    rows = np.arange(len(free_station))
    if zones:
        for z_lo, z_hi, _zone in zones:
            lo_z, hi_z = z_lo[free_station], z_hi[free_station]
            overlap_lo, overlap_hi = np.maximum(free_lo, lo_z), np.minimum(free_hi, hi_z)
            overlap = overlap_hi - overlap_lo
            inside = overlap >= MIN_FREE
            distance = np.where(inside, 0.0, np.maximum(lo_z - free_hi, free_lo - hi_z))
            toward_high = lo_z >= free_hi
            # inside: the middle of the free part of the zone
            position = np.where(inside, (overlap_lo + overlap_hi) / 2,
                                np.where(toward_high, free_hi - INSET, free_lo + INSET))
            key0 = np.where(inside, 0, 1)
            key1 = np.where(inside, -overlap, np.maximum(distance, 0.0))
            from_position = np.where(inside, 0.0, np.maximum(0.0, np.maximum(lo_z - position, position - hi_z)))
            candidates.append((key0, key1, position, rows, from_position))
    else:
        candidates.append((np.full(len(rows), 2), -(free_hi - free_lo), (free_lo + free_hi) / 2, rows,
                           np.full(len(rows), np.nan)))
    key0 = np.concatenate([c[0] for c in candidates])
    key1 = np.concatenate([c[1] for c in candidates])
    position = np.concatenate([c[2] for c in candidates])
    row = np.concatenate([c[3] for c in candidates])
    distance = np.concatenate([c[4] for c in candidates])
    station = free_station[row]
    position = np.clip(position, free_lo[row] + INSET, free_hi[row] - INSET)
    # per station only the candidates of the best kind: in a zone; else closest to one; else the widest
    order = np.lexsort((key1, key0, station))
    first = order[np.r_[True, station[order][1:] != station[order][:-1]]]
    best_key0 = np.full(n, 9)
    best_key1 = np.full(n, np.inf)
    best_key0[station[first]], best_key1[station[first]] = key0[first], key1[first]
    eligible = (key0 == best_key0[station]) & ((key0 == 0) | (key1 <= best_key1[station] + 1e-9))
    best = _smoothest(np.flatnonzero(eligible), station, position, key1, part)
    s = station[best]
    fits[s] = True
    position = position[best]
    offset[s] = position
    free_from[s], free_to[s] = free_lo[row[best]], free_hi[row[best]]
    margin[s] = np.minimum(position - free_lo[row[best]], free_hi[row[best]] - position)
    in_zone[s] = key0[best] == 0
    zone_distance[s] = distance[best]
    return fits, offset, free_from, free_to, margin, in_zone, zone_distance


def _smoothest(candidates, station, position, key1, part, width_weight=0.01):
    """One candidate per station: along every run of consecutive stations (within an axis part) the sequence
    with the least total lateral movement sum |o_k - o_k-1| (dynamic programming), ties to the widest part
    (``width_weight`` m of movement per m of width). Returns candidate indices, one per fitting station."""
    order = candidates[np.lexsort((position[candidates], station[candidates]))]
    stations = station[order]
    starts = np.flatnonzero(np.r_[True, stations[1:] != stations[:-1]])
    ends = np.r_[starts[1:], len(order)]
    chosen = []
    previous_station, previous_cost, previous_position, back = -2, None, None, []
    run = []

    def finish():
        if not run:
            return
        index = int(np.argmin(previous_cost))
        picks = []
        for candidates_k, pointer in zip(reversed(run), reversed(back)):
            picks.append(candidates_k[index])
            index = pointer[index] if pointer is not None else index
        chosen.extend(reversed(picks))

    for start, end in zip(starts, ends):
        k = int(stations[start])
        here = order[start:end]
        own = width_weight * key1[here]  # key1 is minus the width of the zone's free part (in a zone)
        same_run = k == previous_station + 1 and part is not None and part[k] == part[previous_station]
        if same_run:
            step = np.abs(position[here][:, None] - previous_position[None, :]) + previous_cost[None, :]
            pointer = np.argmin(step, axis=1)
            cost = step[np.arange(len(here)), pointer] + own
            back.append(pointer)
        else:
            finish()
            run, back = [], []
            cost = own.astype(float)
            back.append(None)
        run.append(here)
        previous_station, previous_cost, previous_position = k, cost, position[here]
    finish()
    return np.array(chosen, dtype=np.int64)


# --------------------------------------------------------------------------------------------
# Derived outputs: bottlenecks, the suggested trace, the profile check
# --------------------------------------------------------------------------------------------

def runs(mask, part):
    """Runs of consecutive True stations within one axis part: list of (first, last) station indices."""
    out = []
    index = np.flatnonzero(mask)
    if len(index) == 0:
        return out
    breaks = np.flatnonzero((np.diff(index) != 1) | (part[index[1:]] != part[index[:-1]]))
    starts = np.r_[index[0], index[breaks + 1]]
    ends = np.r_[index[breaks], index[-1]]
    return list(zip(starts.tolist(), ends.tolist()))


def axis_substring(stations: Stations, part, chainage_from, chainage_to):
    """The axis part between two chainages (m along the axis feature) as a LineString."""
    from shapely.ops import substring

    geometry = stations.parts[part]
    base = stations.part_offset[part]
    length = geometry.length
    lo = min(max(chainage_from - base, 0.0), length)
    hi = min(max(chainage_to - base, 0.0), length)
    piece = substring(geometry, lo, hi)
    if piece.geom_type != "LineString":  # a point: a stretch of zero length
        x, y = piece.x, piece.y
        piece = shapely.LineString([(x, y), (x, y)])
    return piece


def bottlenecks(result: Result, step):
    """Stretches where nothing fits: dicts with axis, part, station_from, station_to, geometry, blockers."""
    st = result.stations
    out = []
    for first, last in runs(~result.fits, st.part):
        part = int(st.part[first])
        base = st.part_offset[part]
        length = st.parts[part].length
        c0 = max(st.chainage[first] - step / 2, base)
        c1 = min(st.chainage[last] + step / 2, base + length)
        out.append({"axis": int(st.axis[first]), "part": part, "first": first, "last": last,
                    "station_from": float(st.chainage[first]), "station_to": float(st.chainage[last]),
                    "geometry": axis_substring(st, part, c0, c1),
                    "blockers": result.blockers(np.arange(first, last + 1))})
    return out


def slot_points(result: Result):
    """The slot positions (x, y) of the fitting stations (NaN elsewhere)."""
    st = result.stations
    return st.xy + np.nan_to_num(result.offset)[:, None] * st.normal


def suggested_traces(result: Result):
    """Lines through the slots of consecutive fitting stations: dicts with axis, station_from, station_to,
    geometry. A single fitting station between bottlenecks gives no line."""
    points = slot_points(result)
    out = []
    for first, last in runs(result.fits, result.stations.part):
        if last == first:
            continue
        out.append({"axis": int(result.stations.axis[first]), "first": first, "last": last,
                    "station_from": float(result.stations.chainage[first]),
                    "station_to": float(result.stations.chainage[last]),
                    "geometry": shapely.LineString(points[first:last + 1])})
    return out


def profile_check(result: Result, obstacles: res.Obstacles, profile: Profile, step):
    """Existing cables and pipes (lines within 30 degrees of the axis) outside their profile zone, laterally
    or in depth. One record per obstacle and run of consecutive stations where it lies outside: dicts with
    axis, obstacle, station_from, station_to, offset_min, offset_max, lateral_excess (m outside the nearest
    zone), depth_excess (m outside the depth range), zone (text), geometry."""
    c = result.crossings
    st = result.stations
    if len(c.station) == 0 or profile is None:
        return []
    keep = c.parallel & np.array([profile.has(t) for t in obstacles.utility_type[c.obstacle]], dtype=bool)
    station, obstacle, offset, xy, direction = (x[keep] for x in (c.station, c.obstacle, c.offset, c.xy,
                                                                   c.direction))
    if len(station) == 0:
        return []
    lateral = np.full(len(station), np.inf)
    depth_excess = np.zeros(len(station))
    for utility_type in np.unique(obstacles.utility_type[obstacle]):
        rows = np.flatnonzero(obstacles.utility_type[obstacle] == utility_type)
        zones = profile.intervals(utility_type, result.left_edge, result.right_edge)
        top = obstacles.top[obstacle[rows]]
        depth_rule = np.full(len(rows), np.inf)
        for z_lo, z_hi, zone in zones:
            o = offset[rows]
            outside = np.maximum(0.0, np.maximum(z_lo[station[rows]] - o, o - z_hi[station[rows]]))
            lateral[rows] = np.minimum(lateral[rows], outside)
            if not (np.isnan(zone.depth_from) and np.isnan(zone.depth_to)):
                low = 0.0 if np.isnan(zone.depth_from) else zone.depth_from
                high = np.inf if np.isnan(zone.depth_to) else zone.depth_to
                excess = np.maximum(0.0, np.maximum(low - top, top - high))
                depth_rule = np.minimum(depth_rule, np.where(outside <= 1e-9, excess, np.inf))
        depth_excess[rows] = np.where(np.isfinite(depth_rule), depth_rule, 0.0)
    bad = (lateral > 1e-6) | (depth_excess > 1e-6)
    out = []
    order = np.lexsort((station, obstacle))
    order = order[bad[order]]
    if len(order) == 0:
        return out
    o_sorted, s_sorted = obstacle[order], station[order]
    split = np.flatnonzero((o_sorted[1:] != o_sorted[:-1]) | (s_sorted[1:] - s_sorted[:-1] != 1)
                           | (st.part[s_sorted[1:]] != st.part[s_sorted[:-1]]))
    for group in np.split(np.arange(len(order)), split + 1):
        rows = order[group]
        points = xy[rows]
        if len(rows) == 1:
            half = direction[rows[0]] * (step / 2)
            points = np.array([points[0] - half, points[0] + half])
        j = int(obstacle[rows[0]])
        out.append({"axis": int(st.axis[station[rows[0]]]), "obstacle": j,
                    "station_from": float(st.chainage[station[rows[0]]]),
                    "station_to": float(st.chainage[station[rows[-1]]]),
                    "offset_min": float(np.min(offset[rows])), "offset_max": float(np.max(offset[rows])),
                    "lateral_excess": float(np.max(lateral[rows])), "depth_excess": float(np.max(depth_excess[rows])),
                    "zone": profile.describe(obstacles.utility_type[j]), "geometry": shapely.LineString(points)})
    return out


def free_text(result: Result, k) -> str:
    return "; ".join("{:.2f} .. {:.2f}".format(lo, hi) for lo, hi in result.free_intervals(k))


def blocking_text(obstacles: res.Obstacles, rows, limit=30) -> str:
    rows = list(rows)
    text = "; ".join("{}:{} ({})".format(obstacles.layer[j], obstacles.fid[j], obstacles.utility_type[j])
                     for j in rows[:limit])
    if len(rows) > limit:
        text += tr("; and {n} more").format(n=len(rows) - limit)
    return text


# --------------------------------------------------------------------------------------------
# Cross-section drawings
# --------------------------------------------------------------------------------------------

def section_at(result: Result, k, obstacles: res.Obstacles, new: NewUtility, profile: Profile = None,
               title="", subtitle=""):
    """A ``section_drawing.Section`` of station ``k``: what the cross-section meets, the free intervals and
    the chosen slot."""
    from . import section_drawing as draw

    st = result.stations
    point, normal, tangent = st.xy[k], st.normal[k], st.tangent[k]
    hw = float(result.half_width[k])
    section = shapely.LineString([point - hw * normal, point + hw * normal])
    blocking = set(result.blocked.obstacle[result.blocked.station == k].tolist())
    items = []
    rows = result.obstacle_index
    if len(rows):
        near = rows[shapely.dwithin(obstacles.geoms[rows], section, obstacles.half_width[rows] + 0.01)]
    else:
        near = rows
    for j in near.tolist():
        geometry = obstacles.geoms[j]
        kind = obstacles.kind[j]
        label = "{} #{}".format(obstacles.utility_type[j], obstacles.fid[j])
        common = {"utility_type": str(obstacles.utility_type[j]), "label": label,
                  "assumed": bool(obstacles.assumed[j]), "clearance": float(result.required[j]),
                  "blocking": j in blocking}
        top, bottom, half = float(obstacles.top[j]), float(obstacles.bottom[j]), float(obstacles.half_width[j])
        if kind == res.POINT:
            q = shapely.get_coordinates(geometry)[0]
            along = float(np.dot(q - point, tangent))
            across = float(np.dot(q - point, normal))
            chord = math.sqrt(max(half * half - along * along, 0.0))
            if chord <= 0:
                continue
            kind_drawn = draw.TREE if res.type_key(obstacles.utility_type[j]) in ("boom", "tree") else draw.VOLUME
            items.append(draw.SectionItem(kind_drawn, across - chord, across + chord, top, bottom, **common))
        elif kind == res.LINE:
            hits = shapely.get_coordinates(shapely.intersection(section, geometry))
            for q in hits:
                across = float(np.dot(q - point, normal))
                items.append(draw.SectionItem(draw.PIPE, across - half, across + half, top,
                                              top + 2 * half if math.isfinite(bottom) else bottom, **common))
        else:
            pieces = shapely.get_parts(shapely.intersection(section, geometry))
            for piece in pieces:
                coords = shapely.get_coordinates(piece)
                if len(coords) == 0:
                    continue
                across = (coords - point) @ normal
                items.append(draw.SectionItem(draw.VOLUME, float(across.min()), float(across.max()), top, bottom,
                                              **common))
    # what blocks without meeting the section (a cable running along it, a tree beside it): a band over
    # the offsets it blocks, at its depth
    drawn = {item.label for item in items}
    for j in sorted(blocking):
        label = "{} #{}".format(obstacles.utility_type[j], obstacles.fid[j])
        if label in drawn:
            continue
        rows = np.flatnonzero((result.blocked.station == k) & (result.blocked.obstacle == j))
        lo = float(result.blocked.lo[rows].min()) + new.width / 2 + float(result.required[j])
        hi = float(result.blocked.hi[rows].max()) - new.width / 2 - float(result.required[j])
        if hi < lo:
            lo = hi = (lo + hi) / 2
        distance = float(shapely.distance(section, obstacles.geoms[j]))
        items.append(draw.SectionItem(
            draw.VOLUME, lo, hi, float(obstacles.top[j]), float(obstacles.bottom[j]),
            utility_type=str(obstacles.utility_type[j]),
            label=label + " " + tr("({d:.1f} m beside)").format(d=distance), assumed=bool(obstacles.assumed[j]),
            clearance=float(result.required[j]), blocking=True))
    zones = [(float(lo[k]), float(hi[k])) for lo, hi, _z in profile.intervals(
        new.utility_type, result.left_edge, result.right_edge)] if profile is not None else []
    offset = float(result.offset[k]) if result.fits[k] else None
    return draw.Section(title, float(result.left_edge[k]), float(result.right_edge[k]), items,
                        draw.NewSlot(new.utility_type, new.width, new.top, new.height, offset),
                        result.free_intervals(k), zones, subtitle)
