"""Drinking-water protection zones: travel-time zones around abstraction wells (core/traveltime.py)."""

import math

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..compat import make_fields
from ..core import traveltime
from ..core.canonical import ZONE, is_null, to_float
from .base import OndergrondAlgorithm, canceled_error, check_canceled, progress
from .io import core_error, id_list, read_features, to_qgs, working_crs
from .validation import check_distinct_locations

# The output: a 3D constraint layer (top_m/bottom_m) the suitability and cumulation algorithms read.
OUTPUT_FIELDS = ((ZONE, "string"), ("travel_time_days", "double"), ("well_ids", "string"),
                 ("area_m2", "double"), ("method", "string"), ("top_m", "double"),
                 ("bottom_m", "double"),
                 ("recharge_m_year", "double"), ("delay_days", "double"))


class DrinkingWaterProtection(OndergrondAlgorithm):
    GROUP = "subsurface"
    INPUT = "INPUT"
    ID_FIELD = "ID_FIELD"
    RATE_FIELD = "RATE_FIELD"
    THICKNESS = "THICKNESS"
    THICKNESS_FIELD = "THICKNESS_FIELD"
    POROSITY = "POROSITY"
    POROSITY_FIELD = "POROSITY_FIELD"
    TRAVEL_TIMES = "TRAVEL_TIMES"
    ZONE_LABELS = "ZONE_LABELS"
    METHOD = "METHOD"
    REGIONAL_FLUX = "REGIONAL_FLUX"
    FLOW_DIRECTION = "FLOW_DIRECTION"
    PROTECTIVE_LAYER_DEPTH = "PROTECTIVE_LAYER_DEPTH"
    RECHARGE = "RECHARGE"
    RECHARGE_FIELD = "RECHARGE_FIELD"
    UNSATURATED_THICKNESS = "UNSATURATED_THICKNESS"
    MOISTURE_CONTENT = "MOISTURE_CONTENT"
    AQUITARD_THICKNESS = "AQUITARD_THICKNESS"
    AQUITARD_POROSITY = "AQUITARD_POROSITY"
    OUTPUT = "OUTPUT"

    def name(self):
        return "drinkingwaterprotection"

    def displayName(self):
        return self.tr("Drinking-water protection zones")

    def shortHelpString(self):
        return self.tr(
            "Draws the travel-time zones around groundwater abstraction wells for drinking water: "
            "waterwingebied (60 days), grondwaterbeschermingsgebied (25 years) and the 100-year zone by "
            "default, and optionally a boringsvrije zone. The result is a 3D constraint layer (top_m, "
            "bottom_m in m below ground level) for the suitability and cumulation algorithms.\n\n"
            "<b>Inputs</b>: a point layer with one feature per well and its abstraction rate in m3/year; "
            "aquifer thickness (m) and effective porosity (-) for all wells or per well from a field (an "
            "empty field value uses the general value). Travel times as a list such as 60d,25y,100y (d = "
            "days, y = years of 365.25 days), with one zone label per travel time.\n\n"
            "<b>Method 0, volume balance</b>: without regional groundwater flow a well draws its water "
            "from a cylinder; the zone for travel time t is the circle r = sqrt(Q t / (pi n H)) with Q the "
            "rate, n the porosity and H the aquifer thickness.\n"
            "<b>Method 1, regional flow</b>: the flow field is the superposition of all wells plus a "
            "uniform regional flow (Darcy flux q0 in m/d, direction in degrees clockwise from north, "
            "the direction the groundwater flows towards). Particles are traced backwards in time from "
            "every well through that field (adaptive Runge-Kutta, refined where neighbouring particles "
            "drift apart); the zone boundary runs through their positions after time t (Bear & Jacobs "
            "1965, the method of EPA's WhAEM). Pore velocity = Darcy flux / porosity. A single well has a "
            "stagnation point Q / (2 pi q0 H) downstream and a capture zone Q / (q0 H) wide far upstream. "
            "With per-well thickness or porosity, each well's zone uses its own values.\n\n"
            "<b>Recharge</b> (m/year, per well from a field or for all): most Dutch drinking-water wells draw "
            "from phreatic or semi-confined aquifers fed by precipitation, typically 0.2-0.35 m/year. The "
            "wells then capture the area Q / N and the water recharged nearest the well arrives first "
            "(Dupuit, stratified flow): a lone well without regional flow has the zone r = R sqrt(1 - exp(-N t "
            "/ (n H))) with R^2 = Q / (pi N), the analytic solution of KWR's TRANSATOMIC/sutra2 phreatic case; "
            "the 25- and 100-year zones are then much smaller than the confined volume balance. Method 1 "
            "adds the recharge to the particle tracking as recharge over a circle centred on each well field "
            "(rate-weighted centre; as TimML's circular area sink), so the given regional flux holds at the "
            "field and the groundwater divide lies 2 q0 H / N upstream; well fields further apart than twice "
            "the sum of their capture radii get a circle each. Every zone of wells fed by recharge has the "
            "area sum(Q) / N (1 - exp(-N t / (n H))). 0 = confined aquifer without recharge (the zones of the "
            "methods above).\n"
            "<b>Vertical delays</b>: before recharge reaches the aquifer it passes the unsaturated zone "
            "(thickness x moisture content / N; moisture content 0.15 after KWR's sutra2 example for sand) "
            "and, in a semi-confined aquifer, the covering aquitard (thickness x porosity / N; porosity 0.35). "
            "Each zone's travel time minus these delays is left for the aquifer; a zone shorter than the "
            "delays gets no area (the log says so; there is no minimum radius). delay_days in the output is "
            "the delay used. Use a covering aquitard only where the recharge passes it (leakage equal to the "
            "recharge); where the leakage is driven by the well's drawdown (a thick clay with a low vertical "
            "resistance near a polder), use a groundwater model.\n"
            "<b>Which setting</b>: confined aquifer below a thick clay without leakage: recharge 0 (zones on "
            "the safe, large side). Phreatic sandy aquifer (Veluwe, Utrechtse Heuvelrug, Drenthe, Brabant): "
            "recharge 0.25-0.35 m/year and the unsaturated zone thickness to the groundwater table. "
            "Semi-confined aquifer below a leaky cover: recharge plus the aquitard thickness and porosity. "
            "Provinces draw their groundwater protection areas from the water company's groundwater model "
            "(Infomil, provincial environmental regulations); this tool is for screening and planning.\n\n"
            "Wells whose zones touch share one feature per zone (a well field); well_ids lists them. With "
            "regional flow, neighbouring zones meet along dividing streamlines where the water stands still; "
            "slits there narrower than 2 % of the zone radius are closed and areas a zone encloses are included. "
            "Every zone covers the whole area within its travel time (the 25-year zone includes the "
            "60-day zone) and applies from the surface down: top_m 0, bottom_m empty (unbounded). With a "
            "protective layer depth, an extra zone 'boringsvrije zone' covers the largest zone with "
            "top_m = that depth: drilling below it is banned or must be notified.\n\n"
            "<b>Assumptions</b>: one homogeneous aquifer of constant thickness, steady state, uniform "
            "recharge (or none), no drawdown-driven leakage, wells screened over the full thickness, "
            "constant rates. Use a full groundwater model instead (TimML or the QGIS-Tim plugin, MODFLOW "
            "with MODPATH) where the aquifer is layered or leaky, rivers, drains or other boundaries lie near "
            "the wells, or the zones become legally binding.\n\n"
            "<b>Defaults and sources</b>: travel times 60 days (waterwingebied, most provinces; Gelderland "
            "uses 1 year), 25 years (grondwaterbeschermingsgebied) and 100 years (intrekgebied) after "
            "Infomil and the provincial environmental regulations; effective porosity 0.35 and thickness "
            "30 m are typical values for Dutch sandy aquifers - replace them with local values (REGIS II, "
            "TNO/BRO); recharge 0 keeps the confined result; KWR's sutra2 example uses 0.3 m/year. Every "
            "general value a well takes because its field is missing or empty is listed in the log. A zone "
            "larger than the Netherlands gives a warning: check the rate's unit (m3/year)."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Abstraction wells"), [QgsProcessing.SourceType.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterField(
            self.ID_FIELD, self.tr("Well id field (empty: feature id)"), defaultValue="well_id",
            parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.RATE_FIELD, self.tr("Abstraction rate field (m3/year)"), defaultValue="rate_m3_year",
            parentLayerParameterName=self.INPUT, type=QgsProcessingParameterField.DataType.Numeric,
            optional=True))  # optional: QGIS 3.22 ignores a field default when the value is not given
        self.addParameter(QgsProcessingParameterNumber(
            self.THICKNESS, self.tr("Aquifer thickness (m)"), QgsProcessingParameterNumber.Type.Double,
            defaultValue=30.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterField(
            self.THICKNESS_FIELD, self.tr("Aquifer thickness field, per well (m)"), defaultValue="thickness_m",
            parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.POROSITY, self.tr("Effective porosity (-)"), QgsProcessingParameterNumber.Type.Double,
            defaultValue=0.35, minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterField(
            self.POROSITY_FIELD, self.tr("Effective porosity field, per well (-)"), defaultValue="porosity",
            parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.TRAVEL_TIMES, self.tr("Travel times (d = days, y = years)"), defaultValue="60d,25y,100y"))
        self.addParameter(QgsProcessingParameterString(
            self.ZONE_LABELS, self.tr("Zone labels, one per travel time"),
            defaultValue="waterwingebied,grondwaterbeschermingsgebied,100-jaarszone"))
        self.addParameter(QgsProcessingParameterEnum(
            self.METHOD, self.tr("Method"),
            options=[self.tr("Volume balance (no regional flow)"),
                     self.tr("Regional flow (backward particle tracking)")], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.REGIONAL_FLUX, self.tr("Regional groundwater flow: Darcy flux (m/d)"),
            QgsProcessingParameterNumber.Type.Double, defaultValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.FLOW_DIRECTION,
            self.tr("Regional groundwater flow: direction it flows towards (degrees clockwise from north)"),
            QgsProcessingParameterNumber.Type.Double, defaultValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.PROTECTIVE_LAYER_DEPTH,
            self.tr("Protective layer depth for the boringsvrije zone (m below ground level)"),
            QgsProcessingParameterNumber.Type.Double, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.RECHARGE, self.tr("Recharge (m/year; 0 = confined aquifer without recharge)"),
            QgsProcessingParameterNumber.Type.Double, defaultValue=0.0, minValue=0.0, maxValue=10.0))
        self.addParameter(QgsProcessingParameterField(
            self.RECHARGE_FIELD, self.tr("Recharge field, per well (m/year)"), defaultValue="recharge_m_year",
            parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.UNSATURATED_THICKNESS, self.tr("Unsaturated zone thickness (m)"),
            QgsProcessingParameterNumber.Type.Double, defaultValue=0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MOISTURE_CONTENT, self.tr("Moisture content of the unsaturated zone (-)"),
            QgsProcessingParameterNumber.Type.Double, defaultValue=0.15, minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.AQUITARD_THICKNESS, self.tr("Covering aquitard thickness (m; semi-confined aquifer)"),
            QgsProcessingParameterNumber.Type.Double, defaultValue=0.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.AQUITARD_POROSITY, self.tr("Covering aquitard porosity (-)"),
            QgsProcessingParameterNumber.Type.Double, defaultValue=0.35, minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Drinking-water protection zones"), QgsProcessing.SourceType.TypeVectorPolygon))

    def processAlgorithm(self, parameters, context, feedback):
        source = self.input_source(parameters, self.INPUT, context)
        method = self.parameterAsEnum(parameters, self.METHOD, context)
        flux = self.parameterAsDouble(parameters, self.REGIONAL_FLUX, context)
        direction = self.parameterAsDouble(parameters, self.FLOW_DIRECTION, context)
        depth = self.optional_number(parameters, self.PROTECTIVE_LAYER_DEPTH, context)
        try:
            times = traveltime.parse_travel_times(self.parameterAsString(parameters, self.TRAVEL_TIMES, context))
            labels = traveltime.parse_labels(self.parameterAsString(parameters, self.ZONE_LABELS, context),
                                             len(times))
        except ValueError as error:
            raise core_error(error) from None
        if flux < 0:
            raise QgsProcessingException(self.tr(
                "Regional flux is {flux} m/d; it must be zero or positive (set the direction with the flow "
                "direction instead)").format(flux=flux))
        if depth is not None and depth < 0:
            raise QgsProcessingException(self.tr(
                "Protective layer depth is {depth} m; give it in m below ground level (positive down)").format(
                depth=depth))
        if method == traveltime.METHOD_VOLUME_BALANCE and flux > 0:
            feedback.pushWarning(self.tr(
                "The regional flux is ignored by the volume balance method; choose method 1 (regional flow) to "
                "use it."))

        names = {key: self.field_name(parameters, key, context, source)
                 for key in (self.ID_FIELD, self.RATE_FIELD, self.THICKNESS_FIELD, self.POROSITY_FIELD,
                             self.RECHARGE_FIELD)}
        rate_name = self.parameterAsString(parameters, self.RATE_FIELD, context)
        if names[self.RATE_FIELD] is None:
            raise QgsProcessingException(self.tr(
                "Abstraction wells: the layer has no rate field '{field}'; choose the field with the abstraction "
                "rate in m3/year").format(field=rate_name))
        crs = working_crs([source], context, feedback)
        label = source.sourceName() or self.tr("Abstraction wells")
        wells = read_features(source, crs, context, feedback, fields=[n for n in names.values() if n], label=label,
                              geometry="point")
        if not len(wells):
            raise QgsProcessingException(self.tr(
                "{label}: the layer has no wells with a location; nothing to compute").format(label=label))
        x, y, ids = self._locations(wells, wells.values(names[self.ID_FIELD]), label, feedback)
        general = {self.THICKNESS_FIELD: self.parameterAsDouble(parameters, self.THICKNESS, context),
                   self.POROSITY_FIELD: self.parameterAsDouble(parameters, self.POROSITY, context),
                   self.RECHARGE_FIELD: self.parameterAsDouble(parameters, self.RECHARGE, context)}
        # Messages name the well by its id and, when that differs, its feature id too.
        named = [well_id if well_id == str(fid) else self.tr("{id} (feature {fid})").format(id=well_id, fid=fid)
                 for well_id, fid in zip(ids, wells.ids)]
        for key, value in ((self.THICKNESS, general[self.THICKNESS_FIELD]),
                           (self.POROSITY, general[self.POROSITY_FIELD])):
            if not value > 0:  # the general value, not a well's: name the parameter (a field may override it)
                raise QgsProcessingException(self.tr("{what} is {value}; it must be larger than 0.").format(
                    what=self.parameterDefinition(key).description(), value=value))
        if method != traveltime.METHOD_VOLUME_BALANCE:
            check_distinct_locations(label, ids, x, y)
        try:
            rates = self._numbers(wells, named, names[self.RATE_FIELD], None)
            thickness = self._numbers(wells, named, names[self.THICKNESS_FIELD], general[self.THICKNESS_FIELD])
            porosity = self._numbers(wells, named, names[self.POROSITY_FIELD], general[self.POROSITY_FIELD])
            recharge_year = self._numbers(wells, named, names[self.RECHARGE_FIELD], general[self.RECHARGE_FIELD])
            rate_day, thickness, porosity = traveltime.validate_wells(named, rates, thickness, porosity)
            recharge = self._recharge(named, recharge_year)
        except ValueError as error:
            raise core_error(error) from None
        self._log_defaults(parameters, context, feedback, wells, ids, names, general)
        delay = self._delays(parameters, context, feedback, recharge, ids, times, labels)

        huge = traveltime.oversized_wells(rate_day, thickness, porosity, max(times))
        if len(huge):
            feedback.pushWarning(self.tr(
                "Well(s) {ids}: the {days:g}-day zone would be larger than the Netherlands; check that the rate "
                "is in m3/year.").format(ids=id_list([ids[i] for i in huge]), days=max(times)))
        feedback.pushInfo(self.tr("{n} well(s), method: {method}.").format(
            n=len(ids), method=traveltime.METHOD_NAMES[method]))

        try:
            records = traveltime.protection_zones(
                x, y, rate_day, thickness, porosity, times, labels, method=method, flux=flux, direction=direction,
                protective_depth=depth, progress=progress(feedback), recharge=recharge, delay=delay)
        except ValueError as error:
            raise core_error(error) from None
        if records is None:
            raise canceled_error()
        check_canceled(feedback)

        dest_id = self._write_zones(parameters, context, crs, records, ids)
        feedback.setProgress(100)
        feedback.pushInfo(self.tr("{n} zone feature(s) written.").format(n=len(records)))
        self.style_output(context, dest_id, "drinkingwaterprotection")
        return {self.OUTPUT: dest_id}

    def _locations(self, wells, id_values, label, feedback):
        """x, y and id (the id field, else the feature id) per well; a multipoint is refused."""
        x, y, ids = [], [], []
        for fid, geometry, well_id in zip(wells.ids, wells.geoms, id_values):
            check_canceled(feedback)
            parts = list(getattr(geometry, "geoms", [geometry]))
            if len(parts) != 1:
                raise QgsProcessingException(self.tr(
                    "{label}, feature {fid}: a multipoint with {n} points; make one feature per well, each with its "
                    "own rate (Vector > Geometry > Multipart to singleparts)").format(
                    label=label, fid=fid, n=len(parts)))
            x.append(parts[0].x)
            y.append(parts[0].y)
            ids.append(str(well_id) if well_id not in (None, "") else str(fid))
        return x, y, ids

    def _write_zones(self, parameters, context, crs, records, ids):
        fields = make_fields(OUTPUT_FIELDS)
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.Polygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for record in records:
            feature = QgsFeature(fields)
            feature.setGeometry(to_qgs(record["geometry"]))
            feature.setAttributes([
                record[ZONE], record["travel_time_days"], ",".join(ids[i] for i in record["wells"]),
                record["area_m2"], record["method"], record["top_m"], record["bottom_m"], record["recharge_m_year"],
                record["delay_days"]])
            self.write(sink, feature, parameters, self.OUTPUT)
        return dest_id

    def _recharge(self, named, recharge_year):
        """Per-well recharge in m/d from m/year; ValueError naming the well when it is negative or not finite."""
        for well_id, value in zip(named, recharge_year):
            if value is None or not math.isfinite(value) or value < 0 or value > 10:
                raise ValueError(self.tr(
                    "Well {id}: recharge is {value} m/year; it must lie between 0 (confined, no recharge) and "
                    "10 m/year (typical Dutch values 0.2-0.35)").format(
                    id=well_id, value="NULL" if value is None else "{:g}".format(value)))
        return np.asarray(recharge_year, float) / traveltime.YEAR_DAYS

    def _log_defaults(self, parameters, context, feedback, wells, named, names, general):
        """One line per well that took a general value because its field is missing or empty."""
        what = ((self.THICKNESS_FIELD, self.tr("thickness"), "{:g} m"),
                (self.POROSITY_FIELD, self.tr("porosity"), "{:g}"),
                (self.RECHARGE_FIELD, self.tr("recharge"), "{:g} m/year"))
        for index, well_id in enumerate(named):
            used = []
            for key, label, unit in what:
                value = unit.format(general[key])
                if names[key] is None:
                    used.append(self.tr("no {what} field, {value} used").format(what=label, value=value))
                elif is_null(wells.values(names[key])[index]):
                    used.append(self.tr("empty {what}, {value} used").format(what=label, value=value))
            if used:
                feedback.pushInfo(self.tr("well {id}: {defaults}").format(id=well_id, defaults="; ".join(used)))

    def _delays(self, parameters, context, feedback, recharge, ids, times, labels):
        """Per-well vertical delay (days) through the unsaturated zone and the aquitard; logs zones it empties."""
        unsaturated = self.parameterAsDouble(parameters, self.UNSATURATED_THICKNESS, context)
        moisture = self.parameterAsDouble(parameters, self.MOISTURE_CONTENT, context)
        aquitard = self.parameterAsDouble(parameters, self.AQUITARD_THICKNESS, context)
        aquitard_porosity = self.parameterAsDouble(parameters, self.AQUITARD_POROSITY, context)
        for name, value in ((self.tr("Unsaturated zone thickness"), unsaturated),
                            (self.tr("Moisture content"), moisture), (self.tr("Aquitard thickness"), aquitard),
                            (self.tr("Aquitard porosity"), aquitard_porosity)):
            if not math.isfinite(value) or value < 0:
                raise QgsProcessingException(self.tr("{name} is {value}; it must be zero or positive").format(
                    name=name, value=value))
        if (unsaturated > 0 or aquitard > 0) and not (recharge > 0).all():
            feedback.pushWarning(self.tr(
                "Well(s) {ids}: no recharge, so the unsaturated zone and the aquitard add no delay (their travel "
                "time is thickness x water content / recharge); give the recharge in m/year.").format(
                ids=id_list([ids[i] for i in np.nonzero(recharge <= 0)[0]])))
        delay = traveltime.vertical_delay(recharge, unsaturated, moisture, aquitard, aquitard_porosity)
        for index in np.nonzero(delay > 0)[0]:
            feedback.pushInfo(self.tr(
                "well {id}: recharge {recharge:g} m/year needs {delay:.0f} days through the unsaturated zone and "
                "the aquitard before it reaches the aquifer.").format(
                id=ids[index], recharge=recharge[index] * traveltime.YEAR_DAYS, delay=delay[index]))
            short = [label for label, days in zip(labels, times) if days <= delay[index]]
            if short:
                feedback.pushInfo(self.tr(
                    "well {id}: zone(s) {zones} are shorter than that delay and get no area around this well.").format(
                    id=ids[index], zones=", ".join(short)))
        return delay

    def _numbers(self, wells, named, field, default):
        """Per-well numbers from ``field``; NULL -> ``default``; ValueError naming the well when not a number."""
        values = []
        for well_id, value in zip(named, wells.values(field)):
            number = to_float(value, self.tr("Well {id}, field {field}").format(id=well_id, field=field))
            values.append(default if number is None else number)
        return values
