"""Where does it fit? Free space for a new utility (a warmtenet) in the street's cross-section, against the
standard ordeningsprofiel, now and after the gas pipes leave."""

import datetime
import os
import types

import numpy as np
import shapely
from qgis.core import (
    QgsFeature,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..compat import make_fields
from ..core import reservation as res
from ..core import streetprofile as sp
from ..core.paths import RULES_DIR
from ..core.tables import TableError
from .base import advanced, check_canceled, progress
from .io import core_error, read_features, to_qgs
from .reservationcheck import ReservationCheck

PROFILE_CSV = RULES_DIR / "ordeningsprofiel.csv"
MAX_DRAWINGS = 25

# Output fields (name, kind for compat.make_field)
SLOT_FIELDS = (
    ("axis_id", "long"), ("station_m", "double"), ("fits", "bool"), ("offset_m", "double"),
    ("free_from_m", "double"), ("free_to_m", "double"), ("margin_m", "double"), ("in_zone", "bool"),
    ("zone_distance_m", "double"), ("free_intervals", "string"), ("year", "int"))
BOTTLENECK_FIELDS = (
    ("axis_id", "long"), ("station_from_m", "double"), ("station_to_m", "double"), ("length_m", "double"),
    ("blocking_count", "int"), ("blocking", "string"), ("year", "int"))
PROFILE_CHECK_FIELDS = (
    ("axis_id", "long"), ("obstacle_layer", "string"), ("obstacle_id", "long"), ("utility_type", "string"),
    ("station_from_m", "double"), ("station_to_m", "double"), ("offset_min_m", "double"), ("offset_max_m", "double"),
    ("lateral_excess_m", "double"), ("depth_m", "double"), ("depth_excess_m", "double"), ("depth_assumed", "bool"),
    ("zone", "string"))
TRACE_FIELDS = (
    ("axis_id", "long"), ("station_from_m", "double"), ("station_to_m", "double"), ("utility_type", "string"),
    ("depth_m", "double"), ("width_m", "double"), ("height_m", "double"), ("valid_from", "int"), ("valid_to", "int"))


class StreetProfile(ReservationCheck):
    """Shares the obstacle reading, the rule tables and the clearance rule with the reservation check (its
    parameters OBSTACLES, DEFAULTS, CLEARANCES and the obstacle field names have the same names)."""

    GROUP = "street"

    AXIS = "AXIS"
    HALF_WIDTH = "HALF_WIDTH"
    WIDTH_FIELD = "WIDTH_FIELD"
    PUBLIC_SPACE = "PUBLIC_SPACE"
    NEW_TYPE = "NEW_TYPE"
    NEW_WIDTH = "NEW_WIDTH"
    NEW_DEPTH = "NEW_DEPTH"
    NEW_HEIGHT = "NEW_HEIGHT"
    PROFILE = "PROFILE"
    YEAR = "YEAR"
    LIFETIME = "LIFETIME"
    STEP = "STEP"
    DRAWING_STATIONS = "DRAWING_STATIONS"
    SLOTS = "SLOTS"
    BOTTLENECKS = "BOTTLENECKS"
    PROFILE_CHECK = "PROFILE_CHECK"
    TRACE = "TRACE"
    DRAWINGS = "DRAWINGS"
    STATION_COUNT = "STATION_COUNT"
    FIT_COUNT = "FIT_COUNT"
    BOTTLENECK_COUNT = "BOTTLENECK_COUNT"
    PROFILE_VIOLATION_COUNT = "PROFILE_VIOLATION_COUNT"
    DRAWING_COUNT = "DRAWING_COUNT"

    def name(self):
        return "streetprofile"

    def displayName(self):
        return self.tr("Where does it fit? (ordeningsprofiel)")

    def shortHelpString(self):
        return self.tr(
            "Finds where in the street's cross-section a new utility (a warmtenet, by default) fits among the "
            "cables, pipes, trees and reserved space, with the clearances of the reservation check, in a given "
            "year; checks the existing utilities against the standard street profile (ordeningsprofiel) and "
            "suggests a trace.\n\n"
            "Axis: the street axis (lines). Every Step m along it (and at the end) a cross-section is cut "
            "perpendicular to the axis, Half width m either side. Offsets are measured along it, positive to "
            "the left of the axis direction. A street width field of the axis (m) sets the half width per street. "
            "Public space (optional polygons, e.g. BGT wegdeel and voetpad): "
            "only the parts of the cross-section inside them may hold the new utility; the edges of the part "
            "around the axis are the property lines. Without it the property lines lie at +/- Half width.\n\n"
            "New utility: an envelope New width m wide (default 0.8: a twin pipe with casing), from New depth "
            "(cover, m below ground level) to New depth + New height, of type New type. It must lie within the "
            "public space.\n\n"
            "Obstacles, Defaults and Clearances are read exactly as the 4D reservation check reads them (same "
            "fields, same standard depths, same clearance table), so its gap rule applies: horizontal gap h = "
            "distance - half widths, vertical gap v = separation of the depth intervals, gap = sqrt(h^2 + "
            "v^2), and a conflict is gap = 0 or gap below the required clearance. Only obstacles present in "
            "some year of Year .. Year + Lifetime - 1 count (valid_from, valid_to inclusive): a gas pipe that "
            "leaves before Year frees its space.\n\n"
            "Method: per cross-section and obstacle the blocked offsets are computed in closed form (where the "
            "cross-section comes within the conflict reach of each straight piece of a cable, a tree or a "
            "polygon edge; polygons also block their inside); the free offsets are the public space minus "
            "their union (interval arithmetic, no sampling).\n\n"
            "Profile: a CSV (default rules/ordeningsprofiel.csv) with per utility type its lateral zone, as "
            "offsets from the axis or from the property line (reference axis or property_line, side left, "
            "right or both, offset_from_m, offset_to_m) and the depth range of its top (depth_from_m, "
            "depth_to_m), in the manner of NEN 7171-1:2024. The bundled values are indicative examples with "
            "their source in the file: replace them with your municipality's ordeningsprofiel.\n\n"
            "Slots: one point on the axis per station. offset_m is the best position of the new utility's "
            "centre: inside its profile zone (the middle of the free part of the zone), else "
            "the free position closest to the zone (zone_distance_m, empty inside the zone), else the centre of "
            "the widest free interval; where several are equally good (a zone on both sides of the street), the "
            "one that keeps the stations in line (least sideways movement along the street). "
            "free_from_m / free_to_m: the free interval holding it; margin_m: how far it can move before it "
            "conflicts; free_intervals: all free intervals. Empty where nothing fits.\n\n"
            "Bottlenecks: the stretches of the axis where nothing fits (from half a step before the first to "
            "half a step after the last such station), with what blocks there (layer:id (type)).\n\n"
            "Profile check: existing cables and pipes running along the street (within 30 degrees of the axis) "
            "that lie outside their profile zone or depth range: which, where (stations, offsets) and by how "
            "much (m).\n\n"
            "Suggested trace: lines through the slots of consecutive fitting stations, with depth_m, width_m, "
            "height_m, utility_type, valid_from and valid_to, ready for the 4D reservation check (which also "
            "checks the stretches between the stations).\n\n"
            "Drawings (optional folder): a cross-section PNG at every bottleneck (its middle station, at most "
            "25) and at the Drawing stations (m along each axis feature).\n\n"
            "Defaults: New width 0.8 m, a twin pipe with casing (heat networks need about 0.6-1.0 m); New depth "
            "0.8 m, the heat network's row in the Defaults table (0.6-1.0 m in practice); Lifetime 60 years (a "
            "heat network lies about 60 years), as in the 4D reservation check; Half width 6 m (a 12 m street "
            "profile); Step 5 m. The sources of the tables' values are in their source columns. Inputs are never "
            "changed."
        )

    def initAlgorithm(self, config=None):
        double = QgsProcessingParameterNumber.Type.Double
        integer = QgsProcessingParameterNumber.Type.Integer
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AXIS, self.tr("Street axis (lines)"), [QgsProcessing.SourceType.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterNumber(
            self.HALF_WIDTH, self.tr("Half width: how far the cross-section reaches either side of the axis (m)"),
            double, 6.0, minValue=0.1, maxValue=500.0))
        self.addParameter(advanced(QgsProcessingParameterField(
            self.WIDTH_FIELD, self.tr("Street width field of the axis (m, the whole width: half of it either side; "
                                      "empty values use Half width)"),
            parentLayerParameterName=self.AXIS, type=QgsProcessingParameterField.DataType.Numeric, optional=True)))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.PUBLIC_SPACE, self.tr("Public space (polygons, e.g. BGT wegdeel and voetpad; optional)"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.OBSTACLES, self.tr("Obstacles: cables and pipes, trees, reserved space"),
            QgsProcessing.SourceType.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterString(
            self.NEW_TYPE, self.tr("Utility type of the new utility (IMKL thema code, for the clearances)"),
            "warmte"))
        self.addParameter(QgsProcessingParameterNumber(
            self.NEW_WIDTH, self.tr("New utility width (m)"), double, 0.8, minValue=0.0, maxValue=50.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.NEW_DEPTH, self.tr("New utility depth: top of the envelope (cover, m below ground level)"), double,
            0.8, minValue=0.0, maxValue=100.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.NEW_HEIGHT, self.tr("New utility height (m)"), double, 0.6, minValue=0.0, maxValue=50.0))
        self._add_obstacle_field_parameters()
        self._add_rule_table_parameters(bundled_default=True, advanced_defaults=True, advanced_clearances=False)
        self.addParameter(QgsProcessingParameterFile(
            self.PROFILE, self.tr("Street profile table (CSV: utility_type, reference, side, offset_from_m, "
                                  "offset_to_m, depth_from_m, depth_to_m)"),
            extension="csv", defaultValue=str(PROFILE_CSV), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.YEAR, self.tr("Year (the situation of that year)"), integer, datetime.date.today().year,
            minValue=1800, maxValue=2500))
        self.addParameter(QgsProcessingParameterNumber(
            self.LIFETIME, self.tr("Lifetime of the new utility (years; obstacles present in any of them count)"),
            integer, 60, minValue=1, maxValue=500))
        self.addParameter(QgsProcessingParameterNumber(
            self.STEP, self.tr("Step between stations along the axis (m)"), double, 5.0, minValue=0.1,
            maxValue=10000.0))
        self.addParameter(QgsProcessingParameterString(
            self.DRAWING_STATIONS, self.tr("Drawing stations (m along the axis, separated by ';')"), "",
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SLOTS, self.tr("Slots per station"), QgsProcessing.SourceType.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.BOTTLENECKS, self.tr("Bottlenecks"), QgsProcessing.SourceType.TypeVectorLine))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.PROFILE_CHECK, self.tr("Utilities outside the profile"), QgsProcessing.SourceType.TypeVectorLine))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.TRACE, self.tr("Suggested trace"), QgsProcessing.SourceType.TypeVectorLine))
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.DRAWINGS, self.tr("Cross-section drawings (folder)"), optional=True, createByDefault=False))
        for name, description in (
            (self.STATION_COUNT, self.tr("Number of stations")),
            (self.FIT_COUNT, self.tr("Number of stations where the new utility fits")),
            (self.BOTTLENECK_COUNT, self.tr("Number of bottlenecks")),
            (self.PROFILE_VIOLATION_COUNT, self.tr("Number of utility stretches outside the profile")),
            (self.DRAWING_COUNT, self.tr("Number of drawings")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, description))

    def checkParameterValues(self, parameters, context):
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        half = self.parameterAsDouble(parameters, self.HALF_WIDTH, context)
        width = self.parameterAsDouble(parameters, self.NEW_WIDTH, context)
        if width >= 2 * half:
            return False, self.tr("The new utility ({width} m wide) does not fit in a cross-section of 2 x {half} m: "
                                  "make Half width larger.").format(width=width, half=half)
        try:
            self._drawing_stations(parameters, context)
        except ValueError as error:
            return False, str(error)
        return True, ""

    def _drawing_stations(self, parameters, context):
        text = (self.parameterAsString(parameters, self.DRAWING_STATIONS, context) or "").strip()
        values = []
        for item in text.replace(",", ";").split(";"):
            item = item.strip()
            if not item:
                continue
            try:
                value = float(item)
            except ValueError:
                raise ValueError(self.tr("Drawing stations: '{value}' is not a number of metres along the axis; "
                                         "separate stations with ';'.").format(value=item)) from None
            if not np.isfinite(value) or value < 0:
                raise ValueError(self.tr("Drawing stations: {value} is not a distance along the axis (m, 0 or "
                                         "more).").format(value=item))
            values.append(value)
        return np.array(values)

    # ------------------------------------------------------------------------------------------
    def _read_axis(self, parameters, context, feedback, crs):
        source = self.input_source(parameters, self.AXIS, context, lines=self.tr(
            "The axis layer {layer} has no line geometry: draw the street axis as lines."))
        width_field = (self.parameterAsString(parameters, self.WIDTH_FIELD, context) or "").strip()
        features = read_features(source, crs, context, feedback, fields=[width_field] if width_field else [],
                                 label=source.sourceName())
        if len(features) == 0:
            raise QgsProcessingException(self.tr(
                "The axis layer {layer} has no features with a geometry: nothing to do.").format(
                layer=source.sourceName()))
        lengths = shapely.length(features.geoms)
        if not np.all(np.isfinite(lengths)) or not np.any(lengths > 0):
            raise QgsProcessingException(self.tr(
                "The axis layer {layer} has no line of non-zero length.").format(layer=source.sourceName()))
        return features

    def _half_widths(self, parameters, context, axis, half_width, new_width):
        """Half width per axis feature: half the width field's value where there is one, else Half width."""
        width_field = (self.parameterAsString(parameters, self.WIDTH_FIELD, context) or "").strip()
        halves = np.full(len(axis), float(half_width))
        if width_field and axis.has_field(width_field):
            try:
                widths = res.numbers(axis.values(width_field), axis.ids, axis.label, width_field)
            except ValueError as error:
                raise core_error(error) from None
            given = np.isfinite(widths)
            halves[given] = widths[given] / 2
        too_narrow = np.flatnonzero(halves * 2 <= new_width)
        if len(too_narrow):
            raise QgsProcessingException(self.tr(
                "Axis feature {fid}: the street ({width} m wide) is not wider than the new utility ({new} m).").format(
                fid=axis.ids[too_narrow[0]], width=halves[too_narrow[0]] * 2, new=new_width))
        return halves

    def _read_public(self, parameters, context, feedback, crs):
        source = self.parameterAsSource(parameters, self.PUBLIC_SPACE, context)
        if source is None:
            return None
        features = read_features(source, crs, context, feedback, label=source.sourceName())
        if len(features) == 0:
            raise QgsProcessingException(self.tr(
                "The public space layer {layer} has no polygons: leave it empty to use Half width.").format(
                layer=source.sourceName()))
        return features.geoms

    def processAlgorithm(self, parameters, context, feedback):
        from .io import working_crs

        defaults, clearances = self._tables(parameters, context)
        try:
            profile = sp.Profile.read(self.parameterAsFile(parameters, self.PROFILE, context) or str(PROFILE_CSV))
        except (TableError, ValueError) as error:
            raise core_error(error) from None
        axis_source = self.input_source(parameters, self.AXIS, context)
        obstacle_layers = self.parameterAsLayerList(parameters, self.OBSTACLES, context)
        public_source = self.parameterAsSource(parameters, self.PUBLIC_SPACE, context)
        crs = working_crs([axis_source, public_source] + list(obstacle_layers), context, feedback)
        axis = self._read_axis(parameters, context, feedback, crs)
        public = self._read_public(parameters, context, feedback, crs)
        half_width = self.parameterAsDouble(parameters, self.HALF_WIDTH, context)
        new = sp.NewUtility(
            res.normalise_type(self.parameterAsString(parameters, self.NEW_TYPE, context)) or "warmte",
            self.parameterAsDouble(parameters, self.NEW_WIDTH, context),
            self.parameterAsDouble(parameters, self.NEW_DEPTH, context),
            self.parameterAsDouble(parameters, self.NEW_HEIGHT, context))
        for name, value in (("NEW_WIDTH", new.width), ("NEW_DEPTH", new.top), ("NEW_HEIGHT", new.height),
                            ("HALF_WIDTH", half_width)):
            if not np.isfinite(value):
                raise QgsProcessingException(self.tr("{name} is not a number.").format(name=name))
        if new.width >= 2 * half_width:
            raise QgsProcessingException(self.tr(
                "The new utility ({width} m wide) does not fit in a cross-section of 2 x {half} m: make Half "
                "width larger.").format(width=new.width, half=half_width))
        year = self.parameterAsInt(parameters, self.YEAR, context)
        lifetime = self.parameterAsInt(parameters, self.LIFETIME, context)
        step = self.parameterAsDouble(parameters, self.STEP, context)
        try:
            extra = self._drawing_stations(parameters, context)
        except ValueError as error:
            raise QgsProcessingException(str(error)) from None
        feedback.setProgress(5)
        # the obstacle reading of the reservation check, near the axis (within the cross-section's reach)
        widest = float(np.max(self._half_widths(parameters, context, axis, half_width, new.width)))
        reach_proxy = types.SimpleNamespace(geoms=axis.geoms, width=np.array([2 * widest + new.width]))
        obstacles = self._read_obstacles(parameters, context, feedback, crs, reach_proxy, defaults, clearances)
        feedback.pushInfo(self.tr("{n} obstacle(s) near {a} axis feature(s).").format(n=len(obstacles),
                                                                                     a=len(axis)))
        for utility_type in res.unknown_types(obstacles.utility_type, defaults, clearances):
            feedback.pushWarning(self.tr(
                "Utility type '{type}' is in neither table: the '*' defaults and clearance are used. Add it to "
                "the tables or correct the type.").format(type=utility_type))
        if not profile.has(new.utility_type):
            feedback.pushWarning(self.tr(
                "The profile table has no zone for '{type}': slots are the centres of the widest free "
                "intervals.").format(type=new.utility_type))
        else:
            for zone in profile.zones[res.type_key(new.utility_type)]:
                if (not np.isnan(zone.depth_from) and new.top < zone.depth_from) or (
                        not np.isnan(zone.depth_to) and new.top > zone.depth_to):
                    feedback.pushWarning(self.tr(
                        "New depth {depth} m lies outside the profile's depth range {low}-{high} m for "
                        "'{type}'.").format(depth=new.top, low=zone.depth_from, high=zone.depth_to,
                                            type=new.utility_type))
                    break
        feedback.setProgress(20)
        halves = self._half_widths(parameters, context, axis, half_width, new.width)
        result = sp.free_space(axis.geoms, obstacles, clearances, new, half_width=halves, step=step, year=year,
                               lifetime=lifetime, profile=profile, public=public, extra_stations=extra,
                               progress=progress(feedback))
        check_canceled(feedback)
        necks = sp.bottlenecks(result, step)
        traces = sp.suggested_traces(result)
        violations = sp.profile_check(result, obstacles, profile, step)
        feedback.setProgress(75)
        axis_ids = axis.ids
        results = {
            self.SLOTS: self._write_slots(parameters, context, crs, result, axis_ids, year),
            self.BOTTLENECKS: self._write_bottlenecks(parameters, context, crs, necks, obstacles, axis_ids, year),
            self.PROFILE_CHECK: self._write_profile_check(parameters, context, crs, violations, obstacles,
                                                          axis_ids),
            self.TRACE: self._write_trace(parameters, context, crs, traces, new, axis_ids, year, lifetime),
        }
        drawings_folder = self.parameterAsString(parameters, self.DRAWINGS, context)
        drawings = 0
        if drawings_folder:
            drawings = self._draw(drawings_folder, result, necks, extra, obstacles, new, profile, axis_ids, year,
                                  feedback)
            results[self.DRAWINGS] = drawings_folder
        else:
            results[self.DRAWINGS] = None
        fits = int(np.sum(result.fits))
        results.update({self.STATION_COUNT: len(result.stations), self.FIT_COUNT: fits,
                        self.BOTTLENECK_COUNT: len(necks), self.PROFILE_VIOLATION_COUNT: len(violations),
                        self.DRAWING_COUNT: drawings})
        feedback.pushInfo(self.tr(
            "{year}: the new {type} fits at {fits} of {n} stations ({inzone} inside its profile zone); {necks} "
            "bottleneck(s); {violations} stretch(es) of existing utilities outside the profile; {traces} "
            "suggested trace line(s).").format(
            year=year, type=new.utility_type, fits=fits, n=len(result.stations),
            inzone=int(np.sum(result.in_zone)), necks=len(necks), violations=len(violations), traces=len(traces)))
        feedback.setProgress(100)
        return results

    # ------------------------------------------------------------------------------------------
    def _sink(self, parameters, name, context, spec, wkb_type, crs):
        fields = make_fields(spec)
        sink, dest_id = self.parameterAsSink(parameters, name, context, fields, wkb_type, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        return sink, dest_id, fields

    def _add(self, sink, fields, geometry, attributes, parameters, name):
        feature = QgsFeature(fields)
        feature.setGeometry(to_qgs(geometry))
        feature.setAttributes(attributes)
        self.write(sink, feature, parameters, name)

    def _write_slots(self, parameters, context, crs, result, axis_ids, year):
        spec = SLOT_FIELDS
        sink, dest_id, fields = self._sink(parameters, self.SLOTS, context, spec, QgsWkbTypes.Type.Point, crs)
        st = result.stations
        points = shapely.points(st.xy)

        def number(values, k):
            value = values[k]
            return None if not np.isfinite(value) else round(float(value), 3)

        for k in range(len(st)):
            fits = bool(result.fits[k])
            self._add(sink, fields, points[k], [
                int(axis_ids[st.axis[k]]), round(float(st.chainage[k]), 3), fits, number(result.offset, k),
                number(result.free_from, k), number(result.free_to, k), number(result.margin, k),
                # zone_distance_m is empty inside the zone: QGIS 3.22's PostgreSQL provider takes a column holding
                # only 0 and NULL for a constant 0 and writes 0 for the NULLs
                bool(result.in_zone[k]), None if result.in_zone[k] else number(result.zone_distance, k),
                sp.free_text(result, k), int(year)], parameters, self.SLOTS)
        self.style_output(context, dest_id, "streetprofile_slots")
        return dest_id

    def _write_bottlenecks(self, parameters, context, crs, necks, obstacles, axis_ids, year):
        spec = BOTTLENECK_FIELDS
        sink, dest_id, fields = self._sink(parameters, self.BOTTLENECKS, context, spec,
                                           QgsWkbTypes.Type.LineString, crs)
        for neck in necks:
            self._add(sink, fields, neck["geometry"], [
                int(axis_ids[neck["axis"]]), round(neck["station_from"], 3), round(neck["station_to"], 3),
                round(float(neck["geometry"].length), 3), len(neck["blockers"]),
                sp.blocking_text(obstacles, neck["blockers"]), int(year)], parameters, self.BOTTLENECKS)
        self.style_output(context, dest_id, "streetprofile_bottlenecks")
        return dest_id

    def _write_profile_check(self, parameters, context, crs, violations, obstacles, axis_ids):
        spec = PROFILE_CHECK_FIELDS
        sink, dest_id, fields = self._sink(parameters, self.PROFILE_CHECK, context, spec,
                                           QgsWkbTypes.Type.LineString, crs)
        for item in violations:
            j = item["obstacle"]
            self._add(sink, fields, item["geometry"], [
                int(axis_ids[item["axis"]]), str(obstacles.layer[j]), int(obstacles.fid[j]),
                str(obstacles.utility_type[j]), round(item["station_from"], 3), round(item["station_to"], 3),
                round(item["offset_min"], 3), round(item["offset_max"], 3), round(item["lateral_excess"], 3),
                round(float(obstacles.top[j]), 3), round(item["depth_excess"], 3), bool(obstacles.assumed[j]),
                item["zone"]], parameters, self.PROFILE_CHECK)
        self.style_output(context, dest_id, "streetprofile_profilecheck")
        return dest_id

    def _write_trace(self, parameters, context, crs, traces, new, axis_ids, year, lifetime):
        spec = TRACE_FIELDS
        sink, dest_id, fields = self._sink(parameters, self.TRACE, context, spec, QgsWkbTypes.Type.LineString, crs)
        for trace in traces:
            self._add(sink, fields, trace["geometry"], [
                int(axis_ids[trace["axis"]]), round(trace["station_from"], 3), round(trace["station_to"], 3),
                new.utility_type, new.top, new.width, new.height, int(year), int(year + lifetime - 1)],
                parameters, self.TRACE)
        self.style_output(context, dest_id, "streetprofile_trace")
        return dest_id

    def _draw(self, folder, result, necks, extra, obstacles, new, profile, axis_ids, year, feedback):
        from ..core import section_drawing

        os.makedirs(folder, exist_ok=True)
        st = result.stations
        chosen = [(neck["first"] + neck["last"]) // 2 for neck in necks[:MAX_DRAWINGS]]
        if len(necks) > MAX_DRAWINGS:
            feedback.pushWarning(self.tr("{n} bottlenecks: drawings of the first {m} only.").format(
                n=len(necks), m=MAX_DRAWINGS))
        if len(extra):
            near = np.isclose(st.chainage[:, None], np.asarray(extra)[None, :], atol=1e-6).any(axis=1)
            chosen += np.flatnonzero(near).tolist()
        count = 0
        for k in sorted(set(chosen)):
            check_canceled(feedback)
            axis_id = int(axis_ids[st.axis[k]])
            title = self.tr("Axis {axis}, station {station:.1f} m, {year}").format(
                axis=axis_id, station=st.chainage[k], year=year)
            free = sp.free_text(result, k) or self.tr("none")
            subtitle = self.tr("New {type}: {width} m wide, {top}-{bottom} m deep; free for its centre: {free}").format(
                type=new.utility_type, width=new.width, top=new.top, bottom=new.bottom, free=free)
            section = sp.section_at(result, k, obstacles, new, profile, title, subtitle)
            path = os.path.join(folder, "section_axis{}_{:08.1f}m.png".format(axis_id, st.chainage[k]))
            section_drawing.draw(section, path)
            count += 1
        feedback.pushInfo(self.tr("{n} cross-section drawing(s) written to {folder}").format(n=count, folder=folder))
        return count
