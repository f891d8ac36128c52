"""Benchmark: ondergrond:preferenceladder against the suitability run it builds on.

    python bench/preferenceladder.py          (source scripts/env.sh first)

The synthetic province of bench/depthbandsuitability.py: 100 km x 100 km at 25 m (16 million cells),
10,000 constraint polygons of 12 kinds, the bundled rule tables and the default ladder.

There is no QGIS-native way to a preference ladder short of one raster-calculator expression per
band over every function's verdict raster (itself a chain per function, see that benchmark), so
the yardstick is the alternative a planner has today: depth-band suitability with polygons, which
the ladder must match in order of time (it evaluates the same verdicts and adds the ladder).
Both are timed in the same run; the ratio is ladder / suitability.
"""

import argparse
import resource

import common  # first: QGIS headless settings
import depthbandsuitability as province  # the synthetic province, beside this script
from common import clock, fmt, run
from osgeo import ogr


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cell", type=float, default=province.CELL, help="cell size (m); coarser for a quick run")
    cell = parser.parse_args().cell
    application, provider = common.start_qgis()
    work = common.work_dir("bench_ladder_")
    gpkg = work / "constraints.gpkg"
    n = province.build_data(gpkg)
    layers = [common.layer_uri(gpkg, province.layer_name(kind)) for kind in province.KINDS]
    extent = "{},{},{},{} [EPSG:28992]".format(province.X0, province.X0 + province.SIZE, province.Y0,
                                               province.Y0 + province.SIZE)
    print("province {:.0f} km x {:.0f} km at {:.0f} m = {:,} cells; {:,} polygons of {} kinds".format(
        province.SIZE / 1000, province.SIZE / 1000, cell, int(province.SIZE / cell) ** 2, n,
        len(province.KINDS)))

    started = clock()
    run("ondergrond:depthbandsuitability", {
        "CONSTRAINTS": layers, "EXTENT": extent, "CELL_SIZE": cell, "OUTPUT": str(work / "suit.gpkg"),
        "MATRIX": str(work / "suit.html")})
    suitability = clock() - started
    print("suitability, zone polygons with reasons + matrix: {}".format(fmt(suitability)))

    started = clock()
    run("ondergrond:preferenceladder", {
        "CONSTRAINTS": layers, "EXTENT": extent, "CELL_SIZE": cell, "OUTPUT": str(work / "ladder.gpkg"),
        "SUMMARY": str(work / "summary.gpkg")})
    ladder = clock() - started
    written = ogr.Open(str(work / "ladder.gpkg"))
    polygons = written.GetLayer(0).GetFeatureCount()
    written = None
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print("preference ladder, zone polygons with reasons + summary: {} ({:,} polygons); peak memory {:.0f} MB".format(
        fmt(ladder), polygons, peak_mb))
    print("ratio ladder / suitability: {:.2f} wall, {:.2f} CPU".format(*(ladder / suitability)))
    common.stop_qgis(application, provider)


if __name__ == "__main__":
    main()
