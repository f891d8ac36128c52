"""Write styles/klic_utilities.qml, klic_points.qml and klic_zones.qml (the importklic outputs).

    python scripts/make_klic_styles.py

Colours: the Okabe-Ito palette (colour-blind safe), one colour per family of IMKL themes, wider
lines for higher pressure or voltage. A cable or pipe whose depth is unknown (depth_m empty) is
drawn dashed, so the planner sees at a glance where the reservation check will assume a depth.
"""

import os
import sys
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsProperty,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsSymbolLayer,
    QgsVectorLayer,
)

ROOT = Path(__file__).resolve().parent.parent
STYLES = ROOT / "styles"

# (thema, colour, width mm) - Okabe-Ito: bluish green, reddish purple, orange, blue, black, vermillion,
# yellow, grey for the rest.
THEMES = [
    ("datatransport", "#009E73", 0.5),
    ("laagspanning", "#CC79A7", 0.5),
    ("middenspanning", "#CC79A7", 0.8),
    ("hoogspanning", "#CC79A7", 1.1),
    ("landelijkHoogspanningsnet", "#CC79A7", 1.4),
    ("gasLageDruk", "#E69F00", 0.6),
    ("gasHogeDruk", "#E69F00", 1.1),
    ("water", "#0072B2", 0.7),
    ("rioolVrijverval", "#000000", 0.9),
    ("rioolOnderOverOfOnderdruk", "#000000", 0.7),
    ("warmte", "#D55E00", 0.9),
    ("buisleidingGevaarlijkeInhoud", "#F0E442", 1.2),
    ("petrochemie", "#F0E442", 1.0),
    ("overig", "#999999", 0.5),
    ("wees", "#999999", 0.4),
]
OTHER = ("#999999", 0.5)


def line_symbol(colour, width):
    symbol = QgsLineSymbol.createSimple({"line_color": colour, "line_width": str(width),
                                         "line_width_unit": "MM", "capstyle": "round"})
    symbol.symbolLayer(0).setDataDefinedProperty(
        QgsSymbolLayer.PropertyStrokeStyle,
        QgsProperty.fromExpression("if(\"depth_m\" IS NULL, 'dash', 'solid')"))
    return symbol


def marker_symbol(colour):
    return QgsMarkerSymbol.createSimple({"name": "square", "color": colour, "size": "2.2",
                                         "outline_color": "#000000", "outline_width": "0.2"})


def categories(make):
    result = [QgsRendererCategory(thema, make(colour, width), thema) for thema, colour, width in THEMES]
    result.append(QgsRendererCategory(None, make(*OTHER), "other"))
    return result


def save(layer, name):
    STYLES.mkdir(exist_ok=True)
    message, ok = layer.saveNamedStyle(str(STYLES / "{}.qml".format(name)))
    if not ok:
        raise RuntimeError(message)
    print(STYLES / "{}.qml".format(name))


def main():
    lines = QgsVectorLayer("MultiLineString?crs=EPSG:28992&field=utility_type:string&field=depth_m:double",
                           "klic", "memory")
    lines.setRenderer(QgsCategorizedSymbolRenderer("utility_type", categories(line_symbol)))
    save(lines, "klic_utilities")

    points = QgsVectorLayer("Point?crs=EPSG:28992&field=utility_type:string", "klic", "memory")
    points.setRenderer(QgsCategorizedSymbolRenderer(
        "utility_type", categories(lambda colour, _width: marker_symbol(colour))))
    save(points, "klic_points")

    zones = QgsVectorLayer("MultiPolygon?crs=EPSG:28992&field=zone_type:string", "klic", "memory")
    root = QgsRuleBasedRenderer.Rule(None)
    dig = QgsFillSymbol.createSimple({"style": "no", "outline_color": "#000000", "outline_width": "0.6",
                                      "outline_style": "dash"})
    root.appendChild(QgsRuleBasedRenderer.Rule(dig, 0, 0, "\"zone_type\" = 'Graafpolygoon'", "graafpolygoon"))
    precaution = QgsFillSymbol.createSimple({"style": "b_diagonal", "color": "#D55E00",
                                             "outline_color": "#D55E00", "outline_width": "0.5"})
    root.appendChild(QgsRuleBasedRenderer.Rule(precaution, 0, 0, "\"zone_type\" = 'AanduidingEisVoorzorgsmaatregel'",
                                               "eis voorzorgsmaatregel"))
    other = QgsFillSymbol.createSimple({"style": "no", "outline_color": "#999999", "outline_width": "0.4"})
    root.appendChild(QgsRuleBasedRenderer.Rule(other, 0, 0, "ELSE", "other"))
    zones.setRenderer(QgsRuleBasedRenderer(root))
    save(zones, "klic_zones")


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    application = QgsApplication([], False)
    application.setPrefixPath("/usr", True)
    application.initQgis()
    main()
    application.exitQgis()
    sys.exit(0)
