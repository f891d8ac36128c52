"""Subsurface 3D view: a 3D map view of the current map extent set up for what lies below ground.

Terrain off (it would hide everything under 0 m), an oblique camera looking at the middle of the depths in
view, a depth scale (a rod of alternating bands at the extent's west side, 0.5 m bands in a street,
up to 500 m bands for the deep subsurface) and a legend dock that names the layers and the band size. The
layers' own 3D styles draw them at their depth (styles/ and algorithms/depth3d.py). QGIS's own vertical scale
applies to the terrain only, so the view sets the plugin's exaggeration instead (the project variable
``ondergrond_exaggeration``, which every Ondergrond 3D depth is multiplied by): the deepest depth in view is
drawn at about a quarter of the extent's width (``exaggeration_for``), so a 0-3 m street and a 0-4000 m
province are both readable. Wide volumes (an aquifer under the whole region) are drawn see-through (walls only, no
roof; translucent too where QGIS can), so the claims inside them show.

Needs QGIS 3.28+ (a 3D view Python can configure: compat.create_3d_canvas); on older QGIS it says so.
"""

import contextlib
import math

from qgis.core import Qgis, QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer

from ..compat import QAction, create_3d_canvas, point_3d_shape, point_3d_transform, set_symbol_material, world_point
from ..core.i18n import tr
from ..core.paths import ICON

BAND_STEPS = (0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0)
SCALE_NAME = "Diepteschaal"
CAMERA_PITCH = 65.0    # degrees from looking straight down: oblique, so depth shows as height in the picture
CAMERA_HEADING = 25.0  # degrees: from the south-south-west, looking north-north-east
EXAGGERATION_STEPS = (1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1000.0)
DEPTH_SHARE = 0.25     # the deepest depth in view is drawn at about this share of the extent's width
WIDE_SHARE = 0.25      # a volume covering at least this share of the view is drawn translucent
WIDE_OPACITY = 0.35


def exaggeration_for(extent_width, depth):
    """The vertical exaggeration (1, 2, 5, 10, 20, ... x: the step nearest on a log scale to the exact factor)
    that draws ``depth`` (m) at about DEPTH_SHARE of ``extent_width`` (m); never below 1 (true scale)."""
    if depth <= 0 or extent_width <= 0:
        return 1.0
    exact = DEPTH_SHARE * extent_width / depth
    if exact <= 1:
        return 1.0
    return min(EXAGGERATION_STEPS, key=lambda step: abs(math.log(step / exact)))


def set_exaggeration(factor, layers=()):
    """Set the project variable ``ondergrond_exaggeration`` to ``factor`` and draw the layers' fixed line and
    point depths at it (the volumes follow the variable in their expressions)."""
    from qgis.core import QgsExpressionContextUtils

    from ..algorithms.depth3d import EXAGGERATION_VARIABLE, exaggerate

    QgsExpressionContextUtils.setProjectVariable(QgsProject.instance(), EXAGGERATION_VARIABLE, factor)
    for layer in layers:
        if isinstance(layer, QgsVectorLayer):
            exaggerate(layer, factor)


def follow_exaggeration():
    """After the project variable changed (the user edited it): draw every layer's fixed line and point depths
    at it and redraw the volumes (their expressions read it)."""
    from ..algorithms.depth3d import exaggerate, exaggeration

    factor = exaggeration()
    for layer in QgsProject.instance().mapLayers().values():
        if isinstance(layer, QgsVectorLayer) and layer.renderer3D() is not None and not exaggerate(layer, factor):
            layer.trigger3DUpdate()


def make_wide_volumes_translucent(layers, extent, crs):
    """Polygon layers with a 3D renderer covering at least WIDE_SHARE of ``extent`` (in ``crs``): their
    volumes drawn as their walls only (no roof), at WIDE_OPACITY where QGIS can (3.26+). Returns the names of
    these layers."""
    from qgis.core import QgsCoordinateTransform, QgsWkbTypes

    from ..compat import set_polygon_3d_opacity

    names = []
    view_area = extent.width() * extent.height()
    for layer in layers:
        if not isinstance(layer, QgsVectorLayer) or layer.renderer3D() is None or view_area <= 0 or \
                QgsWkbTypes.geometryType(layer.wkbType()) != QgsWkbTypes.GeometryType.PolygonGeometry:
            continue
        bounds = layer.extent()
        if layer.crs().isValid() and crs.isValid() and layer.crs() != crs:
            bounds = QgsCoordinateTransform(layer.crs(), crs, QgsProject.instance()).transformBoundingBox(bounds)
        covered = bounds.intersect(extent)
        if covered.width() * covered.height() >= WIDE_SHARE * view_area and set_polygon_3d_opacity(layer,
                                                                                                   WIDE_OPACITY):
            names.append(layer.name())
    return names


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
    return max(1.2 * extent_width, 3.0 * depth, 10.0)


def depth_scale_layer(x, y, depth, crs, band, exaggeration=1.0):
    """A point layer at (x, y): the depth scale, one cylinder per band, alternately dark and light, drawn at the
    vertical ``exaggeration`` like the layers (a 0.5 m band 5 m long at 10 x; its labels stay in true m)."""
    from qgis._3d import QgsPhongMaterialSettings, QgsPoint3DSymbol, QgsRuleBased3DRenderer

    from ..compat import altitude_clamping_absolute

    uri = "Point?crs={}&field=top_m:double&field=bottom_m:double".format(crs.authid()) if crs.authid() else \
        "Point?field=top_m:double&field=bottom_m:double"
    layer = QgsVectorLayer(uri, SCALE_NAME, "memory")
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
        symbol.setShapeProperties({"radius": band * exaggeration / 5, "length": band * exaggeration})
        symbol.setTransform(point_3d_transform(-(index + 0.5) * band * exaggeration))
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
    from ..algorithms.depth3d import EXAGGERATION_PROPERTY

    layer.setCustomProperty(EXAGGERATION_PROPERTY, exaggeration)  # drawn at it already
    return layer


def exaggeration_text(exaggeration):
    return tr("Depths exaggerated {factor:g} x (the 3D views only; the Elevation Profile shows true depths). "
              "To change it, edit the project variable ondergrond_exaggeration (Project > Properties > "
              "Variables).").format(factor=exaggeration)


def legend_html(layers, band, depth, set_up=True, exaggeration=1.0, translucent=()):
    rows = "".join("<li>{}</li>".format(layer.name()) for layer in layers if layer.name() != SCALE_NAME)
    if not set_up:
        return "<b>{title}</b><ul>{rows}</ul><p>{hint}</p><p>{factor}</p>".format(
            title=tr("Subsurface 3D view"), rows=rows, factor=exaggeration_text(exaggeration), hint=tr(
                "Depths in view: down to {depth:g} m. Grey: depth unknown (drawn at 1 m). Switch the terrain off in "
                "the 3D view's configuration so that nothing hides below 0 m.").format(depth=depth))
    see_through = "<p>{}</p>".format(tr(
        "See-through (walls only, no roof), so that what lies inside shows: {names}.").format(
        names=", ".join(translucent))) if translucent else ""
    return ("<b>{title}</b><ul>{rows}</ul><p>{factor}</p><p>{scale}</p><p>{hint}</p>{see_through}").format(
        title=tr("Subsurface 3D view"), rows=rows, factor=exaggeration_text(exaggeration), see_through=see_through,
        scale=tr("Depth scale on the west side: bands of {band:g} m, alternately dark and light, "
                 "down to {depth:g} m.").format(band=band, depth=band * max(1, math.ceil(depth / band))),
        hint=tr("Grey: depth unknown (drawn at 1 m). The terrain is off so that nothing hides below 0 m."))


class View:
    """An open subsurface 3D view: its 3D canvas (None on QGIS before 3.28), legend dock and depth scale layer."""

    def __init__(self, canvas, legend, scale, depth, band, name, exaggeration=1.0):
        self.canvas, self.legend, self.scale = canvas, legend, scale
        self.depth, self.band, self.name = depth, band, name
        self.exaggeration = exaggeration
        self.translucent = []  # the names of the layers drawn translucent
        self.qgis_docks = []  # before QGIS 3.28: the docks of QGIS's own 3D view opened for it


VIEWS = []


def last_view():
    return VIEWS[-1] if VIEWS else None


def open_docks(iface):
    """The 3D map view docks open in the main window (QGIS's own and ours)."""
    from qgis.PyQt.QtCore import QObject
    from qgis.PyQt.QtWidgets import QDockWidget

    return [dock for dock in iface.mainWindow().findChildren(QDockWidget)
            if dock.metaObject().className() == "Qgs3DMapCanvasDockWidget" or
            any(child.metaObject().className() in ("Qgs3DMapCanvas", "Qgs3DMapCanvasWidget")
                for child in dock.findChildren(QObject))]


def scene_ready(canvas):
    """Whether the 3D scene of ``canvas`` has loaded everything (no pending jobs); True where QGIS cannot say."""
    scene = canvas.scene() if canvas is not None and hasattr(canvas, "scene") else None
    if scene is None:
        return False
    if hasattr(scene, "totalPendingJobsCount") and scene.totalPendingJobsCount() > 0:
        return False
    state = getattr(scene, "sceneState", None)
    ready = getattr(type(scene), "Ready", None)
    return state is None or ready is None or state() == ready


def describe(view):
    """The settings a test checks: terrain, camera pitch/heading/distance, layers, band (a plain dict)."""
    settings = view.canvas.mapSettings()
    camera = view.canvas.cameraController()
    return {"terrain": settings.terrainRenderingEnabled(), "pitch": round(camera.pitch(), 1),
            "heading": round(camera.yaw(), 1), "distance": round(camera.distance(), 1),
            "layers": sorted(layer.name() for layer in settings.layers()), "band": view.band, "depth": view.depth,
            "exaggeration": view.exaggeration, "translucent": list(view.translucent)}


def view_window(canvas):
    """The window (a dock or a dialog) that shows a QGIS 3.28+ 3D canvas, or None."""
    from qgis.PyQt.QtWidgets import QApplication

    handles, parent = [], canvas
    while parent is not None:  # the canvas is a QWindow inside its window's native window
        handles.append(parent)
        parent = parent.parent()
    for widget in QApplication.topLevelWidgets():
        if widget.windowHandle() is not None and widget.windowHandle() in handles:
            return widget
    return None


def close_all(iface):
    """Remove the legends and depth scales of the subsurface 3D views this session opened. The 3D views stay
    open (QGIS's own now; closing them from Python crashed QGIS 3.40 under Xvfb)."""
    while VIEWS:
        view = VIEWS.pop()
        for dock in view.qgis_docks:  # QGIS 3.22 crashes when layers go while its 3D view is open
            dock.close()
            dock.deleteLater()
        iface.removeDockWidget(view.legend)
        view.legend.deleteLater()
        if view.scale is not None and QgsProject.instance().mapLayer(view.scale.id()) is not None:
            QgsProject.instance().removeMapLayer(view.scale.id())


def unique_name(iface, base):
    names = set()
    lister = getattr(iface, "mapCanvases3D", None)
    if lister is not None:
        names = {canvas.objectName() for canvas in lister()}
    names |= {view.name for view in VIEWS}
    name, index = base, 1
    while name in names:
        index += 1
        name = "{} {}".format(base, index)
    return name


def legend_dock(iface, html):
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtWidgets import QDockWidget, QLabel

    dock = QDockWidget(tr("Subsurface 3D legend"), iface.mainWindow())
    dock.setObjectName("OndergrondSubsurface3DLegend")
    label = QLabel(html)
    label.setWordWrap(True)
    label.setMargin(8)
    dock.setWidget(label)
    iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    return dock


def view_crs(iface):
    """The CRS of the 3D view: the project's (QGIS gives the new view the project's 3D settings); the map's
    when the project has none. The depth scale is made in it: a layer in another CRS than the project's
    makes QGIS 3.40 ask for a datum transformation in a modal dialog (the hang under Xvfb)."""
    crs = QgsProject.instance().crs()
    return crs if crs.isValid() else iface.mapCanvas().mapSettings().destinationCrs()


def view_extent(iface, crs):
    """The map's current extent in ``crs``."""
    from qgis.core import QgsCoordinateTransform

    canvas2d = iface.mapCanvas()
    extent = canvas2d.extent()
    map_crs = canvas2d.mapSettings().destinationCrs()
    if map_crs == crs or not map_crs.isValid():
        return extent
    return QgsCoordinateTransform(map_crs, crs, QgsProject.instance()).transformBoundingBox(extent)


def can_open(iface):
    """None, or why no 3D view can be made of the map (QGIS would stop at a modal message box)."""
    canvas2d = iface.mapCanvas()
    crs = view_crs(iface)
    if not any(isinstance(layer, QgsVectorLayer) for layer in canvas2d.layers()):
        return tr("The map shows no vector layers: add the layers with depths first.")
    if not crs.isValid() or crs.isGeographic():
        return tr("The map's coordinate reference system is not projected (metres): set the project CRS to one, "
                  "e.g. EPSG:28992 (RD New).")
    return None


def open_view(iface, name=None):
    """Open and set up the subsurface 3D view of the current extent; returns the View or None."""
    from qgis._3d import Qgs3DMapSettings
    from qgis.core import QgsVector3D
    from qgis.PyQt.QtGui import QColor

    problem = can_open(iface)
    if problem is not None:
        iface.messageBar().pushMessage("Ondergrond", problem, Qgis.MessageLevel.Warning, 10)
        return None
    canvas2d = iface.mapCanvas()
    crs = view_crs(iface)
    extent = view_extent(iface, crs)
    layers = [layer for layer in canvas2d.layers() if isinstance(layer, QgsVectorLayer)]
    depth = depth_in_view(layers)
    band = band_size(depth)
    exaggeration = exaggeration_for(extent.width(), depth)
    set_exaggeration(exaggeration, layers)
    name = unique_name(iface, name or tr("Subsurface 3D"))
    translucent = make_wide_volumes_translucent(layers, extent, crs)  # before the scene loads the layers
    canvas = create_3d_canvas(iface, name)
    if canvas is None:  # QGIS before 3.28: its own 3D view, which Python cannot set up, and what to do in it
        from ..compat import QAction

        action = iface.mainWindow().findChild(QAction, "mActionNew3DMapCanvas")
        before = set(open_docks(iface))
        if action is not None:
            action.trigger()
        legend = legend_dock(iface, legend_html(layers, band, depth, set_up=False, exaggeration=exaggeration))
        VIEWS.append(View(None, legend, None, depth, band, name, exaggeration))
        VIEWS[-1].qgis_docks = [dock for dock in open_docks(iface) if dock not in before]
        iface.messageBar().pushMessage("Ondergrond", tr(
            "This QGIS (before 3.28) does not let plugins set up a 3D view: in the new 3D map view, switch the "
            "terrain off in its configuration and tilt the camera (Shift + drag)."), Qgis.MessageLevel.Info, 15)
        return VIEWS[-1]
    # on the west side, level with the centre: in view of the oblique camera (a corner falls out of it)
    scale = depth_scale_layer(extent.xMinimum() + 0.15 * extent.width(), extent.center().y(), depth, crs, band,
                              exaggeration)
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
    drawn = depth * exaggeration  # how deep the deepest depth is drawn
    canvas.cameraController().setLookingAtPoint(world_point(dx, dy, -drawn / 2),
                                                camera_distance(extent.width(), drawn), CAMERA_PITCH, CAMERA_HEADING)
    legend = legend_dock(iface, legend_html(layers + [scale], band, depth, exaggeration=exaggeration,
                                            translucent=translucent))
    VIEWS.append(View(canvas, legend, scale, depth, band, name, exaggeration))
    VIEWS[-1].translucent = translucent
    return VIEWS[-1]


class Subsurface3DGui:
    """The menu entry and toolbar button."""

    def __init__(self, iface):
        self.iface = iface
        self.action = None

    def initGui(self):
        from qgis.PyQt.QtGui import QIcon

        self.action = QAction(QIcon(str(ICON)), tr("Subsurface 3D view"), self.iface.mainWindow())
        self.action.setObjectName("OndergrondSubsurface3D")
        self.action.setToolTip(tr("Open a 3D map view of the current extent set up for the subsurface: terrain "
                                  "off, an oblique camera, a depth scale and a legend"))
        self.action.triggered.connect(self.run)
        self.iface.addPluginToMenu(tr("&Ondergrond"), self.action)
        self.iface.addToolBarIcon(self.action)
        QgsProject.instance().customVariablesChanged.connect(follow_exaggeration)

    def run(self):
        open_view(self.iface)

    def unload(self):
        with contextlib.suppress(TypeError, RuntimeError):
            QgsProject.instance().customVariablesChanged.disconnect(follow_exaggeration)
        if self.action is not None:
            self.iface.removePluginMenu(tr("&Ondergrond"), self.action)
            self.iface.removeToolBarIcon(self.action)
            self.action = None
        close_all(self.iface)
