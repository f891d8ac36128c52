"""Write styles/importlayermodel.qml (the ondergrond:importlayermodel output).

    python scripts/make_layermodel_styles.py

Colours: Okabe-Ito (colour-blind safe): clay (kleilaag) vermillion, aquifer blue, units without a kind
light grey; half transparent, so stacked layers show where they overlap; the outline names nothing.
"""

import os
from pathlib import Path

from qgis.core import QgsApplication, QgsCategorizedSymbolRenderer, QgsFillSymbol, QgsRendererCategory, QgsVectorLayer

ROOT = Path(__file__).resolve().parent.parent
STYLES = ROOT / "styles"
KINDS = (("kleilaag", "#D55E00", "kleilaag"), ("aquifer", "#0072B2", "aquifer"), (None, "#BBBBBB", "other"))


def fill(colour):
    red, green, blue = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return QgsFillSymbol.createSimple({"color": "{},{},{},128".format(red, green, blue), "outline_color": colour,
                                       "outline_width": "0.2"})


def main():
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:28992&field=layer:string&field=kind:string", "model", "memory")
    categories = [QgsRendererCategory(value, fill(colour), label) for value, colour, label in KINDS]
    layer.setRenderer(QgsCategorizedSymbolRenderer("kind", categories))
    path = STYLES / "importlayermodel.qml"
    message, ok = layer.saveNamedStyle(str(path))
    if not ok:
        raise SystemExit(message)
    print("wrote", path.relative_to(ROOT))


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    application = QgsApplication([], False)
    application.setPrefixPath("/usr", True)
    application.initQgis()
    main()
    application.exitQgis()
