"""Lagenbenadering layer template: an empty, styled GeoPackage with the plugin's canonical layers."""

import os
from pathlib import Path

from osgeo import ogr, osr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFileDestination,
    QgsVectorLayer,
)

from ..compat import load_style, save_style_to_database
from ..core import templates
from ..core.i18n import tr
from ..core.paths import STYLES_DIR
from .base import OndergrondAlgorithm, check_canceled
from .io import DEFAULT_CRS, is_metric
from .validation import check_output_not_folder

OGR_FIELD_TYPES = {templates.STRING: ogr.OFTString, templates.INTEGER: ogr.OFTInteger,
                   templates.REAL: ogr.OFTReal}
# Lines and polygons as multi-geometries, so features pasted from any source fit; points stay points.
OGR_GEOMETRY_TYPES = {"Point": ogr.wkbPoint, "LineString": ogr.wkbMultiLineString,
                      "Polygon": ogr.wkbMultiPolygon}


def check_output_path(path, overwrite):
    """The GeoPackage path to write; QgsProcessingException for an existing file or an unwritable folder."""
    path = Path(path)
    if path.suffix.lower() != ".gpkg":
        path = path.with_suffix(".gpkg")
    check_output_not_folder(path, tr("Template GeoPackage"))
    if path.exists() and not overwrite:
        raise QgsProcessingException(tr(
            "The file {path} already exists. Choose another file name, or tick 'Overwrite an existing "
            "file' to replace it (its layers are lost).").format(path=path))
    folder = path.parent
    if not folder.is_dir():
        raise QgsProcessingException(tr(
            "The folder {folder} does not exist. Create it first or choose another folder.").format(folder=folder))
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise QgsProcessingException(tr(
            "Cannot write in the folder {folder} (no permission). Choose a folder you can write to.").format(
            folder=folder))
    return path


def check_crs(crs):
    if not crs.isValid():
        raise QgsProcessingException(tr("The coordinate reference system is not valid; choose e.g. EPSG:28992."))
    if not is_metric(crs):
        raise QgsProcessingException(tr(
            "{crs} is not a projected CRS in metres. The template holds depths and distances in metres: "
            "choose a projected CRS such as EPSG:28992 (RD New).").format(crs=crs.authid() or crs.description()))


def write_template(path, crs, feedback=None, layers=templates.LAYERS):
    """Write the empty template layers to the GeoPackage ``path`` (replaced when it exists).

    Each layer gets its house style (styles/<layer>.qml) as the default style in the GeoPackage's
    layer_styles table, so it opens styled in any QGIS. Returns the layer names written.
    """
    path = Path(path)
    for suffix in ("", "-wal", "-shm", "-journal"):
        sidecar = Path(str(path) + suffix)
        if sidecar.exists():
            sidecar.unlink()
    spatial_reference = osr.SpatialReference()
    spatial_reference.ImportFromWkt(crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED_GDAL))
    spatial_reference.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    try:
        dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    except RuntimeError as error:
        raise QgsProcessingException(tr("Cannot create the GeoPackage {path}: {error}").format(
            path=path, error=error)) from None
    if dataset is None:
        raise QgsProcessingException(tr("Cannot create the GeoPackage {path}.").format(path=path))
    total = 2 * len(layers)
    for index, schema in enumerate(layers):
        if feedback is not None:
            check_canceled(feedback)
        layer = dataset.CreateLayer(schema.name, spatial_reference, OGR_GEOMETRY_TYPES[schema.geometry],
                                    options=["FID=fid", "GEOMETRY_NAME=geom",
                                             "DESCRIPTION={}".format(schema.description)])
        for field in schema.fields:
            definition = ogr.FieldDefn(field.name, OGR_FIELD_TYPES[field.type])
            if field.length:
                definition.SetWidth(field.length)
            layer.CreateField(definition)
        if feedback is not None:
            feedback.setProgress(100.0 * (index + 1) / total)
    dataset = None  # close: QGIS opens the file next
    written = []
    for index, schema in enumerate(layers):
        if feedback is not None:
            check_canceled(feedback)
        save_default_style(path, schema)
        written.append(schema.name)
        if feedback is not None:
            feedback.setProgress(100.0 * (len(layers) + index + 1) / total)
    return written


def save_default_style(path, schema):
    """Store styles/<layer>.qml as the default style of ``schema.name`` in the GeoPackage."""
    options = QgsVectorLayer.LayerOptions(QgsCoordinateTransformContext())
    options.loadDefaultStyle = False  # a new layer has none; skipping the look-up saves time
    layer = QgsVectorLayer("{}|layername={}".format(path, schema.name), schema.name, "ogr", options)
    if not layer.isValid():
        raise QgsProcessingException(tr("The layer {layer} was not written to {path}.").format(
            layer=schema.name, path=path))
    qml = STYLES_DIR / "{}.qml".format(schema.style)
    message, ok = load_style(layer, qml)
    if not ok:
        raise QgsProcessingException(tr("The style {qml} could not be read: {message}").format(
            qml=qml, message=message))
    from .depth3d import apply

    apply(layer)  # elevation properties (QGIS 3.26+) from the depths, stored with the default style
    error = save_style_to_database(layer, schema.name, schema.description, True)
    if error:
        raise QgsProcessingException(tr("The style of {layer} could not be stored in {path}: {error}").format(
            layer=schema.name, path=path, error=error))


class LayerTemplate(OndergrondAlgorithm):
    OUTPUT = "OUTPUT"
    CRS = "CRS"
    OVERWRITE = "OVERWRITE"
    LAYER_COUNT = "LAYER_COUNT"

    def name(self):
        return "layertemplate"

    def displayName(self):
        return self.tr("Lagenbenadering layer template")

    def shortHelpString(self):
        return self.tr(
            "Writes a GeoPackage with empty, ready-to-edit layers in the plugin's data model, grouped by the "
            "lagenbenadering (Nota Ruimte; DGDO figure 1): ondergrond_* (aquifers, protective clay layers, "
            "drinking-water protection zones, boringsvrije zones, NGR/ASV, faults, salt structures, "
            "archaeology, ground-energy systems, wells), netwerk_* (cables and pipes, heat-network traces, "
            "reservations and corridors, infiltration, trees, planned works, streets) and occupatie_* (land "
            "use, planned developments).\n\n"
            "Fields follow the plugin's conventions: top_m and bottom_m (m below ground level, positive "
            "downward) for a volume, depth_m (top of the pipe) and diameter_m for a cable or pipe, "
            "valid_from and valid_to (inclusive years; empty = open-ended), utility_type with the IMKL "
            "thema codes of KLIC, status for the keuze status (gemaakt / te maken / te agenderen) and "
            "source.\n\n"
            "Every layer carries the plugin's house style as its default style in the GeoPackage, so it "
            "opens styled in any QGIS: IMKL colours for cables and pipes (dashed where the depth is "
            "unknown), the keuze status as solid / outline / hatched, depth bands for the subsurface, "
            "temporal settings from valid_from/valid_to for the temporal controller, and a 3D renderer "
            "that draws every layer at its depth below ground.\n\n"
            "CRS: a projected CRS in metres (default EPSG:28992, RD New); geographic CRSs are refused. An "
            "existing file is only replaced when 'Overwrite an existing file' is ticked. Add the result "
            "to the map with the Lagenbenadering button: occupatie on top, netwerk, ondergrond at the "
            "bottom."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Template GeoPackage"), self.tr("GeoPackage (*.gpkg)")))
        self.addParameter(QgsProcessingParameterCrs(
            self.CRS, self.tr("Coordinate reference system (projected, metres)"), DEFAULT_CRS, optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            self.OVERWRITE, self.tr("Overwrite an existing file"), False, optional=True))
        self.addOutput(QgsProcessingOutputNumber(self.LAYER_COUNT, self.tr("Number of layers written")))

    def processAlgorithm(self, parameters, context, feedback):
        overwrite = self.parameterAsBoolean(parameters, self.OVERWRITE, context)
        path = check_output_path(self.parameterAsFileOutput(parameters, self.OUTPUT, context), overwrite)
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        if not crs.isValid() and parameters.get(self.CRS) in (None, ""):
            crs = QgsCoordinateReferenceSystem(DEFAULT_CRS)
        check_crs(crs)
        written = write_template(path, crs, feedback)
        feedback.pushInfo(self.tr("{count} layers written to {path} in {crs}.").format(
            count=len(written), path=path, crs=crs.authid()))
        return {self.OUTPUT: str(path), self.LAYER_COUNT: len(written)}
