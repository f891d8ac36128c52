"""Import subsurface layer model (REGIS II / GeoTOP): netCDF layers -> polygons with depths below ground.

Thin: ``core.layermodel`` reads the netCDF and converts NAP to depth; this file reads the optional
ground-level raster onto the model grid (GDAL warp, average), polygonizes each layer's cells of equal
rounded depth range with GDAL and writes the features.
"""

import numpy as np
from osgeo import gdal, ogr, osr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsWkbTypes,
)

from ..compat import make_fields
from ..core import layermodel as core
from ..core.paths import RULES_DIR
from ..core.tables import TableError
from .base import OndergrondAlgorithm, check_canceled
from .io import DEFAULT_CRS, core_error

DEFAULT_KINDS = RULES_DIR / "layer_model_kinds.csv"
OUTPUT_FIELDS = (("layer", "string"), ("name", "string"), ("kind", "string"), ("top_m", "double"),
                 ("bottom_m", "double"), ("top_nap", "double"), ("bottom_nap", "double"))
BATCH = 5000


def _short(codes, limit=12):
    codes = list(codes)
    return ", ".join(codes[:limit]) + (" ..." if len(codes) > limit else "")


def load_layer_model(path, kinds_path, feedback, tr):
    """(LayerModel, kinds, names) with the unit codes classified; counted warnings for unknown codes
    and inverted layers. QgsProcessingException for a file or table that cannot be used."""
    try:
        rules = core.read_kinds(kinds_path or str(DEFAULT_KINDS))
        model = core.read_layer_model(path)
    except (TableError, ValueError) as error:  # LayerModelError is a ValueError
        raise core_error(error) from None
    kinds, names, unknown = [], [], []
    for code in model.codes:
        kind, name = core.classify(code, rules)
        if kind is None:
            unknown.append(code)
        kinds.append(kind or "")
        names.append(name)
    feedback.pushInfo(tr("{file}: {n} layers ({kind}) on {ncols} x {nrows} cells of {cell} m, x {x0:.0f}-{x1:.0f}, "
                         "y {y0:.0f}-{y1:.0f} (RD New).").format(
        file=model.source, n=model.nlayers, kind=model.kind_of_file, ncols=model.ncols, nrows=model.nrows,
        cell=model.cell, x0=model.xmin, x1=model.xmax, y0=model.ymin, y1=model.ymax))
    if unknown:
        feedback.pushWarning(tr("{n} unit code(s) are not in the kinds table and get no kind (they have no "
                                "effect on suitability): {codes}. Add them to the table to classify them.").format(
            n=len(unknown), codes=_short(unknown)))
    inverted = [(code, int(n)) for code, n in zip(model.codes, model.inverted) if n]
    if inverted:
        feedback.pushWarning(tr("{n} cell(s) in {layers} layer(s) have a bottom above their top (inverted) and are "
                                "left out: {codes}.").format(
            n=sum(n for _, n in inverted), layers=len(inverted),
            codes=_short("{} ({})".format(c, n) for c, n in inverted)))
    return model, kinds, names


def report_depth_counts(counts, feedback, tr):
    if counts.above_ground:
        feedback.pushWarning(tr("{n} layer cell(s) lie wholly above ground level and are left out.").format(
            n=counts.above_ground))
    if counts.top_clipped:
        feedback.pushWarning(tr("{n} layer cell(s) have their top above ground level; their top_m is set to "
                                "0 m.").format(n=counts.top_clipped))
    if counts.no_ground:
        feedback.pushWarning(tr("{n} layer cell(s) have no ground level (outside the ground-level raster or "
                                "on its no-data) and are left out.").format(n=counts.no_ground))


class ImportLayerModel(OndergrondAlgorithm):
    GROUP = "data"
    INPUT = "INPUT"
    GROUND_LEVEL = "GROUND_LEVEL"
    KINDS = "KINDS"
    DEPTH_STEP = "DEPTH_STEP"
    OUTPUT = "OUTPUT"

    def name(self):
        return "importlayermodel"

    def displayName(self):
        return self.tr("Import subsurface layer model (REGIS II / GeoTOP)")

    def shortHelpString(self):
        return self.tr(
            "Turns a hydrogeological layer model into polygons with depths below ground level that the "
            "depth-band suitability reads as constraints.\n\n"
            "<b>Input.</b> A netCDF file as DINOloket/BRO (REGIS II) and nlmod write it: the variables top and "
            "bot (or botm/bottom) in m NAP on the dimensions layer, y, x; the unit codes (BXk1, PZWAz2, ...) "
            "in the layer coordinate; the cell centres in x and y in RD New (EPSG:28992). A 2-D top is the "
            "model top (nlmod): each layer then starts at the bottom of the layer above. GeoTOP voxels "
            "(strat on x, y, z) are read as one layer per stratigraphic unit, from its highest to its lowest "
            "voxel in each column; with lithok, one per unit and lithoclass (code unit/lithoclass, e.g. 1100/2; "
            "the bundled table: clay 2 is 'kleilaag', sand and gravel 5-8 'aquifer'). Ground level: an optional "
            "raster in m NAP (AHN), averaged over each model cell; without it the model's own top.\n\n"
            "<b>Kinds.</b> The kinds table (CSV: code, kind, name, source) gives each unit code a kind: a row "
            "with exactly the code decides; otherwise the first matching pattern (* ? [..], case-sensitive) "
            "with a kind. The bundled table rules/layer_model_kinds.csv follows the REGIS II naming (TNO-GDN): "
            "units ending in k (clay, sandy clay, loam) are 'kleilaag', units ending in z (sand, gravel) are "
            "'aquifer'; complex (c), peat (v), lignite (b) and limestone (q) units get no kind. Codes that "
            "match no row are listed in a warning and written without a kind.\n\n"
            "<b>Output.</b> Polygons with layer (unit code), name, kind, top_m and bottom_m (m below ground "
            "level) and top_nap, bottom_nap (m NAP: the highest top and lowest bottom under the polygon). "
            "Cells of one layer whose depth range, rounded outward to the depth step (m; 0 = exact), is the "
            "same are merged into one polygon. Layers of zero thickness are left out. Never fatal, counted in "
            "the log: layers with their bottom above their top (left out), tops above ground level (set to "
            "0 m), layers wholly above ground level (left out), cells without ground level (left out).\n\n"
            "A province-wide model need not be polygonized: Depth-band suitability reads the netCDF directly.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, self.tr("Layer model (netCDF: REGIS II, nlmod or GeoTOP; m NAP)"),
            QgsProcessingParameterFile.Behavior.File, "nc"))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.GROUND_LEVEL, self.tr("Ground level (raster, m NAP; empty = the model's top)"), optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.KINDS, self.tr("Kinds table (CSV: code, kind, name, source)"),
            QgsProcessingParameterFile.Behavior.File, "csv", str(DEFAULT_KINDS), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.DEPTH_STEP, self.tr("Depth step for merging cells (m; 0 = exact depths)"),
            QgsProcessingParameterNumber.Type.Double, 1.0, minValue=0.0, maxValue=1000.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Layer model polygons"), QgsProcessing.SourceType.TypeVectorPolygon))

    def _ground(self, parameters, context, model, feedback):
        raster = self.parameterAsRasterLayer(parameters, self.GROUND_LEVEL, context)
        if raster is None:
            return model.ground()
        if not raster.crs().isValid():
            raise QgsProcessingException(self.tr(
                "The ground-level raster {name} has no coordinate reference system; set it (AHN is in RD New, "
                "EPSG:28992).").format(name=raster.name()))
        source = raster.source()
        options = gdal.WarpOptions(
            format="MEM", outputBounds=(model.xmin, model.ymin, model.xmax, model.ymax),
            xRes=model.cell, yRes=model.cell, dstSRS=DEFAULT_CRS, srcSRS=raster.crs().toWkt(), resampleAlg="average",
            outputType=gdal.GDT_Float32, dstNodata=float("nan"))
        try:
            warped = gdal.Warp("", source, options=options)
        except RuntimeError as error:
            raise QgsProcessingException(self.tr("Cannot read the ground-level raster {name}: {error}").format(
                name=raster.name(), error=error)) from None
        if warped is None:
            raise QgsProcessingException(self.tr("Cannot read the ground-level raster {name}.").format(
                name=raster.name()))
        ground = warped.GetRasterBand(1).ReadAsArray().astype(np.float32)
        feedback.pushInfo(self.tr("Ground level from {name}, averaged over the model's cells of {cell} m.").format(
            name=raster.name(), cell=model.cell))
        return ground

    def processAlgorithm(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, self.INPUT, context)
        if not path:
            raise QgsProcessingException(self.tr("Choose a layer model file (netCDF)."))
        kinds_path = self.parameterAsFile(parameters, self.KINDS, context)
        step = self.parameterAsDouble(parameters, self.DEPTH_STEP, context)
        model, kinds, names = load_layer_model(path, kinds_path, feedback, self.tr)
        ground = self._ground(parameters, context, model, feedback)
        crs = QgsCoordinateReferenceSystem(DEFAULT_CRS)
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, make_fields(OUTPUT_FIELDS),
                                             QgsWkbTypes.Type.MultiPolygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))

        srs = osr.SpatialReference()
        srs.ImportFromEPSG(28992)
        counts = core.DepthCounts()
        memory = ogr.GetDriverByName("Memory").CreateDataSource("layers")
        raster = gdal.GetDriverByName("MEM").Create("", model.ncols, model.nrows, 1, gdal.GDT_Int32)
        raster.SetGeoTransform(model.geotransform)
        raster.SetProjection(srs.ExportToWkt())
        band = raster.GetRasterBand(1)
        written, empty = 0, []
        for layer in range(model.nlayers):
            check_canceled(feedback)
            top_m, bottom_m, top_nap, bottom_nap = core.layer_depths(model, layer, ground, counts)
            zones, ztop, zbottom, ztnap, zbnap = core.layer_zones(top_m, bottom_m, top_nap, bottom_nap, step)
            if not len(ztop):
                empty.append(model.codes[layer])
                continue
            band.WriteArray(zones)
            out = memory.CreateLayer("l{}".format(layer), srs, ogr.wkbPolygon)
            out.CreateField(ogr.FieldDefn("zone", ogr.OFTInteger))
            gdal.Polygonize(band, band, out, 0, [], callback=None)  # the band masks itself: 0 = absent
            code, name, kind = model.codes[layer], names[layer], kinds[layer] or None
            batch = []
            out.ResetReading()
            for polygon in out:
                z = polygon.GetField(0) - 1
                geometry = QgsGeometry()
                geometry.fromWkb(polygon.GetGeometryRef().ExportToIsoWkb())
                geometry.convertToMultiType()
                feature = QgsFeature()
                feature.setGeometry(geometry)
                feature.setAttributes([code, name, kind, float(ztop[z]), float(zbottom[z]),
                                       round(float(ztnap[z]), 3), round(float(zbnap[z]), 3)])
                batch.append(feature)
                if len(batch) >= BATCH:
                    self.write(sink, batch, parameters, self.OUTPUT)
                    written += len(batch)
                    batch = []
            self.write(sink, batch, parameters, self.OUTPUT)
            written += len(batch)
            memory.DeleteLayer(0)
            feedback.setProgress(100.0 * (layer + 1) / model.nlayers)
        if empty:
            feedback.pushInfo(self.tr("{n} of {total} layers have zero thickness everywhere and are left out: "
                                      "{codes}.").format(n=len(empty), total=model.nlayers, codes=_short(empty)))
        report_depth_counts(counts, feedback, self.tr)
        if not written:
            feedback.pushWarning(self.tr("The layer model holds no layer of any thickness: the output is empty."))
        feedback.pushInfo(self.tr("{n} polygons written from {layers} layers.").format(
            n=written, layers=model.nlayers - len(empty)))
        self.style_output(context, dest_id, "importlayermodel")
        return {self.OUTPUT: dest_id}
