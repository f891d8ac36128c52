"""Write the print layout templates layouts/ondergrond_<family>_<a3|a4>.qpt with QGIS itself.

    python scripts/make_layouts.py          (after ``source scripts/env.sh``)

One template per family (subsurface / province, street / municipality, drinking-water protection)
and paper size (A3 and A4 landscape). Every template has the same items, found by their id:

    header (band), title, subtitle, map, legend, scalebar, north, source (source and date line), frame

``ondergrond:exportmap`` fills them in (layers, title, legend, extent, sources); a planner can also
open a template in QGIS (Project > New Print Layout from template) and link it to a map by hand.
The house style: the plugin's brown and blue (icons/ondergrond.svg), DejaVu Sans, a thin frame.
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(ROOT / "scripts"))

import headless  # noqa: E402  (beside this script)
from qgis.core import (  # noqa: E402
    QgsCoordinateReferenceSystem,
    QgsFillSymbol,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemShape,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsSimpleFillSymbolLayer,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt  # noqa: E402
from qgis.PyQt.QtGui import QColor, QFont  # noqa: E402
from qgis.PyQt.QtXml import QDomDocument  # noqa: E402

LAYOUTS = ROOT / "layouts"
BROWN, BLUE, INK, GREY = "#7a5a3a", "#3b7fc4", "#222222", "#555555"
FONT = "DejaVu Sans"
# Family: (English subtitle shown until exportmap translates it, accent colour of the header band).
FAMILIES = {
    "subsurface": ("Subsurface planning - province", BROWN),
    "street": ("Street subsurface - municipality", BLUE),
    "drinkingwater": ("Drinking-water protection", "#1f6f8b"),
}
PAPERS = {"a3": (420.0, 297.0), "a4": (297.0, 210.0)}


def font(size, bold=False):
    f = QFont(FONT)
    f.setPointSizeF(size)
    f.setBold(bold)
    return f


def place(item, x, y, w, h):
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters))
    item.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutMillimeters))


def label(layout, item_id, text, size, x, y, w, h, bold=False, colour=INK, align=Qt.AlignLeft):
    item = QgsLayoutItemLabel(layout)
    item.setId(item_id)
    item.setText(text)
    item.setFont(font(size, bold))
    item.setFontColor(QColor(colour))
    item.setHAlign(align)
    item.setVAlign(Qt.AlignVCenter)
    layout.addLayoutItem(item)
    place(item, x, y, w, h)
    return item


def build(family, paper):
    subtitle, accent = FAMILIES[family]
    width, height = PAPERS[paper]
    a3 = paper == "a3"
    margin = 10.0 if a3 else 8.0
    header_h = 18.0 if a3 else 14.0
    footer_h = 8.0 if a3 else 7.0
    panel_w = 92.0 if a3 else 72.0
    gap = 4.0

    layout = QgsPrintLayout(QgsProject.instance())
    layout.initializeDefaults()
    layout.setName("Ondergrond {} {}".format(family, paper.upper()))
    page = layout.pageCollection().page(0)
    page.setPageSize(paper.upper(), page.Orientation.Landscape)

    band = QgsLayoutItemShape(layout)
    band.setId("header")
    band.setShapeType(QgsLayoutItemShape.Rectangle)
    layer = QgsSimpleFillSymbolLayer(QColor(accent), Qt.SolidPattern, QColor(accent))
    band.setSymbol(QgsFillSymbol([layer]))
    layout.addLayoutItem(band)
    place(band, margin, margin, width - 2 * margin, header_h)

    label(layout, "title", "Title", 20 if a3 else 15, margin + 4, margin, width - 2 * margin - 8 - 110,
          header_h, bold=True, colour="#ffffff")
    label(layout, "subtitle", subtitle, 10 if a3 else 8, width - margin - 4 - 110, margin, 110, header_h,
          colour="#ffffff", align=Qt.AlignRight)

    top = margin + header_h + gap
    bottom = height - margin - footer_h
    map_w = width - 2 * margin - panel_w - gap
    item_map = QgsLayoutItemMap(layout)
    item_map.setId("map")
    item_map.setFrameEnabled(True)
    item_map.setFrameStrokeColor(QColor(GREY))
    item_map.setFrameStrokeWidth(QgsLayoutMeasurement(0.3, QgsUnitTypes.LayoutMillimeters))
    item_map.setKeepLayerSet(False)
    layout.addLayoutItem(item_map)
    place(item_map, margin, top, map_w, bottom - top)
    # A valid extent (the Netherlands in RD New), so the template opens without an empty map.
    item_map.setCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    centre_x, centre_y, half_h = 155000.0, 463000.0, 160000.0
    half_w = half_h * map_w / (bottom - top)
    item_map.setExtent(QgsRectangle(centre_x - half_w, centre_y - half_h, centre_x + half_w, centre_y + half_h))

    panel_x = margin + map_w + gap
    north_size = 16.0 if a3 else 12.0
    scale_h = 14.0 if a3 else 12.0
    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    legend.setTitle("Legend")
    legend.setLinkedMap(item_map)
    legend.setLegendFilterByMapEnabled(True)
    legend.setResizeToContents(False)
    legend.setWrapString("")
    legend.setSymbolWidth(8.0 if a3 else 6.0)
    legend.setSymbolHeight(4.0 if a3 else 3.5)
    for style, size, bold in ((QgsLegendStyle.Title, 12 if a3 else 10, True),
                              (QgsLegendStyle.Group, 9 if a3 else 8, True),
                              (QgsLegendStyle.Subgroup, 8.5 if a3 else 7.5, True),
                              (QgsLegendStyle.SymbolLabel, 8 if a3 else 7, False)):
        legend.setStyleFont(style, font(size, bold))
    legend.setFontColor(QColor(INK))
    layout.addLayoutItem(legend)
    legend_h = bottom - top - north_size - scale_h - 2 * gap
    place(legend, panel_x, top, panel_w, legend_h)

    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setId("scalebar")
    scalebar.setStyle("Single Box")
    scalebar.setLinkedMap(item_map)
    scalebar.setUnits(QgsUnitTypes.DistanceMeters)
    scalebar.setNumberOfSegments(4)
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setUnitsPerSegment(100)
    scalebar.setUnitLabel("m")
    scalebar.setHeight(2.5)
    scalebar.setFont(font(8 if a3 else 7))
    scalebar.setFillColor(QColor(INK))
    layout.addLayoutItem(scalebar)
    place(scalebar, panel_x, bottom - scale_h - north_size - gap, panel_w - 4, scale_h)

    north = QgsLayoutItemPicture(layout)
    north.setId("north")
    north.setPicturePath("arrows/NorthArrow_02.svg")
    north.setLinkedMap(item_map)
    north.setNorthMode(QgsLayoutItemPicture.GridNorth)
    layout.addLayoutItem(north)
    place(north, panel_x + panel_w - north_size, bottom - north_size, north_size, north_size)

    label(layout, "source",
          "Made with the Ondergrond QGIS plugin, [% format_date(now(), 'yyyy-MM-dd') %]", 7 if a3 else 6,
          margin, bottom + 1, width - 2 * margin, footer_h - 1, colour=GREY)

    frame = QgsLayoutItemShape(layout)
    frame.setId("frame")
    frame.setShapeType(QgsLayoutItemShape.Rectangle)
    outline = QgsSimpleFillSymbolLayer(QColor(0, 0, 0, 0), Qt.NoBrush, QColor(GREY), Qt.SolidLine, 0.3)
    frame.setSymbol(QgsFillSymbol([outline]))
    layout.addLayoutItem(frame)
    place(frame, margin, margin, width - 2 * margin, height - 2 * margin)
    frame.setZValue(-1)
    return layout


def main():
    application, provider = headless.start_qgis("en")  # noqa: F841  (keep referenced)
    LAYOUTS.mkdir(exist_ok=True)
    for family in FAMILIES:
        for paper in PAPERS:
            layout = build(family, paper)
            path = LAYOUTS / "ondergrond_{}_{}.qpt".format(family, paper)
            document = QDomDocument()
            element = layout.writeXml(document, QgsReadWriteContext())
            document.appendChild(element)
            path.write_text(document.toString(1), encoding="utf-8")
            print(path.relative_to(ROOT))


if __name__ == "__main__":
    main()
