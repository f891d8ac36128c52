"""From QGIS features to plain Python/numpy/shapely and back: the one door between QGIS and ``core``.

Reading reprojects to the working CRS, repairs invalid geometries, skips (and reports) features
without geometry, and turns QGIS attribute values (NULL, QDate) into Python values.
"""

from dataclasses import dataclass, field

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsProviderRegistry,
    QgsUnitTypes,
    QgsWkbTypes,
)

from ..core.canonical import is_null
from ..core.i18n import tr

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
    crs_list = [source_crs(source) for source in sources if source is not None]
    chosen = next((crs for crs in crs_list if is_metric(crs)), None)
    if chosen is None:
        chosen = QgsCoordinateReferenceSystem(DEFAULT_CRS)
    for crs in crs_list:
        if crs.isValid() and crs != chosen:
            feedback.pushInfo(tr("Input in {crs} is reprojected to {target} (a projected CRS in metres).").format(
                crs=crs.authid() or crs.description(), target=chosen.authid()))
            break
    return chosen


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


def read_features(source, crs, context, feedback, fields=(), label=None, request=None):
    """Read a feature source (or vector layer) into ``Features`` in ``crs``.

    ``fields``: attribute names to keep (absent ones are simply missing: see ``has_field``).
    Invalid geometries are repaired (makeValid) and reported; NULL or empty ones are skipped and
    reported by feature id. Cancellation stops reading with an exception. ``request``: one
    QgsFeatureRequest, or a list of them (e.g. small spatial-index boxes along a line; a feature
    found by several is read once).
    """
    label = label or (source.sourceName() if hasattr(source, "sourceName") else source.name())
    layer_fields = source.fields()
    wanted = [name for name in dict.fromkeys(f for f in fields if f) if layer_fields.lookupField(name) >= 0]
    requests = list(request) if isinstance(request, (list, tuple)) else [request]
    transform = None
    if source_crs(source) != crs:
        transform = QgsCoordinateTransform(source_crs(source), crs, context.transformContext())

    ids, wkbs, skipped, repaired = [], [], [], []
    columns = {name: [] for name in wanted}
    total = source.featureCount() or 1
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

    indices = [layer_fields.lookupField(name) for name in wanted]
    for count, feature in enumerate(features()):
        if count % 1000 == 0:
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled."))
            feedback.setProgress(min(100.0, 100.0 * count / total))
        geometry = feature.geometry()  # a copy: transforming it leaves the input untouched
        if geometry.isNull() or geometry.isEmpty():
            skipped.append(feature.id())
            continue
        if transform is not None:
            try:
                geometry.transform(transform)
            except Exception as error:  # QgsCsException: a coordinate outside the CRS's area
                raise QgsProcessingException(
                    tr("{label}, feature {fid}: cannot reproject to {crs}: {error}").format(
                        label=label, fid=feature.id(), crs=crs.authid(), error=error)) from None
        ids.append(feature.id())
        wkbs.append(geometry.asWkb())
        attributes = feature.attributes()
        for name, index in zip(wanted, indices):
            columns[name].append(python_value(attributes[index]))

    geoms = shapely.from_wkb([bytes(wkb) for wkb in wkbs]) if wkbs else np.empty(0, object)
    if len(geoms) and (QgsWkbTypes.hasZ(source.wkbType()) or QgsWkbTypes.hasM(source.wkbType())):
        geoms = shapely.force_2d(geoms)
    # Validity in one vectorised GEOS pass instead of one call per feature; repair the invalid ones.
    invalid = ~shapely.is_valid(geoms) if len(geoms) else np.zeros(0, bool)
    if invalid.any():
        geoms[invalid] = shapely.make_valid(geoms[invalid])
        repaired = [ids[i] for i in np.flatnonzero(invalid)]
    if skipped:
        feedback.pushWarning(tr("{label}: skipped {n} feature(s) without geometry (feature ids {ids}).").format(
            label=label, n=len(skipped), ids=id_list(skipped)))
    if repaired:
        feedback.pushWarning(tr("{label}: repaired {n} invalid geometry(ies) (feature ids {ids}).").format(
            label=label, n=len(repaired), ids=id_list(repaired)))
    return Features(label, np.asarray(ids, dtype=np.int64), np.asarray(geoms, dtype=object), columns, len(skipped))


def to_qgs(geometry) -> QgsGeometry:
    """A shapely geometry as QgsGeometry."""
    result = QgsGeometry()
    # 2D: the kernels compute in the plane (read_features drops Z and M).
    result.fromWkb(shapely.to_wkb(geometry, output_dimension=2))
    return result


def core_error(error) -> QgsProcessingException:
    """A planner-readable error raised by ``core`` (ValueError, TableError) as a Processing error."""
    return QgsProcessingException(str(error))
