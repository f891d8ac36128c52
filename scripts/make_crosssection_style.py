"""Regenerate the style of ondergrond:crosssection's output: styles/crosssection.qml.

    python scripts/make_crosssection_style.py      (source scripts/env.sh first)

Built with the QGIS API so that the QML is one QGIS itself wrote. Colours: the drawing's (core/section_drawing.py,
after the usual KLIC map colours per theme); assumed depths get a hatched, dashed overlay as in the drawing.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def main():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import (
        QgsApplication,
        QgsFillSymbol,
        QgsLinePatternFillSymbolLayer,
        QgsPalLayerSettings,
        QgsRuleBasedRenderer,
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
    from ondergrond.core import section_drawing as sd

    layer = QgsVectorLayer("Polygon?field=utility_type:string&field=top_m:double&field=bottom_m:double"
                           "&field=depth_assumed:boolean", "style", "memory")
    root = QgsRuleBasedRenderer.Rule(None)
    matched = []
    for keys, colour in sd.TYPE_COLOURS:
        condition = " OR ".join("lower(\"utility_type\") LIKE '%{}%'".format(key) for key in keys)
        expression = "({})".format(condition) + "".join(" AND NOT ({})".format(m) for m in matched)
        matched.append(condition)
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#333333", "outline_width": "0.2"})
        symbol.setOpacity(0.8)
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, "/".join(keys)))
    symbol = QgsFillSymbol.createSimple({"color": sd.FALLBACK_COLOUR, "outline_color": "#333333",
                                         "outline_width": "0.2"})
    root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, "ELSE", "other"))
    hatch = QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": "#222222", "outline_width": "0.3",
                                        "outline_style": "dash"})
    pattern = QgsLinePatternFillSymbolLayer()
    pattern.setLineAngle(45)
    pattern.setDistance(1.2)
    pattern.setColor(QColor("#222222"))
    hatch.appendSymbolLayer(pattern)
    root.appendChild(QgsRuleBasedRenderer.Rule(hatch, 0, 0, "\"depth_assumed\"", "depth assumed"))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    settings = QgsPalLayerSettings()
    settings.isExpression = True
    settings.fieldName = ("\"utility_type\" || ' ' || format_number(\"top_m\", 2) || "
                          "CASE WHEN \"depth_assumed\" THEN ' ~' ELSE '' END")
    text = QgsTextFormat()
    text.setSize(7)
    buffer = text.buffer()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    text.setBuffer(buffer)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    path = os.path.join(ROOT, "styles", "crosssection.qml")
    message, ok = layer.saveNamedStyle(path)
    if not ok:
        raise SystemExit(message)
    print("wrote", path)
    app.exitQgis()


if __name__ == "__main__":
    main()
