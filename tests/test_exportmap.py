"""ondergrond:exportmap and the bundled print layouts (layouts/*.qpt), in real QGIS."""

import pytest
from conftest import ROOT, recorder
from modeler import add_step, model_input, new_model, run_model, step_output
from qgis.core import QgsProcessingException

ALG = "ondergrond:exportmap"
TEMPLATES = sorted((ROOT / "layouts").glob("*.qpt"))
STREET = "200990,201410,505080,505310 [EPSG:28992]"


def test_six_templates_two_papers_per_family():
    names = {path.stem for path in TEMPLATES}
    assert names == {"ondergrond_{}_{}".format(family, paper) for family in ("subsurface", "street", "drinkingwater")
                     for paper in ("a3", "a4")}


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.stem)
def test_every_template_loads_and_exports_a_pdf(template, qgis_app, tmp_path):
    """Straight through QGIS's own layout API, as a planner opening the template would."""
    from qgis.core import QgsLayoutExporter, QgsPrintLayout, QgsProject, QgsReadWriteContext
    from qgis.PyQt.QtXml import QDomDocument

    project = QgsProject()
    layout = QgsPrintLayout(project)
    document = QDomDocument()
    assert document.setContent(template.read_text(encoding="utf-8"))[0]
    items, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    assert ok
    ids = {item.id() for item in items}
    assert {"title", "subtitle", "map", "legend", "scalebar", "north", "source"} <= ids
    # the page: A3 = 420 x 297 mm, A4 = 297 x 210 mm, landscape
    size = layout.pageCollection().page(0).pageSize()
    expected = (420, 297) if template.stem.endswith("a3") else (297, 210)
    assert (round(size.width()), round(size.height())) == expected
    # every item lies on the page
    for item in (item for item in items if item.id()):  # the page item itself has no id
        rect = item.sceneBoundingRect()
        assert rect.left() >= -0.01 and rect.right() <= expected[0] + 0.01, item.id()
    pdf = tmp_path / "{}.pdf".format(template.stem)
    result = QgsLayoutExporter(layout).exportToPdf(str(pdf), QgsLayoutExporter.PdfExportSettings())
    assert result == QgsLayoutExporter.ExportResult.Success
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 2000


def test_nice_step_and_fit_aspect():
    from qgis.core import QgsRectangle

    from ondergrond.algorithms.exportmap import fit_aspect, nice_step

    assert [nice_step(v) for v in (27.3, 1.0, 0.7, 4.9, 2.6, 999.0, 1250.0)] == [25, 1, 0.5, 2.5, 2.5, 500, 1000]
    # 420 x 230 m street, frame 304 x 247 mm -> height stays, width grows to 230 * 304/247 = 283.07? No: the
    # street is wider (1.826) than the frame (1.231), so the width stays and the height becomes 420/1.231.
    fitted = fit_aspect(QgsRectangle(200990, 505080, 201410, 505310), 304 / 247)
    assert fitted.width() == pytest.approx(420)
    assert fitted.height() == pytest.approx(420 * 247 / 304)
    assert fitted.center().y() == pytest.approx(505195)


def test_street_map_pdf_and_png(run_alg, sample_gpkg, tmp_path):
    layers = ["{}|layername={}".format(sample_gpkg, name) for name in (
        "netwerk_warmtenet_trace", "netwerk_bomen", "netwerk_kabels_leidingen", "netwerk_stoepranden")]
    result = run_alg(ALG, {"LAYERS": layers, "TEMPLATE": 3, "TITLE": "Hoofdweg", "SOURCES": "KLIC",
                           "EXTENT": STREET, "OUTPUT": str(tmp_path / "street.pdf"),
                           "OUTPUT_PNG": str(tmp_path / "street.png")})
    assert (tmp_path / "street.pdf").read_bytes().startswith(b"%PDF")
    from qgis.PyQt.QtGui import QImage

    image = QImage(result["OUTPUT_PNG"])
    # A4 landscape at 150 dpi: 297 mm / 25.4 * 150 = 1753.9 px (QGIS truncates: 1753), 210 mm -> 1240.2 -> 1240
    assert (image.width(), image.height()) == (1753, 1240)
    # Legend: one line per class, no separate status lines. The street's cables hold 8 IMKL themes
    # (sample data), the trace 1 class, the trees 1, the kerbs a single symbol -> at least 11 lines.
    assert result["LEGEND_ENTRIES"] >= 11


def test_legend_has_readable_names_and_no_status_lines(qgis_app, sample_gpkg):
    from qgis.core import QgsLayerTreeModel, QgsProject, QgsVectorLayer

    from ondergrond.algorithms.presentation import apply_style, compact_status_legend, readable_name

    layer = QgsVectorLayer("{}|layername=netwerk_kabels_leidingen".format(sample_gpkg), "ondergrond_sample", "ogr")
    assert readable_name(layer) == "Cables and pipes"
    assert apply_style(layer, "netwerk_kabels_leidingen")[0]
    project = QgsProject()
    project.addMapLayer(layer)
    model = QgsLayerTreeModel(project.layerTreeRoot())
    node = project.layerTreeRoot().findLayers()[0]
    assert compact_status_legend(model, node)
    labels = [legend_node.data(0) for legend_node in model.layerLegendNodes(node)]
    assert "decision made" not in labels and "gemaakte keuze" not in labels
    assert "Gas lage druk (LD)" in labels
    assert any(label.endswith(", decision to be made") for label in labels)


def test_bad_input(run_alg, sample_gpkg, tmp_path, make_layer):
    with pytest.raises(QgsProcessingException):
        run_alg(ALG, {"LAYERS": [], "OUTPUT": str(tmp_path / "x.pdf")})
    empty = make_layer("Point", {"name": "string"}, [])
    with pytest.raises(QgsProcessingException, match="empty"):
        run_alg(ALG, {"LAYERS": [empty], "OUTPUT": str(tmp_path / "x.pdf")})
    bad = tmp_path / "bad.qpt"
    bad.write_text("<Layout><not a layout", encoding="utf-8")
    layer = "{}|layername=netwerk_bomen".format(sample_gpkg)
    with pytest.raises(QgsProcessingException, match="qpt"):
        run_alg(ALG, {"LAYERS": [layer], "TEMPLATE_FILE": str(bad), "OUTPUT": str(tmp_path / "x.pdf")})
    assert not (tmp_path / "x.pdf").exists()


def test_a_project_layer_keeps_its_own_style(run_alg, sample_gpkg, tmp_path):
    """The user's styling is never replaced, and the user's layer is not changed."""
    from qgis.core import QgsProject, QgsSingleSymbolRenderer, QgsVectorLayer

    layer = QgsVectorLayer("{}|layername=netwerk_bomen".format(sample_gpkg), "Mijn bomen", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        feedback = recorder()
        run_alg(ALG, {"LAYERS": [layer.id()], "OUTPUT": str(tmp_path / "trees.pdf")}, feedback)
        assert isinstance(layer.renderer(), QgsSingleSymbolRenderer)
        assert layer.name() == "Mijn bomen"
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_qgis_process(qgis_process, sample_gpkg, tmp_path):
    output = tmp_path / "zones.pdf"
    result = qgis_process(ALG, {"LAYERS": ["{}|layername=ondergrond_winputten".format(sample_gpkg),
                                           "{}|layername=ondergrond_boringsvrije_zone".format(sample_gpkg)],
                                "TEMPLATE": 5, "TITLE": "Winputten", "OUTPUT": str(output)})
    assert result["results"]["OUTPUT"] == str(output)
    assert output.read_bytes().startswith(b"%PDF")


def test_modeler_chain_wells_to_zones_to_pdf(provider, make_layer, tmp_path):
    """A model: wells -> drinking-water protection zones -> exportmap. The zones come in as a child's
    output (a layer id in the model's context), the PDF is the model's output."""
    wells = make_layer("Point", {"well_id": "string", "rate_m3_year": "double"}, [
        {"wkt": "POINT(200000 500000)", "well_id": "W1", "rate_m3_year": 2e6}])
    model = new_model("zones to council map", "wells")
    add_step(model, "zones", "ondergrond:drinkingwaterprotection", INPUT=model_input("wells"))
    add_step(model, "export", ALG, output=("map", "OUTPUT"),
             LAYERS=[model_input("wells"), step_output("zones", "OUTPUT")], TEMPLATE=5, TITLE="Winput W1")
    pdf = tmp_path / "model.pdf"
    result, _context, name = run_model(model, "export", "map", str(pdf), wells=wells)
    assert result[name] == str(pdf)
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 10000
