"""Renders for docs/ as a Dutch desktop shows them: the plugin's Dutch translation installed, the outputs loaded
into a project as the Processing toolbox loads them, the maps written by Export map (PDF) and the reservation
report as PDF.

    source scripts/env.sh && python scripts/render_nl_docs.py [OUTPUT_FOLDER]

Writes docs/nl_*.png (the maps of the three families, and the report's pages rendered with pdftoppm when
it is installed).
"""

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import headless  # noqa: E402


def main(argv):
    output = Path(argv[1]) if len(argv) > 1 else Path(tempfile.mkdtemp(prefix="ondergrond_nl_"))
    output.mkdir(parents=True, exist_ok=True)
    docs = ROOT / "docs"
    application, provider = headless.start_qgis(locale="nl")  # noqa: F841 (kept alive while running)
    import importlib.util

    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject, QgsVectorLayer

    spec = importlib.util.spec_from_file_location("make_sample_data", ROOT / "sample_data" / "make_sample_data.py")
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    sample = output / "ondergrond_sample.gpkg"
    if not sample.exists():
        builder.build(sample)
    project = QgsProject.instance()

    def uri(name):
        return "{}|layername={}".format(sample, name)

    def context():
        result = QgsProcessingContext()
        result.setProject(project)
        return result

    def run_and_load(algorithm, parameters):
        before = set(project.mapLayers())
        result = processing.runAndLoadResults(algorithm, parameters, context=context(),
                                              feedback=QgsProcessingFeedback())
        return result, [project.mapLayer(i) for i in set(project.mapLayers()) - before]

    def add(name):
        layer = QgsVectorLayer(uri(name), name, "ogr")
        from ondergrond.algorithms.presentation import apply_style, readable_name, style_of

        if style_of(layer):
            apply_style(layer, style_of(layer))
        layer.setName(readable_name(layer))
        project.addMapLayer(layer)
        return layer

    def export(layers, template, title, png, theme=None):
        parameters = {"LAYERS": layers, "TEMPLATE": template, "TITLE": title, "SOURCES": "voorbeelddata Ondergrond",
                      "OUTPUT": str(output / (Path(png).stem + ".pdf")), "OUTPUT_PNG": str(docs / png)}
        if theme:
            parameters["MAP_THEME"] = theme
        processing.run("ondergrond:exportmap", parameters, context=context(), feedback=QgsProcessingFeedback())
        print(docs / png)

    # Subsurface: the suitability, split per function and band, drawn through one of its map themes
    zone = add("ondergrond_boringsvrije_zone")
    _, loaded = run_and_load("ondergrond:depthbandsuitability", {
        "CONSTRAINTS": [uri("ondergrond_boringsvrije_zone"), uri("ondergrond_ngr"), uri("ondergrond_aquifer"),
                        uri("ondergrond_breukzone"), uri("ondergrond_wko_bestaand")],
        "CELL_SIZE": 50, "OUTPUT": str(output / "geschiktheid.gpkg"), "MATRIX": str(output / "matrix.html"),
        "MATRIX_PDF": str(output / "geschiktheidsmatrix.pdf")})
    suitability = [layer for layer in loaded if layer.type() == layer.VectorLayer][0]
    themes = project.mapThemeCollection().mapThemes()
    print("map themes:", ", ".join(themes))
    export([suitability, zone], 1, "Geschiktheid voor open WKO, 30-100 m", "nl_geschiktheid_wko_30-100m.png",
           theme="Geschiktheid: wko open, 30-100 m")

    # Drinking water: the protection zones around the sample wells, labelled
    wells = add("ondergrond_winputten")
    _, loaded = run_and_load("ondergrond:drinkingwaterprotection", {
        "INPUT": uri("ondergrond_winputten"), "METHOD": 1, "REGIONAL_FLUX": 0.02, "FLOW_DIRECTION": 300,
        "PROTECTIVE_LAYER_DEPTH": 45.0, "OUTPUT": str(output / "beschermingszones.gpkg")})
    export([wells] + loaded, 5, "Drinkwaterbeschermingszones van de voorbeeldwinning",
           "nl_drinkwaterbeschermingszones.png")

    # Street: conflicts of the warmtenet trace among the cables, and the report as PDF
    cables = add("netwerk_kabels_leidingen")
    trace = add("netwerk_warmtenet_trace")
    trees = add("netwerk_bomen")
    result, loaded = run_and_load("ondergrond:reservationcheck", {
        "TRACE": uri("netwerk_warmtenet_trace"),
        "OBSTACLES": [uri(name) for name in ("netwerk_kabels_leidingen", "netwerk_bomen",
                                             "netwerk_infiltratiekratten", "netwerk_reserveringen")],
        "WORKS": [uri("netwerk_geplande_werken"), uri("netwerk_geplande_werken_vlak")], "CONSTRUCTION_YEAR": 2028,
        "CONFLICTS": str(output / "conflicten.gpkg"), "OPPORTUNITIES": str(output / "meekoppelkansen.gpkg"),
        "REPORT": str(output / "reservering_rapport.html"), "REPORT_PDF": str(output / "reservering_rapport.pdf")})
    conflicts = [layer for layer in loaded if "obstacle_layer" in layer.fields().names()][0]
    export([conflicts, trace, trees, cables], 3, "Conflicten van het warmtenettracé", "nl_reservering_conflicten.png")
    if shutil.which("pdftoppm"):
        for page in (1, 2):
            stem = docs / "nl_rapport_reservering_p{}".format(page)
            subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", str(page), "-l", str(page), "-singlefile",
                            result["REPORT_PDF"], str(stem)], check=True)
            print(stem.with_suffix(".png"))
    print("PDFs in", output)
    project.clear()


if __name__ == "__main__":
    main(sys.argv)
