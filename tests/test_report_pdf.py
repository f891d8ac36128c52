"""The HTML reports as A4 PDFs (algorithms/reportpdf.py): the reservation report, the suitability matrix and
the location report, each written from the same HTML by Qt's rich text."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from reports import png_data_uri, reservation_report, run, sample_uri, suitability_matrix

LOCATION_CONSTRAINTS = ("ondergrond_boringsvrije_zone", "ondergrond_ngr", "ondergrond_aquifer",
                        "ondergrond_breukzone", "ondergrond_wko_bestaand", "ondergrond_archeologie")


def page_count(data):
    """Pages of a PDF: its /Type /Page objects (Qt writes them uncompressed)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))


def pdf_text(path):
    """The text of a PDF by pdftotext (poppler-utils); None where it is not installed."""
    if not shutil.which("pdftotext"):
        return None
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def matrix_text_and_html(pdfs):
    """The matrix PDF's text and the HTML it was laid out from; skips where pdftotext is not installed."""
    result, key = pdfs["matrix"]
    text = pdf_text(result[key])
    if text is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return text, Path(result["MATRIX"]).read_text(encoding="utf-8")


def pdf_title(data):
    """The /Title of the PDF's information dictionary (Qt writes it as UTF-16 with a byte-order mark)."""
    match = re.search(rb"/Title\s*<FEFF([0-9A-Fa-f]*)>", data) or re.search(rb"/Title\s*<feff([0-9A-Fa-f]*)>", data)
    if match:
        return bytes.fromhex(match.group(1).decode("ascii")).decode("utf-16-be")
    match = re.search(rb"/Title\s*\(((?:[^\\)]|\\.)*)\)", data, re.DOTALL)
    if not match:
        return None
    raw = re.sub(rb"\\(.)", rb"\1", match.group(1))
    return raw[2:].decode("utf-16-be") if raw.startswith(b"\xfe\xff") else raw.decode("latin-1")


@pytest.fixture(scope="module")
def pdfs(provider, sample_gpkg, tmp_path_factory):
    folder = tmp_path_factory.mktemp("pdfs")
    # The reservation PDF alone: the HTML goes to a temporary file.
    reservation = reservation_report(sample_gpkg, folder, REPORT_PDF=str(folder / "reservation.pdf"))
    matrix = suitability_matrix(sample_gpkg, OUTPUT="TEMPORARY_OUTPUT", MATRIX=str(folder / "matrix.html"),
                                MATRIX_PDF=str(folder / "matrix.pdf"))
    location = run("ondergrond:locationreport", {
        "LOCATIONS": sample_uri(sample_gpkg, "ondergrond_winputten"),
        "CONSTRAINTS": [sample_uri(sample_gpkg, n) for n in LOCATION_CONSTRAINTS],
        "NETWORK": [sample_uri(sample_gpkg, "netwerk_kabels_leidingen"), sample_uri(sample_gpkg, "netwerk_bomen")],
        "TABLE": "TEMPORARY_OUTPUT", "REPORT": str(folder / "location.html"),
        "REPORT_PDF": str(folder / "location.pdf")})
    return {"reservation": (reservation, "REPORT_PDF"), "matrix": (matrix, "MATRIX_PDF"),
            "location": (location, "REPORT_PDF")}


# Titles as the reports write them (English: the provider fixture installs no translation) and the page
# counts of the sample data's reports (a range: fonts differ a little between machines).
EXPECTED = {"reservation": ("4D reservation check", 3, 30),
            "matrix": ("Depth-band suitability", 1, 6),
            "location": ("What can go where: location report", 2, 40)}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_report_writes_a_pdf(pdfs, name):
    result, key = pdfs[name]
    title, fewest, most = EXPECTED[name]
    path = Path(result[key])
    assert path.suffix == ".pdf" and path.exists()
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert fewest <= page_count(data) <= most, page_count(data)
    assert pdf_title(data) == title
    text = pdf_text(path)
    if text is not None:  # the title is on the first page and in every page's footer
        first_page = text.split("\f")[0]
        assert title in " ".join(first_page.split())
        assert "page 1 of {}".format(page_count(data)) in first_page


def test_the_html_report_and_the_pdf_say_the_same(pdfs):
    """The matrix PDF is laid out from the HTML the algorithm wrote: its depth bands head the columns."""
    text, html = matrix_text_and_html(pdfs)
    bands = re.findall(r"<th>([0-9]+-[0-9]+)<br>", html)
    assert bands == ["0-3", "3-30", "30-100", "100-500", "500-1500", "1500-4000"]
    assert all(band in text.split() for band in bands)
    assert "kabels en leidingen" in " ".join(text.split())


def test_no_pdf_unless_asked(run_alg, sample_gpkg, tmp_path):
    result = run_alg("ondergrond:depthbandsuitability", {
        "CONSTRAINTS": ["{}|layername=ondergrond_ngr".format(sample_gpkg)], "CELL_SIZE": 200,
        "OUTPUT": "TEMPORARY_OUTPUT", "MATRIX": str(tmp_path / "m.html")})
    assert result["MATRIX_PDF"] is None
    assert not list(tmp_path.glob("*.pdf"))


def test_wide_images_are_scaled_to_the_page_and_headings_start_a_page(qgis_app, tmp_path):
    """A 2000 px image is drawn at the text width; a heading at the foot of a page moves to the next."""
    from qgis.PyQt.QtCore import QSizeF
    from qgis.PyQt.QtGui import QTextDocument

    from ondergrond.algorithms import reportpdf

    src = png_data_uri(2000, 400, (0, 114, 178))
    width, height = reportpdf.text_area_px()
    assert width == pytest.approx(180 / 25.4 * 96)  # A4 less two 15 mm margins, at 96 dpi
    def html_with(lines):
        filler = "".join("<p>line {}</p>".format(i) for i in range(lines))
        return "<html><head><title>Wide</title></head><body><img src='{}'>{}<h2>Next part</h2><p>text</p>" \
               "</body></html>".format(src, filler)

    def heading_offset(document, page_height):
        heading = next(block for block, _ in reportpdf._fragments(document) if block.text() == "Next part")
        return document.documentLayout().blockBoundingRect(heading).top() % page_height

    # as many lines as put the heading at the foot of the first page when nothing moves it
    for lines in range(10, 120):
        plain = QTextDocument()
        plain.documentLayout().setPaintDevice(reportpdf._layout_device())
        plain.setHtml(html_with(lines))
        plain.setPageSize(QSizeF(width, height))
        reportpdf.fit_images(plain, width)
        if heading_offset(plain, height) > 0.93 * height:
            break
    else:
        pytest.fail("no line count puts the heading at the foot of a page")
    html = html_with(lines)
    document, _device, size = reportpdf.prepare(html)
    widths = [f.charFormat().toImageFormat().width() for _, f in reportpdf._fragments(document)
              if f.charFormat().isImageFormat()]
    assert widths == [pytest.approx(width)]
    assert heading_offset(document, size.height()) < 0.05 * size.height()  # it starts the next page
    path = tmp_path / "wide.pdf"
    pages = reportpdf.write_pdf(html, path)
    assert pages == document.pageCount() == 2
    raw = path.read_bytes()
    assert page_count(raw) == pages
    assert b"/Width 2000" in raw  # the image is embedded whole, drawn at the text width


def test_qgis_process_writes_the_matrix_pdf(qgis_process, sample_gpkg, tmp_path):
    output = qgis_process("ondergrond:depthbandsuitability", {
        "CONSTRAINTS": "{}|layername=ondergrond_ngr".format(sample_gpkg), "CELL_SIZE": 200,
        "MATRIX": str(tmp_path / "m.html"), "MATRIX_PDF": str(tmp_path / "m.pdf")})
    path = Path(output["results"]["MATRIX_PDF"])
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and page_count(data) >= 1
    assert pdf_title(data) == "Depth-band suitability"


def test_a_pdf_is_written_from_a_worker_thread(provider, sample_gpkg, tmp_path):
    """The desktop runs algorithms in a background task: the PDF is laid out and painted there too."""
    import threading

    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback

    algorithm = QgsApplication.processingRegistry().createAlgorithmById("ondergrond:depthbandsuitability")
    parameters = {"CONSTRAINTS": ["{}|layername=ondergrond_ngr".format(sample_gpkg)], "CELL_SIZE": 200,
                  "MATRIX": str(tmp_path / "m.html"), "MATRIX_PDF": str(tmp_path / "m.pdf")}
    context = QgsProcessingContext()
    feedback = QgsProcessingFeedback()
    outcome = {}

    def work():
        outcome["result"] = algorithm.run(parameters, context, feedback)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(120)
    result, ok = outcome["result"]
    assert ok
    data = Path(result["MATRIX_PDF"]).read_bytes()
    assert data.startswith(b"%PDF") and pdf_title(data) == "Depth-band suitability"


def _tables(document):
    from qgis.PyQt.QtGui import QTextTable

    return [frame for frame in document.rootFrame().childFrames() if isinstance(frame, QTextTable)]


def _rows_cut_by_a_page_foot(document, page_height):
    from ondergrond.algorithms import reportpdf

    cut = []
    for table in _tables(document):
        for row in range(table.format().headerRowCount(), table.rows()):
            top, bottom = reportpdf._row_range(document, table, row)
            if int(top // page_height) != int((bottom - 0.5) // page_height):
                cut.append(row)
    return cut


def _plain(html, landscape=False):
    """The document as Qt lays it out before the PDF's fixes."""
    from qgis.PyQt.QtCore import QSizeF
    from qgis.PyQt.QtGui import QTextDocument

    from ondergrond.algorithms import reportpdf

    width, height = reportpdf.text_area_px(landscape)
    document = QTextDocument()
    document.documentLayout().setPaintDevice(reportpdf._layout_device())
    document.setHtml(html)
    document.setPageSize(QSizeF(width, height))
    reportpdf.repeat_table_headers(document)
    return document, height


def test_a_table_row_never_straddles_a_page(qgis_app, tmp_path):
    """A long table of rows 1 to 5 lines high, with a vertically centred column: Qt alone cuts some rows at the
    page foot; in the PDF every row's text lies on one page, the row before grows to the foot, no page is
    left empty and the header repeats."""
    from ondergrond.algorithms import reportpdf

    rows = "".join(
        "<tr><td><b>row{0}</b> {1}</td><td style='vertical-align: middle'>mid{0}</td><td>{2}</td></tr>".format(
            i, "word " * (i % 7 * 3), "<br>".join("line{}".format(k) for k in range(1 + i % 5)))
        for i in range(120))
    html = ("<html><head><title>Rows</title></head><body><p>intro</p><table border='1'>"
            "<tr><th>A</th><th>B</th><th>C</th></tr>{}</table></body></html>").format(rows)
    plain, height = _plain(html)
    assert len(_rows_cut_by_a_page_foot(plain, height)) >= 3  # what the fix is for
    document, _device, size = reportpdf.prepare(html)
    assert _rows_cut_by_a_page_foot(document, size.height()) == []
    assert document.pageCount() <= plain.pageCount() + 1
    path = tmp_path / "rows.pdf"
    pages = reportpdf.write_pdf(html, path)
    text = pdf_text(path)
    if text is not None:
        page_texts = text.split("\f")[:pages]
        assert all(page.split()[0] == "A" for page in page_texts[1:])  # the header on each page
        for i in range(120):  # a row's cells on one page, in full
            holding = [page for page in page_texts if "row{}".format(i) in page.split()]
            assert len(holding) == 1, i
            assert "mid{}".format(i) in holding[0].split()
            assert "line{}".format(i % 5) in holding[0].split()


def test_a_narrow_column_breaks_between_words_only(qgis_app):
    """Qt breaks a word wider than its column ("drinkwaterwinni / ng"); the PDF widens that column to its
    widest word, and the other columns still break only between words."""
    from ondergrond.algorithms import reportpdf

    row = ("<tr><th>drinkwaterwinning<br><small>Drinking-water abstraction</small></th>"
           + "<td>suitable: 256 km² (100%)</td>" * 6 + "</tr>")
    html = ("<html><head><style>th, td { padding: 6px 8px; font-size: 13px; }</style></head><body><table>"
            "<tr><th>Function (depth range)</th>" + "<th>500-1500<br><small>m below ground</small></th>" * 6
            + "</tr>" + row * 4 + "</table></body></html>")

    def mid_word(document):
        return [block.text() for table in _tables(document) for r in range(table.rows())
                for c in range(table.columns()) for block in reportpdf._cell_blocks(document, table.cellAt(r, c))
                if reportpdf._breaks_mid_word(block)]

    plain, _height = _plain(html)
    assert any(text.startswith("drinkwaterwinning") for text in mid_word(plain))  # what the fix is for
    document, _device, _size = reportpdf.prepare(html)
    assert mid_word(document) == []


def test_the_pdf_keeps_function_names_and_rows_whole(pdfs):
    """In the matrix and reservation PDFs no word of a table is split over two lines and every matrix row
    (a function and its cells) is on one page."""
    text, html = matrix_text_and_html(pdfs)
    rows = re.findall(r'<th class="f">([^<]+)<br><small>([^<]+)</small></th>(.*?)</tr>', html)
    assert len(rows) >= 10
    lines = [line.strip() for line in text.splitlines()]
    pages = [" ".join(page.split()) for page in text.split("\f")]
    for name, description, cells in rows:
        assert name.split()[-1] in " ".join(lines).split(), name
        assert all(word in lines or any(word in line.split() for line in lines) for word in name.split()), name
        areas = re.findall(r"(?:suitable|conditional|excluded): [0-9.]+ km² \([0-9]+%\)", cells)
        first = description.split()[0]
        holding = [page for page in pages if " ".join(name.split()) in page and first in page]
        assert len(holding) >= 1, name
        assert all(area.split(" km²")[0] in holding[0] for area in areas), name
    reservation, key = pdfs["reservation"]
    words = pdf_text(reservation[key]).split()
    assert "netwerk_kabels_leidingen" in words and "Feature" in words


def test_the_first_picture_shrinks_into_the_first_page_when_most_of_it_fits(qgis_app):
    """A picture that would not fit under the first page's text is drawn smaller there if at least 60 % of
    its size fits; with less room it starts the next page at full size."""
    from ondergrond.algorithms import reportpdf

    width, height = reportpdf.text_area_px()
    src = png_data_uri(600, 500, (0, 114, 178))  # drawn 600 x 500 px: about half a page high

    def picture(above):  # under a first picture (a spacer) ``above`` px high
        html = "<html><body><img src='{}' width='20' height='{}'><p>text</p><img src='{}'><p>after</p>" \
               "</body></html>".format(png_data_uri(20, 20, (200, 200, 200)), above, src)
        document, _device, size = reportpdf.prepare(html)
        block, fragment = [(b, f) for b, f in reportpdf._fragments(document) if f.charFormat().isImageFormat()][1]
        rect = document.documentLayout().blockBoundingRect(block)
        rect.translate(0, block.layout().lineAt(0).y())  # where its line is drawn (Qt moves it to a new page)
        return reportpdf._image_size(document, fragment.charFormat().toImageFormat())[0], rect, size.height()

    shown, rect, page = picture(int(height - 0.9 * 500))  # room for about 90 % of it
    assert 0.6 * 600 <= shown < 600 and rect.bottom() <= page  # smaller, on page 1
    shown, rect, page = picture(int(height - 0.4 * 500))  # room for about 40 %
    assert shown == pytest.approx(600) and page - 1 <= rect.top() < 2 * page  # full size, on page 2



def test_the_full_matrix_pdf_cuts_no_row(provider, sample_gpkg, tmp_path):
    """The matrix of every sample claim (bars as nested tables, middle-aligned 'not used' cells, as the demo
    writes it): Qt alone cuts rows at the page foot; in the PDF no row's text is cut, whichever way the rows
    were moved (growing the row before, or the fallback that pads the cut row down)."""
    from ondergrond.algorithms import reportpdf

    claims = ("ondergrond_boringsvrije_zone", "ondergrond_ngr", "ondergrond_aquifer", "ondergrond_breukzone",
              "ondergrond_zoutstructuur", "ondergrond_wko_bestaand", "ondergrond_geothermie_gepland")
    run("ondergrond:depthbandsuitability", {
        "CONSTRAINTS": [sample_uri(sample_gpkg, name) for name in claims], "CELL_SIZE": 100,
        "MATRIX": str(tmp_path / "m.html")})
    html = (tmp_path / "m.html").read_text(encoding="utf-8")
    plain, height = _plain(html, landscape=True)
    assert _rows_cut_by_a_page_foot(plain, height)  # what the fix is for
    document, _device, size = reportpdf.prepare(html, landscape=True)
    assert _rows_cut_by_a_page_foot(document, size.height()) == []
