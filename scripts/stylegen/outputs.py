"""The styles of algorithm outputs: KLIC import, ground energy, street profile, cross-section, layer model,
cumulation (stapeling). Colours: Okabe-Ito (colour-blind safe) where a class has no colour of its own;
cables and pipes by IMKL thema (core/templates.IMKL_THEMES, the one IMKL colour table); every class also
differs in shape, line style or width where colours alone could be confused.
"""

from .common import (
    categorized,
    colour,
    fill,
    line,
    marker,
    memory_layer,
    raster_layer,
    rules,
    set_labels,
    write,
)
from .common import labels as simple_labels

# --- ondergrond:importklic --------------------------------------------------------------------------------
# Line width per IMKL thema (mm): wider for higher pressure or voltage; colours from core/templates.
KLIC_WIDTHS = {
    "datatransport": 0.5, "laagspanning": 0.5, "middenspanning": 0.8, "hoogspanning": 1.1,
    "landelijkHoogspanningsnet": 1.4, "gasLageDruk": 0.6, "gasHogeDruk": 1.1, "water": 0.7,
    "rioolVrijverval": 0.9, "rioolOnderOverOfOnderdruk": 0.7, "warmte": 0.9,
    "buisleidingGevaarlijkeInhoud": 1.2, "petrochemie": 1.0, "overig": 0.5, "wees": 0.4,
}
KLIC_OTHER = ("#999999", 0.5)  # a thema outside the IMKL list


def _klic_line(hex_colour, width):
    """A cable or pipe; dashed where its depth is unknown (the reservation check will assume one)."""
    from qgis.core import QgsProperty, QgsSymbolLayer

    symbol = line(hex_colour, width, line_width_unit="MM", capstyle="round")
    symbol.symbolLayer(0).setDataDefinedProperty(
        QgsSymbolLayer.PropertyStrokeStyle, QgsProperty.fromExpression("if(\"depth_m\" IS NULL, 'dash', 'solid')"))
    return symbol


def _klic_categories(make):
    from ondergrond.core.templates import IMKL_THEMES

    themes = {code: hex_colour for code, _, hex_colour, _ in IMKL_THEMES}
    result = [(code, code, make(themes[code], width)) for code, width in KLIC_WIDTHS.items()]
    return result + [(None, "other", make(*KLIC_OTHER))]


def klic():
    """klic_utilities, klic_points, klic_zones (ondergrond:importklic)."""
    lines = memory_layer("MultiLineString", [("utility_type", "string"), ("depth_m", "double")])
    lines.setRenderer(categorized("utility_type", _klic_categories(_klic_line)))
    write(lines, "klic_utilities")

    points = memory_layer("Point", ["utility_type"])
    points.setRenderer(categorized("utility_type", _klic_categories(
        lambda hex_colour, _width: marker("square", hex_colour, 2.2, "#000000"))))
    write(points, "klic_points")

    from qgis.core import QgsFillSymbol

    zones = memory_layer("MultiPolygon", ["zone_type"])
    zones.setRenderer(rules([
        (QgsFillSymbol.createSimple({"style": "no", "outline_color": "#000000", "outline_width": "0.6",
                                     "outline_style": "dash"}), "\"zone_type\" = 'Graafpolygoon'", "graafpolygoon"),
        (QgsFillSymbol.createSimple({"style": "b_diagonal", "color": "#D55E00", "outline_color": "#D55E00",
                                     "outline_width": "0.5"}),
         "\"zone_type\" = 'AanduidingEisVoorzorgsmaatregel'", "eis voorzorgsmaatregel"),
        (QgsFillSymbol.createSimple({"style": "no", "outline_color": "#999999", "outline_width": "0.4"}),
         "ELSE", "other"),
    ]))
    write(zones, "klic_zones")


# --- ondergrond:bodemenergie -------------------------------------------------------------------------------
# warm = vermillion, koud = blue, closed loops = reddish purple.
WELL_COLOURS = (("warm", "warm (warme bron)", "#d55e00"), ("koud", "koud (koude bron)", "#0072b2"),
                ("gesloten", "gesloten systeem", "#cc79a7"))
VERDICTS = (("interference", "interferentie", "#a50f15", "solid", 1.2),
            ("attention", "aandacht: gelijke bronnen overlappen", "#e69f00", "solid", 0.8),
            ("separated_depth", "gescheiden in diepte", "#777777", "dash", 0.5),
            ("separated_time", "gescheiden in tijd", "#777777", "dot", 0.5))
CONFLICT_COLOURS = (("excluded", "verboden", "#a50f15"), ("conditional", "onder voorwaarden", "#e69f00"))
FREE_CODES = ((0, "uitgesloten door een zone", "#a50f15"), (1, "geen ruimte (interferentie)", "#bdbdbd"),
              (2, "alleen een warme bron", "#d55e00"), (3, "alleen een koude bron", "#0072b2"),
              (4, "warme of koude bron", "#009e73"))


def bodemenergie():
    """bodemenergie, bodemenergie_interference, bodemenergie_conflicts, bodemenergie_free_space."""
    from qgis.core import QgsPalettedRasterRenderer, QgsPalLayerSettings

    layer = memory_layer("Polygon", ["system_id", "well_type"])
    layer.setRenderer(categorized("well_type", [(value, label, fill(hex_colour, 80))
                                                for value, label, hex_colour in WELL_COLOURS]))
    layer.setOpacity(0.85)
    # Labels at the centre of each influence area.
    set_labels(layer, simple_labels('"system_id" || \' \' || "well_type"', text_colour="#222222",
                                    placement=QgsPalLayerSettings.Placement.OverPoint, font="Sans Serif"))
    write(layer, "bodemenergie")

    layer = memory_layer("LineString", ["verdict"])
    layer.setRenderer(categorized("verdict", [
        (value, label, line(hex_colour, width, line_style=style, capstyle="round"))
        for value, label, hex_colour, style, width in VERDICTS]))
    write(layer, "bodemenergie_interference")

    layer = memory_layer("MultiPolygon", ["verdict"])
    layer.setRenderer(categorized("verdict", [(value, label, fill(hex_colour, 150, "b_diagonal"))
                                              for value, label, hex_colour in CONFLICT_COLOURS]))
    write(layer, "bodemenergie_conflicts")

    raster = raster_layer()
    classes = [QgsPalettedRasterRenderer.Class(code, colour(hex_colour, 200), label)
               for code, label, hex_colour in FREE_CODES]
    raster.setRenderer(QgsPalettedRasterRenderer(raster.dataProvider(), 1, classes))
    write(raster, "bodemenergie_free_space")


# --- ondergrond:streetprofile ------------------------------------------------------------------------------
def streetprofile():
    """streetprofile_slots, _bottlenecks, _profilecheck, _trace (ondergrond:streetprofile)."""
    from qgis.core import QgsSingleSymbolRenderer

    from ondergrond.algorithms import streetprofile as alg

    # Slots: a green circle where it fits in its profile zone, an orange diamond where it fits outside it,
    # a red cross where nothing fits.
    slots = memory_layer("Point", alg.SLOT_FIELDS)
    slots.setRenderer(rules([
        (marker("circle", "#009e73", 2.4), "\"fits\" AND \"in_zone\"", "Fits, in its profile zone"),
        (marker("diamond", "#e69f00", 2.8), "\"fits\" AND NOT coalesce(\"in_zone\", false)",
         "Fits, outside its profile zone"),
        (marker("cross2", "#d55e00", 3.2), "NOT \"fits\"", "No room"),
    ]))
    write(slots, "streetprofile_slots")

    # Bottlenecks: a broad red band along the axis.
    necks = memory_layer("LineString", alg.BOTTLENECK_FIELDS)
    symbol = line("#d55e00", 2.6, capstyle="flat")
    symbol.setOpacity(0.7)
    necks.setRenderer(QgsSingleSymbolRenderer(symbol))
    set_labels(necks, simple_labels("'no room: ' || \"blocking_count\" || ' obstacle(s)'", text_colour="#a03c00"))
    write(necks, "streetprofile_bottlenecks")

    # Utilities outside their profile zone: purple dashes with how far outside.
    check = memory_layer("LineString", alg.PROFILE_CHECK_FIELDS)
    check.setRenderer(QgsSingleSymbolRenderer(line("#cc79a7", 1.2, line_style="dash")))
    set_labels(check, simple_labels("\"utility_type\" || ' ' || format_number(\"lateral_excess_m\", 2) || ' m'",
                                    text_colour="#7a3b64"))
    write(check, "streetprofile_profilecheck")

    # The suggested trace: a heat-network line (IMKL warmte colour family), dark outline.
    trace = memory_layer("LineString", alg.TRACE_FIELDS)
    symbol = line("#333333", 1.4)
    core = line("#cc79a7", 0.9)  # referenced: its symbol layer dies with it
    symbol.appendSymbolLayer(core.symbolLayer(0).clone())
    trace.setRenderer(QgsSingleSymbolRenderer(symbol))
    write(trace, "streetprofile_trace")


# --- ondergrond:crosssection -------------------------------------------------------------------------------
def crosssection():
    """crosssection (ondergrond:crosssection): per utility type, assumed depths hatched.

    The section in section coordinates, coloured like the drawing (core/section_drawing.py) per utility
    type; assumed depths get a hatched, dashed overlay as in the drawing."""
    from qgis.core import QgsFillSymbol, QgsLinePatternFillSymbolLayer

    from ondergrond.core import section_drawing as sd

    layer = memory_layer("Polygon", [("utility_type", "string"), ("top_m", "double"), ("bottom_m", "double"),
                                     ("depth_assumed", "boolean")], crs=None)
    entries, matched = [], []
    for keys, hex_colour in sd.TYPE_COLOURS:
        condition = " OR ".join("lower(\"utility_type\") LIKE '%{}%'".format(key) for key in keys)
        expression = "({})".format(condition) + "".join(" AND NOT ({})".format(m) for m in matched)
        matched.append(condition)
        symbol = QgsFillSymbol.createSimple({"color": hex_colour, "outline_color": "#333333", "outline_width": "0.2"})
        symbol.setOpacity(0.8)
        entries.append((symbol, expression, "/".join(keys)))
    entries.append((QgsFillSymbol.createSimple({"color": sd.FALLBACK_COLOUR, "outline_color": "#333333",
                                                "outline_width": "0.2"}), "ELSE", "other"))
    hatch = QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": "#222222", "outline_width": "0.3",
                                        "outline_style": "dash"})
    pattern = QgsLinePatternFillSymbolLayer()
    pattern.setLineAngle(45)
    pattern.setDistance(1.2)
    pattern.setColor(colour("#222222"))
    hatch.appendSymbolLayer(pattern)
    entries.append((hatch, "\"depth_assumed\"", "depth assumed"))
    layer.setRenderer(rules(entries))
    set_labels(layer, simple_labels("\"utility_type\" || ' ' || format_number(\"top_m\", 2) || "
                                    "CASE WHEN \"depth_assumed\" THEN ' ~' ELSE '' END", size=7))
    write(layer, "crosssection")


# --- ondergrond:importlayermodel ---------------------------------------------------------------------------
# Clay (kleilaag) vermillion, aquifer blue, units without a kind light grey; half transparent, so stacked
# layers show where they overlap.
LAYER_KINDS = (("kleilaag", "#D55E00", "kleilaag"), ("aquifer", "#0072B2", "aquifer"), (None, "#BBBBBB", "other"))


def layermodel():
    """importlayermodel (ondergrond:importlayermodel): units by kind."""
    layer = memory_layer("MultiPolygon", ["layer", "kind"])
    layer.setRenderer(categorized("kind", [(value, label, fill(hex_colour, 128, outline_width=0.2))
                                           for value, hex_colour, label in LAYER_KINDS]))
    write(layer, "importlayermodel")


# --- ondergrond:cumulationheatmap (stapeling) --------------------------------------------------------------
# Claims stacked per cell, as counts: 0 transparent, then one class per count up to "5 or more" (viridis,
# dark = few, yellow = many: perceptually ordered, colour-blind safe). Applied by hand to any cumulation
# raster the classes read as they are; when the algorithm loads its output, algorithms/presentation.py
# (stretch_pseudocolor) re-classes the same palette over 0..the raster's largest value.
STACK_CLASSES = ((1, "1", "#440154"), (2, "2", "#3b528b"), (3, "3", "#21918c"), (4, "4", "#5ec962"),
                 (float("inf"), "5 of meer", "#fde725"))
NO_CLAIMS = "0 = geen claims"


def cumulation():
    """cumulationheatmap (stapeling): classes of claim counts, 0 transparent."""
    from qgis.core import QgsColorRampShader, QgsRasterShader, QgsSingleBandPseudoColorRenderer

    raster = raster_layer()
    ramp = QgsColorRampShader(0.0, 5.0)
    ramp.setColorRampType(QgsColorRampShader.Discrete)  # a class holds the values up to its own
    ramp.setClip(False)
    # White and transparent: print legends draw the swatch without its alpha, and white reads as "nothing".
    empty = QgsColorRampShader.ColorRampItem(0.0, colour("#ffffff", 0), NO_CLAIMS)
    ramp.setColorRampItemList([empty] + [QgsColorRampShader.ColorRampItem(value, colour(hex_colour), label)
                                         for value, label, hex_colour in STACK_CLASSES])
    shader = QgsRasterShader(0.0, 5.0)
    shader.setRasterShaderFunction(ramp)
    renderer = QgsSingleBandPseudoColorRenderer(raster.dataProvider(), 1, shader)
    renderer.setClassificationMin(0.0)
    renderer.setClassificationMax(5.0)
    renderer.setOpacity(0.85)
    raster.setRenderer(renderer)
    write(raster, "cumulationheatmap")


FAMILIES = {"klic": klic, "bodemenergie": bodemenergie, "streetprofile": streetprofile,
            "crosssection": crosssection, "layermodel": layermodel, "cumulation": cumulation}
