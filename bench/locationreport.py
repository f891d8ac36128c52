"""Benchmark: ondergrond:locationreport against the QGIS-native way to the same verdicts.

    python bench/locationreport.py [--sites N]      (source scripts/env.sh first)

The synthetic province of bench/depthbandsuitability.py (100 km x 100 km, 10,000 constraint polygons of
12 kinds, the bundled tables) and N candidate sites (points, default 100).

Ours: the location report for all sites, once with the HTML report and its figures and once with
only the tables (the same answer as the native chain). Native: what a planner does today: depth-band
suitability for the whole province at 100 m (polygons with verdicts and reasons), then
native:joinattributesbylocation of the sites with those polygons (one row per site, function and band).
Both are timed in the same run; the verdicts agree wherever a site lies on a cell centre of the native
grid (the sites are placed there).
"""

import argparse

import common  # first: QGIS headless settings
import depthbandsuitability as province  # the synthetic province, beside this script
import numpy as np
from common import clock, fmt, layer_uri, rd_new_gpkg, run, times_faster, work_dir
from osgeo import ogr

CELL = 100.0


def write_sites(path, count, seed=7):
    rng = np.random.default_rng(seed)
    dataset, srs = rd_new_gpkg(path)
    layer = dataset.CreateLayer("sites", srs, ogr.wkbPoint, options=["FID=fid"])
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    layer.StartTransaction()
    cells = int(province.SIZE / CELL)
    for index in range(count):
        column, row = rng.integers(0, cells, 2)
        feature = ogr.Feature(layer.GetLayerDefn())
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(province.X0 + (column + 0.5) * CELL, province.Y0 + (row + 0.5) * CELL)
        feature.SetGeometry(point)
        feature.SetField("name", "site {}".format(index + 1))
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    dataset = None


def count(path):
    dataset = ogr.Open(str(path))  # keep the dataset referenced while its layer is used
    return dataset.GetLayer(0).GetFeatureCount()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sites", type=int, default=100)
    args = parser.parse_args()
    application, provider = common.start_qgis()
    work = work_dir("bench_location_")
    gpkg = work / "constraints.gpkg"
    province.build_data(gpkg)
    write_sites(work / "sites.gpkg", args.sites)
    layers = [layer_uri(gpkg, province.layer_name(kind)) for kind in province.KINDS]
    sites = layer_uri(work / "sites.gpkg", "sites")
    extent = "{},{},{},{} [EPSG:28992]".format(province.X0, province.X0 + province.SIZE, province.Y0,
                                               province.Y0 + province.SIZE)

    started = clock()
    ours = run("ondergrond:locationreport", {
        "LOCATIONS": sites, "CONSTRAINTS": layers, "TABLE": str(work / "table.gpkg"),
        "PRESENT": str(work / "present.gpkg"), "REPORT": str(work / "report.html")})
    ours_time = clock() - started
    rows = count(ours["TABLE"])
    print("ours, location report for {} sites (table, present, HTML with figures): {} ({:,} rows)".format(
        args.sites, fmt(ours_time), rows))

    started = clock()
    suitability = run("ondergrond:depthbandsuitability", {
        "CONSTRAINTS": layers, "EXTENT": extent, "CELL_SIZE": CELL, "OUTPUT": str(work / "suit.gpkg"),
        "MATRIX": str(work / "suit.html")})
    joined = run("native:joinattributesbylocation", {
        "INPUT": sites, "JOIN": suitability["OUTPUT"], "PREDICATE": [0], "METHOD": 0,
        "OUTPUT": str(work / "joined.gpkg")})
    native_time = clock() - started
    native_rows = count(joined["OUTPUT"])
    print("native, suitability of the province at {:.0f} m + join by location: {} ({:,} rows)".format(
        CELL, fmt(native_time), native_rows))
    started = clock()
    run("ondergrond:locationreport", {
        "LOCATIONS": sites, "CONSTRAINTS": layers, "TABLE": str(work / "table2.gpkg"),
        "PRESENT": str(work / "present2.gpkg"), "REPORT": None})
    tables_time = clock() - started
    print("ours, tables only (REPORT left empty): {}".format(fmt(tables_time)))
    print("ratio native / ours, the same answer (tables): {}".format(times_faster(native_time, tables_time)))
    print("ratio native / ours with the HTML report and its figures, which native has no equivalent of: "
          "{}".format(times_faster(native_time, ours_time)))
    common.stop_qgis(application, provider)


if __name__ == "__main__":
    main()
