"""NAP to depth below ground: top_m/bottom_m (m below ground level) from heights in m NAP and a ground level."""

import numpy as np
import shapely
from qgis.core import (
    QgsFeature,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from ..compat import make_field
from ..core import groundlevel as core
from ..core.canonical import BOTTOM, TOP
from . import groundlevel
from .base import OndergrondAlgorithm, check_canceled
from .io import core_error, id_list, python_value, source_crs

GROUND_FIELD = "ground_nap"


class NapToDepth(OndergrondAlgorithm):
    GROUP = "data"
    INPUT = "INPUT"
    TOP_NAP_FIELD = groundlevel.TOP_NAP_FIELD
    BOTTOM_NAP_FIELD = groundlevel.BOTTOM_NAP_FIELD
    GROUND_LEVEL = groundlevel.GROUND_LEVEL
    GROUND_LEVEL_VALUE = groundlevel.GROUND_LEVEL_VALUE
    OUTPUT = "OUTPUT"
    CONVERTED = "CONVERTED"
    TOP_CLIPPED = "TOP_CLIPPED"
    OFF_RASTER = "OFF_RASTER"

    def name(self):
        return "naptodepth"

    def displayName(self):
        return self.tr("NAP to depth below ground")

    def shortHelpString(self):
        return self.tr(
            "Converts heights in m NAP (the Dutch vertical datum, EPSG:5709) to depths in metres below ground "
            "level, positive downward, as every Ondergrond algorithm reads them (top_m, bottom_m).\n\n"
            "<b>Inputs.</b> A layer; the field with the top and/or the field with the bottom in m NAP (either "
            "may be left empty); the ground level as a raster in m NAP (AHN, the Actueel Hoogtebestand "
            "Nederland) or as one value in m NAP. With both, the value is used where the raster has no data.\n\n"
            "<b>Method.</b> depth = ground level - height. The ground level of a point is the raster cell it "
            "lies in; of a polygon the mean of the cells whose centres lie inside it (as QGIS's zonal "
            "statistics); of a line the mean of the cells within half a cell of it; a polygon or line too "
            "small to hold a cell centre takes the cell at its representative point. A top above ground level "
            "becomes 0 (counted); a feature that lies entirely above ground gets top and bottom 0 (counted). "
            "A top below its bottom is kept as computed and reported; Depth-band suitability and the "
            "Cumulation heatmap skip such features with a warning.\n\n"
            "<b>Output.</b> The input features with top_m and bottom_m (m below ground level; replaced when the "
            "layer has them) and ground_nap (the ground level used, m NAP) added. Features off the raster (or "
            "on cells without data) with no ground-level value get empty depths and a warning; so do features "
            "without geometry. The input is not changed.\n\n"
            "Depth-band suitability and the Cumulation heatmap can do the same conversion themselves (advanced "
            "parameters: NAP fields and ground level).")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Layer with heights in m NAP"), [QgsProcessing.SourceType.TypeVectorAnyGeometry]))
        self.addParameter(QgsProcessingParameterField(
            self.TOP_NAP_FIELD, self.tr("Top field (m NAP)"), parentLayerParameterName=self.INPUT,
            type=QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.BOTTOM_NAP_FIELD, self.tr("Bottom field (m NAP)"), parentLayerParameterName=self.INPUT,
            type=QgsProcessingParameterField.DataType.Numeric, optional=True))
        for definition in groundlevel.ground_parameters(nap_fields=False, advanced=False):
            self.addParameter(definition)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Depths below ground level")))
        self.addOutput(QgsProcessingOutputNumber(self.CONVERTED, self.tr("Number of features with depths")))
        self.addOutput(QgsProcessingOutputNumber(self.TOP_CLIPPED, self.tr("Number of tops above ground level")))
        self.addOutput(QgsProcessingOutputNumber(self.OFF_RASTER, self.tr("Number of features without ground level")))

    def checkParameterValues(self, parameters, context):
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        top = self.parameterAsString(parameters, self.TOP_NAP_FIELD, context)
        bottom = self.parameterAsString(parameters, self.BOTTOM_NAP_FIELD, context)
        if not top and not bottom:
            return False, self.tr("Choose the top field, the bottom field (m NAP) or both.")
        if not groundlevel.GroundLevel.given(self, parameters, context):
            return False, self.tr("Give the ground level: a raster in m NAP (AHN) or a value in m NAP.")
        return True, ""

    def processAlgorithm(self, parameters, context, feedback):
        source = self.input_source(parameters, self.INPUT, context)
        top_field = self.parameterAsString(parameters, self.TOP_NAP_FIELD, context) or None
        bottom_field = self.parameterAsString(parameters, self.BOTTOM_NAP_FIELD, context) or None
        if top_field is None and bottom_field is None:
            raise QgsProcessingException(self.tr("Choose the top field, the bottom field (m NAP) or both."))
        ground = groundlevel.GroundLevel.from_parameters(self, parameters, context)
        if ground is None:
            raise QgsProcessingException(self.tr("Give the ground level: a raster in m NAP (AHN) or a value in m NAP."))
        in_fields = source.fields()
        crs = source_crs(source)
        if ground.layer is not None and not crs.isValid():
            raise QgsProcessingException(self.tr(
                "The layer has no coordinate reference system, so it cannot be placed on the ground-level raster; "
                "set its CRS and run again."))

        # Read: ids, geometries (WKB), the two NAP values, all attributes (copied to the output).
        total = source.featureCount() or 1
        features, wkbs, tops, bottoms = [], [], [], []
        top_index = in_fields.lookupField(top_field) if top_field else -1
        bottom_index = in_fields.lookupField(bottom_field) if bottom_field else -1
        for count, feature in enumerate(source.getFeatures()):
            if count % 1000 == 0:
                check_canceled(feedback)
                feedback.setProgress(20.0 * count / total)
            geometry = feature.geometry()
            wkbs.append(None if geometry.isNull() or geometry.isEmpty() else bytes(geometry.asWkb()))
            attributes = feature.attributes()
            tops.append(python_value(attributes[top_index]) if top_index >= 0 else None)
            bottoms.append(python_value(attributes[bottom_index]) if bottom_index >= 0 else None)
            features.append(feature)
        try:
            top_nap = core.heights(tops, self.tr("Field {field}, row {{index}}").format(field=top_field))
            bottom_nap = core.heights(bottoms, self.tr("Field {field}, row {{index}}").format(field=bottom_field))
        except ValueError as error:
            raise core_error(error) from None
        try:
            geoms = shapely.from_wkb(wkbs) if wkbs else np.empty(0, object)
        except shapely.errors.GEOSException:  # curved geometries: QGIS turns them into straight segments
            geoms = shapely.from_wkb([self._linear(feature) for feature in features])
        if len(geoms):
            geoms = shapely.force_2d(geoms)
        has_geometry = ~shapely.is_missing(geoms) if len(geoms) else np.zeros(0, bool)
        levels, fallback = ground.levels(geoms, crs, context, feedback)
        feedback.setProgress(80.0)
        if ground.layer is not None:
            levels[~has_geometry] = np.nan  # a feature without geometry is on no raster cell
        depths = core.nap_to_depth(levels, top_nap, bottom_nap)
        no_ground = np.isnan(levels)

        out_fields = QgsFields(in_fields)
        for name in (TOP, BOTTOM, GROUND_FIELD):
            if out_fields.lookupField(name) < 0:
                out_fields.append(make_field(name, "double"))
        indices = [out_fields.lookupField(name) for name in (TOP, BOTTOM, GROUND_FIELD)]
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, out_fields, source.wkbType(),
                                             source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        batch = []
        for i, feature in enumerate(features):
            attributes = feature.attributes() + [None] * (out_fields.count() - in_fields.count())
            ground_known = not no_ground[i]
            values = (depths.top[i] if ground_known and np.isfinite(top_nap[i]) else None,
                      depths.bottom[i] if ground_known and np.isfinite(bottom_nap[i]) else None,
                      levels[i] if ground_known else None)
            for index, value in zip(indices, values):
                attributes[index] = None if value is None else float(value)
            out = QgsFeature(out_fields)
            out.setGeometry(feature.geometry())
            out.setAttributes(attributes)
            batch.append(out)
            if len(batch) >= 5000:
                self.write(sink, batch, parameters, self.OUTPUT)
                batch = []
                check_canceled(feedback)
        self.write(sink, batch, parameters, self.OUTPUT)

        converted = int((~no_ground & (np.isfinite(top_nap) | np.isfinite(bottom_nap))).sum())
        feedback.pushInfo(self.tr("{n} of {total} feature(s) converted ({ground}).").format(
            n=converted, total=len(features), ground=ground.describe()))
        if fallback:
            feedback.pushInfo(self.tr("{n} feature(s) off the raster use the ground level {value} m NAP.").format(
                n=fallback, value=ground.value))
        for count, message in core.describe_counts(depths):
            if count:
                feedback.pushWarning(message.format(n=count))
        ids = np.asarray([feature.id() for feature in features], dtype=np.int64)
        off = ids[no_ground & has_geometry]
        if len(off):
            feedback.pushWarning(self.tr("{n} feature(s) lie off the ground-level raster or on cells without data; "
                                         "their depths are empty (feature ids {ids}).").format(
                n=len(off), ids=id_list(off.tolist())))
        without_geometry = ids[~has_geometry & no_ground]
        if len(without_geometry):
            feedback.pushWarning(self.tr(
                "{n} feature(s) without geometry get empty depths (feature ids {ids}).").format(
                n=len(without_geometry), ids=id_list(without_geometry.tolist())))
        feedback.setProgress(100.0)
        return {self.OUTPUT: dest_id, self.CONVERTED: converted,
                self.TOP_CLIPPED: int(depths.top_above_ground.sum()),
                self.OFF_RASTER: int((no_ground & has_geometry).sum())}

    @staticmethod
    def _linear(feature):
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            return None
        geometry.convertToStraightSegment()
        return bytes(geometry.asWkb())
