"""Zone rasters to polygons: how the grid algorithms (suitability, preference ladder) write their zones.

A kernel evaluates the grid tile by tile into integer zone ids (one array per raster band); the ids
go into one compressed, tiled GeoTIFF, and GDAL's Polygonize turns each band into one polygon per
connected zone, which the algorithm gives its attributes.
"""

from osgeo import gdal, ogr, osr
from qgis.core import QgsGeometry

from .base import check_canceled


def evaluate_tiles(run, feedback, dataset=None):
    """Consume a kernel's tile run (``Suitability.run`` / ``PreferenceLadder.run`` with the algorithm's
    ``progress(feedback, ...)``: (tile, [zone arrays]) per tile, ending early when cancelled), writing the
    arrays into the bands of ``dataset`` when given; a cancelled run raises ``Cancelled.``."""
    for tile, arrays in run:
        if dataset is not None:
            for index, array in enumerate(arrays):
                dataset.GetRasterBand(index + 1).WriteArray(array, xoff=tile.col0, yoff=tile.row0)
    check_canceled(feedback)


def zone_raster(grid, crs, path, nbands, run, feedback):
    """The tiles of ``run`` in the ``nbands`` Int32 bands of a new GeoTIFF at ``path``; returns it open."""
    options = ["TILED=YES", "COMPRESS=ZSTD", "ZSTD_LEVEL=1", "BIGTIFF=IF_SAFER"]
    dataset = gdal.GetDriverByName("GTiff").Create(path, grid.ncols, grid.nrows, nbands, gdal.GDT_Int32, options)
    dataset.SetGeoTransform(grid.geotransform)
    srs = osr.SpatialReference()
    srs.ImportFromWkt(crs.toWkt())
    dataset.SetProjection(srs.ExportToWkt())
    evaluate_tiles(run, feedback, dataset)
    dataset.FlushCache()
    return dataset


def polygons(dataset, band_index, feedback):
    """(zone id, MultiPolygon QgsGeometry, area m2) per connected zone of a band (0-based index)."""
    memory = ogr.GetDriverByName("Memory").CreateDataSource("zones")
    layer = memory.CreateLayer("zones", dataset.GetSpatialRef(), ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("zone", ogr.OFTInteger))
    gdal.Polygonize(dataset.GetRasterBand(band_index + 1), None, layer, 0, [], callback=None)
    layer.ResetReading()
    for count, polygon in enumerate(layer):
        if count % 1000 == 0:
            check_canceled(feedback)
        geometry = QgsGeometry()
        geometry.fromWkb(polygon.GetGeometryRef().ExportToIsoWkb())
        geometry.convertToMultiType()
        yield polygon.GetField(0), geometry, geometry.area()
