"""Depth-band suitability: per depth band and per function, suitable / conditional / excluded, and why.

Thin: reads the constraint layers and the rule tables, calls ``core.suitability`` tile by tile,
writes the zone rasters to a temporary GeoTIFF (one band per band/function pair), polygonizes
each with GDAL into one feature per zone of equal verdict and reasons, and writes the matrix.
"""

import csv
import os
import tempfile

import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..compat import make_field
from ..core import suitability as core
from ..core.canonical import UNBOUNDED, VALID_FROM, VALID_TO, ZONE, is_null, to_float, year_range
from ..core.grid import Grid
from ..core.layermodel import LayerGrids
from ..core.paths import RULES_DIR
from ..core.tables import TableError
from . import groundlevel, reportpdf, zones
from .base import OndergrondAlgorithm, check_canceled, progress
from .importlayermodel import load_layer_model, report_depth_counts
from .io import DEFAULT_CRS, core_error, id_list, layer_label, read_features, working_crs
from .validation import check_extent

DEFAULT_RULES = RULES_DIR / "suitability_rules.csv"
DEFAULT_FUNCTIONS = RULES_DIR / "functions.csv"
# The zone field written by ondergrond:drinkingwaterprotection: read as the kind when a layer has
# no kind field, so its zones work as constraints without editing.
ZONE_FIELD = ZONE
# Validity (canonical VALID_FROM, VALID_TO): read so a year can select the constraints valid then (location report).
OUTPUT_FIELDS = (("band", "string"), ("band_top_m", "double"), ("band_bottom_m", "double"),
                 ("function", "string"), ("verdict", "int"), ("verdict_label", "string"),
                 ("reasons", "string"), ("area_m2", "double"))


class DepthBandSuitability(OndergrondAlgorithm):
    GROUP = "subsurface"
    CONSTRAINTS = "CONSTRAINTS"
    KIND_FIELD = "KIND_FIELD"
    TOP_FIELD = "TOP_FIELD"
    BOTTOM_FIELD = "BOTTOM_FIELD"
    RADIUS_FIELD = "RADIUS_FIELD"
    LAYER_MODEL = "LAYER_MODEL"
    LAYER_MODEL_KINDS = "LAYER_MODEL_KINDS"
    RULES = "RULES"
    FUNCTIONS_TABLE = "FUNCTIONS_TABLE"
    FUNCTIONS = "FUNCTIONS"
    BANDS = "BANDS"
    EXTENT = "EXTENT"
    CELL_SIZE = "CELL_SIZE"
    OUTPUT = "OUTPUT"
    MATRIX = "MATRIX"
    MATRIX_CSV = "MATRIX_CSV"
    MATRIX_PDF = "MATRIX_PDF"

    def name(self):
        return "depthbandsuitability"

    def displayName(self):
        return self.tr("Depth-band suitability")

    def shortHelpString(self):
        return self.tr(
            "Where can which function use the subsurface, per depth band: suitable, conditional or "
            "excluded, and why (the rules and the features behind each verdict).\n\n"
            "<b>Inputs.</b> Constraint layers (polygons; points and lines are widened by their radius_m "
            "field when present). Each feature has a kind (kind field; a layer without it uses its zone "
            "field, as written by Drinking-water protection zones, or else its layer name) and a depth range "
            "top_m-bottom_m in m below ground level (empty top = ground level, empty bottom = unbounded). "
            "The rules table (function, kind, verdict allowed/conditional/excluded/required, note) and the "
            "functions table (function, top_m, bottom_m: the depth range each function occupies) are CSV "
            "files, comma or semicolon separated, that you can copy and edit in Excel.\n\n"
            "<b>Method.</b> A function can only use a band that overlaps its depth range. Within R = the band "
            "intersected with the function's range, the verdict at a location is the worst (excluded > "
            "conditional > allowed) over all rules (function, kind) of the constraints present at that "
            "location whose depth range overlaps R; ranges that only touch do not overlap. A required rule "
            "means the function needs such a constraint overlapping R: where none is, the verdict is excluded "
            "with the reason 'no <kind>'. Kinds without a rule for the function have no effect; where no rule "
            "applies the verdict is suitable. A rule with applies = above (an optional column of the rules table) "
            "also counts constraints that lie above the window: the function drills through them (the bundled "
            "kleilaag rules). Kinds that appear in no rule are listed in a warning. The area "
            "is evaluated on a grid of cell size (m) cells: a cell counts when its centre lies inside a "
            "polygon, within the radius of a point or line, or (radius 0) on a cell the point or line "
            "touches.\n\n"
            "<b>Layer model.</b> Optionally a REGIS II / nlmod / GeoTOP layer model (netCDF, m NAP; see Import "
            "subsurface layer model) is read directly as grids, without polygons: each layer gets its kind from "
            "the kinds table (bundled: REGIS II clay units 'kleilaag', sand units 'aquifer') and counts in a "
            "cell where its depth below the model's top overlaps the window, like a constraint of that kind. "
            "The constraint layers may then be left empty; the area defaults to the model's extent. Choose a "
            "cell size equal to the model's (REGIS II: 100 m) or a multiple of it.\n\n"
            "<b>Outputs.</b> Polygons, one per band, function and zone of equal verdict and reasons (verdict 1 "
            "suitable, 2 conditional, 3 excluded); a matrix (HTML, and CSV with the same numbers) of the area "
            "per verdict for every function and band. Leave the polygon output empty for a quick run that "
            "only writes the matrix.\n\n"
            "<b>Heights in m NAP</b> (advanced). Name the fields that hold the top and/or bottom in m NAP and "
            "give a ground-level raster in m NAP (AHN) or a value: where those fields hold a value, the depth is "
            "ground level minus height, as NAP to depth below ground computes it (a top above ground becomes 0). "
            "Features with a negative depth (above ground level) or a top below their bottom are skipped and "
            "listed in the log; they never stop the run.\n\n"
            "<b>Defaults.</b> Bands 0-3, 3-30, 30-100, 100-500, 500-1500, 1500-4000 m show both edges of the "
            "'deep subsurface' (100 m, DGDO; 500 m, WKO-tool/TNO). The bundled tables rules/functions.csv and "
            "rules/suitability_rules.csv give a source on every row (Nota Ruimte, DGDO regional sessions, "
            "provincial practice); they are a starting point, not policy: use your province's own rules. "
            "Cell size 25 m.")

    def initAlgorithm(self, config=None):
        self.add_inputs()
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Suitability per depth band"), QgsProcessing.SourceType.TypeVectorPolygon,
            optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.MATRIX, self.tr("Suitability matrix (HTML)"), self.tr("HTML files (*.html)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.MATRIX_CSV, self.tr("Suitability matrix (CSV)"), self.tr("CSV files (*.csv)"), optional=True))
        self.addParameter(reportpdf.pdf_parameter(self.MATRIX_PDF, self.tr("Suitability matrix (PDF)")))

    def add_inputs(self, area=True):
        """The constraint, table and band parameters and, with ``area``, the extent and cell size (shared
        with the preference ladder and the location report)."""
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.CONSTRAINTS, self.tr("Constraint layers"), QgsProcessing.SourceType.TypeVectorAnyGeometry,
            optional=True))
        for name, description, default in (
                (self.KIND_FIELD, self.tr("Kind field (without it: the zone field or the layer name)"), "kind"),
                (self.TOP_FIELD, self.tr("Top field (m below ground level)"), "top_m"),
                (self.BOTTOM_FIELD, self.tr("Bottom field (m below ground level)"), "bottom_m"),
                (self.RADIUS_FIELD, self.tr("Radius field for points and lines (m)"), "radius_m")):
            self.addParameter(QgsProcessingParameterString(name, description, defaultValue=default, optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.LAYER_MODEL, self.tr("Layer model (netCDF: REGIS II, nlmod or GeoTOP; m NAP)"),
            QgsProcessingParameterFile.Behavior.File, "nc", optional=True))
        self.addParameter(QgsProcessingParameterFile(
            self.LAYER_MODEL_KINDS, self.tr("Kinds of the layer model's units (CSV: code, kind, name, source)"),
            QgsProcessingParameterFile.Behavior.File, "csv", None, optional=True))  # empty = bundled, found at run time
        self.addParameter(QgsProcessingParameterFile(
            self.RULES, self.tr("Rules table (CSV: function, kind, verdict, note)"),
            QgsProcessingParameterFile.Behavior.File, "csv", None, optional=True))  # empty = bundled, found at run time
        self.addParameter(QgsProcessingParameterFile(
            self.FUNCTIONS_TABLE, self.tr("Functions table (CSV: function, top_m, bottom_m)"),
            QgsProcessingParameterFile.Behavior.File, "csv", None, optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.FUNCTIONS, self.tr("Functions to evaluate (comma-separated; empty = all)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.BANDS, self.tr("Depth bands (m below ground level, e.g. 0-3,3-30)"),
            defaultValue=core.DEFAULT_BANDS))
        for definition in groundlevel.ground_parameters():
            self.addParameter(definition)
        if not area:
            return
        self.addParameter(QgsProcessingParameterExtent(
            self.EXTENT, self.tr("Area to evaluate (empty = extent of the constraints)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.CELL_SIZE, self.tr("Cell size (m)"), QgsProcessingParameterNumber.Type.Double, 25.0,
            minValue=0.01))

    # ------------------------------------------------------------------------------ reading
    def _tables(self, parameters, context):
        rules_path = self.parameterAsFile(parameters, self.RULES, context) or str(DEFAULT_RULES)
        functions_path = self.parameterAsFile(parameters, self.FUNCTIONS_TABLE, context) or str(DEFAULT_FUNCTIONS)
        try:
            functions = core.read_functions(functions_path)
            rules = core.read_rules(rules_path, functions)
            selected = core.select_functions(functions, self.parameterAsString(parameters, self.FUNCTIONS, context))
            bands = core.parse_bands(self.parameterAsString(parameters, self.BANDS, context))
        except (TableError, ValueError) as error:
            raise core_error(error) from None
        return functions, rules, selected, bands

    def checkParameterValues(self, parameters, context):
        ok, message = super().checkParameterValues(parameters, context)
        if ok and any(groundlevel.nap_field_names(self, parameters, context)) and \
                not groundlevel.GroundLevel.given(self, parameters, context):
            return False, self.tr("NAP fields need a ground level: give a ground-level raster (m NAP, AHN) or value.")
        return ok, message

    def _constraints(self, layers, names, crs, context, feedback, nap_names=(None, None), ground=None):
        kind_name, top_name, bottom_name, radius_name = names
        geoms, kinds, tops, bottoms, radii, ids, valid_from, valid_to = [], [], [], [], [], [], [], []
        qualify = len(layers) > 1
        for layer in layers:
            layer_name = layer_label(layer)
            if layer.geometryType() not in (QgsWkbTypes.GeometryType.PointGeometry,
                                            QgsWkbTypes.GeometryType.LineGeometry,
                                            QgsWkbTypes.GeometryType.PolygonGeometry):
                raise QgsProcessingException(self.tr(
                    "Layer {layer} has no geometry; choose layers of polygons, lines or points. An Omgevingswet GML "
                    "(STOP GIO / IMOW) has geometry that GDAL does not find: read it with Import legal zones "
                    "(Omgevingswet) first.").format(
                    layer=layer_name))
            features = read_features(layer, crs, context, feedback,
                                     fields=[kind_name, ZONE_FIELD, top_name, bottom_name, radius_name,
                                             VALID_FROM, VALID_TO, *nap_names], label=layer_name)
            if features.has_field(kind_name):
                kind_values, kind_source = features.values(kind_name), kind_name
            elif features.has_field(ZONE_FIELD):
                kind_values, kind_source = features.values(ZONE_FIELD), ZONE_FIELD
                feedback.pushInfo(self.tr("{layer}: no field '{kind}', the kinds are read from its field "
                                          "'{zone}'.").format(layer=layer_name, kind=kind_name, zone=ZONE_FIELD))
            else:
                kind_values, kind_source = [layer_name] * len(features), None
                feedback.pushInfo(self.tr("{layer}: no field '{kind}', its layer name is the kind.").format(
                    layer=layer_name, kind=kind_name))
            tops_in, bottoms_in = features.values(top_name), features.values(bottom_name)
            try:
                tops_in, bottoms_in, no_ground = groundlevel.convert_nap_fields(
                    features, tops_in, bottoms_in, nap_names, ground, crs, context, feedback, layer_name)
            except ValueError as error:
                raise core_error(error) from None
            radii_in = features.values(radius_name)
            froms_in, tos_in = features.values(VALID_FROM), features.values(VALID_TO)
            without_kind, bad_validity, negative, inverted = [], [], [], []
            for i, fid in enumerate(features.ids.tolist()):
                check_canceled(feedback)
                kind = kind_values[i]
                if is_null(kind) or not str(kind).strip():
                    without_kind.append(fid)
                    continue
                if no_ground[i]:  # heights in m NAP off the ground-level raster: reported, left out
                    continue
                what = self.tr("Layer {layer}, feature {fid}, fields {top}/{bottom}").format(
                    layer=layer_name, fid=fid, top=top_name, bottom=bottom_name)
                try:
                    top, bottom = to_float(tops_in[i], what), to_float(bottoms_in[i], what)
                    radius = to_float(radii_in[i], self.tr("Layer {layer}, feature {fid}, field {field}").format(
                        layer=layer_name, fid=fid, field=radius_name)) or 0.0
                except ValueError as error:
                    raise core_error(error) from None
                try:
                    first, last = year_range(froms_in[i], tos_in[i])
                except ValueError:
                    first = last = None  # validity only selects by year; a bad one leaves the feature in
                    bad_validity.append(fid)
                # Negative or inverted depths never abort a run: counted, reported, the feature left out.
                if (top is not None and top < 0) or (bottom is not None and bottom < 0):
                    negative.append(fid)
                    continue
                top = 0.0 if top is None else top
                bottom = UNBOUNDED if bottom is None else bottom
                if top > bottom:
                    inverted.append(fid)
                    continue
                if radius < 0:
                    raise QgsProcessingException(self.tr(
                        "Layer {layer}, feature {fid}, field {field}: the radius {radius} m is negative.").format(
                        layer=layer_name, fid=fid, field=radius_name, radius=radius))
                geoms.append(features.geoms[i])
                kinds.append(str(kind).strip())
                tops.append(top)
                bottoms.append(bottom)
                radii.append(radius)
                valid_from.append(first)
                valid_to.append(last)
                ids.append("{}:{}".format(layer_name, fid) if qualify else str(fid))
            self._report_depths(layer_name, top_name, bottom_name, negative, inverted, feedback)
            if bad_validity:
                feedback.pushWarning(self.tr(
                    "{layer}: {n} feature(s) have a {start}/{end} that is not a year or date, or that ends before it "
                    "starts (feature ids {ids}); they count as valid in every year.").format(
                    layer=layer_name, n=len(bad_validity), start=VALID_FROM, end=VALID_TO, ids=id_list(bad_validity)))
            if without_kind:
                feedback.reportError(self.tr(
                    "{layer}: skipped {n} feature(s) with an empty kind in field '{field}' (feature ids {ids}); "
                    "fill in the kind to take them into account.").format(
                    layer=layer_name, n=len(without_kind), field=kind_source, ids=id_list(without_kind)),
                    fatalError=False)
        return core.Constraints.build(geoms, kinds, tops, bottoms, radii, ids, valid_from, valid_to)

    def _report_depths(self, layer_name, top_name, bottom_name, negative, inverted, feedback):
        if negative:
            feedback.reportError(self.tr(
                "{layer}: skipped {n} feature(s) with a negative depth in {top}/{bottom} (above ground level; depths "
                "are metres below ground) (feature ids {ids}); correct them, or convert heights in m NAP with the "
                "NAP fields and a ground level.").format(
                layer=layer_name, n=len(negative), top=top_name, bottom=bottom_name, ids=id_list(negative)),
                fatalError=False)
        if inverted:
            feedback.reportError(self.tr(
                "{layer}: skipped {n} feature(s) whose top in {top} lies below their bottom in {bottom} (feature "
                "ids {ids}); swap or correct the values.").format(
                layer=layer_name, n=len(inverted), top=top_name, bottom=bottom_name, ids=id_list(inverted)),
                fatalError=False)

    def _grid(self, parameters, context, crs, constraints, grids=None):
        cell = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        extent = self.parameterAsExtent(parameters, self.EXTENT, context, crs)
        if parameters.get(self.EXTENT) and extent is not None and not extent.isNull():
            check_extent(extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum(),
                         self.parameterDefinition(self.EXTENT).description())
        if extent is None or extent.isNull() or extent.isEmpty():
            if not len(constraints) and grids is None:
                raise QgsProcessingException(self.tr(
                    "The constraint layers hold no features; give an area to evaluate (EXTENT)."))
            boxes = []
            if len(constraints):
                bounds = shapely.bounds(constraints.geoms)
                grow = constraints.radii
                boxes.append((float((bounds[:, 0] - grow).min()), float((bounds[:, 1] - grow).min()),
                              float((bounds[:, 2] + grow).max()), float((bounds[:, 3] + grow).max())))
            if grids is not None:
                boxes.append(grids.bounds())
            xmin, ymin = min(b[0] for b in boxes), min(b[1] for b in boxes)
            xmax, ymax = max(b[2] for b in boxes), max(b[3] for b in boxes)
        else:
            xmin, ymin, xmax, ymax = extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()
        needed = core.cells_needed(xmin, ymin, xmax, ymax, cell)
        if needed > core.MAX_SUITABILITY_CELLS:  # refuse before anything is allocated
            raise QgsProcessingException(self.tr(
                "The area holds {n:,} cells of {cell} m, more than the {max:,} this algorithm can evaluate; "
                "choose a larger cell size or a smaller area.").format(
                n=needed, cell=cell, max=core.MAX_SUITABILITY_CELLS))
        try:
            return Grid.from_extent(xmin, ymin, xmax, ymax, cell)
        except ValueError as error:
            raise core_error(error) from None

    # --------------------------------------------------------------------------- algorithm
    def read_constraints(self, parameters, context, feedback, others=()):
        """(functions, rules, selected functions, bands, core.Constraints, working crs); ``others``: more
        input layers that take part in choosing the working CRS."""
        functions, rules, selected, bands = self._tables(parameters, context)
        layers = self.parameterAsLayerList(parameters, self.CONSTRAINTS, context)
        model_path = self.parameterAsFile(parameters, self.LAYER_MODEL, context)
        if not layers and not model_path:
            raise QgsProcessingException(self.tr("Choose at least one constraint layer or a layer model."))
        grids = None
        if model_path:
            model, kinds, _ = load_layer_model(
                model_path, self.parameterAsFile(parameters, self.LAYER_MODEL_KINDS, context), feedback, self.tr)
            grids = LayerGrids(model, kinds)
            crs = QgsCoordinateReferenceSystem(DEFAULT_CRS)  # the model's grid: constraints are reprojected to it
        else:
            crs = working_crs(list(others) + layers, context, feedback)
        names = [self.parameterAsString(parameters, p, context) or d for p, d in (
            (self.KIND_FIELD, "kind"), (self.TOP_FIELD, "top_m"), (self.BOTTOM_FIELD, "bottom_m"),
            (self.RADIUS_FIELD, "radius_m"))]
        nap_names = groundlevel.nap_field_names(self, parameters, context)
        ground = groundlevel.GroundLevel.from_parameters(self, parameters, context) if any(nap_names) else None
        if any(nap_names) and ground is None:
            raise QgsProcessingException(self.tr(
                "NAP fields need a ground level: give a ground-level raster (m NAP, AHN) or value."))
        constraints = self._constraints(layers, names, crs, context, feedback, nap_names, ground)
        return functions, rules, selected, bands, constraints, crs, grids

    def read_inputs(self, parameters, context, feedback):
        """Tables, constraints, layer model and grid -> (core.Suitability, crs); warns about kinds without
        rules and features outside the area (shared with the preference ladder)."""
        functions, rules, selected, bands, constraints, crs, grids = self.read_constraints(
            parameters, context, feedback)
        grid = self._grid(parameters, context, crs, constraints, grids)
        if grids is not None and abs(grid.cell - grids.model.cell) > 1e-9 and grid.cell < grids.model.cell:
            feedback.pushInfo(self.tr("The cell size ({cell} m) is finer than the layer model's ({model} m): each "
                                      "cell takes the layers of the model cell its centre lies in.").format(
                cell=grid.cell, model=grids.model.cell))
        try:
            suit = core.Suitability(grid, constraints, functions, rules, bands, selected, layers=grids)
        except ValueError as error:
            raise core_error(error) from None
        unused = suit.unused_kinds()
        if unused:
            feedback.pushWarning(self.tr("These kinds appear in no rule and have no effect: {kinds}.").format(
                kinds=", ".join(unused)))
        outside = suit.outside()
        if outside:
            feedback.pushWarning(self.tr("{n} feature(s) lie outside the area and have no effect: {ids}.").format(
                n=len(outside), ids=id_list(outside)))
        if not suit.pairs:
            raise QgsProcessingException(self.tr(
                "None of the chosen functions reaches any of the depth bands; check the bands and the "
                "functions table."))
        feedback.pushInfo(self.tr("{pairs} band/function combinations on {ncols} x {nrows} cells of {cell} m, "
                                  "{n} constraint features.").format(
            pairs=len(suit.pairs), ncols=grid.ncols, nrows=grid.nrows, cell=grid.cell, n=len(constraints)))
        return suit, crs

    def processAlgorithm(self, parameters, context, feedback):
        suit, crs = self.read_inputs(parameters, context, feedback)
        grid, constraints, functions, bands = suit.grid, suit.constraints, suit.functions, suit.bands

        fields = QgsFields()
        for name, kind in OUTPUT_FIELDS:
            fields.append(make_field(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                             QgsWkbTypes.Type.MultiPolygon, crs)
        if sink is None and parameters.get(self.OUTPUT) is not None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))

        if sink is None:  # only the matrix: no zone rasters, no polygons
            zones.evaluate_tiles(suit.run(progress(feedback, 0.0, 100.0)), feedback)
        else:
            with tempfile.TemporaryDirectory(prefix="ondergrond_suitability_") as folder:
                raster = zones.zone_raster(grid, crs, os.path.join(folder, "zones.tif"), len(suit.groups),
                                           suit.run(progress(feedback, 0.0, 40.0)), feedback)
                self._polygonize(raster, suit, sink, feedback, parameters)
                raster = None

        if suit.layers is not None:
            report_depth_counts(suit.layers.counts, feedback, self.tr)
        matrix = suit.matrix()
        html_path = self.parameterAsFileOutput(parameters, self.MATRIX, context)
        subtitle = self.tr("{n} constraint features, cells of {cell} m; rules: {rules}").format(
            n=len(constraints), cell=grid.cell,
            rules=os.path.basename(self.parameterAsFile(parameters, self.RULES, context) or str(DEFAULT_RULES)))
        with open(html_path, "w", encoding="utf-8") as handle:
            handle.write(core.matrix_html(matrix, bands, functions, subtitle=subtitle))
        csv_path = self.parameterAsFileOutput(parameters, self.MATRIX_CSV, context)
        if csv_path:
            with open(csv_path, "w", encoding="utf-8", newline="") as handle:
                csv.writer(handle).writerows(core.matrix_csv_rows(matrix, bands, functions))
        self.style_output(context, dest_id, "depthbandsuitability")
        return {self.OUTPUT: dest_id if sink is not None else None, self.MATRIX: html_path,
                self.MATRIX_CSV: csv_path or None,
                self.MATRIX_PDF: reportpdf.write_report_pdf(self, parameters, self.MATRIX_PDF, context, html_path,
                                                            feedback, landscape=True)}

    def _polygonize(self, dataset, suit, sink, feedback, parameters):
        """One feature per connected zone of each group's band and pair of the group, with the pair's
        verdict and reasons."""
        for index, group in enumerate(suit.groups):
            fixed = [(pair, pair.band.label, pair.band.top, None if pair.band.bottom == UNBOUNDED else
                      pair.band.bottom, pair.function) for pair in group.pairs]
            attributes = {}
            batch = []
            for zone, geometry, area in zones.polygons(dataset, index, feedback):
                for pair, band, top, bottom, function in fixed:
                    key = (pair.index, zone)
                    if key not in attributes:
                        attributes[key] = suit.zone_attributes(pair, zone)
                    verdict, label, reasons = attributes[key]
                    feature = QgsFeature()
                    feature.setGeometry(geometry)
                    feature.setAttributes([band, top, bottom, function, verdict, label, reasons, area])
                    batch.append(feature)
                if len(batch) >= 5000:
                    self.write(sink, batch, parameters, self.OUTPUT)
                    batch = []
            self.write(sink, batch, parameters, self.OUTPUT)
            feedback.setProgress(40.0 + 60.0 * (index + 1) / len(suit.groups))
