"""The sample data's reports, shared by tests/test_report_pdf.py and tests/test_report_rendering.py: the
reservation check and the depth-band suitability run on the sample GeoPackage, writing the report outputs a
test asks for."""

from conftest import recorder


def png_data_uri(width, height, rgb):
    """A ``data:`` URI of a PNG of ``width`` x ``height`` px filled with the colour ``rgb`` (r, g, b): an image
    for an HTML report without a file."""
    import base64

    from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice
    from qgis.PyQt.QtGui import QColor, QImage

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(*rgb))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return "data:image/png;base64," + base64.b64encode(bytes(data)).decode("ascii")


def sample_uri(sample_gpkg, name):
    return "{}|layername={}".format(sample_gpkg, name)


def run(algorithm, parameters):
    """processing.run in a context with the current project (as the desktop runs it), reports recorded."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(algorithm, parameters, context=context, feedback=recorder())


def reservation_report(sample_gpkg, folder, **outputs):
    """ondergrond:reservationcheck of the sample heat-network trace (construction in 2028) with its conflicts
    and opportunities in ``folder`` and the report ``outputs`` (REPORT, REPORT_PDF)."""
    return run("ondergrond:reservationcheck", {
        "TRACE": sample_uri(sample_gpkg, "netwerk_warmtenet_trace"),
        "OBSTACLES": [sample_uri(sample_gpkg, name)
                      for name in ("netwerk_kabels_leidingen", "netwerk_bomen", "netwerk_reserveringen")],
        "WORKS": [sample_uri(sample_gpkg, "netwerk_geplande_werken")], "CONSTRUCTION_YEAR": 2028,
        "CONFLICTS": str(folder / "c.gpkg"), "OPPORTUNITIES": str(folder / "o.gpkg"), **outputs})


def suitability_matrix(sample_gpkg, **outputs):
    """ondergrond:depthbandsuitability of three sample constraint layers on a 100 m grid with ``outputs``
    (OUTPUT, MATRIX, MATRIX_PDF)."""
    return run("ondergrond:depthbandsuitability", {
        "CONSTRAINTS": [sample_uri(sample_gpkg, name)
                        for name in ("ondergrond_boringsvrije_zone", "ondergrond_ngr", "ondergrond_aquifer")],
        "CELL_SIZE": 100, **outputs})
