"""4D reservation check: does a planned trace (a heat network) fit among cables, pipes, trees and
reserved space, in 3D and over its lifetime; and which planned works lie close in space and time.

Semantics (also in the algorithm's help):

* The trace is an envelope: ``width`` wide, from ``top`` to ``top + height`` m below ground.
* Horizontal gap ``h = max(0, d - width/2 - half_width)`` with ``d`` the 2D distance between trace
  and obstacle and ``half_width`` = diameter/2 (lines), radius (points), 0 (polygons).
* Vertical intervals: trace ``[top, top + height]``, line ``[depth_m, depth_m + diameter_m]``,
  polygon and point ``[top_m, bottom_m]``; ``v`` is their separation (0 when they overlap or touch).
* ``gap = sqrt(h^2 + v^2)``; ``clash`` when gap = 0, ``clearance`` when 0 < gap < required.
* Time: inclusive years, open ends allowed; ``time_overlap`` is reported, it does not filter.

Method: the traces are cut into short segments (``SEGMENT_LENGTH``), an STRtree over the obstacles
finds the (segment, obstacle) pairs within the largest possible reach, the exact 2D distance of every
pair gives the gaps. A conflict stretch is the part of the trace within the pair's *conflict reach*
``width/2 + half_width + sqrt(required^2 - v^2)`` of the obstacle (where gap < required). For lines
and points it is computed in closed form, per straight piece of the obstacle: where the trace segment
meets the capsule of that radius around the piece. For polygons the segment is intersected with the
polygon buffered by a circumscribing polygon (nothing within reach is missed) and the stretch ends are
moved onto the exact boundary by regula falsi. Chainages are exact to about 1e-9 m; gaps are GEOS
distances.
"""

import math
from dataclasses import dataclass, field

import numpy as np
import shapely

from . import arrays
from .canonical import (
    BOTTOM,
    DEPTH,
    DIAMETER,
    OVERLAP_FROM,
    OVERLAP_TO,
    RADIUS,
    STANDARD_DEPTH,
    TOP,
    UNBOUNDED,
    is_null,
    meeting_range,
    parse_year,
    to_float,
    vertical_gap,
)
from .i18n import tr
from .progress import of as progress_of
from .tables import TableError, by_keyword, read_table

WILDCARD = "*"
SEGMENT_LENGTH = 25.0  # m: trace segments for the candidate search (short envelopes, exact chainage)
QUAD_SEGS = 8
# Buffering by reach / cos(pi / (4 * QUAD_SEGS)) makes the buffer polygon circumscribe the true
# offset curve, so no point within the reach is missed.
_CIRCUMSCRIBE = 1.0 / math.cos(math.pi / (4 * QUAD_SEGS))
_EPS = 1e-9

LINE, POLYGON, POINT = "line", "polygon", "point"
CLASH, CLEARANCE = "clash", "clearance"
DEFAULT_COLUMNS = (DEPTH, DIAMETER, TOP, BOTTOM, RADIUS)

# Layers without a utility-type value get a type from their name (trees, crates, reservations),
# else the IMKL code for "other". Documented in the algorithm's help.
LAYER_NAME_TYPES = (
    (("boom", "bomen", "tree"), "boom"),
    (("infiltratie", "krat", "crate"), "infiltratiekrat"),
    (("reserv",), "reservering"),
)
FALLBACK_TYPE = "overig"

# KLIC zones (Import KLIC delivery's zone_type): the request areas mark where was asked, never an obstacle;
# a precaution zone (AanduidingEisVoorzorgsmaatregel) is one, with its own rows in the rule tables.
KLIC_REQUEST_AREAS = {"graafpolygoon", "informatiepolygoon", "orientatiepolygoon"}
KLIC_PRECAUTION_ZONE = "aanduidingeisvoorzorgsmaatregel"
PRECAUTION_TYPE = "EisVoorzorgsmaatregel"
KLIC_DEPTH_POINTS = {"dieptetovmaaiveld", "dieptenap"}


def klic_zone_types(zone_types):
    """For KLIC zones: (keep, type) per feature. Request areas are dropped; precaution zones get the
    obstacle type ``EisVoorzorgsmaatregel``; other or empty zone types keep their own type (None)."""
    keep, types = [], []
    for value in zone_types:
        key = "" if is_null(value) else str(value).strip().lower()
        keep.append(key not in KLIC_REQUEST_AREAS)
        types.append(PRECAUTION_TYPE if key == KLIC_PRECAUTION_ZONE else None)
    return np.array(keep, dtype=bool), types


def klic_point_keep(object_types, link_ids):
    """For KLIC points: a depth measurement that a cable or pipe took (``link_id`` set) is left out, as
    that line carries its depth; one no cable took stays, as a point obstacle at its depth."""
    return np.array([not ((not is_null(kind)) and str(kind).strip().lower() in KLIC_DEPTH_POINTS
                          and not is_null(link) and str(link).strip() != "")
                     for kind, link in zip(object_types, link_ids)], dtype=bool)


def normalise_type(value) -> str:
    """IMKL thema code as written; an IMKL URI (``.../Thema/laagspanning``) gives its last part."""
    if is_null(value):
        return ""
    text = str(value).strip()
    if "/" in text:
        text = text.rstrip("/").rsplit("/", 1)[-1]
    return text


def type_key(value) -> str:
    """The key types are compared by: case does not matter (gasLageDruk = gaslagedruk)."""
    return normalise_type(value).lower()


def type_from_layer_name(name: str) -> str:
    """The obstacle type of a layer without utility-type values, from keywords in its name."""
    return by_keyword(name, LAYER_NAME_TYPES, FALLBACK_TYPE)


def layer_types(values, label, kind, count):
    """The obstacle type of each of ``count`` features of a layer named ``label``: its utility-type value
    (``values`` None: the layer has no such field). A layer without any value takes the type its name suggests
    (type_from_layer_name); in a layer with values, an empty one takes that too for points and polygons, and
    the IMKL code for 'other' for lines."""
    named = type_from_layer_name(label)
    if values is None or all(value is None for value in values):
        return [named] * count
    fallback = named if kind != LINE else FALLBACK_TYPE
    return [fallback if value is None or str(value).strip() == "" else value for value in values]


# --------------------------------------------------------------------------------------------
# Rule tables
# --------------------------------------------------------------------------------------------

class DefaultDepths:
    """``rules/default_depths.csv``: standard-profile values per utility type, ``*`` as fallback.

    A value missing in a type's row falls back to the ``*`` row; missing there too gives None.
    """

    def __init__(self, rows, name="default_depths.csv"):
        self._rows = {}
        for row in rows:
            key = type_key(row["utility_type"])
            if key in self._rows:
                raise TableError(tr("Table {file}, row {row}: utility type '{type}' appears twice.").format(
                    file=name, row=row.get("_row", "?"), type=row["utility_type"]))
            for column in DEFAULT_COLUMNS:
                value = row.get(column)
                if value is not None and value != "" and value < 0:
                    raise TableError(
                        tr("Table {file}, row {row}, column '{column}': {value} is negative; depths and "
                           "sizes are metres (depth below ground level, positive downward).").format(
                            file=name, row=row.get("_row", "?"), column=column, value=value))
            self._rows[key] = {column: (None if row.get(column) in (None, "") else float(row[column]))
                               for column in DEFAULT_COLUMNS}

    @classmethod
    def read(cls, path):
        import os
        rows = read_table(path, required=("utility_type",), numeric=DEFAULT_COLUMNS, optional=DEFAULT_COLUMNS)
        return cls(rows, os.path.basename(str(path)))

    def known(self, utility_type: str) -> bool:
        return type_key(utility_type) in self._rows

    def value(self, utility_type: str, column: str):
        row = self._rows.get(type_key(utility_type))
        if row is not None and row[column] is not None:
            return row[column]
        wildcard = self._rows.get(WILDCARD)
        return None if wildcard is None else wildcard[column]

    def largest(self, column: str) -> float:
        """The largest value of ``column`` over all rows (0 when none has one)."""
        return max([row[column] for row in self._rows.values() if row[column] is not None] + [0.0])

    def values(self, types: np.ndarray, column: str) -> np.ndarray:
        """The default of ``column`` for each type, NaN where there is none."""
        out = np.full(len(types), np.nan)
        for utility_type in np.unique(types) if len(types) else ():
            value = self.value(utility_type, column)
            if value is not None:
                out[types == utility_type] = value
        return out


class Clearances:
    """``rules/clearances.csv``: required 3D clearance between two utility types, symmetric.

    Most specific match wins: an exact pair, else rows with one wildcard (``warmte,*``; where both
    types have one, the larger), else ``*,*``, else 0.
    """

    def __init__(self, rows, name="clearances.csv"):
        self._exact, self._single, self._any = {}, {}, None
        for row in rows:
            type_a, type_b = type_key(row["type_a"]), type_key(row["type_b"])
            value = float(row["clearance_m"])
            if value < 0:
                raise TableError(
                    tr("Table {file}, row {row}, column 'clearance_m': {value} is negative.").format(
                        file=name, row=row.get("_row", "?"), value=value))
            if type_a == WILDCARD and type_b == WILDCARD:
                key, store = None, None
                if self._any is not None:
                    raise TableError(tr("Table {file}, row {row}: the pair '{a}, {b}' appears twice.").format(
                        file=name, row=row.get("_row", "?"), a=type_a, b=type_b))
                self._any = value
                continue
            if WILDCARD in (type_a, type_b):
                key, store = (type_b if type_a == WILDCARD else type_a), self._single
            else:
                key, store = frozenset((type_a, type_b)), self._exact
            if key in store:
                raise TableError(tr("Table {file}, row {row}: the pair '{a}, {b}' appears twice.").format(
                    file=name, row=row.get("_row", "?"), a=type_a, b=type_b))
            store[key] = value

    @classmethod
    def read(cls, path):
        import os
        rows = read_table(path, required=("type_a", "type_b", "clearance_m"), numeric=("clearance_m",))
        return cls(rows, os.path.basename(str(path)))

    def required(self, type_a: str, type_b: str) -> float:
        type_a, type_b = type_key(type_a), type_key(type_b)
        exact = self._exact.get(frozenset((type_a, type_b)))
        if exact is not None:
            return exact
        singles = [self._single[t] for t in (type_a, type_b) if t in self._single]
        if singles:
            return max(singles)
        return 0.0 if self._any is None else self._any

    def known(self, utility_type: str) -> bool:
        key = type_key(utility_type)
        return key in self._single or any(key in pair for pair in self._exact)

    def largest(self) -> float:
        values = list(self._exact.values()) + list(self._single.values()) + [self._any or 0.0]
        return max(values)


# --------------------------------------------------------------------------------------------
# Inputs: plain arrays, validated with messages naming layer, feature id and field
# --------------------------------------------------------------------------------------------

def _where(layer, fid, field_name):
    return tr("Layer '{layer}', feature {fid}, field '{field}'").format(
        layer=layer, fid=fid, field=field_name)


def numbers(values, fids, layer, field_name, negative_ok=False) -> np.ndarray:
    """Field values as floats (NaN for NULL); ValueError naming the feature for text or negatives."""
    values = list(values)
    try:
        out = np.array([np.nan if v is None else v for v in values], dtype=float)
    except (TypeError, ValueError):
        out = np.empty(len(values))
        for index, value in enumerate(values):
            number = to_float(value, _where(layer, fids[index], field_name))
            out[index] = np.nan if number is None else number
    infinite = np.flatnonzero(np.isinf(out))
    if len(infinite):
        raise ValueError(tr("{where}: {value} is not a finite number; give a size in metres.").format(
            where=_where(layer, fids[infinite[0]], field_name), value=out[infinite[0]]))
    if not negative_ok:
        bad = np.flatnonzero(out < 0)
        if len(bad):
            raise ValueError(
                tr("{where}: {value} is negative. Depths and sizes are metres, depth below ground level "
                   "and positive downward; convert NAP heights first ({count} feature(s) affected).").format(
                    where=_where(layer, fids[bad[0]], field_name), value=out[bad[0]], count=len(bad)))
    return out


def years(values, fids, layer, field_name, open_value) -> np.ndarray:
    """Years of ``valid_from``/``valid_to`` values in any supported format; NULL -> ``open_value``."""
    out = np.empty(len(values))
    for index, value in enumerate(values):
        year = parse_year(value, _where(layer, fids[index], field_name))
        out[index] = open_value if year is None else year
    return out


def check_year_order(year_from, year_to, fids, layer):
    bad = np.flatnonzero(year_from > year_to)
    if len(bad):
        raise ValueError(
            tr("Layer '{layer}', feature {fid}: valid_from {first:.0f} is after valid_to {last:.0f}.").format(
                layer=layer, fid=fids[bad[0]], first=year_from[bad[0]], last=year_to[bad[0]]))


class Columns:
    """A dataclass of parallel arrays, one row per item, whose dtypes are ``DTYPES`` in field order: ``len``
    and ``count`` are the number of rows; ``empty()`` has none; ``concat`` stacks chunks."""

    DTYPES = ()

    @classmethod
    def empty(cls):
        return cls(*(np.zeros(0, dtype=dtype) for dtype in cls.DTYPES))

    @classmethod
    def concat(cls, chunks):
        chunks = [chunk for chunk in chunks if len(chunk)]
        if not chunks:
            return cls.empty()
        return cls(*(np.concatenate([getattr(chunk, name) for chunk in chunks]) for name in cls.__dataclass_fields__))

    @property
    def count(self) -> int:
        return len(getattr(self, next(iter(self.__dataclass_fields__))))

    def __len__(self):
        return self.count


@dataclass
class Obstacles(Columns):
    """Obstacles of all layers as parallel arrays (one row per feature)."""

    geoms: np.ndarray
    layer: np.ndarray          # layer name
    fid: np.ndarray            # feature id in its layer
    kind: np.ndarray           # LINE / POLYGON / POINT
    utility_type: np.ndarray
    top: np.ndarray
    bottom: np.ndarray
    half_width: np.ndarray
    assumed: np.ndarray        # a standard depth (operator's or the table's) was used
    year_from: np.ndarray      # -inf when open
    year_to: np.ndarray        # +inf when open

    DTYPES = (object, object, np.int64, object, object, float, float, float, bool, float, float)


def resolve_obstacles(layer, kind, fids, geoms, types, defaults: DefaultDepths, depth=None, diameter=None,
                      top=None, bottom=None, radius=None, valid_from=None, valid_to=None,
                      standard_depth=None) -> Obstacles:
    """Obstacles of one layer with defaults filled in. Field value lists may be None (field absent).

    Lines: ``[depth_m, depth_m + diameter_m]``, half width diameter/2; a NULL depth takes the network
    operator's standard laying depth (``standard_depth``, KLIC's standaardDieptelegging), else the
    table's depth for the type (both ``assumed``); a NULL diameter the table's diameter, else 0. Polygons and points:
    ``[top_m, bottom_m]`` with table defaults, else NULL top = 0 and NULL bottom = unbounded; points get
    the radius (table default, else 0) as half width.
    """
    fids = np.asarray(fids, dtype=np.int64)
    count = len(fids)
    types = np.array([normalise_type(t) for t in types] if count else [], dtype=object)

    def field(values, name):
        return np.full(count, np.nan) if values is None else numbers(values, fids, layer, name)

    assumed = np.zeros(count, dtype=bool)
    if kind == LINE:
        top_m = field(depth, "depth_m")
        size = field(diameter, "diameter_m")
        missing = np.isnan(top_m)
        top_m[missing] = field(standard_depth, STANDARD_DEPTH)[missing]
        top_m[np.isnan(top_m)] = defaults.values(types[np.isnan(top_m)], "depth_m")
        assumed |= missing
        size[np.isnan(size)] = defaults.values(types[np.isnan(size)], "diameter_m")
        size = np.nan_to_num(size, nan=0.0)
        unknown = np.isnan(top_m)  # no depth and no default at all: anywhere from the surface down
        bottom_m = np.where(unknown, UNBOUNDED, top_m + size)
        top_m = np.where(unknown, 0.0, top_m)
        half = size / 2.0
    else:
        top_m, bottom_m = field(top, "top_m"), field(bottom, "bottom_m")
        for values, column in ((top_m, "top_m"), (bottom_m, "bottom_m")):
            missing = np.isnan(values)
            filled = defaults.values(types[missing], column)
            values[missing] = filled
            assumed[np.flatnonzero(missing)[~np.isnan(filled)]] = True
        top_m = np.nan_to_num(top_m, nan=0.0)
        bottom_m = np.where(np.isnan(bottom_m), UNBOUNDED, bottom_m)
        bad = np.flatnonzero(top_m > bottom_m)
        if len(bad):
            raise ValueError(
                tr("Layer '{layer}', feature {fid}: top_m {top} lies below bottom_m {bottom}.").format(
                    layer=layer, fid=fids[bad[0]], top=top_m[bad[0]], bottom=bottom_m[bad[0]]))
        if kind == POINT:
            half = field(radius, RADIUS)
            half[np.isnan(half)] = defaults.values(types[np.isnan(half)], RADIUS)
            half = np.nan_to_num(half, nan=0.0)
        else:
            half = np.zeros(count)
    year_from = (np.full(count, -np.inf) if valid_from is None
                 else years(valid_from, fids, layer, "valid_from", -np.inf))
    year_to = np.full(count, np.inf) if valid_to is None else years(valid_to, fids, layer, "valid_to", np.inf)
    check_year_order(year_from, year_to, fids, layer)
    return Obstacles(np.asarray(geoms, dtype=object), np.full(count, layer, dtype=object), fids,
                     np.full(count, kind, dtype=object), types, top_m.astype(float), bottom_m.astype(float),
                     half.astype(float), assumed, year_from, year_to)


@dataclass
class Traces:
    geoms: np.ndarray
    fid: np.ndarray
    utility_type: str
    top: np.ndarray
    height: np.ndarray
    width: np.ndarray
    year_from: np.ndarray
    year_to: np.ndarray
    name: np.ndarray = None  # the trace's name (report, conflicts); "Trace <fid>" without one

    def __post_init__(self):
        if self.name is None:
            self.name = trace_names(None, self.fid)

    def __len__(self):
        return len(self.geoms)

    @property
    def bottom(self):
        return self.top + self.height


def trace_names(values, fids):
    """The trace names: the name field's value, else ``Trace <fid>`` (also for an empty value)."""
    fids = np.asarray(fids, dtype=np.int64)
    out = np.empty(len(fids), dtype=object)
    for index, fid in enumerate(fids.tolist()):
        value = None if values is None else values[index]
        out[index] = tr("Trace {fid}").format(fid=fid) if is_null(value) or str(value).strip() == "" \
            else str(value).strip()
    return out


def resolve_traces(layer, fids, geoms, utility_type="warmte", depth=0.8, width=1.0, height=0.6,
                   construction_year=2026, lifetime=60, depth_values=None, width_values=None,
                   height_values=None, valid_from=None, valid_to=None) -> Traces:
    """Trace envelopes: per-feature field values override the parameters. A trace without
    ``valid_to`` lives ``lifetime`` years from its ``valid_from`` (inclusive: 2026 + 60 -> 2085)."""
    fids = np.asarray(fids, dtype=np.int64)
    count = len(fids)
    for name, value in (("TRACE_DEPTH", depth), ("TRACE_WIDTH", width), ("TRACE_HEIGHT", height),
                        ("LIFETIME", lifetime)):
        if value is None or value < 0:
            raise ValueError(tr("{name} must be zero or more (got {value}).").format(name=name, value=value))

    def per_feature(values, name, default):
        out = np.full(count, float(default)) if values is None else numbers(values, fids, layer, name)
        return np.where(np.isnan(out), float(default), out)

    top = per_feature(depth_values, "depth_m", depth)
    wide = per_feature(width_values, "width_m", width)
    high = per_feature(height_values, "height_m", height)
    first = (np.full(count, float(construction_year)) if valid_from is None
             else years(valid_from, fids, layer, "valid_from", float(construction_year)))
    last = (np.full(count, np.nan) if valid_to is None else years(valid_to, fids, layer, "valid_to", np.nan))
    last = np.where(np.isnan(last), first + max(float(lifetime), 1.0) - 1.0, last)
    check_year_order(first, last, fids, layer)
    return Traces(np.asarray(geoms, dtype=object), fids, normalise_type(utility_type) or "warmte",
                  top, high, wide, first, last)


# --------------------------------------------------------------------------------------------
# Geometry helpers
# --------------------------------------------------------------------------------------------

@dataclass
class Segments:
    """The traces cut into straight segments with their chainage (m along the trace, continuous
    over the parts of a multi-part trace in part order)."""

    geoms: np.ndarray
    a: np.ndarray
    b: np.ndarray
    trace: np.ndarray
    part: np.ndarray
    start: np.ndarray   # chainage at a
    length: np.ndarray
    part_trace: np.ndarray
    part_offset: np.ndarray  # chainage at the start of each part
    part_length: np.ndarray


def trace_segments(geoms, max_length=SEGMENT_LENGTH) -> Segments:
    parts, part_trace = shapely.get_parts(np.asarray(geoms, dtype=object), return_index=True)
    keep = shapely.get_type_id(parts) == 1  # LineString
    keep &= ~shapely.is_empty(parts)
    parts, part_trace = parts[keep], part_trace[keep]
    part_length = shapely.length(parts) if len(parts) else np.zeros(0)
    dense = shapely.segmentize(parts, max_length) if len(parts) else parts
    coords, coord_part = shapely.get_coordinates(dense, return_index=True)
    same = coord_part[1:] == coord_part[:-1]
    a, b, seg_part = coords[:-1][same], coords[1:][same], coord_part[:-1][same]
    length = np.hypot(*(b - a).T) if len(a) else np.zeros(0)
    cumulative = np.cumsum(length) - length
    seg_trace = part_trace[seg_part]
    # chainage restarts at 0 for each trace and runs on over its parts
    first_of_trace = np.ones(len(seg_trace), dtype=bool)
    first_of_trace[1:] = seg_trace[1:] != seg_trace[:-1]
    trace_base = np.maximum.accumulate(np.where(first_of_trace, cumulative, 0.0)) if len(length) else length
    start = cumulative - trace_base
    part_offset = np.zeros(len(parts))
    if len(seg_part):
        first_of_part = np.ones(len(seg_part), dtype=bool)
        first_of_part[1:] = seg_part[1:] != seg_part[:-1]
        part_offset[seg_part[first_of_part]] = start[first_of_part]
    nonzero = length > 0
    segs = (shapely.linestrings(np.stack([a, b], axis=1)[nonzero]) if nonzero.any()
            else np.array([], dtype=object))
    return Segments(segs, a[nonzero], b[nonzero], seg_trace[nonzero], seg_part[nonzero], start[nonzero],
                    length[nonzero], part_trace, part_offset, part_length)


def trace_boxes(geoms, reach) -> np.ndarray:
    """Boxes (xmin, ymin, xmax, ymax) that together cover everything within ``reach`` of the traces:
    one per straight piece, a slanted segment cut into n pieces so that a box wastes no more area
    than the strip it covers (n >= |dx| |dy| / (2 reach L)). Small spatial-index requests."""
    parts = shapely.get_parts(np.asarray(geoms, dtype=object))
    coords, owner = shapely.get_coordinates(parts, return_index=True)
    same = owner[1:] == owner[:-1]
    a, b = coords[:-1][same], coords[1:][same]
    if len(a) == 0:
        return np.zeros((0, 4))
    delta = np.abs(b - a)
    length = np.maximum(np.hypot(delta[:, 0], delta[:, 1]), 1e-9)
    pieces = np.maximum(1, np.ceil(delta[:, 0] * delta[:, 1] / (2 * max(reach, 1e-3) * length))).astype(np.int64)
    segment = np.repeat(np.arange(len(a)), pieces)
    step = arrays.offsets(pieces)
    t0 = (step / pieces[segment])[:, None]
    t1 = ((step + 1) / pieces[segment])[:, None]
    p0 = a[segment] + t0 * (b - a)[segment]
    p1 = a[segment] + t1 * (b - a)[segment]
    boxes = np.column_stack([np.minimum(p0, p1) - reach, np.maximum(p0, p1) + reach])
    # join neighbouring boxes while that adds little area (a densely digitised, almost straight
    # trace would otherwise give thousands of requests)
    merged = [boxes[0].copy()]
    for box in boxes[1:]:
        last = merged[-1]
        union = np.r_[np.minimum(last[:2], box[:2]), np.maximum(last[2:], box[2:])]
        if _area(union) <= 1.25 * (_area(last) + _area(box)):
            merged[-1] = union
        else:
            merged.append(box.copy())
    return np.array(merged)


def _area(box):
    return (box[2] - box[0]) * (box[3] - box[1])


def _merge_intervals(keys, starts, ends, tolerance=1e-6):
    """Merge touching/overlapping intervals that share a key. Returns (group index per input, order)."""
    order, group_sorted = arrays.interval_groups(keys, starts, ends, tolerance)
    group = np.empty(len(order), dtype=np.int64)
    group[order] = group_sorted
    return group


@dataclass
class Primitives:
    """The straight pieces of line and point obstacles: segment p0-p1 (a point: p0 = p1), per
    obstacle a contiguous run ``first[o] .. first[o] + count[o]`` (polygons have none)."""

    p0: np.ndarray
    p1: np.ndarray
    first: np.ndarray
    count: np.ndarray


def obstacle_primitives(geoms) -> Primitives:
    geoms = np.asarray(geoms, dtype=object)
    linear = np.isin(shapely.get_type_id(geoms), (0, 1, 2, 4, 5))  # (multi)points and (multi)lines
    parts, owner = shapely.get_parts(geoms[linear], return_index=True)
    owner = np.flatnonzero(linear)[owner] if len(owner) else owner
    coords, coord_part = shapely.get_coordinates(parts, return_index=True)
    is_point = shapely.get_type_id(parts) == 0
    same = coord_part[1:] == coord_part[:-1]
    seg_p0, seg_p1, seg_part = coords[:-1][same], coords[1:][same], coord_part[:-1][same]
    point_rows = np.flatnonzero(is_point[coord_part])
    p0 = np.concatenate([seg_p0, coords[point_rows]])
    p1 = np.concatenate([seg_p1, coords[point_rows]])
    prim_owner = np.concatenate([owner[seg_part], owner[coord_part[point_rows]]]).astype(np.int64)
    order = np.argsort(prim_owner, kind="stable")
    p0, p1, prim_owner = p0[order], p1[order], prim_owner[order]
    count = np.bincount(prim_owner, minlength=len(geoms)) if len(prim_owner) else np.zeros(len(geoms), np.int64)
    first = np.cumsum(count) - count
    return Primitives(p0.reshape(-1, 2), p1.reshape(-1, 2), first, count)


def _interval(alpha, beta, low, high):
    """The t where low <= alpha + beta t <= high, as (lo, hi); (inf, -inf) when empty."""
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):  # flat beta: replaced below
        t_a, t_b = (low - alpha) / beta, (high - alpha) / beta
    flat = np.abs(beta) < 1e-12
    inside = (alpha >= low) & (alpha <= high)
    lo = np.where(flat, np.where(inside, -np.inf, np.inf), np.minimum(t_a, t_b))
    hi = np.where(flat, np.where(inside, np.inf, -np.inf), np.maximum(t_a, t_b))
    return lo, hi


def _disk(a, u, centre, radius):
    """The t where |a + t u - centre| < radius (u a unit vector), as (lo, hi); empty: (inf, -inf)."""
    offset = a - centre
    b = np.einsum("ij,ij->i", u, offset)
    disc = b * b - (np.einsum("ij,ij->i", offset, offset) - radius * radius)
    root = np.sqrt(np.maximum(disc, 0.0))
    hit = disc >= 0
    return np.where(hit, -b - root, np.inf), np.where(hit, -b + root, -np.inf)


def capsule_interval(a, u, length, p0, p1, radius):
    """Exact part [lo, hi] of the segment a + t u, 0 <= t <= length, within ``radius`` of the
    segment p0-p1: the line meets the capsule (a rectangle and two disks, convex) in one interval."""
    lo0, hi0 = _disk(a, u, p0, radius)
    lo1, hi1 = _disk(a, u, p1, radius)
    span = p1 - p0
    size = np.hypot(span[:, 0], span[:, 1])
    v = span / np.where(size > 0, size, 1.0)[:, None]
    w = np.column_stack([-v[:, 1], v[:, 0]])
    offset = a - p0
    lo_s, hi_s = _interval(np.einsum("ij,ij->i", v, offset), np.einsum("ij,ij->i", v, u), 0.0, size)
    lo_h, hi_h = _interval(np.einsum("ij,ij->i", w, offset), np.einsum("ij,ij->i", w, u), -radius, radius)
    lo_r, hi_r = np.maximum(lo_s, lo_h), np.minimum(hi_s, hi_h)
    rectangle = (size > 0) & (lo_r <= hi_r)
    lo_r, hi_r = np.where(rectangle, lo_r, np.inf), np.where(rectangle, hi_r, -np.inf)
    lo = np.maximum(np.minimum(np.minimum(lo0, lo1), lo_r), 0.0)
    hi = np.minimum(np.maximum(np.maximum(hi0, hi1), hi_r), length)
    return lo, hi


def segment_distance(a, b, p0, p1):
    """Exact distance between segments a-b and p0-p1 (row-wise; p0 = p1 for points).
    After Ericson, Real-Time Collision Detection, 5.1.9; a-b has non-zero length."""
    d1, d2, r = b - a, p1 - p0, a - p0
    aa = np.einsum("ij,ij->i", d1, d1)
    ee = np.einsum("ij,ij->i", d2, d2)
    ff = np.einsum("ij,ij->i", d2, r)
    cc = np.einsum("ij,ij->i", d1, r)
    bb = np.einsum("ij,ij->i", d1, d2)
    point = ee <= 1e-18
    denominator = aa * ee - bb * bb
    with np.errstate(divide="ignore", invalid="ignore"):
        s = np.where(denominator > 1e-18 * aa * np.maximum(ee, 1e-300), np.clip((bb * ff - cc * ee) / denominator,
                                                                                  0.0, 1.0), 0.0)
        t = np.where(point, 0.0, (bb * s + ff) / np.where(point, 1.0, ee))
        s = np.where(point, np.clip(-cc / aa, 0.0, 1.0), s)
        below, above = (~point) & (t < 0), (~point) & (t > 1)
        s = np.where(below, np.clip(-cc / aa, 0.0, 1.0), np.where(above, np.clip((bb - cc) / aa, 0.0, 1.0), s))
        t = np.clip(t, 0.0, 1.0)
    gap = (a + d1 * s[:, None]) - (p0 + d2 * t[:, None])
    return np.hypot(gap[:, 0], gap[:, 1])


def _linear_pieces(segs: Segments, primitives: Primitives, seg_index, obs_index, reach):
    """Pieces (exact) of the segments within reach of line and point obstacles, per primitive."""
    counts = primitives.count[obs_index]
    pair = np.repeat(np.arange(len(seg_index)), counts)
    prim = arrays.ranges(primitives.first[obs_index], counts)
    k = seg_index[pair]
    a, b, length = segs.a[k], segs.b[k], segs.length[k]
    p0, p1 = primitives.p0[prim], primitives.p1[prim]
    # cheap bounding-box rejection first (long polylines have many primitives far away)
    radius = reach[pair]
    near = ((np.minimum(p0, p1) <= np.maximum(a, b) + radius[:, None]).all(axis=1)
            & (np.maximum(p0, p1) >= np.minimum(a, b) - radius[:, None]).all(axis=1))
    pair, k, a, b, length, p0, p1, radius = (x[near] for x in (pair, k, a, b, length, p0, p1, radius))
    u = (b - a) / length[:, None]
    lo, hi = capsule_interval(a, u, length, p0, p1, radius)
    hit = lo <= hi
    distance = segment_distance(a[hit], b[hit], p0[hit], p1[hit])
    return pair[hit], segs.start[k[hit]] + lo[hit], segs.start[k[hit]] + hi[hit], distance


def _polygon_pieces(segs: Segments, obstacle_geoms, seg_index, obs_index, reach):
    """Pieces of the segments within reach of polygon obstacles: the segment intersected with the
    obstacle buffered by a circumscribing polygon (ends refined later)."""
    radius = reach * _CIRCUMSCRIBE
    a, b = segs.a[seg_index], segs.b[seg_index]
    geoms = obstacle_geoms[obs_index]
    # clip detailed polygons to the segment's neighbourhood first: exact for the points within reach
    detailed = shapely.get_num_coordinates(geoms) > 8
    if detailed.any():
        lo = np.minimum(a, b)[detailed] - radius[detailed, None] - 1.0
        hi = np.maximum(a, b)[detailed] + radius[detailed, None] + 1.0
        geoms = geoms.copy()
        geoms[detailed] = shapely.intersection(geoms[detailed], shapely.box(lo[:, 0], lo[:, 1], hi[:, 0], hi[:, 1]))
    zone = shapely.buffer(geoms, radius, quad_segs=QUAD_SEGS)
    pieces = shapely.intersection(segs.geoms[seg_index], zone)
    parts, part_pair = shapely.get_parts(pieces, return_index=True)
    if len(parts) == 0:
        return part_pair, np.zeros(0), np.zeros(0), np.zeros(0)
    coords, coord_part = shapely.get_coordinates(parts, return_index=True)
    pair_of_coord = part_pair[coord_part]
    direction = (b - a)[pair_of_coord]
    seg_length = segs.length[seg_index][pair_of_coord]
    along = np.clip(np.einsum("ij,ij->i", coords - a[pair_of_coord], direction) / seg_length, 0.0, seg_length)
    starts_at = np.flatnonzero(np.r_[True, coord_part[1:] != coord_part[:-1]])
    start = segs.start[seg_index[part_pair]]
    distance = shapely.distance(parts, obstacle_geoms[obs_index[part_pair]])
    return (part_pair, start + np.minimum.reduceat(along, starts_at), start + np.maximum.reduceat(along, starts_at),
            distance)


def _stretches(segs: Segments, obstacle_geoms, seg_index, obs_index, reach, primitives: Primitives = None):
    """Chainage stretches of the trace parts within ``reach`` (per pair) of the obstacle.

    Line and point obstacles: exact, per straight piece of the obstacle, where the trace segment
    meets the capsule of radius ``reach`` around it. Polygons: the segment intersected with the
    polygon buffered by a circumscribing polygon, the stretch ends then moved onto the exact boundary
    (distance = reach). Returns a dict of arrays: part, obstacle, chainage_from, chainage_to,
    distance (exact minimum 2D distance over the stretch), pair (index into the input pairs of the
    stretch's closest piece).
    """
    empty = {"part": np.zeros(0, np.int64), "obstacle": np.zeros(0, np.int64), "chainage_from": np.zeros(0),
             "chainage_to": np.zeros(0), "distance": np.zeros(0), "pair": np.zeros(0, np.int64)}
    if len(seg_index) == 0:
        return empty
    reach = np.maximum(reach, 1e-9)
    if primitives is None:
        primitives = obstacle_primitives(obstacle_geoms)
    linear = primitives.count[obs_index] > 0
    pieces = []
    if linear.any():
        rows = np.flatnonzero(linear)
        pair, chain_from, chain_to, distance = _linear_pieces(segs, primitives, seg_index[rows], obs_index[rows],
                                                              reach[rows])
        pieces.append((rows[pair], chain_from, chain_to, distance))
    polygonal = ~linear
    if polygonal.any():
        rows = np.flatnonzero(polygonal)
        pair, chain_from, chain_to, distance = _polygon_pieces(segs, obstacle_geoms, seg_index[rows],
                                                               obs_index[rows], reach[rows])
        pieces.append((rows[pair], chain_from, chain_to, distance))
    piece_pair = np.concatenate([p[0] for p in pieces]).astype(np.int64)
    if len(piece_pair) == 0:
        return empty
    chain_from = np.concatenate([p[1] for p in pieces])
    chain_to = np.concatenate([p[2] for p in pieces])
    distance = np.concatenate([p[3] for p in pieces])
    piece_seg, piece_obs = seg_index[piece_pair], obs_index[piece_pair]
    piece_part = segs.part[piece_seg]
    keys = piece_part.astype(np.int64) * (int(obs_index.max()) + 1) + piece_obs
    group = _merge_intervals(keys, chain_from, chain_to)
    count = group.max() + 1
    out_from = np.full(count, np.inf)
    out_to = np.full(count, -np.inf)
    np.minimum.at(out_from, group, chain_from)
    np.maximum.at(out_to, group, chain_to)
    out_distance = np.full(count, np.inf)
    np.minimum.at(out_distance, group, distance)
    # representative input pair of each stretch: its closest piece
    order = np.lexsort((distance, group))
    first = order[np.r_[True, group[order][1:] != group[order][:-1]]]
    out_part = np.zeros(count, np.int64)
    out_obs = np.zeros(count, np.int64)
    out_pair = np.zeros(count, np.int64)
    out_part[group[first]] = piece_part[first]
    out_obs[group[first]] = piece_obs[first]
    out_pair[group[first]] = piece_pair[first]
    polygon_stretch = primitives.count[out_obs] == 0
    if polygon_stretch.any():
        rows = np.flatnonzero(polygon_stretch)
        geoms = obstacle_geoms[out_obs[rows]]
        stretch_reach = reach[out_pair[rows]]
        # the closest point lies inside the reach: a safe inner end for the root finding
        k = seg_index[out_pair[rows]]
        nearest = shapely.get_coordinates(shapely.get_point(shapely.shortest_line(segs.geoms[k], geoms), 0))
        inner = segs.start[k] + np.einsum("ij,ij->i", nearest - segs.a[k], segs.b[k] - segs.a[k]) / segs.length[k]
        inner = np.clip(inner, out_from[rows], out_to[rows])
        out_from[rows] = _refine(segs, out_part[rows], geoms, stretch_reach, out_from[rows], inner)
        out_to[rows] = _refine(segs, out_part[rows], geoms, stretch_reach, out_to[rows], inner)
    return {"part": out_part, "obstacle": out_obs, "chainage_from": out_from, "chainage_to": out_to,
            "distance": out_distance, "pair": out_pair}


def _refine(segs, part, geoms, reach, ends, inner, iterations=30, tolerance=1e-9):
    """Move stretch ends that lie outside the reach (buffer slack) onto the boundary d = reach.

    The root of d(c) - reach is bracketed between the end (outside) and a point inside: a little
    inward when that is inside, else the closest point. It is found by regula falsi with the
    Illinois modification (superlinear; a few distance evaluations instead of 40 bisections)."""
    def excess(index, chainage):
        points = shapely.points(point_at(segs, part[index], chainage))
        return shapely.distance(points, geoms[index]) - reach[index]

    every = np.arange(len(ends))
    f_end = excess(every, ends)
    index = np.flatnonzero(f_end >= 0)
    if len(index) == 0:
        return ends
    hi, f_hi = ends[index].copy(), f_end[index]
    step = np.minimum(np.abs(hi - inner[index]), 0.2 * reach[index])
    near = hi + np.sign(inner[index] - hi) * step
    f_near = excess(index, near)
    use_near = f_near < 0
    lo = np.where(use_near, near, inner[index])
    f_lo = np.where(use_near, f_near, excess(index, inner[index]))
    f_lo = np.minimum(f_lo, -1e-300)  # the closest point of a conflict is inside (or on) the reach
    side = np.zeros(len(index))  # Illinois: which end was kept last time (-1 lo, +1 hi)
    active = np.abs(hi - lo) > tolerance
    for _ in range(iterations):
        if not active.any():
            break
        todo = np.flatnonzero(active)
        guess = hi[todo] - f_hi[todo] * (hi[todo] - lo[todo]) / (f_hi[todo] - f_lo[todo])
        guess = np.clip(guess, np.minimum(lo[todo], hi[todo]), np.maximum(lo[todo], hi[todo]))
        f_guess = excess(index[todo], guess)
        inside = f_guess < 0
        new_lo, new_hi = todo[inside], todo[~inside]
        lo[new_lo], f_lo[new_lo] = guess[inside], f_guess[inside]
        hi[new_hi], f_hi[new_hi] = guess[~inside], f_guess[~inside]
        f_hi[new_lo[side[new_lo] < 0]] /= 2  # the same end kept twice: halve the other's weight
        f_lo[new_hi[side[new_hi] > 0]] /= 2
        side[new_lo], side[new_hi] = -1, 1
        active[todo] = (np.abs(hi[todo] - lo[todo]) > tolerance) & (np.abs(f_guess) > tolerance)
    refined = ends.copy()
    refined[index] = np.where(np.abs(f_hi) <= np.abs(f_lo), hi, lo)
    return refined


def _global_positions(segs: Segments, part, chainage):
    """Position along all segments (their lengths laid end to end) and the segment holding it."""
    global_start = np.cumsum(segs.length) - segs.length
    first = np.searchsorted(segs.part, part, side="left")
    last = np.searchsorted(segs.part, part, side="right") - 1
    position = global_start[first] + (np.asarray(chainage, dtype=float) - segs.start[first])
    k = np.clip(np.searchsorted(global_start + segs.length, position, side="left"), first, last)
    return position, k, global_start


def point_at(segs: Segments, part, chainage) -> np.ndarray:
    """Coordinates (n, 2) of the points at ``chainage`` on trace parts ``part``."""
    position, k, global_start = _global_positions(segs, part, chainage)
    t = np.clip((position - global_start[k]) / segs.length[k], 0.0, 1.0)
    return segs.a[k] + t[:, None] * (segs.b[k] - segs.a[k])


def substrings(segs: Segments, part, chainage_from, chainage_to):
    """LineStrings of the trace parts between two chainages (a zero-length stretch gives two equal points)."""
    if len(part) == 0:
        return np.zeros(0, dtype=object)
    start = point_at(segs, part, chainage_from)
    end = point_at(segs, part, chainage_to)
    position_from, k0, global_start = _global_positions(segs, part, chainage_from)
    position_to, k1, _ = _global_positions(segs, part, chainage_to)
    # interior vertices: the ends b of segments k0 .. k1-1 strictly between the two positions
    global_end = global_start + segs.length
    counts = np.maximum(k1 - k0, 0)
    owner = np.repeat(np.arange(len(part)), counts)
    vertex = arrays.ranges(k0, counts)
    keep = (global_end[vertex] > position_from[owner] + 1e-9) & (global_end[vertex] < position_to[owner] - 1e-9)
    owner, vertex = owner[keep], vertex[keep]
    # order: start point, interior vertices, end point (stable sort on owner then slot)
    all_owner = np.concatenate([np.arange(len(part)), owner, np.arange(len(part))])
    slot = np.concatenate([np.zeros(len(part)), 1 + np.arange(len(owner)), np.full(len(part), np.inf)])
    coords = np.concatenate([start, segs.b[vertex], end])
    order = np.lexsort((slot, all_owner))
    return shapely.linestrings(coords[order], indices=all_owner[order])


# --------------------------------------------------------------------------------------------
# The check
# --------------------------------------------------------------------------------------------

# The Conflicts output (algorithms/reservationcheck.py writes it; its style and the tests read it): one
# feature per Conflicts row, (field, kind for compat.make_fields). top_m/bottom_m put it at its depth in 3D
# and the Elevation Profile (algorithms/depth3d.py), overlap_from/overlap_to in time.
CONFLICT_FIELDS = (
    ("trace_id", "long"), ("obstacle_layer", "string"), ("obstacle_id", "long"), ("obstacle_type", "string"),
    ("conflict", "string"), ("h_gap_m", "double"), ("v_gap_m", "double"), ("gap_m", "double"),
    ("required_m", "double"), ("depth_assumed", "bool"), ("time_overlap", "bool"), (OVERLAP_FROM, "int"),
    (OVERLAP_TO, "int"), ("chainage_from_m", "double"), ("chainage_to_m", "double"), ("trace_name", "string"),
    (TOP, "double"), (BOTTOM, "double"))


@dataclass
class Conflicts(Columns):
    """The conflict stretches of a check as parallel arrays: one row per stretch of a trace part in conflict
    with one obstacle, sorted by trace and chainage.

    ``top``/``bottom`` (m below ground level) is where the trace's envelope and the obstacle meet in depth:
    the overlap of their depth intervals, or, for a clearance conflict above or below the trace, the gap
    between them (core.canonical.meeting_range)."""

    trace: np.ndarray          # index into the Traces
    obstacle: np.ndarray       # index into the Obstacles
    part: np.ndarray           # trace part (Segments.part_trace index) the stretch lies on
    conflict: np.ndarray       # CLASH / CLEARANCE
    h_gap: np.ndarray          # m
    v_gap: np.ndarray          # m
    gap: np.ndarray            # m, sqrt(h^2 + v^2)
    required: np.ndarray       # m, the required clearance
    time_overlap: np.ndarray   # both exist in some year
    overlap_from: np.ndarray   # first such year (NaN without overlap; -inf/inf: open)
    overlap_to: np.ndarray     # last such year
    chainage_from: np.ndarray  # m along the trace
    chainage_to: np.ndarray
    top: np.ndarray            # m below ground level
    bottom: np.ndarray
    geoms: np.ndarray          # LineStrings of the stretches

    DTYPES = (np.int64, np.int64, np.int64, object, float, float, float, float, bool, float, float, float, float,
              float, float, object)

    def rows(self, traces, obstacles):
        """The attribute values of every row in CONFLICT_FIELDS order, as plain Python values (vectorised
        rounding; open or absent years and unbounded depths as None)."""
        t, o = self.trace, self.obstacle

        def years(values):
            return [None if not np.isfinite(v) else int(v) for v in values]

        def rounded(values, digits):
            return [None if not np.isfinite(v) else v for v in np.round(values, digits).tolist()]

        return zip(
            traces.fid[t].tolist(), obstacles.layer[o].tolist(), obstacles.fid[o].tolist(),
            obstacles.utility_type[o].tolist(), self.conflict.tolist(), np.round(self.h_gap, 4).tolist(),
            np.round(self.v_gap, 4).tolist(), np.round(self.gap, 4).tolist(), self.required.tolist(),
            obstacles.assumed[o].tolist(), self.time_overlap.tolist(), years(self.overlap_from),
            years(self.overlap_to), np.round(self.chainage_from, 3).tolist(), np.round(self.chainage_to, 3).tolist(),
            [str(name) for name in traces.name[t]], rounded(self.top, 4), rounded(self.bottom, 4))


@dataclass
class Nearby(Columns):
    """For the longitudinal profile: the stretches of the traces within each obstacle's horizontal reach
    (width/2 + half width + required clearance), whatever its depth."""

    trace: np.ndarray
    obstacle: np.ndarray
    chainage_from: np.ndarray
    chainage_to: np.ndarray
    distance: np.ndarray       # m, the least 2D distance over the stretch

    DTYPES = (np.int64, np.int64, float, float, float)


@dataclass
class CheckResult:
    conflicts: Conflicts
    nearby: Nearby
    unknown_types: list = field(default_factory=list)
    segments: Segments = None
    candidates: int = 0


def _time_overlap(trace_from, trace_to, obs_from, obs_to):
    lower = np.maximum(trace_from, obs_from)
    upper = np.minimum(trace_to, obs_to)
    return lower <= upper, lower, upper


def required_clearances(clearances: Clearances, trace_type: str, obstacle_types: np.ndarray) -> np.ndarray:
    out = np.zeros(len(obstacle_types))
    for utility_type in np.unique(obstacle_types) if len(obstacle_types) else ():
        out[obstacle_types == utility_type] = clearances.required(trace_type, utility_type)
    return out


def unknown_types(types, defaults: DefaultDepths, clearances: Clearances):
    """Utility types neither table names (they get the ``*`` defaults); sorted, each once."""
    spelled = {}
    for utility_type in types:
        if utility_type and not defaults.known(utility_type) and not clearances.known(utility_type):
            spelled.setdefault(type_key(utility_type), utility_type)
    return sorted(spelled.values(), key=type_key)


def check(traces: Traces, obstacles: Obstacles, clearances: Clearances, defaults: DefaultDepths = None,
          with_nearby=False, progress=None) -> CheckResult:
    """Find every stretch of every trace that clashes with or comes closer than the required
    clearance to an obstacle. ``with_nearby`` also returns, for the longitudinal profile, the
    stretches where each obstacle lies within its horizontal reach (width/2 + half width +
    required), whatever its depth. ``progress`` (core/progress.py): when cancelled, no conflicts."""
    progress = progress_of(progress)
    segs = trace_segments(traces.geoms)
    required_all = required_clearances(clearances, traces.utility_type, obstacles.utility_type)
    unknown = unknown_types(obstacles.utility_type, defaults, clearances) if defaults is not None else []
    no_pairs = CheckResult(Conflicts.empty(), Nearby.empty(), unknown, segs, 0)
    if len(segs.geoms) == 0 or len(obstacles) == 0:
        return no_pairs
    max_reach = float(np.max(traces.width)) / 2 + float(np.max(obstacles.half_width)) + float(
        np.max(required_all, initial=0.0)) + 1e-6
    tree = shapely.STRtree(obstacles.geoms)
    seg_index, obs_index = tree.query(segs.geoms, predicate="dwithin", distance=max_reach)
    progress.set(0.3)
    if progress.canceled():
        return no_pairs
    trace_index = segs.trace[seg_index]
    half = traces.width[trace_index] / 2 + obstacles.half_width[obs_index]
    required = required_all[obs_index]
    v = vertical_gap(traces.top[trace_index], traces.bottom[trace_index], obstacles.top[obs_index],
                     obstacles.bottom[obs_index])
    d = shapely.distance(segs.geoms[seg_index], obstacles.geoms[obs_index])
    h = np.maximum(0.0, d - half)
    gap = np.hypot(h, v)
    conflict = (gap <= _EPS) | (gap < required)
    reach = half + np.sqrt(np.maximum(required ** 2 - v ** 2, 0.0))
    primitives = obstacle_primitives(obstacles.geoms)
    found = _stretches(segs, obstacles.geoms, seg_index[conflict], obs_index[conflict], reach[conflict],
                       primitives)
    # exact check of each stretch (the circumscribing buffer can add a sliver beyond the reach)
    pairs = np.flatnonzero(conflict)[found["pair"]]
    # the closed-form distance can be a few nanometres off GEOS for nearly parallel segments: where the
    # stretch holds the pair's closest point, take GEOS's exact distance of the pair
    distance = found["distance"]
    distance = np.where(np.abs(distance - d[pairs]) < 1e-6, np.minimum(distance, d[pairs]), distance)
    stretch_h = np.maximum(0.0, distance - half[pairs])
    stretch_gap = np.hypot(stretch_h, v[pairs])
    keep = (stretch_gap <= _EPS) | (stretch_gap < required[pairs])
    found = {name: values[keep] for name, values in found.items()}
    pairs, stretch_h, stretch_gap = pairs[keep], stretch_h[keep], stretch_gap[keep]
    conflicts = _conflicts(found, trace_index[pairs], stretch_h, v[pairs], stretch_gap, required[pairs], traces,
                           obstacles, segs)
    progress.set(0.6)
    nearby = Nearby.empty()
    if with_nearby:
        near = d <= half + required + _EPS
        reach_near = half + required
        found_near = _stretches(segs, obstacles.geoms, seg_index[near], obs_index[near], reach_near[near],
                                primitives)
        near_pairs = np.flatnonzero(near)[found_near["pair"]]
        nearby = Nearby(trace_index[near_pairs], found_near["obstacle"], found_near["chainage_from"],
                        found_near["chainage_to"], found_near["distance"])
    return CheckResult(conflicts, nearby, unknown, segs, len(seg_index))


def _conflicts(found, t, h_gap, v_gap, gap, required, traces, obstacles, segs) -> Conflicts:
    """The Conflicts of the stretches ``found`` (of traces ``t``), sorted by trace and chainage."""
    if len(t) == 0:
        return Conflicts.empty()
    o = found["obstacle"]
    overlap, lower, upper = _time_overlap(traces.year_from[t], traces.year_to[t], obstacles.year_from[o],
                                          obstacles.year_to[o])
    top, bottom = meeting_range(traces.top[t], traces.bottom[t], obstacles.top[o], obstacles.bottom[o])
    order = np.lexsort((found["chainage_from"], t))
    columns = [t, o, found["part"], np.where(gap <= _EPS, CLASH, CLEARANCE).astype(object), h_gap, v_gap, gap,
               required, overlap, np.where(overlap, lower, np.nan), np.where(overlap, upper, np.nan),
               found["chainage_from"], found["chainage_to"], top, bottom]
    conflicts = Conflicts(*(column[order] for column in columns), None)
    conflicts.geoms = substrings(segs, conflicts.part, conflicts.chainage_from, conflicts.chainage_to)
    return conflicts


# --------------------------------------------------------------------------------------------
# Opportunities (meekoppelkansen)
# --------------------------------------------------------------------------------------------

@dataclass
class Works(Columns):
    geoms: np.ndarray
    layer: np.ndarray
    fid: np.ndarray
    work_type: np.ndarray
    year_from: np.ndarray
    year_to: np.ndarray

    DTYPES = (object, object, np.int64, object, float, float)


def resolve_works(layer, fids, geoms, work_types=None, valid_from=None, valid_to=None) -> Works:
    fids = np.asarray(fids, dtype=np.int64)
    count = len(fids)
    kinds = np.array(["" if work_types is None or is_null(v) else str(v) for v in
                      (work_types if work_types is not None else [None] * count)], dtype=object)
    first = (np.full(count, -np.inf) if valid_from is None
             else years(valid_from, fids, layer, "valid_from", -np.inf))
    last = np.full(count, np.inf) if valid_to is None else years(valid_to, fids, layer, "valid_to", np.inf)
    check_year_order(first, last, fids, layer)
    return Works(np.asarray(geoms, dtype=object), np.full(count, layer, dtype=object), fids, kinds,
                 first, last)


def years_apart(year, work_from, work_to):
    """Years between a construction year and a work's period: 0 when the year lies within it."""
    return np.maximum(0.0, np.maximum(work_from - year, year - work_to))


@dataclass
class Opportunities(Columns):
    """Meekoppelkansen: one row per (trace, planned work), at the trace's point nearest to the work."""

    trace: np.ndarray
    work: np.ndarray           # index into the Works
    distance: np.ndarray       # m, 2D
    years_apart: np.ndarray    # years between the construction year and the work's period
    chainage: np.ndarray       # m along the trace of the nearest point

    DTYPES = (np.int64, np.int64, float, float, float)


def opportunities(traces: Traces, works: Works, coupling_distance=10.0, coupling_years=5.0) -> Opportunities:
    """Meekoppelkansen: each planned work within ``coupling_distance`` m (2D) of a trace whose period
    lies within ``coupling_years`` of the trace's construction year (its ``valid_from``).
    One record per (trace, work) at the nearest point; ``chainage`` is that point along the trace."""
    empty = Opportunities.empty()
    if len(works) == 0 or len(traces) == 0:
        return empty
    parts, part_trace = shapely.get_parts(np.asarray(traces.geoms, dtype=object), return_index=True)
    keep = (shapely.get_type_id(parts) == 1) & ~shapely.is_empty(parts)
    offsets = np.zeros(len(parts))
    lengths = shapely.length(parts)
    for index in range(1, len(parts)):  # chainage runs on over the parts of one trace
        if part_trace[index] == part_trace[index - 1]:
            offsets[index] = offsets[index - 1] + lengths[index - 1]
    parts, part_trace, offsets = parts[keep], part_trace[keep], offsets[keep]
    tree = shapely.STRtree(works.geoms)
    part_index, work_index = tree.query(parts, predicate="dwithin", distance=float(coupling_distance))
    if len(part_index) == 0:
        return empty
    trace_index = part_trace[part_index]
    apart = years_apart(traces.year_from[trace_index], works.year_from[work_index], works.year_to[work_index])
    ok = apart <= coupling_years
    part_index, work_index, trace_index, apart = part_index[ok], work_index[ok], trace_index[ok], apart[ok]
    if len(part_index) == 0:
        return empty
    distance = shapely.distance(parts[part_index], works.geoms[work_index])
    nearest = shapely.get_point(shapely.shortest_line(parts[part_index], works.geoms[work_index]), 0)
    chainage = offsets[part_index] + shapely.line_locate_point(parts[part_index], nearest)
    order = np.lexsort((chainage, distance, work_index, trace_index))
    trace_sorted, work_sorted = trace_index[order], work_index[order]
    first = np.r_[True, (trace_sorted[1:] != trace_sorted[:-1]) | (work_sorted[1:] != work_sorted[:-1])]
    chosen = order[first]
    chosen = chosen[np.lexsort((chainage[chosen], trace_index[chosen]))]
    return Opportunities(trace_index[chosen], work_index[chosen], distance[chosen], apart[chosen], chainage[chosen])


def chainage_points(traces: Traces, trace_index, chainage):
    """Points at ``chainage`` m along traces (running on over the parts of a multi-part trace)."""
    out = np.empty(len(trace_index), dtype=object)
    for index, (t, c) in enumerate(zip(trace_index, chainage)):
        parts = [p for p in shapely.get_parts(traces.geoms[t]) if shapely.get_type_id(p) == 1 and not p.is_empty]
        offset = 0.0
        for number, part in enumerate(parts):
            if c <= offset + part.length + 1e-9 or number == len(parts) - 1:
                out[index] = shapely.line_interpolate_point(part, c - offset)
                break
            offset += part.length
    return out
