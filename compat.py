"""What differs between the QGIS versions Ondergrond supports (3.22 to 4.x, Qt5 and Qt6): one place.

Algorithms, styles and the GUI import these names instead of testing versions themselves.
"""

from qgis.core import Qgis, QgsField

__all__ = ["DEPTH_3D_ATTRIBUTES", "FIELD_TYPES", "QAction", "QGIS_VERSION_INT", "make_field", "make_fields",
           "neutral_3d_style", "set_layer_z_offset", "set_symbol_z", "symbol_z", "POINT_3D_Z_UP",
           "point_3d_transform", "point_symbol_z", "adapt_3d_renderer", "load_style",
           "renderer_3d", "symbol_3d", "model_output_name", "scale_3d_renderer_vertically", "set_polygon_3d_opacity",
           "scale_3d_symbol_vertically", "set_material_opacity",
           "save_style_to_database", "writes_shipped_styles"]

QGIS_VERSION_INT = Qgis.QGIS_VERSION_INT


def writes_shipped_styles():
    """True on the QGIS the shipped QML files are generated with: the oldest supported (3.22), so that every
    later version reads them; later versions add their own attributes when they write a style."""
    return QGIS_VERSION_INT // 100 == 322

# QgsField takes a QMetaType.Type from 3.38 on; the QVariant.Type constructor is deprecated there and
# QVariant.Type is gone in Qt6.
if QGIS_VERSION_INT >= 33800:
    from qgis.PyQt.QtCore import QMetaType

    _TYPES = {
        "string": QMetaType.Type.QString,
        "int": QMetaType.Type.Int,
        "long": QMetaType.Type.LongLong,
        "double": QMetaType.Type.Double,
        "bool": QMetaType.Type.Bool,
        "date": QMetaType.Type.QDate,
        "datetime": QMetaType.Type.QDateTime,
    }
else:
    from qgis.PyQt.QtCore import QVariant

    _TYPES = {
        "string": QVariant.String,  # noqa: QGS402 (QGIS < 3.38 only, always Qt5)
        "int": QVariant.Int,  # noqa: QGS402 (QGIS < 3.38 only, always Qt5)
        "long": QVariant.LongLong,  # noqa: QGS402 (QGIS < 3.38 only, always Qt5)
        "double": QVariant.Double,  # noqa: QGS402 (QGIS < 3.38 only, always Qt5)
        "bool": QVariant.Bool,  # noqa: QGS402 (QGIS < 3.38 only, always Qt5)
        "date": QVariant.Date,  # noqa: QGS402 (QGIS < 3.38 only, always Qt5)
        "datetime": QVariant.DateTime,  # noqa: QGS402 (QGIS < 3.38 only, always Qt5)
    }

FIELD_TYPES = tuple(_TYPES)


def make_field(name: str, kind: str) -> QgsField:
    """A QgsField of ``kind`` (one of FIELD_TYPES: string, int, long, double, bool, date, datetime)."""
    return QgsField(name, _TYPES[kind])


def make_fields(spec):
    """QgsFields from ``(name, kind)`` pairs."""
    from qgis.core import QgsFields

    fields = QgsFields()
    for name, kind in spec:
        fields.append(make_field(name, kind))
    return fields


# --- Qt classes that moved between Qt5 and Qt6 -------------------------------------------------------
try:  # Qt6 (QGIS 4): QAction lives in QtGui
    from qgis.PyQt.QtGui import QAction
except ImportError:  # Qt5 (QGIS 3): QtWidgets
    from qgis.PyQt.QtWidgets import QAction


# --- 3D symbols -----------------------------------------------------------------------------------
# QgsLine3DSymbol and QgsPolygon3DSymbol call their vertical placement "height" up to QGIS 3.34 and
# "offset" from 3.36 on (qgis/QGIS pull request 54992): setHeight()/height() became setOffset()/offset()
# (the old names deprecated), and their XML attribute <data height="..."> became <data offset="..."> with
# no fallback when reading. A style written on one side of 3.36 loses its depths on the other unless it
# carries both attributes: neutral_3d_style() writes both, and QGIS reads the one it knows.
# (Point symbols place their shape with a transform matrix instead: see POINT_3D_Z_UP below.)
DEPTH_3D_ATTRIBUTES = ("height", "offset")


def _as_own_class(thing, classes):
    """``thing`` as the class its type() names: some versions' bindings hand out 3D renderers and symbols
    as their abstract base class."""
    from qgis.PyQt import sip

    wanted = classes().get(thing.type()) if thing is not None else None
    if wanted is not None and not isinstance(thing, wanted):
        thing = sip.cast(thing, wanted)
    return thing


def _symbol_classes():
    from qgis._3d import QgsLine3DSymbol, QgsPoint3DSymbol, QgsPolygon3DSymbol

    return {"line": QgsLine3DSymbol, "polygon": QgsPolygon3DSymbol, "point": QgsPoint3DSymbol}


def _renderer_classes():
    from qgis._3d import QgsRuleBased3DRenderer, QgsVectorLayer3DRenderer

    return {"rulebased": QgsRuleBased3DRenderer, "vector": QgsVectorLayer3DRenderer}


def symbol_3d(symbol):
    """A 3D symbol as its own class (QgsLine3DSymbol, QgsPolygon3DSymbol, QgsPoint3DSymbol)."""
    return _as_own_class(symbol, _symbol_classes)


def set_symbol_z(symbol, z):
    """Place a line or polygon 3D symbol at ``z`` (m, negative below ground) on every QGIS version."""
    symbol = symbol_3d(symbol)
    if hasattr(symbol, "setOffset"):
        symbol.setOffset(z)
    else:
        symbol.setHeight(z)


def symbol_z(symbol):
    """The vertical placement of a line or polygon 3D symbol (m, negative below ground)."""
    symbol = symbol_3d(symbol)
    return symbol.offset() if hasattr(symbol, "offset") else symbol.height()


def neutral_3d_style(xml_text):
    """A QML/QGS text whose line and polygon 3D symbols carry both ``height`` and ``offset`` (same value).

    Only the ``<data>`` element directly inside ``<symbol type="line|polygon">`` is touched; an element
    that has one of the two attributes gets the other with the same value. Plain text in, plain text out
    (the rest of the document is left byte for byte as it was)."""
    import re

    def fix(match):
        data = match.group(0)
        values = {name: re.search(r'\s{}="([^"]*)"'.format(name), data) for name in DEPTH_3D_ATTRIBUTES}
        present = [name for name in DEPTH_3D_ATTRIBUTES if values[name]]
        if len(present) != 1:
            return data
        missing = next(name for name in DEPTH_3D_ATTRIBUTES if name not in present)
        value = values[present[0]].group(1)
        close = "/>" if data.endswith("/>") else ">"
        return '{} {}="{}"{}'.format(data[:-len(close)].rstrip(), missing, value, close)

    # The type attribute may stand anywhere in the tag (QGIS writes attributes in a hash order).
    return re.sub(r'<symbol\s[^>]*?\btype="(?:line|polygon)"[^>]*>\s*<data\s[^>]*>',
                  lambda m: re.sub(r"<data\s[^>]*>", fix, m.group(0)), xml_text)


# QgsPoint3DSymbol places its shape with a 4x4 transform in the 3D world's axes: up to QGIS 3.40 the Qt3D
# "Y up" convention (x east, y up, z south), from 3.42 on "Z up" (x east, y north, z up; qgis/QGIS pull
# requests 59272 and 59373), with no conversion of transforms read from older styles. One matrix cannot
# serve both, so point depths are written the old way (the shipped styles) and moved to the new axes when a
# style is loaded (load_style / adapt_3d_renderer).
POINT_3D_Z_UP = QGIS_VERSION_INT >= 34200


def point_3d_transform(z):
    """A QMatrix4x4 that moves a 3D point symbol's shape ``z`` m up (negative: below ground) on this QGIS."""
    from qgis.PyQt.QtGui import QMatrix4x4

    matrix = QMatrix4x4()
    matrix.translate(0, 0, z) if POINT_3D_Z_UP else matrix.translate(0, z, 0)
    return matrix


def point_symbol_z(symbol):
    """How far up (m, negative below ground) a 3D point symbol's transform moves its shape on this QGIS."""
    column = symbol_3d(symbol).transform().column(3)
    return column.z() if POINT_3D_Z_UP else column.y()


def _z_up_point_symbol(symbol):
    """A copy of a "Y up" point symbol whose transform moves only vertically, moved to "Z up"; else None.

    The copy returned is the wrapper that owns the new symbol (pass it on to take ownership): a sip.cast
    view of it owns nothing, and the symbol would be deleted with the owner."""
    from qgis.PyQt.QtGui import QMatrix4x4

    if symbol is None or symbol.type() != "point":
        return None
    column = symbol_3d(symbol).transform().column(3)
    if column.y() == 0 or column.z() != 0:
        return None
    copy = symbol.clone()
    view = symbol_3d(copy)
    matrix = QMatrix4x4(view.transform())
    matrix.setColumn(3, type(column)(column.x(), 0.0, column.y(), column.w()))
    view.setTransform(matrix)
    return copy


def renderer_3d(layer):
    """The layer's 3D renderer as its own class (QgsRuleBased3DRenderer, QgsVectorLayer3DRenderer); None
    when it has none."""
    renderer = layer.renderer3D() if hasattr(layer, "renderer3D") else None
    return _as_own_class(renderer, _renderer_classes) if renderer is not None else None


def adapt_3d_renderer(layer):
    """Make the 3D renderer of a layer whose style was just loaded fit this QGIS: point symbols written in
    the "Y up" axes (QGIS < 3.42, as styles/ ships them) get their vertical move on the "Z up" axis of 3.42+.
    Line and polygon depths need nothing here (their styles carry both height and offset). Returns the
    number of symbols changed."""
    if not POINT_3D_Z_UP:
        return 0
    return _map_3d_symbols(layer, _z_up_point_symbol)


def _map_3d_symbols(layer, change):
    """Replace every 3D symbol of the layer's renderer by ``change(symbol)`` (a new owning copy, or None to keep
    it); returns the number changed. The renderer is cloned and set again, so QGIS redraws the layer in 3D."""
    current = renderer_3d(layer)
    if current is None:
        return 0
    owner = current.clone()
    renderer = _as_own_class(owner, _renderer_classes)
    changed = 0
    if hasattr(renderer, "rootRule"):
        rules = list(renderer.rootRule().children())
        while rules:
            rule = rules.pop()
            rules.extend(rule.children())
            symbol = change(rule.symbol()) if rule.symbol() is not None else None
            if symbol is not None:
                rule.setSymbol(symbol)
                changed += 1
    elif hasattr(renderer, "symbol") and renderer.symbol() is not None:
        symbol = change(renderer.symbol())
        if symbol is not None:
            renderer.setSymbol(symbol)
            changed += 1
    if changed:
        layer.setRenderer3D(owner)
    return changed


TUBE_MAX_WIDTH_M = 2.0  # narrower line 3D symbols are pipes and cables; wider ones walls (the faults: 5 m)


def scale_3d_symbol_vertically(symbol, factor):
    """A copy of a line or point 3D symbol drawn at ``factor`` times its depth; None for other symbols
    (polygons take their depths from expressions). A pipe or cable (a line 3D symbol narrower than
    TUBE_MAX_WIDTH_M) keeps its thickness and gets its top at ``factor`` times its depth; a wall (a fault over
    a depth band) and a point's shape (its transform on this QGIS's vertical axis: a root zone's length too)
    are stretched by ``factor``."""
    from qgis.PyQt.QtGui import QMatrix4x4

    if symbol is None or symbol.type() not in ("line", "point"):
        return None
    copy = symbol.clone()
    view = symbol_3d(copy)
    if symbol.type() == "line":
        base, thickness = symbol_z(view), view.extrusionHeight()
        if view.width() < TUBE_MAX_WIDTH_M:  # a pipe or cable: its top moves, its size stays
            set_symbol_z(view, (base + thickness) * factor - thickness)
        else:
            set_symbol_z(view, base * factor)
            view.setExtrusionHeight(thickness * factor)
        return copy
    scale = QMatrix4x4()
    scale.scale(1.0, 1.0, factor) if POINT_3D_Z_UP else scale.scale(1.0, factor, 1.0)
    view.setTransform(scale * QMatrix4x4(view.transform()))
    return copy


def scale_3d_renderer_vertically(layer, factor):
    """Multiply the vertical placement and size of the line and point symbols of the layer's 3D renderer by
    ``factor`` (QGIS cannot data-define them: their depths are fixed per rule). Returns the number changed."""
    return _map_3d_symbols(layer, lambda symbol: scale_3d_symbol_vertically(symbol, factor))


# Phong material opacity (translucent 3D symbols): QGIS 3.26+; before, 3D symbols are opaque.
def set_material_opacity(material, opacity):
    """Set a Phong material's opacity (0-1) where QGIS has it (3.26+); returns whether it was set."""
    if not hasattr(material, "setOpacity"):
        return False
    material.setOpacity(opacity)
    return True


POLYGON_3D_WALLS_ONLY = 1  # QgsPolygon3DSymbol.renderedFacade(): 0 none, 1 walls, 2 roofs, 3 walls and roofs


def set_polygon_3d_opacity(layer, opacity):
    """Make the polygon (volume) 3D symbols of the layer see-through: drawn as their walls only (no roof or
    floor, every QGIS: what lies inside shows from above) and at ``opacity`` where QGIS has material opacity
    (3.26+; QGIS 3.40 under Mesa drew such a roof opaque all the same, hence the walls). Returns the number
    of symbols changed."""
    def change(symbol):
        if symbol is None or symbol.type() != "polygon":
            return None
        copy = symbol.clone()
        view = symbol_3d(copy)
        view.setRenderedFacade(POLYGON_3D_WALLS_ONLY)
        material = symbol_material(view).clone()
        if set_material_opacity(material, opacity):
            set_symbol_material(view, material)
        return copy

    return _map_3d_symbols(layer, change)


def load_style(layer, qml_path):
    """``layer.loadNamedStyle(qml_path)`` made to fit this QGIS's 3D axes; returns ``(message, ok)``."""
    message, ok = layer.loadNamedStyle(str(qml_path))
    if ok:
        adapt_3d_renderer(layer)
    return message, ok


# --- Styles in data sources ------------------------------------------------------------------------
def save_style_to_database(layer, name, description, use_as_default):
    """Store the layer's style in its data source (a GeoPackage's layer_styles table); returns an error
    message, "" when stored. QGIS 3.44 deprecates saveStyleToDatabase() for saveStyleToDatabaseV2(), which
    reports what failed as flags (an SLD the style cannot be written as is no failure here)."""
    if not hasattr(layer, "saveStyleToDatabaseV2"):
        return layer.saveStyleToDatabase(name, description, use_as_default, "")
    from qgis.core import QgsMapLayer

    results, message = layer.saveStyleToDatabaseV2(name, description, use_as_default, "")
    failed = [getattr(QgsMapLayer.SaveStyleResult, flag) for flag in ("QmlGenerationFailed", "DatabaseWriteFailed")]
    if any(bool(results & flag) for flag in failed):
        return message or "the style could not be stored"
    return ""


# --- Processing models ----------------------------------------------------------------------------
def model_output_name(model, child_id, output_name):
    """The parameter (and result) name of a model output: ``<child>:<output>`` for models read from files
    without an internal version (all of models/*.model3, see scripts/build_models.py) and on QGIS < 3.32;
    a name made from the output's description for a model built in Python on newer versions."""
    for definition in model.destinationParameterDefinitions():
        metadata = definition.metadata()
        if metadata.get("_modelChildId") == child_id and metadata.get("_modelChildOutputName") == output_name:
            return definition.name()
    return "{}:{}".format(child_id, output_name)


# --- Layer elevation properties (QGIS 3.26+) ----------------------------------------------------------
def set_layer_z_offset(layer, z_offset):
    """Give a vector layer a fixed z offset (m) in its elevation properties where QGIS has them (3.26+:
    elevation profiles); a no-op before. Returns whether it was set."""
    properties = layer.elevationProperties() if hasattr(layer, "elevationProperties") else None
    if properties is None or not hasattr(properties, "setZOffset"):
        return False
    properties.setZOffset(z_offset)
    return True


def set_layer_elevation_from_depth(layer, z_expression, extrusion_expression=None):
    """Elevation properties (QGIS 3.26+: the Elevation Profile tool) from depths: absolute z given by
    ``z_expression`` (m, negative below ground: ``-"depth_m"``), extruded upward by ``extrusion_expression``
    (m) when given (a volume from its bottom up to its top). A no-op before 3.26; returns whether it was set."""
    properties = layer.elevationProperties() if hasattr(layer, "elevationProperties") else None
    if properties is None or not hasattr(properties, "dataDefinedProperties") or not hasattr(properties,
                                                                                             "setClamping"):
        return False
    from qgis.core import Qgis, QgsMapLayerElevationProperties, QgsProperty

    keys = getattr(QgsMapLayerElevationProperties, "Property", QgsMapLayerElevationProperties)
    properties.setClamping(Qgis.AltitudeClamping.Absolute)
    properties.setZOffset(0.0)
    collection = properties.dataDefinedProperties()
    collection.setProperty(keys.ZOffset, QgsProperty.fromExpression(z_expression))
    if extrusion_expression:
        properties.setExtrusionEnabled(True)
        properties.setExtrusionHeight(0.0)
        collection.setProperty(keys.ExtrusionHeight, QgsProperty.fromExpression(extrusion_expression))
    properties.setDataDefinedProperties(collection)
    return True


def set_profile_symbols(layer, marker, line):
    """Draw a vector layer in the Elevation Profile tool with these marker and line symbols instead of its 2D
    style (QGIS 3.26+; a no-op before). Returns whether it was set. (With its own 2D style QGIS 3.40 drew
    nothing for lines that cross the profile line: their results are points, which a line symbol cannot draw.)"""
    properties = layer.elevationProperties() if hasattr(layer, "elevationProperties") else None
    if properties is None or not hasattr(properties, "setProfileMarkerSymbol"):
        return False
    if hasattr(properties, "setRespectLayerSymbology"):
        properties.setRespectLayerSymbology(False)
    properties.setProfileMarkerSymbol(marker)
    properties.setProfileLineSymbol(line)
    return True


def symbol_layer_property(name):
    """A data-defined property key of 2D symbol layers by name ("FillColor", "StrokeColor") on every QGIS."""
    from qgis.core import QgsSymbolLayer

    scoped = getattr(QgsSymbolLayer, "Property", None)
    if scoped is not None and hasattr(scoped, name):
        return getattr(scoped, name)
    return getattr(QgsSymbolLayer, "Property" + name)


def symbol_3d_property(name):
    """A data-defined property key of 3D symbols by name ("Height", "ExtrusionHeight") on every QGIS."""
    from qgis.core import QgsAbstract3DSymbol

    scoped = getattr(QgsAbstract3DSymbol, "Property", None)
    if scoped is not None and hasattr(scoped, name):
        return getattr(scoped, name)
    return getattr(QgsAbstract3DSymbol, "Property" + name)


def point_3d_shape(name):
    """A 3D point shape ("Sphere", "Cylinder"): Qgis.Point3DShape from 3.28, QgsPoint3DSymbol's enum before."""
    shapes = getattr(Qgis, "Point3DShape", None)
    if shapes is not None:
        return getattr(shapes, name)
    from qgis._3d import QgsPoint3DSymbol

    return getattr(QgsPoint3DSymbol, name)


def altitude_clamping_absolute():
    """Absolute altitude clamping of 3D symbols: Qgis.AltitudeClamping from 3.26, Qgs3DTypes before."""
    clamping = getattr(Qgis, "AltitudeClamping", None)
    if clamping is not None:
        return clamping.Absolute
    from qgis._3d import Qgs3DTypes

    return Qgs3DTypes.AltClampAbsolute


def temporal_mode_start_end_expressions():
    """Vector temporal mode "start and end from expressions": Qgis.VectorTemporalMode (3.28+) or the class's."""
    modes = getattr(Qgis, "VectorTemporalMode", None)
    if modes is not None:
        return modes.FeatureDateTimeStartAndEndFromExpressions
    from qgis.core import QgsVectorLayerTemporalProperties

    return QgsVectorLayerTemporalProperties.ModeFeatureDateTimeStartAndEndFromExpressions


def set_symbol_material(symbol, material):
    """Set a 3D symbol's material: setMaterialSettings (3.16+; the only one on 3.40), setMaterial before."""
    setter = getattr(symbol, "setMaterialSettings", None) or symbol.setMaterial
    setter(material)


def symbol_material(symbol):
    """A 3D symbol's material settings (materialSettings on newer QGIS, material on older)."""
    getter = getattr(symbol, "materialSettings", None) or symbol.material
    return getter()


# --- 3D map views --------------------------------------------------------------------------------------
def create_3d_canvas(iface, name):
    """A new 3D map view the plugin can set up (iface.createNewMapCanvas3D, QGIS 3.28+), or None where QGIS
    does not let Python configure one (3.22: its 3D canvas is not in the Python bindings)."""
    create = getattr(iface, "createNewMapCanvas3D", None)
    return create(name) if create is not None else None


def world_point(x, y, z):
    """A QgsVector3D in the 3D scene's world axes from map-relative x (east), y (north), z (up), in m:
    "Y up" (x, z, -y) before QGIS 3.42, "Z up" (x, y, z) from 3.42 on."""
    from qgis.core import QgsVector3D

    return QgsVector3D(x, y, z) if POINT_3D_Z_UP else QgsVector3D(x, z, -y)


# Layer elevation properties with data-defined z and extrusion (the Elevation Profile tool): QGIS 3.26+.
HAS_ELEVATION_PROPERTIES = QGIS_VERSION_INT >= 32600
# A 3D map view Python can open and set up (iface.createNewMapCanvas3D): QGIS 3.28+.
CAN_SET_UP_3D_VIEW = QGIS_VERSION_INT >= 32800
