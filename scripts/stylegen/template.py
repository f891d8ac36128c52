"""The house style of the lagenbenadering template layers: styles/<layer>.qml, one per schema in
core/templates.py, so the styles and the data model cannot drift apart. Design (styles/README.md):
- cables and pipes coloured by IMKL thema (core/templates.IMKL_THEMES, the KLIC visualisation colours),
  depth unknown dashed, a label "<thema abbreviation> <depth> m" as a colour-independent second cue;
- the keuze status as solid (gemaakt) / outline (te maken) / hatched (te agenderen) everywhere;
- subsurface volumes rule-based per depth band (the default depth bands, viridis: colour-blind safe);
- temporal properties from valid_from/valid_to, a 3D renderer at depth below ground.
"""

from ondergrond.algorithms.depth3d import DEFAULT_THICKNESS_M, UNKNOWN_DEPTH_M, finish_3d, volume_3d_expressions

from .common import OKABE_ITO, VIRIDIS_6, write
from .common import colour as _colour
from .common import darker as _darker

# --- colours ----------------------------------------------------------------------------------------
# Viridis at six stops (colour-blind safe, monotone in lightness): shallow = light, deep = dark.
DEPTH_BAND_COLOURS = VIRIDIS_6
DEEPER_COLOUR = "#1a0a2e"
LAND_USE_COLOURS = {
    "wonen": "#e69f00", "bedrijven": "#cc79a7", "landbouw": "#f0e442", "recreatie": "#56b4e9",
    "natuur": "#009e73", "water": "#0072b2", "verkeer": "#999999",
}
# Protection zones by travel time: dark = strictest (blues, sequential, colour-blind safe).
PROTECTION_COLOURS = {"waterwingebied": "#08306b", "grondwaterbeschermingsgebied": "#2171b5",
                      "intrekgebied": "#9ecae1"}
RESERVE_COLOURS = {"NGR": "#4292c6", "ASV": "#9ecae1"}
TREE_COLOUR = "#1b7837"
# Drawn in 3D: an unbounded volume (NULL bottom_m) this thick, a pipe without depth at this depth (the
# values of the outputs' 3D renderers, algorithms/depth3d.py).
DEFAULT_PIPE_DEPTH_M = UNKNOWN_DEPTH_M

# --- 2D symbols: the keuze status dimension -----------------------------------------------------------
def _fill_symbol(status, colour, outline_only_style=None):
    from qgis.core import (
        QgsFillSymbol,
        QgsLinePatternFillSymbolLayer,
        QgsSimpleFillSymbolLayer,
        QgsSimpleLineSymbolLayer,
        QgsUnitTypes,
    )
    from qgis.PyQt.QtCore import Qt

    symbol = QgsFillSymbol()
    symbol.deleteSymbolLayer(0)
    if status == "gemaakt":
        fill = QgsSimpleFillSymbolLayer(_colour(colour, 170), Qt.SolidPattern, _darker(colour))
        fill.setStrokeWidth(0.3)
        symbol.appendSymbolLayer(fill)
    elif status == "te maken":
        fill = QgsSimpleFillSymbolLayer(_colour(colour, 0), Qt.NoBrush, _colour(colour))
        fill.setStrokeWidth(0.9)
        symbol.appendSymbolLayer(fill)
    else:  # te agenderen: hatched
        hatch = QgsLinePatternFillSymbolLayer()
        hatch.setLineAngle(45)
        hatch.setDistance(2.0)
        hatch.setDistanceUnit(QgsUnitTypes.RenderMillimeters)
        hatch.setLineWidth(0.4)
        hatch.setColor(_colour(colour))
        hatch.subSymbol().setColor(_colour(colour))
        symbol.appendSymbolLayer(hatch)
        border = QgsSimpleLineSymbolLayer(_colour(colour), 0.3)
        symbol.appendSymbolLayer(border)
    return symbol


def _line_symbol(status, colour, width=0.7, dashed_when=None):
    """Solid line / outlined (cased) line / hashed line. ``dashed_when``: expression -> dashed pen."""
    from qgis.core import (
        QgsHashedLineSymbolLayer,
        QgsLineSymbol,
        QgsProperty,
        QgsSimpleLineSymbolLayer,
        QgsSymbolLayer,
        QgsTemplatedLineSymbolLayerBase,
    )

    def line(col, w):
        layer = QgsSimpleLineSymbolLayer(col, w)
        if dashed_when:
            layer.setDataDefinedProperty(QgsSymbolLayer.PropertyStrokeStyle, QgsProperty.fromExpression(
                f"CASE WHEN {dashed_when} THEN 'dash' ELSE 'solid' END"))
        return layer

    symbol = QgsLineSymbol()
    symbol.deleteSymbolLayer(0)
    if status == "gemaakt":
        symbol.appendSymbolLayer(line(_colour(colour), width))
    elif status == "te maken":
        symbol.appendSymbolLayer(line(_colour(colour), width * 2.4))
        symbol.appendSymbolLayer(line(_colour("#ffffff"), width * 1.2))
    else:
        symbol.appendSymbolLayer(line(_colour(colour), width * 0.6))
        hashes = QgsHashedLineSymbolLayer()
        hashes.setPlacement(QgsTemplatedLineSymbolLayerBase.Interval)
        hashes.setInterval(1.6)
        hashes.setHashLength(width * 3.2)
        hashes.setHashAngle(45)
        hashes.subSymbol().setColor(_colour(colour))
        hashes.subSymbol().setWidth(width * 0.5)
        symbol.appendSymbolLayer(hashes)
    return symbol


def _marker_symbol(status, colour, size_expression=None):
    from qgis.core import (
        QgsMarkerSymbol,
        QgsProperty,
        QgsSimpleMarkerSymbolLayer,
        QgsSimpleMarkerSymbolLayerBase,
        QgsSymbolLayer,
        QgsUnitTypes,
    )

    def marker(shape, fill, stroke, stroke_width):
        layer = QgsSimpleMarkerSymbolLayer(shape, 3.0)
        layer.setColor(fill)
        layer.setStrokeColor(stroke)
        layer.setStrokeWidth(stroke_width)
        if size_expression:
            layer.setSizeUnit(QgsUnitTypes.RenderMapUnits)
            layer.setDataDefinedProperty(QgsSymbolLayer.PropertySize,
                                         QgsProperty.fromExpression(size_expression))
        return layer

    symbol = QgsMarkerSymbol()
    symbol.deleteSymbolLayer(0)
    circle = QgsSimpleMarkerSymbolLayerBase.Circle
    if status == "gemaakt":
        symbol.appendSymbolLayer(marker(circle, _colour(colour, 170), _darker(colour), 0.3))
    elif status == "te maken":
        symbol.appendSymbolLayer(marker(circle, _colour(colour, 0), _colour(colour), 0.8))
    else:
        symbol.appendSymbolLayer(marker(circle, _colour(colour, 0), _colour(colour), 0.4))
        symbol.appendSymbolLayer(marker(QgsSimpleMarkerSymbolLayerBase.Cross2, _colour(colour, 0),
                                        _colour(colour), 0.4))
    return symbol


def _status_children(parent, geometry, colour, **symbol_args):
    """Three child rules under ``parent``: te maken, te agenderen, else (gemaakt / NULL)."""
    from qgis.core import QgsRuleBasedRenderer

    from ondergrond.core.templates import STATUS_EXPRESSION as STATUS_EXPR

    make = {"Polygon": _fill_symbol, "LineString": _line_symbol, "Point": _marker_symbol}[geometry]
    for status, label in (("te maken", "te maken keuze"), ("te agenderen", "te agenderen keuze")):
        parent.appendChild(QgsRuleBasedRenderer.Rule(
            make(status, colour, **symbol_args), 0, 0, f"{STATUS_EXPR} = '{status}'", label))
    made = QgsRuleBasedRenderer.Rule(make("gemaakt", colour, **symbol_args), 0, 0, "", "gemaakte keuze")
    made.setIsElse(True)
    parent.appendChild(made)


def _rule_renderer(classes, geometry, **symbol_args):
    """classes: [(label, filter expression or None for ELSE, colour)] -> rule-based renderer."""
    from qgis.core import QgsRuleBasedRenderer

    root = QgsRuleBasedRenderer.Rule(None)
    filters = [expression for _, expression, _ in classes if expression is not None]
    for label, expression, colour in classes:
        # No top-level ELSE rules: QGIS 3.22's legend filter (legendKeysForFeature) drops them, so the
        # "other" class gets the explicit negation of its siblings, and a single class no filter at all.
        rule = QgsRuleBasedRenderer.Rule(None, 0, 0, _else_filter(filters) if expression is None else expression,
                                         label)
        _status_children(rule, geometry, colour, **symbol_args)
        root.appendChild(rule)
    return QgsRuleBasedRenderer(root)


def _depth_band_classes(top_expression):
    from ondergrond.core.templates import DEPTH_BANDS, depth_band_label

    classes = []
    for (top, bottom), colour in zip(DEPTH_BANDS, DEPTH_BAND_COLOURS):
        classes.append((f"{depth_band_label(top, bottom)} (top)",
                        f"{top_expression} >= {top:g} AND {top_expression} < {bottom:g}", colour))
    classes.append((f"> {DEPTH_BANDS[-1][1]:g} m", None, DEEPER_COLOUR))
    return classes


def _kind_classes(colours, field="kind"):
    classes = [(kind, f"\"{field}\" = '{kind}'", colour) for kind, colour in colours.items()]
    classes.append(("overig / onbekend", None, "#999999"))
    return classes


def _theme_classes():
    from ondergrond.core.templates import IMKL_THEMES

    classes = [(f"{label} ({abbreviation})", f"\"utility_type\" = '{code}'", colour)
               for code, abbreviation, colour, label in IMKL_THEMES]
    classes.append(("onbekend thema", None, "#666666"))
    return classes


# --- labels --------------------------------------------------------------------------------------------
def _abbreviation_expression():
    from ondergrond.core.templates import IMKL_THEMES

    # QGIS expressions know only the searched CASE (CASE WHEN condition THEN ...).
    cases = " ".join(f"WHEN \"utility_type\" = '{code}' THEN '{abbr}'" for code, abbr, _, _ in IMKL_THEMES)
    return f"CASE {cases} ELSE '?' END"


def _pipe_labels():
    from qgis.core import (
        QgsLabeling,
        QgsPalLayerSettings,
        QgsTextBufferSettings,
        QgsTextFormat,
        QgsVectorLayerSimpleLabeling,
    )

    settings = QgsPalLayerSettings()
    settings.fieldName = (
        f"{_abbreviation_expression()} || ' ' || CASE WHEN \"depth_m\" IS NULL THEN '? m' "
        "ELSE format_number(\"depth_m\", 1) || ' m' END")
    settings.isExpression = True
    settings.placement = QgsPalLayerSettings.Line
    settings.lineSettings().setPlacementFlags(QgsLabeling.LinePlacementFlag.AboveLine
                                              | QgsLabeling.LinePlacementFlag.MapOrientation)
    settings.dist = 0.6
    settings.repeatDistance = 60
    settings.scaleVisibility = True
    settings.maximumScale = 0
    settings.minimumScale = 5000
    text = QgsTextFormat()
    text.setSize(8)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    text.setBuffer(buffer)
    settings.setFormat(text)
    return QgsVectorLayerSimpleLabeling(settings)


def _volume_labels():
    from qgis.core import QgsPalLayerSettings, QgsTextFormat, QgsVectorLayerSimpleLabeling

    settings = QgsPalLayerSettings()
    settings.fieldName = ("format_number(coalesce(\"top_m\", 0), 0) || '-' || "
                          "coalesce(format_number(\"bottom_m\", 0), '...') || ' m'")
    settings.isExpression = True
    settings.scaleVisibility = True
    settings.maximumScale = 0
    settings.minimumScale = 50000
    text = QgsTextFormat()
    text.setSize(7)
    settings.setFormat(text)
    return QgsVectorLayerSimpleLabeling(settings)


# --- 3D ------------------------------------------------------------------------------------------------
# QGIS 3.22 stores data-defined 3D heights for polygons only (QgsLine3DSymbol and QgsPoint3DSymbol do not
# write them to a style), so lines get fixed heights per rule: pipes per depth bin (the drawn depth is
# the middle of the bin) and faults per depth band. Polygons use the exact top_m/bottom_m.
PIPE_DEPTH_BINS = (0.0, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 5.0, 10.0)


def _polygon_3d(hex_colour):
    from qgis._3d import QgsPolygon3DSymbol
    from qgis.core import QgsAbstract3DSymbol, QgsProperty, QgsPropertyCollection

    top = "coalesce(\"top_m\", 0)"
    bottom = f"coalesce(\"bottom_m\", {top} + {DEFAULT_THICKNESS_M:g})"
    symbol = QgsPolygon3DSymbol()
    # The prism stands on -bottom (its base) and rises by bottom - top: below ground, at its depth, both
    # times the 3D views' vertical exaggeration (@ondergrond_exaggeration, 1 when unset).
    height, extrusion = volume_3d_expressions(top, bottom)
    properties = QgsPropertyCollection()
    properties.setProperty(QgsAbstract3DSymbol.PropertyHeight, QgsProperty.fromExpression(height))
    properties.setProperty(QgsAbstract3DSymbol.PropertyExtrusionHeight, QgsProperty.fromExpression(extrusion))
    symbol.setDataDefinedProperties(properties)
    symbol.setAddBackFaces(True)
    return symbol


def _line_3d(base, thickness, width):
    from qgis._3d import QgsLine3DSymbol

    from ondergrond.compat import set_symbol_z

    symbol = QgsLine3DSymbol()
    symbol.setRenderAsSimpleLines(False)
    symbol.setWidth(width)
    set_symbol_z(symbol, -base)
    symbol.setExtrusionHeight(thickness)
    return symbol


def _point_3d(radius, top, bottom):
    """A vertical cylinder from ``top`` to ``bottom`` m below ground (Qt3D world: y is up)."""
    from qgis._3d import QgsPoint3DSymbol
    from qgis.PyQt.QtGui import QMatrix4x4

    symbol = QgsPoint3DSymbol()
    symbol.setShape(QgsPoint3DSymbol.Cylinder)
    symbol.setShapeProperties({"radius": radius, "length": bottom - top})
    transform = QMatrix4x4()
    # Always the "Y up" axes of QGIS < 3.42, whichever QGIS runs this: compat.load_style moves the depth to
    # the "Z up" axis where QGIS uses it (3.42+), so the shipped styles are one file for every version.
    transform.translate(0, -(top + bottom) / 2, 0)
    symbol.setTransform(transform)
    return symbol


def _else_filter(filters):
    """What an ELSE rule means, as a filter: none of the sibling filters is true (NULL counts as false)."""
    return "NOT coalesce(({}), false)".format(") OR (".join(filters)) if filters else ""


def _renderer_3d(schema, classes):
    from qgis._3d import QgsRuleBased3DRenderer

    from ondergrond.core.templates import DEPTH_BANDS

    Rule = QgsRuleBased3DRenderer.Rule
    root = Rule(None)
    filters = [expression for _, expression, _ in classes if expression is not None]
    bands = list(DEPTH_BANDS) + [(DEPTH_BANDS[-1][1], DEPTH_BANDS[-1][1] + 1000.0)]
    for index, (label, expression, colour) in enumerate(classes):
        expression = _else_filter(filters) if expression is None else expression
        if schema.geometry == "Polygon":
            root.appendChild(Rule(finish_3d(_polygon_3d(colour), colour), expression, label))
        elif schema.geometry == "Point":
            if schema.name == "netwerk_bomen":
                # The root zone: 2.5 m radius (CROW 280 / Liander), 1.5 m deep.
                cylinder = _point_3d(2.5, 0.0, 1.5)
            elif schema.name == "ondergrond_winputten":
                cylinder = _point_3d(5.0, 0.0, 100.0)  # a well screen somewhere in the first 100 m
            else:  # a claim point (WKO) over its depth band
                top, bottom = bands[min(index, len(bands) - 1)]
                cylinder = _point_3d(25.0, top, bottom)
            root.appendChild(Rule(finish_3d(cylinder, colour), expression, label))
        elif schema.depth == "pipe":
            parent = Rule(None, expression, label)
            bins = list(zip(PIPE_DEPTH_BINS[:-1], PIPE_DEPTH_BINS[1:]))
            for top, bottom in bins:
                parent.appendChild(Rule(
                    finish_3d(_line_3d((top + bottom) / 2 + 0.15, 0.3, 0.3), colour),
                    f"\"depth_m\" >= {top:g} AND \"depth_m\" < {bottom:g}",
                    f"{top:g}-{bottom:g} m"))
            parent.appendChild(Rule(
                finish_3d(_line_3d(DEFAULT_PIPE_DEPTH_M + 0.15, 0.3, 0.3), colour),
                f"\"depth_m\" IS NULL OR \"depth_m\" >= {PIPE_DEPTH_BINS[-1]:g}",
                f"diepte onbekend (getekend op {DEFAULT_PIPE_DEPTH_M:g} m)"))
            root.appendChild(parent)
        else:  # faults per depth band: a wall over the band
            top, bottom = bands[min(index, len(bands) - 1)]
            root.appendChild(Rule(finish_3d(_line_3d(bottom, bottom - top, 5.0), colour), expression, label))
    return QgsRuleBased3DRenderer(root)


# --- fields: widgets and aliases ---------------------------------------------------------------------
ALIASES = {
    "name": "naam", "kind": "soort", "status": "keuzestatus", "source": "bron",
    "valid_from": "geldig vanaf (jaar)", "valid_to": "geldig tot en met (jaar)",
    "top_m": "bovenkant (m -mv)", "bottom_m": "onderkant (m -mv)",
    "depth_m": "diepte bovenkant (m -mv)", "diameter_m": "diameter (m)",
    "utility_type": "IMKL-thema", "species": "boomsoort",
    "crown_radius_m": "kroonstraal (m)", "travel_time_years": "verblijftijd (jaar)",
    "network_operator": "netbeheerder", "radius_m": "straal (m)", "weight": "gewicht",
    "effect_radius_m": "invloedsstraal (m)", "use": "gebruik", "work_type": "soort werk",
    "description": "omschrijving", "width_m": "breedte (m)", "height_m": "hoogte (m)",
    "rate_m3_year": "onttrekking (m3/jaar)", "thickness_m": "pakketdikte (m)", "porosity": "porositeit (-)",
    "street": "straat", "imkl_id": "IMKL-id", "tree_id": "boomnummer", "work_id": "werknummer",
    "trace_id": "tracénummer", "well_id": "putnummer",
}


def _configure_fields(layer, schema):
    from qgis.core import QgsEditorWidgetSetup

    for index, schema_field in enumerate(schema.fields):
        layer.setFieldAlias(index, ALIASES.get(schema_field.name, schema_field.name))
        if schema_field.values:
            value_map = [{value: value} for value in schema_field.values]
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("ValueMap", {"map": value_map}))


def _configure_temporal(layer):
    from qgis.core import QgsVectorLayerTemporalProperties

    temporal = layer.temporalProperties()
    temporal.setIsActive(True)
    temporal.setMode(QgsVectorLayerTemporalProperties.ModeFeatureDateTimeStartAndEndFromExpressions)
    temporal.setStartExpression(START_EXPRESSION)
    temporal.setEndExpression(END_EXPRESSION)


# valid_from/valid_to are inclusive years (or dates): a year runs from 1 January to 31 December.
# try(): a date or ISO text becomes that date, an integer year the start/end of that year. QGIS 3.22
# drops features whose start or end expression is NULL, so NULL (open-ended) becomes year 1 / 9999.
START_EXPRESSION = ("coalesce(try(to_date(\"valid_from\"), make_date(to_int(\"valid_from\"), 1, 1)), "
                    "make_date(1, 1, 1))")
END_EXPRESSION = ("coalesce(try(to_date(\"valid_to\"), make_date(to_int(\"valid_to\"), 12, 31)), "
                  "make_date(9999, 12, 31))")


def classes_for(schema):
    """(label, filter, colour) classes of a template layer's rule-based 2D and 3D renderer."""
    name = schema.name
    if name == "netwerk_warmtenet_trace":  # a heat-network trace is IMKL thema warmte
        return [theme for theme in _theme_classes() if theme[1] in ("\"utility_type\" = 'warmte'", None)]
    if schema.depth == "pipe":
        return _theme_classes()
    if name == "ondergrond_beschermingszones":
        return _kind_classes(PROTECTION_COLOURS)
    if name == "ondergrond_boringsvrije_zone":
        return [("boringsvrije zone", None, "#08306b")]
    if name == "ondergrond_ngr":
        return _kind_classes(RESERVE_COLOURS)
    if name == "ondergrond_winputten":
        return [("winput", None, "#0072b2")]
    if name == "netwerk_bomen":
        return [("boom", None, TREE_COLOUR)]
    if name == "occupatie_landgebruik":
        return _kind_classes(LAND_USE_COLOURS, "use")
    if schema.group == "ondergrond" and schema.depth == "volume":
        return _depth_band_classes("coalesce(\"top_m\", 0)")
    field = next(f for f in schema.fields if f.values and f.name != "status")
    return _kind_classes(dict(zip(field.values, OKABE_ITO)), field.name)


def _symbol_args(schema):
    if schema.depth == "pipe":
        return {"dashed_when": "\"depth_m\" IS NULL"}
    if schema.name == "netwerk_bomen":  # the crown, to scale
        return {"size_expression": "2 * coalesce(\"crown_radius_m\", 3)"}
    if schema.name == "ondergrond_wko_bestaand":  # the footprint of the claim, to scale
        return {"size_expression": "2 * coalesce(\"radius_m\", 50)"}
    return {}


def _street_renderer(schema):
    """Street context without status: the carriageway to scale, kerbs as thin lines."""
    from qgis.core import QgsLineSymbol, QgsProperty, QgsSingleSymbolRenderer, QgsSymbolLayer, QgsUnitTypes
    from qgis.PyQt.QtCore import Qt

    symbol = QgsLineSymbol()
    line = symbol.symbolLayer(0)
    if schema.name == "netwerk_straatassen":
        line.setColor(_colour("#e0e0e0"))
        line.setWidthUnit(QgsUnitTypes.RenderMapUnits)
        line.setDataDefinedProperty(QgsSymbolLayer.PropertyStrokeWidth,
                                    QgsProperty.fromExpression("coalesce(\"width_m\", 8)"))
        line.setPenCapStyle(Qt.FlatCap)
    else:
        line.setColor(_colour("#636363"))
        line.setWidth(0.35)
    return QgsSingleSymbolRenderer(symbol)


def build_layer(schema):
    """A memory layer with the schema's fields, styled in the house style."""
    from qgis.core import QgsVectorLayer

    from ondergrond.core.templates import INTEGER, REAL, STATUS

    types = {INTEGER: "integer", REAL: "double"}
    fields = "&".join("field={}:{}".format(f.name, types.get(f.type, "string")) for f in schema.fields)
    layer = QgsVectorLayer(f"{schema.geometry}?crs=EPSG:28992&{fields}", schema.name, "memory")
    if STATUS not in schema.field_names:
        layer.setRenderer(_street_renderer(schema))
        _configure_fields(layer, schema)
        return layer
    classes = classes_for(schema)
    layer.setRenderer(_rule_renderer(classes, schema.geometry, **_symbol_args(schema)))
    if schema.depth == "pipe":
        layer.setLabeling(_pipe_labels())
        layer.setLabelsEnabled(True)
    elif schema.depth == "volume" and schema.geometry == "Polygon" and schema.group == "ondergrond":
        layer.setLabeling(_volume_labels())
        layer.setLabelsEnabled(True)
    if schema.depth:
        layer.setRenderer3D(_renderer_3d(schema, classes))
    if schema.temporal:
        _configure_temporal(layer)
    if schema.geometry == "Polygon" and schema.group != "netwerk":
        layer.setOpacity(0.75 if schema.group == "ondergrond" else 0.6)  # stacked layers stay readable
    _configure_fields(layer, schema)
    return layer


def _style_categories():
    from qgis.core import QgsMapLayer

    # Forms holds the value-map widgets (status, utility_type, kind) that make the layers ready to edit.
    return (QgsMapLayer.Symbology | QgsMapLayer.Symbology3D | QgsMapLayer.Labeling | QgsMapLayer.Fields
            | QgsMapLayer.Forms | QgsMapLayer.Temporal | QgsMapLayer.Rendering)


def write_all():
    """styles/<layer>.qml for every lagenbenadering template layer (core/templates.LAYERS)."""
    from ondergrond.compat import neutral_3d_style
    from ondergrond.core.templates import LAYERS

    for schema in LAYERS:
        # Both "height" (QGIS < 3.36) and "offset" (3.36+) on 3D symbols, so every version keeps the depths.
        write(build_layer(schema), schema.style, _style_categories(), neutral_3d_style)
