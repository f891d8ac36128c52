"""Reading KLIC deliveries (IMKL 1.2 and IMKL 2.0 GML) into plain records, safely.

A KLIC delivery (Kadaster) is a ZIP with ``GI_gebiedsinformatielevering_<meldnummer>.xml``: a GML
FeatureCollection in which a cable or pipe object (Elektriciteitskabel, Waterleiding, Duct, ...)
carries the attributes and points with ``net:link`` to its ``UtilityLink`` geometries and with
``net:inNetwork`` to a ``Utiliteitsnet`` (which carries the ``thema``, e.g. laagspanning or warmte).
Depth is given by separate ``DiepteTovMaaiveld`` / ``DiepteNAP`` point objects on the cable, tied
to the cable only by network and position.  This module resolves those references and returns:

* ``lines``: one record per (cable/pipe object, utility link) with the ``netwerk_`` schema fields, held
  column by column (:class:`Lines`),
* ``points``: appurtenances and containers (Appurtenance, Kast, Mangat, Mast, Toren, TechnischGebouw),
* ``zones``: AanduidingEisVoorzorgsmaatregel polygons and the graafpolygoon,
* ``counts``: per feature type how many were read and how many skipped, and why.

Safety: XML with a DOCTYPE (and so any entity declaration, internal or external) is refused before
the document is parsed; input sizes are bounded; ZIP members are streamed, never extracted, and a
ZIP with a member path containing ``..`` or an absolute path, or that expands beyond a sane size,
is refused.  Malformed XML raises :class:`KlicError` naming the file and line.

No QGIS here: xml.etree (expat), numpy and shapely 2 only.
"""

import io
import math
import re
import xml.etree.ElementTree as ET
import zipfile
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import partial
from itertools import chain, compress, repeat
from operator import attrgetter, is_, itemgetter
from pathlib import Path, PurePosixPath
from typing import NamedTuple

import numpy as np
import shapely

from . import arrays, gcpause, xmlsafe, xmltemplate
from .canonical import STANDARD_DEPTH
from .i18n import tr
from .progress import of as progress_of
from .xmlsafe import LOCAL_NAMES as _LOCAL_NAMES
from .xmlsafe import Memo
from .xmlsafe import local_name as _local

# --- namespaces ----------------------------------------------------------------------------------
GML = "http://www.opengis.net/gml/3.2"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
XSI_NIL = "{http://www.w3.org/2001/XMLSchema-instance}nil"
GML_ID = f"{{{GML}}}id"
IMKL_NAMESPACES = {
    "http://www.geostandaarden.nl/imkl/2015/wion/1.2": "1.2",
    "http://www.geostandaarden.nl/imkl/wibon": "2.0",
}
FEATURE_MEMBER = f"{{{GML}}}featureMember"
FEATURE_MEMBERS = f"{{{GML}}}featureMembers"
GML_PREFIX = f"{{{GML}}}"
POS_LIST = f"{{{GML}}}posList"
POS = f"{{{GML}}}pos"
GML_POINT = f"{{{GML}}}Point"

# --- limits (see the module docstring) -----------------------------------------------------------
MAX_XML_BYTES = 2 * 1024 ** 3           # one GML file, uncompressed
MAX_ZIP_TOTAL_BYTES = 4 * 1024 ** 3     # all members of one ZIP, uncompressed (PDF/PNG attachments too)
MAX_ZIP_RATIO = 200                     # real GML compresses ~10-30x; a zip bomb ~1000x
ZIP_RATIO_MIN_BYTES = 1024 ** 2         # the ratio rule applies to members above this size
# Expat re-scans an unfinished token from its start at every chunk it is fed: a huge comment or attribute
# value costs time quadratic in its size. No delivery holds a tag, comment or coordinate list near this
# size (real ones are a few kB); a run without '>' longer than this is refused, and XML is fed in large
# chunks (XML_CHUNK_BYTES) so what is accepted stays fast.
MAX_TOKEN_BYTES = 16 * 1024 ** 2
XML_CHUNK_BYTES = 4 * 1024 ** 2
ZIP_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}
DEFAULT_DEPTH_TOLERANCE_M = 1.0         # Diepte points further from every cable of their net are skipped

GI_PATTERN = re.compile(r"^GI_gebiedsinformatielevering.*\.(xml|gml)$", re.IGNORECASE)

# Feature types that only carry administrative or cartographic information: read, counted, not imported.
NOT_IMPORTED = {
    "GebiedsinformatieLevering", "GebiedsinformatieAanvraag", "Belang", "Belanghebbende", "Bijlage",
    "EisVoorzorgsmaatregelBijlage", "ExtraGeometrie", "ExtraDetailinfo", "Annotatie", "Maatvoering",
    "EigenTopografie", "Aanvraag", "Leveringsinformatie",
}
POINT_TYPES = {"Appurtenance", "Kast", "Mangat", "Mast", "Toren", "TechnischGebouw"}
ZONE_TYPES = {"AanduidingEisVoorzorgsmaatregel", "Graafpolygoon", "Informatiepolygoon",
              "Orientatiepolygoon"}
DEPTH_TYPES = {"DiepteTovMaaiveld": "maaiveld", "DiepteNAP": "nap"}

# INSPIRE ConditionOfFacilityValue -> the status the outputs use.
STATUS = {
    "functional": "functional",
    "projected": "planned",
    "underConstruction": "planned",
    "disused": "out_of_use",
    "decommissioned": "out_of_use",
}
UOM_TO_M = {"m": 1.0, "cm": 0.01, "mm": 0.001, "dm": 0.1, "km": 1000.0}
OPEN_END_YEAR = 9999  # IMKL writes 9999-01-01 for "no end"

# Reasons a feature is skipped (English source text; translated when reported).
SKIP_NOT_IMPORTED = "administrative or map annotation, not needed for the analysis"
SKIP_DUPLICATE = "duplicate of an object already read from another delivery"
SKIP_NO_GEOMETRY = "no usable geometry"
SKIP_NO_LINKS = "none of its utility links is in the delivery"
SKIP_NO_DEPTH_MATCH = "no cable or pipe of its network within the depth tolerance"
SKIP_NO_DEPTH_VALUE = "no depth value"
SKIP_UNKNOWN_TYPE = "feature type not known to this importer"


class KlicError(ValueError):
    """A delivery that cannot be read; the message names the file (and line) and what to do."""


@dataclass
class Delivery:
    """The raw features of one GI file, before references are resolved."""

    label: str
    version: str = ""
    date: str = ""
    meldnummer: str = ""
    networks: dict = field(default_factory=dict)   # id -> {thema, standard_depth_m}
    operators: dict = field(default_factory=dict)  # bronhoudercode -> organisation name
    links: dict = field(default_factory=dict)      # id -> Link
    objects: list = field(default_factory=list)    # CableObject: cables, pipes, containers with their link ids
    depths: list = field(default_factory=list)
    points: list = field(default_factory=list)
    zones: list = field(default_factory=list)
    features: list = field(default_factory=list)   # (type, id, skip reason or None) of every feature
    unfinished: bool = False  # links read one by one: their coordinates still to be made into lines


class Lines:
    """The line records, column by column (``columns``: field name -> list, all of one length, ``geometry``
    too): 100,000 lines are made, depth-matched and written a column at a time. Iterating or indexing gives
    a line as a dict, as points and zones are."""

    def __init__(self, columns):
        self.columns = columns

    def __len__(self):
        return len(self.columns["geometry"])

    def __getitem__(self, index):
        return {name: values[index] for name, values in self.columns.items()}

    def __iter__(self):
        return map(dict, map(zip, repeat(list(self.columns)), zip(*self.columns.values())))

    def column(self, name):
        return self.columns[name]

    def rows(self, names):
        """Per line the values of the fields ``names``, as tuples."""
        return list(zip(*map(self.columns.__getitem__, names)))


@dataclass
class KlicData:
    """Resolved, merged result of one or more deliveries."""

    lines: Lines
    points: list
    zones: list
    read: Counter
    skipped: dict
    deliveries: list

    def skipped_total(self, feature_type):
        return sum(self.skipped.get(feature_type, {}).values())


# =================================================================================================
# Sources: files, folders and ZIPs, streamed and bounded
# =================================================================================================

@dataclass
class _Source:
    label: str
    size: int
    open: object  # callable -> binary stream


class _BoundedReader(io.RawIOBase):
    """A read-only stream that refuses to deliver more than ``limit`` bytes."""

    def __init__(self, raw, limit, label, on_read=None):
        self._raw, self._limit, self._label, self._on_read = raw, limit, label, on_read
        self.count = 0
        self._since_close = 0  # bytes since the last '>': the length of the token being read

    def readable(self):
        return True

    def read(self, size=-1):
        """The bytes as the underlying stream gives them (no copy through a buffer), after the checks."""
        data = self._raw.read(size if size is not None and size >= 0 else self._limit - self.count + 1)
        self.count += len(data)
        if self.count > self._limit:
            raise KlicError(tr("{file}: larger than {limit} MB uncompressed; refused as unsafe").format(
                file=self._label, limit=self._limit // 1024 ** 2))
        first = data.find(b">")
        run = self._since_close + (len(data) if first < 0 else first)  # the longest run ending in this read
        self._since_close = run if first < 0 else len(data) - data.rfind(b">") - 1
        if run > MAX_TOKEN_BYTES:
            raise KlicError(tr("{file}: holds a single XML token (a tag, attribute value, comment or coordinate "
                               "list) longer than {limit} MB near byte {at}; no KLIC delivery does, so it is "
                               "refused as damaged or unsafe").format(
                file=self._label, limit=MAX_TOKEN_BYTES // 1024 ** 2, at=self.count))
        if self._on_read is not None:
            self._on_read(len(data))
        return data

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def close(self):
        self._raw.close()
        super().close()


class _ZipMember(io.RawIOBase):
    """One ZIP member as a stream that closes its archive with it (streamed, never extracted)."""

    def __init__(self, path, name):
        self._archive = zipfile.ZipFile(path)
        self._member = self._archive.open(name)

    def readable(self):
        return True

    def readinto(self, buffer):
        data = self._member.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def close(self):
        if not self.closed:
            self._member.close()
            self._archive.close()
        super().close()


def _unsafe_member(name: str) -> bool:
    normalised = name.replace("\\", "/")
    if normalised.startswith("/") or re.match(r"^[A-Za-z]:", normalised):
        return True
    return ".." in PurePosixPath(normalised).parts


def zip_infos(path, max_total, error=None):
    """The members (ZipInfo) of the ZIP ``path`` once it passes the safety checks every importer of ZIPs
    applies (KLIC, Omgevingswet publications): readable, no member with an absolute path or '..', none
    expanding more than MAX_ZIP_RATIO times, at most ``max_total`` bytes in all. Raises ``error``
    (default KlicError) with a message naming the file and member."""
    error = error or KlicError
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise error(tr("{file}: not a readable ZIP file ({error})").format(
            file=path, error=exc)) from None
    with archive:
        infos = archive.infolist()
    total = 0
    for info in infos:
        if _unsafe_member(info.filename):
            raise error(tr("{file}: member '{member}' has an absolute path or '..' in its path; "
                           "the ZIP is refused as unsafe").format(file=path, member=info.filename))
        total += info.file_size
        if (info.file_size > ZIP_RATIO_MIN_BYTES and info.compress_size > 0
                and info.file_size / info.compress_size > MAX_ZIP_RATIO):
            raise error(tr("{file}: member '{member}' expands {ratio:.0f} times ({size} MB); the ZIP is "
                           "refused as a possible zip bomb").format(
                file=path, member=info.filename, ratio=info.file_size / info.compress_size,
                size=info.file_size // 1024 ** 2))
    if total > max_total:
        raise error(tr("{file}: expands to {size} MB, more than the {limit} MB allowed; refused as "
                       "unsafe").format(file=path, size=total // 1024 ** 2, limit=max_total // 1024 ** 2))
    return infos


def _zip_sources(path: Path, max_total: int):
    infos = zip_infos(path, max_total)
    members = [info for info in infos if not info.is_dir() and GI_PATTERN.match(PurePosixPath(
        info.filename.replace("\\", "/")).name)]
    for info in members:
        if info.flag_bits & 0x1:
            raise KlicError(tr("{file}: member '{member}' is encrypted (password protected); KLIC deliveries are "
                               "not: download the delivery again from KLIC").format(file=path, member=info.filename))
        if info.compress_type not in ZIP_METHODS:
            raise KlicError(tr("{file}: member '{member}' is compressed with a method this ZIP reader does not "
                               "support (method {method}); unpack the ZIP with another program and choose the "
                               "folder instead").format(file=path, member=info.filename, method=info.compress_type))
    if not members:
        raise KlicError(tr("{file}: the ZIP holds no GI_gebiedsinformatielevering_*.xml; is this a KLIC "
                           "delivery?").format(file=path))
    members = _prefer_v2(members, lambda info: info.filename.replace("\\", "/"))
    sources = []
    for info in members:
        def opener(name=info.filename):
            return _ZipMember(path, name)
        sources.append(_Source(f"{path.name}!{info.filename}", info.file_size, opener))
    return sources


def _delivery_key(name):
    """``dir/GI_gebiedsinformatielevering_X_1_V2.xml`` -> (``dir``, ``gi_gebiedsinformatielevering_x_1``)."""
    path = PurePosixPath(name)
    stem = path.stem.lower()
    if stem.endswith("_v2"):
        stem = stem[:-3]
    return str(path.parent), stem


def _is_v2(name):
    return PurePosixPath(name).stem.lower().endswith("_v2")


def _prefer_v2(items, name_of):
    """Drop an IMKL 1.2 GI file where the same delivery also has its IMKL 2.0 file (``..._V2.xml``,
    which Kadaster adds to deliveries since 2021): the delivery is read once, from the 2.0 file."""
    with_v2 = {_delivery_key(name_of(item)) for item in items if _is_v2(name_of(item))}
    return [item for item in items if _is_v2(name_of(item)) or _delivery_key(name_of(item)) not in with_v2]


def _file_source(path: Path):
    return _Source(str(path), path.stat().st_size, lambda: open(path, "rb"))


def _looks_like_zip(path: Path) -> bool:
    """A .zip name or a ZIP signature at the start: a file zipfile cannot open is then a damaged ZIP."""
    if path.suffix.lower() == ".zip":
        return True
    try:
        with open(path, "rb") as handle:
            return handle.read(4) in (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
    except OSError:
        return False


def find_sources(inputs, max_zip_total=MAX_ZIP_TOTAL_BYTES):
    """The GI files in ``inputs`` (paths of ZIPs, folders or XML files), in the given order."""
    sources = []
    for item in inputs:
        path = Path(str(item))
        if not path.exists():
            raise KlicError(tr("{file}: does not exist").format(file=path))
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and GI_PATTERN.match(p.name))
            zips = sorted(p for p in path.rglob("*.zip") if p.is_file())
            if not found and not zips:
                raise KlicError(tr("{folder}: no GI_gebiedsinformatielevering_*.xml or KLIC ZIP in this "
                                   "folder").format(folder=path))
            sources.extend(_file_source(p) for p in _prefer_v2(found, lambda p: p.as_posix()))
            for zipped in zips:
                sources.extend(_zip_sources(zipped, max_zip_total))
        elif zipfile.is_zipfile(path):
            sources.extend(_zip_sources(path, max_zip_total))
        elif _looks_like_zip(path):
            raise KlicError(tr("{file}: a damaged ZIP file (its table of contents cannot be read; the download "
                               "was probably cut off). Download the delivery again.").format(file=path))
        else:
            sources.append(_file_source(path))
    return _prefer_v2(sources, lambda source: source.label.replace("\\", "/"))


# =================================================================================================
# Safe XML
# =================================================================================================

def _check_prolog(stream, label):
    """Refuse a document with a DOCTYPE or entity declarations before parsing it (core/xmlsafe.py)."""
    xmlsafe.root_element(stream, label, KlicError, tr(
        "{file}: the XML contains a DOCTYPE declaration (entities); KLIC deliveries never do, so it is "
        "refused as unsafe").format(file=label), tr("{file}: no XML root element").format(file=label))


def _namespace(tag):
    return tag[1:].partition("}")[0] if tag.startswith("{") else ""


def _href(element):
    if element is None:
        return None
    value = element.get(XLINK_HREF)
    if not value:
        return None
    return value[1:] if value.startswith("#") else value


def _code(element):
    """The last path segment of a codelist href (``.../Thema/water`` -> ``water``)."""
    return None if element is None else _CODES[element.get(XLINK_HREF)]


def _last_segment(href):
    href = href[1:] if href and href.startswith("#") else href
    return href.rstrip("/").rpartition("/")[2] or None if href else None


_CODES = Memo(_last_segment)


def _text(element):
    if element is None or element.get(XSI_NIL) == "true":
        return None
    text = (element.text or "").strip()
    return text or None


def _measure_m(element):
    """A gml:MeasureType in metres (uom m, cm, mm), None when nil, empty or not positive."""
    if element is None or element.get(XSI_NIL) == "true":
        return None
    return _MEASURES[element.text, element.get("uom")]


def _measure_value(text_and_uom):
    text, uom = text_and_uom
    text = (text or "").strip()
    if not text:
        return None
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        return None
    factor = UOM_TO_M.get((uom or "m").rpartition(":")[2].strip().lower())
    if factor is None or math.isnan(value):
        return None
    return value * factor


_MEASURES = Memo(_measure_value)


def _date(element):
    """ISO date part of an xsd:dateTime/date, None when absent or the IMKL 'open' year 9999."""
    if element is None or element.get(XSI_NIL) == "true":
        return None
    return _DATES[element.text]


def _parse_date(text):
    text = (text or "").strip()
    match = re.match(r"^(\d{4})-(\d{2})-(\d{2})", text)
    if not match:
        match = re.match(r"^(\d{4})$", text)
        if not match:
            return None
        return None if int(match.group(1)) >= OPEN_END_YEAR else f"{match.group(1)}-01-01"
    if int(match.group(1)) >= OPEN_END_YEAR:
        return None
    return "{}-{}-{}".format(*match.groups())


_DATES = Memo(_parse_date)


def bronhoudercode(imkl_id):
    """``nl.imkl-KL1184.v_9_97`` -> ``KL1184`` (IMKL: lokaalID = bronhoudercode.lokaalID)."""
    if not imkl_id:
        return None
    local = imkl_id.partition("-")[2] or imkl_id
    return local.partition(".")[0] or None


# --- GML geometry ---------------------------------------------------------------------------------
_RD_SRS = re.compile(r"(EPSG:+|epsg/|EPSG/)(28992|7415)$", re.IGNORECASE)
_IS_RD = Memo(lambda srs: _RD_SRS.search(srs.strip()) is not None)


def _numbers(text, dim=2):
    """The numbers of a gml:posList/pos; ValueError naming the bad one (a decimal comma, NaN, infinity)."""
    tokens = text.split() if text else []
    try:
        values = np.array(tokens, dtype=float)
    except ValueError:
        values = None
    if values is not None and np.isfinite(values).all():
        return values
    for index, token in enumerate(tokens):
        try:
            bad = not math.isfinite(float(token))
        except ValueError:
            bad = True
        if bad:
            hint = tr("a decimal comma was found; GML uses a decimal point") if "," in token else tr(
                "not a finite number")
            raise ValueError(tr("point {point} of the coordinate list, {axis} coordinate '{token}': {hint}").format(
                point=index // dim + 1, axis="xyz"[index % dim] if dim <= 3 else index % dim, token=token,
                hint=hint))
    return values


def _coords(element, dimension):
    dim = int(element.get("srsDimension") or dimension or 2)
    values = _numbers(element.text, dim)
    if dim not in (2, 3) or values.size % dim:
        raise ValueError(tr("coordinate list of {n} numbers does not fit dimension {dim}").format(
            n=values.size, dim=dim))
    return values.reshape(-1, dim)[:, :2]


def _line_coords(element, dimension):
    """Coordinates of a gml:LineString or gml:Curve (all its LineStringSegments joined)."""
    dimension = element.get("srsDimension") or dimension
    parts = []
    for child in element.iter():
        name = _local(child.tag)
        if name in ("posList", "pos"):
            parts.append(_coords(child, dimension))
    if not parts:
        return None
    for i in range(1, len(parts)):  # segments of a gml:Curve share their end points: keep one
        if len(parts[i]) and len(parts[i - 1]) and np.array_equal(parts[i][0], parts[i - 1][-1]):
            parts[i] = parts[i][1:]
    coords = parts[0] if len(parts) == 1 else np.vstack(parts)
    return coords if len(coords) >= 2 else None


def _ring(element, dimension):
    coords = _line_coords(element, dimension)
    if coords is None or len(coords) < 3:
        return None
    return coords


def _polygon(element, dimension):
    dimension = element.get("srsDimension") or dimension
    shell, holes = None, []
    for child in element:
        name = _local(child.tag)
        if name in ("exterior", "interior"):
            ring = _ring(child, dimension)
            if ring is None:
                continue
            if name == "exterior":
                shell = ring
            else:
                holes.append(ring)
    if shell is None:
        return None
    return shapely.Polygon(shell, holes or None)


def _check_srs(element, label):
    _check_srs_name(element.get("srsName"), label)


def _check_srs_name(srs, label):
    if srs and not _IS_RD[srs]:
        raise KlicError(tr("{file}: geometry in '{srs}'; IMKL deliveries are in RD New (EPSG:28992)").format(
            file=label, srs=srs))


def parse_geometry(holder, label="GML"):
    """The shapely geometry inside ``holder`` (the property element), or None.

    Supports gml:Point, LineString, Curve (LineStringSegments), MultiCurve, Polygon, Surface
    (PolygonPatch) and MultiSurface, 2D or 3D (Z is dropped).
    """
    geometry = None
    for element in holder:
        if element.tag.startswith(f"{{{GML}}}"):
            geometry = element
            break
    if geometry is None:
        return None
    _check_srs(geometry, label)
    dimension = geometry.get("srsDimension")
    kind = _local(geometry.tag)
    if kind == "Point":
        for child in geometry.iter():
            if _local(child.tag) in ("pos", "coordinates") and child.text:
                xy = _coords(child, dimension)
                return shapely.Point(xy[0]) if len(xy) else None
        return None
    if kind in ("LineString", "Curve"):
        coords = _line_coords(geometry, dimension)
        return shapely.LineString(coords) if coords is not None else None
    if kind in ("MultiCurve", "CompositeCurve"):
        lines = []
        for member in geometry:
            if _local(member.tag) in ("curveMember", "curveMembers"):
                for curve in member:
                    coords = _line_coords(curve, curve.get("srsDimension") or dimension)
                    if coords is not None:
                        lines.append(shapely.LineString(coords))
        return shapely.MultiLineString(lines) if lines else None
    if kind == "Polygon":
        return _polygon(geometry, dimension)
    if kind in ("Surface", "MultiSurface", "CompositeSurface"):
        polygons = []
        for child in geometry.iter():
            if _local(child.tag) in ("Polygon", "PolygonPatch"):
                polygon = _polygon(child, child.get("srsDimension") or dimension)
                if polygon is not None:
                    polygons.append(polygon)
        if not polygons:
            return None
        if len(polygons) == 1 and kind != "MultiSurface":
            return polygons[0]
        return shapely.MultiPolygon(polygons)
    return None


# =================================================================================================
# Parsing one GI file
# =================================================================================================

def _link_geometry(holder, label):
    """A UtilityLink's centreline: :class:`_Coords` for a gml:LineString of plain numbers, an (n, 2)
    coordinate array for another single line (both built into shapely lines in bulk later, which is much
    faster), or a shapely geometry for anything else; None if empty.
    """
    for element in holder:
        if _LOCAL_NAMES[element.tag] in ("LineString", "Curve") and element.tag.startswith(GML_PREFIX):
            _check_srs(element, label)
            plain = _plain_coords(element, POS_LIST, 2)
            return _line_coords(element, element.get("srsDimension")) if plain is None else plain or None
        break
    geometry = parse_geometry(holder, label)
    return None if geometry is None or geometry.is_empty else geometry


def _depth_position(holder, label):
    """A Diepte object's position: :class:`_Coords` for a gml:Point of one gml:pos of plain numbers (made
    into points for all depths at once later), else what parse_geometry gives."""
    for element in holder:
        if element.tag == GML_POINT:
            _check_srs(element, label)
            plain = _plain_coords(element, POS, 1)
            if plain is not None:
                return plain or None
        break
    return parse_geometry(holder, label)


def _plain_coords(element, child_tag, least):
    """The coordinates of a gml geometry with one ``child_tag`` (posList, pos) of plain numbers as
    :class:`_Coords`, False when they are fewer than ``least`` points, None for anything else (read by the
    element reader, which also names what is wrong)."""
    if len(element) != 1 or element[0].tag != child_tag or len(element[0]):
        return None
    child = element[0]
    return _plain(child.text or "", child.get("srsDimension") or element.get("srsDimension") or "2", least)


def _plain(text, dim, least):
    """_plain_coords of the coordinate list ``text`` of dimension ``dim`` (the srsDimension text)."""
    if dim not in ("2", "3") or not _NUMBERS.fullmatch(text):
        return None
    count, dim = len(text.split()), int(dim)
    if count % dim:
        return None
    return _Coords(text, count, dim) if count >= least * dim else False


class _Coords:
    """A plain coordinate list (``count`` numbers of dimension ``dim``), parsed for all features at once
    (_finish_coordinates)."""

    __slots__ = ("text", "count", "dim")

    def __init__(self, text, count, dim):
        self.text, self.count, self.dim = text, count, dim


# A whitespace-separated list of plain decimal numbers, each finite as a float (at most 30 integer digits
# and a two-digit exponent): what np.fromstring reads as np.array(tokens, dtype=float) does, without error
# or infinity.
_NUMBER = r"[-+]?(?:\d{1,30}(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d{1,2})?"
_NUMBERS = re.compile(r"\s*(?:{0}(?:\s+{0})*)?\s*".format(_NUMBER), re.ASCII)


def _finish_coordinates(delivery):
    """The links and depths the element reader read with plain coordinate lists (_Coords) or coordinate
    arrays get their shapely lines and points, a few calls for all."""
    links = delivery.links
    geometries = list(map(attrgetter("geometry"), links.values())) if delivery.unfinished else []
    plain = [key for key, geometry in zip(links, geometries) if type(geometry) is _Coords]
    as_arrays = [key for key, geometry in zip(links, geometries) if type(geometry) is np.ndarray]
    if plain:
        _set_lines(links, plain, _geometries([links[key].geometry for key in plain]))
    if as_arrays:
        stacked = [links[key].geometry for key in as_arrays]
        _set_lines(links, as_arrays, _shapes(np.vstack(stacked), list(map(len, stacked))))
    depths = [depth for depth in delivery.depths if type(depth["geometry"]) is _Coords]
    if depths:
        for depth, point in zip(depths, _geometries([depth["geometry"] for depth in depths], points=True)):
            depth["geometry"] = point


def _geometries(coords, points=False):
    """The shapely lines (with ``points``: the points) of the plain coordinate lists ``coords`` (_Coords):
    their numbers in one numpy call (what _numbers does per list), the geometries in one shapely call."""
    text = " ".join(map(attrgetter("text"), coords))
    counts = np.fromiter(map(attrgetter("count"), coords), int, len(coords))
    dims = np.fromiter(map(attrgetter("dim"), coords), int, len(coords))
    values = np.fromstring(text, sep=" ")
    each = counts // dims  # points per list
    first = np.repeat(np.cumsum(counts) - counts, each)  # per point: where its list starts in values
    x = first + arrays.offsets(each) * np.repeat(dims, each)  # offsets: its rank in its list
    return _shapes(np.column_stack([values[x], values[x + 1]]), each, points)


def _shapes(xy, each, points=False):
    """Shapely lines of ``each[i]`` consecutive points of ``xy`` (with ``points``: the first point of each),
    in one call."""
    if points:
        return shapely.points(xy[np.cumsum(each) - each]).tolist()
    return shapely.linestrings(xy, indices=np.repeat(np.arange(len(each)), each)).tolist()


def _set_lines(links, keys, lines):
    """Give the ``links`` of ``keys`` their shapely ``lines``."""
    rest = zip(*(links[key][1:] for key in keys))  # each link's fields after its geometry
    links.update(zip(keys, _records(Link, [lines, *rest])))


# --- one feature and its handler -----------------------------------------------------------------
# Each feature type has a handler (the _HANDLERS table) that reads the values it needs from the feature's
# first child per local name (IMKL gives each property once, a cable's net:link excepted) with the IMKL
# value helpers and records them in the Delivery; it returns the reason the feature is skipped, or None
# when it is kept.

class Link(NamedTuple):
    """A UtilityLink: its centreline (coordinates until the end of its file, then a shapely line) and its
    network. A tuple: made for all members of a template at once (_records) and taken apart by column in
    the merge (zip)."""

    geometry: object
    network: str
    status_code: str
    valid_from: str
    valid_to: str


class CableObject(NamedTuple):
    """A cable, pipe, duct, cable bed or casing (an IMKL UtilityLinkSet) with the ids of its links."""

    imkl_id: str
    object_type: str
    network: str
    links: list
    diameter_m: float
    label: str
    status_code: str
    valid_from: str
    valid_to: str


def _records(kind, columns):
    """``kind`` records (Link, CableObject) of ``columns`` (equal-length sequences, in field order), made in C."""
    return list(map(partial(tuple.__new__, kind), zip(*columns)))


_LIFECYCLE = ("currentStatus", "validFrom", "validTo")


def _lifecycle(first):
    return _lifecycle_of(*(first.get(name) for name in _LIFECYCLE))


def _lifecycle_of(status, valid_from, valid_to):
    return _code(status), _date(valid_from), _date(valid_to)


def _diameter(first):
    for name in ("pipeDiameter", "kabelDiameter", "ductWidth", "diameter"):
        value = _measure_m(first.get(name))
        if value is not None and value > 0:
            return value
    return None


def _geometry(delivery, first, name):
    holder = first.get(name)
    return parse_geometry(holder, delivery.label) if holder is not None else None


def _read_link(delivery, feature, first, name, imkl_id):
    holder = first.get("centrelineGeometry")
    geometry = _link_geometry(holder, delivery.label) if holder is not None else None
    if geometry is None:
        return SKIP_NO_GEOMETRY
    delivery.links[imkl_id] = Link(geometry, _href(first.get("inNetwork")), *_lifecycle(first))
    delivery.unfinished = delivery.unfinished or not isinstance(geometry, shapely.Geometry)
    return None


def _read_cable(delivery, feature, first, name, imkl_id):
    """A UtilityLinkSet: cable, pipe, duct, cable bed, casing (any IMKL type with net:link)."""
    links = [href for child in feature if _LOCAL_NAMES[child.tag] == "link" and (href := _href(child))]
    delivery.objects.append(CableObject(
        imkl_id, name, _href(first.get("inNetwork")), links, _diameter(first), _text(first.get("label")),
        *_lifecycle(first)))
    return None


def _read_network(delivery, feature, first, name, imkl_id):
    delivery.networks[imkl_id] = {"thema": _code(first.get("thema")),
                                  STANDARD_DEPTH: _measure_m(first.get("standaardDieptelegging"))}
    return None


def _read_operator(delivery, feature, first, name, imkl_id):
    code, organisation = _text(first.get("bronhoudercode")), _text(feature.find(".//{*}Organisatie/{*}naam"))
    if code:
        delivery.operators[code] = organisation or code
    return None


def _read_depth(delivery, feature, first, name, imkl_id):
    holder = first.get("ligging")
    geometry = _depth_position(holder, delivery.label) if holder is not None else None
    value = _measure_m(first.get("dieptePeil"))
    if geometry is None or (not isinstance(geometry, _Coords) and geometry.is_empty):
        return SKIP_NO_GEOMETRY
    if value is None:
        return SKIP_NO_DEPTH_VALUE
    delivery.depths.append({
        "imkl_id": imkl_id, "feature_type": name, "kind": DEPTH_TYPES[name], "value": value,
        "ground": _measure_m(first.get("maaiveldPeil")),
        "anchor": _code(first.get("diepteAangrijpingspunt")) or "bovenkant",
        "network": _href(first.get("inNetwork")), "geometry": geometry, "label": _text(first.get("label"))})
    return None


def _read_point(delivery, feature, first, name, imkl_id):
    geometry = _geometry(delivery, first, "geometry")
    if geometry is None or geometry.is_empty:
        return SKIP_NO_GEOMETRY
    if geometry.geom_type != "Point":
        geometry = geometry.representative_point()
    status_code, valid_from, valid_to = _lifecycle(first)
    delivery.points.append({
        "imkl_id": imkl_id, "object_type": name, "network": _href(first.get("inNetwork")), "geometry": geometry,
        "appurtenance_type": _code(first.get("appurtenanceType")), "label": _text(first.get("label")),
        "status_code": status_code, "valid_from": valid_from, "valid_to": valid_to})
    return None


def _read_zone(delivery, feature, first, name, imkl_id):
    geometry = _geometry(delivery, first, "geometrie")
    if geometry is None or geometry.is_empty or geometry.geom_type not in ("Polygon", "MultiPolygon"):
        return SKIP_NO_GEOMETRY
    delivery.zones.append({
        "imkl_id": imkl_id, "zone_type": name, "network": _href(first.get("inNetwork")), "geometry": geometry,
        "precaution": _text(first.get("eisVoorzorgsmaatregel")),
        "description": _text(first.get("netbeheerderNetOmschrijving")), "label": _text(first.get("label"))})
    return None


def _read_levering(delivery, feature, first, name, imkl_id):
    delivery.date = _text(first.get("datumLeveringSamengesteld")) or delivery.date
    return SKIP_NOT_IMPORTED


def _read_aanvraag(delivery, feature, first, name, imkl_id):
    delivery.meldnummer = _text(first.get("klicMeldnummer")) or delivery.meldnummer
    return SKIP_NOT_IMPORTED


def _not_read(delivery, feature, first, name, imkl_id):
    return SKIP_NOT_IMPORTED if name in NOT_IMPORTED else SKIP_UNKNOWN_TYPE


# Feature type -> handler(delivery, feature, first child per local name, type, imkl_id) -> skip reason or
# None (kept). UtilityLink is _read_link; every other type with net:link children is a cable object
# (_read_cable), whatever its name.
_HANDLERS = {"Utiliteitsnet": _read_network, "Beheerder": _read_operator,
             "GebiedsinformatieLevering": _read_levering, "GebiedsinformatieAanvraag": _read_aanvraag}
_HANDLERS.update({name: _read_depth for name in DEPTH_TYPES})
_HANDLERS.update({name: _read_point for name in POINT_TYPES})
_HANDLERS.update({name: _read_zone for name in ZONE_TYPES})


def _read_feature(delivery, feature, label):
    """Record one feature element in ``delivery`` and in ``delivery.features`` (type, id, skip reason)."""
    tag = feature.tag
    name, imkl_id = _LOCAL_NAMES[tag], feature.get(GML_ID)
    if not delivery.version:
        delivery.version = IMKL_NAMESPACES.get(_namespace(tag), "")
    first = {_LOCAL_NAMES[child.tag]: child for child in reversed(feature)}
    handler = _read_link if name == "UtilityLink" else _read_cable if "link" in first else _HANDLERS.get(
        name, _not_read)
    try:
        reason = handler(delivery, feature, first, name, imkl_id)
    except KlicError:
        raise
    except (ValueError, TypeError, shapely.errors.ShapelyError) as exc:
        raise KlicError(tr("{file}: feature {id}: {error}").format(file=label, id=imkl_id, error=exc)) from None
    delivery.features.append((name, imkl_id, reason))


def parse_delivery(source, progress=None, max_bytes=MAX_XML_BYTES):
    """Parse one GI file (a :class:`_Source`, a path or a bytes object) into a :class:`Delivery`
    (``progress``: core/progress.py; when cancelled, the features read so far)."""
    if isinstance(source, (bytes, bytearray)):
        data = bytes(source)
        source = _Source("<bytes>", len(data), lambda: io.BytesIO(data))
    elif not isinstance(source, _Source):
        source = _file_source(Path(source))
    if source.size > max_bytes:
        raise KlicError(tr("{file}: larger than {limit} MB uncompressed; refused as unsafe").format(
            file=source.label, limit=max_bytes // 1024 ** 2))
    try:
        return _parse(source, progress_of(progress), max_bytes)
    except (OSError, EOFError, zipfile.BadZipFile, zlib.error, RuntimeError, NotImplementedError) as exc:
        # an unreadable or corrupt ZIP member (RuntimeError: encrypted; NotImplementedError: compression)
        raise KlicError(tr("{file}: cannot be read ({error})").format(file=source.label, error=exc)) from None


def _iterparse(stream, events):
    """ET.iterparse, fed in XML_CHUNK_BYTES chunks instead of 16 kB (see MAX_TOKEN_BYTES)."""
    parser = ET.XMLPullParser(events=events)
    while True:
        data = stream.read(XML_CHUNK_BYTES)
        if not data:
            break
        parser.feed(data)
        yield from parser.read_events()
    parser.close()
    yield from parser.read_events()


def _parse(source, progress, max_bytes):
    label = source.label
    with source.open() as raw:
        _check_prolog(_BoundedReader(raw, max_bytes, label), label)
    delivery = _parse_chunks(source, progress, max_bytes)
    if delivery is None:  # a document the chunks cannot take, or malformed XML: read it element by element
        delivery = _parse_stream(source, progress, max_bytes)
    if progress.canceled():
        return delivery
    _finish_coordinates(delivery)
    if not delivery.version:
        raise KlicError(tr("{file}: no IMKL 1.2 or IMKL 2.0 features found; is this a "
                           "GI_gebiedsinformatielevering file of a KLIC delivery?").format(file=label))
    return delivery


def _open_stream(source, progress, max_bytes):
    """The source as a bounded stream that reports the fraction read to ``progress``."""
    done = [0]

    def on_read(n):
        done[0] += n
        if source.size:
            progress.set(min(1.0, done[0] / source.size))

    return _BoundedReader(source.open(), max_bytes, source.label, on_read)  # read in large blocks: no buffer


# Reading element by element (an event per element) costs more than parsing the XML itself, and building the
# elements more than reading their values. So the document is read CHUNK_BYTES at a time, each read cut
# after its last featureMember(s) end tag into a chunk. In a chunk, the members of a shape met before are
# read by that shape's template (core/xmltemplate.py): one regular-expression pass gives their values, which
# the same value functions read. The rest (the first member of each shape, containers of several features,
# anything a template does not take) is parsed by ElementTree in batches of about BATCH_BYTES (small enough
# for a batch's elements to stay in the CPU cache), each inside a copy of the document's own head (XML
# declaration and root start tag with its namespace declarations). Records keep document order. A feature
# type with more shapes than MAX_SHAPES, most of whose members no template takes, is left to ElementTree
# (trying templates in vain would cost more than they save). On any error, or a cut inside a comment or
# CDATA section, the whole document is read element by element instead: its errors are the ones reported
# (malformed XML at its real line and column).
CHUNK_BYTES = 4 * 1024 ** 2
BATCH_BYTES = 64 * 1024
MAX_BATCH_BYTES = 64 * 1024 ** 2  # no cut in this many bytes (one huge featureMembers): element by element
MAX_TEMPLATES = 64  # shapes learnt per file; members of further shapes are parsed by ElementTree
MAX_SHAPES = 4      # shapes learnt per feature type: more would make every member of the type try them all
MAX_FAILURES = 3    # members of one feature type no template could be learnt from: stop trying that type
LEARN_ROUNDS = 3    # per chunk: shapes learnt from the unmatched members, then the chunk matched again
LEARN_LOOKS = 64    # per round and feature type: members looked at for shapes (the next round sees the rest)
_MEMBER_END = re.compile(rb"</(?:[^\s<>/:]+:)?featureMembers?\s*>")  # with any prefix
_START_TAG = re.compile(rb"""<([^\s/>]+)(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*>""")
_ENCODING = re.compile(rb"""<\?xml[^>]*?encoding\s*=\s*["']([^"']+)""")
_BY_ELEMENT = object()  # a member a template matched that the element reader must read after all


def _blocks(data, stream, size):
    """``data``, then what ``stream`` (None: nothing more) gives, in blocks of ``size`` bytes."""
    for start in range(0, len(data), size):
        yield data[start:start + size]
    while stream is not None:
        block = stream.read(size)
        if not block:
            return
        yield block


def _chunks(blocks):
    """The document from its ``blocks`` on as (chunk, last): each chunk what was read up to the last
    featureMember(s) end tag in it, the last one running to the end of the document; (None, False) when no
    end tag comes within MAX_BATCH_BYTES. A byte is copied once, into its chunk."""
    pending = b""
    for block in blocks:
        cut = _last_member_end(block)
        if cut is not None:
            yield b"".join((pending, memoryview(block)[:cut])), False
            pending = block[cut:]
            continue
        pending += block  # no end tag in the block alone: one may have begun in the bytes before
        cut = _last_member_end(pending)
        if cut is not None:
            yield pending[:cut], False
            pending = pending[cut:]
        elif len(pending) > MAX_BATCH_BYTES:
            yield None, False
            return
    yield pending, True


def _last_member_end(data):
    """Where the last featureMember(s) end tag in ``data`` ends; None when it holds none."""
    at = len(data)
    while True:
        at = data.rfind(b"featureMember", 0, at)
        tag = data.rfind(b"<", 0, at) if at > 0 else -1
        if tag < 0:
            return None
        end = _MEMBER_END.match(data, tag)
        if end is not None:
            return end.end()
        at = tag


def _parse_chunks(source, progress, max_bytes):
    """The delivery read chunk by chunk; None when the document cannot be read that way or has an error."""
    label = source.label
    with _open_stream(source, progress, max_bytes) as stream:
        data = stream.read(XML_CHUNK_BYTES)
        offset = xmlsafe.root_offset(data)
        root = None if offset is None else _START_TAG.match(data, offset)
        if root is None:
            return None
        head = data[:root.end()]
        delivery = Delivery(label=label)
        try:
            gml_prefix = None
            for _event, (prefix, uri) in ET.iterparse(io.BytesIO(head + b"</" + root.group(1) + b">"),
                                                      ("start-ns",)):
                if uri in IMKL_NAMESPACES and not delivery.version:
                    delivery.version = IMKL_NAMESPACES[uri]
                if uri == GML and gml_prefix is None:
                    gml_prefix = prefix
            if not delivery.version:  # namespaces declared further in: the element reader takes the first one
                return None
            reader = _ChunkReader(delivery, head, root.group(1), gml_prefix)
            for chunk, last in _chunks(_blocks(data[root.end():], stream, CHUNK_BYTES)):
                if chunk is None or not reader.read(chunk, last):
                    return None
                if progress.canceled():
                    break
        except (ET.ParseError, KlicError, ValueError, TypeError, shapely.errors.ShapelyError):
            return None  # the element reader reports the error it meets first
    return delivery


class _ChunkReader:
    """Reads the chunks of one GI file into its Delivery (see above)."""

    def __init__(self, delivery, head, root_name, gml_prefix):
        self.delivery, self.head, self.end_tag = delivery, head, b"</" + root_name + b">"
        encoding = _ENCODING.match(head)
        self.utf8 = encoding is None or encoding.group(1).lower() in (b"utf-8", b"utf8")
        self.templates, self.handlers, self.tags = xmltemplate.Templates(), [], []  # per template its handler, type
        self.failures, self.shapes = Counter(), Counter()
        member = (gml_prefix.encode() + b":" if gml_prefix else b"") + b"featureMember"
        self.member_start = None if gml_prefix is None else re.compile(
            b"<" + re.escape(member) + rb"[ \t\r\n]*>[ \t\r\n]*<([^\s/>]+)")
        self.member_end = re.compile(b"</" + re.escape(member) + rb"[ \t\r\n]*>[ \t\r\n]*")

    def read(self, chunk, last):
        """Read ``chunk`` (``last``: it ends the document); False when the document must be read element by
        element."""
        if self.member_start is None or not self._decodes(chunk):
            found, gaps = [], [(0, chunk)]
        else:
            for round_ in range(LEARN_ROUNDS + 1):
                found, gaps = self.templates.scan(chunk)
                if round_ == LEARN_ROUNDS or not self._learn(gaps):
                    break
        if last and (not gaps or gaps[-1][0] + len(gaps[-1][1]) != len(chunk)
                     or not gaps[-1][1].strip(b" \t\r\n")):
            return False  # the root's end tag is missing: the element reader says so
        keyed = {"features": [], "objects": [], "links": [], "depths": []}
        pieces = [(position, gap) for position, gap in gaps if gap.strip(b" \t\r\n")]
        for matches, handler in zip(found, self.handlers):
            if not matches:
                continue
            if handler is None:
                pieces.extend((start, chunk[start:end]) for start, end, _values in matches)
                continue
            pieces.extend(handler(matches, keyed, chunk))
        pieces.sort(key=itemgetter(0))
        if not self._read_elements(pieces, keyed, last):
            return False
        self._take(keyed)
        if found:
            self._drop_irregular(found, gaps)
        return True

    def _drop_irregular(self, found, gaps):
        """Forget the templates of a feature type whose members mostly match none of them (more shapes than
        MAX_SHAPES): every such member tries them all in vain; the element reader takes them at its own pace."""
        full = {tag for tag in self.tags if self.shapes[tag] >= MAX_SHAPES}  # only these can be
        if not full:
            return
        matched = Counter()
        for tag, matches in zip(self.tags, found):
            matched[tag] += len(matches)
        unmatched = Counter(start.group(1) for _position, gap in gaps for start in self.member_start.finditer(gap))
        irregular = {tag for tag in full if unmatched[tag] > matched[tag]}
        if not irregular:
            return
        kept = [index for index, tag in enumerate(self.tags) if tag not in irregular]
        templates = xmltemplate.Templates()
        for index in kept:
            templates.add(self.templates.templates[index])
        self.templates, self.handlers = templates, [self.handlers[index] for index in kept]
        self.tags = [self.tags[index] for index in kept]
        self.failures.update(dict.fromkeys(irregular, MAX_FAILURES))  # not learnt again

    def _decodes(self, chunk):
        if chunk.isascii():
            return True
        if not self.utf8:
            return False
        try:
            chunk.decode("utf-8")
        except UnicodeDecodeError:
            return False
        return True

    def _learn(self, gaps):
        """Learn templates from the unmatched members in ``gaps``: of each feature type every shape met (up to
        MAX_SHAPES); whether any was learnt."""
        learnt, fresh, looked = False, defaultdict(list), Counter()  # per type: patterns learnt, members looked at
        for _position, gap in gaps:
            for start in self.member_start.finditer(gap):
                tag = start.group(1)
                if self.failures[tag] >= MAX_FAILURES or self.shapes[tag] >= MAX_SHAPES or \
                        len(self.templates.templates) >= MAX_TEMPLATES or looked[tag] >= LEARN_LOOKS:
                    continue
                looked[tag] += 1
                end = self.member_end.search(gap, start.end())
                member = None if end is None else gap[start.start():end.end()]
                if member is not None and any(pattern.fullmatch(member) for pattern in fresh[tag]):
                    continue  # a shape learnt just now
                template = None if member is None else self._template(member)
                if template is None:
                    self.failures[tag] += 1
                    continue
                self.templates.add(template)
                self.handlers.append(_template_handler(template, self.delivery.label))
                self.tags.append(tag)
                self.shapes[tag] += 1
                fresh[tag].append(re.compile(template.pattern))
                learnt = True
        return learnt

    def _template(self, member):
        try:
            collection = ET.fromstring(self.head + member + self.end_tag)
        except ET.ParseError:
            return None
        if len(collection) != 1 or collection[0].tag != FEATURE_MEMBER or len(collection[0]) != 1:
            return None
        return xmltemplate.learn(member, collection[0])

    def _read_elements(self, pieces, keyed, last):
        """Parse ``pieces`` ((position, bytes) of whole members, in document order) with ElementTree in
        batches of about BATCH_BYTES and read their features into ``keyed`` (features, objects, links and
        depths keyed by position) and the delivery (all else); False when they do not parse as members."""
        delivery, parts = self.delivery, []
        for position, piece in pieces:  # large pieces cut after member end tags, small ones joined below
            if len(piece) <= BATCH_BYTES:
                parts.append((position, piece))
                continue
            offset = 0
            for part, _final in _chunks(_blocks(piece, None, BATCH_BYTES)):
                if part is None:
                    return False
                parts.append((position + offset, part))
                offset += len(part)
        batches, batch, size = [], [], 0
        for part in parts:
            batch.append(part)
            size += len(part[1])
            if size >= BATCH_BYTES:
                batches.append(batch)
                batch, size = [], 0
        batches += [batch] if batch else []
        read = Delivery(label=delivery.label, version=delivery.version, date=delivery.date,
                        meldnummer=delivery.meldnummer)
        for index, batch in enumerate(batches):
            text = b"".join(map(itemgetter(1), batch))
            closing = last and index == len(batches) - 1  # the last part holds the root's end tag
            collection = ET.fromstring(self.head + text + (b"" if closing else self.end_tag))
            members = [member for member in collection
                       if member.tag == FEATURE_MEMBER or member.tag == FEATURE_MEMBERS]
            # each "featureMember" in the batch is the start or end tag of one of these (none nested deeper)
            if text.count(b"featureMember") != 2 * len(members) or not all(map(len, members)):
                return False
            # a member's key: the position of its part, plus its rank there (fewer features than bytes)
            keys = [position + rank for position, part in batch for rank in range(part.count(b"featureMember") // 2)]
            for key, member in zip(keys, members):
                for feature in member:
                    self._read_element(read, feature, key, keyed)
                    key += 1
        delivery.unfinished = delivery.unfinished or read.unfinished
        delivery.networks.update(read.networks)
        delivery.operators.update(read.operators)
        delivery.points.extend(read.points)
        delivery.zones.extend(read.zones)
        delivery.date, delivery.meldnummer = read.date, read.meldnummer
        return True

    @staticmethod
    def _read_element(read, feature, key, keyed):
        """_read_feature into ``read``, its features and records also into ``keyed`` under ``key``."""
        sizes = len(read.objects), len(read.depths)
        _read_feature(read, feature, read.label)
        name, imkl_id, reason = read.features[-1]
        keyed["features"].append((key, read.features[-1]))
        if len(read.objects) > sizes[0]:
            keyed["objects"].append((key, read.objects[-1]))
        if len(read.depths) > sizes[1]:
            keyed["depths"].append((key, read.depths[-1]))
        if name == "UtilityLink" and reason is None:
            keyed["links"].append((key, (imkl_id, read.links[imkl_id])))

    def _take(self, keyed):
        """Add the chunk's features and records to the delivery in document order."""
        delivery = self.delivery
        for name, target in (("features", delivery.features), ("objects", delivery.objects),
                             ("depths", delivery.depths)):
            target.extend(map(itemgetter(1), sorted(keyed[name], key=itemgetter(0))))
        delivery.links.update(map(itemgetter(1), sorted(keyed["links"], key=itemgetter(0))))


# --- templates: the members of one shape read together ---------------------------------------------
# _template_handler gives, for a template of a hot feature type (UtilityLink, cable objects, Diepte, types
# that are only counted), the function that reads all its matches of a chunk into ``keyed`` with the
# functions the element reader uses, each computed once per distinct value (xmltemplate.column); a member
# whose values need the element reader after all (coordinates that are not plain numbers) comes back as a
# piece for it. Other types (networks, operators, points, zones) are few: None, the element reader.
_VALUE_KEYS = (XLINK_HREF, XSI_NIL, "uom")
_DIAMETERS = ("pipeDiameter", "kabelDiameter", "ductWidth", "diameter")


def _template_handler(template, label):
    feature = template.root[0]
    name = _LOCAL_NAMES[feature.tag]
    first = {_LOCAL_NAMES[child.tag]: child for child in reversed(feature)}
    if name == "UtilityLink":
        read = _link_reader(template, first, label)
    elif "link" in first:
        read = _cable_reader(template, feature, first, name)
    elif name in DEPTH_TYPES:
        read = _depth_reader(template, first, name, label)
    elif _HANDLERS.get(name, _not_read) is _not_read:
        read = _skipped(_not_read(None, feature, first, name, None))
    else:
        return None
    if read is None:
        return None
    records, target = read
    id_group = template.groups.get((id(feature), GML_ID))

    def handle(matches, keyed, chunk):
        starts, rows = list(map(itemgetter(0), matches)), list(map(itemgetter(2), matches))
        ids = [None] * len(rows) if id_group is None else list(map(bytes.decode, map(itemgetter(id_group), rows)))
        reasons, made = records(rows, ids)
        pieces = []
        if _BY_ELEMENT in reasons:  # rare: these members go to the element reader
            pieces = [(start, chunk[start:end]) for (start, end, _values), reason in zip(matches, reasons)
                      if reason is _BY_ELEMENT]
            keep = [i for i, reason in enumerate(reasons) if reason is not _BY_ELEMENT]
            starts, ids, reasons = [starts[i] for i in keep], [ids[i] for i in keep], [reasons[i] for i in keep]
            made = None if made is None else [made[i] for i in keep]
        keyed["features"].extend(zip(starts, zip(repeat(name), ids, reasons)))
        if made is not None:
            kept = zip(ids, made) if target == "links" else made
            keyed[target].extend(compress(zip(starts, kept), map(is_, reasons, repeat(None))))
        return pieces

    return handle


def _skipped(reason):
    """The reader of a template whose members are all skipped for ``reason``."""
    return (lambda rows, ids: ([reason] * len(rows), None)), None


def _column(template, rows, elements, function, keys=_VALUE_KEYS, text=True, distinct=False):
    return xmltemplate.column(template, rows, elements, function, keys, text, distinct)


def _geometry_shape(holder, kind, child_tag):
    """The gml geometry element ``holder`` starts with and its one coordinate child when they are of the
    plain shape (``kind`` with a single leaf ``child_tag``) the templates read; None otherwise."""
    children = list(holder)
    if not children:
        return None
    geometry = children[0]
    if geometry.tag not in kind or len(geometry) != 1 or geometry[0].tag != child_tag or len(geometry[0]):
        return None
    return geometry, geometry[0]


def _coordinates(template, rows, geometry, coordinates, least, label, points=False):
    """Per row the shapely line (or with ``points`` the point) of its plain coordinate list - in one pass where
    all are as writers write them, else each checked by _plain and all made in one call - False: too few
    points, None: the element reader reads it; after the SRS check."""
    for srs in _column(template, rows, [geometry], lambda view: view.get("srsName"), ("srsName",), False, True):
        _check_srs_name(srs, label)

    def dimensions(distinct=False):  # srsDimension of the coordinates, else of their geometry, else 2
        return _column(template, rows, [coordinates, geometry], lambda child, parent: child.get("srsDimension")
                       or parent.get("srsDimension") or "2", ("srsDimension",), False, distinct)

    group = template.groups.get((id(coordinates), None))
    texts = [b""] * len(rows) if group is None else [row[group] for row in rows]
    distinct = dimensions(distinct=True)
    dim = next(iter(distinct)) if len(distinct) == 1 else None
    if dim in ("2", "3"):
        joined = b"\n".join(texts)
        counts = _spaced_counts(joined, len(texts))
        size = int(dim)
        if counts is not None and not (counts % size).any() and (counts >= least * size).all():
            return _shapes(np.fromstring(joined, sep=" ").reshape(-1, size)[:, :2], counts // size, points)
    made = list(map(_plain, map(bytes.decode, texts), dimensions(), repeat(least, len(texts))))
    pending = [coords for coords in made if type(coords) is _Coords]
    if not pending:
        return made
    finished = iter(_geometries(pending, points))
    return [next(finished) if type(coords) is _Coords else coords for coords in made]


def _spaced_counts(joined, count):
    """How many numbers each of the ``count`` coordinate lists ``joined`` by line feeds holds when all are what
    writers write: decimal numbers (digits and at most one point, at most 30 digits) separated by single
    spaces; else None (then _plain reads them one by one). One numpy pass instead of a regular expression
    per list."""
    if not joined or joined.translate(None, b"0123456789. \n") or joined.count(b"\n") != count - 1:
        return None
    chars = np.frombuffer(joined, np.uint8)
    ends = np.flatnonzero((chars == 32) | (chars == 10))  # where a number ends
    bounds = np.concatenate([[-1], ends, [len(chars)]])
    if (np.diff(bounds) < 2).any() or np.diff(bounds).max() > 31:
        return None  # an empty list, more than one space or a number of over 30 characters: _plain decides
    dots = np.flatnonzero(chars == 46)
    number = np.searchsorted(ends, dots)  # the number each point is in
    if (np.diff(number) == 0).any() or (np.diff(bounds)[number] == 2).any():
        return None  # "1.2.3" or a lone ".": _plain decides
    lines = np.flatnonzero(chars == 10)
    return np.diff(np.searchsorted(ends, np.concatenate([lines, [len(chars)]]), side="left"), prepend=-1)


def _link_reader(template, first, label):
    holder = first.get("centrelineGeometry")
    if holder is None:
        return _skipped(SKIP_NO_GEOMETRY)
    shape = _geometry_shape(holder, (f"{{{GML}}}LineString", f"{{{GML}}}Curve"), POS_LIST)
    if shape is None:
        return None

    def records(rows, _ids):
        plain = _coordinates(template, rows, *shape, 2, label)
        networks = _column(template, rows, [first.get("inNetwork")], _href)
        lifecycles = _column(template, rows, [first.get(n) for n in _LIFECYCLE], _lifecycle_of)
        if any(map(is_, plain, repeat(None))) or any(map(is_, plain, repeat(False))):
            reasons = [_BY_ELEMENT if p is None else SKIP_NO_GEOMETRY if p is False else None for p in plain]
        else:  # all lines
            reasons = [None] * len(plain)
        return reasons, _records(Link, [plain, networks, *zip(*lifecycles)])

    return records, "links"


def _cable_reader(template, feature, first, name):
    links = [template.groups.get((id(child), XLINK_HREF)) for child in feature if _LOCAL_NAMES[child.tag] == "link"]
    links = [group for group in links if group is not None]

    def records(rows, ids):
        networks = _column(template, rows, [first.get("inNetwork")], _href)
        diameters = _column(template, rows, [first.get(n) for n in _DIAMETERS],
                            lambda *views: _diameter(dict(zip(_DIAMETERS, views))))
        labels = _column(template, rows, [first.get("label")], _text)
        lifecycles = _column(template, rows, [first.get(n) for n in _LIFECYCLE], _lifecycle_of)
        hrefs = [list(map(bytes.decode, map(itemgetter(group), rows))) for group in links]
        if hrefs and all(all(column) and "\n#" not in "\n" + "\n".join(column) for column in hrefs):
            targets = list(map(list, zip(*hrefs)))  # the common case: plain ids, none empty or with '#'
        else:
            targets = [[href[1:] if href[0] == "#" else href for href in found if href]
                       for found in (zip(*hrefs) if hrefs else repeat((), len(rows)))]
        return [None] * len(rows), _records(CableObject, [ids, repeat(name), networks, targets, diameters, labels,
                                                          *zip(*lifecycles)])

    return records, "objects"


def _depth_reader(template, first, name, label):
    holder = first.get("ligging")
    if holder is None:
        return _skipped(SKIP_NO_GEOMETRY)
    shape = _geometry_shape(holder, (GML_POINT,), POS)
    if shape is None:
        return None
    kind = DEPTH_TYPES[name]

    def records(rows, ids):
        plain = _coordinates(template, rows, *shape, 1, label, points=True)
        values = _column(template, rows, [first.get("dieptePeil")], _measure_m)
        grounds = _column(template, rows, [first.get("maaiveldPeil")], _measure_m)
        anchors = _column(template, rows, [first.get("diepteAangrijpingspunt")],
                          lambda view: _code(view) or "bovenkant")
        networks = _column(template, rows, [first.get("inNetwork")], _href)
        labels = _column(template, rows, [first.get("label")], _text)
        reasons, made = [], []
        for p, imkl_id, value, ground, anchor, network, label_ in zip(plain, ids, values, grounds, anchors,
                                                                     networks, labels):
            reason = _BY_ELEMENT if p is None else SKIP_NO_GEOMETRY if p is False else \
                SKIP_NO_DEPTH_VALUE if value is None else None
            reasons.append(reason)
            made.append(None if reason else {
                "imkl_id": imkl_id, "feature_type": name, "kind": kind, "value": value, "ground": ground,
                "anchor": anchor, "network": network, "geometry": p, "label": label_})
        return reasons, made

    return records, "depths"


def _parse_stream(source, progress, max_bytes):
    """The delivery read element by element (an event per element)."""
    label = source.label
    delivery = Delivery(label=label)
    with _open_stream(source, progress, max_bytes) as stream:
        try:
            for event, element in _iterparse(stream, ("end", "start-ns")):
                if event == "start-ns":  # (prefix, uri): an IMKL namespace declared on the collection
                    if element[1] in IMKL_NAMESPACES and not delivery.version:
                        delivery.version = IMKL_NAMESPACES[element[1]]
                    continue
                tag = element.tag
                if tag != FEATURE_MEMBER and tag != FEATURE_MEMBERS:
                    continue
                for feature in element:
                    _read_feature(delivery, feature, label)
                element.clear()
                if progress.canceled():
                    return delivery
        except ET.ParseError as exc:
            line, column = exc.position
            message = str(exc).split(":")[0]
            raise KlicError(tr("{file}: malformed XML at line {line}, column {column}: {error}").format(
                file=label, line=line, column=column + 1, error=message)) from None
    return delivery


# =================================================================================================
# Merging and resolving references
# =================================================================================================

def _top_of_pipe(depth, anchor, diameter):
    """Depth of the top of the pipe from a depth measured at ``anchor`` (bovenkant/midden/onderkant)."""
    if diameter is None:
        return depth
    if anchor == "onderkant":
        return max(0.0, depth - diameter)
    if anchor in ("midden", "hartlijn", "centrum"):
        return max(0.0, depth - diameter / 2.0)
    return depth


def _status(code):
    if code is None:
        return None
    return STATUS.get(code, code)


def merge(deliveries, depth_tolerance=DEFAULT_DEPTH_TOLERANCE_M):
    """Merge parsed deliveries (newest first wins on duplicate ids) and resolve all references."""
    ordered = sorted(deliveries, key=lambda d: d.date or "", reverse=True)
    pool = _Pool()
    for delivery in ordered:
        pool.add(delivery)
    names = _Names(pool.networks, pool.operators)
    lines, line_networks = _lines(pool, names)
    taken_by = _assign_depths(lines, line_networks, pool.depths, depth_tolerance, pool.skipped)
    for record in pool.points:
        network = record["network"]
        record.update(utility_type=names.themas.get(network),
                      network_operator=names.operator(record["imkl_id"], network),
                      status=_status(record.pop("status_code")))
    points = pool.points + _depth_points(pool.depths, taken_by, lines, names)
    for record in pool.zones:
        network = record.pop("network")
        record.update(utility_type=names.themas.get(network) if network else None,
                      network_operator=names.operator(network) if network else None)
    return KlicData(lines=lines, points=points, zones=pool.zones, read=pool.read, skipped=dict(pool.skipped),
                    deliveries=[{"name": d.meldnummer or d.label, "file": d.label, "version": d.version,
                                 "date": d.date, "lines": sum(map(len, map(attrgetter("links"), d.objects)))}
                                for d in ordered])


@dataclass
class _Pool:
    """The features of all deliveries, each id once (from the newest delivery), tagged with its delivery."""

    read: Counter = field(default_factory=Counter)
    skipped: defaultdict = field(default_factory=lambda: defaultdict(Counter))
    networks: dict = field(default_factory=dict)
    operators: dict = field(default_factory=dict)
    links: dict = field(default_factory=dict)
    objects: list = field(default_factory=list)
    depths: list = field(default_factory=list)
    points: list = field(default_factory=list)
    zones: list = field(default_factory=list)
    seen: set = field(default_factory=set)       # ids of the deliveries added before
    unseen: list = field(default_factory=list)   # the features of the last one, not yet in ``seen``
    link_deliveries: list = field(default_factory=list)    # (tag, count) per delivery, in the order of links
    object_deliveries: list = field(default_factory=list)  # the same for objects

    def add(self, delivery):
        """Count the features of ``delivery`` and take its records (in place: a Delivery is merged once)."""
        features = delivery.features
        for earlier in self.unseen:  # the ids of earlier deliveries are only gathered when another one comes
            self.seen.update(map(itemgetter(1), earlier))
        self.seen.discard(None)
        self.unseen = [features]
        duplicates = self.seen.intersection(map(itemgetter(1), features)) if self.seen else set()
        outcomes = ((feature_type, SKIP_DUPLICATE if imkl_id in duplicates else reason)
                    for feature_type, imkl_id, reason in features) if duplicates else map(itemgetter(0, 2), features)
        for (feature_type, reason), count in Counter(outcomes).items():  # in order of first occurrence
            self.read[feature_type] += count
            if reason is not None:
                self.skipped[feature_type][reason] += count
        for key, value in delivery.networks.items():
            self.networks.setdefault(key, value)
        for key, value in delivery.operators.items():
            self.operators.setdefault(key, value)
        tag = delivery.meldnummer or delivery.label
        links, objects = delivery.links, delivery.objects
        if duplicates:
            links = {key: link for key, link in links.items() if key not in duplicates}
            objects = [obj for obj in objects if obj.imkl_id not in duplicates]
        self.links.update(links)  # none of these ids is in it yet: they come after the others, in order
        self.link_deliveries.append((tag, len(links)))
        self.objects.extend(objects)
        self.object_deliveries.append((tag, len(objects)))
        for target, records in ((self.depths, delivery.depths), (self.points, delivery.points),
                                (self.zones, delivery.zones)):
            for record in records:
                if record["imkl_id"] not in duplicates:
                    record["delivery"] = tag
                    target.append(record)


class _Names:
    """Thema, operator and standard depth of a network id (resolved through the delivery's networks)."""

    def __init__(self, networks, operators):
        self.operators = operators
        self.themas = {key: network.get("thema") for key, network in networks.items()}
        self.standard_depths = {key: network.get(STANDARD_DEPTH) for key, network in networks.items()}

    def operator(self, *ids):
        for imkl_id in ids:
            code = bronhoudercode(imkl_id)
            if code:
                return self.operators.get(code, code)
        return None


_LINE_FIELDS = ("geometry", "network", "utility_type", "network_operator", "imkl_id", "link_id", "object_type",
                "diameter_m", "status", "valid_from", "valid_to", "label", STANDARD_DEPTH, "delivery")


def _lines(pool, names):
    """One line record per (object, link) and per link no object points at (a cable of its network too);
    and per line the networks whose depth points may lie on it (the object's and the link's). Column by
    column: a few C-level passes per field instead of a Python loop per line."""
    links, objects = pool.links, pool.objects
    (ids, types, networks, targets, diameters, labels, statuses, valid_from, valid_to) = \
        zip(*objects) if objects else ((),) * 9
    counts = list(map(len, targets))
    flat = list(chain.from_iterable(targets))
    present = list(map(links.__contains__, flat))
    if all(present) and counts.count(1) == len(counts):
        picked, found = None, flat  # the common case: one link each, all in the delivery
    else:
        owners = np.repeat(np.arange(len(objects)), counts)[np.array(present, bool)]  # per found link its object
        for i in np.flatnonzero(np.bincount(owners, minlength=len(objects)) == 0).tolist():
            pool.skipped[types[i]][SKIP_NO_LINKS] += 1
        picked, found = owners.tolist(), list(compress(flat, present))

    def per_line(column):
        return list(column) if picked is None else list(map(column.__getitem__, picked))

    object_tags = list(_expand(pool.object_deliveries))
    link_records = list(map(links.__getitem__, found))
    line_geometry = list(map(attrgetter("geometry"), link_records))
    link_networks = list(map(attrgetter("network"), link_records))
    object_networks = per_line(networks)
    used = set(found)
    is_unused = [key not in used for key in links] if len(used) < len(links) else []  # found: keys of links
    unused = list(compress(links, is_unused))
    unused_tags = list(compress(_expand(pool.link_deliveries), is_unused))
    geometry, unused_networks, unused_statuses, unused_from, unused_to = \
        zip(*map(links.__getitem__, unused)) if unused else ((),) * 5
    line_networks = list(zip(object_networks, link_networks)) + list(zip(unused_networks))
    network = (object_networks if all(object_networks) else  # a line's network: its object's, else its link's
               [a or b for a, b in zip(object_networks, link_networks)]) + list(unused_networks)
    code = per_line(list(map(bronhoudercode, ids))) + list(map(bronhoudercode, unused))
    operator = {key: names.operators.get(key, key) for key in set(code)}  # a line's operator is its code's ...
    operators = [operator[key] if key else names.operator(line_network)  # ... else its network's
                 for key, line_network in zip(code, network)] if None in operator else list(map(operator.get, code))
    status = {key: _status(key) for key in set(statuses) | set(unused_statuses)}
    columns = (
        line_geometry + list(geometry), network, list(map(names.themas.get, network)),
        operators, per_line(ids) + unused, found + unused,
        per_line(types) + ["UtilityLink"] * len(unused), per_line(diameters) + [None] * len(unused),
        list(map(status.__getitem__, chain(per_line(statuses), unused_statuses))),
        per_line(valid_from) + list(unused_from), per_line(valid_to) + list(unused_to),
        per_line(labels) + [None] * len(unused), list(map(names.standard_depths.get, network)),
        per_line(object_tags) + unused_tags)
    count = len(columns[0])
    lines = Lines(dict(zip(_LINE_FIELDS, columns), depth_m=[None] * count, depth_source=["unknown"] * count,
                       level_nap_m=[None] * count))
    return lines, line_networks


def _expand(runs):
    """The values of ``runs`` ((value, count) pairs), each repeated count times."""
    return chain.from_iterable(repeat(value, count) for value, count in runs)


def _nap_level(depth, diameter):
    """The NAP level of the top of the pipe from a DiepteNAP measured at its anchor point."""
    level = depth["value"]
    if diameter is not None and depth["anchor"] == "onderkant":
        level += diameter
    elif diameter is not None and depth["anchor"] in ("midden", "hartlijn", "centrum"):
        level += diameter / 2.0
    return level


def _assign_depths(lines, line_networks, depths, tolerance, skipped):
    """Give each line the depth of the Diepte points of its network that lie on it.

    A Diepte point belongs to the nearest cable/pipe of the same network within ``tolerance`` m.
    Per line, a depth below ground level (DiepteTovMaaiveld) wins over one from NAP (DiepteNAP
    minus maaiveldPeil); of several, the shallowest top of pipe is taken (conservative for digging).
    A DiepteNAP without maaiveldPeil gives ``level_nap_m`` (top of pipe in m NAP) but no depth.
    """
    if not depths or not lines:
        return {}
    geoms = arrays.objects(lines.column("geometry"))
    tree = shapely.STRtree(geoms)
    points = arrays.objects([d["geometry"] for d in depths])
    depth_index, line_index = tree.query(points, predicate="dwithin", distance=tolerance)
    distance = shapely.distance(points[depth_index], geoms[line_index])
    best = {}
    for di, li, dist in zip(depth_index.tolist(), line_index.tolist(), distance.tolist()):
        depth = depths[di]
        if depth["network"] and depth["network"] not in line_networks[li]:
            continue
        if di not in best or dist < best[di][1]:
            best[di] = (li, dist)
    per_line = defaultdict(list)
    for di, depth in enumerate(depths):
        if di in best:  # a point no cable takes still reaches the points output with its depth
            per_line[best[di][0]].append(depth)
    link_ids, diameters = lines.column("link_id"), lines.column("diameter_m")
    depth_m, depth_source, level_nap_m = (lines.column(name) for name in ("depth_m", "depth_source", "level_nap_m"))
    taken_by = {di: link_ids[li] for di, (li, _dist) in best.items()}
    for li, found in per_line.items():
        diameter = diameters[li]
        below_ground, from_nap, nap_levels = [], [], []
        for depth in found:
            if depth["kind"] == "maaiveld":
                below_ground.append(_top_of_pipe(abs(depth["value"]), depth["anchor"], diameter))
            else:
                level = _nap_level(depth, diameter)
                nap_levels.append(level)
                if depth["ground"] is not None:
                    from_nap.append(max(0.0, depth["ground"] - level))
        if nap_levels:
            level_nap_m[li] = round(max(nap_levels), 3)
        if below_ground:
            depth_m[li], depth_source[li] = round(min(below_ground), 3), "maaiveld"
        elif from_nap:
            depth_m[li], depth_source[li] = round(min(from_nap), 3), "nap"
    return taken_by


def _depth_points(depths, taken_by, lines, names):
    """Every Diepte object as a point record with its own depth, whether or not a cable took it.

    ``depth_m`` is the depth below ground level at the measured point (DiepteTovMaaiveld: the value;
    DiepteNAP: maaiveldPeil minus dieptePeil, empty without maaiveldPeil), moved to the top of the pipe
    with the diameter of the cable that took it (when known); ``link_id`` names that cable's link, empty
    when no cable of its network lies within the tolerance. ``top_m``/``bottom_m`` give the point the
    depth interval the reservation check reads (the measured point; empty: unknown).
    """
    diameters = dict(zip(lines.column("link_id"), lines.column("diameter_m")))
    records = []
    for di, depth in enumerate(depths):
        link_id = taken_by.get(di)
        diameter = diameters.get(link_id)
        level = None
        if depth["kind"] == "maaiveld":
            value, source = _top_of_pipe(abs(depth["value"]), depth["anchor"], diameter), "maaiveld"
        else:
            level = _nap_level(depth, diameter)
            value = None if depth["ground"] is None else max(0.0, depth["ground"] - level)
            source = "nap" if value is not None else "unknown"
        value = None if value is None else round(value, 3)
        network = depth["network"]
        records.append({
            "imkl_id": depth["imkl_id"], "object_type": depth["feature_type"], "network": network,
            "geometry": depth["geometry"], "appurtenance_type": None, "label": depth.get("label"),
            "valid_from": None, "valid_to": None, "delivery": depth.get("delivery"),
            "depth_m": value, "depth_source": source, "level_nap_m": None if level is None else round(level, 3),
            "top_m": value, "bottom_m": value, "link_id": link_id, "utility_type": names.themas.get(network),
            "network_operator": names.operator(depth["imkl_id"], network), "status": None})
    return records


def read_klic(inputs, depth_tolerance=DEFAULT_DEPTH_TOLERANCE_M, progress=None,
              max_bytes=MAX_XML_BYTES, max_zip_total=MAX_ZIP_TOTAL_BYTES):
    """Read one or more deliveries (ZIP, folder or GI file paths) into one :class:`KlicData`
    (None when ``progress``, core/progress.py, is cancelled).

    Raises :class:`KlicError` for unreadable or unsafe input and when no utility line is found.
    """
    sources = find_sources(inputs, max_zip_total)
    with gcpause.paused():  # millions of acyclic objects: collector passes only cost time (core/gcpause.py)
        return _read(sources, depth_tolerance, progress_of(progress), max_bytes)


def _read(sources, depth_tolerance, progress, max_bytes):
    total = sum(max(1, s.size) for s in sources)
    deliveries, done = [], 0
    for source in sources:
        size = max(1, source.size)
        deliveries.append(parse_delivery(source, progress.part(done / total, (done + size) / total), max_bytes))
        done += size
        if progress.canceled():
            return None
    data = merge(deliveries, depth_tolerance)
    if not data.lines:
        raise KlicError(tr("{files}: the delivery holds no cables or pipes (no UtilityLink geometry); "
                           "there is nothing to import").format(files=", ".join(s.label for s in sources)))
    return data


CONTAINER_TYPES = {"Duct", "Kabelbed", "Mantelbuis"}  # their width holds several cables: no diameter rule


def read_plausible_sizes(path):
    """``rules/plausible_sizes.csv``: {thema key (lower case, ``*`` fallback): (dmin, dmax, depth max)}."""
    from .tables import read_table

    columns = ("diameter_min_m", "diameter_max_m", "depth_max_m")
    rows = read_table(path, required=("utility_type",) + columns, numeric=columns, allow_empty_numeric=columns)
    return {row["utility_type"].strip().lower(): tuple(row[c] for c in columns) for row in rows}


def implausible(tables, sizes):
    """Diameters and depths outside the plausible range of their thema (``sizes`` from
    :func:`read_plausible_sizes`) in ``tables`` (:class:`Lines`, lists of point records): a list of dicts
    (utility_type, quantity 'diameter' or 'depth', count, low, high, example imkl_id and value), one per
    thema and quantity. Only warns; nothing is changed. Containers (duct, cable bed, casing) have no
    diameter rule: their width holds several cables.
    """
    found = {}
    fallback = sizes.get("*", (None, None, None))
    limits = {}  # thema as given -> its (low, high, deepest): one look-up per thema, not per record

    def note(thema, quantity, minimum, maximum, imkl_id, value):
        entry = found.setdefault((thema, quantity), {
            "utility_type": thema or "?", "quantity": quantity, "count": 0, "low": minimum, "high": maximum,
            "example": imkl_id, "value": value})
        entry["count"] += 1

    names = ("utility_type", "depth_m", "diameter_m", "object_type", "imkl_id")
    for table in tables:
        columns = map(table.column, names) if isinstance(table, Lines) else \
            ([record.get(name) for record in table] for name in names)
        for thema, depth, diameter, object_type, imkl_id in zip(*columns):
            thema = thema or ""
            if thema not in limits:
                limits[thema] = sizes.get(thema.lower(), fallback)
            low, high, deepest = limits[thema]
            if depth is not None and deepest is not None and depth > deepest:
                note(thema, "depth", None, deepest, imkl_id, depth)
            if diameter is not None and ((low is not None and diameter < low) or
                                         (high is not None and diameter > high)) \
                    and object_type not in CONTAINER_TYPES:
                note(thema, "diameter", low, high, imkl_id, diameter)
    return [found[key] for key in sorted(found)]


def reason_text(reason):
    """The translated, planner-readable text of a skip reason."""
    texts = {
        SKIP_NOT_IMPORTED: tr("administrative or map annotation, not needed for the analysis"),
        SKIP_DUPLICATE: tr("duplicate of an object already read from another delivery"),
        SKIP_NO_GEOMETRY: tr("no usable geometry"),
        SKIP_NO_LINKS: tr("none of its utility links is in the delivery"),
        SKIP_NO_DEPTH_MATCH: tr("no cable or pipe of its network within the depth tolerance"),
        SKIP_NO_DEPTH_VALUE: tr("no depth value"),
        SKIP_UNKNOWN_TYPE: tr("feature type not known to this importer"),
    }
    return texts.get(reason, reason)


# Skips that are expected (the type is simply not imported) versus ones a planner should look at.
EXPECTED_SKIPS = {SKIP_NOT_IMPORTED}


def summary(data):
    """Rows (feature type, read, imported or used, skipped, reasons) sorted by type, for the report."""
    rows = []
    for feature_type in sorted(data.read):
        reasons = data.skipped.get(feature_type, {})
        skipped_n = sum(reasons.values())
        rows.append((feature_type, data.read[feature_type], data.read[feature_type] - skipped_n, skipped_n,
                     {reason: n for reason, n in reasons.items() if n}))
    return rows


__all__ = ["KlicError", "KlicData", "Delivery", "read_klic", "parse_delivery", "merge", "find_sources", "zip_infos",
           "parse_geometry", "bronhoudercode", "summary"]
