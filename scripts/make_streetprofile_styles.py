"""Regenerate the styles of the outputs of ondergrond:streetprofile: styles/streetprofile_*.qml.

    python scripts/make_streetprofile_styles.py      (source scripts/env.sh first)

Built with the QGIS API so that every QML is one QGIS itself wrote. Colours: Okabe-Ito (colour-blind
safe); every class also differs in marker shape or line style.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def main():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import (
        QgsApplication,
        QgsLineSymbol,
        QgsMarkerSymbol,
        QgsPalLayerSettings,
        QgsRuleBasedRenderer,
        QgsSingleSymbolRenderer,
        QgsTextFormat,
        QgsVectorLayer,
        QgsVectorLayerSimpleLabeling,
    )
    from qgis.PyQt.QtGui import QColor

    app = QgsApplication([], False)
    QgsApplication.setPrefixPath("/usr", True)
    app.initQgis()
    sys.path.insert(0, HERE)
    import headless

    headless.import_plugin()
    from ondergrond.algorithms import streetprofile as alg

    kinds = {"long": "long", "double": "double", "int": "integer", "bool": "boolean", "string": "string"}

    def layer(geometry, spec):
        uri = "{}?crs=EPSG:28992".format(geometry) + "".join(
            "&field={}:{}".format(name, kinds[kind]) for name, kind in spec)
        return QgsVectorLayer(uri, "style", "memory")

    def labels(target, expression, colour="#333333", size=8):
        settings = QgsPalLayerSettings()
        settings.isExpression = True
        settings.fieldName = expression
        text = QgsTextFormat()
        text.setSize(size)
        text.setColor(QColor(colour))
        buffer = text.buffer()
        buffer.setEnabled(True)
        buffer.setSize(0.8)
        text.setBuffer(buffer)
        settings.setFormat(text)
        target.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        target.setLabelsEnabled(True)

    written = []

    # Slots: a green circle where it fits in its profile zone, an orange diamond where it fits outside it,
    # a red cross where nothing fits.
    slots = layer("Point", alg.SLOT_FIELDS)
    root = QgsRuleBasedRenderer.Rule(None)
    for label, expression, shape, colour, size in (
        ("Fits, in its profile zone", "\"fits\" AND \"in_zone\"", "circle", "#009e73", 2.4),
        ("Fits, outside its profile zone", "\"fits\" AND NOT coalesce(\"in_zone\", false)", "diamond", "#e69f00", 2.8),
        ("No room", "NOT \"fits\"", "cross2", "#d55e00", 3.2),
    ):
        symbol = QgsMarkerSymbol.createSimple({"name": shape, "color": colour, "outline_color": "#333333",
                                               "outline_width": "0.2", "size": str(size)})
        rule = QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label)
        root.appendChild(rule)
    slots.setRenderer(QgsRuleBasedRenderer(root))
    written.append(("streetprofile_slots", slots))

    # Bottlenecks: a broad red band along the axis.
    necks = layer("LineString", alg.BOTTLENECK_FIELDS)
    symbol = QgsLineSymbol.createSimple({"line_color": "#d55e00", "line_width": "2.6", "capstyle": "flat"})
    symbol.setOpacity(0.7)
    necks.setRenderer(QgsSingleSymbolRenderer(symbol))
    labels(necks, "'no room: ' || \"blocking_count\" || ' obstacle(s)'", "#a03c00")
    written.append(("streetprofile_bottlenecks", necks))

    # Utilities outside their profile zone: purple dashes with how far outside.
    check = layer("LineString", alg.PROFILE_CHECK_FIELDS)
    symbol = QgsLineSymbol.createSimple({"line_color": "#cc79a7", "line_width": "1.2", "line_style": "dash"})
    check.setRenderer(QgsSingleSymbolRenderer(symbol))
    labels(check, "\"utility_type\" || ' ' || format_number(\"lateral_excess_m\", 2) || ' m'", "#7a3b64")
    written.append(("streetprofile_profilecheck", check))

    # The suggested trace: a heat-network line (IMKL warmte colour family), dark outline.
    trace = layer("LineString", alg.TRACE_FIELDS)
    symbol = QgsLineSymbol.createSimple({"line_color": "#333333", "line_width": "1.4"})
    core = QgsLineSymbol.createSimple({"line_color": "#cc79a7", "line_width": "0.9"})
    symbol.appendSymbolLayer(core.symbolLayer(0).clone())
    trace.setRenderer(QgsSingleSymbolRenderer(symbol))
    written.append(("streetprofile_trace", trace))

    for name, target in written:
        path = os.path.join(ROOT, "styles", name + ".qml")
        message, ok = target.saveNamedStyle(path)
        if not ok:
            raise SystemExit("{}: {}".format(path, message))
        print("wrote", os.path.relpath(path, ROOT))
    app.exitQgis()


if __name__ == "__main__":
    main()
