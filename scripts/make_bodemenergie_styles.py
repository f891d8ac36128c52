"""Write the styles of ondergrond:bodemenergie's outputs with the QGIS API (so QGIS itself writes the QML).

    python scripts/make_bodemenergie_styles.py

styles/bodemenergie.qml (influence areas by well type), bodemenergie_interference.qml (lines by verdict),
bodemenergie_conflicts.qml (zones by rule verdict), bodemenergie_free_space.qml (the free-space codes).
Colours: Okabe-Ito (colour-blind safe); warm = vermillion, koud = blue, closed loops = reddish purple.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

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


def _colour(hex_colour, alpha=255):
    from qgis.PyQt.QtGui import QColor

    colour = QColor(hex_colour)
    colour.setAlpha(alpha)
    return colour


def _fill(hex_colour, alpha=80, style="solid"):
    from qgis.core import QgsFillSymbol

    return QgsFillSymbol.createSimple({"color": _colour(hex_colour, alpha).name(_hex_argb()), "style": style,
                                       "outline_color": hex_colour, "outline_width": "0.4"})


def _hex_argb():
    from qgis.PyQt.QtGui import QColor

    return QColor.NameFormat.HexArgb


def _categorized(field, categories):
    from qgis.core import QgsCategorizedSymbolRenderer, QgsRendererCategory

    return QgsCategorizedSymbolRenderer(field, [QgsRendererCategory(value, symbol, label)
                                                for value, label, symbol in categories])


def _labels(expression):
    """Labels at the centre of each influence area, small, with a white buffer (readable on any fill)."""
    from qgis.core import QgsPalLayerSettings, QgsTextBufferSettings, QgsTextFormat, QgsVectorLayerSimpleLabeling
    from qgis.PyQt.QtGui import QColor, QFont

    text = QgsTextFormat()
    text.setFont(QFont("Sans Serif"))
    text.setSize(8)
    text.setColor(QColor("#222222"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor("#ffffff"))
    text.setBuffer(buffer)
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    settings.setFormat(text)
    settings.placement = QgsPalLayerSettings.Placement.OverPoint
    return QgsVectorLayerSimpleLabeling(settings)


def memory_layer(geometry, fields):
    from qgis.core import QgsVectorLayer

    uri = "{}?crs=EPSG:28992".format(geometry) + "".join("&field={}:string".format(name) for name in fields)
    return QgsVectorLayer(uri, "style", "memory")


def main():
    import headless

    application, _provider = headless.start_qgis("en")
    from osgeo import gdal
    from qgis.core import (
        QgsLineSymbol,
        QgsPalettedRasterRenderer,
        QgsRasterLayer,
    )

    styles = os.path.join(ROOT, "styles")
    layer = memory_layer("Polygon", ["system_id", "well_type"])
    layer.setRenderer(_categorized("well_type", [(value, label, _fill(colour)) for value, label, colour in
                                                  WELL_COLOURS]))
    layer.setOpacity(0.85)
    layer.setLabeling(_labels('"system_id" || \' \' || "well_type"'))
    layer.setLabelsEnabled(True)
    layer.saveNamedStyle(os.path.join(styles, "bodemenergie.qml"))

    layer = memory_layer("LineString", ["verdict"])
    layer.setRenderer(_categorized("verdict", [
        (value, label, QgsLineSymbol.createSimple({"line_color": colour, "line_width": str(width),
                                                   "line_style": style, "capstyle": "round"}))
        for value, label, colour, style, width in VERDICTS]))
    layer.saveNamedStyle(os.path.join(styles, "bodemenergie_interference.qml"))

    layer = memory_layer("MultiPolygon", ["verdict"])
    layer.setRenderer(_categorized("verdict", [(value, label, _fill(colour, 150, "b_diagonal"))
                                               for value, label, colour in CONFLICT_COLOURS]))
    layer.saveNamedStyle(os.path.join(styles, "bodemenergie_conflicts.qml"))

    path = "/vsimem/free.tif"
    dataset = gdal.GetDriverByName("GTiff").Create(path, 2, 2, 1, gdal.GDT_Byte)
    dataset.SetGeoTransform((0, 1, 0, 2, 0, -1))
    dataset = None
    raster = QgsRasterLayer(path, "free")
    classes = [QgsPalettedRasterRenderer.Class(code, _colour(colour, 200), label) for code, label, colour in FREE_CODES]
    raster.setRenderer(QgsPalettedRasterRenderer(raster.dataProvider(), 1, classes))
    raster.saveNamedStyle(os.path.join(styles, "bodemenergie_free_space.qml"))
    gdal.Unlink(path)
    del application


if __name__ == "__main__":
    main()
