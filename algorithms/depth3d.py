"""Depth and time on every output layer when QGIS loads it (run by base.StylePostProcessor after the QML).

- 3D: a layer with depths and no 3D renderer in its style gets one at its depth: volumes (polygons) by
  top_m/bottom_m (or band_top_m/band_bottom_m) as prisms from -bottom up to -top, an unbounded bottom drawn
  50 m thick and translucent grey; lines and points by depth_m (top of the pipe; the KLIC import's depth
  measurements and appurtenances too) per depth bin as tubes and spheres of their diameter_m (or height_m),
  unknown depth drawn at 1 m in light grey so it stands out. Polygons without top/bottom (the KLIC
  precaution zones and excavation polygons: IMKL gives them no depth) stay 2D.
- Elevation (QGIS 3.26+, through compat): z = -depth, volumes extruded over their depth range, so the
  Elevation Profile tool draws them along any line; pipes and points there as blue dots and lines (grey:
  depth unknown), since their 2D style draws nothing where a pipe crosses the profile line.
- Time: a layer with valid_from/valid_to (or overlap_from/overlap_to: the conflicts) gets temporal
  properties from those fields (inclusive years or dates, empty = open), so the temporal controller
  filters it. QGIS 3.22 leaves them off for a GeoPackage's default style, hence here.

- Vertical exaggeration (3D only; the Elevation Profile stays at true depth): every 3D depth is multiplied by
  the project (or global) variable ``ondergrond_exaggeration`` (1 when unset). Volumes read it in their
  data-defined expressions (EXAGGERATION); QGIS cannot data-define the depth of line and point 3D symbols, so
  their fixed per-rule depths are multiplied by it when it is set (``exaggerate``, by the Subsurface 3D
  view and whenever the variable changes), and the layer remembers the factor it is drawn at.

Layers without a valid CRS (the cross-section's section coordinates) are left alone.
"""

from ..compat import (
    altitude_clamping_absolute,
    point_3d_shape,
    point_3d_transform,
    scale_3d_renderer_vertically,
    set_layer_elevation_from_depth,
    set_profile_symbols,
    set_symbol_material,
    set_symbol_z,
    symbol_3d_property,
    symbol_layer_property,
    temporal_mode_start_end_expressions,
)
from ..compat import (
    renderer_3d as layer_renderer_3d,
)

DEFAULT_THICKNESS_M = 50.0   # drawn thickness of an unbounded volume
UNKNOWN_DEPTH_M = 1.0        # where a pipe without depth is drawn (the practice values of the network operators)
UNKNOWN_COLOUR = "#BBBBBB"
DEPTH_COLOUR = "#0072B2"
PIPE_DEPTH_BINS = (0.0, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 5.0, 10.0, 50.0, 200.0, 1000.0, 5000.0)
VOLUME_FIELDS = (("top_m", "bottom_m"), ("band_top_m", "band_bottom_m"))
SIZE_FIELDS = ("diameter_m", "height_m")
TIME_FIELDS = (("valid_from", "valid_to"), ("overlap_from", "overlap_to"))
EXAGGERATION_VARIABLE = "ondergrond_exaggeration"
EXAGGERATION = "coalesce(@{}, 1)".format(EXAGGERATION_VARIABLE)
EXAGGERATION_PROPERTY = "ondergrond/exaggeration"  # the factor a layer's fixed line/point 3D depths are drawn at


def exaggerated(expression):
    """``expression`` (m) multiplied by the vertical exaggeration of the 3D views."""
    return "({}) * {}".format(expression, EXAGGERATION)


def volume_3d_expressions(top_expression, bottom_expression):
    """(Height, ExtrusionHeight) expressions of a 3D prism from -bottom up to -top, exaggerated: a volume
    30-100 m deep at exaggeration 2 stands on z = -200 and rises 140 m, to -60."""
    return "-({})".format(exaggerated(bottom_expression)), exaggerated(
        "({}) - ({})".format(bottom_expression, top_expression))


def exaggeration(project=None):
    """The vertical exaggeration set on the project (or globally): a positive number, 1 when unset or invalid."""
    from qgis.core import QgsExpressionContextUtils, QgsProject

    scope = QgsExpressionContextUtils.projectScope(project or QgsProject.instance())
    value = scope.variable(EXAGGERATION_VARIABLE)
    if value is None:
        value = QgsExpressionContextUtils.globalScope().variable(EXAGGERATION_VARIABLE)
    try:
        value = float(value)
    except (TypeError, ValueError):
        return 1.0
    return value if value > 0 and value == value and value != float("inf") else 1.0


def exaggerate(layer, factor):
    """Draw the layer's fixed line and point 3D depths at ``factor`` (relative to the factor they are drawn
    at now, remembered on the layer). Returns whether anything changed."""
    if layer_renderer_3d(layer) is None or (depth_spec(layer) is None and layer.customProperty(
            EXAGGERATION_PROPERTY) is None):  # not a layer with depths: its own 3D style is left alone
        return False
    try:
        current = float(layer.customProperty(EXAGGERATION_PROPERTY, 1.0))
    except (TypeError, ValueError):
        current = 1.0
    if current <= 0 or abs(current - factor) < 1e-9:
        return False
    scale_3d_renderer_vertically(layer, factor / current)
    layer.setCustomProperty(EXAGGERATION_PROPERTY, factor)
    return True


def _quoted(name):
    return '"{}"'.format(name)


def depth_spec(layer):
    """("volume", top, bottom) or ("pipe", depth, size or None) field names, or None without depths.

    Points and lines with ``depth_m`` go by it (a KLIC depth measurement also carries top_m/bottom_m, the
    same point as an interval for the reservation check); polygons by their top/bottom."""
    from qgis.core import QgsWkbTypes

    names = set(layer.fields().names())
    polygon = QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
    if "depth_m" in names and not polygon:
        return "pipe", "depth_m", next((size for size in SIZE_FIELDS if size in names), None)
    for top, bottom in VOLUME_FIELDS:
        if top in names:
            return "volume", top, bottom if bottom in names else None
    if "depth_m" in names:
        return "pipe", "depth_m", next((size for size in SIZE_FIELDS if size in names), None)
    return None


def time_spec(layer):
    names = set(layer.fields().names())
    return next(((a, b) for a, b in TIME_FIELDS if a in names and b in names), None)


def _expressions(spec):
    kind, top, other = spec
    top_expression = "coalesce({}, {})".format(_quoted(top), 0 if kind == "volume" else UNKNOWN_DEPTH_M)
    if kind == "volume":
        bottom = "coalesce({}, {} + {:g})".format(_quoted(other), top_expression, DEFAULT_THICKNESS_M) if other \
            else "({} + {:g})".format(top_expression, DEFAULT_THICKNESS_M)
    else:
        size = "coalesce({}, 0.1)".format(_quoted(other)) if other else "0.1"
        bottom = "({} + {})".format(top_expression, size)
    return top_expression, bottom


def _colour(hex_colour):
    from qgis.PyQt.QtGui import QColor

    return QColor(hex_colour)


def material_3d(hex_colour):
    """The Phong material of every Ondergrond 3D symbol (the template styles use it too)."""
    from qgis._3d import QgsPhongMaterialSettings

    material = QgsPhongMaterialSettings()
    material.setDiffuse(_colour(hex_colour))
    material.setAmbient(_colour(hex_colour).darker(200))
    return material


def finish_3d(symbol, hex_colour):
    """A 3D symbol at absolute altitude (metres below ground are negative) in ``hex_colour``."""
    symbol.setAltitudeClamping(altitude_clamping_absolute())
    set_symbol_material(symbol, material_3d(hex_colour))
    return symbol


def _volume_symbol(top_expression, bottom_expression, hex_colour):
    from qgis._3d import QgsPolygon3DSymbol
    from qgis.core import QgsProperty, QgsPropertyCollection

    symbol = QgsPolygon3DSymbol()
    properties = QgsPropertyCollection()
    height, extrusion = volume_3d_expressions(top_expression, bottom_expression)
    properties.setProperty(symbol_3d_property("Height"), QgsProperty.fromExpression(height))
    properties.setProperty(symbol_3d_property("ExtrusionHeight"), QgsProperty.fromExpression(extrusion))
    symbol.setDataDefinedProperties(properties)
    symbol.setAddBackFaces(True)
    return finish_3d(symbol, hex_colour)


def _pipe_symbol(geometry_type, depth, size, hex_colour):
    """A tube (line) or sphere (point) of ``size`` m whose top lies ``depth`` m below ground."""
    from qgis.core import QgsWkbTypes

    if geometry_type == QgsWkbTypes.GeometryType.PointGeometry:
        from qgis._3d import QgsPoint3DSymbol

        symbol = QgsPoint3DSymbol()
        symbol.setShape(point_3d_shape("Sphere"))
        symbol.setShapeProperties({"radius": max(size, 0.3) / 2})
        symbol.setTransform(point_3d_transform(-(depth + size / 2)))
        return finish_3d(symbol, hex_colour)
    from qgis._3d import QgsLine3DSymbol

    symbol = QgsLine3DSymbol()
    symbol.setRenderAsSimpleLines(False)
    symbol.setWidth(max(size, 0.1))
    set_symbol_z(symbol, -(depth + size))
    symbol.setExtrusionHeight(max(size, 0.1))
    return finish_3d(symbol, hex_colour)


def renderer_3d(layer, spec):
    """A rule-based 3D renderer of the layer at its depths (see the module text)."""
    from qgis._3d import QgsRuleBased3DRenderer
    from qgis.core import QgsWkbTypes

    Rule = QgsRuleBased3DRenderer.Rule
    root = Rule(None)
    geometry_type = QgsWkbTypes.geometryType(layer.wkbType())
    kind, top, other = spec
    if kind == "volume" and geometry_type == QgsWkbTypes.GeometryType.PolygonGeometry:
        top_expression, bottom_expression = _expressions(spec)
        known = "{} IS NOT NULL".format(_quoted(other)) if other else "false"
        root.appendChild(Rule(_volume_symbol(top_expression, bottom_expression, DEPTH_COLOUR), known,
                              "depth known"))
        root.appendChild(Rule(_volume_symbol(top_expression, bottom_expression, UNKNOWN_COLOUR),
                              "NOT ({})".format(known), "bottom unknown"))
        return QgsRuleBased3DRenderer(root)
    if geometry_type == QgsWkbTypes.GeometryType.PolygonGeometry:
        return None
    if kind == "volume":  # a line or point with top_m/bottom_m: per depth bin of its top
        depth_field, size = top, 0.3
    else:
        depth_field, size = top, 0.15
    bins = list(zip(PIPE_DEPTH_BINS[:-1], PIPE_DEPTH_BINS[1:]))
    for low, high in bins:
        root.appendChild(Rule(_pipe_symbol(geometry_type, (low + high) / 2, size, DEPTH_COLOUR),
                              "{f} >= {lo:g} AND {f} < {hi:g}".format(f=_quoted(depth_field), lo=low, hi=high),
                              "{:g}-{:g} m".format(low, high)))
    root.appendChild(Rule(_pipe_symbol(geometry_type, UNKNOWN_DEPTH_M, size, UNKNOWN_COLOUR),
                          "{f} IS NULL OR {f} >= {hi:g}".format(f=_quoted(depth_field), hi=PIPE_DEPTH_BINS[-1]),
                          "depth unknown"))
    return QgsRuleBased3DRenderer(root)


def apply_time(layer):
    spec = time_spec(layer)
    if spec is None:
        return False
    first, last = (_quoted(name) for name in spec)
    temporal = layer.temporalProperties()
    temporal.setMode(temporal_mode_start_end_expressions())
    # inclusive years or dates; QGIS 3.22 drops features whose start or end is NULL: open ends are 1 / 9999
    temporal.setStartExpression("coalesce(try(to_date({0}), make_date(to_int({0}), 1, 1)), make_date(1, 1, 1))".format(
        first))
    temporal.setEndExpression("coalesce(try(to_date({0}), make_date(to_int({0}), 12, 31)), make_date(9999, 12, 31))"
                              .format(last))
    temporal.setIsActive(True)
    return True


def apply_depth(layer):
    """3D renderer (when the style has none) and elevation properties (3.26+) from the layer's depths."""
    spec = depth_spec(layer)
    if spec is None:
        return False
    if layer.renderer3D() is None:
        renderer = renderer_3d(layer, spec)
        if renderer is not None:
            layer.setRenderer3D(renderer)
    # The project's 3D views are exaggerated: so is this layer, whether its 3D renderer was made here or came
    # with its style (a template layer added after the view was opened).
    exaggerate(layer, exaggeration())
    top_expression, bottom_expression = _expressions(spec)
    if spec[0] == "volume":
        set_layer_elevation_from_depth(layer, "-({})".format(bottom_expression),
                                       "({}) - ({})".format(bottom_expression, top_expression))
    elif set_layer_elevation_from_depth(layer, "-({})".format(top_expression)):
        set_profile_symbols(layer, *profile_symbols(spec[1]))
    return True


def profile_symbols(depth_field):
    """(marker, line) for the Elevation Profile tool: blue where the depth is known, grey where it is not
    (drawn at UNKNOWN_DEPTH_M), so an assumed depth is visibly different there too."""
    from qgis.core import QgsLineSymbol, QgsMarkerSymbol, QgsProperty

    colour = QgsProperty.fromExpression("if({} IS NULL, '{}', '{}')".format(
        _quoted(depth_field), UNKNOWN_COLOUR, DEPTH_COLOUR))

    def dot():
        symbol = QgsMarkerSymbol.createSimple({"name": "circle", "size": "3", "color": DEPTH_COLOUR,
                                               "outline_color": "#1a1a1a", "outline_width": "0.2"})
        symbol.symbolLayer(0).setDataDefinedProperty(symbol_layer_property("FillColor"), colour)
        return symbol

    # a pipe crossing the profile line is a piece of zero length there (it runs across): a square cap makes
    # it a square at its depth (a round cap draws nothing); a pipe along the line is a thick line
    line = QgsLineSymbol.createSimple({"color": DEPTH_COLOUR, "width": "2", "capstyle": "square"})
    line.symbolLayer(0).setDataDefinedProperty(symbol_layer_property("StrokeColor"), colour)
    marker = dot()
    return marker, line


def apply(layer):
    """Depth and time for an output layer just loaded (never raises: styling must not fail a run)."""
    try:
        if not hasattr(layer, "fields") or not layer.crs().isValid():
            return
        apply_time(layer)
        apply_depth(layer)
    except Exception as error:  # noqa: BLE001 - a missing 3D library or an old binding: keep the 2D style
        from qgis.core import Qgis, QgsMessageLog

        QgsMessageLog.logMessage("Ondergrond: no 3D/time for {}: {}".format(layer.name(), error), "Ondergrond",
                                 Qgis.MessageLevel.Warning)
