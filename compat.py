"""What differs between the QGIS versions Ondergrond supports (3.22 to 4.x, Qt5 and Qt6): one place.

Algorithms, styles and the GUI import these names instead of testing versions themselves.
"""

from qgis.core import Qgis, QgsField

__all__ = ["DEPTH_3D_ATTRIBUTES", "FIELD_TYPES", "QAction", "QGIS_VERSION_INT", "make_field", "make_fields",
           "neutral_3d_style", "set_layer_z_offset", "set_symbol_z", "symbol_z"]

QGIS_VERSION_INT = Qgis.QGIS_VERSION_INT

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
# (Point symbols place their shape with a transform matrix, unchanged across these versions.)
DEPTH_3D_ATTRIBUTES = ("height", "offset")


def set_symbol_z(symbol, z):
    """Place a line or polygon 3D symbol at ``z`` (m, negative below ground) on every QGIS version."""
    if hasattr(symbol, "setOffset"):
        symbol.setOffset(z)
    else:
        symbol.setHeight(z)


def symbol_z(symbol):
    """The vertical placement of a line or polygon 3D symbol (m, negative below ground)."""
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

    return re.sub(r'<symbol type="(?:line|polygon)"[^>]*>\s*<data\s[^>]*>',
                  lambda m: re.sub(r"<data\s[^>]*>", fix, m.group(0)), xml_text)


# --- Layer elevation properties (QGIS 3.26+) ----------------------------------------------------------
def set_layer_z_offset(layer, z_offset):
    """Give a vector layer a fixed z offset (m) in its elevation properties where QGIS has them (3.26+:
    elevation profiles); a no-op before. Returns whether it was set."""
    properties = layer.elevationProperties() if hasattr(layer, "elevationProperties") else None
    if properties is None or not hasattr(properties, "setZOffset"):
        return False
    properties.setZOffset(z_offset)
    return True
