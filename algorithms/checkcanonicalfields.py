"""Check canonical fields: does a layer follow the plugin's depth and time conventions?"""

from qgis.core import (
    QgsFeature,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)

from ..compat import make_fields
from ..core import canonical
from .base import OndergrondAlgorithm, check_canceled
from .io import is_metric, python_value, source_crs


class CheckCanonicalFields(OndergrondAlgorithm):
    INPUT = "INPUT"
    TOP_FIELD = "TOP_FIELD"
    BOTTOM_FIELD = "BOTTOM_FIELD"
    DEPTH_FIELD = "DEPTH_FIELD"
    DIAMETER_FIELD = "DIAMETER_FIELD"
    FROM_FIELD = "FROM_FIELD"
    TO_FIELD = "TO_FIELD"
    OUTPUT = "OUTPUT"
    CHECKED = "CHECKED"
    PROBLEMS = "PROBLEMS"

    FIELD_PARAMETERS = (
        (TOP_FIELD, canonical.TOP),
        (BOTTOM_FIELD, canonical.BOTTOM),
        (DEPTH_FIELD, canonical.DEPTH),
        (DIAMETER_FIELD, canonical.DIAMETER),
        (FROM_FIELD, canonical.VALID_FROM),
        (TO_FIELD, canonical.VALID_TO),
    )

    def name(self):
        return "checkcanonicalfields"

    def displayName(self):
        return self.tr("Check canonical fields")

    def shortHelpString(self):
        return self.tr(
            "Checks whether a layer follows the depth and time conventions every Ondergrond algorithm "
            "relies on, before you feed it in, and lists each feature with a problem and what is wrong.\n\n"
            "Depths are metres below ground level, positive downward: top_m and bottom_m for a volume "
            "(empty top = ground level, empty bottom = unbounded), depth_m (top of the pipe) and "
            "diameter_m for a cable or pipe. Validity is valid_from and valid_to, inclusive, as a year "
            "(2030) or a date (2030-05-01 or 01-05-2030); empty means open-ended.\n\n"
            "Reported: features without geometry or with invalid geometry, values that are not numbers, "
            "negative depths, a top below its bottom, a diameter above 5 m (almost always millimetres in "
            "a metre field), depths beyond 10 km, unreadable dates and a validity that ends before it "
            "starts. A layer in a geographic CRS (degrees) is reported too: the algorithms reproject it "
            "to EPSG:28992.\n\n"
            "Choose other field names when your data uses another schema; leave a field empty to skip "
            "its check. The input is never changed."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Layer to check"), [QgsProcessing.SourceType.TypeVector]))
        descriptions = {
            self.TOP_FIELD: self.tr("Top of the volume field (m below ground level)"),
            self.BOTTOM_FIELD: self.tr("Bottom of the volume field (m below ground level)"),
            self.DEPTH_FIELD: self.tr("Depth of a cable or pipe field (top of pipe, m below ground level)"),
            self.DIAMETER_FIELD: self.tr("Diameter field (m)"),
            self.FROM_FIELD: self.tr("Valid from field (year or date)"),
            self.TO_FIELD: self.tr("Valid to field (year or date)"),
        }
        for parameter, default in self.FIELD_PARAMETERS:
            self.addParameter(QgsProcessingParameterField(
                parameter, descriptions[parameter], defaultValue=default, parentLayerParameterName=self.INPUT,
                optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Problems"), QgsProcessing.SourceType.TypeVectorAnyGeometry))
        self.addOutput(QgsProcessingOutputNumber(self.CHECKED, self.tr("Number of features checked")))
        self.addOutput(QgsProcessingOutputNumber(self.PROBLEMS, self.tr("Number of features with a problem")))

    def processAlgorithm(self, parameters, context, feedback):
        source = self.input_source(parameters, self.INPUT, context)
        names = {}
        for parameter, _default in self.FIELD_PARAMETERS:
            name = self.parameterAsString(parameters, parameter, context)
            names[parameter] = name if name and source.fields().lookupField(name) >= 0 else None
        if not is_metric(source_crs(source)):
            feedback.pushWarning(self.tr(
                "The layer's CRS {crs} is not a projected CRS in metres; the algorithms will reproject it "
                "to EPSG:28992.").format(crs=source_crs(source).authid()))

        fields = make_fields((("source_fid", "long"), ("problem", "string")))
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, source.wkbType(), source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))

        total = source.featureCount() or 1
        checked = with_problems = 0
        for checked, feature in enumerate(source.getFeatures(), start=1):
            check_canceled(feedback)
            values = {parameter: python_value(feature[name]) if name else None for parameter, name in names.items()}
            problems = canonical.record_problems(
                top=values[self.TOP_FIELD], bottom=values[self.BOTTOM_FIELD], depth=values[self.DEPTH_FIELD],
                diameter=values[self.DIAMETER_FIELD], valid_from=values[self.FROM_FIELD],
                valid_to=values[self.TO_FIELD])
            geometry = feature.geometry()
            if geometry.isNull() or geometry.isEmpty():
                problems.insert(0, self.tr("no geometry"))
            elif not geometry.isGeosValid():
                problems.insert(0, self.tr("invalid geometry (self-intersection or similar)"))
            if problems:
                with_problems += 1
                out = QgsFeature(fields)
                out.setGeometry(geometry)
                out.setAttributes([feature.id(), "; ".join(problems)])
                self.write(sink, out, parameters, self.OUTPUT)
            feedback.setProgress(100.0 * checked / total)

        if with_problems:
            feedback.pushWarning(self.tr("{n} of {total} features have a problem.").format(
                n=with_problems, total=checked))
        else:
            feedback.pushInfo(self.tr("All {total} features follow the conventions.").format(total=checked))
        geometry_name = {QgsWkbTypes.GeometryType.PointGeometry: "point", QgsWkbTypes.GeometryType.LineGeometry: "line",
                         QgsWkbTypes.GeometryType.PolygonGeometry: "polygon"}.get(
            QgsWkbTypes.geometryType(source.wkbType()))
        if geometry_name:
            self.style_output(context, dest_id, "checkcanonicalfields_" + geometry_name)
        return {self.OUTPUT: dest_id, self.CHECKED: checked, self.PROBLEMS: with_problems}
