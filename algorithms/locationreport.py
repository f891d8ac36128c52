"""What can go where: one overview of the subsurface per location (verdicts, ladder, what is present).

Thin: reads the constraint layers as depth-band suitability does (its ``read_constraints``), the
locations and the nearby network, evaluates each location with ``core.location`` and writes the
verdict table, the list of what is present and the HTML report (``core.location_report``).
"""

import os

import numpy as np
import shapely
from qgis.core import (
    QgsFeature,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..compat import make_fields
from ..core import location as core
from ..core import location_report as report
from ..core import preference
from ..core import reservation as res
from ..core.suitability import verdict_label
from ..core.tables import TableError
from . import obstacles, reportpdf
from .base import check_canceled
from .depthbandsuitability import DepthBandSuitability
from .io import core_error, id_list, layer_label, read_features
from .obstacles import obstacle_kind
from .preferenceladder import DEFAULT_LADDER

TABLE_FIELDS = (("location_id", "long"), ("location", "string"), ("function", "string"), ("band", "string"),
                ("verdict", "int"), ("verdict_label", "string"), ("reasons", "string"), ("share", "double"))
PRESENT_FIELDS = (("location_id", "long"), ("location", "string"), ("layer", "string"), ("feature_id", "string"),
                  ("kind", "string"), ("utility_type", "string"), ("top_m", "double"), ("bottom_m", "double"),
                  ("valid_from", "int"), ("valid_to", "int"), ("depth_assumed", "bool"), ("distance_m", "double"))


def _year(value):
    return None if value is None or not np.isfinite(value) else int(value)


class LocationReport(DepthBandSuitability):
    LOCATIONS = "LOCATIONS"
    NAME_FIELD = "NAME_FIELD"
    LADDER = "LADDER"
    NETWORK = "NETWORK"
    RADIUS = "RADIUS"
    YEAR = "YEAR"
    TABLE = "TABLE"
    PRESENT = "PRESENT"
    REPORT = "REPORT"
    REPORT_PDF = "REPORT_PDF"

    def name(self):
        return "locationreport"

    def displayName(self):
        return self.tr("What can go where: location report")

    def shortHelpString(self):
        return self.tr(
            "One overview of the subsurface for each location (a building plot, a candidate geothermal site, a "
            "WKO request): which function can go in which depth band, which one comes first, what lies there at "
            "which depth, and why.\n\n"
            "<b>Inputs.</b> Locations (points or polygons; the name field names each report section), the "
            "constraint layers, field names, rules and functions tables and depth bands exactly as in Depth-band "
            "suitability, the preference ladder table as in Preference ladder, optional network layers (cables, "
            "pipes and trees with utility_type, depth_m, diameter_m, top_m, bottom_m, radius_m, validity, as the "
            "KLIC import and the lagenbenadering template write them) within a radius (m) of each location, and "
            "an optional year: then only constraints and network valid in that year (valid_from/valid_to, "
            "inclusive) take part.\n\n"
            "<b>Method.</b> The verdicts are those of Depth-band suitability at the same place with the same "
            "inputs: a point is evaluated exactly at the point; a polygon on the cells of the chosen cell size "
            "(m) whose centres lie inside it, on the same snapped grid as a suitability run with that cell size, "
            "and each verdict gets the share of the polygon's cells where it holds (shares add up to 1). A "
            "polygon too small to hold a cell centre is evaluated at a point inside it. Network depths that are "
            "missing take the operator's standard depth or the defaults table (rules/default_depths.csv), as in "
            "the 4D reservation check, and are marked assumed.\n\n"
            "<b>Outputs.</b> A table with one row per location, function, band and verdict (verdict, label, "
            "reasons with their public sources, share); a table of everything present at each location (claims, "
            "zones and layers that reach it, network within the radius) with depth and validity; an HTML report "
            "with per location a depth column (logarithmic from 0 to 4000 m, and the top 5 m with cables and "
            "pipes), the verdict matrix with reasons, the preference ladder, drinking-water protection and the "
            "depth of a boringsvrije zone, the stapeling (claims present per band) and a plan map.\n\n"
            "<b>Sources.</b> The rules and ladder tables cite theirs (Nota Ruimte, provincial omgevingsverordening, "
            "Infomil, Structuurvisie Ondergrond, DGDO regional sessions 2025); default depths of cables and pipes: "
            "NEN 7171-1 and CROW 280.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.LOCATIONS, self.tr("Locations (points or polygons)"),
            [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.NAME_FIELD, self.tr("Name field of the locations"), "name", self.LOCATIONS, optional=True))
        self.add_inputs(area=False)
        self.addParameter(QgsProcessingParameterFile(
            self.LADDER, self.tr("Ladder table (CSV: context, rank, function, note, source)"),
            QgsProcessingParameterFile.Behavior.File, "csv", str(DEFAULT_LADDER), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.CELL_SIZE, self.tr("Cell size for polygon locations (m)"), QgsProcessingParameterNumber.Type.Double,
            5.0, minValue=0.01))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.NETWORK, self.tr("Cables, pipes and trees (optional)"), QgsProcessing.SourceType.TypeVectorAnyGeometry,
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.RADIUS, self.tr("Radius around each location for the network (m)"),
            QgsProcessingParameterNumber.Type.Double, 25.0, minValue=0.0, maxValue=10000.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.YEAR, self.tr("Year (optional: only what is valid then)"), QgsProcessingParameterNumber.Type.Integer,
            None, optional=True, minValue=1000, maxValue=9999))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.TABLE, self.tr("Verdicts per location, function and band"), QgsProcessing.SourceType.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.PRESENT, self.tr("Present at the locations"), QgsProcessing.SourceType.TypeVector, optional=True,
            createByDefault=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, self.tr("Location report (HTML)"), self.tr("HTML files (*.html)"), optional=True,
            createByDefault=True))
        self.addParameter(reportpdf.pdf_parameter(self.REPORT_PDF, self.tr("Location report (PDF)")))

    # ------------------------------------------------------------------------------ reading
    def _locations(self, parameters, context, feedback, crs):
        source = self.input_source(parameters, self.LOCATIONS, context)
        name_field = self.parameterAsString(parameters, self.NAME_FIELD, context) or "name"
        label = source.sourceName() if hasattr(source, "sourceName") else self.tr("locations")
        features = read_features(source, crs, context, feedback, fields=[name_field], label=label)
        if not len(features):
            raise QgsProcessingException(self.tr(
                "The locations layer {layer} has no features with a geometry; choose points or polygons.").format(
                layer=label))
        names = features.values(name_field)
        geoms = []
        for fid, geometry in zip(features.ids.tolist(), features.geoms):
            if shapely.get_dimensions(geometry) == 1:
                raise QgsProcessingException(self.tr(
                    "Locations layer {layer}, feature {fid}: a line is not a location; give points or "
                    "polygons.").format(layer=label, fid=fid))
            if shapely.get_dimensions(geometry) == 0 and shapely.get_num_geometries(geometry) > 1:
                feedback.pushWarning(self.tr("Locations layer {layer}, feature {fid}: a multipoint; its centroid is "
                                             "used.").format(layer=label, fid=fid))
                geometry = shapely.centroid(geometry)
            elif shapely.get_dimensions(geometry) == 0:
                geometry = shapely.get_geometry(geometry, 0)
            geoms.append(geometry)
        names = [self.tr("Location {fid}").format(fid=fid) if n is None or not str(n).strip() else str(n)
                 for n, fid in zip(names, features.ids.tolist())]
        return features.ids, names, geoms

    def _network(self, parameters, context, feedback, crs, locations, radius, year):
        layers = self.parameterAsLayerList(parameters, self.NETWORK, context) or []
        try:
            defaults = res.DefaultDepths.read(str(obstacles.DEFAULTS_CSV))
        except (TableError, ValueError) as error:
            raise core_error(error) from None
        reach = shapely.buffer(shapely.union_all(locations), radius) if len(locations) else None
        chunks = []
        for layer in layers:
            kind = obstacle_kind(layer)
            label = layer_label(layer)
            if kind is None:
                feedback.pushWarning(self.tr("Layer {layer} has no geometry and is left out.").format(layer=label))
                continue
            # the network layers' canonical fields (KLIC import, lagenbenadering template)
            features = read_features(layer, crs, context, feedback, fields=list(obstacles.CANONICAL.values()),
                                     label=label)
            if not len(features):
                continue
            near = np.flatnonzero(shapely.intersects(features.geoms, reach))
            if not len(near):
                continue
            types = features.values("utility_type") if features.has_field("utility_type") else [None] * len(features)
            # (unlike the reservation check, a line layer without types is 'overig' whatever its name)
            fallback = res.type_from_layer_name(label) if kind != res.LINE else res.FALLBACK_TYPE
            types = [fallback if types[i] is None or str(types[i]).strip() == "" else types[i] for i in near]
            chunks.append(obstacles.resolve(label, kind, features, obstacles.CANONICAL, defaults, types, rows=near))
        network = res.Obstacles.concat(chunks)
        if year is not None and len(network):
            keep = (network.year_from <= year) & (network.year_to >= year)
            network = res.Obstacles(*(getattr(network, name)[keep] for name in res.Obstacles.__dataclass_fields__))
        return network

    # --------------------------------------------------------------------------- algorithm
    def processAlgorithm(self, parameters, context, feedback):
        source = self.input_source(parameters, self.LOCATIONS, context)
        functions, rules, selected, bands, constraints, crs, grids = self.read_constraints(
            parameters, context, feedback, others=[source])
        try:
            ladder = preference.read_ladder(self.parameterAsFile(parameters, self.LADDER, context)
                                            or str(DEFAULT_LADDER), functions)
        except TableError as error:
            raise core_error(error) from None
        year = self.optional_number(parameters, self.YEAR, context)
        year = None if year is None else int(year)
        if year is not None:
            valid = constraints.valid_in(year)
            if not valid.all():
                feedback.pushInfo(self.tr("{n} constraint feature(s) are not valid in {year} and are left out.").format(
                    n=int((~valid).sum()), year=year))
            constraints = constraints.subset(valid)
        cell = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        radius = self.parameterAsDouble(parameters, self.RADIUS, context)
        ids, names, geoms = self._locations(parameters, context, feedback, crs)
        network = self._network(parameters, context, feedback, crs, geoms, radius, year)

        table, table_id = self.parameterAsSink(parameters, self.TABLE, context, make_fields(TABLE_FIELDS),
                                               QgsWkbTypes.Type.NoGeometry)
        if table is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.TABLE))
        present_sink, present_id = self.parameterAsSink(parameters, self.PRESENT, context,
                                                        make_fields(PRESENT_FIELDS), QgsWkbTypes.Type.NoGeometry)
        constraint_layers = self.parameterAsLayerList(parameters, self.CONSTRAINTS, context)
        single = layer_label(constraint_layers[0]) if len(constraint_layers) == 1 else ""
        path = reportpdf.report_html_path(self, parameters, context, self.REPORT, self.REPORT_PDF)
        sections = []
        nothing = []
        for index, (fid, name, geometry) in enumerate(zip(ids.tolist(), names, geoms)):
            check_canceled(feedback)
            try:
                result = core.evaluate(geometry, constraints, functions, rules, bands, selected, ladder, cell, grids)
            except ValueError as error:
                raise QgsProcessingException(self.tr("Location {name} (feature {fid}): {error}").format(
                    name=name, fid=fid, error=error)) from None
            self._write_table(table, fid, name, result, parameters)
            present_items = [{"layer": constraints.ids[i].rsplit(":", 1)[0] if ":" in constraints.ids[i] else single,
                              "id": constraints.ids[i].rsplit(":", 1)[-1], "kind": constraints.kinds[i],
                              "top": float(constraints.tops[i]), "bottom": float(constraints.bottoms[i]),
                              "from": _year(constraints.valid_from[i]), "to": _year(constraints.valid_to[i])}
                             for i in result.present.tolist()]
            near = np.flatnonzero(shapely.dwithin(network.geoms, geometry, radius)) if len(network) else []
            network_items = [{"layer": network.layer[i], "id": int(network.fid[i]), "label": "{} {}".format(
                network.utility_type[i], "" if np.isfinite(network.bottom[i]) else "?").strip(),
                "top": float(network.top[i]), "bottom": float(network.bottom[i]), "assumed": bool(network.assumed[i]),
                "diameter": float(2 * network.half_width[i]), "tree": network.kind[i] == res.POINT,
                "type": network.utility_type[i], "from": _year(network.year_from[i]),
                "to": _year(network.year_to[i]), "distance": float(shapely.distance(network.geoms[i], geometry))}
                for i in near]
            if not present_items and not network_items:
                nothing.append(fid)
            if present_sink is not None:
                self._write_present(present_sink, fid, name, present_items, network_items, parameters)
            if not path:
                feedback.setProgress(100.0 * (index + 1) / len(ids))
                continue
            sections.append(report.location_section(
                name, result, present_items, network_items, [constraints.geoms[i] for i in result.present.tolist()],
                [network.geoms[i] for i in near], radius, year, bands, selected))
            feedback.setProgress(100.0 * (index + 1) / len(ids))
        if nothing:
            feedback.pushInfo(self.tr("Nothing is present at location(s) {ids}: every function is judged on the "
                                      "rules without constraints there.").format(ids=id_list(nothing)))
        if not path:
            return {self.TABLE: table_id, self.PRESENT: present_id, self.REPORT: None, self.REPORT_PDF: None}
        subtitle = self.tr("{n} location(s); constraints: {constraints}; rules: {rules}.").format(
            n=len(ids), constraints=", ".join(layer_label(layer) for layer in constraint_layers),
            rules=os.path.basename(self.parameterAsFile(parameters, self.RULES, context) or "suitability_rules.csv"))
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(report.build_html(sections, self.tr("What can go where: location report"), subtitle))
        return {self.TABLE: table_id, self.PRESENT: present_id, self.REPORT: path,
                self.REPORT_PDF: reportpdf.write_report_pdf(self, parameters, self.REPORT_PDF, context, path, feedback)}

    def _write_table(self, sink, fid, name, result, parameters):
        features = []
        for entry in result.verdicts:
            for code in sorted(entry.cells):
                feature = QgsFeature()
                feature.setAttributes([fid, name, entry.function, entry.band.label, code, verdict_label(code),
                                       " | ".join(entry.reasons.get(code, [])), result.share(entry.cells[code])])
                features.append(feature)
        self.write(sink, features, parameters, self.TABLE)

    def _write_present(self, sink, fid, name, present_items, network_items, parameters):
        features = []
        for item in present_items:
            feature = QgsFeature()
            feature.setAttributes([fid, name, item["layer"], item["id"], item["kind"], None, item["top"],
                                   item["bottom"] if np.isfinite(item["bottom"]) else None,
                                   item["from"], item["to"], False, 0.0])
            features.append(feature)
        for item in network_items:
            feature = QgsFeature()
            feature.setAttributes([fid, name, item["layer"], str(item["id"]), None, item["type"], item["top"],
                                   item["bottom"] if np.isfinite(item["bottom"]) else None, item["from"], item["to"],
                                   item["assumed"], item["distance"]])
            features.append(feature)
        self.write(sink, features, parameters, self.PRESENT)
