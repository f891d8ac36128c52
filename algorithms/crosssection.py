"""Cross-section (dwarsdoorsnede): cables, pipes, volumes and trees under any line, in section coordinates
(x = distance along the line, y = -depth), with an optional drawing (PNG or SVG)."""

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsRectangle,
    QgsWkbTypes,
)

from ..compat import make_fields
from ..core import crosssection as cs
from ..core import reservation as res
from .base import OndergrondAlgorithm, check_canceled
from .io import core_error, layer_label, read_features, source_crs, to_features, working_crs
from .obstacles import ObstacleParameters, obstacle_kind

OUTPUT_FIELDS = (("layer", "string"), ("feature_id", "long"), ("utility_type", "string"), ("kind", "string"),
                 ("shape", "string"), ("distance_m", "double"), ("distance_from_m", "double"),
                 ("distance_to_m", "double"), ("top_m", "double"), ("bottom_m", "double"), ("depth_assumed", "bool"))
KIND_FIELD = "kind"  # the type of layers without a utility type (the regional layers' kind)


class CrossSection(ObstacleParameters, OndergrondAlgorithm):
    """Layer field names and rule tables: algorithms/obstacles.py (shared with the reservation check)."""

    GROUP = "street"

    SECTION = "SECTION"
    LAYERS = "LAYERS"
    BUFFER = "BUFFER"
    DEPTH_MAX = "DEPTH_MAX"
    YEAR = "YEAR"
    CLEARANCE_TYPE = "CLEARANCE_TYPE"
    LOG_DEPTH = "LOG_DEPTH"
    OUTPUT = "OUTPUT"
    DRAWING = "DRAWING"
    COUNT = "COUNT"

    def name(self):
        return "crosssection"

    def displayName(self):
        return self.tr("Cross-section")

    def shortHelpString(self):
        return self.tr(
            "A cross-section (dwarsdoorsnede) along a line you draw: which cables, pipes, volumes and trees lie "
            "under it, at what distance along the line and at what depth.\n\n"
            "Inputs: the section (one line; select one and tick 'Selected features only' on a layer with more), "
            "layers with depths (cables and pipes by depth_m, top of the pipe, and diameter_m; polygons and points "
            "by top_m and bottom_m, as are lines without depth_m but with top_m; trees (type boom/tree) with their "
            "root zone radius_m), the buffer (m either "
            "side of the line), the maximum depth (m below ground level), optionally a year. The type of a "
            "feature is its utility_type, else its kind, else taken from the layer name (bomen: boom).\n\n"
            "Method: a pipe that crosses the line is a circle of its diameter at the distance of the crossing "
            "point along the line (at an angle too: where it meets the line, not where it enters the buffer); "
            "a stretch of pipe within the buffer that does not cross the line (running along it) is a band over "
            "the part of the section it covers. Polygons are bands over the stretch where they intersect the "
            "line (one within the buffer that does not touch the line: the stretch of its part in the buffer); "
            "a tree is its root zone, the disc of radius_m around the trunk, from the surface down. Features "
            "whose top is deeper than the maximum depth are left out; unbounded bottoms stop there. With a year, "
            "only features valid that year (valid_from/valid_to, inclusive, empty = open) are shown.\n\n"
            "Missing depths take the network operator's standard depth (standard_depth_m), else the defaults "
            "table (rules/default_depths.csv: typical depths after the practice values of the network operators "
            "and CROW 280 for trees); they are flagged depth_assumed and drawn hatched.\n\n"
            "Output: features in section coordinates (x = distance along the section from its first vertex in "
            "m, y = -depth in m; no map CRS) with layer, feature_id, utility_type, kind, distance_m, top_m, "
            "bottom_m (empty when unbounded) and depth_assumed. Drawing (PNG or SVG): the section with a depth "
            "axis, labels by type and depth, assumed depths hatched and, for a chosen utility type, the "
            "clearance it must keep from each item (rules/clearances.csv, practice values of the network "
            "operators). A logarithmic depth axis suits deep sections (0-4000 m).")

    def initAlgorithm(self, config=None):
        double = QgsProcessingParameterNumber.Type.Double
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SECTION, self.tr("Section line"), [QgsProcessing.SourceType.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.LAYERS, self.tr("Layers with depths: cables and pipes, volumes, trees"),
            QgsProcessing.SourceType.TypeVectorAnyGeometry))
        self.addParameter(QgsProcessingParameterNumber(
            self.BUFFER, self.tr("Buffer (m either side of the section)"), double, 1.0, minValue=0.0,
            maxValue=10000.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.DEPTH_MAX, self.tr("Maximum depth (m below ground level)"), double, 5.0, minValue=0.01,
            maxValue=10000.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.YEAR, self.tr("Year (only what is valid then; empty: everything)"),
            QgsProcessingParameterNumber.Type.Integer, None, optional=True, minValue=1800, maxValue=2500))
        self.addParameter(QgsProcessingParameterString(
            self.CLEARANCE_TYPE, self.tr("Show the clearances of this utility type (IMKL thema code, e.g. warmte)"),
            "", optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.LOG_DEPTH, self.tr("Logarithmic depth axis in the drawing (deep sections)"), False))
        self._add_obstacle_field_parameters(of_obstacles=False, z_as_depth=False)
        self._add_rule_table_parameters(bundled_default=True, advanced_defaults=True, advanced_clearances=True)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Cross-section (section coordinates: distance m, -depth m)"),
            QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.DRAWING, self.tr("Drawing"), self.tr("PNG files (*.png);;SVG files (*.svg)"), optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, self.tr("Number of items in the section")))

    # ------------------------------------------------------------------------------------------
    def _section(self, parameters, context, feedback, crs):
        source = self.input_source(parameters, self.SECTION, context)
        label = source.sourceName()
        features = read_features(source, crs, context, feedback, label=label, geometry="line")
        try:
            return label, cs.section_line(list(features.geoms))
        except ValueError as error:
            raise QgsProcessingException("{}: {}".format(label, error)) from None

    def _request(self, layer, crs, line, reach, context):
        xmin, ymin, xmax, ymax = line.bounds
        rectangle = QgsRectangle(xmin - reach, ymin - reach, xmax + reach, ymax + reach)
        layer_crs = source_crs(layer)
        if layer_crs.isValid() and layer_crs != crs:
            try:
                rectangle = QgsCoordinateTransform(crs, layer_crs, context.transformContext()).transformBoundingBox(
                    rectangle)
            except Exception:  # noqa: BLE001 - outside the layer CRS's area: read everything
                return QgsFeatureRequest()
        return QgsFeatureRequest().setFilterRect(rectangle)

    def _obstacles(self, parameters, context, feedback, crs, line, buffer, defaults):
        layers = self.parameterAsLayerList(parameters, self.LAYERS, context)
        names = self._obstacle_field_names(parameters, context, feedback, layers)
        chunks = []
        for layer in layers:
            check_canceled(feedback)
            kind = obstacle_kind(layer)
            label = layer_label(layer)
            if kind is None:
                feedback.pushWarning(self.tr("Layer {layer} has no geometry and is left out.").format(layer=label))
                continue
            reach, read_all = buffer + 1.0, False
            if kind == res.POINT:  # points reach as far as their radius (a tree's root zone)
                index = layer.fields().lookupField(names[self.RADIUS_FIELD])
                numeric = index < 0 or layer.fields().at(index).isNumeric()
                largest = layer.maximumValue(index) if index >= 0 and numeric else None
                read_all = not numeric or (largest is not None and not np.isfinite(float(largest)))
                reach += max(defaults.largest("radius_m"), float(largest) if largest is not None and not read_all
                             else 0.0)
            request = QgsFeatureRequest() if read_all else self._request(layer, crs, line, reach, context)
            features = read_features(layer, crs, context, feedback, fields=list(names.values()) + [KIND_FIELD],
                                     label=label, request=request)
            if len(features) == 0:
                continue

            def values(key, features=features):
                return features.values(names[key]) if features.has_field(names[key]) else None

            types = values(self.TYPE_FIELD)
            if (types is None or all(t is None for t in types)) and features.has_field(KIND_FIELD):
                types = features.values(KIND_FIELD)  # the regional layers: kind (aquifer, geothermie, ...)
            types = res.layer_types(types, label, kind, len(features))
            geoms = features.geoms
            depths, tops = values(self.DEPTH_FIELD), values(self.TOP_FIELD)
            if kind == res.LINE and (depths is None or all(d is None for d in depths)) and tops is not None \
                    and any(t is not None for t in tops):
                # a line with top_m/bottom_m (a fault zone, a geothermal doublet): a volume around the line
                kind = res.POLYGON
                radii = res.numbers(values(self.RADIUS_FIELD) or [None] * len(geoms), features.ids, label,
                                    names[self.RADIUS_FIELD])
                wide = np.nan_to_num(radii) > 0
                geoms = np.array(geoms, dtype=object)
                geoms[wide] = shapely.buffer(geoms[wide], radii[wide])
            chunks.append(self._resolve_obstacles(label, kind, features, names, defaults, types, geoms=geoms))
        return res.Obstacles.concat(chunks)

    def processAlgorithm(self, parameters, context, feedback):
        defaults, clearances = self._tables(parameters, context)
        section_source = self.input_source(parameters, self.SECTION, context)
        layers = self.parameterAsLayerList(parameters, self.LAYERS, context)
        if not layers:
            raise QgsProcessingException(self.tr("Choose at least one layer with depths to show in the section."))
        crs = working_crs([section_source] + list(layers), context, feedback)
        buffer = self.parameterAsDouble(parameters, self.BUFFER, context)
        depth_max = self.parameterAsDouble(parameters, self.DEPTH_MAX, context)
        year = None
        if parameters.get(self.YEAR) not in (None, ""):
            year = self.parameterAsInt(parameters, self.YEAR, context)
        label, line = self._section(parameters, context, feedback, crs)
        feedback.setProgress(10)
        obstacles = self._obstacles(parameters, context, feedback, crs, line, buffer, defaults)
        feedback.setProgress(50)
        try:
            items = cs.cut(line, obstacles, buffer=buffer, depth_max=depth_max, year=year)
        except ValueError as error:
            raise core_error(error) from None
        feedback.setProgress(70)
        dest_id = self._write(parameters, context, items, obstacles)
        assumed = int(np.sum(obstacles.assumed[items.obstacle])) if len(items) else 0
        feedback.pushInfo(self.tr(
            "{n} item(s) in the {length:.1f} m section ({circles} pipe crossing(s)); {assumed} with an assumed "
            "depth.").format(n=len(items), length=line.length, circles=int(np.sum(items.shape == cs.CIRCLE)),
                             assumed=assumed))
        results = {self.OUTPUT: dest_id, self.COUNT: len(items), self.DRAWING: None}
        drawing = self.parameterAsFileOutput(parameters, self.DRAWING, context)
        if drawing:
            from ..core import section_drawing

            clearance_type = (self.parameterAsString(parameters, self.CLEARANCE_TYPE, context) or "").strip()
            title = self.tr("Cross-section along {layer} ({length:.1f} m)").format(layer=label, length=line.length)
            subtitle = self.tr("Buffer {buffer:g} m either side; {when}").format(
                buffer=buffer, when=self.tr("year {year}").format(year=year) if year is not None
                else self.tr("all years"))
            section = cs.drawing_section(
                items, obstacles, line.length, title, subtitle, depth_max=depth_max,
                log_depth=self.parameterAsBool(parameters, self.LOG_DEPTH, context), clearances=clearances,
                clearance_type=clearance_type)
            section_drawing.draw(section, drawing)
            results[self.DRAWING] = drawing
            feedback.pushInfo(self.tr("Drawing written to {path}").format(path=drawing))
        feedback.setProgress(100)
        return results

    def _write(self, parameters, context, items, obstacles):
        fields = make_fields(OUTPUT_FIELDS)
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                             QgsWkbTypes.Type.Polygon, QgsCoordinateReferenceSystem())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        o = items.obstacle
        bottoms = [None if not np.isfinite(b) else round(float(b), 4) for b in items.bottom]
        rows = zip(obstacles.layer[o].tolist(), obstacles.fid[o].tolist(), obstacles.utility_type[o].tolist(),
                   items.kind.tolist(), items.shape.tolist(), np.round(items.distance, 4).tolist(),
                   np.round(items.distance_from, 4).tolist(), np.round(items.distance_to, 4).tolist(),
                   np.round(items.top, 4).tolist(), bottoms, obstacles.assumed[o].tolist())
        batch = to_features(fields, items.geoms, rows)
        self.write(sink, batch, parameters, self.OUTPUT)
        self.style_output(context, dest_id, "crosssection")
        return dest_id
