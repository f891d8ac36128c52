"""Export map (PDF): a print layout of the plugin's house style around chosen layers."""

import datetime
import math
from pathlib import Path

from qgis.core import (
    QgsCoordinateTransform,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemScaleBar,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMapTheme,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtXml import QDomDocument

from ..core.paths import PLUGIN_DIR
from .base import OndergrondAlgorithm, check_canceled
from .presentation import apply_style, compact_status_legend, name_raster_legend, readable_name, style_of

LAYOUTS_DIR = PLUGIN_DIR / "layouts"
# The bundled templates, in the order of the TEMPLATE enum (never reorder: models store the index).
TEMPLATES = (
    ("ondergrond_subsurface_a3", "subsurface"),
    ("ondergrond_subsurface_a4", "subsurface"),
    ("ondergrond_street_a3", "street"),
    ("ondergrond_street_a4", "street"),
    ("ondergrond_drinkingwater_a3", "drinkingwater"),
    ("ondergrond_drinkingwater_a4", "drinkingwater"),
)


def usable(extent):
    """Whether an extent has an area and finite corners."""
    corners = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
    return not extent.isNull() and not extent.isEmpty() and all(math.isfinite(v) for v in corners)


def nice_step(value):
    """The largest of 1, 2, 2.5, 5 x 10^k not above ``value`` (> 0): a scale bar segment."""
    magnitude = 10.0 ** math.floor(math.log10(value))
    return max(s * magnitude for s in (1.0, 2.0, 2.5, 5.0) if s * magnitude <= value * (1 + 1e-9))


def fit_aspect(extent, ratio):
    """``extent`` grown around its centre to the width/height ``ratio`` of the map frame."""
    width, height = extent.width(), extent.height()
    if width / max(height, 1e-9) < ratio:
        width = height * ratio
    else:
        height = width / ratio
    centre = extent.center()
    return QgsRectangle(centre.x() - width / 2, centre.y() - height / 2, centre.x() + width / 2,
                        centre.y() + height / 2)


class ExportMap(OndergrondAlgorithm):
    GROUP = "data"
    LAYERS = "LAYERS"
    TEMPLATE = "TEMPLATE"
    TEMPLATE_FILE = "TEMPLATE_FILE"
    TITLE = "TITLE"
    SOURCES = "SOURCES"
    EXTENT = "EXTENT"
    OUTPUT = "OUTPUT"
    OUTPUT_PNG = "OUTPUT_PNG"
    LEGEND_ENTRIES = "LEGEND_ENTRIES"
    MAP_THEME = "MAP_THEME"

    def name(self):
        return "exportmap"

    def displayName(self):
        return self.tr("Export map (PDF)")

    def flags(self):
        # A print layout paints with fonts and a PDF writer: run it in the main thread (QGIS's own
        # layout export algorithms do the same). The layout uses its own project, never the user's.
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def family_names(self):
        return {"subsurface": self.tr("Subsurface planning - province"),
                "street": self.tr("Street subsurface - municipality"),
                "drinkingwater": self.tr("Drinking-water protection")}

    def template_names(self):
        return [self.tr("Subsurface / province, A3 landscape"), self.tr("Subsurface / province, A4 landscape"),
                self.tr("Street / municipality, A3 landscape"), self.tr("Street / municipality, A4 landscape"),
                self.tr("Drinking-water protection, A3 landscape"),
                self.tr("Drinking-water protection, A4 landscape")]

    def shortHelpString(self):
        return self.tr(
            "Writes a map a council can read as PDF (and optionally PNG): the chosen layers in a print "
            "layout with a title, a legend of only the layers and classes visible on the map, with "
            "readable names, a scale bar, a north arrow and a line with the sources and the date.\n\n"
            "Layers: the first layer in the list is drawn on top. A layer from the project keeps its "
            "style; a layer opened from a file gets the plugin's style when it is a lagenbenadering "
            "table or an output of an Ondergrond algorithm (recognised by its name or fields).\n\n"
            "Template: one of the bundled layouts (A3 or A4 landscape, for the subsurface of a province, "
            "the street subsurface of a municipality, or drinking-water protection), or your own .qpt "
            "with items named title, subtitle, map, legend, scalebar and source. The layouts are in the "
            "plugin's folder 'layouts' and can also be opened in QGIS as a print layout template.\n\n"
            "Map theme: a map theme of the project (the layers panel's map-themes button; Ondergrond makes one "
            "per function and depth band when the suitability loads): only the chosen layers and classes the "
            "theme shows are drawn.\n\n"
            "Extent: the area to show; empty = all layers, with a margin. Sources: the data sources to "
            "name on the map (e.g. 'PDOK, BRO, KLIC 26X000001'); the date and plugin are always added.\n\n"
            "The layout is built in its own project, so the algorithm also runs from the modeler and "
            "qgis_process.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterMultipleLayers(
            self.LAYERS, self.tr("Layers to show (top first)"), QgsProcessing.SourceType.TypeMapLayer))
        self.addParameter(QgsProcessingParameterEnum(
            self.TEMPLATE, self.tr("Layout template"), options=self.template_names(), defaultValue=2))
        self.addParameter(QgsProcessingParameterFile(
            self.TEMPLATE_FILE, self.tr("Own layout template (.qpt; replaces the choice above)"),
            extension="qpt", optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.TITLE, self.tr("Title (empty: the name of the top layer)"), defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.SOURCES, self.tr("Data sources named on the map"), defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, self.tr("Map extent"), optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Map (PDF)"), self.tr("PDF files (*.pdf)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_PNG, self.tr("Map as image (PNG)"), self.tr("PNG files (*.png)"), optional=True,
            createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber(self.LEGEND_ENTRIES, self.tr("Legend entries")))
        self.addParameter(QgsProcessingParameterMapTheme(
            self.MAP_THEME, self.tr("Map theme of the project (empty: the layers as they are)"), optional=True))

    def checkParameterValues(self, parameters, context):
        ok, message = super().checkParameterValues(parameters, context)
        if ok and not parameters.get(self.LAYERS):  # (the layers themselves are opened once, when run)
            return False, self.tr("Choose at least one layer to show.")
        return ok, message

    def processAlgorithm(self, parameters, context, feedback):
        layers = self.parameterAsLayerList(parameters, self.LAYERS, context)
        if not layers:
            raise QgsProcessingException(self.tr("Choose at least one layer to show."))
        template_file = self.parameterAsFile(parameters, self.TEMPLATE_FILE, context)
        index = self.parameterAsEnum(parameters, self.TEMPLATE, context)
        template_name, family = TEMPLATES[index]
        template = Path(template_file) if template_file else LAYOUTS_DIR / "{}.qpt".format(template_name)
        title = self.parameterAsString(parameters, self.TITLE, context) or readable_name(layers[0])
        sources = self.parameterAsString(parameters, self.SOURCES, context)
        pdf = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        png = self.parameterAsFileOutput(parameters, self.OUTPUT_PNG, context)

        crs = next((layer.crs() for layer in layers if layer.crs().isValid() and not layer.crs().isGeographic()),
                   layers[0].crs())
        # Everything that can refuse the run is checked before the layout's project exists: a QgsProject and
        # layout kept alive by an exception's traceback until after QGIS exits crash the interpreter (3.40).
        document = QDomDocument()
        try:
            text = template.read_text(encoding="utf-8")
        except OSError as error:
            raise QgsProcessingException(self.tr("Cannot read the layout template {path}: {error}").format(
                path=template, error=error)) from error
        if not document.setContent(text)[0]:
            raise QgsProcessingException(self.tr("{path} is not a QGIS layout template (.qpt).").format(
                path=template))
        theme = self.theme_state(parameters, context)
        if theme is not None:
            layers = self.theme_layers(layers, theme, feedback)
        extent = self.parameterAsExtent(parameters, self.EXTENT, context, crs)
        if extent is None or extent.isNull() or extent.isEmpty():
            extent = QgsRectangle()
            for layer in layers:
                layer_extent = layer.extent()
                if layer.crs() != crs:
                    layer_extent = QgsCoordinateTransform(layer.crs(), crs, context.transformContext()) \
                        .transformBoundingBox(layer_extent)
                if usable(layer_extent):  # an empty layer's extent is null, or NaN on QGIS 3.40+
                    extent.combineExtentWith(layer_extent)
            extent.scale(1.05)
        if not usable(extent):
            raise QgsProcessingException(self.tr("The layers are empty: there is nothing to map."))
        check_canceled(feedback)  # like the checks above, before the layout's project exists

        # The layout's own project: copies of the layers, so the user's project is never touched.
        project = QgsProject()
        project.setCrs(crs)
        copies = []
        user_project = context.project()
        for layer in layers:
            copy = layer.clone()
            in_project = user_project is not None and user_project.mapLayer(layer.id()) is not None
            style = style_of(layer)
            if style and not in_project and not layer.customProperty("ondergrond/style"):
                ok, message = apply_style(copy, style)
                if not ok:
                    feedback.pushWarning(self.tr("Could not apply the style {style} to {layer}: {message}").format(
                        style=style, layer=layer.name(), message=message))
            if theme is not None:
                self.apply_theme(copy, theme[layer.id()])
            copy.setName(readable_name(copy))  # after styling: the style tells which output it is
            project.addMapLayer(copy)
            copies.append(copy)

        layout = QgsPrintLayout(project)
        layout.loadFromTemplate(document, QgsReadWriteContext())
        item_map = layout.itemById("map")
        if not isinstance(item_map, QgsLayoutItemMap):
            raise QgsProcessingException(self.tr(
                "The layout template {path} has no map item with the id 'map'.").format(path=template))

        item_map.setCrs(crs)
        item_map.setLayers(copies)
        item_map.setKeepLayerSet(True)
        item_map.setExtent(fit_aspect(extent, item_map.rect().width() / item_map.rect().height()))

        labels = {"title": title, "subtitle": self.family_names()[family] if not template_file else None,
                  "source": self.source_line(sources)}
        for item_id, value in labels.items():
            item = layout.itemById(item_id)
            if isinstance(item, QgsLayoutItemLabel) and value:
                item.setText(value)

        entries = 0
        legend = layout.itemById("legend")
        if isinstance(legend, QgsLayoutItemLegend):
            entries = self.fill_legend(legend, item_map, copies)
        scalebar = layout.itemById("scalebar")
        if isinstance(scalebar, QgsLayoutItemScaleBar):
            self.fit_scalebar(scalebar, item_map)
        layout.refresh()

        exporter = QgsLayoutExporter(layout)
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = 300
        settings.rasterizeWholeImage = False
        settings.forceVectorOutput = False
        result = exporter.exportToPdf(pdf, settings)
        if result != QgsLayoutExporter.ExportResult.Success:
            raise QgsProcessingException(self.tr("Could not write {path} ({error}).").format(
                path=pdf, error=exporter.errorMessage() or result))
        feedback.pushInfo(self.tr("Map written to {path}.").format(path=pdf))
        outputs = {self.OUTPUT: pdf, self.OUTPUT_PNG: None, self.LEGEND_ENTRIES: entries}
        if png:
            image_settings = QgsLayoutExporter.ImageExportSettings()
            image_settings.dpi = 150
            result = exporter.exportToImage(png, image_settings)
            if result != QgsLayoutExporter.ExportResult.Success:
                raise QgsProcessingException(self.tr("Could not write {path} ({error}).").format(
                    path=png, error=exporter.errorMessage() or result))
            outputs[self.OUTPUT_PNG] = png
        return outputs

    def theme_state(self, parameters, context):
        """{layer id: layer record} of the MAP_THEME of the user's project; None when no theme is chosen."""
        name = self.parameterAsString(parameters, self.MAP_THEME, context)
        if not name:
            return None
        project = context.project()
        collection = project.mapThemeCollection() if project is not None else None
        if collection is None or not collection.hasMapTheme(name):
            known = ", ".join(collection.mapThemes()) if collection is not None else ""
            raise QgsProcessingException(self.tr(
                "The project has no map theme '{theme}'. Map themes: {themes}").format(
                theme=name, themes=known or self.tr("none")))
        return {record.layer().id(): record for record in collection.mapThemeState(name).layerRecords()
                if record.layer() is not None and record.isVisible}

    def theme_layers(self, layers, theme, feedback):
        """The chosen layers the theme shows (the others are left out, with a message)."""
        shown = [layer for layer in layers if layer.id() in theme]
        left_out = [layer.name() for layer in layers if layer.id() not in theme]
        if left_out:
            feedback.pushInfo(self.tr("The map theme hides these layers; they are left out: {layers}.").format(
                layers=", ".join(left_out)))
        if not shown:
            raise QgsProcessingException(self.tr("The map theme shows none of the chosen layers."))
        return shown

    @staticmethod
    def apply_theme(layer, record):
        """The theme's classes on a layer's copy: only the legend items the theme checks are drawn."""
        renderer = layer.renderer() if hasattr(layer, "renderer") else None
        if not record.usingLegendItems or renderer is None or not hasattr(renderer, "legendSymbolItems"):
            return
        checked = set(record.checkedLegendItems)
        for item in renderer.legendSymbolItems():
            if item.isCheckable():
                renderer.checkLegendSymbolItem(item.ruleKey(), item.ruleKey() in checked)

    def source_line(self, sources):
        from ..provider import plugin_version

        line = self.tr("Made with the Ondergrond QGIS plugin {version} on {date}.").format(
            version=plugin_version(), date=datetime.date.today().isoformat())
        if sources:
            line += " " + self.tr("Sources: {sources}.").format(sources=sources.rstrip("."))
        return line

    def fill_legend(self, legend, item_map, layers):
        """Only our layers, with readable names, filtered to what the map shows; fit the panel."""
        legend.setLinkedMap(item_map)
        legend.setTitle(self.tr("Legend"))
        legend.setAutoUpdateModel(False)
        root = legend.model().rootGroup()
        root.removeAllChildren()
        for layer in layers:
            node = root.addLayer(layer)
            node.setUseLayerName(True)
            if not compact_status_legend(legend.model(), node):
                name_raster_legend(legend.model(), node)
        legend.setLegendFilterByMapEnabled(True)
        legend.updateLegend()
        legend.refresh()
        # Shrink the fonts (then use two columns) until the legend fits its frame, instead of running off.
        frame = legend.sizeWithUnits()
        # The legend measures itself only after it was drawn once (it needs the map's scale): draw the
        # page once, small.
        QgsLayoutExporter(legend.layout()).renderPageToImage(0, QSize(300, 212))
        legend.updateFilterByMap()

        def content():
            legend.setResizeToContents(True)
            legend.adjustBoxSize()
            size = legend.sizeWithUnits()
            legend.setResizeToContents(False)
            return size

        for step in range(8):
            needed = content()
            if needed.height() <= frame.height() and needed.width() <= frame.width() + 0.1:
                break
            if step == 4 and legend.columnCount() == 1:
                legend.setColumnCount(2)
                legend.setSplitLayer(True)
                continue
            for style in (QgsLegendStyle.Title, QgsLegendStyle.Group, QgsLegendStyle.Subgroup,
                          QgsLegendStyle.SymbolLabel):
                font = legend.styleFont(style)
                font.setPointSizeF(max(5.0, font.pointSizeF() * 0.9))
                legend.setStyleFont(style, font)
            legend.setSymbolWidth(legend.symbolWidth() * 0.9)
            legend.setSymbolHeight(legend.symbolHeight() * 0.9)
            legend.setBoxSpace(legend.boxSpace() * 0.85)
        legend.attemptResize(frame)
        return sum(len(legend.model().layerLegendNodes(node)) or 1
                   for node in legend.model().rootGroup().findLayers())

    def fit_scalebar(self, scalebar, item_map):
        """Metres for a street, kilometres for a region; four round segments filling the bar."""
        width_m = item_map.extent().width()
        # The bar sizes itself to its segments: measure the room from its left edge to the page edge.
        page_width = scalebar.layout().pageCollection().page(0).pageSize().width()
        frame = max(20.0, page_width - scalebar.positionWithUnits().x() - 14.0)
        if width_m > 5000:
            scalebar.setUnits(QgsUnitTypes.DistanceUnit.DistanceKilometers)
            scalebar.setUnitLabel("km")
            unit = 1000.0
        else:
            scalebar.setUnits(QgsUnitTypes.DistanceUnit.DistanceMeters)
            scalebar.setUnitLabel("m")
            unit = 1.0
        map_width_mm = item_map.sizeWithUnits().width()
        metres_per_mm = width_m / map_width_mm
        target = frame * 0.8 / 4 * metres_per_mm / unit  # one segment, in the bar's units
        step = nice_step(target)
        scalebar.setUnitsPerSegment(step)
        scalebar.setNumberOfSegments(4)
        scalebar.setNumberOfSegmentsLeft(0)
        scalebar.update()
