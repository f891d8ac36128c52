"""From QGIS features to plain Python/numpy/shapely and back: the one door between QGIS and ``core``.

Reading reprojects to the working CRS, repairs invalid geometries, skips (and reports) features
without geometry, and turns QGIS attribute values (NULL, QDate) into Python values.
"""

import sqlite3
from dataclasses import dataclass, field

import numpy as np
import shapely
from osgeo import gdal, ogr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProviderRegistry,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate

from ..compat import make_fields
from ..core import gpkg
from ..core import progress as core_progress
from ..core.canonical import is_null
from ..core.i18n import tr
from .base import check_canceled

DEFAULT_CRS = "EPSG:28992"
# How many feature ids a warning lists before it says "and N more".
MAX_IDS_LISTED = 20


def id_list(ids) -> str:
    ids = [str(i) for i in ids]
    if len(ids) <= MAX_IDS_LISTED:
        return ", ".join(ids)
    return tr("{listed} and {more} more").format(
        listed=", ".join(ids[:MAX_IDS_LISTED]), more=len(ids) - MAX_IDS_LISTED)


def layer_label(layer):
    """The name a planner knows a layer by: the GeoPackage/shapefile layer name, else the layer's name."""
    try:
        parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    except Exception:  # noqa: BLE001 - providers without URI decoding
        parts = {}
    return parts.get("layerName") or layer.name()


def source_crs(source):
    return source.sourceCrs() if hasattr(source, "sourceCrs") else source.crs()


def is_metric(crs) -> bool:
    return crs.isValid() and not crs.isGeographic() and crs.mapUnits() == QgsUnitTypes.DistanceUnit.DistanceMeters


def working_crs(sources, context, feedback):
    """The projected metre CRS to compute in: the first input's when it is one, else EPSG:28992.

    Inputs in any other CRS are reprojected on reading; this says so in the log.
    """
    sources = [source for source in sources if source is not None]
    for source in sources:
        label = layer_label(source) if isinstance(source, QgsVectorLayer) else (
            source.sourceName() if hasattr(source, "sourceName") else source.name())
        problem = crs_problem(label, source_crs(source), source_extent(source))
        if problem:
            raise QgsProcessingException(problem)
        if not source_crs(source).isValid():
            feedback.pushWarning(tr("{label}: the layer has no CRS; its coordinates are taken as metres in the "
                                    "working CRS. Set the layer's CRS to be sure.").format(label=label))
    crs_list = [source_crs(source) for source in sources]
    chosen = next((crs for crs in crs_list if is_metric(crs)), None)
    if chosen is None:
        chosen = QgsCoordinateReferenceSystem(DEFAULT_CRS)
    for crs in crs_list:
        if crs.isValid() and crs != chosen:
            feedback.pushInfo(tr("Input in {crs} is reprojected to {target} (a projected CRS in metres).").format(
                crs=crs.authid() or crs.description(), target=chosen.authid()))
            break
    return chosen


GEOMETRY_KINDS = {
    "point": (QgsWkbTypes.GeometryType.PointGeometry, (0, 4)),
    "line": (QgsWkbTypes.GeometryType.LineGeometry, (1, 2, 5)),
    "polygon": (QgsWkbTypes.GeometryType.PolygonGeometry, (3, 6)),
}


def _kind_name(kind):
    return {"point": tr("points"), "line": tr("lines"), "polygon": tr("polygons")}[kind]


def check_geometry_type(label, wkb_type, kind):
    """Refuse a layer whose geometry type is not ``kind`` ("point", "line", "polygon")."""
    expected, _ = GEOMETRY_KINDS[kind]
    actual = QgsWkbTypes.geometryType(wkb_type)
    if actual not in (expected, QgsWkbTypes.GeometryType.UnknownGeometry):
        raise QgsProcessingException(tr(
            "{label} holds {actual} geometries, but {expected} are needed here; choose a layer of {expected}.").format(
            label=label, actual=QgsWkbTypes.displayString(wkb_type), expected=_kind_name(kind)))


def check_feature_types(label, ids, geoms, kind):
    """Refuse features whose geometry is not ``kind`` (a layer of unknown or mixed type)."""
    _, type_ids = GEOMETRY_KINDS[kind]
    wrong = ~np.isin(shapely.get_type_id(geoms), type_ids) if len(geoms) else np.zeros(0, bool)
    if wrong.any():
        raise QgsProcessingException(tr(
            "{label}, feature(s) {ids}: not {expected}; choose a layer of {expected}, or remove these "
            "features.").format(label=label, ids=id_list(ids[wrong].tolist()), expected=_kind_name(kind)))


def check_finite(label, ids, geoms, crs):
    """Refuse coordinates that are not finite (NaN, or infinite after reprojection), naming the features."""
    if not len(geoms):
        return
    bounds = shapely.bounds(geoms)
    bad = ~np.isfinite(bounds).all(axis=1)
    if bad.any():
        raise QgsProcessingException(tr(
            "{label}, feature(s) {ids}: coordinates that are not finite numbers in {crs}; the layer's CRS is "
            "probably wrong (RD coordinates in a layer labelled EPSG:4326, or the reverse). Set the layer's "
            "CRS (Layer Properties > Source) and run again.").format(
            label=label, ids=id_list(ids[bad].tolist()), crs=crs.authid() or crs.description()))


def check_truncated_fields(label, layer_field_names, requested):
    """Refuse a requested field the layer lacks while it holds the name cut to 10 characters."""
    from .validation import missing_field_message, truncated_field

    lowered = {name.lower() for name in layer_field_names}
    for name in dict.fromkeys(f for f in requested if f):
        if name.lower() in lowered:
            continue
        if truncated_field(name, layer_field_names) is not None:
            raise QgsProcessingException(missing_field_message(label, name, layer_field_names))


def source_extent(source):
    try:
        extent = source.sourceExtent() if hasattr(source, "sourceExtent") else source.extent()
    except Exception:  # noqa: BLE001 - a provider without an extent
        return None
    if extent is None or extent.isNull() or extent.xMinimum() > extent.xMaximum():
        return None
    return extent


def _outside_area_of_use(crs, extent):
    """True when ``extent`` (in ``crs``) lies clear of the CRS's area of use (grown by 10 % each side)."""
    area = crs.bounds()  # the area of use in WGS 84 degrees
    if area is None or area.isNull() or area.width() <= 0 or area.height() <= 0 or area.width() >= 359:
        return False
    try:
        transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), crs,
                                           QgsCoordinateTransformContext())
        area = transform.transformBoundingBox(area)
    except Exception:  # noqa: BLE001 - QgsCsException: no opinion then
        return False
    if not all(np.isfinite((area.xMinimum(), area.yMinimum(), area.xMaximum(), area.yMaximum()))):
        return False
    grow_x, grow_y = area.width() * 0.1, area.height() * 0.1
    return (extent.xMaximum() < area.xMinimum() - grow_x or extent.xMinimum() > area.xMaximum() + grow_x
            or extent.yMaximum() < area.yMinimum() - grow_y or extent.yMinimum() > area.yMaximum() + grow_y)


def crs_problem(label, crs, extent):
    """A planner's message when a layer's coordinates cannot be in its CRS, else None.

    Geographic CRS (degrees) with coordinates beyond -180..180 / -90..90: metres labelled as degrees.
    No CRS with coordinates within -180..180 / -90..90: degrees that would be taken as metres.
    A projected CRS with coordinates clear of its area of use (degrees labelled EPSG:28992).
    """
    if extent is None:
        return None
    corners = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
    if not all(np.isfinite(corners)):
        return tr("{label}: the layer's extent is not finite; check its geometries and CRS.").format(label=label)
    degree_like = -180.0 <= corners[0] and corners[2] <= 180.0 and -90.0 <= corners[1] and corners[3] <= 90.0
    if crs.isValid() and crs.isGeographic() and not degree_like:
        return tr(
            "{label}: the layer is labelled {crs} (degrees), but its coordinates ({xmin:.0f}, {ymin:.0f} - "
            "{xmax:.0f}, {ymax:.0f}) are not longitudes and latitudes; they look like metres (RD New is "
            "EPSG:28992). Set the layer's real CRS (Layer Properties > Source) and run again.").format(
            label=label, crs=crs.authid(), xmin=corners[0], ymin=corners[1], xmax=corners[2], ymax=corners[3])
    # Degrees labelled with a projected CRS: read as longitudes and latitudes they lie in the CRS's area of
    # use, read as metres far outside it (small local test coordinates are neither, and pass).
    if crs.isValid() and not crs.isGeographic() and degree_like and extent.intersects(crs.bounds()) \
            and _outside_area_of_use(crs, extent):
        return tr(
            "{label}: the layer is labelled {crs}, but its coordinates ({xmin:g}, {ymin:g} - {xmax:g}, {ymax:g}) "
            "lie nowhere near the area where {crs} is used; they look like degrees (EPSG:4326). Set the layer's "
            "real CRS (Layer Properties > Source) and run again.").format(
            label=label, crs=crs.authid() or crs.description(), xmin=corners[0], ymin=corners[1],
            xmax=corners[2], ymax=corners[3])
    if not crs.isValid() and degree_like and (corners[2] - corners[0]) < 360:
        return tr(
            "{label}: the layer has no CRS and its coordinates ({xmin:g}, {ymin:g} - {xmax:g}, {ymax:g}) look "
            "like degrees, which would be taken as metres. Set the layer's CRS (Layer Properties > Source; "
            "e.g. EPSG:4326 for GPS degrees) and run again.").format(
            label=label, xmin=corners[0], ymin=corners[1], xmax=corners[2], ymax=corners[3])
    return None


def python_value(value):
    """A QGIS attribute value as plain Python: None for NULL, datetime.date for QDate."""
    kind = type(value)
    if kind is str or kind is int:  # fast path: most values, never NULL
        return value
    if kind is float:
        return None if value != value else value
    if is_null(value):
        return None
    for method in ("toPyDateTime", "toPyDate"):
        convert = getattr(value, method, None)
        if callable(convert):
            return convert()
    return value


@dataclass
class Features:
    """Features of one input as arrays: ids, 2D shapely geometries, and the requested attributes."""

    label: str
    ids: np.ndarray
    geoms: np.ndarray
    attributes: dict = field(default_factory=dict)
    skipped: int = 0

    def __len__(self):
        return len(self.ids)

    def has_field(self, name) -> bool:
        return bool(name) and name in self.attributes

    def values(self, name) -> list:
        """Values of field ``name`` (None for NULL); all None when the layer has no such field."""
        if not self.has_field(name):
            return [None] * len(self.ids)
        return self.attributes[name]


def read_features(source, crs, context, feedback, fields=(), label=None, request=None, geometry=None):
    """Read a feature source (or vector layer) into ``Features`` in ``crs``.

    ``fields``: attribute names to keep (absent ones are simply missing: see ``has_field``).
    Invalid geometries are repaired (makeValid) and reported; NULL or empty ones are skipped and
    reported by feature id. Cancellation stops reading with an exception. ``request``: one
    QgsFeatureRequest, or a list of them (e.g. small spatial-index boxes along a line; a feature
    found by several is read once). ``geometry``: "point", "line" or "polygon" to refuse a layer or
    feature of another type (lines given as wells). Checks at the door (algorithms/validation.py):
    unreadable geometries (a single-vertex line) and geometries that collapse when repaired (a
    zero-length line) are skipped and counted; non-finite coordinates after reprojection are
    refused; a requested field cut to 10 characters by a shapefile is refused with the suggestion.
    """
    label = label or (source.sourceName() if hasattr(source, "sourceName") else source.name())
    layer_fields = source.fields()
    check_truncated_fields(label, layer_fields.names(), fields)
    if geometry is not None:
        check_geometry_type(label, source.wkbType(), geometry)
    wanted = [name for name in dict.fromkeys(f for f in fields if f) if layer_fields.lookupField(name) >= 0]
    read = None
    if request is None and source_crs(source) == crs:
        read = _read_geopackage(source, wanted, feedback, label)
    try:
        geoms = shapely.from_wkb(read[1]) if read is not None else None
    except shapely.errors.GEOSException:  # curved geometries, which GEOS cannot read: QGIS linearises them
        geoms = None
    if geoms is None:
        read = _read_qgis(source, crs, context, feedback, wanted, label, request)
        # A geometry GEOS cannot read (a line with a single vertex) becomes None and is counted below.
        geoms = shapely.from_wkb(read[1], on_invalid="ignore")
    ids, _, columns = read
    unreadable = np.array([wkb is not None for wkb in read[1]], bool) & shapely.is_missing(geoms) \
        if len(geoms) else np.zeros(0, bool)
    missing = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    skipped = ids[missing].tolist()
    if skipped:
        keep = np.flatnonzero(~missing)
        ids, geoms = ids[keep], geoms[keep]
        columns = {name: [values[i] for i in keep] for name, values in columns.items()}
    kind = source.wkbType()
    if len(geoms) and (QgsWkbTypes.hasZ(kind) or QgsWkbTypes.hasM(kind) or shapely.has_z(geoms).any()):
        geoms = shapely.force_2d(geoms)
    # Validity in one vectorised GEOS pass instead of one call per feature; repair the invalid ones.
    check_finite(label, ids, geoms, crs)
    if geometry is not None:
        check_feature_types(label, ids, geoms, geometry)
    invalid = ~shapely.is_valid(geoms) if len(geoms) else np.zeros(0, bool)
    repaired = ids[invalid].tolist()
    collapsed = []
    if repaired:
        before = shapely.get_dimensions(geoms[invalid])
        geoms[invalid] = shapely.make_valid(geoms[invalid])
        # A zero-length line repairs to a point, a zero-area polygon to a line: not what the layer holds.
        dropped = shapely.get_dimensions(geoms[invalid]) < before
        if dropped.any():
            collapsed = ids[invalid][dropped].tolist()
            keep = np.flatnonzero(~np.isin(ids, collapsed))
            ids, geoms = ids[keep], geoms[keep]
            columns = {name: [values[i] for i in keep] for name, values in columns.items()}
            repaired = [fid for fid in repaired if fid not in set(collapsed)]
    unreadable_ids = set(skipped) & set(np.asarray(read[0])[unreadable].tolist())
    skipped_empty = [fid for fid in skipped if fid not in unreadable_ids]
    if skipped_empty:
        feedback.pushWarning(tr("{label}: skipped {n} feature(s) without geometry (feature ids {ids}).").format(
            label=label, n=len(skipped_empty), ids=id_list(skipped_empty)))
    if unreadable_ids:
        feedback.pushWarning(tr("{label}: skipped {n} feature(s) whose geometry cannot be read, such as a line with "
                                "a single vertex (feature ids {ids}); fix them with Vector > Geometry Tools > "
                                "Check validity.").format(label=label, n=len(unreadable_ids),
                                                          ids=id_list(sorted(unreadable_ids))))
    if collapsed:
        feedback.pushWarning(tr("{label}: skipped {n} feature(s) of zero length or zero area (feature ids {ids}); "
                                "draw them again with their real extent.").format(
            label=label, n=len(collapsed), ids=id_list(collapsed)))
    if repaired:
        feedback.pushWarning(tr("{label}: repaired {n} invalid geometry(ies) (feature ids {ids}).").format(
            label=label, n=len(repaired), ids=id_list(repaired)))
    return Features(label, ids, np.asarray(geoms, dtype=object), columns, len(skipped) + len(collapsed))


def _read_qgis(source, crs, context, feedback, wanted, label, request):
    """(ids, WKB per feature or None, {field: values}) through QGIS's feature iterator."""
    layer_fields = source.fields()
    requests = list(request) if isinstance(request, (list, tuple)) else [request]
    transform = None
    if source_crs(source) != crs:
        transform = QgsCoordinateTransform(source_crs(source), crs, context.transformContext())

    def features():
        seen = set()
        for one in requests:
            one = QgsFeatureRequest(one) if one is not None else QgsFeatureRequest()
            one.setSubsetOfAttributes(wanted, layer_fields)
            for feature in source.getFeatures(one):
                if len(requests) > 1:
                    if feature.id() in seen:
                        continue
                    seen.add(feature.id())
                yield feature

    ids, wkbs, linearised = [], [], 0
    columns = {name: [] for name in wanted}
    indices = [layer_fields.lookupField(name) for name in wanted]
    total = source.featureCount() or 1
    for count, feature in enumerate(features()):
        if count % 1000 == 0:
            check_canceled(feedback)
            feedback.setProgress(min(100.0, 100.0 * count / total))
        geometry = feature.geometry()  # a copy: transforming it leaves the input untouched
        wkb = None
        if not (geometry.isNull() or geometry.isEmpty()):
            if transform is not None:
                try:
                    geometry.transform(transform)
                except Exception as error:  # QgsCsException: a coordinate outside the CRS's area
                    raise QgsProcessingException(
                        tr("{label}, feature {fid}: cannot reproject to {crs}: {error}").format(
                            label=label, fid=feature.id(), crs=crs.authid(), error=error)) from None
            if QgsWkbTypes.isCurvedType(geometry.wkbType()):
                geometry.convertToStraightSegment()  # arcs to segments of at most 1 degree
                linearised += 1
            wkb = bytes(geometry.asWkb())
        ids.append(feature.id())
        wkbs.append(wkb)
        attributes = feature.attributes()
        for name, index in zip(wanted, indices):
            columns[name].append(python_value(attributes[index]))
    if linearised:
        feedback.pushInfo(tr("{label}: {n} curved geometry(ies) turned into straight segments (at most 1 degree "
                             "of arc each).").format(label=label, n=linearised))
    return np.asarray(ids, dtype=np.int64), np.asarray(wkbs, dtype=object), columns


# Field types the Arrow stream gives as numpy values equal to what QGIS gives (after ``_column``).
ARROW_FIELD_TYPES = (ogr.OFTInteger, ogr.OFTInteger64, ogr.OFTReal, ogr.OFTString, ogr.OFTDate, ogr.OFTDateTime)
ARROW_BATCH = 65_536


def _read_geopackage(layer, wanted, feedback, label):
    """(ids, WKB, {field: values}) streamed from a GeoPackage table by GDAL (Arrow, GDAL >= 3.6), or None.

    Ten times faster than QGIS's feature iterator on 100,000 polygons (bench/cumulationheatmap.py).
    Only for what it gives identically: a whole, saved GeoPackage table in the working CRS, with
    plain fields. Anything else (an edited or filtered layer, a virtual, joined or binary field,
    a curved geometry type, a zipped file) is None, and QGIS reads it; so is a table whose
    geometries turn out to hold curves (``read_features``).
    """
    if not isinstance(layer, QgsVectorLayer) or layer.providerType() != "ogr" or layer.isEditable():
        return None
    if layer.subsetString() or QgsWkbTypes.isCurvedType(layer.wkbType()):
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    extra = {key for key, value in parts.items()
             if key not in ("path", "layerName", "layerId") and not is_null(value) and value != ""}
    path = parts.get("path") or ""
    if extra or not path.lower().endswith(".gpkg"):
        return None
    dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY, allowed_drivers=["GPKG"])
    if dataset is None:
        return None
    name, number = parts.get("layerName"), parts.get("layerId")
    if not is_null(name) and name:
        table = dataset.GetLayerByName(name)
    elif not is_null(number) and number is not None:
        table = dataset.GetLayer(int(number))
    else:
        table = dataset.GetLayer(0) if dataset.GetLayerCount() == 1 else None
    if table is None or not hasattr(table, "GetArrowStreamAsNumPy") or not table.GetGeometryColumn():
        return None
    definition = table.GetLayerDefn()
    stored = {}  # the name asked for (QGIS matches it case-insensitively, as OGR does) -> the stored name
    for name in wanted:
        index = definition.GetFieldIndex(name)
        if index < 0:
            return None
        field = definition.GetFieldDefn(index)
        if field.GetType() not in ARROW_FIELD_TYPES or field.GetSubType() == ogr.OFSTJSON:
            return None
        stored[name] = field.GetName()
    table.SetIgnoredFields([definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())
                            if definition.GetFieldDefn(i).GetName() not in stored.values()])
    ids, wkbs = [], []
    columns = {name: [] for name in wanted}
    expected = table.GetFeatureCount()
    gdal.ErrorReset()
    try:
        stream = table.GetArrowStreamAsNumPy(
            options=["USE_MASKED_ARRAYS=YES", "MAX_FEATURES_IN_BATCH={}".format(ARROW_BATCH)])
    except Exception:  # noqa: BLE001 - GDAL raises a bare Exception when it cannot stream a table
        return None
    for batch in stream:
        check_canceled(feedback)
        ids.append(batch[table.GetFIDColumn() or "OGC_FID"])
        geometry = batch[table.GetGeometryColumn()]
        wkb = np.ma.getdata(geometry).astype(object)  # object: fixed-width bytes would lose trailing zeros
        wkb[np.ma.getmaskarray(geometry)] = None
        wkbs.append(wkb)
        for name in wanted:
            columns[name].extend(_column(batch[stored[name]]))
        feedback.setProgress(min(100.0, 100.0 * sum(map(len, ids)) / max(expected, 1)))
    # Without GDAL exceptions a failing batch (a locked file) looks like the end of the stream: only a
    # complete, error-free read counts, else QGIS reads the layer.
    if gdal.GetLastErrorType() >= gdal.CE_Failure or sum(map(len, ids)) != expected:
        return None
    if not ids:
        return np.empty(0, np.int64), np.empty(0, object), columns
    return np.concatenate(ids).astype(np.int64), np.concatenate(wkbs), columns


def _column(values):
    """An Arrow batch column as the Python values QGIS gives: None for NULL, str, date, datetime."""
    mask = np.ma.getmaskarray(values)
    data = np.ma.getdata(values)
    if data.dtype.kind == "S":
        out = [text.decode("utf-8", "replace") for text in data.tolist()]  # GeoPackage text is UTF-8
    else:
        out = data.tolist()
        if data.dtype.kind == "f":
            mask = mask | np.isnan(data)
    if mask.any():
        for i in np.flatnonzero(mask):
            out[i] = None
    return out


def to_qgs(geometry) -> QgsGeometry:
    """A shapely geometry as QgsGeometry."""
    result = QgsGeometry()
    # 2D: the kernels compute in the plane (read_features drops Z and M).
    result.fromWkb(shapely.to_wkb(geometry, output_dimension=2))
    return result


def to_features(fields, geometries, rows, multi=False) -> list:
    """QgsFeatures of ``fields`` from shapely geometries (one vectorised 2D WKB conversion) and attribute rows
    (sequences in field order); ``multi``: every geometry as its multi type."""
    wkbs = shapely.to_wkb(np.asarray(geometries, dtype=object), output_dimension=2) if len(geometries) else []
    features = []
    for wkb, attributes in zip(wkbs, rows):
        feature = QgsFeature(fields)
        geometry = QgsGeometry()
        geometry.fromWkb(wkb)
        if multi:
            geometry.convertToMultiType()
        feature.setGeometry(geometry)
        feature.setAttributes(list(attributes))
        features.append(feature)
    return features


WRITE_BATCH = 5000  # features converted and written per sink call


def write_records(algorithm, parameters, context, feedback, name, spec, wkb_type, geometries, rows, progress=None):
    """Write output ``name`` of ``algorithm``: fields ``spec`` ((name, kind) pairs, compat.make_fields), shapely
    ``geometries`` in RD New and attribute ``rows`` (sequences in ``spec`` order; dates as 'yyyy-MM-dd' text).

    A GeoPackage file is filled at SQLite speed (core/gpkg.py: 100,000 lines in under a second); any other
    output (memory layer, PostGIS, Shapefile, an existing GeoPackage's new table) goes through the sink in
    batches. ``progress`` (core/progress.py) runs 0..1 over the rows. Returns the output's id, or None when
    ``name`` is an optional output the user did not ask for."""
    progress = core_progress.of(progress)
    fields = make_fields(spec)
    crs = QgsCoordinateReferenceSystem(DEFAULT_CRS)
    sink, dest_id = algorithm.parameterAsSink(parameters, name, context, fields, wkb_type, crs)
    if sink is None:
        if algorithm.parameterDefinition(name).flags() & QgsProcessingParameterDefinition.Flag.FlagOptional:
            return None
        raise QgsProcessingException(algorithm.invalidSinkError(parameters, name))
    rows = rows if isinstance(rows, list) else list(rows)
    if rows and str(dest_id).partition("|")[0].lower().endswith(".gpkg"):
        del sink  # closes the (still empty) table QGIS created, so that it can be looked up and filled
        try:
            target = gpkg.table_of(dest_id)
            if target is None:
                raise gpkg.GpkgWriteError("not a GeoPackage file with one feature table")
            gpkg.write_table(target[0], target[1], [field_name for field_name, _kind in spec], rows, geometries)
            progress.set(1.0)
            return dest_id
        except (gpkg.GpkgWriteError, sqlite3.Error):  # not the table we expect: QGIS's own way
            sink, dest_id = algorithm.parameterAsSink(parameters, name, context, fields, wkb_type, crs)
    dates = [i for i, (_name, kind) in enumerate(spec) if kind == "date"]
    multi = QgsWkbTypes.isMultiType(wkb_type)
    for start in range(0, len(rows), WRITE_BATCH):
        check_canceled(feedback)
        batch = [list(row) for row in rows[start:start + WRITE_BATCH]]
        for row in batch:
            for i in dates:
                if isinstance(row[i], str):
                    row[i] = QDate.fromString(row[i], "yyyy-MM-dd")
        algorithm.write(sink, to_features(fields, geometries[start:start + WRITE_BATCH], batch, multi=multi),
                        parameters, name)
        progress.set(min(1.0, (start + WRITE_BATCH) / len(rows)))
    return dest_id


def core_error(error) -> QgsProcessingException:
    """A planner-readable error raised by ``core`` (ValueError, TableError) as a Processing error."""
    return QgsProcessingException(str(error))
