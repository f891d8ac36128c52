"""An HTML report as an A4 PDF, laid out by Qt's rich text (what QGIS's result viewer shows).

One helper for every report (reservation check, suitability matrix, location report): the same HTML the
algorithm writes, so the PDF says what the browser and the viewer say. Qt lays the text out on pages
of A4 at 96 dpi (as the viewer does, so sizes in px and pt keep their proportions), images wider than the
text column are scaled down to its width, a heading never ends a page, table header rows repeat on
every page, a table row is never cut by a page foot, a table column is never narrower than its widest word,
and each page carries the report's title and "page n of N" in its footer.
"""

import re

from qgis.PyQt.QtCore import QMarginsF, QRectF, QSizeF, Qt
from qgis.PyQt.QtGui import (
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
    QTextTableCellFormat,
    QTextTableFormat,
)

from ..core.i18n import tr

LAYOUT_DPI = 96.0  # Qt's rich text measures px at 96 dpi: the report's image widths assume it
PDF_DPI = 300
MARGIN_MM = 15.0
FOOTER_MM = 8.0  # inside the bottom margin band: the footer line sits below the text
A4_MM = (210.0, 297.0)
# A margin in the body's CSS rule (Qt's rich text takes the first rule only: it cannot be overridden)
BODY_MARGIN = re.compile(r"(body\s*\{[^}]*?)\bmargin\s*:\s*[^;}]*;?")


def _px(mm):
    return mm / 25.4 * LAYOUT_DPI


def text_area_px(landscape=False):
    """The (width, height) in px at 96 dpi that the text takes on an A4 page with the margins."""
    width, height = A4_MM[::-1] if landscape else A4_MM
    return _px(width - 2 * MARGIN_MM), _px(height - 2 * MARGIN_MM - FOOTER_MM)


_DEVICE = []


def _layout_device():
    """A paint device of exactly 96 dpi, so the layout does not depend on the screen (a 120 dpi desktop).
    One for the session: a document's layout keeps a pointer to it, so it must outlive every document."""
    if not _DEVICE:
        image = QImage(8, 8, QImage.Format.Format_ARGB32)
        dots_per_metre = int(round(LAYOUT_DPI / 0.0254))
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        _DEVICE.append(image)
    return _DEVICE[0]


def _fragments(document):
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            yield block, iterator.fragment()
            iterator += 1
        block = block.next()


def _image_size(document, image_format):
    from qgis.PyQt.QtCore import QUrl

    width, height = image_format.width(), image_format.height()
    if width > 0 and height > 0:
        return width, height
    resource = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(image_format.name()))
    image = QImage(resource) if resource is not None else QImage()
    if image.isNull():
        return width, height
    if width > 0:
        return width, width * image.height() / image.width()
    if height > 0:
        return height * image.width() / image.height(), height
    return image.width(), image.height()


def fit_images(document, width):
    """Scale every image wider than the room its paragraph leaves of ``width`` px down to that room (keeping
    its proportions); returns how many."""
    changes = []
    for block, fragment in _fragments(document):
        char_format = fragment.charFormat()
        if not char_format.isImageFormat():
            continue
        block_format = block.blockFormat()
        room = width - block_format.leftMargin() - block_format.rightMargin() - max(0.0, block_format.textIndent())
        image_format = char_format.toImageFormat()
        image_width, image_height = _image_size(document, image_format)
        if image_width and image_width > room:
            changes.append((fragment.position(), fragment.length(), image_format, room,
                            room * image_height / image_width if image_height else 0))
    for position, length, image_format, room, height in changes:
        image_format.setWidth(room)
        if height:
            image_format.setHeight(height)
        cursor = QTextCursor(document)
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(image_format)
    if changes:  # Qt lays out again only the changed blocks, leaving later ones without lines: all of it
        document.markContentsDirty(0, document.characterCount())
    return len(changes)


def fit_first_page_image(document, page_height, least=0.6):
    """The first picture that would not fit under the text of the first page (the reservation report's first
    trace plan under the summary) is scaled down to the room left there if that keeps at least ``least`` of
    its size; otherwise Qt starts it on the next page. Returns whether it was scaled."""
    layout = document.documentLayout()
    for block, fragment in _fragments(document):
        char_format = fragment.charFormat()
        if not char_format.isImageFormat():
            continue
        rect = layout.blockBoundingRect(block)
        if rect.top() >= page_height:
            return False
        image_format = char_format.toImageFormat()
        width, height = _image_size(document, image_format)
        if rect.bottom() <= page_height or not width or not height or rect.height() > 1.5 * height:
            continue  # fits, or a paragraph with more than the picture: leave it
        scale = (page_height - rect.top() - (rect.height() - height) - 2) / height
        if scale < least:
            return False
        image_format.setWidth(width * scale)
        image_format.setHeight(height * scale)
        cursor = QTextCursor(document)
        cursor.setPosition(fragment.position())
        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(image_format)
        document.markContentsDirty(0, document.characterCount())  # (see fit_images)
        return layout.blockBoundingRect(block).bottom() <= page_height
    return False


def repeat_table_headers(document):
    """Tables whose first row is a header (bold cells, HTML th) repeat it on every page."""
    for frame in document.rootFrame().childFrames():
        if not isinstance(frame, QTextTable) or frame.rows() < 3:
            continue
        table_format = frame.format()
        if table_format.headerRowCount() > 0:
            continue
        first = frame.cellAt(0, 0).firstCursorPosition()
        if first.charFormat().fontWeight() >= QFont.Weight.Bold:
            table_format.setHeaderRowCount(1)
            frame.setFormat(table_format)
    document.markContentsDirty(0, document.characterCount())  # (see fit_images)


def images_out_of_headings(document):
    """An image written right after a heading (``<h2>..</h2><img>``) lands in the heading's paragraph, where
    the heading's page break and line height leave gaps: give it a paragraph of its own."""
    from qgis.PyQt.QtGui import QTextBlockFormat

    positions = []
    block = document.begin()
    while block.isValid():
        text = block.text()
        if block.blockFormat().headingLevel() > 0 and "\ufffc" in text:
            cut = text.index("\ufffc")
            while cut > 0 and text[cut - 1] in "\u2028 ":
                cut -= 1
            if cut > 0:
                positions.append(block.position() + cut)
        block = block.next()
    for position in reversed(positions):
        cursor = QTextCursor(document)
        cursor.setPosition(position)
        cursor.insertBlock(QTextBlockFormat())
    return len(positions)


def _breaks_mid_word(block):
    """Whether Qt broke one of the block's lines inside a word (a column narrower than the word)."""
    layout, text = block.layout(), block.text()
    if layout is None:
        return False
    for index in range(1, layout.lineCount()):
        start = layout.lineAt(index).textStart()
        if 0 < start <= len(text) and not text[start - 1].isspace() and text[start - 1] not in "-\u00ad/":
            return True
    return False


def _cell_blocks(document, cell):
    block = document.findBlock(cell.firstCursorPosition().position())
    end = cell.lastCursorPosition().position()
    while block.isValid() and block.position() <= end:
        yield block
        block = block.next()


def words_whole(document, device=None):
    """A table column in which Qt breaks a word across lines (a function name in the matrix's narrow first
    column: "drinkwaterwinni / ng") gets the width of its widest word, so it breaks only between words;
    returns how many columns."""
    from qgis.PyQt.QtGui import QFontMetricsF, QTextLength

    device = device or document.documentLayout().paintDevice()
    layout = document.documentLayout()
    fixed = 0
    for table in document.rootFrame().childFrames():
        if not isinstance(table, QTextTable):
            continue
        table_format = table.format()
        constraints = list(table_format.columnWidthConstraints()) or [QTextLength()] * table.columns()
        widths = {}  # column: (widest word px, a block of the column)
        for _round in range(6):  # widening one column narrows the others: until no word breaks
            changed = False
            for column in range(table.columns()):
                cells = [table.cellAt(row, column) for row in range(table.rows())]
                blocks = [block for cell in cells if cell.column() == column and cell.columnSpan() == 1
                          for block in _cell_blocks(document, cell)]
                if not any(_breaks_mid_word(block) for block in blocks):
                    continue
                if column in widths:  # the column less its text: padding, borders, spacing as Qt lays them out
                    widest, block = widths[column]
                    short = widest + 2 - layout.blockBoundingRect(block).width()
                    width = constraints[column].rawValue() + max(2.0, short)
                else:
                    widest = 0.0
                    for block in blocks:
                        iterator = block.begin()
                        while not iterator.atEnd():
                            fragment = iterator.fragment()
                            metrics = QFontMetricsF(fragment.charFormat().font(), device)
                            advances = [metrics.horizontalAdvance(word) for word in fragment.text().split()]
                            widest = max([widest] + advances)
                            iterator += 1
                    widths[column] = (widest, blocks[0])
                    width = widest + 2 * table_format.cellPadding() + 1
                constraints[column] = QTextLength(QTextLength.Type.FixedLength, width)
                changed = True
            if not changed:
                break
            table_format.setColumnWidthConstraints(constraints)
            table.setFormat(table_format)
            document.markContentsDirty(0, document.characterCount())  # (see fit_images)
        fixed += len(widths)
    return fixed


def keep_headings_with_text(document, page_height, room=0.12):
    """A heading that would stand in the last ``room`` of a page, or be cut off from what follows it,
    starts the next page instead."""
    layout = document.documentLayout()
    block = document.begin()
    moved = 0
    while block.isValid():
        following = block.next()
        if block.blockFormat().headingLevel() > 0 and following.isValid():
            top = layout.blockBoundingRect(block).top()
            page, offset = divmod(top, page_height)
            next_bottom = layout.blockBoundingRect(following).top() + min(
                layout.blockBoundingRect(following).height(), 0.1 * page_height)
            if offset > 1 and (offset > (1 - room) * page_height or next_bottom > (page + 1) * page_height):
                cursor = QTextCursor(block)
                block_format = cursor.blockFormat()
                block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                cursor.setBlockFormat(block_format)
                document.markContentsDirty(0, document.characterCount())  # (see fit_images)
                moved += 1
        block = following
    return moved


def _row_range(document, table, row):
    """The (top, bottom) in px of the text of a table row (every block of its cells, nested tables too)."""
    layout = document.documentLayout()
    start = table.cellAt(row, 0).firstCursorPosition().position()
    end = table.cellAt(row, table.columns() - 1).lastCursorPosition().position()
    top = bottom = None
    block = document.findBlock(start)
    while block.isValid() and block.position() <= end:
        rect = layout.blockBoundingRect(block)
        if rect.height() > 0:
            top = rect.top() if top is None else min(top, rect.top())
            bottom = rect.bottom() if bottom is None else max(bottom, rect.bottom())
        block = block.next()
    return top, bottom


def _rows_across_pages(document, table, page_height, skip=()):
    """The rows (after the header) whose text crosses a page foot, though they would fit on one page:
    (row, px from the row's top to that page foot)."""
    rows = []
    for row in range(table.format().headerRowCount(), table.rows()):
        if row in skip or any(table.cellAt(row, column).row() != row or table.cellAt(row, column).rowSpan() > 1
                              for column in range(table.columns())):
            continue  # a row spanned by (or spanning) another: leave it to Qt
        top, bottom = _row_range(document, table, row)
        if top is None or bottom - top > 0.9 * page_height:
            continue
        page = int(top // page_height)
        if page != int((bottom - 0.5) // page_height):
            rows.append((row, (page + 1) * page_height - top))
    return rows


def _first_cut_row(document, page_height, skip=None):
    """The first row a page foot cuts, over the document's tables in order: (table index, table, row, px from
    the row's top to that page foot), or None. ``skip``: {table index: rows to leave alone}."""
    for index, frame in enumerate(document.rootFrame().childFrames()):
        if isinstance(frame, QTextTable):
            rows = _rows_across_pages(document, frame, page_height, (skip or {}).get(index, ()))
            if rows:
                return (index, frame) + rows[0]
    return None


def keep_rows_together(document, page_height, rounds=200):
    """A table row that a page foot would cut starts the next page instead (Qt breaks table rows between
    lines): the row before it grows to the page foot (its cells' bottom padding),
    so Qt starts the row on the next page, under the repeated header. A table whose first row would be cut
    starts the next page. One row at a time, top down, as each move shifts the rows after it; returns how
    many rows moved, or -1 when a move failed (the document is then to be laid out again without this)."""
    moved = 0
    padded = {}
    grown = {}  # (table, row): its cells' formats before they grew
    for _ in range(rounds):
        found = _first_cut_row(document, page_height, padded)
        if found is None:
            break
        index, table, row, room = found
        if (index, row) in grown:
            return -1  # the row grown for the next one is cut itself: Qt would not have it, start over
        padded.setdefault(index, set()).add(row)
        undo, own_growth = [], []
        if row <= table.format().headerRowCount():
            table_format = table.format()
            if table_format.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
                continue
            undo.append((table, QTextTableFormat(table_format)))
            table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            table.setFormat(table_format)
        else:
            own_growth = grown.pop((index, row), [])
            for cell, cell_format in own_growth:  # the row grew for the next one: it moves along now
                undo.append((cell, QTextTableCellFormat(cell.format().toTableCellFormat())))
                cell.setFormat(cell_format)
            for column in range(table.columns()):
                cell = table.cellAt(row - 1, column)
                if cell.column() != column:
                    continue
                cell_format = cell.format().toTableCellFormat()
                undo.append((cell, QTextTableCellFormat(cell_format)))
                grown.setdefault((index, row - 1), []).append((cell, QTextTableCellFormat(cell_format)))
                own = cell_format.hasProperty(QTextFormat.Property.TableCellBottomPadding)
                padding = cell_format.bottomPadding() if own else table.format().cellPadding()
                own = cell_format.hasProperty(QTextFormat.Property.TableCellTopPadding)
                top_padding = cell_format.topPadding() if own else table.format().cellPadding()
                # the next row's top (its text less its top padding) just past the page's last line
                cell_format.setBottomPadding(padding + room + top_padding + 1)
                cell.setFormat(cell_format)
        before = _row_range(document, table, row - 1)[0] if row > 0 else None
        document.markContentsDirty(0, document.characterCount())  # (see fit_images)
        top, bottom = _row_range(document, table, row)
        after = _row_range(document, table, row - 1)[0] if row > 0 else None
        moved_too = before is not None and after is not None and int(before // page_height) != int(
            after // page_height)  # the grown row went along to the next page
        if moved_too or int(top // page_height) != int((bottom - 0.5) // page_height):  # no help: as it was
            for item, item_format in reversed(undo):
                item.setFormat(item_format)
            grown.pop((index, row - 1), None)
            if row > table.format().headerRowCount() and own_growth:
                grown[(index, row)] = own_growth
            document.markContentsDirty(0, document.characterCount())
            return -1  # Qt would not have it (and may not lay out again as it was): the caller starts over

        moved += 1
    return moved


def push_rows_down(document, page_height, rounds=200):
    """The fallback of keep_rows_together, for tables where growing the row before moves its own lines (nested
    tables, middle-aligned cells): a row that a page foot would cut gets a top padding that takes its text past
    the foot, so Qt starts it on the next page under the repeated header (its empty top strip stays on the page
    before). Rows only move down, one at a time, top down; returns how many moved."""
    moved = 0
    for _ in range(rounds):
        found = _first_cut_row(document, page_height)
        if found is None:
            break
        _index, table, row, room = found
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            if cell.column() != column:
                continue
            cell_format = cell.format().toTableCellFormat()
            own = cell_format.hasProperty(QTextFormat.Property.TableCellTopPadding)
            padding = cell_format.topPadding() if own else table.format().cellPadding()
            cell_format.setTopPadding(padding + room + 1)
            cell.setFormat(cell_format)
        document.markContentsDirty(0, document.characterCount())  # (see fit_images)
        moved += 1
    return moved


def prepare(html, landscape=False, keep_rows=True):
    """The report as a paginated QTextDocument laid out for A4: (document, layout device, page size px)."""
    width, height = text_area_px(landscape)
    device = _layout_device()
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    # the page has its margins: the body's (a browser's, for the screen) would narrow the text twice
    document.setHtml(BODY_MARGIN.sub(r"\1", html))
    frame_format = document.rootFrame().frameFormat()
    frame_format.setMargin(0)
    frame_format.setPadding(0)
    document.rootFrame().setFrameFormat(frame_format)
    document.setPageSize(QSizeF(width, height))
    images_out_of_headings(document)
    fit_images(document, width)
    fit_first_page_image(document, height)
    repeat_table_headers(document)
    words_whole(document, device)
    keep_headings_with_text(document, height)
    if keep_rows and keep_rows_together(document, height) < 0:
        return prepare(html, landscape, keep_rows=False)
    if not keep_rows:
        push_rows_down(document, height)
    return document, device, QSizeF(width, height)


def write_pdf(html, path, title=None, landscape=False):
    """Write the HTML report ``html`` to the PDF ``path`` (A4 portrait, or landscape for a wide matrix).
    Returns the number of pages."""
    document, _device, size = prepare(html, landscape)
    title = title or document.metaInformation(QTextDocument.MetaInformation.DocumentTitle) or ""
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setTitle(title)
    writer.setCreator("Ondergrond QGIS plugin")
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter))
    pages = max(1, document.pageCount())
    scale = PDF_DPI / LAYOUT_DPI
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(tr("Cannot write the PDF {path}.").format(path=path))
    try:
        footer_font = QFont("Arial")
        footer_font.setPixelSize(9)
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.scale(scale, scale)
            painter.translate(0, -page * size.height())
            document.drawContents(painter, QRectF(0, page * size.height(), size.width(), size.height()))
            painter.restore()
            painter.save()
            painter.scale(scale, scale)
            painter.setFont(footer_font)
            painter.setPen(Qt.GlobalColor.darkGray)
            footer = QRectF(0, size.height() + _px(FOOTER_MM) - 14, size.width(), 14)
            painter.drawLine(footer.topLeft(), footer.topRight())
            painter.drawText(footer, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), title)
            painter.drawText(footer, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                             tr("page {page} of {pages}").format(page=page + 1, pages=pages))
            painter.restore()
    finally:
        painter.end()
    return pages


def write_report_pdf(algorithm, parameters, name, context, html_path, feedback, landscape=False):
    """The optional PDF output ``name`` of ``algorithm``, written from the HTML report at ``html_path``;
    its path, or None when the output was not asked for."""
    from qgis.core import QgsProcessingException

    pdf_path = algorithm.parameterAsFileOutput(parameters, name, context)
    if not pdf_path:
        return None
    with open(html_path, encoding="utf-8") as handle:
        html = handle.read()
    try:
        pages = write_pdf(html, pdf_path, landscape=landscape)
    except OSError as error:
        raise QgsProcessingException(str(error)) from None
    feedback.pushInfo(tr("PDF written to {path} ({pages} pages).").format(path=pdf_path, pages=pages))
    return pdf_path



def report_html_path(algorithm, parameters, context, html_name, pdf_name):
    """Where the HTML report goes: output ``html_name``, or a temporary file when only the PDF output
    ``pdf_name`` is asked for; "" when neither is."""
    from qgis.core import QgsProcessingUtils

    path = algorithm.parameterAsFileOutput(parameters, html_name, context)
    if not path and algorithm.parameterAsFileOutput(parameters, pdf_name, context):
        path = QgsProcessingUtils.generateTempFilename("report.html")
    return path


def pdf_parameter(name, description):
    """The optional PDF output of a report (not written unless asked for)."""
    from qgis.core import QgsProcessingParameterFileDestination

    return QgsProcessingParameterFileDestination(name, description, tr("PDF files (*.pdf)"), optional=True,
                                                 createByDefault=False)
