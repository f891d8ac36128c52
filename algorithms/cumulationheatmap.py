"""Cumulation heatmap (stapelingskaart): where claims on the subsurface pile up."""

import numpy as np
from osgeo import gdal
from qgis.core import (
    QgsFeature,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..compat import make_fields
from ..core import canonical, cumulation
from ..core import groundlevel as ground_core
from ..core import hotspots as hotspots_core
from ..core.canonical import EFFECT_RADIUS, to_float
from ..core.i18n import tr
from . import groundlevel
from .base import OndergrondAlgorithm, StylePostProcessor, advanced, check_canceled, progress
from .io import core_error, id_list, layer_label, read_features, to_qgs, working_crs
from .presentation import stretch_pseudocolor

# The hotspot layer's fields (tests/test_styles.py checks styles/cumulationhotspots.qml against them).
HOTSPOT_FIELDS = (("hotspot_id", "int"), ("max_value", "double"), ("area_m2", "double"),
                  ("n_features", "int"), ("contributors", "string"))


def stretch_heatmap(layer, maximum):
    """Scale the heatmap style's colour ramp (defined on 0..1 in the QML) to 0..``maximum`` (once)."""
    stretch_pseudocolor(layer, maximum)
    layer.triggerRepaint()


class HeatmapStyle(StylePostProcessor):
    """The heatmap QML, its ramp stretched to the raster's maximum."""

    def __init__(self, qml_path, maximum):
        super().__init__(qml_path)
        self.maximum = maximum

    def postProcessLayer(self, layer, context, feedback):
        super().postProcessLayer(layer, context, feedback)
        stretch_heatmap(layer, self.maximum)


class FeatureLabels:
    """"Layer 'x', feature 7" for each claim, formatted only when a message needs one."""

    def __init__(self, layer_names, layer_of, fids):
        self.layer_names, self.layer_of, self.fids = layer_names, np.asarray(layer_of), np.asarray(fids)

    def __len__(self):
        return len(self.fids)

    def __getitem__(self, i):
        return tr("Layer '{layer}', feature {fid}").format(
            layer=self.layer_names[self.layer_of[i]], fid=self.fids[i])


# Where three or more claims stack, a default run marks a hotspot (the stacking of claims that the
# DGDO regiosessies 2025 raise as a concern); a planner's choice, explained in the help.
DEFAULT_THRESHOLD = 3.0


class CumulationHeatmap(OndergrondAlgorithm):
    GROUP = "subsurface"
    LAYERS = "LAYERS"
    WEIGHT_FIELD = "WEIGHT_FIELD"
    CATEGORY_FIELD = "CATEGORY_FIELD"
    RADIUS_FIELD = "RADIUS_FIELD"
    TOP_FIELD = "TOP_FIELD"
    BOTTOM_FIELD = "BOTTOM_FIELD"
    FROM_FIELD = "FROM_FIELD"
    TO_FIELD = "TO_FIELD"
    DECAY = "DECAY"
    MODE = "MODE"
    CELL_SIZE = "CELL_SIZE"
    EXTENT = "EXTENT"
    DEPTH_TOP = "DEPTH_TOP"
    DEPTH_BOTTOM = "DEPTH_BOTTOM"
    YEAR = "YEAR"
    THRESHOLD = "THRESHOLD"
    OUTPUT = "OUTPUT"
    HOTSPOTS = "HOTSPOTS"
    MAX_VALUE = "MAX_VALUE"
    CLAIMS = "CLAIMS"
    HOTSPOT_COUNT = "HOTSPOT_COUNT"

    def name(self):
        return "cumulationheatmap"

    def displayName(self):
        return self.tr("Cumulation heatmap")

    def shortHelpString(self):
        return self.tr(
            "Shows where claims and effects on the subsurface stack up (cumulation): how many, how many "
            "different kinds and how heavy, within a depth band and for a given year. \"The effect of one "
            "development can be overseen; the cumulation of separate developments often has a larger "
            "effect\" (Nota Ruimte).\n\n"
            "Input: any number of point, line and polygon layers (claims, activities, effect areas). Per "
            "feature: a weight (field 'weight'; a layer without it weighs 1 per feature, an empty value "
            "counts as 1), a category (field 'kind'; without it the layer name is the category) and an "
            "effect radius in m (field 'effect_radius_m'; absent or empty = 0).\n\n"
            "A feature covers a raster cell when the cell's centre lies inside the feature or within its "
            "effect radius of it (distance ≤ radius); points and lines with radius 0 cover every cell "
            "they touch. Per cell the result is, depending on the mode: the number of features, the sum "
            "of their weights, the number of different categories, or the largest weight. With linear "
            "decay a weight counts as weight x (1 - d/R), d the distance from the cell centre to the "
            "feature (0 inside a polygon) and R its radius; decay does not change counts. Cells nothing "
            "covers are 0.\n\n"
            "Depth window (m below ground level): only features whose top_m-bottom_m range overlaps the "
            "window count (empty top = ground level, empty bottom = unbounded; ranges that only touch do "
            "not overlap). Year: only features valid in that year count (valid_from ≤ year ≤ valid_to, "
            "inclusive, empty = open-ended). With a depth window, heights in m NAP can be read instead "
            "(advanced: the top and/or bottom field in m NAP and a ground-level raster in m NAP, AHN, or a "
            "value; depth = ground level - height, a top above ground becomes 0). Features with a negative "
            "depth or a top below their bottom are skipped and listed in the log; they never stop the run.\n\n"
            "Output: a Float32 GeoTIFF in a projected metre CRS (inputs in degrees are reprojected to "
            "EPSG:28992), starting at the extent's top-left corner. The default extent is the inputs' "
            "extent grown by the largest effect radius, snapped outward to the cell grid. The default "
            "cell size of 25 m is a plan-scale choice; large areas are computed tile by tile, so memory "
            "stays bounded. With a threshold, hotspots are the connected areas where the value is at "
            "least the threshold, with their largest value, area (m2) and contributors: the categories "
            "and the number of features of each that cover the hotspot.\n\n"
            "Negative weights (read in the weight modes only) or radii are refused with the feature named. "
            "Inputs are never changed."
        ) + "\n\n" + self.tr(
            "Defaults: the hotspot threshold is 3, so a default run marks where three or more claims (or "
            "kinds, or weight 3) stack in a cell: the stacking of claims the DGDO regiosessies (2025) name "
            "as a concern. Set your own threshold, or clear it for no hotspots. The year is empty by "
            "default: every claim counts, whatever its validity; give a year (e.g. 2035) to see one moment.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.LAYERS, self.tr("Claim layers (points, lines, polygons)"),
            QgsProcessing.SourceType.TypeVectorAnyGeometry))
        fields = (
            (self.WEIGHT_FIELD, self.tr("Weight field (a layer without it weighs 1 per feature)"), "weight", False),
            (self.CATEGORY_FIELD, self.tr("Category field (a layer without it uses its layer name)"), "kind",
             False),
            (self.RADIUS_FIELD, self.tr("Effect radius field (m; absent = 0)"), EFFECT_RADIUS, False),
            (self.TOP_FIELD, self.tr("Top of the claim field (m below ground level)"), canonical.TOP, True),
            (self.BOTTOM_FIELD, self.tr("Bottom of the claim field (m below ground level)"), canonical.BOTTOM,
             True),
            (self.FROM_FIELD, self.tr("Valid from field (year or date)"), canonical.VALID_FROM, True),
            (self.TO_FIELD, self.tr("Valid to field (year or date)"), canonical.VALID_TO, True),
        )
        for name, description, default, is_advanced in fields:
            parameter = QgsProcessingParameterString(name, description, defaultValue=default, optional=True)
            self.addParameter(advanced(parameter) if is_advanced else parameter)
        self.addParameter(QgsProcessingParameterEnum(
            self.MODE, self.tr("Value per cell"),
            [self.tr("Number of features"), self.tr("Sum of weights"), self.tr("Number of different categories"),
             self.tr("Largest weight")], defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            self.DECAY, self.tr("Weight within the effect radius"),
            [self.tr("Full weight (no decay)"), self.tr("Linear decay to 0 at the radius")], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            self.CELL_SIZE, self.tr("Cell size (m)"), QgsProcessingParameterNumber.Type.Double, defaultValue=25.0,
            minValue=0.0))
        self.addParameter(QgsProcessingParameterExtent(
            self.EXTENT, self.tr("Extent (default: the inputs grown by the largest effect radius)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.DEPTH_TOP, self.tr("Depth window top (m below ground level)"),
            QgsProcessingParameterNumber.Type.Double, optional=True, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.DEPTH_BOTTOM, self.tr("Depth window bottom (m below ground level)"),
            QgsProcessingParameterNumber.Type.Double, optional=True, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.YEAR, self.tr("Year (only features valid in this year)"), QgsProcessingParameterNumber.Type.Integer,
            optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.THRESHOLD, self.tr("Hotspot threshold (cells with a value at least this)"),
            QgsProcessingParameterNumber.Type.Double, defaultValue=DEFAULT_THRESHOLD, optional=True))
        for definition in groundlevel.ground_parameters():
            self.addParameter(definition)
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Cumulation heatmap")))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.HOTSPOTS, self.tr("Hotspots"), QgsProcessing.SourceType.TypeVectorPolygon, optional=True,
            createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber(self.MAX_VALUE, self.tr("Largest cell value")))
        self.addOutput(QgsProcessingOutputNumber(self.CLAIMS, self.tr("Number of features counted")))
        self.addOutput(QgsProcessingOutputNumber(self.HOTSPOT_COUNT, self.tr("Number of hotspots")))

    # -- reading ---------------------------------------------------------------------------------

    def _numeric_values(self, layer, features, field, what, default, label):
        """Numbers of ``field`` per feature; ``default`` where the field is absent or NULL."""
        if not field or not features.has_field(field):
            return np.full(len(features), default, float), 0
        if not layer.fields().field(field).isNumeric():
            raise QgsProcessingException(self.tr(
                "Layer '{layer}': the {what} field '{field}' is not numeric ({type}). Choose a numeric field "
                "or convert it with the field calculator.").format(
                    layer=label, what=what, field=field, type=layer.fields().field(field).typeName()))
        raw = features.values(field)
        try:
            values = np.array(raw, dtype=float)  # None (NULL) becomes NaN
        except (TypeError, ValueError):  # e.g. a decimal type: one by one, naming a bad value's feature
            numbers = [to_float(value, "{}, feature {}".format(label, fid)) for value, fid in zip(raw, features.ids)]
            values = np.array([np.nan if number is None else number for number in numbers], float)
        empty = np.isnan(values)
        values[empty] = default
        return values, int(empty.sum())

    def _read(self, parameters, context, feedback):
        layers = self.parameterAsLayerList(parameters, self.LAYERS, context)
        if not layers:
            raise QgsProcessingException(self.tr("Choose at least one claim layer."))
        crs = working_crs(layers, context, feedback)
        names = {key: self.field_name(parameters, key, context) for key in (
            self.WEIGHT_FIELD, self.CATEGORY_FIELD, self.RADIUS_FIELD, self.TOP_FIELD, self.BOTTOM_FIELD,
            self.FROM_FIELD, self.TO_FIELD)}
        # Read only what this run uses: weights for the weight modes, categories for distinct
        # categories and the hotspots' contributors (every attribute read costs per feature).
        mode = self.parameterAsEnum(parameters, self.MODE, context)
        if mode not in (cumulation.SUM, cumulation.MAX):
            names[self.WEIGHT_FIELD] = None
        if mode != cumulation.DISTINCT and self.optional_number(parameters, self.THRESHOLD, context) is None:
            names[self.CATEGORY_FIELD] = None
        top = self.optional_number(parameters, self.DEPTH_TOP, context)
        bottom = self.optional_number(parameters, self.DEPTH_BOTTOM, context)
        try:
            window = cumulation.depth_window(top, bottom) if top is not None or bottom is not None else None
        except ValueError as error:
            raise core_error(error) from None
        year = self.optional_number(parameters, self.YEAR, context)
        year = int(year) if year is not None else None
        nap_names = groundlevel.nap_field_names(self, parameters, context)
        ground = groundlevel.GroundLevel.from_parameters(self, parameters, context) if any(nap_names) else None
        if window is not None and any(nap_names) and ground is None:
            raise QgsProcessingException(self.tr(
                "NAP fields need a ground level: give a ground-level raster (m NAP, AHN) or value."))
        if window is None:
            names[self.TOP_FIELD] = names[self.BOTTOM_FIELD] = None
            nap_names = (None, None)
        names["nap_top"], names["nap_bottom"] = nap_names
        if year is None:
            names[self.FROM_FIELD] = names[self.TO_FIELD] = None

        from .validation import check_fields_exist  # (local: keeps the import block as other branches edit it)

        check_fields_exist(self, parameters, context, feedback, [key for key, name in names.items() if name],
                           [(layer_label(layer), layer.fields().names()) for layer in layers])
        geoms, weights, radii, categories, layer_of, fids = [], [], [], [], [], []
        category_names = {}
        excluded = 0
        empty_layers = []
        for n, layer in enumerate(layers):
            check_canceled(feedback)
            label = layer_label(layer)
            feedback.pushInfo(self.tr("Reading {layer} ...").format(layer=label))
            features = read_features(layer, crs, context, feedback, fields=list(names.values()), label=label)
            if len(features) == 0:
                empty_layers.append(label)
                continue
            weight, empty_weights = self._numeric_values(
                layer, features, names[self.WEIGHT_FIELD], self.tr("weight"), 1.0, label)
            radius, _ = self._numeric_values(
                layer, features, names[self.RADIUS_FIELD], self.tr("effect radius"), 0.0, label)
            if empty_weights:
                feedback.pushWarning(self.tr("{layer}: {n} feature(s) without a weight count with weight 1.").format(
                    layer=label, n=empty_weights))
            feature_labels = FeatureLabels([label], np.zeros(len(features), np.int64), features.ids)
            tops, bottoms = features.values(names[self.TOP_FIELD]), features.values(names[self.BOTTOM_FIELD])
            try:
                dropped = np.zeros(len(features), bool)
                if window is not None:
                    tops, bottoms, dropped = groundlevel.convert_nap_fields(
                        features, tops, bottoms, nap_names, ground, crs, context, feedback, label)
                    dropped = dropped | self._bad_depths(features, tops, bottoms, names, label, feedback)
                    tops = [None if drop else value for value, drop in zip(tops, dropped)]
                    bottoms = [None if drop else value for value, drop in zip(bottoms, dropped)]
                keep = cumulation.select_claims(
                    feature_labels, tops, bottoms, features.values(names[self.FROM_FIELD]),
                    features.values(names[self.TO_FIELD]), window=window, year=year)
            except ValueError as error:
                raise core_error(error) from None
            keep &= ~dropped
            excluded += int((~keep).sum())
            kinds = features.values(names[self.CATEGORY_FIELD])  # None for NULL (read_features)
            kinds = [str(kinds[i]).strip() if kinds[i] is not None else "" for i in np.flatnonzero(keep)]
            kinds = [kind or label for kind in kinds]
            for kind in dict.fromkeys(kinds):  # codes in order of first appearance
                category_names.setdefault(kind, len(category_names))
            categories.extend(category_names[kind] for kind in kinds)
            geoms.append(features.geoms[keep])
            weights.append(weight[keep])
            radii.append(radius[keep])
            layer_of.append(np.full(int(keep.sum()), n, np.int64))
            fids.append(features.ids[keep])
            feedback.setProgress(20.0 * (n + 1) / len(layers))
        if excluded:
            feedback.pushInfo(self.tr("{n} feature(s) fall outside the depth window or year and do not count.").format(
                n=excluded))
        if not sum(len(g) for g in geoms) and not parameters.get(self.EXTENT):
            reasons = []
            if empty_layers:
                reasons.append(self.tr("layer(s) {layers} hold no features with a geometry").format(
                    layers=", ".join(empty_layers)))
            if excluded:
                reasons.append(self.tr("{n} feature(s) fall outside the depth window or year").format(n=excluded))
            raise QgsProcessingException(self.tr(
                "There are no features to stack: {reasons}. Choose layers with features, widen the filters, "
                "or give an extent.").format(reasons="; ".join(reasons)))
        claims = cumulation.Claims(
            np.concatenate(geoms) if geoms else np.empty(0, object),
            np.concatenate(weights) if weights else [], np.concatenate(radii) if radii else [],
            categories, list(category_names),
            FeatureLabels([layer_label(layer) for layer in layers], np.concatenate(layer_of) if layer_of else [],
                          np.concatenate(fids) if fids else []))
        return claims, crs

    def _bad_depths(self, features, tops, bottoms, names, label, feedback):
        """Mask of features with a negative or inverted depth range: counted, reported, left out (never fatal)."""
        what = self.tr("Layer '{layer}', feature {{index}}, field {field}")
        top = ground_core.heights(tops, what.format(layer=label, field=names[self.TOP_FIELD]), features.ids)
        bottom = ground_core.heights(bottoms, what.format(layer=label, field=names[self.BOTTOM_FIELD]), features.ids)
        negative, inverted = ground_core.depth_problems(top, bottom)
        if negative.any():
            feedback.reportError(self.tr(
                "{layer}: skipped {n} feature(s) with a negative depth (above ground level; depths are metres below "
                "ground) (feature ids {ids}).").format(layer=label, n=int(negative.sum()),
                                                       ids=id_list(features.ids[negative])), fatalError=False)
        if inverted.any():
            feedback.reportError(self.tr(
                "{layer}: skipped {n} feature(s) whose top lies below their bottom (feature ids {ids}).").format(
                layer=label, n=int(inverted.sum()), ids=id_list(features.ids[inverted])), fatalError=False)
        return negative | inverted

    # -- running ---------------------------------------------------------------------------------

    def processAlgorithm(self, parameters, context, feedback):
        claims, crs = self._read(parameters, context, feedback)
        mode = self.parameterAsEnum(parameters, self.MODE, context)
        decay = self.parameterAsEnum(parameters, self.DECAY, context)
        cell = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        threshold = self.optional_number(parameters, self.THRESHOLD, context)
        try:
            cumulation.check_claims(claims)
            if parameters.get(self.EXTENT):
                extent = self.parameterAsExtent(parameters, self.EXTENT, context, crs)
                grid = cumulation.extent_grid(extent.xMinimum(), extent.yMinimum(), extent.xMaximum(),
                                              extent.yMaximum(), cell)
            else:
                grid = cumulation.default_grid(claims, cell)
            hotspots = hotspots_core.HotspotCollector(grid, threshold) if threshold is not None else None
        except ValueError as error:
            raise core_error(error) from None
        feedback.pushInfo(self.tr("{n} feature(s) in {kinds} categories on {ncols} x {nrows} cells of {cell} m.")
                          .format(n=len(claims), kinds=len(claims.names), ncols=grid.ncols, nrows=grid.nrows,
                                  cell=cell))

        path = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        # DEFLATE level 1: a quarter of the size of an uncompressed file at almost no cost. The float
        # predictor suits only the smooth values of linear decay (a third smaller, and faster); on the
        # steps of full weights it makes files larger and slower (measured on 16 million cells).
        options = ["TILED=YES", "COMPRESS=DEFLATE", "ZLEVEL=1", "NUM_THREADS=2", "BIGTIFF=IF_SAFER"]
        if cumulation.decays(mode, decay):
            options.append("PREDICTOR=3")
        dataset = gdal.GetDriverByName("GTiff").Create(path, grid.ncols, grid.nrows, 1, gdal.GDT_Float32,
                                                       options=options)
        if dataset is None:
            raise QgsProcessingException(self.tr("Cannot write the raster {path}.").format(path=path))
        dataset.SetGeoTransform(grid.geotransform)
        dataset.SetProjection(crs.toWkt())
        band = dataset.GetRasterBand(1)
        maximum = 0.0
        share = progress(feedback, 20.0, 90.0 if hotspots else 100.0)
        for tile, values in cumulation.cumulate(grid, claims, mode, decay, progress=share):
            band.WriteArray(values.astype(np.float32), xoff=tile.col0, yoff=tile.row0)
            band.FlushCache()  # write the tile out now: GDAL's block cache would otherwise hold it
            maximum = max(maximum, float(values.max()) if values.size else 0.0)
            if hotspots is not None:
                hotspots.add(tile, values)
        band.FlushCache()
        band = dataset = None
        check_canceled(feedback)

        result = {self.OUTPUT: path, self.MAX_VALUE: maximum, self.CLAIMS: len(claims), self.HOTSPOT_COUNT: 0}
        result[self.HOTSPOTS] = self._write_hotspots(parameters, context, feedback, hotspots, claims, crs, result)
        if hotspots is None and parameters.get(self.HOTSPOTS):
            feedback.pushWarning(self.tr("No hotspot threshold given: the hotspot layer stays empty."))
        self.style_output(context, path, "cumulationheatmap", HeatmapStyle, maximum=maximum)
        feedback.pushInfo(self.tr("Largest cell value: {value:g}.").format(value=maximum))
        return result

    def _write_hotspots(self, parameters, context, feedback, hotspots, claims, crs, result):
        fields = make_fields(HOTSPOT_FIELDS)
        sink, dest_id = self.parameterAsSink(
            parameters, self.HOTSPOTS, context, fields, QgsWkbTypes.Type.Polygon, crs)
        if sink is None:
            return None
        if hotspots is not None:
            found = hotspots.finish(claims, progress(feedback))
            check_canceled(feedback)
            for n, spot in enumerate(found, start=1):
                feature = QgsFeature(fields)
                feature.setGeometry(to_qgs(spot.geometry))
                feature.setAttributes([n, spot.max_value, spot.area_m2, sum(spot.contributors.values()),
                                       spot.contributors_text()])
                self.write(sink, feature, parameters, self.HOTSPOTS)
            result[self.HOTSPOT_COUNT] = len(found)
            feedback.pushInfo(self.tr("{n} hotspot(s) with a value of at least {threshold:g}.").format(
                n=len(found), threshold=hotspots.threshold))
        self.style_output(context, dest_id, "cumulationhotspots")
        return dest_id

