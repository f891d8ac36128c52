"""Reading heat-network designs in ESDL (Energy System Description Language) into planned traces.

ESDL is the XML format of TNO's ESDL MapEditor, of OMOTES and of the Nieuwe Warmte Nu design toolkit
(https://energytransition.gitbook.io/esdl). An ``esdl:EnergySystem`` holds areas with assets; a
``esdl:Pipe`` has a ``geometry`` of type ``esdl:Line`` (``point`` elements with ``lat``/``lon``, WGS84
unless the geometry names another ``CRS``), a ``diameter`` (``DN200``), a ``length`` (m) and optional
``commissioningDate`` / ``decommissioningDate``; its ports name their carrier (a ``HeatCommodity``
with a ``supplyTemperature`` or a ``returnTemperature``). Joints, producers and demands have an
``esdl:Point`` geometry.

A heat network is drawn as two pipes per route, supply and return. For the reservation check one
route is one trace: :func:`build_traces` pairs each return pipe with the supply pipe that runs along
the same route (Hausdorff distance within a tolerance, similar length); pipes without a partner stay
single. The trench envelope follows from the casing diameter per DN (``rules/heat_pipe_dimensions.csv``).

Safety: a document with a DOCTYPE (where entities are declared) is refused before it is parsed, and
the file size is bounded. No QGIS here; coordinates are reprojected by a callable the caller passes.
"""

import math
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import shapely

from . import arrays, xmlsafe
from .i18n import tr
from .tables import TableError, read_table
from .xmlsafe import local_name as _local

XSI_TYPE = "{http://www.w3.org/2001/XMLSchema-instance}type"
ESDL_NS = "http://www.tno.nl/esdl"
MAX_ESDL_BYTES = 512 * 1024 ** 2
WGS84 = "WGS84"
DEFAULT_PAIR_DISTANCE_M = 10.0  # supply and return drawn further apart than this are two routes
PAIR_LENGTH_RATIO = 0.8         # and their lengths differ by less than 20 %
SINGLE, TWIN = "single", "twin"


class EsdlError(ValueError):
    """An ESDL file that cannot be read; the message names the file and what to do."""


@dataclass
class Design:
    """The pipes and point assets of one ESDL file, coordinates as read (see ``crs``)."""

    name: str
    pipes: list = field(default_factory=list)    # dicts: id, name, diameter, length, coords, crs, role, ...
    points: list = field(default_factory=list)   # dicts: id, name, asset_type, coords, crs, power_w, carrier
    skipped: dict = field(default_factory=dict)  # reason -> count


def _xsi_type(element):
    return (element.get(XSI_TYPE) or "").rpartition(":")[2]


def _refuse_doctype(data: bytes, label):
    xmlsafe.root_element(data, label, EsdlError, tr(
        "{file}: the XML contains a DOCTYPE declaration (entities); ESDL files never do, so it is refused as "
        "unsafe").format(file=label), tr("{file}: no XML root element").format(file=label))


def _float(value):
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _year_date(value):
    """ISO date part of an ESDL EDate (``2027-01-01T00:00:00.000000``), None when absent."""
    match = re.match(r"^\s*(\d{4})-(\d{2})-(\d{2})", value or "")
    return "{}-{}-{}".format(*match.groups()) if match else None


def _points(geometry):
    """(n, 2) array of (lon, lat) / (x, y) of an esdl:Line or esdl:Point, None when unusable."""
    kind = _xsi_type(geometry)
    if kind == "Point":
        items = [geometry]
    elif kind == "Line":
        items = [child for child in geometry if _local(child.tag) == "point"]
    else:
        return None
    try:
        coords = np.array([(item.get("lon"), item.get("lat")) for item in items], dtype=float)
    except (TypeError, ValueError):  # a missing or non-numeric lat/lon
        return None
    if not len(coords) or not np.isfinite(coords).all():
        return None
    return coords.reshape(-1, 2)


def _elements(root, name):
    """Elements called ``name`` anywhere below ``root``, unqualified (as ESDL writes them) or in the
    ESDL namespace, in document order."""
    qualified = set(root.iter("{{{}}}{}".format(ESDL_NS, name)))
    if not qualified:
        return list(root.iter(name))
    return [element for element in root.iter() if element.tag in (name, "{{{}}}{}".format(ESDL_NS, name))]


def read_esdl(source, max_bytes=MAX_ESDL_BYTES) -> Design:
    """Parse an ESDL file (path or bytes) into a :class:`Design`."""
    if isinstance(source, (bytes, bytearray)):
        data, label = bytes(source), "<bytes>"
    else:
        path = Path(str(source))
        label = str(path)
        if not path.is_file():
            raise EsdlError(tr("{file}: does not exist").format(file=path))
        if path.stat().st_size > max_bytes:
            raise EsdlError(tr("{file}: larger than {limit} MB; refused").format(
                file=path, limit=max_bytes // 1024 ** 2))
        data = path.read_bytes()
    if len(data) > max_bytes:
        raise EsdlError(tr("{file}: larger than {limit} MB; refused").format(file=label, limit=max_bytes // 1024 ** 2))
    _refuse_doctype(data, label)
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        line, column = exc.position
        raise EsdlError(tr("{file}: malformed XML at line {line}, column {column}: {error}").format(
            file=label, line=line, column=column + 1, error=str(exc).split(":")[0])) from None
    if _local(root.tag) != "EnergySystem":
        raise EsdlError(tr("{file}: the root element is '{root}', not an esdl:EnergySystem; is this an ESDL "
                           "file?").format(file=label, root=_local(root.tag)))
    carriers = {element.get("id"): element for element in _elements(root, "carrier") if element.get("id")}
    design = Design(name=root.get("name") or root.get("description") or Path(label).stem)
    skipped = {}
    for asset in _elements(root, "asset"):
        kind = _xsi_type(asset)
        geometry = next((child for child in asset if _local(child.tag) == "geometry"), None)
        coords = _points(geometry) if geometry is not None else None
        crs = (geometry.get("CRS") or WGS84) if geometry is not None else WGS84
        ports = [child for child in asset if _local(child.tag) == "port"]
        carrier_ids = {port.get("carrier") for port in ports if port.get("carrier")}
        record = {"id": asset.get("id") or "", "name": asset.get("name") or asset.get("id") or "",
                  "asset_type": kind, "coords": coords, "crs": crs,
                  "valid_from": _year_date(asset.get("commissioningDate")),
                  "valid_to": _year_date(asset.get("decommissioningDate")),
                  "carrier": ";".join(sorted(carrier_ids)), "role": _role(asset, carrier_ids, carriers)}
        if kind == "Pipe":
            if coords is None or len(coords) < 2:
                skipped[tr("pipe without a line geometry")] = skipped.get(tr("pipe without a line geometry"), 0) + 1
                continue
            record.update(diameter=_dn(asset), length=_float(asset.get("length")),
                          inner_diameter=_float(asset.get("innerDiameter")),
                          outer_diameter=_float(asset.get("outerDiameter")))
            design.pipes.append(record)
        elif coords is not None and len(coords) == 1:
            record.update(power_w=_float(asset.get("power")))
            design.points.append(record)
        else:
            reason = tr("{type} without a point geometry").format(type=kind or "asset")
            skipped[reason] = skipped.get(reason, 0) + 1
    design.skipped = skipped
    if not design.pipes:
        raise EsdlError(tr("{file}: the ESDL holds no pipe with a line geometry (esdl:Pipe); there is no trace "
                           "to import").format(file=label))
    return design


def _dn(asset):
    """``DN200`` from the pipe's ``diameter`` enum, else from its inner diameter (m) rounded to a DN."""
    value = (asset.get("diameter") or "").strip().upper()
    if re.match(r"^DN\d+$", value):
        return value
    inner = _float(asset.get("innerDiameter"))
    return "" if inner is None else "DN{:d}".format(int(round(inner * 1000)))


def _role(asset, carrier_ids, carriers):
    """'return' for a pipe on a return carrier (a HeatCommodity with only a returnTemperature, or named
    so) or named ``..._ret``/``ret...``; else 'supply'."""
    for carrier_id in carrier_ids:
        carrier = carriers.get(carrier_id)
        if carrier is None:
            continue
        if carrier.get("returnTemperature") and not carrier.get("supplyTemperature"):
            return "return"
        if carrier.get("supplyTemperature") and not carrier.get("returnTemperature"):
            return "supply"
    text = " ".join(filter(None, [asset.get("name"), asset.get("id")] + list(carrier_ids))).lower()
    return "return" if re.search(r"(^|[_\s-])ret($|[_\s-])|^ret|_ret\b|return|retour", text) else "supply"


# --------------------------------------------------------------------------------------------
# Dimensions table
# --------------------------------------------------------------------------------------------

class PipeDimensions:
    """``rules/heat_pipe_dimensions.csv``: casing diameters (mm) per DN for single and twin pipes and
    the gap between two single casings laid side by side (mm)."""

    COLUMNS = ("single_casing_mm", "twin_casing_mm", "pair_gap_mm")

    def __init__(self, rows):
        self.rows = {}
        for row in rows:
            key = str(row["dn"]).strip().upper()
            if not key.startswith("DN"):
                key = "DN" + key
            self.rows[key] = {column: row.get(column) for column in self.COLUMNS}

    @classmethod
    def read(cls, path):
        rows = read_table(path, required=("dn", "single_casing_mm"), numeric=cls.COLUMNS,
                          optional=cls.COLUMNS, allow_empty_numeric=cls.COLUMNS)
        return cls(rows)

    def envelope(self, dn, system=SINGLE, paired=True):
        """(width, height) in m of the pipes of one route: two single casings side by side with the gap
        between them (one when not paired), or one twin casing; None when the DN is not in the table."""
        row = self.rows.get((dn or "").strip().upper())
        if row is None:
            return None
        if system == TWIN and paired and row["twin_casing_mm"]:
            size = row["twin_casing_mm"] / 1000.0
            return size, size
        casing = row["single_casing_mm"]
        if not casing:
            return None
        casing /= 1000.0
        if not paired:
            return casing, casing
        return 2 * casing + (row["pair_gap_mm"] or 0.0) / 1000.0, casing


# --------------------------------------------------------------------------------------------
# Traces
# --------------------------------------------------------------------------------------------

def route_distance(first, second):
    """How far two lines run apart: the largest distance from a vertex of either to the other line (a
    Hausdorff distance measured to the lines, not only between vertices)."""
    a = shapely.points(shapely.get_coordinates(first))
    b = shapely.points(shapely.get_coordinates(second))
    return float(max(np.max(shapely.distance(a, second)), np.max(shapely.distance(b, first))))


def route_distances(geoms, first, second):
    """:func:`route_distance` of the pairs (geoms[first[k]], geoms[second[k]]), vectorised."""
    if len(first) == 0:
        return np.zeros(0)
    coords, owner = shapely.get_coordinates(geoms, return_index=True)
    starts = np.searchsorted(owner, np.arange(len(geoms)))
    counts = np.bincount(owner, minlength=len(geoms))

    def one_way(source, target):
        # every vertex of geoms[source[k]] against the line geoms[target[k]]; the largest per pair
        n = counts[source]
        pair = np.repeat(np.arange(len(source)), n)
        vertex = arrays.ranges(starts[source], n)
        distance = shapely.distance(shapely.points(coords[vertex]), geoms[target[pair]])
        out = np.zeros(len(source))
        np.maximum.at(out, pair, distance)
        return out

    return np.maximum(one_way(first, second), one_way(second, first))


def build_traces(design: Design, geometries, dimensions: PipeDimensions, system=SINGLE,
                 pair_distance=DEFAULT_PAIR_DISTANCE_M):
    """One trace per route from the pipes and their metric ``geometries`` (shapely lines, one per pipe).

    Each return pipe is paired with the nearest unpaired supply pipe along the same route: Hausdorff
    distance at most ``pair_distance`` m and lengths within 20 % of each other. A trace has the supply
    pipe's name and geometry (a lone return pipe its own), ``esdl_ids`` of both, the DN, the envelope
    width and height (None when the DN is not in the table), ``length_m`` (ESDL's ``length`` of the
    supply pipe, else the geometry's), the ESDL commissioning and decommissioning dates, and
    ``paired``. Returns (traces, unknown DNs).
    """
    pipes = design.pipes
    geoms = np.asarray(geometries, dtype=object)
    lengths = shapely.length(geoms) if len(geoms) else np.zeros(0)
    supply = [i for i, pipe in enumerate(pipes) if pipe["role"] != "return"]
    returns = [i for i, pipe in enumerate(pipes) if pipe["role"] == "return"]
    partner = {}
    if supply and returns:
        tree = shapely.STRtree(geoms[supply])
        r_index, k_index = tree.query(geoms[returns], predicate="dwithin", distance=pair_distance)
        pairs_r = np.asarray(returns)[r_index]
        pairs_s = np.asarray(supply)[k_index]
        short = np.minimum(lengths[pairs_s], lengths[pairs_r])
        longer = np.maximum(lengths[pairs_s], lengths[pairs_r])
        similar = (longer > 0) & (short >= PAIR_LENGTH_RATIO * np.where(longer > 0, longer, 1.0))
        pairs_s, pairs_r = pairs_s[similar], pairs_r[similar]
        distance = route_distances(geoms, pairs_s, pairs_r)
        taken = set()
        for order in np.lexsort((pairs_r, pairs_s, distance)):
            s, r = int(pairs_s[order]), int(pairs_r[order])
            if distance[order] > pair_distance or s in taken or r in taken:
                continue
            taken.update((s, r))
            partner[s] = r
    paired_returns = set(partner.values())
    traces, unknown = [], set()
    for i, pipe in enumerate(pipes):
        if i in paired_returns:
            continue
        r = partner.get(i)
        ids = [pipe["id"]] + ([pipes[r]["id"]] if r is not None else [])
        envelope = dimensions.envelope(pipe["diameter"], system, paired=r is not None)
        if envelope is None:
            unknown.add(pipe["diameter"] or "?")
        dates_from = [d for d in (pipe["valid_from"], pipes[r]["valid_from"] if r is not None else None) if d]
        dates_to = [d for d in (pipe["valid_to"], pipes[r]["valid_to"] if r is not None else None) if d]
        traces.append({
            "name": pipe["name"], "esdl_ids": ";".join(ids), "diameter": pipe["diameter"],
            "width_m": None if envelope is None else round(envelope[0], 4),
            "height_m": None if envelope is None else round(envelope[1], 4),
            "length_m": round(pipe["length"] if pipe["length"] else float(lengths[i]), 3),
            "geometry_length_m": float(lengths[i]), "valid_from": min(dates_from) if dates_from else None,
            "valid_to": max(dates_to) if dates_to else None, "paired": r is not None, "geometry": geoms[i],
            "role": pipe["role"]})
    return traces, sorted(unknown)


__all__ = ["EsdlError", "Design", "read_esdl", "PipeDimensions", "build_traces", "TableError"]
