"""Benchmark: exportmap against QGIS's native way of exporting a print layout to PDF.

    python bench/exportmap.py

The street of the sample data (cables and pipes, trees, the heat-network trace, kerbs) on the A3 street
template. Ours: ``ondergrond:exportmap`` (copies the layers into its own project, applies the styles,
fills title/legend/scale bar, exports). Native: the same template loaded into a project that already
holds the same styled layers, exported with ``native:printlayouttopdf`` (what a planner does by hand
after building the layout in the desktop). Both write a 300 dpi PDF; the ratio is native / ours.
"""

import time

import common  # first: QGIS headless settings
from common import ROOT, layer_uri, new_context, work_dir

NAMES = ("netwerk_warmtenet_trace", "netwerk_bomen", "netwerk_kabels_leidingen", "netwerk_stoepranden")
EXTENT = "200990,201410,505080,505310 [EPSG:28992]"
RUNS = 3


def main():
    application, provider = common.start_qgis()  # noqa: F841  (keep referenced)
    import importlib.util

    import processing
    from qgis.core import (
        QgsPrintLayout,
        QgsProject,
        QgsReadWriteContext,
        QgsRectangle,
        QgsVectorLayer,
    )
    from qgis.PyQt.QtXml import QDomDocument

    folder = work_dir("bench_exportmap_")
    spec = importlib.util.spec_from_file_location("sample", ROOT / "sample_data" / "make_sample_data.py")
    sample = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sample)
    gpkg = folder / "sample.gpkg"
    sample.build(gpkg)
    uris = [layer_uri(gpkg, name) for name in NAMES]

    ours = []
    for run in range(RUNS):
        started = time.perf_counter()
        processing.run("ondergrond:exportmap", {"LAYERS": uris, "TEMPLATE": 2, "TITLE": "Hoofdweg",
                                                "EXTENT": EXTENT, "OUTPUT": str(folder / "ours{}.pdf".format(run))})
        ours.append(time.perf_counter() - started)

    # Native: a project with the styled layers and the layout already in it, then printlayouttopdf.
    project = QgsProject.instance()
    layers = []
    for uri, name in zip(uris, NAMES):
        layer = QgsVectorLayer(uri, name, "ogr")
        layer.loadNamedStyle(str(ROOT / "styles" / "{}.qml".format(name)))
        project.addMapLayer(layer)
        layers.append(layer)
    layout = QgsPrintLayout(project)
    document = QDomDocument()
    document.setContent((ROOT / "layouts" / "ondergrond_street_a3.qpt").read_text(encoding="utf-8"))
    layout.loadFromTemplate(document, QgsReadWriteContext())
    layout.setName("bench")
    layout.itemById("map").setLayers(layers)
    layout.itemById("map").zoomToExtent(QgsRectangle(200990, 505080, 201410, 505310))
    project.layoutManager().addLayout(layout)
    native = []
    for run in range(RUNS):
        context = new_context()
        started = time.perf_counter()
        processing.run("native:printlayouttopdf", {"LAYOUT": "bench", "DPI": 300,
                                                   "OUTPUT": str(folder / "native{}.pdf".format(run))},
                       context=context)
        native.append(time.perf_counter() - started)

    best_ours, best_native = min(ours), min(native)
    print("exportmap (build + style + export): {:.2f} s (best of {})".format(best_ours, RUNS))
    print("native:printlayouttopdf (layout built by hand beforehand): {:.2f} s".format(best_native))
    print("ratio native / ours: {:.2f}".format(best_native / best_ours))
    print("PDF sizes: ours {} KB, native {} KB".format((folder / "ours0.pdf").stat().st_size // 1024,
                                                      (folder / "native0.pdf").stat().st_size // 1024))


if __name__ == "__main__":
    main()
