"""Ground-energy interference: thermal influence areas of open (WKO) and closed systems, the pairs of
wells and loops closer than the rules allow, conflicts with constraint zones and free space
(core/bodemenergie.py)."""

import numpy as np
import shapely
from osgeo import gdal
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..compat import make_fields
from ..core import bodemenergie as be
from ..core.canonical import VALID_FROM, VALID_TO, ZONE, depth_range, is_null, parse_year, to_float
from ..core.grid import Grid
from ..core.paths import RULES_DIR
from ..core.tables import TableError
from .base import OndergrondAlgorithm, advanced, canceled_error, check_canceled, progress
from .io import core_error, id_list, layer_label, read_features, source_crs, to_features, to_qgs, working_crs

DISTANCES_CSV = RULES_DIR / "bodemenergie_distances.csv"
CONFLICT_RULES_CSV = RULES_DIR / "suitability_rules.csv"
# The kind of every influence area: the suitability rules know it ("bestaande wko"), so the output works
# as a constraint layer in Depth-band suitability and as a claim in the cumulation heatmap.
OUTPUT_KIND = "bestaande wko"

OUTPUT_FIELDS = (
    ("system_id", "string"), ("element", "string"), ("well_type", "string"), ("source_fid", "long"),
    ("kind", "string"), ("volume_m3", "double"), ("energy_mwh_year", "double"), ("capacity_kw", "double"),
    ("thickness_m", "double"), ("thermal_radius_m", "double"), ("hydraulic_radius_m", "double"),
    ("top_m", "double"), ("bottom_m", "double"), ("valid_from", "int"), ("valid_to", "int"), ("area_m2", "double"))
INTERFERENCE_FIELDS = (
    ("system_a", "string"), ("system_b", "string"), ("fid_a", "long"), ("fid_b", "long"), ("well_types", "string"),
    ("relation", "string"), ("distance_m", "double"), ("required_m", "double"), ("overlap_m", "double"),
    ("depth_overlap", "bool"), ("depth_overlap_m", "double"), ("time_overlap", "bool"), ("verdict", "string"),
    ("reason", "string"), ("source", "string"))
CONFLICT_FIELDS = (
    ("system_id", "string"), ("source_fid", "long"), ("well_type", "string"), ("part", "string"),
    ("constraint_layer", "string"), ("constraint_fid", "long"), ("kind", "string"), ("verdict", "string"),
    ("rule", "string"), ("top_m", "double"), ("bottom_m", "double"), ("area_m2", "double"))


class Bodemenergie(OndergrondAlgorithm):
    GROUP = "subsurface"
    WELLS = "WELLS"
    SYSTEM_FIELD = "SYSTEM_FIELD"
    WELL_TYPE_FIELD = "WELL_TYPE_FIELD"
    VOLUME_FIELD = "VOLUME_FIELD"
    SCREEN_TOP_FIELD = "SCREEN_TOP_FIELD"
    SCREEN_BOTTOM_FIELD = "SCREEN_BOTTOM_FIELD"
    VALID_FROM_FIELD = "VALID_FROM_FIELD"
    VALID_TO_FIELD = "VALID_TO_FIELD"
    CAPACITY_FIELD = "CAPACITY_FIELD"
    LOOPS = "LOOPS"
    LOOP_SYSTEM_FIELD = "LOOP_SYSTEM_FIELD"
    ENERGY_FIELD = "ENERGY_FIELD"
    LOOP_DEPTH_FIELD = "LOOP_DEPTH_FIELD"
    LOOP_FROM_FIELD = "LOOP_FROM_FIELD"
    LOOP_TO_FIELD = "LOOP_TO_FIELD"
    WATER_HEAT_CAPACITY = "WATER_HEAT_CAPACITY"
    AQUIFER_HEAT_CAPACITY = "AQUIFER_HEAT_CAPACITY"
    POROSITY = "POROSITY"
    YEAR = "YEAR"
    DISTANCES = "DISTANCES"
    CONSTRAINTS = "CONSTRAINTS"
    KIND_FIELD = "KIND_FIELD"
    TOP_FIELD = "TOP_FIELD"
    BOTTOM_FIELD = "BOTTOM_FIELD"
    CONFLICT_RULES = "CONFLICT_RULES"
    OPEN_FUNCTION = "OPEN_FUNCTION"
    CLOSED_FUNCTION = "CLOSED_FUNCTION"
    NEW_VOLUME = "NEW_VOLUME"
    NEW_SCREEN_TOP = "NEW_SCREEN_TOP"
    NEW_SCREEN_BOTTOM = "NEW_SCREEN_BOTTOM"
    EXTENT = "EXTENT"
    CELL_SIZE = "CELL_SIZE"
    OUTPUT = "OUTPUT"
    INTERFERENCE = "INTERFERENCE"
    CONFLICTS = "CONFLICTS"
    FREE_SPACE = "FREE_SPACE"
    INTERFERENCE_COUNT = "INTERFERENCE_COUNT"
    CONFLICT_COUNT = "CONFLICT_COUNT"

    def name(self):
        return "bodemenergie"

    def displayName(self):
        return self.tr("Ground-energy interference")

    def shortHelpString(self):
        return self.tr(
            "Thermal influence areas of ground-energy systems (open WKO doublets and closed loops), the wells "
            "and loops that stand closer than the rules allow, their conflicts with protection and other zones, "
            "and where a new system could still go.\n\n"
            "<b>Inputs.</b> Wells (points, one per well of an open system): system id, well type (warm or koud), "
            "volume_m3 (water stored per season, m3), screen_top_m and screen_bottom_m (m below ground level), "
            "optional valid_from/valid_to (years or dates) and capacity_kw. Closed loops (points, optional): "
            "system id, energy_mwh_year (heat extracted or injected per year, MWh), depth_m (loop length, m), "
            "optional validity. Fields are chosen with the field parameters (canonical names by default). "
            "With a year, only systems valid in that year count.\n\n"
            "<b>Method.</b> Per well the thermal radius r_th = sqrt(c_w V / (c_aq pi H)) and the hydraulic radius "
            "r_h = sqrt(V / (n pi H)), H = screen bottom - screen top; c_w = 4.2 MJ/m3K (water), c_aq = 2.8 MJ/m3K "
            "(saturated aquifer), n = 0.3 by default. Per closed loop the yearly energy E spread over a cylinder "
            "of the loop length L changes the temperature by dT where r = sqrt(E / (c_aq pi L dT)); dT is the "
            "threshold in the distance table (default 0.5 K). The influence area is a circle of that radius, "
            "from the screen top to its bottom (a loop: 0 to its length): a 3D claim with kind 'bestaande wko' "
            "that Depth-band suitability and the cumulation heatmap read.\n"
            "Interference: the distance table gives the required distance per pair (well-well, well-loop, "
            "loop-loop), relation (within one system or between systems) and temperature (same or opposite "
            "well types) as a factor times the mean, the larger or the sum of the two thermal radii. Every pair "
            "closer than that is a line, with the overlap (required - distance), whether the depths overlap "
            "and whether they exist at the same time. Verdict: the rule's verdict (interference, attention), "
            "or separated_depth / separated_time when the depth ranges or the validity periods do not "
            "overlap.\n"
            "Conflicts: constraint layers (polygons; kind from the kind field, else the zone field, else the "
            "layer name; top_m/bottom_m, empty = 0 / unbounded). The rules are the suitability rules of the "
            "open and the closed function ('wko open', 'bodemenergie gesloten'); excluded and conditional rules "
            "make conflicts. Part 'well': the well lies in the zone and its borehole (ground level to the screen "
            "bottom) reaches the zone's depth; part 'influence_area': the influence area overlaps the zone in "
            "plan and at the screen's depth.\n"
            "Free space (optional raster): per cell whether one well of a new system (volume, screen) fits: "
            "0 excluded by a zone, 1 too close to existing systems for either type, 2 only a warm well, 3 only a "
            "cold well, 4 either. Place the new system's warm and cold wells in fitting cells at least the "
            "within-system distance apart.\n\n"
            "<b>Defaults and sources.</b> Distances (rules/bodemenergie_distances.csv, each row names its "
            "source): 3 x the mean thermal radius between warm and cold wells within and between systems "
            "(practice rule of the Handreiking masterplannen bodemenergie, SIKB/Bodem+; Bloemendal et al. 2018, "
            "Applied Energy 216); wells of the same temperature of different systems and closed loops may not "
            "overlap their influence areas (the definition of interference of the Besluit bodemenergiesystemen, "
            "Bodem+/Infomil). Check them against SIKB BUM 11000 and your municipality's bodemenergieplan and "
            "edit a copy of the table. The influence areas ignore conduction losses and groundwater flow.")

    def initAlgorithm(self, config=None):
        double = QgsProcessingParameterNumber.Type.Double
        numeric = QgsProcessingParameterField.DataType.Numeric
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.WELLS, self.tr("Wells of open systems (points)"), [QgsProcessing.SourceType.TypeVectorPoint]))
        self._add_field_parameters(self.WELLS, (
            (self.SYSTEM_FIELD, self.tr("System id field"), "system_id", None),
            (self.WELL_TYPE_FIELD, self.tr("Well type field (warm / koud)"), "well_type", None),
            (self.VOLUME_FIELD, self.tr("Volume field (m3 stored per season)"), "volume_m3", numeric),
            (self.SCREEN_TOP_FIELD, self.tr("Screen top field (m below ground level)"), "screen_top_m", numeric),
            (self.SCREEN_BOTTOM_FIELD, self.tr("Screen bottom field (m below ground level)"), "screen_bottom_m",
             numeric),
            (self.VALID_FROM_FIELD, self.tr("Valid from field (year or date)"), VALID_FROM, None),
            (self.VALID_TO_FIELD, self.tr("Valid to field (year or date)"), VALID_TO, None),
            (self.CAPACITY_FIELD, self.tr("Capacity field (kW)"), "capacity_kw", numeric)))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.LOOPS, self.tr("Closed loops (points)"), [QgsProcessing.SourceType.TypeVectorPoint], optional=True))
        self._add_field_parameters(self.LOOPS, (
            (self.LOOP_SYSTEM_FIELD, self.tr("Loop system id field"), "system_id", None),
            (self.ENERGY_FIELD, self.tr("Loop energy field (MWh/year)"), "energy_mwh_year", numeric),
            (self.LOOP_DEPTH_FIELD, self.tr("Loop depth field (loop length, m)"), "depth_m", numeric),
            (self.LOOP_FROM_FIELD, self.tr("Loop valid from field (year or date)"), VALID_FROM, None),
            (self.LOOP_TO_FIELD, self.tr("Loop valid to field (year or date)"), VALID_TO, None)))
        self.addParameter(QgsProcessingParameterNumber(
            self.WATER_HEAT_CAPACITY, self.tr("Heat capacity of water (MJ/m3K)"), double, be.WATER_HEAT_CAPACITY,
            minValue=0.1, maxValue=10.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.AQUIFER_HEAT_CAPACITY, self.tr("Heat capacity of the saturated aquifer (MJ/m3K)"), double,
            be.AQUIFER_HEAT_CAPACITY, minValue=0.1, maxValue=10.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.POROSITY, self.tr("Effective porosity (-)"), double, be.POROSITY, minValue=0.01, maxValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.YEAR, self.tr("Year (only systems valid in this year; empty = all)"),
            QgsProcessingParameterNumber.Type.Integer, optional=True, minValue=1800, maxValue=2500))
        self.addParameter(QgsProcessingParameterFile(
            self.DISTANCES, self.tr("Distance rules (CSV: quantity, pair, relation, temperature, value, combine, "
                                    "verdict, note, source)"),
            QgsProcessingParameterFile.Behavior.File, "csv", None, optional=True))  # empty = bundled table
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.CONSTRAINTS, self.tr("Constraint layers (protection zones, boringsvrije zones, legal zones)"),
            QgsProcessing.SourceType.TypeVectorAnyGeometry, optional=True))
        for name, description, default in (
                (self.KIND_FIELD, self.tr("Constraint kind field (without it: the zone field or the layer name)"),
                 "kind"),
                (self.TOP_FIELD, self.tr("Constraint top field (m below ground level)"), "top_m"),
                (self.BOTTOM_FIELD, self.tr("Constraint bottom field (m below ground level)"), "bottom_m")):
            self.addParameter(advanced(QgsProcessingParameterString(name, description, default, optional=True)))
        self.addParameter(advanced(QgsProcessingParameterFile(
            self.CONFLICT_RULES, self.tr("Conflict rules (CSV: function, kind, verdict, note; the suitability rules)"),
            QgsProcessingParameterFile.Behavior.File, "csv", str(CONFLICT_RULES_CSV), optional=True)))
        for name, description, default in (
                (self.OPEN_FUNCTION, self.tr("Function of open systems in the conflict rules"), "wko open"),
                (self.CLOSED_FUNCTION, self.tr("Function of closed systems in the conflict rules"),
                 "bodemenergie gesloten")):
            self.addParameter(advanced(QgsProcessingParameterString(name, description, default, optional=True)))
        self.addParameter(QgsProcessingParameterNumber(
            self.NEW_VOLUME, self.tr("Free space: volume of the new system per well (m3 per season)"), double,
            100000.0, minValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.NEW_SCREEN_TOP, self.tr("Free space: screen top of the new system (m below ground level)"), double,
            40.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.NEW_SCREEN_BOTTOM, self.tr("Free space: screen bottom of the new system (m below ground level)"),
            double, 80.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterExtent(
            self.EXTENT, self.tr("Free space: area (empty = the systems' extent)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.CELL_SIZE, self.tr("Free space: cell size (m)"), double, 10.0, minValue=0.1))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Thermal influence areas"), QgsProcessing.SourceType.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.INTERFERENCE, self.tr("Interference"), QgsProcessing.SourceType.TypeVectorLine))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.CONFLICTS, self.tr("Conflicts with zones"), QgsProcessing.SourceType.TypeVectorPolygon,
            optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.FREE_SPACE, self.tr("Free space for a new system"), optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber(self.INTERFERENCE_COUNT, self.tr("Number of interfering pairs")))
        self.addOutput(QgsProcessingOutputNumber(self.CONFLICT_COUNT, self.tr("Number of conflicts")))


    def _add_field_parameters(self, parent, spec):
        """Optional field parameters of layer ``parent``: (name, description, default, data type or None: any).
        Optional: QGIS 3.22 ignores a field default when the value is not given; missing fields are checked."""
        for name, description, default, kind in spec:
            self.addParameter(QgsProcessingParameterField(
                name, description, defaultValue=default, parentLayerParameterName=parent,
                type=kind if kind is not None else QgsProcessingParameterField.DataType.Any, optional=True))

    def checkParameterValues(self, parameters, context):
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        top = self.parameterAsDouble(parameters, self.NEW_SCREEN_TOP, context)
        bottom = self.parameterAsDouble(parameters, self.NEW_SCREEN_BOTTOM, context)
        if bottom <= top:
            return False, self.tr(
                "The new system's screen bottom ({bottom} m) must lie below its top ({top} m).").format(
                bottom=bottom, top=top)
        return True, ""

    # ------------------------------------------------------------------------------ reading
    def _required_field(self, parameters, key, source, context, label, default):
        name = self.field_name(parameters, key, context, source)
        if name is None:
            asked = self.parameterAsString(parameters, key, context) or default
            raise QgsProcessingException(self.tr(
                "{layer}: the layer has no field '{field}'; choose the field with the parameter {parameter}.").format(
                layer=label, field=asked, parameter=key))
        return name

    def _numbers(self, features, field, label, what, required=True):
        values = []
        for fid, value in zip(features.ids.tolist(), features.values(field)):
            try:
                number = to_float(value, self.tr("{layer}, feature {fid}, field {field}").format(
                    layer=label, fid=fid, field=field))
            except ValueError as error:
                raise core_error(error) from None
            if number is None and required:
                raise QgsProcessingException(self.tr(
                    "{layer}, feature {fid}: the {what} (field {field}) is empty; fill it in.").format(
                    layer=label, fid=fid, what=what, field=field))
            if number is not None and not np.isfinite(number):
                raise QgsProcessingException(self.tr(
                    "{layer}, feature {fid}, field {field}: {value} is not a finite number.").format(
                    layer=label, fid=fid, field=field, value=number))
            values.append(np.nan if number is None else number)
        return np.array(values, float)

    def _years(self, features, from_field, to_field, label):
        first, last = [], []
        for fid, a, b in zip(features.ids.tolist(), features.values(from_field), features.values(to_field)):
            what = self.tr("{layer}, feature {fid}, fields {a}/{b}").format(layer=label, fid=fid, a=from_field,
                                                                           b=to_field)
            try:
                low, high = parse_year(a, what), parse_year(b, what)
            except ValueError as error:
                raise core_error(error) from None
            if low is not None and high is not None and low > high:
                raise QgsProcessingException(self.tr("{what}: valid_from {a} is after valid_to {b}.").format(
                    what=what, a=low, b=high))
            first.append(low)
            last.append(high)
        return first, last

    def _points(self, features, label):
        geoms = features.geoms
        multi = shapely.get_type_id(geoms) == 4
        if multi.any():
            parts = shapely.get_num_geometries(geoms[multi])
            bad = np.flatnonzero(multi)[parts != 1]
            if len(bad):
                raise QgsProcessingException(self.tr(
                    "{layer}, feature {fid}: a multipoint with {n} points; make one feature per well or loop "
                    "(Vector > Geometry > Multipart to singleparts).").format(
                    layer=label, fid=int(features.ids[bad[0]]), n=int(shapely.get_num_geometries(geoms[bad[0]]))))
            geoms = geoms.copy()
            geoms[multi] = shapely.get_geometry(geoms[multi], 0)
        return shapely.get_x(geoms).astype(float), shapely.get_y(geoms).astype(float)

    def _read_wells(self, parameters, context, feedback, crs):
        source = self.input_source(parameters, self.WELLS, context)
        label = source.sourceName() or self.tr("Wells")
        names = {
            "system": self._required_field(parameters, self.SYSTEM_FIELD, source, context, label, "system_id"),
            "type": self._required_field(parameters, self.WELL_TYPE_FIELD, source, context, label, "well_type"),
            "volume": self._required_field(parameters, self.VOLUME_FIELD, source, context, label, "volume_m3"),
            "top": self._required_field(parameters, self.SCREEN_TOP_FIELD, source, context, label, "screen_top_m"),
            "bottom": self._required_field(parameters, self.SCREEN_BOTTOM_FIELD, source, context, label,
                                           "screen_bottom_m"),
            "from": self.field_name(parameters, self.VALID_FROM_FIELD, context, source),
            "to": self.field_name(parameters, self.VALID_TO_FIELD, context, source),
            "capacity": self.field_name(parameters, self.CAPACITY_FIELD, context, source),
        }
        features = read_features(source, crs, context, feedback, fields=[n for n in names.values() if n], label=label)
        if not len(features):
            raise QgsProcessingException(self.tr(
                "{layer}: the layer has no wells with a location.").format(layer=label))
        x, y = self._points(features, label)
        systems, types = [], []
        for fid, system, kind in zip(features.ids.tolist(), features.values(names["system"]),
                                     features.values(names["type"])):
            if is_null(system) or not str(system).strip():
                raise QgsProcessingException(self.tr(
                    "{layer}, feature {fid}: the system id (field {field}) is empty; give every well its "
                    "system.").format(layer=label, fid=fid, field=names["system"]))
            normal = be.normalise_well_type(kind)
            if normal is None:
                raise QgsProcessingException(self.tr(
                    "{layer}, feature {fid}: well type '{value}' (field {field}) is not 'warm' or 'koud'.").format(
                    layer=label, fid=fid, value=kind, field=names["type"]))
            systems.append(str(system).strip())
            types.append(normal)
        volume = self._numbers(features, names["volume"], label, self.tr("volume"))
        top = self._numbers(features, names["top"], label, self.tr("screen top"))
        bottom = self._numbers(features, names["bottom"], label, self.tr("screen bottom"))
        for fid, v, t, b in zip(features.ids.tolist(), volume, top, bottom):
            if v <= 0:
                raise QgsProcessingException(self.tr(
                    "{layer}, feature {fid}: the volume {v} m3 must be larger than 0.").format(
                    layer=label, fid=fid, v=v))
            if t < 0 or b <= t:
                raise QgsProcessingException(self.tr(
                    "{layer}, feature {fid}: the screen runs from {t} to {b} m below ground level; the top must be 0 "
                    "or deeper and the bottom below the top.").format(layer=label, fid=fid, t=t, b=b))
        capacity = (self._numbers(features, names["capacity"], label, "", required=False) if names["capacity"]
                    else np.full(len(x), np.nan))
        first, last = self._years(features, names["from"], names["to"], label)
        return features, {"x": x, "y": y, "system": systems, "well_type": types, "volume": volume, "screen_top": top,
                              "screen_bottom": bottom, "first": first, "last": last, "capacity": capacity}

    def _read_loops(self, parameters, context, feedback, crs):
        source = self.parameterAsSource(parameters, self.LOOPS, context)
        if source is None:
            return None, None
        if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.PointGeometry:
            raise QgsProcessingException(self.tr("The closed loops layer must hold points."))
        label = source.sourceName() or self.tr("Closed loops")
        names = {
            "system": self._required_field(parameters, self.LOOP_SYSTEM_FIELD, source, context, label, "system_id"),
            "energy": self._required_field(parameters, self.ENERGY_FIELD, source, context, label, "energy_mwh_year"),
            "depth": self._required_field(parameters, self.LOOP_DEPTH_FIELD, source, context, label, "depth_m"),
            "from": self.field_name(parameters, self.LOOP_FROM_FIELD, context, source),
            "to": self.field_name(parameters, self.LOOP_TO_FIELD, context, source),
        }
        features = read_features(source, crs, context, feedback, fields=[n for n in names.values() if n], label=label)
        if not len(features):
            return None, None
        x, y = self._points(features, label)
        systems = []
        for fid, system in zip(features.ids.tolist(), features.values(names["system"])):
            if is_null(system) or not str(system).strip():
                raise QgsProcessingException(self.tr(
                    "{layer}, feature {fid}: the system id (field {field}) is empty; give every loop its "
                    "system.").format(layer=label, fid=fid, field=names["system"]))
            systems.append(str(system).strip())
        energy = self._numbers(features, names["energy"], label, self.tr("yearly energy"))
        depth = self._numbers(features, names["depth"], label, self.tr("loop depth"))
        for fid, e, d in zip(features.ids.tolist(), energy, depth):
            if e <= 0 or d <= 0:
                raise QgsProcessingException(self.tr(
                    "{layer}, feature {fid}: energy {e} MWh/year and depth {d} m must both be larger than 0.").format(
                    layer=label, fid=fid, e=e, d=d))
        first, last = self._years(features, names["from"], names["to"], label)
        return features, {"x": x, "y": y, "system": systems, "energy": energy, "depth": depth, "first": first,
                          "last": last}

    def _constraints(self, parameters, context, feedback, crs):
        layers = self.parameterAsLayerList(parameters, self.CONSTRAINTS, context) or []
        kind_name = self.parameterAsString(parameters, self.KIND_FIELD, context) or "kind"
        top_name = self.parameterAsString(parameters, self.TOP_FIELD, context) or "top_m"
        bottom_name = self.parameterAsString(parameters, self.BOTTOM_FIELD, context) or "bottom_m"
        geoms, kinds, tops, bottoms, firsts, lasts, labels, fids = [], [], [], [], [], [], [], []
        for layer in layers:
            name = layer_label(layer)
            if layer.geometryType() != QgsWkbTypes.GeometryType.PolygonGeometry:
                raise QgsProcessingException(self.tr(
                    "Constraint layer {layer} has no polygons; zones must be polygons.").format(layer=name))
            features = read_features(layer, crs, context, feedback, label=name,
                                     fields=[kind_name, ZONE, top_name, bottom_name, VALID_FROM, VALID_TO])
            if features.has_field(kind_name):
                kind_values = features.values(kind_name)
            elif features.has_field(ZONE):
                kind_values = features.values(ZONE)
            else:
                kind_values = [name] * len(features)
            first, last = self._years(features, "valid_from", "valid_to", name)
            for i, fid in enumerate(features.ids.tolist()):
                kind = kind_values[i]
                if is_null(kind) or not str(kind).strip():
                    continue
                try:
                    top, bottom = depth_range(features.values(top_name)[i], features.values(bottom_name)[i],
                                              self.tr("Layer {layer}, feature {fid}").format(layer=name, fid=fid))
                except ValueError as error:
                    raise core_error(error) from None
                geoms.append(features.geoms[i])
                kinds.append(str(kind).strip())
                tops.append(top)
                bottoms.append(bottom)
                firsts.append(be.NO_YEAR_LOW if first[i] is None else first[i])
                lasts.append(be.NO_YEAR_HIGH if last[i] is None else last[i])
                labels.append(name)
                fids.append(fid)
        constraints = be.Constraints(np.array(geoms, dtype=object), np.array(kinds, dtype=object),
                                     np.array(tops, float), np.array(bottoms, float), np.array(firsts, float),
                                     np.array(lasts, float))
        return constraints, labels, fids

    # ------------------------------------------------------------------------------ algorithm
    def processAlgorithm(self, parameters, context, feedback):
        try:
            rules = be.read_distance_rules(self.parameterAsFile(parameters, self.DISTANCES, context)
                                           or str(DISTANCES_CSV))
        except (TableError, ValueError) as error:
            raise core_error(error) from None
        c_water = self.parameterAsDouble(parameters, self.WATER_HEAT_CAPACITY, context)
        c_aquifer = self.parameterAsDouble(parameters, self.AQUIFER_HEAT_CAPACITY, context)
        porosity = self.parameterAsDouble(parameters, self.POROSITY, context)
        year = None
        if parameters.get(self.YEAR) not in (None, ""):
            year = self.parameterAsInt(parameters, self.YEAR, context)
        wells_source = self.parameterAsSource(parameters, self.WELLS, context)
        loops_source = self.parameterAsSource(parameters, self.LOOPS, context)
        constraint_layers = self.parameterAsLayerList(parameters, self.CONSTRAINTS, context) or []
        for source in [wells_source, loops_source] + list(constraint_layers):
            if source is not None and not source_crs(source).isValid():
                name = source.sourceName() if hasattr(source, "sourceName") else layer_label(source)
                raise QgsProcessingException(self.tr(
                    "Layer {layer} has no coordinate reference system; set it in the layer properties (Dutch data "
                    "is usually EPSG:28992, RD New) and run again.").format(layer=name))
        crs = working_crs([wells_source, loops_source], context, feedback)
        well_features, wells = self._read_wells(parameters, context, feedback, crs)
        loop_features, loops = self._read_loops(parameters, context, feedback, crs)
        try:
            elements = be.make_elements(wells, loops, c_water, c_aquifer, porosity, rules.delta_t)
        except ValueError as error:
            raise core_error(error) from None
        n_wells = len(wells["x"])
        fids = np.concatenate([well_features.ids, loop_features.ids if loop_features is not None
                               else np.empty(0, np.int64)])
        extra = {
            "volume": np.concatenate([wells["volume"], np.full(len(elements) - n_wells, np.nan)]),
            "capacity": np.concatenate([wells["capacity"], np.full(len(elements) - n_wells, np.nan)]),
            "energy": np.concatenate([np.full(n_wells, np.nan), loops["energy"] if loops else np.empty(0)]),
        }
        self._check_systems(elements, feedback)
        if year is not None:
            keep = np.flatnonzero(be.valid_in(elements, year))
            feedback.pushInfo(self.tr("{n} of {total} wells and loops are valid in {year}.").format(
                n=len(keep), total=len(elements), year=year))
            elements = elements.take(keep)
            fids = fids[keep]
            extra = {key: value[keep] for key, value in extra.items()}
        check_canceled(feedback)
        feedback.setProgress(20)
        circles = elements.circles()
        output_id = self._write_output(parameters, context, crs, elements, fids, extra, circles)
        feedback.setProgress(40)
        result = be.interference(elements, rules)
        interference_id = self._write_interference(parameters, context, crs, elements, fids, result)
        counted = int(np.count_nonzero((result.verdict != be.SEPARATED_DEPTH) & (result.verdict != be.SEPARATED_TIME)))
        feedback.pushInfo(self.tr("{n} pair(s) closer than the rules allow, {m} of them at the same depth and "
                                  "time.").format(n=len(result), m=counted))
        feedback.setProgress(60)
        constraints, labels, constraint_fids = self._constraints(parameters, context, feedback, crs)
        if year is not None and len(constraints):
            keep = (constraints.first <= year) & (constraints.last >= year)
            constraints = be.Constraints(*(getattr(constraints, f)[keep] for f in
                                           ("geoms", "kind", "top", "bottom", "first", "last")))
            labels = [label for label, k in zip(labels, keep) if k]
            constraint_fids = [fid for fid, k in zip(constraint_fids, keep) if k]
        open_rules, closed_rules = {}, {}
        if len(constraints):
            try:
                open_rules, closed_rules = be.read_conflict_rules(
                    self.parameterAsFile(parameters, self.CONFLICT_RULES, context) or str(CONFLICT_RULES_CSV),
                    self.parameterAsString(parameters, self.OPEN_FUNCTION, context) or "wko open",
                    self.parameterAsString(parameters, self.CLOSED_FUNCTION, context) or "bodemenergie gesloten")
            except (TableError, ValueError) as error:
                raise core_error(error) from None
            known = set(open_rules) | set(closed_rules)
            unknown = sorted({k for k in constraints.kind if be.kind_key(k) not in known})
            if unknown:
                feedback.pushInfo(self.tr("Kinds without a conflict rule for ground energy (no effect): "
                                          "{kinds}.").format(kinds=", ".join(unknown)))
        found = be.conflicts(elements, constraints, open_rules, closed_rules, circles)
        conflicts_id = self._write_conflicts(parameters, context, crs, elements, fids, found, constraints, labels,
                                             constraint_fids)
        feedback.setProgress(80)
        results = {self.OUTPUT: output_id, self.INTERFERENCE: interference_id, self.CONFLICTS: conflicts_id,
                   self.INTERFERENCE_COUNT: counted, self.CONFLICT_COUNT: len(found)}
        free_path = self.parameterAsOutputLayer(parameters, self.FREE_SPACE, context)
        if free_path:
            results[self.FREE_SPACE] = self._free_space(parameters, context, feedback, crs, elements, rules,
                                                        constraints, open_rules, c_water, c_aquifer, free_path)
        feedback.setProgress(100)
        return results

    def _check_systems(self, elements, feedback):
        """Warn about open systems without both a warm and a cold well."""
        types = {}
        for system, kind in zip(elements.system[~elements.is_loop], elements.well_type[~elements.is_loop]):
            types.setdefault(system, set()).add(kind)
        lonely = sorted(system for system, kinds in types.items() if kinds != {be.WARM, be.COLD})
        if lonely:
            feedback.pushWarning(self.tr("Open system(s) without both a warm and a cold well: {ids}.").format(
                ids=id_list(lonely)))

    # ------------------------------------------------------------------------------ writing
    def _sink(self, parameters, key, context, spec, kind, crs):
        fields = make_fields(spec)
        sink, dest_id = self.parameterAsSink(parameters, key, context, fields, kind, crs)
        return sink, dest_id, fields

    @staticmethod
    def _num(value):
        return None if value is None or not np.isfinite(value) else float(round(value, 3))

    @staticmethod
    def _column(values):
        """Rounded (mm) Python floats, None for NaN: one numpy pass instead of a round() per value."""
        values = np.round(np.asarray(values, float), 3)
        out = values.tolist()
        for i in np.flatnonzero(~np.isfinite(values)):
            out[i] = None
        return out

    @staticmethod
    def _year_column(values):
        return [None if v <= be.NO_YEAR_LOW or v >= be.NO_YEAR_HIGH else int(v) for v in values.tolist()]

    def _write_output(self, parameters, context, crs, elements, fids, extra, circles):
        sink, dest_id, fields = self._sink(parameters, self.OUTPUT, context, OUTPUT_FIELDS, QgsWkbTypes.Type.Polygon,
                                           crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        column = self._column
        columns = [
            [str(s) for s in elements.system], ["loop" if loop else "well" for loop in elements.is_loop.tolist()],
            [str(k) for k in elements.well_type], [int(f) for f in fids.tolist()], [OUTPUT_KIND] * len(elements),
            column(extra["volume"]), column(extra["energy"]), column(extra["capacity"]),
            column(elements.bottom - elements.top), column(elements.radius), column(elements.hydraulic),
            column(elements.top), column(elements.bottom), self._year_column(elements.first),
            self._year_column(elements.last), column(shapely.area(circles))]
        self.write(sink, to_features(fields, circles, zip(*columns)), parameters, self.OUTPUT)
        self.style_output(context, dest_id, "bodemenergie")
        return dest_id

    def _write_interference(self, parameters, context, crs, elements, fids, result):
        sink, dest_id, fields = self._sink(parameters, self.INTERFERENCE, context, INTERFERENCE_FIELDS,
                                           QgsWkbTypes.Type.LineString, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.INTERFERENCE))
        texts = be.reasons(elements, result)
        column = self._column
        distance, required, overlap = column(result.distance), column(result.required), column(result.overlap)
        depth_m = column(result.depth_overlap_m)
        x, y = elements.x.tolist(), elements.y.tolist()
        for k, (a, b) in enumerate(zip(result.a.tolist(), result.b.tolist())):
            feature = QgsFeature(fields)
            feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x[a], y[a]), QgsPointXY(x[b], y[b])]))
            feature.setAttributes([
                str(elements.system[a]), str(elements.system[b]), int(fids[a]), int(fids[b]),
                "{}-{}".format(elements.well_type[a], elements.well_type[b]), str(result.relation[k]),
                distance[k], required[k], overlap[k], bool(result.depth_overlap[k]), depth_m[k],
                bool(result.time_overlap[k]), str(result.verdict[k]), texts[k], result.rule[k].source])
            self.write(sink, feature, parameters, self.INTERFERENCE)
        self.style_output(context, dest_id, "bodemenergie_interference")
        return dest_id

    def _write_conflicts(self, parameters, context, crs, elements, fids, found, constraints, labels, constraint_fids):
        sink, dest_id, fields = self._sink(parameters, self.CONFLICTS, context, CONFLICT_FIELDS,
                                           QgsWkbTypes.Type.MultiPolygon, crs)
        if sink is None:
            return None
        areas = shapely.area(found.geometry) if len(found) else []
        for k in range(len(found)):
            e, c = int(found.element[k]), int(found.constraint[k])
            geometry = to_qgs(found.geometry[k])
            geometry.convertToMultiType()
            feature = QgsFeature(fields)
            feature.setGeometry(geometry)
            feature.setAttributes([
                str(elements.system[e]), int(fids[e]), str(elements.well_type[e]), str(found.part[k]), labels[c],
                int(constraint_fids[c]), str(constraints.kind[c]), found.rule[k].verdict, found.rule[k].note,
                self._num(found.top[k]), self._num(found.bottom[k]), self._num(areas[k])])
            self.write(sink, feature, parameters, self.CONFLICTS)
        self.style_output(context, dest_id, "bodemenergie_conflicts")
        return dest_id

    def _free_space(self, parameters, context, feedback, crs, elements, rules, constraints, open_rules, c_water,
                    c_aquifer, path):
        volume = self.parameterAsDouble(parameters, self.NEW_VOLUME, context)
        top = self.parameterAsDouble(parameters, self.NEW_SCREEN_TOP, context)
        bottom = self.parameterAsDouble(parameters, self.NEW_SCREEN_BOTTOM, context)
        cell = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        new_radius = float(be.thermal_radius(volume, bottom - top, c_water, c_aquifer))
        extent = self.parameterAsExtent(parameters, self.EXTENT, context, crs)
        if extent is None or extent.isNull() or extent.isEmpty():
            margin = 3 * new_radius + (3 * float(elements.radius.max()) if len(elements) else 0.0)
            xmin, xmax = float(elements.x.min()) - margin, float(elements.x.max()) + margin
            ymin, ymax = float(elements.y.min()) - margin, float(elements.y.max()) + margin
        else:
            xmin, ymin, xmax, ymax = extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()
        try:
            grid = Grid.from_extent(xmin, ymin, xmax, ymax, cell)
        except ValueError as error:
            raise core_error(error) from None
        if grid.ncells > 200_000_000:
            raise QgsProcessingException(self.tr(
                "The free-space raster would have {n:,} cells; choose a larger cell size or a smaller area.").format(
                n=grid.ncells))
        feedback.pushInfo(self.tr("Free space for a new well of {v:g} m3 at {t:g}-{b:g} m: thermal radius {r:.1f} m, "
                                  "{n:,} cells of {c:g} m.").format(v=volume, t=top, b=bottom, r=new_radius,
                                                                    n=grid.ncells, c=cell))
        codes = be.free_space(grid, elements, rules, new_radius, top, bottom, constraints, open_rules,
                              progress=progress(feedback))
        if codes is None:
            raise canceled_error()
        dataset = gdal.GetDriverByName("GTiff").Create(path, grid.ncols, grid.nrows, 1, gdal.GDT_Byte,
                                                       options=["COMPRESS=DEFLATE", "TILED=YES"])
        if dataset is None:
            raise QgsProcessingException(self.tr("Cannot write the raster {path}.").format(path=path))
        dataset.SetGeoTransform(grid.geotransform)
        dataset.SetProjection(crs.toWkt())
        dataset.GetRasterBand(1).WriteArray(codes)
        dataset.GetRasterBand(1).SetNoDataValue(255)
        dataset = None
        self.style_output(context, path, "bodemenergie_free_space")
        return path
