"""compat.py on the QGIS that runs the tests (the matrix runs this file on 3.22, 3.40 and 3.44).

Field types without deprecation warnings, 3D depths that survive every shipped style on every version,
QAction from the right module.
"""

import re
import warnings
from pathlib import Path

import pytest
from conftest import ROOT

from ondergrond import compat

STYLES = sorted((ROOT / "styles").glob("*.qml"))
STYLES_3D = [path for path in STYLES if "<renderer-3d" in path.read_text(encoding="utf-8")]
# A feature deep enough for every rule of every style: its depths decide where a data-defined symbol sits.
TYPICAL = {"top_m": 40.0, "bottom_m": 140.0, "depth_m": 0.8, "diameter_m": 0.2}

# QVariant.Type and QMetaType.Type share these numbers (Qt's type ids), so one table checks both paths.
QT_TYPE_IDS = {"string": 10, "int": 2, "long": 4, "double": 6, "bool": 1, "date": 14, "datetime": 16}


def _deprecations(caught):
    return [str(w.message) for w in caught if issubclass(w.category, DeprecationWarning)]


def test_make_field_gives_each_kind_its_qt_type_without_deprecation_warnings(qgis_app):
    assert set(compat.FIELD_TYPES) == set(QT_TYPE_IDS)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fields = compat.make_fields([(kind + "_field", kind) for kind in compat.FIELD_TYPES])
    assert _deprecations(caught) == []
    assert [int(field.type()) for field in fields] == [QT_TYPE_IDS[kind] for kind in compat.FIELD_TYPES]
    assert fields.names() == [kind + "_field" for kind in compat.FIELD_TYPES]
    with pytest.raises(KeyError):
        compat.make_field("x", "float")  # not a kind: refused, not guessed


def test_qaction_is_the_qt_class_of_this_build(qgis_app):
    from qgis.PyQt import QtGui, QtWidgets

    expected = getattr(QtGui, "QAction", None) or QtWidgets.QAction
    assert compat.QAction is expected
    action = compat.QAction("x")
    assert action.text() == "x"


def test_no_version_checks_outside_compat():
    """What differs between QGIS versions lives in compat.py; the rest of the code asks it."""
    pattern = re.compile(r"QGIS_VERSION_INT|Qgis\.QGIS_VERSION\b|\bQVariant\.[A-Z]|import PyQt5|from PyQt5|"
                         r"from qgis.PyQt.QtWidgets import .*QAction|[Ss]ymbol\w*\.setHeight\(")  # a 3D symbol's depth
    offenders = []
    for folder in ("algorithms", "core", "gui", "scripts", "tests"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path.name == "test_compat.py":
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if pattern.search(line) and "Qgis.QGIS_VERSION)" not in line:
                    offenders.append("{}:{}: {}".format(path.relative_to(ROOT), number, line.strip()))
    for name in ("plugin.py", "provider.py", "__init__.py"):
        text = (ROOT / name).read_text(encoding="utf-8")
        offenders += [name for _ in re.finditer(r"QGIS_VERSION_INT|\bQVariant\.[A-Z]", text)]
    assert offenders == []


@pytest.fixture(scope="module")
def qgis_3d(qgis_app):
    from qgis._3d import Qgs3D

    Qgs3D.initialize()  # what the desktop does: without it 3D renderers in styles are not read


def test_symbol_z_round_trips_through_the_api_and_the_xml(qgis_3d):
    from qgis._3d import QgsLine3DSymbol, QgsPolygon3DSymbol
    from qgis.core import QgsReadWriteContext
    from qgis.PyQt.QtXml import QDomDocument

    for symbol_class in (QgsLine3DSymbol, QgsPolygon3DSymbol):
        symbol = symbol_class()
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            compat.set_symbol_z(symbol, -1.25)
            assert compat.symbol_z(symbol) == pytest.approx(-1.25)
        assert _deprecations(caught) == []
        document = QDomDocument()
        element = document.createElement("symbol")
        document.appendChild(element)
        symbol.writeXml(element, QgsReadWriteContext())
        written = document.toString()
        # This QGIS writes one of the two names; the neutral form carries both, and both read back.
        assert re.search(r' (height|offset)="-1.25"', written)
        neutral = compat.neutral_3d_style(re.sub(r"<symbol\b", '<symbol type="{}"'.format(symbol.type()), written,
                                                 count=1))
        assert 'height="-1.25"' in neutral and 'offset="-1.25"' in neutral
        for only in ("height", "offset"):  # a style written by QGIS < 3.36, and by 3.36+
            one_sided = re.sub(r' (height|offset)="[^"]*"', "", neutral).replace(
                "<data ", '<data {}="-2.5" '.format(only))
            again = compat.neutral_3d_style(one_sided)
            read = QDomDocument()
            read.setContent(again)
            loaded = symbol_class()
            loaded.readXml(read.documentElement(), QgsReadWriteContext())
            assert compat.symbol_z(loaded) == pytest.approx(-2.5), only


def test_neutral_3d_style_leaves_other_symbols_and_text_alone():
    text = ('<symbol type="point"><data height="3"/></symbol>\n'
            '<symbol type="line" material_type="phong">\n  <data width="1" height="-0.4"/></symbol>\n'
            '<symbol type="polygon"><data offset="-2" extrusion-height="1"/></symbol>'
            '<symbol type="line"><data height="1" offset="1"/></symbol>')
    assert compat.neutral_3d_style(text) == text.replace(
        'height="-0.4"/>', 'height="-0.4" offset="-0.4"/>').replace(
        'extrusion-height="1"/>', 'extrusion-height="1" height="-2"/>')


def _symbols(layer):
    """(rule description, symbol) of every 3D symbol of a layer's 3D renderer."""
    renderer = compat.renderer_3d(layer)
    assert renderer is not None, "the style has a <renderer-3d> that QGIS did not read"
    if not hasattr(renderer, "rootRule"):
        return [("", renderer.symbol())]
    found, rules = [], list(renderer.rootRule().children())
    while rules:
        rule = rules.pop(0)
        rules.extend(rule.children())
        if rule.symbol() is not None:
            found.append((rule.description(), rule.symbol()))
    return found


def _depth_of(symbol, layer):
    """Where the symbol puts a TYPICAL feature: metres up (negative: below ground)."""
    from qgis.core import QgsAbstract3DSymbol, QgsExpressionContext, QgsExpressionContextUtils, QgsFeature

    symbol = compat.symbol_3d(symbol)
    if symbol.type() == "point":
        return compat.point_symbol_z(symbol)
    z = compat.symbol_z(symbol)
    height = getattr(QgsAbstract3DSymbol, "PropertyHeight", None)
    if height is None:
        height = QgsAbstract3DSymbol.Property.Height
    properties = symbol.dataDefinedProperties()
    if properties.isActive(height):
        feature = QgsFeature(layer.fields())
        for name, value in TYPICAL.items():
            if layer.fields().indexOf(name) >= 0:
                feature[name] = value
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
        context.setFeature(feature)
        value, ok = properties.valueAsDouble(height, context, z)
        assert ok
        z = value
    return z


@pytest.mark.parametrize("path", STYLES_3D, ids=[path.stem for path in STYLES_3D])
def test_every_shipped_3d_style_keeps_its_depths_on_this_qgis(path, qgis_3d):
    """Loaded as the plugin loads it (compat.load_style), every 3D symbol sits below ground."""
    from qgis.core import QgsVectorLayer

    text = path.read_text(encoding="utf-8")
    geometry = {"line": "LineString", "polygon": "Polygon", "point": "Point"}[
        re.search(r'<symbol type="(line|polygon|point)"', text).group(1)]
    fields = "&".join("field={}:double".format(name) for name in TYPICAL)
    layer = QgsVectorLayer("{}?crs=EPSG:28992&{}".format(geometry, fields), "styled", "memory")
    message, ok = compat.load_style(layer, path)
    assert ok, message
    symbols = _symbols(layer)
    assert symbols
    shallow = [(description, _depth_of(symbol, layer)) for description, symbol in symbols
               if not _depth_of(symbol, layer) < 0]
    assert shallow == [], "3D symbols at or above ground level in {}".format(Path(path).name)


def test_point_depth_moves_to_this_qgis_axes(qgis_3d):
    from qgis._3d import QgsPoint3DSymbol

    symbol = QgsPoint3DSymbol()
    symbol.setTransform(compat.point_3d_transform(-7.5))
    assert compat.point_symbol_z(symbol) == pytest.approx(-7.5)
    column = symbol.transform().column(3)
    assert (column.x(), column.y(), column.z()) == ((0, 0, -7.5) if compat.POINT_3D_Z_UP else (0, -7.5, 0))
