"""What every style family shares: palettes, colours, simple symbols, labels, stand-in layers, QML writing.

QGIS must be running (scripts/make_styles.py starts it) before any function here is called.
"""

import os
import re
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
STYLES = ROOT / "styles"

# Okabe-Ito (Okabe & Ito 2008, colour-blind safe qualitative palette).
OKABE_ITO = ("#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7", "#999999")
# Viridis at six stops (colour-blind safe, monotone in lightness): light = shallow/low, dark = deep/high.
VIRIDIS_6 = ("#fde725", "#7ad151", "#22a884", "#2a788e", "#414487", "#440154")


def colour(hex_colour, alpha=255):
    from qgis.PyQt.QtGui import QColor

    result = QColor(hex_colour)
    result.setAlpha(alpha)
    return result


def darker(hex_colour):
    return colour(hex_colour).darker(150)


def argb(hex_colour, alpha):
    """"#AARRGGBB" for QgsSymbol.createSimple properties."""
    from qgis.PyQt.QtGui import QColor

    return colour(hex_colour, alpha).name(QColor.NameFormat.HexArgb)


def fill(hex_colour, alpha=255, style="solid", outline=None, outline_width=0.4):
    from qgis.core import QgsFillSymbol

    return QgsFillSymbol.createSimple({"color": argb(hex_colour, alpha), "style": style,
                                       "outline_color": outline or hex_colour, "outline_width": str(outline_width)})


def line(hex_colour, width, **properties):
    from qgis.core import QgsLineSymbol

    return QgsLineSymbol.createSimple({"line_color": hex_colour, "line_width": str(width), **properties})


def marker(shape, hex_colour, size, outline="#333333", outline_width=0.2):
    from qgis.core import QgsMarkerSymbol

    return QgsMarkerSymbol.createSimple({"name": shape, "color": hex_colour, "size": str(size),
                                         "outline_color": outline, "outline_width": str(outline_width)})


def categorized(field, categories):
    """categories: [(value, label, symbol)] -> a categorized renderer."""
    from qgis.core import QgsCategorizedSymbolRenderer, QgsRendererCategory

    return QgsCategorizedSymbolRenderer(field, [QgsRendererCategory(value, symbol, label)
                                                for value, label, symbol in categories])


def rules(entries):
    """entries: [(symbol, filter expression, label)] -> a rule-based renderer, in that order."""
    from qgis.core import QgsRuleBasedRenderer

    root = QgsRuleBasedRenderer.Rule(None)
    for symbol, expression, label in entries:
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label))
    return QgsRuleBasedRenderer(root)


FIELD_KINDS = {"string": "string", "str": "string", "int": "integer", "integer": "integer", "long": "long",
               "double": "double", "real": "double", "bool": "boolean", "boolean": "boolean"}


def memory_layer(geometry, fields, crs="EPSG:28992"):
    """A stand-in vector layer to style: ``fields`` as [(name, kind)] or names (string fields)."""
    from qgis.core import QgsVectorLayer

    spec = [(field, "string") if isinstance(field, str) else field for field in fields]
    uri = geometry + ("?crs={}".format(crs) if crs else "?") + "".join(
        "&field={}:{}".format(name, FIELD_KINDS[kind]) for name, kind in spec)
    return QgsVectorLayer(uri, "style", "memory")


def raster_layer():
    """A stand-in single-band raster (in memory) for raster renderers; keep it referenced while styling."""
    from osgeo import gdal
    from qgis.core import QgsRasterLayer

    path = "/vsimem/make_styles_{}.tif".format(id(object()))
    dataset = gdal.GetDriverByName("GTiff").Create(path, 2, 2, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((0, 1, 0, 2, 0, -1))
    dataset = None
    return QgsRasterLayer(path, "style")


def labels(expression, size=8, text_colour=None, buffer=0.8, placement=None, font=None):
    """Simple expression labels with a white buffer (readable on any fill)."""
    from qgis.core import QgsPalLayerSettings, QgsTextFormat, QgsVectorLayerSimpleLabeling
    from qgis.PyQt.QtGui import QColor, QFont

    text = QgsTextFormat()
    if font:
        text.setFont(QFont(font))
    text.setSize(size)
    if text_colour:
        text.setColor(QColor(text_colour))
    if buffer:
        halo = text.buffer()
        halo.setEnabled(True)
        halo.setSize(buffer)
        halo.setColor(QColor("#ffffff"))
        text.setBuffer(halo)
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    if placement is not None:
        settings.placement = placement
    settings.setFormat(text)
    return QgsVectorLayerSimpleLabeling(settings)


def set_labels(layer, labeling):
    layer.setLabeling(labeling)
    layer.setLabelsEnabled(True)


# --- writing ---------------------------------------------------------------------------------------------
CHECK_ONLY = False  # make_styles.py --check: compare, never write
CHANGED = []  # the styles found changed (written, or with CHECK_ONLY to be written)
_KEY = re.compile(r"\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}")


def canonical(text):
    """A QML as a comparable list: attribute order, rule keys (random UUIDs) and the random colour of an
    unused 3D billboard do not count; XML nested in attribute values (label line symbols) is compared as XML."""
    keys = {}

    def value(text):
        text = _KEY.sub(lambda match: keys.setdefault(match.group(0), "key{}".format(len(keys))), text)
        if text.startswith("<"):
            try:
                return walk(ET.fromstring(text))
            except ET.ParseError:
                pass
        return text

    def walk(element):
        children = list(element)
        if element.tag == "symbol" and element.get("type") == "point":  # a 3D point: its 2D billboard
            children = [child for child in children if not (child.tag == "symbol" and child.get("type") == "marker")]
        entry = [element.tag, sorted((name, str(value(text))) for name, text in element.attrib.items()),
                 (element.text or "").strip()]
        return entry + [walk(child) for child in children]

    return walk(ET.fromstring(re.sub(r"^<!DOCTYPE[^>]*>", "", text.lstrip())))


def write(layer, name, categories=None, finish=None):
    """Save ``layer``'s style as styles/<name>.qml; the file is rewritten only where the style changed
    (``canonical``), so regenerating leaves unchanged styles byte for byte as they are. ``finish``: a
    function text -> text applied to the QML before the comparison. Returns True when the file changed."""
    from qgis.core import QgsMapLayer

    STYLES.mkdir(exist_ok=True)
    target = STYLES / "{}.qml".format(name)
    handle, scratch = tempfile.mkstemp(suffix=".qml")
    os.close(handle)
    try:
        if categories is None:
            categories = QgsMapLayer.AllStyleCategories
        message, ok = layer.saveNamedStyle(scratch, categories)
        if not ok:
            raise SystemExit("{}: {}".format(target, message))
        text = Path(scratch).read_text(encoding="utf-8")
    finally:
        os.unlink(scratch)
    if finish:
        text = finish(text)
    if target.exists() and canonical(target.read_text(encoding="utf-8")) == canonical(text):
        print("unchanged", target.relative_to(ROOT))
        return False
    CHANGED.append(target)
    if CHECK_ONLY:
        print("differs", target.relative_to(ROOT))
        return True
    target.write_text(text, encoding="utf-8")
    print("wrote", target.relative_to(ROOT))
    return True
