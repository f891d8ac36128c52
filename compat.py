"""What differs between the QGIS versions Ondergrond supports (3.22 to 4.x, Qt5 and Qt6): one place.

Algorithms, styles and the GUI import these names instead of testing versions themselves.
"""

from qgis.core import Qgis, QgsField

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
        "string": QVariant.String,
        "int": QVariant.Int,
        "long": QVariant.LongLong,
        "double": QVariant.Double,
        "bool": QVariant.Bool,
        "date": QVariant.Date,
        "datetime": QVariant.DateTime,
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
