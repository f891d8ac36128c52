"""Benchmark: ondergrond:reservationcheck against the QGIS-native way of finding the same conflicts.

    python bench/reservationcheck.py [--size 100]      (source scripts/env.sh first)

Synthetic city: a 10 km x 10 km street grid (a street every 100 m both ways), ten cables and pipes
per street in a standard profile (IMKL types, depth NULL for every third as in KLIC data), cut per
100 m block: about 200,000 obstacle segments in a GeoPackage. A 20 km warmtenet trace runs as a
staircase through it, 1.5 m beside the street centre lines.

Native chain (what a planner would build in the modeler): native:buffer of the trace by the largest
reach (half trace width + largest half diameter + largest clearance, plus a margin),
native:extractbylocation of the obstacles intersecting it, native:joinattributesbylocation of the
trace id, native:fieldcalculator with the 3D gap (distance expression, default depths and the
clearance as CASE expressions built from the same rule tables), native:extractbyexpression of the
conflicts. Both must find the same (trace, obstacle) pairs. Prints both times and the ratio.
"""

import argparse
import sys
import time

import common  # first: QGIS headless settings
import numpy as np
from common import STREET_PROFILE as PROFILE
from common import (
    Feedback,
    layer_uri,
    new_context,
    output_layer,
    print_ratio,
    rd_new_gpkg,
    rule_tables,
    run,
    timed,
    work_file,
)
from osgeo import ogr
from qgis.core import QgsProject, QgsVectorLayer

TRACE_DEPTH, TRACE_WIDTH, TRACE_HEIGHT = 0.8, 1.0, 0.6


def build_city(path, blocks=100, spacing=100.0, seed=6):
    """Write the obstacles and the trace into a GeoPackage; returns the number of obstacle segments."""
    random = np.random.default_rng(seed)
    dataset, srs = rd_new_gpkg(path)
    layer = dataset.CreateLayer("kabels_leidingen", srs, ogr.wkbLineString)
    for name, kind in (("utility_type", ogr.OFTString), ("depth_m", ogr.OFTReal), ("diameter_m", ogr.OFTReal),
                       ("valid_from", ogr.OFTInteger), ("valid_to", ogr.OFTInteger)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    layer.StartTransaction()
    count = 0
    extent = blocks * spacing
    for street in range(blocks + 1):
        centre = street * spacing
        for block in range(blocks):
            start, end = block * spacing, (block + 1) * spacing
            for utility_type, offset, depth, diameter in PROFILE:
                for horizontal in (True, False):
                    if horizontal:
                        wkt = "LINESTRING({} {}, {} {})".format(start, centre + offset, end, centre + offset)
                    else:
                        wkt = "LINESTRING({} {}, {} {})".format(centre + offset, start, centre + offset, end)
                    feature = ogr.Feature(layer.GetLayerDefn())
                    feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
                    feature.SetField("utility_type", utility_type)
                    if count % 3 != 2:
                        feature.SetField("depth_m", round(depth + random.uniform(-0.15, 0.15), 3))
                    feature.SetField("diameter_m", diameter)
                    if utility_type.startswith("gas"):
                        feature.SetField("valid_to", int(random.integers(2025, 2040)))
                    layer.CreateFeature(feature)
                    count += 1
    layer.CommitTransaction()
    trace = dataset.CreateLayer("warmtenet_trace", srs, ogr.wkbLineString)
    points, x, y = [(0.0, 5 * spacing - 1.5)], 0.0, 5 * spacing - 1.5
    for _step in range(10):  # 10 x (1 km east + 1 km north) = 20 km
        x = min(x + 10 * spacing, extent - 1.5)
        points.append((x, y))
        y += 10 * spacing
        points.append((x, y))
    feature = ogr.Feature(trace.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkt("LINESTRING({})".format(", ".join(
        "{} {}".format(px, py) for px, py in points))))
    trace.CreateFeature(feature)
    dataset = None
    return count


def gap_expression(defaults, clearances, trace_type="warmte"):
    """The 3D gap and the required clearance as QGIS expressions, from the same rule tables."""
    types = sorted({t for t, _o, _d, _m in PROFILE})
    depth_cases = " ".join("WHEN lower(\"utility_type\") = '{}' THEN {}".format(t.lower(), defaults.value(t, "depth_m"))
                           for t in types)
    default_depth = defaults.value("*", "depth_m")
    required_cases = " ".join("WHEN lower(\"utility_type\") = '{}' THEN {}".format(
        t.lower(), clearances.required(trace_type, t)) for t in types)
    top, bottom = TRACE_DEPTH, TRACE_DEPTH + TRACE_HEIGHT
    gap = (
        "with_variable('d', distance($geometry, geometry(get_feature('trace', 'fid', \"t_fid\"))),"
        " with_variable('dia', coalesce(\"diameter_m\", 0),"
        " with_variable('top', coalesce(\"depth_m\", CASE {cases} ELSE {default} END),"
        " with_variable('h', max(0, @d - {half} - @dia / 2),"
        " with_variable('v', max(0, @top - {bottom}, {top} - (@top + @dia)),"
        " sqrt(@h ^ 2 + @v ^ 2))))))").format(cases=depth_cases, default=default_depth, half=TRACE_WIDTH / 2,
                                              top=top, bottom=bottom)
    required = "CASE {cases} ELSE {default} END".format(
        cases=required_cases, default=clearances.required(trace_type, "*"))
    return gap, required


def native_chain(gpkg, reach, gap, required, context, feedback):
    trace = layer_uri(gpkg, "warmtenet_trace")
    obstacles = layer_uri(gpkg, "kabels_leidingen")
    buffered = run("native:buffer", {"INPUT": trace, "DISTANCE": reach, "SEGMENTS": 8, "DISSOLVE": False,
                                     "OUTPUT": "memory:"}, context, feedback)["OUTPUT"]
    candidates = run("native:extractbylocation", {"INPUT": obstacles, "PREDICATE": [0], "INTERSECT": buffered,
                                                  "OUTPUT": "memory:"}, context, feedback)["OUTPUT"]
    joined = run("native:joinattributesbylocation", {
        "INPUT": candidates, "JOIN": buffered, "PREDICATE": [0], "JOIN_FIELDS": ["fid"], "METHOD": 0,
        "DISCARD_NONMATCHING": True, "PREFIX": "t_", "OUTPUT": "memory:"}, context, feedback)["OUTPUT"]
    with_gap = run("native:fieldcalculator", {
        "INPUT": joined, "FIELD_NAME": "gap_m", "FIELD_TYPE": 0, "FIELD_LENGTH": 20, "FIELD_PRECISION": 6,
        "FORMULA": gap, "OUTPUT": "memory:"}, context, feedback)["OUTPUT"]
    conflicts = run("native:extractbyexpression", {
        "INPUT": with_gap, "EXPRESSION": "\"gap_m\" <= 1e-9 OR \"gap_m\" < ({})".format(required),
        "OUTPUT": "memory:"}, context, feedback)["OUTPUT"]
    layer = output_layer(context, conflicts)
    return {(int(f["t_fid"]), int(f["fid"])) for f in layer.getFeatures()}, candidates


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100, help="blocks per side (100 -> ~200,000 segments)")
    parser.add_argument("--rounds", type=int, default=5, help="runs of each chain; the best time counts")
    args = parser.parse_args()

    application, provider = common.start_qgis()
    gpkg = work_file("bench_reservation_", "city.gpkg")
    count, seconds = timed(build_city, gpkg, blocks=args.size)
    print("city: {} obstacle segments, 20 km trace ({:.1f} s to build)".format(count, seconds))

    defaults, clearances = rule_tables()
    largest_half = max(d for _t, _o, _d, d in PROFILE) / 2
    reach = TRACE_WIDTH / 2 + largest_half + clearances.largest() + 0.25  # margin: buffer polygons are inscribed

    project = QgsProject.instance()
    trace_layer = QgsVectorLayer(layer_uri(gpkg, "warmtenet_trace"), "trace", "ogr")
    project.addMapLayer(trace_layer)
    feedback = Feedback()

    gap, required = gap_expression(defaults, clearances)
    ours_times, native_times = [], []
    for _round in range(args.rounds):  # alternate, report the best of each (warm caches for both)
        context = new_context()
        started = time.perf_counter()
        ours = run("ondergrond:reservationcheck", {
            "TRACE": layer_uri(gpkg, "warmtenet_trace"), "OBSTACLES": [layer_uri(gpkg, "kabels_leidingen")],
            "TRACE_DEPTH": TRACE_DEPTH, "TRACE_WIDTH": TRACE_WIDTH, "TRACE_HEIGHT": TRACE_HEIGHT,
            "CONSTRUCTION_YEAR": 2028, "CONFLICTS": "memory:", "OPPORTUNITIES": "memory:"}, context, feedback)
        ours_times.append(time.perf_counter() - started)
        layer = output_layer(context, ours["CONFLICTS"])
        ours_pairs = {(1, int(f["obstacle_id"])) for f in layer.getFeatures()}

        context = new_context()
        started = time.perf_counter()
        native_pairs, _candidates = native_chain(gpkg, reach, gap, required, context, feedback)
        native_times.append(time.perf_counter() - started)
    ours_time, native_time = min(ours_times), min(native_times)

    print("times (s), ours: {}; native: {}".format(" ".join("{:.2f}".format(t) for t in ours_times),
                                                   " ".join("{:.2f}".format(t) for t in native_times)))
    print("ours:   {:.2f} s, {} conflict stretches, {} (trace, obstacle) pairs".format(
        ours_time, ours["CONFLICT_COUNT"], len(ours_pairs)))
    print("native: {:.2f} s (buffer, extract by location, join, field calculator, extract by expression), "
          "{} pairs".format(native_time, len(native_pairs)))
    same = ours_pairs == native_pairs
    print("same conflict pairs: {}".format("yes" if same else "NO: {} only ours, {} only native".format(
        len(ours_pairs - native_pairs), len(native_pairs - ours_pairs))))
    print_ratio(native_time, ours_time)
    common.stop_qgis(application, provider)
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
