"""Subsurface 3D view: a 3D map view of the current map extent set up for what lies below ground.

Terrain off (it would hide everything under 0 m), an oblique camera looking at the middle of the depths in
view, a depth scale (a rod of alternating bands at the extent's south-west corner, 1 m bands in a street,
up to 500 m bands for the deep subsurface) and a legend dock that names the layers and the band size. The
layers' own 3D styles draw them at their depth (styles/ and algorithms/depth3d.py). QGIS draws vector
layers in 3D at true scale (its vertical scale applies to the terrain only), so the camera distance, not an
exaggeration, makes a 0-3 m street and a 0-4000 m province readable.

Needs QGIS 3.28+ (a 3D view Python can configure: compat.create_3d_canvas); on older QGIS it says so.
"""

import math

from qgis.core import Qgis, QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer

from ..compat import QAction, create_3d_canvas, point_3d_shape, point_3d_transform, set_symbol_material, world_point
from ..core.i18n import tr
from ..core.paths import ICON

BAND_STEPS = (0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0)
SCALE_NAME = "Diepteschaal"


def depth_in_view(layers):
    """The deepest bottom (m) of the layers with depth fields (their largest top/bottom/depth value)."""
    from ..algorithms.depth3d import depth_spec

    deepest = 0.0
    for layer in layers:
        spec = depth_spec(layer) if isinstance(layer, QgsVectorLayer) else None
        if spec is None:
            continue
        for name in spec[1:]:
            index = layer.fields().lookupField(name) if name else -1
            if index < 0:
                continue
            try:
                value = float(layer.maximumValue(index))
            except (TypeError, ValueError):
                continue
            if math.isfinite(value):
                deepest = max(deepest, value)
    return deepest or 3.0


def band_size(depth):
    """The depth scale's band (m): about 4-10 bands over the depth in view."""
    return next((step for step in BAND_STEPS if depth / step <= 8), BAND_STEPS[-1])


def camera_distance(extent_width, depth):
    """How far the camera stands (m): the extent fills the view, and a deep section stays in view."""
    return max(0.6 * extent_width, 2.5 * depth, 10.0)


def depth_scale_layer(x, y, depth, crs, band):
    """A point layer at (x, y): the depth scale, one cylinder per band, alternately dark and light."""
    from qgis._3d import QgsPhongMaterialSettings, QgsPoint3DSymbol, QgsRuleBased3DRenderer

    from ..compat import altitude_clamping_absolute

    layer = QgsVectorLayer("Point?field=top_m:double&field=bottom_m:double", SCALE_NAME, "memory")
    layer.setCrs(crs)
    features, rules = [], QgsRuleBased3DRenderer.Rule(None)
    count = max(1, int(math.ceil(depth / band)))
    for index in range(count):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feature.setAttributes([index * band, (index + 1) * band])
        features.append(feature)
        symbol = QgsPoint3DSymbol()
        symbol.setShape(point_3d_shape("Cylinder"))
        symbol.setShapeProperties({"radius": band / 8, "length": band})
        symbol.setTransform(point_3d_transform(-(index + 0.5) * band))
        symbol.setAltitudeClamping(altitude_clamping_absolute())
        material = QgsPhongMaterialSettings()
        colour = "#222222" if index % 2 == 0 else "#f0f0f0"
        from qgis.PyQt.QtGui import QColor

        material.setDiffuse(QColor(colour))
        material.setAmbient(QColor(colour))
        set_symbol_material(symbol, material)
        rules.appendChild(QgsRuleBased3DRenderer.Rule(symbol, '"top_m" = {:g}'.format(index * band),
                                                      "{:g}-{:g} m".format(index * band, (index + 1) * band)))
    layer.dataProvider().addFeatures(features)
    layer.setRenderer3D(QgsRuleBased3DRenderer(rules))
    return layer


def legend_html(layers, band, depth):
    rows = "".join("<li>{}</li>".format(layer.name()) for layer in layers if layer.name() != SCALE_NAME)
    return ("<b>{title}</b><ul>{rows}</ul><p>{scale}</p><p>{hint}</p>").format(
        title=tr("Subsurface 3D view"), rows=rows,
        scale=tr("Depth scale at the south-west corner: bands of {band:g} m, alternately dark and light, "
                 "down to {depth:g} m.").format(band=band, depth=band * max(1, math.ceil(depth / band))),
        hint=tr("Grey: depth unknown (drawn at 1 m). The terrain is off so that nothing hides below 0 m."))


def open_view(iface, name=None):
    """Open and set up the subsurface 3D view of the current extent; returns (canvas, legend dock) or None."""
    from qgis._3d import Qgs3DMapSettings
    from qgis.core import QgsVector3D
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QColor
    from qgis.PyQt.QtWidgets import QDockWidget, QLabel

    canvas2d = iface.mapCanvas()
    canvas = create_3d_canvas(iface, name or tr("Subsurface 3D"))
    if canvas is None:
        iface.messageBar().pushMessage("Ondergrond", tr(
            "The subsurface 3D view needs QGIS 3.28 or newer. Use View > 3D Map Views > New 3D Map View, switch "
            "the terrain off in its configuration and tilt the camera."), Qgis.MessageLevel.Warning, 10)
        return None
    extent = canvas2d.extent()
    crs = canvas2d.mapSettings().destinationCrs()
    layers = [layer for layer in canvas2d.layers() if isinstance(layer, QgsVectorLayer)]
    depth = depth_in_view(layers)
    band = band_size(depth)
    scale = depth_scale_layer(extent.xMinimum() + 0.05 * extent.width(), extent.yMinimum() + 0.05 * extent.height(),
                              depth, crs, band)
    QgsProject.instance().addMapLayer(scale, False)  # in the project (the 3D view needs it), not in the tree
    # QGIS 3.28+ hands out the new view with the project's 3D settings (extent, origin, CRS): adjust those
    settings = canvas.mapSettings() if getattr(canvas, "mapSettings", None) and canvas.mapSettings() else None
    if settings is None:
        settings = Qgs3DMapSettings()
        settings.setCrs(crs)
        centre = extent.center()
        settings.setOrigin(QgsVector3D(centre.x(), centre.y(), 0))
        settings.setTransformContext(QgsProject.instance().transformContext())
        settings.setPathResolver(QgsProject.instance().pathResolver())
        canvas.setMapSettings(settings)
    settings.setLayers(list(canvas2d.layers()) + [scale])
    settings.setTerrainRenderingEnabled(False)
    settings.setBackgroundColor(QColor("#ece6dc"))
    origin = settings.origin()
    centre = extent.center()
    dx, dy = centre.x() - origin.x(), centre.y() - origin.y()
    canvas.cameraController().setLookingAtPoint(world_point(dx, dy, -depth / 2),
                                                camera_distance(extent.width(), depth), 60.0, 25.0)
    dock = QDockWidget(tr("Subsurface 3D legend"), iface.mainWindow())
    dock.setObjectName("OndergrondSubsurface3DLegend")
    label = QLabel(legend_html(list(canvas2d.layers()) + [scale], band, depth))
    label.setWordWrap(True)
    label.setMargin(8)
    dock.setWidget(label)
    iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    return canvas, dock


class Subsurface3DGui:
    """The menu entry and toolbar button."""

    def __init__(self, iface):
        self.iface = iface
        self.action = None
        self.docks = []

    def initGui(self):
        from qgis.PyQt.QtGui import QIcon

        self.action = QAction(QIcon(str(ICON)), tr("Subsurface 3D view"), self.iface.mainWindow())
        self.action.setObjectName("OndergrondSubsurface3D")
        self.action.setToolTip(tr("Open a 3D map view of the current extent set up for the subsurface: terrain "
                                  "off, an oblique camera, a depth scale and a legend"))
        self.action.triggered.connect(self.run)
        self.iface.addPluginToMenu(tr("&Ondergrond"), self.action)
        self.iface.addToolBarIcon(self.action)

    def run(self):
        opened = open_view(self.iface)
        if opened is not None:
            self.docks.append(opened[1])

    def unload(self):
        if self.action is not None:
            self.iface.removePluginMenu(tr("&Ondergrond"), self.action)
            self.iface.removeToolBarIcon(self.action)
            self.action = None
        for dock in self.docks:
            self.iface.removeDockWidget(dock)
        self.docks = []
