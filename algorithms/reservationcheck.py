"""4D reservation check: does a planned warmtenet trace fit among cables, pipes, trees and reserved
space, in 3D and over its lifetime, and which planned works could be combined with it?"""

import datetime

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsRectangle,
    QgsWkbTypes,
)

from ..compat import make_fields
from ..core import reservation as res
from ..core.canonical import DIAMETER, RADIUS, to_float
from . import reportpdf
from .base import OndergrondAlgorithm, advanced, check_canceled, progress
from .io import Features, core_error, layer_label, read_features, source_crs, to_features, to_qgs, working_crs
from .obstacles import ObstacleParameters, obstacle_kind


class ReservationCheck(ObstacleParameters, OndergrondAlgorithm):
    """Obstacle field names and rule tables: algorithms/obstacles.py (shared with 'Where does it fit?' and the
    cross-section)."""

    GROUP = "street"

    TRACE = "TRACE"
    TRACE_DEPTH = "TRACE_DEPTH"
    TRACE_WIDTH = "TRACE_WIDTH"
    TRACE_HEIGHT = "TRACE_HEIGHT"
    TRACE_TYPE = "TRACE_TYPE"
    CONSTRUCTION_YEAR = "CONSTRUCTION_YEAR"
    LIFETIME = "LIFETIME"
    TRACE_DEPTH_FIELD = "TRACE_DEPTH_FIELD"
    TRACE_WIDTH_FIELD = "TRACE_WIDTH_FIELD"
    TRACE_HEIGHT_FIELD = "TRACE_HEIGHT_FIELD"
    TRACE_FROM_FIELD = "TRACE_FROM_FIELD"
    TRACE_TO_FIELD = "TRACE_TO_FIELD"
    NAME_FIELD = "NAME_FIELD"
    OBSTACLES = "OBSTACLES"
    WORKS = "WORKS"
    WORK_TYPE_FIELD = "WORK_TYPE_FIELD"
    COUPLING_DISTANCE = "COUPLING_DISTANCE"
    COUPLING_YEARS = "COUPLING_YEARS"
    CONFLICTS = "CONFLICTS"
    OPPORTUNITIES = "OPPORTUNITIES"
    REPORT = "REPORT"
    REPORT_PDF = "REPORT_PDF"
    CONFLICT_COUNT = "CONFLICT_COUNT"
    CLASH_COUNT = "CLASH_COUNT"
    OPPORTUNITY_COUNT = "OPPORTUNITY_COUNT"

    def name(self):
        return "reservationcheck"

    def displayName(self):
        return self.tr("4D reservation check")

    def shortHelpString(self):
        return self.tr(
            "Checks whether a planned trace (a heat network, by default) fits among the cables, pipes, "
            "trees and reserved space in the street, in 3D and over its lifetime, and lists the planned "
            "works it could be combined with (meekoppelkansen).\n\n"
            "Trace: a line layer. Its envelope is Trace width wide (m) and runs from Trace depth (top, m "
            "below ground level) to Trace depth + Trace height. It lives from the construction year for "
            "Lifetime years (default 60: a heat network lies about 60 years). The fields "
            "depth_m, width_m, height_m, valid_from and valid_to of a trace feature override these "
            "values; a trace with valid_from but no valid_to lives Lifetime years from valid_from.\n\n"
            "Obstacles: any number of layers. Lines are cables and pipes (utility_type as IMKL thema code, "
            "depth_m = top of the pipe, diameter_m); polygons are reserved space, infiltration crates or "
            "structures (top_m, bottom_m); points are trees or manholes (radius_m = horizontal extent, "
            "top_m, bottom_m). All may have valid_from and valid_to (years or dates, empty = open-ended). "
            "A cable or pipe without depth takes its network operator's standard laying depth "
            "(standard_depth_m: KLIC's standaardDieptelegging, as Import KLIC delivery writes it) where "
            "there is one. Any other missing depth, diameter or radius is taken from the Defaults table "
            "(typical depths of the standard street profile, non-normative practice values; KLIC data often "
            "has no depth). Conflicts that rest on either are marked depth_assumed. Each row of the bundled "
            "tables names its source. "
            "A layer without utility_type values gets a type from its name (boom/bomen/tree: tree, "
            "infiltratie/krat: infiltration crate, reserv: reservation, else 'overig'). Unknown types "
            "use the '*' rows of both tables, with one warning per type.\n\n"
            "KLIC layers (as Import KLIC delivery writes them): precaution zones (zone_type "
            "AanduidingEisVoorzorgsmaatregel) are obstacles of type EisVoorzorgsmaatregel, with their own rows "
            "in both tables (from the surface down; a trace inside is a clash); the request areas "
            "(graafpolygoon, informatiepolygoon) are never obstacles. Appurtenances, cabinets and manholes are "
            "point obstacles of their network's thema; a depth measurement is one at its measured depth "
            "(top_m, bottom_m) unless a cable took it (link_id), whose line then carries that depth.\n\n"
            "Method: horizontal gap h = max(0, 2D distance - trace width/2 - the obstacle's half width "
            "(diameter/2 for lines, radius for points, 0 for polygons)). Vertical intervals: trace "
            "[depth, depth + height], line [depth_m, depth_m + diameter_m], polygon and point [top_m, "
            "bottom_m] (empty top = 0, empty bottom = unbounded); v is their separation, 0 when they "
            "overlap. gap = sqrt(h^2 + v^2). A clash is gap = 0; a clearance conflict is a gap above 0 but below the "
            "required clearance from the Clearances table (symmetric, '*' as wildcard; the most "
            "specific row wins: an exact pair, then rows with one wildcard (the larger of two), then "
            "'*,*'). Bundled values are practice values (unverified): 0.25 m between small "
            "utilities, 0.5 m around heat, high-pressure gas and sewers, and 1.0 m between heat and "
            "drinking water (drinking water must stay below 25 C; no legal distance exists, KWR/Deltares; "
            "replace it by the distance agreed with the water company). Trees: radius 2.5 m from the tree "
            "centre to the trench edge (Liander after CROW 280).\n\n"
            "Conflicts: one line per stretch of a trace in conflict with one obstacle, with the gaps, "
            "the required clearance and the chainage (m along the trace, running on over the parts of a "
            "multi-part trace). time_overlap tells whether the obstacle exists during the trace's life: "
            "a gas pipe removed before construction is still listed, with time_overlap false, so you see "
            "that the space frees up in time. Stretch ends and gaps are exact (computed, not sampled). top_m and "
            "bottom_m (m below ground level) give the depths where the trace and the obstacle meet: their "
            "overlap, or, for a clearance conflict above or below the trace, the gap between them; with them the "
            "conflicts load at their depth in the 3D view and the Elevation Profile (QGIS 3.26+).\n\n"
            "Opportunities: every planned work (work_type, valid_from, valid_to) within Coupling "
            "distance (m) of a trace whose period lies within Coupling years of the construction year, "
            "as a point on the trace nearest to the work.\n\n"
            "Report: an HTML file with the summary, both tables and per trace (named by the Trace name field, "
            "default name; 'Trace <id>' without one): a plan map with the obstacles near it and its conflict "
            "stretches numbered, the list of its conflicts, a longitudinal profile (chainage x depth: the "
            "envelope and every crossing or parallel obstacle at its depth; conflicts highlighted, assumed "
            "depths hatched) on pages of at most 300 m of trace, and a time chart of the trace's life against "
            "the validity of the obstacles in conflict. The Conflicts layer carries the trace_name too.\n\n"
            "Inputs in another CRS are reprojected; 3D geometries are used in 2D (tick 'Use Z as depth' "
            "to take an empty depth from the Z values, as metres below ground level). Inputs are never "
            "changed."
        )

    def initAlgorithm(self, config=None):
        self._add_trace_parameters()
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.OBSTACLES, self.tr("Obstacles: cables and pipes, trees, reserved space"),
            QgsProcessing.SourceType.TypeVectorAnyGeometry))
        self._add_obstacle_field_parameters()
        self._add_rule_table_parameters(bundled_default=False, advanced_defaults=False, advanced_clearances=False)
        self._add_works_parameters()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.CONFLICTS, self.tr("Conflicts"), QgsProcessing.SourceType.TypeVectorLine))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OPPORTUNITIES, self.tr("Opportunities to combine works"), QgsProcessing.SourceType.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, self.tr("Report"), self.tr("HTML files (*.html)"), optional=True,
            createByDefault=False))
        self.addParameter(reportpdf.pdf_parameter(self.REPORT_PDF, self.tr("Report (PDF)")))
        self.addOutput(QgsProcessingOutputNumber(self.CONFLICT_COUNT, self.tr("Number of conflicts")))
        self.addOutput(QgsProcessingOutputNumber(self.CLASH_COUNT, self.tr("Number of clashes")))
        self.addOutput(QgsProcessingOutputNumber(self.OPPORTUNITY_COUNT, self.tr("Number of opportunities")))

    def _add_trace_parameters(self):
        double = QgsProcessingParameterNumber.Type.Double
        integer = QgsProcessingParameterNumber.Type.Integer
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.TRACE, self.tr("Planned trace (lines)"), [QgsProcessing.SourceType.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterNumber(
            self.TRACE_DEPTH, self.tr("Trace depth: top of the envelope (m below ground level)"), double, 0.8,
            minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.TRACE_WIDTH, self.tr("Trace width (m)"), double, 1.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.TRACE_HEIGHT, self.tr("Trace height (m)"), double, 0.6, minValue=0.0))
        self.addParameter(QgsProcessingParameterString(
            self.TRACE_TYPE, self.tr("Utility type of the trace (IMKL thema code, for the clearances)"),
            "warmte"))
        self.addParameter(QgsProcessingParameterNumber(
            self.CONSTRUCTION_YEAR, self.tr("Construction year"), integer, datetime.date.today().year,
            minValue=1800, maxValue=2500))
        self.addParameter(QgsProcessingParameterNumber(
            self.LIFETIME, self.tr("Lifetime (years)"), integer, 60, minValue=1))
        for name, description, default in (
            (self.TRACE_DEPTH_FIELD, self.tr("Trace depth field (m below ground level)"), "depth_m"),
            (self.TRACE_WIDTH_FIELD, self.tr("Trace width field (m)"), "width_m"),
            (self.TRACE_HEIGHT_FIELD, self.tr("Trace height field (m)"), "height_m"),
            (self.TRACE_FROM_FIELD, self.tr("Trace valid from field (year or date)"), "valid_from"),
            (self.TRACE_TO_FIELD, self.tr("Trace valid to field (year or date)"), "valid_to"),
        ):
            self.addParameter(advanced(QgsProcessingParameterField(
                name, description, defaultValue=default, parentLayerParameterName=self.TRACE, optional=True)))
        self.addParameter(QgsProcessingParameterField(
            self.NAME_FIELD, self.tr("Trace name field (names the traces in the report and the conflicts)"),
            defaultValue="name", parentLayerParameterName=self.TRACE, optional=True))

    def _add_works_parameters(self):
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.WORKS, self.tr("Planned works (for opportunities to combine)"),
            QgsProcessing.SourceType.TypeVectorAnyGeometry, optional=True))
        self.addParameter(advanced(QgsProcessingParameterString(
            self.WORK_TYPE_FIELD, self.tr("Work type field"), "work_type", optional=True)))
        self.addParameter(QgsProcessingParameterNumber(
            self.COUPLING_DISTANCE, self.tr("Coupling distance (m)"), QgsProcessingParameterNumber.Type.Double,
            10.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.COUPLING_YEARS, self.tr("Coupling years (years between a work and the construction)"),
            QgsProcessingParameterNumber.Type.Integer, 5, minValue=0))

    # ------------------------------------------------------------------------------------------

    def _read_traces(self, parameters, context, feedback, crs):
        source = self.input_source(parameters, self.TRACE, context, lines=self.tr(
            "The trace layer {layer} has no line geometry: draw the planned trace as lines."))
        trace_layer = self.parameterAsVectorLayer(parameters, self.TRACE, context)
        label = layer_label(trace_layer) if trace_layer is not None else source.sourceName()
        names = {key: self.field_name(parameters, key, context) for key in (
            self.TRACE_DEPTH_FIELD, self.TRACE_WIDTH_FIELD, self.TRACE_HEIGHT_FIELD, self.TRACE_FROM_FIELD,
            self.TRACE_TO_FIELD, self.NAME_FIELD)}
        features = read_features(source, crs, context, feedback, fields=list(names.values()), label=label)
        if len(features) == 0:
            raise QgsProcessingException(self.tr(
                "The trace layer {layer} has no features with a geometry: nothing to check.").format(layer=label))

        def values(key):
            return features.values(names[key]) if features.has_field(names[key]) else None

        try:
            traces = res.resolve_traces(
                features.label, features.ids, features.geoms,
                utility_type=self.parameterAsString(parameters, self.TRACE_TYPE, context) or "warmte",
                depth=self.parameterAsDouble(parameters, self.TRACE_DEPTH, context),
                width=self.parameterAsDouble(parameters, self.TRACE_WIDTH, context),
                height=self.parameterAsDouble(parameters, self.TRACE_HEIGHT, context),
                construction_year=self.parameterAsInt(parameters, self.CONSTRUCTION_YEAR, context),
                lifetime=self.parameterAsInt(parameters, self.LIFETIME, context),
                depth_values=values(self.TRACE_DEPTH_FIELD), width_values=values(self.TRACE_WIDTH_FIELD),
                height_values=values(self.TRACE_HEIGHT_FIELD), valid_from=values(self.TRACE_FROM_FIELD),
                valid_to=values(self.TRACE_TO_FIELD))
        except ValueError as error:
            raise core_error(error) from None
        traces.name = res.trace_names(values(self.NAME_FIELD), traces.fid)
        return label, traces

    def _near_trace_request(self, source, layer_crs, crs, traces, distance, context):
        """Requests for only the features that can come within ``distance`` m of a trace.

        With a spatial index (GeoPackage, shapefile with .qix, PostGIS, indexed memory layers): small
        box requests along the trace; otherwise one request for the box around them all.
        """
        boxes = res.trace_boxes(traces.geoms, distance)
        transform = None
        if layer_crs != crs:
            transform = QgsCoordinateTransform(crs, layer_crs, context.transformContext())
        rectangles = []
        for xmin, ymin, xmax, ymax in boxes:
            rectangle = QgsRectangle(xmin, ymin, xmax, ymax)
            if transform is not None:
                try:
                    rectangle = transform.transformBoundingBox(rectangle)
                except Exception:  # noqa: BLE001 - outside the layer CRS's area: read everything
                    return QgsFeatureRequest()
            rectangles.append(rectangle)
        indexed = source.hasSpatialIndex() == QgsFeatureSource.SpatialIndexPresence.SpatialIndexPresent
        if indexed:
            return [QgsFeatureRequest().setFilterRect(rectangle) for rectangle in rectangles]
        # One box around all of them (not setDistanceWithin: on QGIS 3.22 it misses a polygon that contains
        # the trace, e.g. a precaution zone or reservation the trace runs inside); the kernel is exact.
        request = QgsFeatureRequest()
        box = rectangles[0]
        for rectangle in rectangles[1:]:
            box.combineExtentWith(rectangle)
        return request.setFilterRect(box)

    def _largest(self, source, field_name):
        """The largest value of a numeric size field (m); None when it cannot be known cheaply (a text
        field: its maximum would be alphabetical), which means: read the whole layer."""
        index = source.fields().lookupField(field_name) if field_name else -1
        if index < 0:
            return 0.0
        if not source.fields().at(index).isNumeric():
            return None
        try:
            value = to_float(source.maximumValue(index), field_name)
        except ValueError:  # infinity: read the whole layer, whose feature the check then names
            return None
        return max(0.0, value or 0.0)

    def _z_depths(self, source, ids):
        """Mean |Z| per feature (m), NaN where a feature has no Z."""
        found = {}
        request = QgsFeatureRequest().setFilterFids([int(i) for i in ids]).setNoAttributes()
        for feature in source.getFeatures(request):
            zs = [abs(vertex.z()) for vertex in feature.geometry().vertices()]
            zs = [z for z in zs if z == z]
            found[feature.id()] = float(np.mean(zs)) if zs else np.nan
        return np.array([found.get(int(i), np.nan) for i in ids])

    def _read_obstacles(self, parameters, context, feedback, crs, traces, defaults, clearances):
        layers = self.parameterAsLayerList(parameters, self.OBSTACLES, context)
        if not layers:
            raise QgsProcessingException(self.tr("Choose at least one obstacle layer."))
        names = self._obstacle_field_names(parameters, context, feedback, layers)
        use_z = self.parameterAsBool(parameters, self.Z_AS_DEPTH, context)
        largest_clearance = clearances.largest()
        chunks = []
        for layer in layers:
            check_canceled(feedback)
            kind = obstacle_kind(layer)
            if kind is None:
                feedback.pushWarning(self.tr("Layer {layer} has no geometry and is left out.").format(
                    layer=layer_label(layer)))
                continue
            size_field = {res.LINE: names[self.DIAMETER_FIELD], res.POINT: names[self.RADIUS_FIELD]}.get(kind)
            largest_field = self._largest(layer, size_field)
            request = QgsFeatureRequest()
            if largest_field is not None:
                largest_size = max(largest_field, defaults.largest(DIAMETER if kind == res.LINE else RADIUS))
                half_size = largest_size / 2 if kind == res.LINE else largest_size
                reach = float(np.max(traces.width)) / 2 + half_size + largest_clearance + 1.0
                request = self._near_trace_request(layer, source_crs(layer), crs, traces, reach, context)
            label = layer_label(layer)
            features = read_features(layer, crs, context, feedback,
                                     fields=list(names.values()) + ["zone_type", "object_type", "link_id"],
                                     label=label, request=request)
            features, own_types = self._klic_schema(kind, features, label, feedback)
            if len(features) == 0:
                continue

            types = res.layer_types(features.values(names[self.TYPE_FIELD]) if features.has_field(
                names[self.TYPE_FIELD]) else None, label, kind, len(features))
            if own_types is not None:
                types = [own or t for own, t in zip(own_types, types)]
            depth = top = None
            if use_z and QgsWkbTypes.hasZ(layer.wkbType()):
                z = self._z_depths(layer, features.ids)
                name = names[self.DEPTH_FIELD if kind == res.LINE else self.TOP_FIELD]
                given = features.values(name) if features.has_field(name) else [None] * len(z)
                from_z = [zv if (value is None and np.isfinite(zv)) else value for value, zv in zip(given, z)]
                depth, top = (from_z, None) if kind == res.LINE else (None, from_z)
            chunks.append(self._resolve_obstacles(label, kind, features, names, defaults, types, depth=depth,
                                                  top=top))
        return res.Obstacles.concat(chunks)

    def _klic_schema(self, kind, features, label, feedback):
        """Import KLIC delivery's zones and points: request areas (graafpolygoon, ...) are never obstacles,
        precaution zones get their own type, depth points a cable took are left out (the line has the
        depth). Returns the features kept and per feature an own obstacle type (or None)."""
        own_types = None
        if kind == res.POLYGON and features.has_field("zone_type"):
            keep, own_types = res.klic_zone_types(features.values("zone_type"))
            if not keep.all():
                feedback.pushInfo(self.tr(
                    "Layer {layer}: {n} KLIC request area(s) (graafpolygoon, informatiepolygoon) left out: they "
                    "mark the area of the KLIC request, not an obstacle.").format(layer=label, n=int((~keep).sum())))
        elif kind == res.POINT and features.has_field("object_type") and features.has_field("link_id"):
            keep = res.klic_point_keep(features.values("object_type"), features.values("link_id"))
        else:
            return features, None
        if keep.all():
            return features, own_types
        index = np.flatnonzero(keep)
        kept = Features(features.label, features.ids[index], features.geoms[index],
                        {name: [values[i] for i in index] for name, values in features.attributes.items()},
                        features.skipped)
        return kept, None if own_types is None else [own_types[i] for i in index]

    def _read_works(self, parameters, context, feedback, crs):
        layers = self.parameterAsLayerList(parameters, self.WORKS, context) or []
        type_field = self.field_name(parameters, self.WORK_TYPE_FIELD, context)
        from_field = self.field_name(parameters, self.FROM_FIELD, context)
        to_field = self.field_name(parameters, self.TO_FIELD, context)
        chunks = []
        for layer in layers:
            label = layer_label(layer)
            features = read_features(layer, crs, context, feedback, fields=[type_field, from_field, to_field],
                                     label=label)
            try:
                chunks.append(res.resolve_works(
                    label, features.ids, features.geoms,
                    features.values(type_field) if features.has_field(type_field) else None,
                    features.values(from_field) if features.has_field(from_field) else None,
                    features.values(to_field) if features.has_field(to_field) else None))
            except ValueError as error:
                raise core_error(error) from None
        return res.Works.concat(chunks)

    # ------------------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):
        defaults, clearances = self._tables(parameters, context)
        trace_source = self.input_source(parameters, self.TRACE, context)
        obstacle_layers = self.parameterAsLayerList(parameters, self.OBSTACLES, context)
        work_layers = self.parameterAsLayerList(parameters, self.WORKS, context) or []
        crs = working_crs([trace_source] + list(obstacle_layers) + list(work_layers), context, feedback)
        trace_label, traces = self._read_traces(parameters, context, feedback, crs)
        feedback.setProgress(5)
        obstacles = self._read_obstacles(parameters, context, feedback, crs, traces, defaults, clearances)
        feedback.pushInfo(self.tr("{n} obstacle(s) within reach of {t} trace(s).").format(
            n=len(obstacles), t=len(traces)))
        for utility_type in res.unknown_types(obstacles.utility_type, defaults, clearances):
            feedback.pushWarning(self.tr(
                "Utility type '{type}' is in neither table: the '*' defaults and clearance are used. Add it to "
                "the tables or correct the type.").format(type=utility_type))
        report_path = reportpdf.report_html_path(self, parameters, context, self.REPORT, self.REPORT_PDF)
        result = res.check(traces, obstacles, clearances, with_nearby=bool(report_path),
                           progress=progress(feedback))
        check_canceled(feedback)
        works = self._read_works(parameters, context, feedback, crs)
        coupling = res.opportunities(
            traces, works, self.parameterAsDouble(parameters, self.COUPLING_DISTANCE, context),
            self.parameterAsInt(parameters, self.COUPLING_YEARS, context))
        feedback.setProgress(80)

        conflicts_id = self._write_conflicts(parameters, context, crs, traces, obstacles, result.conflicts)
        opportunities_id = self._write_opportunities(parameters, context, crs, traces, works, coupling)
        out = result.conflicts
        clashes = int(np.sum(out.conflict == res.CLASH))
        feedback.pushInfo(self.tr(
            "{n} conflict stretch(es): {clash} clash(es), {clear} clearance conflict(s); {free} without time "
            "overlap. {assumed} rely on an assumed depth. {opp} opportunity(ies) to combine works.").format(
            n=out.count, clash=clashes, clear=out.count - clashes,
            free=int(np.sum(~out.time_overlap)), assumed=int(np.sum(obstacles.assumed[out.obstacle])),
            opp=coupling.count))
        results = {self.CONFLICTS: conflicts_id, self.OPPORTUNITIES: opportunities_id,
                   self.CONFLICT_COUNT: out.count, self.CLASH_COUNT: clashes,
                   self.OPPORTUNITY_COUNT: coupling.count}
        if report_path:
            from ..core.reservation_report import write_report

            settings = {"trace_layer": trace_label, "crs": crs.authid(),
                        "obstacle_layers": [layer_label(layer) for layer in obstacle_layers],
                        "work_layers": [layer_label(layer) for layer in work_layers]}
            write_report(report_path, traces, obstacles, works, result, coupling, settings)
            results[self.REPORT] = report_path
            feedback.pushInfo(self.tr("Report written to {path}").format(path=report_path))
        else:
            results[self.REPORT] = None
        results[self.REPORT_PDF] = reportpdf.write_report_pdf(self, parameters, self.REPORT_PDF, context, report_path,
                                                              feedback) if report_path else None
        feedback.setProgress(100)
        return results

    def _write_conflicts(self, parameters, context, crs, traces, obstacles, conflicts):
        fields = make_fields(res.CONFLICT_FIELDS)
        sink, dest_id = self.parameterAsSink(parameters, self.CONFLICTS, context, fields,
                                             QgsWkbTypes.Type.MultiLineString, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.CONFLICTS))
        # MultiLineStrings for all stretches at once
        geoms = shapely.multilinestrings(conflicts.geoms, indices=np.arange(conflicts.count)) if conflicts.count else []
        self.write(sink, to_features(fields, geoms, conflicts.rows(traces, obstacles)), parameters, self.CONFLICTS)
        self.style_output(context, dest_id, "reservation_conflicts")
        return dest_id

    def _write_opportunities(self, parameters, context, crs, traces, works, coupling):
        fields = make_fields((("trace_id", "long"), ("work_layer", "string"),
                              ("work_id", "long"), ("work_type", "string"),
                              ("distance_m", "double"), ("years_apart", "int"),
                              ("chainage_m", "double")))
        sink, dest_id = self.parameterAsSink(parameters, self.OPPORTUNITIES, context, fields,
                                             QgsWkbTypes.Type.Point, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OPPORTUNITIES))
        points = res.chainage_points(traces, coupling.trace, coupling.chainage)
        for index in range(coupling.count):
            t, w = coupling.trace[index], coupling.work[index]
            feature = QgsFeature(fields)
            feature.setGeometry(to_qgs(points[index]))
            feature.setAttributes([
                int(traces.fid[t]), str(works.layer[w]), int(works.fid[w]), str(works.work_type[w]),
                round(float(coupling.distance[index]), 3), int(coupling.years_apart[index]),
                round(float(coupling.chainage[index]), 3)])
            self.write(sink, feature, parameters, self.OPPORTUNITIES)
        self.style_output(context, dest_id, "reservation_opportunities")
        return dest_id

