"""The HTML reports render in QGIS's own result viewer (Qt rich text) as well as in a browser.

Qt's rich text ignores CSS such as ``max-width``: an image is as wide as its width attribute or its
pixels. Each report is laid out with QTextDocument on an A4 page and no image may be wider than it.
"""

import re
from pathlib import Path

import pytest
from reports import png_data_uri, reservation_report, suitability_matrix

# A4 = 210 mm; less 2 x 15 mm margin = 180 mm; Qt lays rich text out at 96 dpi: 180 / 25.4 * 96 = 680 px.
A4_TEXT_WIDTH_PX = 180 / 25.4 * 96


def image_widths(html):
    """The width in px Qt gives every image of ``html`` (width attribute, else the image's pixels)."""
    from qgis.PyQt.QtCore import QUrl
    from qgis.PyQt.QtGui import QImage, QTextDocument

    document = QTextDocument()
    document.setHtml(html)
    document.setTextWidth(A4_TEXT_WIDTH_PX)
    widths = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            char_format = fragment.charFormat()
            if char_format.isImageFormat():
                image_format = char_format.toImageFormat()
                width = image_format.width()
                if width <= 0:
                    resource = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(image_format.name()))
                    width = QImage(resource).width() if resource is not None else 0
                widths.append(width)
            iterator += 1
        block = block.next()
    return widths


@pytest.fixture(scope="module")
def reports(provider, sample_gpkg, tmp_path_factory):
    folder = tmp_path_factory.mktemp("reports")
    reservation = reservation_report(sample_gpkg, folder, REPORT=str(folder / "reservation.html"))
    matrix = suitability_matrix(sample_gpkg, OUTPUT=str(folder / "s.gpkg"), MATRIX=str(folder / "matrix.html"))
    return {"reservation": Path(reservation["REPORT"]).read_text(encoding="utf-8"),
            "matrix": Path(matrix["MATRIX"]).read_text(encoding="utf-8")}


def test_a_wide_image_is_caught(qgis_app):
    """The check measures: an image without width attribute counts with its pixels."""
    src = png_data_uri(1210, 50, (255, 0, 0))
    assert image_widths('<p><img src="{}"></p>'.format(src)) == [1210]
    assert image_widths('<p><img width="500" src="{}"></p>'.format(src)) == [500]


@pytest.mark.parametrize("name", ["reservation", "matrix"])
def test_no_image_is_wider_than_an_a4_page(reports, name):
    widths = image_widths(reports[name])
    if name == "reservation":
        assert len(widths) >= 2  # a profile and a time chart
    assert all(0 < width <= A4_TEXT_WIDTH_PX for width in widths), widths


def test_reservation_report_names_imkl_themes_in_dutch(reports):
    from ondergrond.core.templates import IMKL_CODES, imkl_label

    html = reports["reservation"]
    camel_codes = [code for code in IMKL_CODES if code != code.lower()]  # gasLageDruk, rioolVrijverval, ...
    assert not [code for code in camel_codes if re.search(r"\b{}\b".format(code), html)]
    assert imkl_label("gasLageDruk") == "Gas lage druk"
    assert any(imkl_label(code) in html for code in IMKL_CODES if code != imkl_label(code))


def test_matrix_uses_one_area_unit(reports):
    html = reports["matrix"]
    units = set(re.findall(r"\d ?(km²|ha)\b", html))
    assert len(units) == 1, units


def test_area_unit_is_chosen_once_for_the_matrix():
    from ondergrond.core.suitability import _area_text, area_unit

    small = [("f", [{1: 2e4, 2: 0.0, 3: 3e4}])]
    large = [("f", [{1: 2e4, 2: 0.0, 3: 3e4}, {1: 5e6, 2: 0.0, 3: 0.0}])]
    assert area_unit(small) == (1e4, "ha")
    assert area_unit(large) == (1e6, "km²")
    assert _area_text(2e4, area_unit(large)) == "0.02 km²"
    assert _area_text(5e6, area_unit(large)) == "5.0 km²"
    assert _area_text(3e4, area_unit(small)) == "3.0 ha"
