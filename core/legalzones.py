"""Legal protection zones from Omgevingswet publications (STOP GIO / IMOW GML), read safely.

An Omgevingswet publication (a provincial omgevingsverordening, a waterschapsverordening) delivers
its areas as Geografische Informatieobjecten: STOP ``geo:GeoInformatieObjectVaststelling`` GML
(imop-geo), one file per GIO, with ``geo:Locatie`` elements that each carry a ``geo:naam`` and a GML
geometry (Polygon, MultiSurface, Surface with PolygonPatches, holes, curves). The OW files of the
same publication (IMOW ``owBestand``) add the meaning: an IMOW ``Gebied`` (``noemer``) points to a
geometry by its id, a ``Gebiedengroep`` bundles Gebieden, and a ``Gebiedsaanwijzing`` gives a type
and a group from the TPOD value lists (e.g. ``.../functie/id/concept/Grondwaterbeschermingsgebied``)
for a Gebied or a Gebiedengroep (and names the same thing as the Locatie, which links them when the
Gebiedengroep file is not delivered).

This module turns such files into zone records with a canonical ``kind`` (from a mapping table of
regular expressions on the publication's own names), drops Locaties that describe the area outside
a zone (kind ``complement`` in the table), keeps one of several identical polygons of the same kind
(some publications deliver every Locatie twice) and counts what it dropped and what it could not map.

Safety: XML with a DOCTYPE (and so any entity declaration) is refused before parsing; sizes are
bounded; ZIP members are streamed, never extracted, and unsafe or bomb-like ZIPs are refused (the
KLIC reader's rules, core/klic.py). No QGIS here: xml.etree (expat), numpy and shapely 2 only.
"""

import io
import math
import re
import struct
import warnings
import xml.etree.ElementTree as ET
import zipfile
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import numpy as np
import shapely

from . import xmlsafe
from .i18n import tr
from .klic import _BoundedReader, _Source, _ZipMember, zip_infos
from .progress import of as progress_of
from .tables import TableError, read_table
from .xmlsafe import local_name as _local

GML_NAMESPACES = ("http://www.opengis.net/gml/3.2", "http://www.opengis.net/gml")
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"

MAX_XML_BYTES = 1024 ** 3            # one GML or OW file, uncompressed
MAX_ZIP_TOTAL_BYTES = 4 * 1024 ** 3  # all members of one ZIP, uncompressed
MAX_ARC_STEP_DEG = 1.0               # arcs become straight segments of at most this angle (as QGIS does)
COMPLEMENT = "complement"            # the mapping table's kind for "the area outside a zone": not a zone

# Keuze status (core/templates.py): a zone in an adopted decision is a choice made, a draft one is to make.
STATUS_ADOPTED, STATUS_DRAFT = "gemaakt", "te maken"

_RD_SRS = re.compile(r"(EPSG:+|epsg/|EPSG/|EPSG::)(28992|7415)$", re.IGNORECASE)
_FILE_SUFFIXES = (".gml", ".xml")


class LegalZoneError(ValueError):
    """A publication that cannot be read; the message names the file (and line) and what to do."""


# =================================================================================================
# The mapping table
# =================================================================================================

@dataclass(frozen=True)
class KindRule:
    pattern: str
    regex: object
    kind: str
    top_m: object
    bottom_m: object
    row: int


def read_mapping(path):
    """``legal_zone_kinds.csv`` (pattern, kind, top_m, bottom_m, source) -> [KindRule] in table order.

    ``pattern`` is a regular expression, matched case-insensitively anywhere in a name.
    """
    rows = read_table(path, ("pattern", "kind"), numeric=("top_m", "bottom_m"), optional=("top_m", "bottom_m"),
                      allow_empty_numeric=("top_m", "bottom_m"))
    name = Path(str(path)).name
    rules = []
    for row in rows:
        try:
            regex = re.compile(row["pattern"], re.IGNORECASE)
        except re.error as error:
            raise TableError(tr("Table {file}, row {row}, column 'pattern': '{pattern}' is not a valid regular "
                                "expression ({error}).").format(file=name, row=row["_row"], pattern=row["pattern"],
                                                                 error=error)) from None
        top, bottom = row.get("top_m"), row.get("bottom_m")
        for column, value in (("top_m", top), ("bottom_m", bottom)):
            if value is not None and (value < 0 or not math.isfinite(value)):
                raise TableError(tr("Table {file}, row {row}, column '{column}': depths are metres below ground "
                                    "level and cannot be negative ({value}).").format(
                    file=name, row=row["_row"], column=column, value=value))
        if top is not None and bottom is not None and not top < bottom:
            raise TableError(tr("Table {file}, row {row}, column 'bottom_m': the bottom ({bottom} m) must lie "
                                "deeper than the top ({top} m).").format(file=name, row=row["_row"], bottom=bottom,
                                                                         top=top))
        rules.append(KindRule(row["pattern"], regex, row["kind"].strip(), top, bottom, row["_row"]))
    return rules


def map_kind(texts, rules):
    """The first rule that matches: the texts in order (the zone's own name first), each against the rules
    in table order. None when nothing matches."""
    for text in texts:
        if not text:
            continue
        for rule in rules:
            if rule.regex.search(text):
                return rule
    return None


# =================================================================================================
# Sources: files, folders and ZIPs, streamed and bounded
# =================================================================================================

def _zip_sources(path, max_total):
    infos = zip_infos(path, max_total, LegalZoneError)
    sources = []
    for info in infos:
        if info.is_dir() or not info.filename.lower().endswith(_FILE_SUFFIXES):
            continue

        def opener(name=info.filename):
            return _ZipMember(path, name)
        sources.append(_Source(f"{path.name}!{info.filename}", info.file_size, opener))
    return sources


def _opener(path):
    return lambda: path.open("rb")


def find_sources(inputs, max_zip_total=MAX_ZIP_TOTAL_BYTES):
    """The GML/XML files in ``inputs`` (paths of files, folders or ZIPs), sorted within a folder."""
    sources = []
    for item in inputs:
        path = Path(str(item))
        if not path.exists():
            raise LegalZoneError(tr("{file}: does not exist").format(file=path))
        if path.is_dir():
            for found in sorted(p for p in path.rglob("*") if p.is_file()):
                if found.suffix.lower() in _FILE_SUFFIXES:
                    sources.append(_Source(str(found), found.stat().st_size, _opener(found)))
                elif found.suffix.lower() == ".zip":
                    sources.extend(_zip_sources(found, max_zip_total))
        elif zipfile.is_zipfile(path):
            sources.extend(_zip_sources(path, max_zip_total))
        else:
            sources.append(_Source(str(path), path.stat().st_size, _opener(path)))
    if not sources:
        raise LegalZoneError(tr("{inputs}: no GML or XML file found; give the GIO GML files of a publication, "
                                "its folder or its ZIP").format(inputs=", ".join(str(i) for i in inputs)))
    return sources


# =================================================================================================
# Safe XML
# =================================================================================================

def root_name(stream, label):
    """The local name of the root element, after refusing a DOCTYPE or entity declaration (core/xmlsafe.py)."""
    return xmlsafe.root_element(stream, label, LegalZoneError, tr(
        "{file}: the XML contains a DOCTYPE declaration (entities); Omgevingswet publications never do, so it "
        "is refused as unsafe").format(file=label),
        tr("{file}: no XML root element (an empty file?)").format(file=label))


def _is_gml(element):
    return element.tag.startswith("{") and element.tag[1:].partition("}")[0] in GML_NAMESPACES


def _text(element):
    if element is None:
        return None
    text = (element.text or "").strip()
    return text or None


def _child(element, name):
    for child in element:
        if _local(child.tag) == name:
            return child
    return None


def _href(element):
    value = element.get(XLINK_HREF) if element is not None else None
    if not value:
        return None
    return value[1:] if value.startswith("#") else value


def _code(uri):
    """The last path segment of a value-list URI (``.../concept/Waterwingebied`` -> ``Waterwingebied``)."""
    return uri.rstrip("/").rpartition("/")[2] if uri else None


# =================================================================================================
# GML geometry, with curves
# =================================================================================================

@dataclass
class _GeometryStats:
    curves: int = 0  # curve segments (arcs, circles) turned into straight segments


def _numbers(text):
    """Floats of a whitespace-separated list; ValueError naming the first text that is not a number."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        try:
            return np.fromstring(text, sep=" ")
        except (DeprecationWarning, ValueError):
            bad = next((t for t in text.split() if not _is_number(t)), text[:40])
            raise ValueError(tr("'{value}' in a coordinate list is not a number").format(value=bad)) from None


def _is_number(text):
    try:
        float(text)
    except ValueError:
        return False
    return True


def _coords(element, dimension):
    name = _local(element.tag)
    text = element.text or ""
    if name == "coordinates":  # GML 2 style "x,y x,y"
        values = np.array(text.replace(",", " ").split(), dtype=float)
        dim = 2
    else:
        values = _numbers(text)
        dim = int(element.get("srsDimension") or dimension or 2)
    if dim not in (2, 3) or values.size % dim:
        raise ValueError(tr("a coordinate list of {n} numbers does not fit dimension {dim}").format(
            n=values.size, dim=dim))
    if not np.isfinite(values).all():
        raise ValueError(tr("a coordinate is not a finite number"))
    return values.reshape(-1, dim)[:, :2]


def _points(element, dimension):
    """All coordinates directly in ``element`` (posList, pos, coordinates, pointProperty/Point/pos)."""
    parts = []
    for child in element:
        name = _local(child.tag)
        if name in ("posList", "coordinates") or name == "pos":
            parts.append(_coords(child, dimension))
        elif name in ("pointProperty", "pointRep"):
            for pos in child.iter():
                if _local(pos.tag) == "pos":
                    parts.append(_coords(pos, dimension))
    if not parts:
        return np.empty((0, 2))
    return np.vstack(parts)


def _circle_centre(p0, p1, p2):
    """Centre of the circle through three points, None when they are (nearly) on one line.

    Computed relative to p0: RD coordinates are ~1e5 m, arcs may be a few metres across."""
    bx, by = p1[0] - p0[0], p1[1] - p0[1]
    cx, cy = p2[0] - p0[0], p2[1] - p0[1]
    d = 2.0 * (bx * cy - by * cx)
    scale = max(abs(bx), abs(by), abs(cx), abs(cy), 1e-300)
    if abs(d) <= 1e-12 * scale * scale:
        return None
    b2, c2 = bx * bx + by * by, cx * cx + cy * cy
    ux = (cy * b2 - by * c2) / d
    uy = (bx * c2 - cx * b2) / d
    return p0[0] + ux, p0[1] + uy


def _arc_points(p0, p1, p2, full_circle=False, step_deg=MAX_ARC_STEP_DEG):
    """Points along the arc from p0 through p1 to p2 (or the full circle through the three), ends included."""
    centre = _circle_centre(p0, p1, p2)
    if centre is None:  # collinear: the arc is a straight line
        return np.array([p0, p2]) if not full_circle else np.array([p0, p1, p2, p0])
    ux, uy = centre
    radius = math.hypot(p0[0] - ux, p0[1] - uy)
    a0 = math.atan2(p0[1] - uy, p0[0] - ux)
    a1 = math.atan2(p1[1] - uy, p1[0] - ux)
    a2 = math.atan2(p2[1] - uy, p2[0] - ux)
    ccw = (p1[0] - p0[0]) * (p2[1] - p0[1]) - (p1[1] - p0[1]) * (p2[0] - p0[0]) > 0
    if full_circle:
        sweep = 2 * math.pi if ccw else -2 * math.pi
    elif ccw:
        sweep = (a2 - a0) % (2 * math.pi)
    else:
        sweep = -((a0 - a2) % (2 * math.pi))
    del a1  # the middle point only fixes the direction (ccw)
    n = max(2, int(math.ceil(abs(math.degrees(sweep)) / step_deg)))
    angles = a0 + sweep * np.arange(n + 1) / n
    points = np.column_stack([ux + radius * np.cos(angles), uy + radius * np.sin(angles)])
    points[0] = p0
    points[-1] = p0 if full_circle else p2
    return points


def _centre_arc(element, dimension, full_circle, step_deg=MAX_ARC_STEP_DEG):
    """gml:ArcByCenterPoint / CircleByCenterPoint: centre (pos), radius, startAngle/endAngle (degrees)."""
    centre = _points(element, dimension)
    radius = _text(_child(element, "radius"))
    if len(centre) != 1 or radius is None:
        raise ValueError(tr("{element} needs one centre point and a radius").format(element=_local(element.tag)))
    radius = float(radius)
    start = float(_text(_child(element, "startAngle")) or 0.0)
    end = start + 360.0 if full_circle else float(_text(_child(element, "endAngle")) or 0.0)
    sweep = end - start
    n = max(2, int(math.ceil(abs(sweep) / step_deg)))
    angles = np.radians(start + sweep * np.arange(n + 1) / n)
    points = np.column_stack([centre[0, 0] + radius * np.cos(angles), centre[0, 1] + radius * np.sin(angles)])
    if full_circle:
        points[-1] = points[0]
    return points


def _segment_points(segment, dimension, stats):
    name = _local(segment.tag)
    dimension = segment.get("srsDimension") or dimension
    if name in ("LineStringSegment", "LineString", "GeodesicString", "Geodesic"):
        return _points(segment, dimension)
    if name in ("Arc", "ArcString", "Circle"):
        pts = _points(segment, dimension)
        if len(pts) < 3 or (len(pts) - 1) % 2:
            raise ValueError(tr("{element} has {n} points; an arc needs 3 (an arc string 2n+1)").format(
                element=name, n=len(pts)))
        stats.curves += 1
        if name == "Circle":
            return _arc_points(pts[0], pts[1], pts[2], full_circle=True)
        parts = [_arc_points(pts[i], pts[i + 1], pts[i + 2]) for i in range(0, len(pts) - 2, 2)]
        return np.vstack([parts[0]] + [part[1:] for part in parts[1:]])
    if name in ("ArcByCenterPoint", "CircleByCenterPoint"):
        stats.curves += 1
        return _centre_arc(segment, dimension, name == "CircleByCenterPoint")
    raise ValueError(tr("the curve segment {element} is not supported").format(element=name))


def _join(parts):
    parts = [p for p in parts if len(p)]
    if not parts:
        return np.empty((0, 2))
    for i in range(1, len(parts)):  # consecutive segments share their end point: keep one
        if np.allclose(parts[i][0], parts[i - 1][-1], rtol=0.0, atol=1e-9):
            parts[i] = parts[i][1:]
    return np.vstack(parts)


def _curve_points(curve, dimension, stats):
    """Coordinates of a gml:LineString, Curve (segments), LinearRing, Ring (curveMembers) or CompositeCurve."""
    name = _local(curve.tag)
    dimension = curve.get("srsDimension") or dimension
    if name in ("LineString", "LinearRing"):
        return _points(curve, dimension)
    if name == "Curve":
        segments = _child(curve, "segments")
        if segments is None:
            return np.empty((0, 2))
        return _join([_segment_points(s, dimension, stats) for s in segments])
    if name in ("Ring", "CompositeCurve"):
        parts = []
        for member in curve:
            if _local(member.tag) in ("curveMember", "curveMembers"):
                for inner in member:
                    if _is_gml(inner):
                        parts.append(_curve_points(inner, dimension, stats))
        return _join(parts)
    if name == "OrientableCurve":
        base = _child(curve, "baseCurve")
        inner = next((c for c in base if _is_gml(c)), None) if base is not None else None
        points = _curve_points(inner, dimension, stats) if inner is not None else np.empty((0, 2))
        return points[::-1] if curve.get("orientation") == "-" else points
    raise ValueError(tr("the ring or curve {element} is not supported").format(element=name))


def _ring(holder, dimension, stats):
    inner = next((c for c in holder if _is_gml(c)), None)
    if inner is None:
        return None
    return _closed(_curve_points(inner, dimension, stats))


def _closed(points):
    """A ring's points, closed when the ends are within 1e-6 m; None when too short to bound an area."""
    if len(points) < 3:
        return None
    if points[0].tolist() != points[-1].tolist():  # as np.array_equal, without its overhead per ring
        if np.allclose(points[0], points[-1], rtol=0.0, atol=1e-6):
            points[-1] = points[0]
        else:
            raise ValueError(tr("a ring is not closed (it starts at {start} and ends at {end})").format(
                start=tuple(points[0].round(3)), end=tuple(points[-1].round(3))))
    if len(points) < 4:
        return None
    return points


def _polygon(element, dimension, stats):
    """gml:Polygon or gml:PolygonPatch -> its rings [shell, holes...] (None when it has no exterior)."""
    dimension = element.get("srsDimension") or dimension
    shell, holes = None, []
    for child in element:
        name = _local(child.tag)
        if name in ("exterior", "outerBoundaryIs"):
            shell = _ring(child, dimension, stats)
        elif name in ("interior", "innerBoundaryIs"):
            hole = _ring(child, dimension, stats)
            if hole is not None:
                holes.append(hole)
    if shell is None:
        return None
    return [shell] + holes


def _polygons(element, dimension, stats):
    name = _local(element.tag)
    dimension = element.get("srsDimension") or dimension
    if name in ("Polygon", "PolygonPatch", "Rectangle"):
        polygon = _polygon(element, dimension, stats)
        return [polygon] if polygon is not None else []
    if name == "Surface":
        patches = _child(element, "patches")
        found = []
        for patch in patches if patches is not None else ():
            found.extend(_polygons(patch, dimension, stats))
        return found
    if name in ("MultiSurface", "CompositeSurface", "MultiPolygon", "Shell"):
        found = []
        for member in element:
            if _local(member.tag) in ("surfaceMember", "surfaceMembers", "polygonMember", "polygonMembers"):
                for inner in member:
                    if _is_gml(inner):
                        found.extend(_polygons(inner, dimension, stats))
        return found
    raise ValueError(tr("the geometry {element} is not an area (a zone needs a polygon or surface)").format(
        element=name))


def _gml_tags(*names):
    return frozenset(f"{{{namespace}}}{name}" for namespace in GML_NAMESPACES for name in names)


_GEOMETRY_TAGS = _gml_tags("Polygon", "Surface", "MultiSurface", "CompositeSurface", "MultiPolygon", "Point",
                           "MultiPoint", "LineString", "Curve", "MultiCurve")
_POLYGON, _MULTI_SURFACE, _SURFACE_MEMBER = _gml_tags("Polygon"), _gml_tags("MultiSurface"), _gml_tags("surfaceMember")
_EXTERIOR, _INTERIOR = _gml_tags("exterior"), _gml_tags("interior")
_LINEAR_RING, _POS_LIST = _gml_tags("LinearRing"), _gml_tags("posList")


def _simple_polygons(geometry, dimension):
    """What _polygons gives for the shape of nearly every GIO (a gml:Polygon, or a MultiSurface of them, whose
    rings are each a LinearRing of one posList), read straight from the posLists without _polygons' walk over
    every element; None for any other shape, which _polygons reads."""
    if geometry.tag in _POLYGON:
        members = [geometry]
    elif geometry.tag in _MULTI_SURFACE:
        if any(member.tag not in _SURFACE_MEMBER or len(member) != 1 for member in geometry):
            return None
        members = [member[0] for member in geometry]
    else:
        return None
    shapes = []  # per polygon: its dimension and [(exterior?, posList)]
    for polygon in members:
        if polygon.tag not in _POLYGON:
            return None
        boundaries = []
        for boundary in polygon:
            exterior = boundary.tag in _EXTERIOR
            if not (exterior or boundary.tag in _INTERIOR) or len(boundary) != 1:
                return None
            ring = boundary[0]
            if (ring.tag not in _LINEAR_RING or ring.get("srsDimension") or len(ring) != 1
                    or ring[0].tag not in _POS_LIST):
                return None
            boundaries.append((exterior, ring[0]))
        shapes.append((polygon.get("srsDimension") or dimension, boundaries))
    polygons = []
    for polygon_dimension, boundaries in shapes:
        shell, holes = None, []
        for exterior, pos_list in boundaries:
            ring = _closed(_coords(pos_list, polygon_dimension))
            if exterior:
                shell = ring
            elif ring is not None:
                holes.append(ring)
        if shell is not None:
            polygons.append([shell] + holes)
    return polygons


def parse_surface(holder, label="GML", stats=None):
    """The first GML geometry found inside ``holder`` as a shapely (Multi)Polygon, or None."""
    wkb = surface_wkb(holder, label, stats)
    return shapely.from_wkb(wkb) if wkb is not None else None


def _wkb(polygons, multi):
    """Little-endian WKB of a Polygon (one, not multi) or MultiPolygon from rings as (n, 2) arrays:
    built in bulk by shapely.from_wkb later, much faster than a shapely constructor per polygon."""
    parts = [struct.pack("<BII", 1, 6, len(polygons))] if multi else []
    for rings in polygons:
        parts.append(struct.pack("<BII", 1, 3, len(rings)))
        for ring in rings:
            parts.append(struct.pack("<I", len(ring)))
            parts.append(np.ascontiguousarray(ring, dtype="<f8").tobytes())
    return b"".join(parts)


def surface_wkb(holder, label="GML", stats=None):
    """WKB of the first GML geometry found inside ``holder`` as a (Multi)Polygon, or None.

    Supports gml:Polygon, Surface (PolygonPatch), MultiSurface, CompositeSurface and GML 2 MultiPolygon;
    rings as LinearRing or Ring of curves (LineStringSegment, Arc, ArcString, Circle, ArcByCenterPoint,
    CircleByCenterPoint; arcs become straight segments of at most 1 degree); holes; 2D or 3D (Z dropped).
    Raises LegalZoneError for a geometry in a CRS other than RD New.
    """
    stats = stats if stats is not None else _GeometryStats()
    geometry = next((element for element in holder.iter() if element.tag in _GEOMETRY_TAGS), None)
    if geometry is None:
        return None
    srs = geometry.get("srsName")
    if srs and not _RD_SRS.search(srs.strip()):
        raise LegalZoneError(tr("{file}: geometry in '{srs}'; only RD New (EPSG:28992) is supported. "
                                "Reproject the GML first (e.g. ogr2ogr -t_srs EPSG:28992).").format(
            file=label, srs=srs))
    if _local(geometry.tag) in ("Point", "MultiPoint", "LineString", "Curve", "MultiCurve"):
        return None  # a point or line Locatie has no area: counted as without one by the caller
    polygons = _simple_polygons(geometry, geometry.get("srsDimension"))
    if polygons is None:
        polygons = _polygons(geometry, geometry.get("srsDimension"), stats)
    if not polygons:
        return None
    return _wkb(polygons, len(polygons) > 1 or _local(geometry.tag) in ("MultiSurface", "MultiPolygon"))


# =================================================================================================
# Reading one file
# =================================================================================================

@dataclass
class Locatie:
    geometry: object
    name: str
    group: str
    geometry_id: str
    source_file: str
    status: str
    work: str


@dataclass
class Publication:
    """Everything read from the files of one or more publications, before mapping."""

    locaties: list = field(default_factory=list)
    no_geometry: list = field(default_factory=list)        # (file, name) of Locaties without an area
    gebieden: dict = field(default_factory=dict)           # geometry id -> (identificatie, noemer)
    gebied_ids: dict = field(default_factory=dict)         # gebied identificatie -> geometry id
    groepen: dict = field(default_factory=lambda: defaultdict(set))  # gebied identificatie -> groep ids
    aanwijzingen: list = field(default_factory=list)       # dicts: identificatie, naam, type, groep, refs
    files: list = field(default_factory=list)              # (label, role)
    curves: int = 0


def _status_of(root, label, work):
    text = " ".join(filter(None, (root, label, work))).lower()
    return STATUS_DRAFT if "ontwerp" in text else STATUS_ADOPTED


def _iterparse(source, max_bytes):
    """(event, element) pairs of a bounded stream; the caller clears what it has used."""
    raw = source.open()
    stream = io.BufferedReader(_BoundedReader(raw, max_bytes, source.label), 1 << 20)
    try:
        yield from ET.iterparse(stream, events=("end",))
    except ET.ParseError as exc:
        line, column = exc.position
        raise LegalZoneError(tr("{file}: malformed XML at line {line}, column {column}: {error}").format(
            file=source.label, line=line, column=column + 1, error=str(exc).split(":")[0])) from None
    finally:
        stream.close()


def _read_gio(source, root, publication, progress, max_bytes):
    label = source.label
    file_name = PurePosixPath(label.replace("\\", "/").replace("!", "/")).name
    groups, work = {}, None
    stats = _GeometryStats()
    pending = []
    for _event, element in _iterparse(source, max_bytes):
        name = _local(element.tag)
        if name == "FRBRWork" and work is None:
            work = _text(element)
        elif name == "Groep":
            groups[_text(_child(element, "groepID"))] = _text(_child(element, "label"))
        elif name == "Locatie":
            naam = _text(_child(element, "naam"))
            holder = _child(element, "geometrie")
            geometry_id = None
            geometry = None
            if holder is not None:
                geometry_id = next((_text(inner) for inner in holder.iter()
                                    if _local(inner.tag) == "id" and not _is_gml(inner)), None)
                try:
                    geometry = surface_wkb(holder, label, stats)
                except LegalZoneError:
                    raise
                except (ValueError, shapely.errors.ShapelyError) as exc:
                    raise LegalZoneError(tr("{file}: Locatie '{name}': {error}").format(
                        file=label, name=naam or geometry_id or "?", error=exc)) from None
            group = groups.get(_text(_child(element, "groepID")))
            if geometry is None:
                publication.no_geometry.append((file_name, naam or geometry_id or "?"))
            else:
                pending.append((geometry, naam, group, geometry_id, _text(_child(element, "groepID"))))
            element.clear()
            if progress.canceled():
                break
    status = _status_of(root, label, work)
    try:
        geometries = shapely.from_wkb([item[0] for item in pending])
    except shapely.errors.GEOSException as exc:  # e.g. a ring of fewer than 4 points
        raise LegalZoneError(tr("{file}: a geometry cannot be built: {error}").format(file=label, error=exc)) from None
    for geometry, (_, naam, group, geometry_id, group_id) in zip(geometries, pending):
        # A Groep may be listed after its Locaties: resolve the label once the file is read.
        group = group or groups.get(group_id)
        publication.locaties.append(Locatie(geometry, naam or group or "", group or "", geometry_id or "",
                                            file_name, status, work or ""))
    publication.curves += stats.curves
    publication.files.append((label, "GIO"))


def _read_ow(source, publication, max_bytes):
    found = False
    for _event, element in _iterparse(source, max_bytes):
        name = _local(element.tag)
        if name == "Gebied":
            ident = _text(_child(element, "identificatie"))
            ref = element.find(".//{*}GeometrieRef")
            geometry_id = _href(ref)
            if ident and geometry_id:
                publication.gebieden[geometry_id] = (ident, _text(_child(element, "noemer")))
                publication.gebied_ids[ident] = geometry_id
                found = True
            element.clear()
        elif name == "Gebiedengroep":
            ident = _text(_child(element, "identificatie"))
            for ref in element.iter():
                if _local(ref.tag) == "GebiedRef" and _href(ref):
                    publication.groepen[_href(ref)].add(ident)
            found = True
            element.clear()
        elif name == "Gebiedsaanwijzing":
            refs = {_href(ref) for ref in element.iter() if _local(ref.tag).endswith("Ref") and _href(ref)}
            publication.aanwijzingen.append({
                "identificatie": _text(_child(element, "identificatie")), "naam": _text(_child(element, "naam")),
                "type": _code(_text(_child(element, "type"))), "groep": _code(_text(_child(element, "groep"))),
                "refs": refs})
            found = True
            element.clear()
    publication.files.append((source.label, "OW" if found else "OW (no Gebied or Gebiedsaanwijzing)"))


def read_publication(inputs, progress=None, max_bytes=MAX_XML_BYTES, max_zip_total=MAX_ZIP_TOTAL_BYTES):
    """Read every GIO and OW file in ``inputs`` (files, folders, ZIPs) into a :class:`Publication`
    (``progress``: core/progress.py; when cancelled, what was read so far)."""
    progress = progress_of(progress)
    sources = find_sources(inputs, max_zip_total)
    publication = Publication()
    for number, source in enumerate(sources):
        if progress.canceled():
            break
        if source.size > max_bytes:
            raise LegalZoneError(tr("{file}: larger than {limit} MB; refused as unsafe").format(
                file=source.label, limit=max_bytes // 1024 ** 2))
        if source.size == 0:
            raise LegalZoneError(tr("{file}: the file is empty").format(file=source.label))
        try:
            with source.open() as raw:
                root = root_name(_BoundedReader(raw, max_bytes, source.label), source.label)
            if root in ("GeoInformatieObjectVaststelling", "GeoInformatieObjectVersie"):
                _read_gio(source, root, publication, progress, max_bytes)
            elif root in ("owBestand", "Gebiedsaanwijzing", "Gebied"):
                _read_ow(source, publication, max_bytes)
            else:
                publication.files.append((source.label, root))
        except (OSError, EOFError, zipfile.BadZipFile, zlib.error) as exc:
            raise LegalZoneError(tr("{file}: cannot be read ({error})").format(file=source.label, error=exc)) from None
        except ValueError as exc:
            if isinstance(exc, LegalZoneError):
                raise
            raise LegalZoneError(str(exc)) from None  # the bounded reader's size refusal
        progress.set((number + 1) / len(sources))
    return publication


# =================================================================================================
# From Locaties to zones
# =================================================================================================

@dataclass
class LegalZones:
    zones: list                       # dicts: geometry, kind, name, identifier, source_file, top_m, bottom_m, status
    locaties: int = 0                 # Locaties with an area read
    duplicates: Counter = field(default_factory=Counter)   # kind (or name when unmapped) -> dropped
    complements: list = field(default_factory=list)        # names of Locaties that describe the outside
    unmapped: Counter = field(default_factory=Counter)     # name -> Locaties
    no_geometry: list = field(default_factory=list)
    repaired: int = 0
    curves: int = 0
    files: list = field(default_factory=list)


def _texts(locatie, publication, by_name):
    """The names to map, the Locatie's own first: naam, Gebied noemer, GIO group label, and the names and
    value-list groups of the Gebiedsaanwijzingen that point at this area (by reference, else by name)."""
    texts = [locatie.name]
    identifier = None
    gebied = publication.gebieden.get(locatie.geometry_id)
    aanwijzingen = []
    if gebied is not None:
        identifier, noemer = gebied
        texts.append(noemer)
        targets = {identifier} | publication.groepen.get(identifier, set())
        aanwijzingen = [a for a in publication.aanwijzingen if a["refs"] & targets]
    texts.append(locatie.group)
    if not aanwijzingen:
        for key in (locatie.name, locatie.group):
            aanwijzingen.extend(by_name.get((key or "").strip().lower(), []))
    for aanwijzing in aanwijzingen:
        texts.extend([aanwijzing["naam"], aanwijzing["groep"]])
    return [t for t in dict.fromkeys(texts) if t], identifier


def _duplicate_keys(geoms):
    """Keys equal for the same polygon however its rings and vertices are ordered: the normalized WKB. Only
    polygons with the exact bounds and vertex count of another one can be equal (normalize keeps both), so
    only those are normalized and written; every other one gets its own index, equal to no other key."""
    signatures = np.column_stack([shapely.bounds(geoms), shapely.get_num_coordinates(geoms)])
    _, inverse, counts = np.unique(signatures, axis=0, return_inverse=True, return_counts=True)
    keys = np.arange(len(geoms)).astype(object)
    shared = counts[inverse.ravel()] > 1
    keys[shared] = shapely.to_wkb(shapely.normalize(geoms[shared]))
    return keys


def to_zones(publication, rules):
    """Map, drop complements and duplicates, repair invalid geometries: a :class:`LegalZones`."""
    by_name = defaultdict(list)
    for aanwijzing in publication.aanwijzingen:
        if aanwijzing["naam"]:
            by_name[aanwijzing["naam"].strip().lower()].append(aanwijzing)
    result = LegalZones([], locaties=len(publication.locaties), no_geometry=list(publication.no_geometry),
                        curves=publication.curves, files=list(publication.files))
    if not publication.locaties:
        return result
    geoms = np.array([locatie.geometry for locatie in publication.locaties], dtype=object)
    invalid = ~shapely.is_valid(geoms)
    if invalid.any():
        geoms[invalid] = shapely.make_valid(geoms[invalid])
        result.repaired = int(invalid.sum())
        # make_valid may give a collection with slivers of lower dimension: keep the area.
        for i in np.flatnonzero(invalid):
            parts = shapely.get_parts(geoms[i])
            parts = parts[shapely.get_dimensions(parts) == 2]
            geoms[i] = shapely.multipolygons(shapely.get_parts(parts)) if len(parts) else shapely.Polygon()
    keys = _duplicate_keys(geoms)
    seen = set()
    for locatie, geometry, key, empty in zip(publication.locaties, geoms, keys, shapely.is_empty(geoms)):
        if empty:
            result.no_geometry.append((locatie.source_file, locatie.name))
            continue
        texts, gebied_id = _texts(locatie, publication, by_name)
        rule = map_kind(texts, rules)
        if rule is not None and rule.kind.lower() == COMPLEMENT:
            result.complements.append(locatie.name)
            continue
        kind = rule.kind if rule is not None else None
        identity = (kind, key) if kind else (None, locatie.name, key)  # unmapped: same name and polygon
        if identity in seen:
            result.duplicates[kind or locatie.name] += 1
            continue
        seen.add(identity)
        if rule is None:
            result.unmapped[locatie.name] += 1
        result.zones.append({
            "geometry": geometry, "kind": kind, "name": locatie.name,
            "identifier": gebied_id or locatie.geometry_id or locatie.work, "source_file": locatie.source_file,
            "top_m": rule.top_m if rule is not None else None,
            "bottom_m": rule.bottom_m if rule is not None else None, "status": locatie.status})
    return result


def read_legal_zones(inputs, mapping_path, progress=None, max_bytes=MAX_XML_BYTES,
                     max_zip_total=MAX_ZIP_TOTAL_BYTES):
    """Read a publication (files, folder, ZIP) and map its Locaties to zones with ``mapping_path``
    (None when ``progress``, core/progress.py, is cancelled)."""
    rules = read_mapping(mapping_path)
    progress = progress_of(progress)
    publication = read_publication(inputs, progress, max_bytes, max_zip_total)
    if progress.canceled():
        return None
    if not publication.locaties and not publication.no_geometry and not any(
            role == "GIO" for _label, role in publication.files):
        raise LegalZoneError(tr("{inputs}: no GIO (geo:GeoInformatieObjectVaststelling) found; give the GML "
                                "files of an Omgevingswet publication, their folder or the ZIP").format(
            inputs=", ".join(str(i) for i in inputs)))
    return to_zones(publication, rules)
