"""Import KLIC delivery: IMKL 1.2 / 2.0 GML into the cables-and-pipes (netwerk_) schema."""

from operator import itemgetter

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..core import gcpause, klic
from ..core.canonical import STANDARD_DEPTH
from ..core.paths import RULES_DIR
from ..core.tables import TableError
from .base import OndergrondAlgorithm, advanced, check_canceled, progress
from .io import write_records

PLAUSIBLE_SIZES_CSV = RULES_DIR / "plausible_sizes.csv"

LINE_FIELDS = (
    ("utility_type", "string"), ("network_operator", "string"), ("imkl_id", "string"),
    ("link_id", "string"), ("object_type", "string"), ("depth_m", "double"),
    ("depth_source", "string"), ("level_nap_m", "double"), (STANDARD_DEPTH, "double"),
    ("diameter_m", "double"), ("status", "string"), ("valid_from", "date"),
    ("valid_to", "date"), ("label", "string"), ("delivery", "string"),
)
POINT_FIELDS = (
    ("utility_type", "string"), ("network_operator", "string"), ("imkl_id", "string"),
    ("object_type", "string"), ("appurtenance_type", "string"), ("status", "string"),
    ("valid_from", "date"), ("valid_to", "date"), ("label", "string"),
    ("delivery", "string"),
) + (
    # depth measurements (DiepteTovMaaiveld / DiepteNAP) are points too, with their depth and network
    ("network", "string"), ("depth_m", "double"), ("depth_source", "string"), ("level_nap_m", "double"),
    ("top_m", "double"), ("bottom_m", "double"), ("link_id", "string"),
)
ZONE_FIELDS = (
    ("zone_type", "string"), ("utility_type", "string"), ("network_operator", "string"),
    ("imkl_id", "string"), ("precaution", "string"), ("description", "string"),
    ("label", "string"), ("delivery", "string"),
)


def _geometries_and_rows(records, spec):
    """The geometries of ``records`` (klic.Lines or a list of dicts) and the values of ``spec``'s fields per
    record; a field a record lacks (an appurtenance has no depth) is empty. (Lines: a column at a time;
    dicts: itemgetter, one C call per record where every record has every field, the common case.)"""
    names = [name for name, _kind in spec]
    if isinstance(records, klic.Lines):
        return records.column("geometry"), records.rows(names)
    geometries = [record["geometry"] for record in records]
    try:
        return geometries, list(map(itemgetter(*names), records))
    except KeyError:
        return geometries, [[record.get(name) for name in names] for record in records]


def _with_depth(lines):
    return sum(1 for depth in lines.column("depth_m") if depth is not None)


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
            "Points: appurtenances, cabinets, manholes, masts, towers and technical buildings, and every "
            "depth measurement (DiepteTovMaaiveld, DiepteNAP) whether or not a cable takes it, with depth_m "
            "(m below ground level at the point; DiepteNAP: maaiveldPeil minus dieptePeil), depth_source, "
            "level_nap_m, network (the IMKL id of the network it names), top_m = bottom_m = depth_m (the "
            "depth interval the reservation check reads) and link_id (the link of the cable that took the "
            "depth, empty when none did). Zones: the precaution areas (AanduidingEisVoorzorgsmaatregel, with "
            "the required measure) and the graafpolygoon of each delivery.\n\n"
            "Plausibility: diameters and depths outside the range of rules/plausible_sizes.csv for their "
            "thema (e.g. a water pipe wider than 1.6 m: a diameter in cm read as m) are warned about in the "
            "log with an example IMKL id; the values are written unchanged.\n\n"
            "A delivery with both an IMKL 1.2 and an IMKL 2.0 file (GI_gebiedsinformatielevering_*_V2.xml, "
            "since 2021) is read once, from the 2.0 file.\n\n"
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
        self.addParameter(advanced(QgsProcessingParameterNumber(
            self.DEPTH_TOLERANCE, self.tr("Depth point tolerance (m)"),
            QgsProcessingParameterNumber.Type.Double, klic.DEFAULT_DEPTH_TOLERANCE_M, minValue=0.0,
            maxValue=50.0)))
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

        # 100,000s of records alive from reading to writing: collector passes only cost time, and the records
        # go before the collector comes back (so it has nothing to walk)
        with gcpause.paused():
            try:
                data = klic.read_klic(inputs, tolerance, progress(feedback, 0.0, 80.0))
            except klic.KlicError as error:
                raise QgsProcessingException(str(error)) from None
            check_canceled(feedback)
            self._report(data, feedback)
            results = self._write(parameters, context, feedback, data)
            del data
        return results

    def _write(self, parameters, context, feedback, data):
        results = {}
        outputs = (
            (self.OUTPUT, LINE_FIELDS, QgsWkbTypes.Type.MultiLineString, data.lines, "klic_utilities", self.LINES),
            (self.OUTPUT_POINTS, POINT_FIELDS, QgsWkbTypes.Type.Point, data.points, "klic_points", self.POINTS),
            (self.OUTPUT_ZONES, ZONE_FIELDS, QgsWkbTypes.Type.MultiPolygon, data.zones, "klic_zones", self.ZONES),
        )
        total = sum(len(records) for *_rest, records, _style, _count in outputs) or 1
        written = 0
        for parameter, spec, wkb_type, records, style, count_output in outputs:
            share = progress(feedback, 80.0 + 20.0 * written / total, 80.0 + 20.0 * (written + len(records)) / total)
            dest_id = write_records(self, parameters, context, feedback, parameter, spec, wkb_type,
                                    *_geometries_and_rows(records, spec), share)
            written += len(records)
            results[count_output] = len(records)
            if dest_id is not None:
                results[parameter] = dest_id
                self.style_output(context, dest_id, style)
        feedback.setProgress(100.0)
        results[self.LINES_WITH_DEPTH] = _with_depth(data.lines)
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
        depth_points = [p for p in data.points if p["object_type"] in klic.DEPTH_TYPES]
        alone = sum(1 for p in depth_points if not p.get("link_id"))
        if depth_points:
            feedback.pushInfo(self.tr(
                "{n} depth measurement(s) written as points with their depth (depth_m, depth_source, network); "
                "{alone} of them lie on no cable or pipe of their network in the delivery, so only the point "
                "carries that depth.").format(n=len(depth_points), alone=alone))
        self._report_plausibility(data, feedback)
        with_depth = _with_depth(data.lines)
        feedback.pushInfo(self.tr(
            "{lines} cable and pipe lines, {depth} with a known depth; {points} appurtenances, "
            "{zones} zones.").format(lines=len(data.lines), depth=with_depth, points=len(data.points),
                                     zones=len(data.zones)))

    def _report_plausibility(self, data, feedback):
        try:
            sizes = klic.read_plausible_sizes(PLAUSIBLE_SIZES_CSV)
        except TableError as error:
            feedback.pushWarning(str(error))
            return
        for entry in klic.implausible([data.lines, data.points], sizes):
            if entry["quantity"] == "diameter":
                text = self.tr(
                    "{type}: {n} diameter(s) outside the plausible {low}-{high} m (e.g. {value} m at {id}); "
                    "check the unit in the delivery (cm or mm read as m?).")
            else:
                text = self.tr(
                    "{type}: {n} depth(s) deeper than the plausible {high} m (e.g. {value} m at {id}); a "
                    "drilled crossing can be that deep, otherwise check the unit or the ground level.")
            feedback.pushWarning(text.format(
                type=entry["utility_type"], n=entry["count"], low=entry["low"], high=entry["high"],
                value=round(entry["value"], 3), id=entry["example"]))
