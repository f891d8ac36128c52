"""Import ESDL heat network: the pipes of an ESDL design as planned traces for the reservation check."""

import datetime

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate

from ..compat import make_fields
from ..core import esdl
from ..core.paths import RULES_DIR
from ..core.reservation import DefaultDepths
from ..core.tables import TableError
from .base import OndergrondAlgorithm, advanced, check_canceled
from .io import DEFAULT_CRS, to_qgs
from .obstacles import DEFAULTS_CSV

DIMENSIONS_CSV = RULES_DIR / "heat_pipe_dimensions.csv"
TRACE_FIELDS = (("name", "string"), ("esdl_ids", "string"), ("diameter", "string"), ("width_m", "double"),
                ("height_m", "double"), ("depth_m", "double"), ("valid_from", "date"), ("valid_to", "date"),
                ("length_m", "double"), ("paired", "bool"), ("utility_type", "string"))
POINT_FIELDS = (("name", "string"), ("esdl_id", "string"), ("asset_type", "string"), ("carrier", "string"),
                ("power_w", "double"))
# RD New's area of use (EPSG): coordinates outside it mean swapped lat/lon or another CRS.
RD_EXTENT = (-7000.0, 289000.0, 300000.0, 629000.0)


def _date(text):
    return QDate.fromString(text, "yyyy-MM-dd") if text else None


class ImportEsdl(OndergrondAlgorithm):
    GROUP = "street"
    INPUT = "INPUT"
    PIPE_SYSTEM = "PIPE_SYSTEM"
    DEPTH = "DEPTH"
    CONSTRUCTION_YEAR = "CONSTRUCTION_YEAR"
    PAIR_DISTANCE = "PAIR_DISTANCE"
    DIMENSIONS = "DIMENSIONS"
    OUTPUT = "OUTPUT"
    OUTPUT_POINTS = "OUTPUT_POINTS"
    TRACES = "TRACES"
    PIPES = "PIPES"
    SYSTEMS = (esdl.SINGLE, esdl.TWIN)

    def name(self):
        return "importesdl"

    def displayName(self):
        return self.tr("Import ESDL heat network")

    def shortHelpString(self):
        return self.tr(
            "Reads a heat-network design in ESDL (Energy System Description Language: the format of the ESDL "
            "MapEditor, OMOTES and the Nieuwe Warmte Nu design toolkit) into planned traces that plug "
            "straight into the 4D reservation check (its Planned trace) and the municipal model.\n\n"
            "Input: an .esdl file. Its pipes (esdl:Pipe with a line geometry, WGS84 lat/lon unless the "
            "geometry names another CRS) are reprojected to RD New (EPSG:28992).\n\n"
            "One trace per route: a supply pipe and the return pipe along the same route (Hausdorff distance "
            "at most the pairing distance, lengths within 20 %) become one trace; a pipe without a partner "
            "stays single. Return pipes are recognised by their carrier (a HeatCommodity with only a return "
            "temperature) or, without carriers, by a name or id with 'ret'.\n\n"
            "Fields: name (the supply pipe's ESDL name), esdl_ids (the ESDL ids of its pipes), diameter "
            "(ESDL's DN, e.g. DN200), width_m and height_m of the envelope the pipes take (m): two single "
            "casings side by side with the gap between them, or one twin casing (Pipe system), from "
            "rules/heat_pipe_dimensions.csv (casing diameters per DN: EN 253 sizes, LOGSTOR series 1 "
            "catalogue, twin pipes per EN 15698-1), depth_m (cover depth, m below ground level: the Depth "
            "parameter, empty = the warmte row of rules/default_depths.csv), valid_from (ESDL's "
            "commissioningDate, else 1 January of the Construction year), valid_to (ESDL's "
            "decommissioningDate, else empty: the reservation check adds its lifetime), length_m (ESDL's "
            "length of the supply pipe, else the length in RD New), paired, and utility_type 'warmte'.\n\n"
            "Points: joints, producers, demands and every other asset with a point geometry, with name, "
            "esdl_id, asset_type, carrier and power_w (W).\n\n"
            "Safety: an ESDL file with a DOCTYPE or entity declarations is refused, and files larger than "
            "512 MB.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, self.tr("ESDL heat-network design (.esdl)"), fileFilter="ESDL (*.esdl *.ESDL *.xml)"))
        self.addParameter(QgsProcessingParameterEnum(
            self.PIPE_SYSTEM, self.tr("Pipe system"),
            [self.tr("Single pipes: supply and return side by side"), self.tr("Twin pipe: both in one casing")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.DEPTH, self.tr("Cover depth of the pipes (m below ground level; empty: the defaults table)"),
            QgsProcessingParameterNumber.Type.Double, None, optional=True, minValue=0.0, maxValue=50.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.CONSTRUCTION_YEAR, self.tr("Construction year (where ESDL has no commissioning date)"),
            QgsProcessingParameterNumber.Type.Integer, datetime.date.today().year, minValue=1800, maxValue=2500))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            self.PAIR_DISTANCE, self.tr("Pairing distance of supply and return pipes (m)"),
            QgsProcessingParameterNumber.Type.Double, esdl.DEFAULT_PAIR_DISTANCE_M, minValue=0.0, maxValue=1000.0)))
        self.addParameter(advanced(QgsProcessingParameterFile(
            self.DIMENSIONS, self.tr("Pipe dimensions table (CSV; empty: the bundled table)"), optional=True,
            fileFilter="CSV (*.csv)")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("ESDL heat-network traces"), QgsProcessing.SourceType.TypeVectorLine))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_POINTS, self.tr("ESDL joints, producers and demands"),
            QgsProcessing.SourceType.TypeVectorPoint, optional=True, createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber(self.TRACES, self.tr("Number of traces")))
        self.addOutput(QgsProcessingOutputNumber(self.PIPES, self.tr("Number of ESDL pipes")))

    def _transform(self, crs_text, context, cache):
        transform = cache.get(crs_text)
        if transform is None:
            source = QgsCoordinateReferenceSystem("EPSG:4326" if crs_text.upper() in ("WGS84", "EPSG:4326")
                                                  else crs_text)
            if not source.isValid():
                raise QgsProcessingException(self.tr(
                    "The ESDL geometry names the coordinate system '{crs}', which QGIS does not know. Use WGS84 "
                    "(lat/lon) or an EPSG code.").format(crs=crs_text))
            transform = cache[crs_text] = QgsCoordinateTransform(
                source, QgsCoordinateReferenceSystem(DEFAULT_CRS), context.transformContext())
        return transform

    def _to_rd(self, records, context, line):
        """The records' coordinates in RD New as shapely lines (or points): one transform per CRS of all
        their vertices at once."""
        out = [None] * len(records)
        by_crs = {}
        for index, record in enumerate(records):
            by_crs.setdefault(record["crs"], []).append(index)
        cache = {}
        for crs_text, indices in by_crs.items():
            transform = self._transform(crs_text, context, cache)
            coords = np.vstack([records[i]["coords"] for i in indices])
            counts = np.array([len(records[i]["coords"]) for i in indices])
            geometry = QgsGeometry()
            geometry.fromWkb(shapely.to_wkb(shapely.multipoints(coords)))
            try:
                geometry.transform(transform)
            except Exception as error:  # noqa: BLE001 - QgsCsException: report it, not a traceback
                raise QgsProcessingException(self.tr("ESDL asset '{name}' ({id}): cannot be reprojected to RD "
                                                     "New: {error}").format(
                    name=records[indices[0]]["name"], id=records[indices[0]]["id"], error=error)) from None
            rd = shapely.get_coordinates(shapely.from_wkb(bytes(geometry.asWkb())))
            owner = np.repeat(np.arange(len(indices)), counts)
            shapes = (shapely.linestrings(rd, indices=owner) if line
                      else shapely.points(rd[np.cumsum(counts) - counts]))
            for position, index in enumerate(indices):
                out[index] = shapes[position]
        bounds = shapely.bounds(np.asarray(out, dtype=object)) if out else np.zeros((0, 4))
        bad = ~(np.isfinite(bounds).all(axis=1) & (bounds[:, 0] >= RD_EXTENT[0]) & (bounds[:, 1] >= RD_EXTENT[1])
                & (bounds[:, 2] <= RD_EXTENT[2]) & (bounds[:, 3] <= RD_EXTENT[3]))
        if bad.any():
            first = int(np.flatnonzero(bad)[0])
            raise QgsProcessingException(self.tr(
                "ESDL asset '{name}' ({id}) lies outside the Netherlands after reprojection to RD New "
                "({x:.0f}, {y:.0f}); are lat and lon swapped, or is the geometry's CRS wrong?").format(
                name=records[first]["name"], id=records[first]["id"], x=bounds[first, 0], y=bounds[first, 1]))
        return out

    def processAlgorithm(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, self.INPUT, context)
        if not path:
            raise QgsProcessingException(self.tr("Choose an ESDL file."))
        system = self.SYSTEMS[self.parameterAsEnum(parameters, self.PIPE_SYSTEM, context)]
        table = self.parameterAsFile(parameters, self.DIMENSIONS, context) or str(DIMENSIONS_CSV)
        try:
            design = esdl.read_esdl(path)
            dimensions = esdl.PipeDimensions.read(table)
            depth = None
            if parameters.get(self.DEPTH) is not None and str(parameters.get(self.DEPTH)).strip() != "":
                depth = self.parameterAsDouble(parameters, self.DEPTH, context)
            if depth is None:
                depth = DefaultDepths.read(DEFAULTS_CSV).value("warmte", "depth_m")
        except (esdl.EsdlError, TableError) as error:
            raise QgsProcessingException(str(error)) from None
        year = self.parameterAsInt(parameters, self.CONSTRUCTION_YEAR, context)
        pair_distance = self.parameterAsDouble(parameters, self.PAIR_DISTANCE, context)
        feedback.pushInfo(self.tr("ESDL energy system '{name}': {pipes} pipe(s), {points} point asset(s).").format(
            name=design.name, pipes=len(design.pipes), points=len(design.points)))
        for reason, count in design.skipped.items():
            feedback.pushWarning(self.tr("{n} asset(s) skipped: {reason}").format(n=count, reason=reason))
        geometries = self._to_rd(design.pipes, context, line=True)
        feedback.setProgress(40)
        traces, unknown = esdl.build_traces(design, geometries, dimensions, system, pair_distance)
        for dn in unknown:
            feedback.pushWarning(self.tr(
                "Diameter {dn} is not in the pipe dimensions table: width_m and height_m stay empty (the "
                "reservation check then uses its Trace width and height). Add the DN to the table.").format(dn=dn))
        for trace in traces:
            if trace["length_m"] and abs(trace["geometry_length_m"] - trace["length_m"]) > 0.01 * trace["length_m"] + 1:
                feedback.pushWarning(self.tr(
                    "Trace '{name}': ESDL gives a length of {esdl:.1f} m, its line is {line:.1f} m long in RD "
                    "New.").format(name=trace["name"], esdl=trace["length_m"], line=trace["geometry_length_m"]))
        paired = sum(1 for trace in traces if trace["paired"])
        feedback.pushInfo(self.tr(
            "{traces} trace(s): {paired} supply and return pair(s) along the same route, {single} single "
            "pipe(s).").format(traces=len(traces), paired=paired, single=len(traces) - paired))

        crs = QgsCoordinateReferenceSystem(DEFAULT_CRS)
        fields = make_fields(TRACE_FIELDS)
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                             QgsWkbTypes.Type.LineString, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        default_from = "{:04d}-01-01".format(year)
        for trace in traces:
            check_canceled(feedback)
            feature = QgsFeature(fields)
            feature.setGeometry(to_qgs(trace["geometry"]))
            feature.setAttributes([
                trace["name"], trace["esdl_ids"], trace["diameter"], trace["width_m"], trace["height_m"],
                float(depth) if depth is not None else None, _date(trace["valid_from"] or default_from),
                _date(trace["valid_to"]), trace["length_m"], trace["paired"], "warmte"])
            self.write(sink, feature, parameters, self.OUTPUT)
        self.style_output(context, dest_id, "netwerk_warmtenet_trace")
        results = {self.OUTPUT: dest_id, self.TRACES: len(traces), self.PIPES: len(design.pipes)}
        feedback.setProgress(70)

        point_fields = make_fields(POINT_FIELDS)
        points_sink, points_id = self.parameterAsSink(parameters, self.OUTPUT_POINTS, context, point_fields,
                                                      QgsWkbTypes.Type.Point, crs)
        if points_sink is not None:
            for record, shape in zip(design.points, self._to_rd(design.points, context, line=False)):
                feature = QgsFeature(point_fields)
                feature.setGeometry(to_qgs(shape))
                feature.setAttributes([record["name"], record["id"], record["asset_type"], record["carrier"],
                                       record["power_w"]])
                self.write(points_sink, feature, parameters, self.OUTPUT_POINTS)
            results[self.OUTPUT_POINTS] = points_id
        feedback.setProgress(100)
        return results
