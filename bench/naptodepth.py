"""Benchmark ondergrond:naptodepth against the QGIS-native chain (zonal statistics + field calculator).

    python bench/naptodepth.py [n_polygons]     (source scripts/env.sh first)

A synthetic AHN-like ground-level raster of 10 km x 10 km at 5 m (4 million cells, m NAP) and
20,000 polygons (squares of 15-60 m) with a top and a bottom in m NAP.

Ours: run("ondergrond:naptodepth") with the raster: ground level = mean of the cells whose
centres lie inside each polygon; top_m = max(0, ground - top_nap), bottom_m = max(0, ground - bottom_nap).
Native: native:zonalstatisticsfb (mean) followed by two native:fieldcalculator steps with the same
formulas, as a user chains them by hand. Both answers are compared feature by feature.
"""

import sys
import time

import common  # first: QGIS headless settings
import numpy as np
from common import print_ratio, rd_new_gpkg, run


def make_raster(path, size=2000, cell=5.0, x0=150000.0, y0=450000.0):
    from osgeo import gdal, osr

    rows, cols = np.mgrid[0:size, 0:size]
    ground = (2.0 + 3.0 * np.sin(cols / 150.0) * np.cos(rows / 210.0) + 0.001 * cols).astype(np.float32)
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), size, size, 1, gdal.GDT_Float32,
                                                   ["TILED=YES", "COMPRESS=DEFLATE"])
    dataset.SetGeoTransform((x0, cell, 0.0, y0 + size * cell, 0.0, -cell))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    dataset.SetProjection(srs.ExportToWkt())
    dataset.GetRasterBand(1).SetNoDataValue(-9999.0)
    dataset.GetRasterBand(1).WriteArray(ground)
    dataset = None
    return x0, y0, size * cell


def make_polygons(path, n, x0, y0, extent, seed=17):
    from osgeo import ogr

    rng = np.random.default_rng(seed)
    dataset, srs = rd_new_gpkg(path)
    layer = dataset.CreateLayer("volumes", srs, ogr.wkbPolygon)
    for name in ("top_nap", "bottom_nap"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTReal))
    dataset.StartTransaction()
    sizes = rng.uniform(15, 60, n)
    xs = rng.uniform(x0 + 100, x0 + extent - 100, n)
    ys = rng.uniform(y0 + 100, y0 + extent - 100, n)
    tops = rng.uniform(-20, 6, n)  # some above ground (ground is about -1 .. 15 m NAP)
    bottoms = tops - rng.uniform(1, 200, n)
    definition = layer.GetLayerDefn()
    for x, y, s, top, bottom in zip(xs, ys, sizes, tops, bottoms):
        feature = ogr.Feature(definition)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(
            "POLYGON(({a} {b},{c} {b},{c} {d},{a} {d},{a} {b}))".format(a=x, b=y, c=x + s, d=y + s)))
        feature.SetField("top_nap", float(top))
        feature.SetField("bottom_nap", float(bottom))
        layer.CreateFeature(feature)
    dataset.CommitTransaction()
    dataset = None


def main(n):
    from qgis.core import QgsVectorLayer

    application, provider = common.start_qgis()

    work = common.work_dir("bench_naptodepth_")
    raster, polygons = work / "ahn.tif", work / "volumes.gpkg"
    x0, y0, extent = make_raster(raster)
    make_polygons(polygons, n, x0, y0, extent)
    print("ground-level raster 2000 x 2000 cells of 5 m; {} polygons".format(n))

    started = time.perf_counter()
    result = run("ondergrond:naptodepth", {
        "INPUT": str(polygons), "TOP_NAP_FIELD": "top_nap", "BOTTOM_NAP_FIELD": "bottom_nap",
        "GROUND_LEVEL": str(raster), "OUTPUT": str(work / "ours.gpkg")})
    ours = time.perf_counter() - started

    started = time.perf_counter()
    zonal = run("native:zonalstatisticsfb", {
        "INPUT": str(polygons), "INPUT_RASTER": str(raster), "RASTER_BAND": 1, "COLUMN_PREFIX": "g_",
        "STATISTICS": [2], "OUTPUT": str(work / "zonal.gpkg")})
    top = run("native:fieldcalculator", {
        "INPUT": zonal["OUTPUT"], "FIELD_NAME": "top_m", "FIELD_TYPE": 0, "FIELD_LENGTH": 0, "FIELD_PRECISION": 0,
        "FORMULA": 'max(0, "g_mean" - "top_nap")', "OUTPUT": str(work / "top.gpkg")})
    native_result = run("native:fieldcalculator", {
        "INPUT": top["OUTPUT"], "FIELD_NAME": "bottom_m", "FIELD_TYPE": 0, "FIELD_LENGTH": 0, "FIELD_PRECISION": 0,
        "FORMULA": 'max(0, "g_mean" - "bottom_nap")', "OUTPUT": str(work / "native.gpkg")})
    native = time.perf_counter() - started

    ours_layer = QgsVectorLayer(result["OUTPUT"], "ours", "ogr")
    native_layer = QgsVectorLayer(native_result["OUTPUT"], "native", "ogr")
    a = {f["fid"]: (f["top_m"], f["bottom_m"]) for f in ours_layer.getFeatures()}
    b = {f["fid"]: (f["top_m"], f["bottom_m"]) for f in native_layer.getFeatures()}
    assert len(a) == len(b) == n
    diff = max(max(abs(a[k][0] - b[k][0]), abs(a[k][1] - b[k][1])) for k in a)
    print("ours:   {:.2f} s  ({} converted, {} tops above ground set to 0)".format(
        ours, result["CONVERTED"], result["TOP_CLIPPED"]))
    print("native: {:.2f} s  (native:zonalstatisticsfb mean + 2 x native:fieldcalculator)".format(native))
    assert diff < 1e-3, diff
    print("answers agree: largest difference in top_m/bottom_m {:.2e} m over {} features".format(diff, n))
    print_ratio(native, ours)
    common.stop_qgis(application, provider, exit_qgis=False)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000)
