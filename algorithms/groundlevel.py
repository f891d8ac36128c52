"""Ground level for the algorithms that read depths: heights in m NAP converted to m below ground.

Shared by ``ondergrond:naptodepth``, ``ondergrond:depthbandsuitability`` and ``ondergrond:cumulationheatmap``:
the parameters (a ground-level raster in m NAP such as AHN, or a constant), a windowed GDAL reader for
the raster, and the conversion of a layer's NAP fields (``core.groundlevel``).
"""

import math

import numpy as np
import shapely
from osgeo import gdal
from qgis.core import (
    QgsCoordinateTransform,
    QgsProcessingException,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ..core import groundlevel as core
from ..core.i18n import tr
from .base import advanced as flag_advanced
from .base import canceled_error, progress
from .io import id_list, to_qgs

GROUND_LEVEL = "GROUND_LEVEL"
GROUND_LEVEL_VALUE = "GROUND_LEVEL_VALUE"
TOP_NAP_FIELD = "TOP_NAP_FIELD"
BOTTOM_NAP_FIELD = "BOTTOM_NAP_FIELD"
# Whole rasters up to this many cells are read once (100 MB as float32); larger ones window by window.
WHOLE_RASTER_CELLS = 25_000_000
# Dutch ground level lies between about -7 m NAP (Zuidplaspolder) and +323 m NAP (Vaalserberg).
MIN_GROUND_NAP, MAX_GROUND_NAP = -100.0, 1000.0


def ground_parameters(nap_fields=True, advanced=True):
    """The parameter definitions: TOP_NAP_FIELD/BOTTOM_NAP_FIELD (names, for multi-layer inputs),
    GROUND_LEVEL (raster, m NAP) and GROUND_LEVEL_VALUE (m NAP)."""
    definitions = []
    if nap_fields:
        definitions.append(QgsProcessingParameterString(
            TOP_NAP_FIELD, tr("Top field in m NAP (converted with the ground level; empty = not used)"),
            optional=True))
        definitions.append(QgsProcessingParameterString(
            BOTTOM_NAP_FIELD, tr("Bottom field in m NAP (converted with the ground level; empty = not used)"),
            optional=True))
    definitions.append(QgsProcessingParameterRasterLayer(
        GROUND_LEVEL, tr("Ground level raster (m NAP, e.g. AHN)"), optional=True))
    definitions.append(QgsProcessingParameterNumber(
        GROUND_LEVEL_VALUE, tr("Ground level without a raster or off it (m NAP)"),
        QgsProcessingParameterNumber.Type.Double, optional=True, minValue=MIN_GROUND_NAP, maxValue=MAX_GROUND_NAP))
    if advanced:
        for definition in definitions:
            flag_advanced(definition)
    return definitions


def nap_field_names(algorithm, parameters, context):
    return (algorithm.field_name(parameters, TOP_NAP_FIELD, context),
            algorithm.field_name(parameters, BOTTOM_NAP_FIELD, context))


class _GdalReader:
    """Windows of band 1 of a north-up raster as ``core.groundlevel.Window`` (NaN for no data)."""

    def __init__(self, path, label):
        gdal.UseExceptions()
        try:
            self.dataset = gdal.Open(path)
        except RuntimeError as error:
            raise QgsProcessingException(tr("Ground level raster {raster}: cannot be read ({error}).").format(
                raster=label, error=error)) from None
        gx, dx, rx, gy, ry, dy = self.dataset.GetGeoTransform()
        if rx or ry or dx <= 0 or dy >= 0:
            raise QgsProcessingException(tr("Ground level raster {raster}: rotated or south-up rasters are not "
                                             "supported; warp it to a north-up grid first.").format(raster=label))
        self.gx, self.gy, self.dx, self.dy = gx, gy, dx, -dy
        self.band = self.dataset.GetRasterBand(1)
        self.nodata = self.band.GetNoDataValue()
        self.ncols, self.nrows = self.dataset.RasterXSize, self.dataset.RasterYSize
        self.whole = None
        if self.ncols * self.nrows <= WHOLE_RASTER_CELLS:
            self.whole = self._clean(self.band.ReadAsArray())

    def _clean(self, array):
        array = np.asarray(array, dtype=np.float32)  # 4 bytes a cell: a 25-million-cell AHN tile is 100 MB
        if self.nodata is not None:
            array[array == self.nodata] = np.nan
        array[~np.isfinite(array)] = np.nan
        return array

    def whole_window(self):
        """The whole raster as one window when it is small enough to hold in memory, else None."""
        if self.whole is None:
            return None
        return core.Window(self.whole, self.gx, self.gy, self.dx, self.dy)

    def __call__(self, xmin, ymin, xmax, ymax, max_cells):
        col0 = max(0, int(math.floor((xmin - self.gx) / self.dx)))
        col1 = min(self.ncols, int(math.floor((xmax - self.gx) / self.dx)) + 1)
        row0 = max(0, int(math.floor((self.gy - ymax) / self.dy)))
        row1 = min(self.nrows, int(math.floor((self.gy - ymin) / self.dy)) + 1)
        if col0 >= col1 or row0 >= row1:
            return None
        ncols, nrows = col1 - col0, row1 - row0
        x0, y0 = self.gx + col0 * self.dx, self.gy - row0 * self.dy
        if ncols * nrows > max_cells:  # read coarser: GDAL averages the cells of each output cell
            factor = math.ceil(math.sqrt(ncols * nrows / max_cells))
            bx, by = max(1, ncols // factor), max(1, nrows // factor)
            array = self.band.ReadAsArray(col0, row0, ncols, nrows, buf_xsize=bx, buf_ysize=by,
                                          resample_alg=gdal.GRIORA_Average)
            return core.Window(self._clean(array), x0, y0, ncols * self.dx / bx, nrows * self.dy / by)
        if self.whole is not None:
            array = self.whole[row0:row1, col0:col1]
        else:
            array = self._clean(self.band.ReadAsArray(col0, row0, ncols, nrows))
        return core.Window(array, x0, y0, self.dx, self.dy)


class GroundLevel:
    """Ground level (m NAP) from a raster layer, a constant, or the raster with the constant off it."""

    def __init__(self, layer=None, value=None):
        self.layer, self.value = layer, value
        self._reader = None
        if layer is not None:
            if layer.providerType() != "gdal":
                raise QgsProcessingException(tr("Ground level raster {raster}: only rasters GDAL reads from a "
                                                "file (GeoTIFF, ASCII grid, ...) are supported.").format(
                    raster=layer.name()))
            if not layer.crs().isValid():
                raise QgsProcessingException(tr("Ground level raster {raster} has no coordinate reference "
                                                 "system; set it (EPSG:28992 for AHN) and run again.").format(
                    raster=layer.name()))
            self._reader = _GdalReader(layer.source(), layer.name())

    @staticmethod
    def given(algorithm, parameters, context):
        """Whether a ground level is given (without reading the raster)."""
        return (algorithm.parameterAsRasterLayer(parameters, GROUND_LEVEL, context) is not None
                or algorithm.optional_number(parameters, GROUND_LEVEL_VALUE, context) is not None)

    @classmethod
    def from_parameters(cls, algorithm, parameters, context):
        """None when neither GROUND_LEVEL nor GROUND_LEVEL_VALUE is given."""
        layer = algorithm.parameterAsRasterLayer(parameters, GROUND_LEVEL, context)
        value = algorithm.optional_number(parameters, GROUND_LEVEL_VALUE, context)
        if layer is None and value is None:
            return None
        return cls(layer, value)

    def describe(self):
        if self.layer is not None and self.value is not None:
            return tr("ground level from {raster}, {value} m NAP off it").format(raster=self.layer.name(),
                                                                                value=self.value)
        if self.layer is not None:
            return tr("ground level from {raster}").format(raster=self.layer.name())
        return tr("ground level {value} m NAP").format(value=self.value)

    def levels(self, geoms, crs, context, feedback):
        """Ground level (m NAP, NaN where unknown) of shapely geometries in ``crs``; (levels, n fallback)."""
        n = len(geoms)
        if self._reader is None:
            return np.full(n, self.value, dtype=float), 0
        geoms = np.asarray(geoms, dtype=object)
        if crs != self.layer.crs():
            transform = QgsCoordinateTransform(crs, self.layer.crs(), context.transformContext())
            moved = []
            for geometry in geoms:
                if geometry is None:
                    moved.append(None)
                    continue
                qgs = to_qgs(geometry)
                try:
                    qgs.transform(transform)
                except Exception:  # noqa: BLE001 - QgsCsException: outside the raster CRS's area
                    moved.append(None)
                    continue
                moved.append(bytes(qgs.asWkb()))
            geoms = shapely.from_wkb(moved)
        levels = core.ground_levels(geoms, self._reader, progress=progress(feedback))
        if levels is None:
            raise canceled_error()
        fallback = 0
        if self.value is not None:
            missing = np.isnan(levels) & ~shapely.is_missing(geoms)
            fallback = int(missing.sum())
            levels[missing] = self.value
        return levels, fallback


def convert_nap_fields(features, tops, bottoms, nap_names, ground, crs, context, feedback, label):
    """Depth values per feature: the NAP fields converted where they hold a value, else ``tops``/``bottoms``.

    Returns (tops, bottoms, skip) with ``skip`` a boolean mask of features that have a NAP value but no
    ground level (off the raster): the caller leaves them out. Reports what it changed.
    """
    n = len(features)
    skip = np.zeros(n, bool)
    top_name, bottom_name = nap_names
    if ground is None or not (features.has_field(top_name) or features.has_field(bottom_name)):
        return tops, bottoms, skip
    what = tr("{layer}, field {field}, row {{index}}")
    top_nap = core.heights(features.values(top_name), what.format(layer=label, field=top_name))
    bottom_nap = core.heights(features.values(bottom_name), what.format(layer=label, field=bottom_name))
    rows = np.flatnonzero(np.isfinite(top_nap) | np.isfinite(bottom_nap))
    if not len(rows):
        return tops, bottoms, skip
    levels = np.full(n, np.nan)
    levels[rows], fallback = ground.levels(features.geoms[rows], crs, context, feedback)
    depths = core.nap_to_depth(levels, top_nap, bottom_nap)
    tops, bottoms = list(tops), list(bottoms)
    for i in rows.tolist():
        if depths.no_ground[i]:
            skip[i] = True
            continue
        if np.isfinite(top_nap[i]):
            tops[i] = float(depths.top[i])
        if np.isfinite(bottom_nap[i]):
            bottoms[i] = float(depths.bottom[i])
    feedback.pushInfo(tr("{layer}: {n} feature(s) converted from m NAP to m below ground ({ground}).").format(
        layer=label, n=len(rows) - int(skip.sum()), ground=ground.describe()))
    if fallback:
        feedback.pushInfo(tr("{layer}: {n} feature(s) off the raster use the ground level {value} m NAP.").format(
            layer=label, n=fallback, value=ground.value))
    for count, message in core.describe_counts(depths):
        if count:
            feedback.pushWarning("{}: {}".format(label, message.format(n=count)))
    if skip.any():
        feedback.reportError(tr("{layer}: {n} feature(s) with heights in m NAP lie off the ground-level raster or on "
                                "cells without data and are left out (feature ids {ids}); give a ground-level value "
                                "for them.").format(layer=label, n=int(skip.sum()), ids=id_list(features.ids[skip])),
                             fatalError=False)
    return tops, bottoms, skip
