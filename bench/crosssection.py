"""Benchmark: ondergrond:crosssection against the QGIS-native way of finding where pipes cross a section.

    python bench/crosssection.py [--blocks 40]      (source scripts/env.sh first)

Synthetic city: a street grid (a street every 100 m both ways, ``blocks`` x ``blocks`` blocks), ten cables
and pipes per street in a standard profile, cut per 100 m block (about 2 x blocks^2 x 10 segments), in a
GeoPackage. A section runs diagonally across the whole grid (at an angle to every pipe), 1 m buffer.

Native chain (what a planner would build in the modeler): native:lineintersections of the pipes with the
section (the crossing points, with the pipes' fields), then native:fieldcalculator with
line_locate_point(section, $geometry) for the distance along the section. Both must find the same number of
crossings. Prints both times and the ratio.
"""

import argparse
import time

import common  # first: QGIS headless settings
import numpy as np
from common import STREET_PROFILE as PROFILE
from common import layer_uri, print_ratio, rd_new_gpkg, run, work_dir
from osgeo import ogr
from qgis.core import QgsProcessingFeedback, QgsVectorLayer


def build_city(path, blocks, spacing=100.0):
    dataset, srs = rd_new_gpkg(path)
    layer = dataset.CreateLayer("kabels_leidingen", srs, ogr.wkbLineString)
    for name, kind in (("utility_type", ogr.OFTString), ("depth_m", ogr.OFTReal), ("diameter_m", ogr.OFTReal)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    x0, y0 = 200000.0, 500000.0
    count = 0
    dataset.StartTransaction()
    for street in range(blocks + 1):
        for block in range(blocks):
            for index, (utility_type, offset, depth, diameter) in enumerate(PROFILE):
                for horizontal in (True, False):
                    a, b = block * spacing, (block + 1) * spacing
                    c = street * spacing + offset
                    if horizontal:
                        coords = ((x0 + a, y0 + c), (x0 + b, y0 + c))
                    else:
                        coords = ((x0 + c, y0 + a), (x0 + c, y0 + b))
                    feature = ogr.Feature(layer.GetLayerDefn())
                    feature.SetGeometry(ogr.CreateGeometryFromWkt("LINESTRING ({} {}, {} {})".format(
                        *coords[0], *coords[1])))
                    feature.SetField("utility_type", utility_type)
                    if (count + index) % 3:
                        feature.SetField("depth_m", depth)
                    feature.SetField("diameter_m", diameter)
                    layer.CreateFeature(feature)
                    count += 1
    dataset.CommitTransaction()
    section = dataset.CreateLayer("doorsnede", srs, ogr.wkbLineString)
    feature = ogr.Feature(section.GetLayerDefn())
    extent = blocks * spacing
    wkt = "LINESTRING ({} {}, {} {})".format(x0 + 3.3, y0 + 11.7, x0 + extent - 7.1, y0 + extent - 41.9)
    feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
    section.CreateFeature(feature)
    dataset = None
    return count, wkt


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--blocks", type=int, default=40)
    args = parser.parse_args()
    application, provider = common.start_qgis()

    gpkg = work_dir("bench_crosssection_") / "city.gpkg"
    count, wkt = build_city(gpkg, args.blocks)
    pipes = QgsVectorLayer(layer_uri(gpkg, "kabels_leidingen"), "kabels_leidingen", "ogr")
    section = QgsVectorLayer(layer_uri(gpkg, "doorsnede"), "doorsnede", "ogr")
    print("{} pipe segments, section {:.0f} m".format(count, section.getFeature(1).geometry().length()))

    feedback = QgsProcessingFeedback()
    start = time.perf_counter()
    ours = run("ondergrond:crosssection", {"SECTION": section, "LAYERS": [pipes], "BUFFER": 1.0,
                                           "DEPTH_MAX": 5.0, "OUTPUT": "memory:"}, feedback=feedback)
    ours_time = time.perf_counter() - start
    circles = sum(1 for f in ours["OUTPUT"].getFeatures() if f["shape"] == "circle")

    start = time.perf_counter()
    points = run("native:lineintersections", {"INPUT": pipes, "INTERSECT": section, "INPUT_FIELDS": [],
                                              "INTERSECT_FIELDS": [], "OUTPUT": "memory:"}, feedback=feedback)["OUTPUT"]
    located = run("native:fieldcalculator", {
        "INPUT": points, "FIELD_NAME": "distance_m", "FIELD_TYPE": 0, "FIELD_LENGTH": 12, "FIELD_PRECISION": 4,
        "FORMULA": "line_locate_point(geom_from_wkt('{}'), $geometry)".format(wkt), "OUTPUT": "memory:"},
        feedback=feedback)["OUTPUT"]
    native_time = time.perf_counter() - start
    native = located.featureCount()
    ours_d = sorted(round(f["distance_m"], 3) for f in ours["OUTPUT"].getFeatures() if f["shape"] == "circle")
    native_d = sorted(round(f["distance_m"], 3) for f in located.getFeatures())
    print("ours:   {:.2f} s, {} crossings ({} items)".format(ours_time, circles, ours["COUNT"]))
    print("native: {:.2f} s, {} crossings (lineintersections + line_locate_point)".format(native_time, native))
    assert circles == native, "different number of crossings"
    assert np.allclose(ours_d, native_d, atol=2e-3), "different crossing distances"
    print_ratio(native_time, ours_time)
    common.stop_qgis(application, provider, exit_qgis=False)


if __name__ == "__main__":
    main()
