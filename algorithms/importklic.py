"""Import KLIC delivery: IMKL 1.2 / 2.0 GML into the cables-and-pipes (netwerk_) schema."""

import gc

import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate

from ..compat import make_field
from ..core import klic
from .base import OndergrondAlgorithm

RD_NEW = "EPSG:28992"
BATCH = 5000  # features converted and written per call

LINE_FIELDS = (
    ("utility_type", "string"), ("network_operator", "string"), ("imkl_id", "string"),
    ("link_id", "string"), ("object_type", "string"), ("depth_m", "double"),
    ("depth_source", "string"), ("level_nap_m", "double"), ("standard_depth_m", "double"),
    ("diameter_m", "double"), ("status", "string"), ("valid_from", "date"),
    ("valid_to", "date"), ("label", "string"), ("delivery", "string"),
)
POINT_FIELDS = (
    ("utility_type", "string"), ("network_operator", "string"), ("imkl_id", "string"),
    ("object_type", "string"), ("appurtenance_type", "string"), ("status", "string"),
    ("valid_from", "date"), ("valid_to", "date"), ("label", "string"),
    ("delivery", "string"),
)
ZONE_FIELDS = (
    ("zone_type", "string"), ("utility_type", "string"), ("network_operator", "string"),
    ("imkl_id", "string"), ("precaution", "string"), ("description", "string"),
    ("label", "string"), ("delivery", "string"),
)


def _fields(spec):
    fields = QgsFields()
    for name, kind in spec:
        fields.append(make_field(name, kind))
    return fields


def _value(name, value, dates):
    if value is None:
        return None
    if name in ("valid_from", "valid_to"):
        date = dates.get(value)
        if date is None:
            date = dates[value] = QDate.fromString(value, "yyyy-MM-dd")
        return date
    return value


class ImportKlic(OndergrondAlgorithm):
    GROUP = "street"
    INPUT = "INPUT"
    DEPTH_TOLERANCE = "DEPTH_TOLERANCE"
    OUTPUT = "OUTPUT"
    OUTPUT_POINTS = "OUTPUT_POINTS"
    OUTPUT_ZONES = "OUTPUT_ZONES"
    LINES = "LINES"
    LINES_WITH_DEPTH = "LINES_WITH_DEPTH"
    POINTS = "POINTS"
    ZONES = "ZONES"
    DELIVERIES = "DELIVERIES"

    def name(self):
        return "importklic"

    def displayName(self):
        return self.tr("Import KLIC delivery")

    def shortHelpString(self):
        return self.tr(
            "Reads one or more KLIC deliveries from the Kadaster (IMKL2015 version 1.2 and IMKL 2.0) into "
            "analysis-ready layers that plug straight into the 4D reservation check.\n\n"
            "Input: the ZIP as Kadaster sends it, the extracted folder, or the "
            "GI_gebiedsinformatielevering_*.xml file itself; several at once are merged. An object that "
            "occurs in more than one delivery (same IMKL id) is kept once, from the newest delivery.\n\n"
            "Cables and pipes: every utility link (the line geometry) of every cable, pipe, duct, cable "
            "bed and casing becomes one line, with utility_type = the IMKL thema of its utility network "
            "(laagspanning, gasLageDruk, water, warmte, datatransport, rioolVrijverval, ...), the network "
            "operator (Beheerder), the object type and IMKL id, diameter_m (pipeDiameter, kabelDiameter or "
            "ductWidth in metres; 0 counts as unknown), status (functional, planned, out_of_use) and "
            "valid_from/valid_to (9999 = open-ended).\n\n"
            "Depth (depth_m, m below ground level, top of pipe): from a DiepteTovMaaiveld point on the "
            "cable (depth_source 'maaiveld'), otherwise from a DiepteNAP point minus its maaiveldPeil "
            "(ground level, m NAP; depth_source 'nap'). A Diepte point belongs to the nearest cable or pipe "
            "of its own network within the depth tolerance; of several points the shallowest top of pipe "
            "is taken (conservative when digging). A depth measured at the bottom or centre of the pipe "
            "is moved to its top with the diameter. A DiepteNAP without ground level gives level_nap_m "
            "(top of pipe in m NAP) but no depth. Everywhere else depth_m stays empty and depth_source is "
            "'unknown'. standard_depth_m is the operator's stated standard laying depth of the network "
            "(standaardDieptelegging): where depth_m is empty, the reservation check assumes it, and "
            "otherwise its standard-profile depths.\n\n"
            "Points: appurtenances, cabinets, manholes, masts, towers and technical buildings. Zones: the "
            "precaution areas (AanduidingEisVoorzorgsmaatregel, with the required measure) and the "
            "graafpolygoon of each delivery.\n\n"
            "Every feature type read is counted in the log, with how many were imported or used and how "
            "many skipped and why. Coordinates are RD New (EPSG:28992) as IMKL prescribes.\n\n"
            "Safety: XML with a DOCTYPE or entity declarations is refused, files larger than 2 GB and "
            "ZIPs that expand beyond 4 GB or more than 200 times are refused, and a ZIP member with '..' "
            "or an absolute path is refused; the ZIP is read in place, never extracted."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.INPUT, self.tr("KLIC deliveries (ZIP, folder or GI_gebiedsinformatielevering XML)"),
            QgsProcessing.SourceType.TypeFile))
        tolerance = QgsProcessingParameterNumber(
            self.DEPTH_TOLERANCE, self.tr("Depth point tolerance (m)"),
            QgsProcessingParameterNumber.Type.Double, klic.DEFAULT_DEPTH_TOLERANCE_M, minValue=0.0,
            maxValue=50.0)
        tolerance.setFlags(tolerance.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(tolerance)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("KLIC cables and pipes"), QgsProcessing.SourceType.TypeVectorLine))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_POINTS, self.tr("KLIC appurtenances"), QgsProcessing.SourceType.TypeVectorPoint,
            optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_ZONES, self.tr("KLIC precaution zones and excavation polygons"),
            QgsProcessing.SourceType.TypeVectorPolygon, optional=True, createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber(self.LINES, self.tr("Number of cable and pipe lines")))
        self.addOutput(QgsProcessingOutputNumber(
            self.LINES_WITH_DEPTH, self.tr("Number of lines with a known depth")))
        self.addOutput(QgsProcessingOutputNumber(self.POINTS, self.tr("Number of appurtenances")))
        self.addOutput(QgsProcessingOutputNumber(self.ZONES, self.tr("Number of zones")))
        self.addOutput(QgsProcessingOutputString(self.DELIVERIES, self.tr("KLIC deliveries read")))

    def processAlgorithm(self, parameters, context, feedback):
        inputs = self.parameterAsFileList(parameters, self.INPUT, context)
        inputs = [path for path in inputs if path]
        if not inputs:
            raise QgsProcessingException(self.tr("Choose at least one KLIC delivery (ZIP, folder or XML)."))
        tolerance = self.parameterAsDouble(parameters, self.DEPTH_TOLERANCE, context)

        def progress(fraction):
            feedback.setProgress(80.0 * fraction)

        try:
            data = klic.read_klic(inputs, tolerance, progress, feedback.isCanceled)
        except klic.KlicError as error:
            raise QgsProcessingException(str(error)) from None
        if feedback.isCanceled():
            return {}
        self._report(data, feedback)

        collecting = gc.isenabled()
        gc.disable()  # 100,000s of features and records alive: cyclic GC passes would only cost time
        try:
            return self._write(parameters, context, feedback, data)
        finally:
            if collecting:
                gc.enable()

    def _write(self, parameters, context, feedback, data):
        crs = QgsCoordinateReferenceSystem(RD_NEW)
        results = {}
        outputs = (
            (self.OUTPUT, LINE_FIELDS, QgsWkbTypes.Type.MultiLineString, data.lines, "klic_utilities", self.LINES),
            (self.OUTPUT_POINTS, POINT_FIELDS, QgsWkbTypes.Type.Point, data.points, "klic_points", self.POINTS),
            (self.OUTPUT_ZONES, ZONE_FIELDS, QgsWkbTypes.Type.MultiPolygon, data.zones, "klic_zones", self.ZONES),
        )
        total = sum(len(records) for *_rest, records, _style, _count in outputs) or 1
        written = 0
        for parameter, spec, wkb_type, records, style, count_output in outputs:
            fields = _fields(spec)
            sink, dest_id = self.parameterAsSink(parameters, parameter, context, fields, wkb_type, crs)
            results[count_output] = len(records)
            if sink is None:
                if parameter == self.OUTPUT:
                    raise QgsProcessingException(self.invalidSinkError(parameters, parameter))
                continue
            names = [name for name, _kind in spec]
            multi = QgsWkbTypes.isMultiType(wkb_type)
            dates = {}
            for start in range(0, len(records), BATCH):
                if feedback.isCanceled():
                    return {}
                batch = records[start:start + BATCH]
                # One vectorised WKB conversion per batch instead of one call per feature.
                wkbs = shapely.to_wkb([record["geometry"] for record in batch], output_dimension=2)
                features = []
                for record, wkb in zip(batch, wkbs):
                    feature = QgsFeature(fields)
                    geometry = QgsGeometry()
                    geometry.fromWkb(wkb)
                    if multi:
                        geometry.convertToMultiType()
                    feature.setGeometry(geometry)
                    feature.setAttributes([_value(name, record.get(name), dates) for name in names])
                    features.append(feature)
                sink.addFeatures(features, QgsFeatureSink.Flag.FastInsert)
                written += len(batch)
                feedback.setProgress(80.0 + 20.0 * written / total)
            results[parameter] = dest_id
            self.style_output(context, dest_id, style)
        feedback.setProgress(100.0)
        results[self.LINES_WITH_DEPTH] = sum(1 for line in data.lines if line["depth_m"] is not None)
        results[self.DELIVERIES] = ", ".join(d["name"] for d in data.deliveries)
        return results

    def _report(self, data, feedback):
        for delivery in data.deliveries:
            feedback.pushInfo(self.tr("Delivery {name} (IMKL {version}, compiled {date}): {file}").format(
                name=delivery["name"], version=delivery["version"], date=delivery["date"] or "-",
                file=delivery["file"]))
            if not delivery["lines"]:
                feedback.pushWarning(self.tr("Delivery {name} holds no cables or pipes.").format(
                    name=delivery["name"]))
        feedback.pushInfo(self.tr("Feature types read (read / imported or used / skipped):"))
        for feature_type, read, used, skipped, reasons in klic.summary(data):
            feedback.pushInfo("  {}: {} / {} / {}".format(feature_type, read, used, skipped))
            for reason, count in reasons.items():
                text = self.tr("  {type}: {n} skipped: {reason}").format(
                    type=feature_type, n=count, reason=klic.reason_text(reason))
                if reason in klic.EXPECTED_SKIPS:
                    feedback.pushInfo(text)
                else:
                    feedback.pushWarning(text)
        with_depth = sum(1 for line in data.lines if line["depth_m"] is not None)
        feedback.pushInfo(self.tr(
            "{lines} cable and pipe lines, {depth} with a known depth; {points} appurtenances, "
            "{zones} zones.").format(lines=len(data.lines), depth=with_depth, points=len(data.points),
                                     zones=len(data.zones)))
