"""Benchmark: ondergrond:streetprofile against the QGIS-native way of finding the free space per station.

    python bench/streetprofile.py [--streets 5] [--length 2000]      (source scripts/env.sh first)

Synthetic street network: a grid of 2 x 5 streets of 2 km (20 km of axis), each with ten cables and pipes in
a standard profile (IMKL types and depths as in bench/reservationcheck.py, every third depth NULL as in KLIC
data, gas pipes leaving between 2025 and 2040) cut into 1 m pieces: 200,000 obstacle segments, plus a tree
every 25 m on one side. Stations every 5 m (about 4,000 cross-sections).

Ours: the whole network through processing.run (GeoPackage in, memory outputs).

Native chain on one street (what a planner would build in the modeler): native:pointsalonglines every 5 m,
native:geometrybyexpression to turn each point into its cross-section (project() either side along the
perpendicular), native:buffer of the obstacles by their conflict reach (a data-defined distance built from the
same rule tables: half widths + sqrt(required^2 - v^2)), native:difference of the cross-sections and the
buffers: the pieces left are the free space. Ours runs on the same street in the same process; both must find
the same free intervals (the native buffers are polygons, so their ends differ by up to a few cm). Prints the
times, the largest difference and the ratio.
"""

import argparse
import math
import sys
import time

import common  # first: QGIS headless settings
import numpy as np
from common import STREET_PROFILE as PROFILE
from common import Feedback, layer_uri, new_context, output_layer, rd_new_gpkg, rule_tables, run, timed, work_file
from osgeo import ogr
from qgis.core import QgsProperty

HALF_WIDTH, STEP, YEAR = 8.0, 5.0, 2030
NEW = ("warmte", 0.8, 0.8, 0.6)  # type, width, top, height


def build_network(path, streets=5, length=2000.0, piece=1.0, seed=22):
    """Axes and obstacles into a GeoPackage; returns (axis count, obstacle segments, trees)."""
    random = np.random.default_rng(seed)
    spacing = length / streets
    dataset, srs = rd_new_gpkg(path)
    axes = dataset.CreateLayer("assen", srs, ogr.wkbLineString)
    axes.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    cables = dataset.CreateLayer("kabels_leidingen", srs, ogr.wkbLineString)
    for name, kind in (("utility_type", ogr.OFTString), ("depth_m", ogr.OFTReal), ("diameter_m", ogr.OFTReal),
                       ("valid_to", ogr.OFTInteger)):
        cables.CreateField(ogr.FieldDefn(name, kind))
    trees = dataset.CreateLayer("bomen", srs, ogr.wkbPoint)
    trees.CreateField(ogr.FieldDefn("radius_m", ogr.OFTReal))
    dataset.StartTransaction()
    segments = tree_count = axis_count = 0
    pieces = int(round(length / piece))
    for direction in ("east", "north"):
        for street in range(streets):
            centre = (street + 0.5) * spacing

            def xy(along, across, centre=centre, direction=direction):
                return (along, centre + across) if direction == "east" else (centre - across, along)

            feature = ogr.Feature(axes.GetLayerDefn())
            feature.SetGeometry(ogr.CreateGeometryFromWkt("LINESTRING({} {}, {} {})".format(
                *xy(0.0, 0.0), *xy(length, 0.0))))
            feature.SetField("name", "{} {}".format(direction, street))
            axes.CreateFeature(feature)
            axis_count += 1
            for utility_type, offset, depth, diameter in PROFILE:
                valid_to = int(random.integers(2025, 2040)) if utility_type.startswith("gas") else None
                for index in range(pieces):
                    feature = ogr.Feature(cables.GetLayerDefn())
                    feature.SetGeometry(ogr.CreateGeometryFromWkt("LINESTRING({} {}, {} {})".format(
                        *xy(index * piece, offset), *xy((index + 1) * piece, offset))))
                    feature.SetField("utility_type", utility_type)
                    if segments % 3 != 2:
                        feature.SetField("depth_m", round(depth + random.uniform(-0.1, 0.1), 3))
                    feature.SetField("diameter_m", diameter)
                    if valid_to is not None:
                        feature.SetField("valid_to", valid_to)
                    cables.CreateFeature(feature)
                    segments += 1
            for along in np.arange(12.5, length, 25.0):
                feature = ogr.Feature(trees.GetLayerDefn())
                feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT({} {})".format(*xy(along, -4.6))))
                feature.SetField("radius_m", 1.5)
                trees.CreateFeature(feature)
                tree_count += 1
    dataset.CommitTransaction()
    dataset = None
    return axis_count, segments, tree_count


def reach_expression(defaults, clearances):
    """The conflict reach (m) of an obstacle as a QGIS expression: 0 where it blocks nothing."""
    new_type, width, top, height = NEW
    bottom = top + height
    types = sorted({t for t, _o, _d, _m in PROFILE} | {"boom"})
    depth = " ".join("WHEN \"utility_type\" = '{}' THEN {}".format(t, defaults.value(t, "depth_m")) for t in types
                     if defaults.value(t, "depth_m") is not None)
    required = " ".join("WHEN \"utility_type\" = '{}' THEN {}".format(t, clearances.required(new_type, t))
                        for t in types)
    return (
        "with_variable('req', CASE {required} ELSE {any} END,"
        " with_variable('top', coalesce(\"depth_m\", CASE {depth} ELSE {default} END),"
        " with_variable('dia', coalesce(\"diameter_m\", 0),"
        " with_variable('v', max(0, @top - {bottom}, {top} - (@top + @dia)),"
        " CASE WHEN @v > 1e-9 AND @v >= @req THEN 0 ELSE {half} + @dia / 2 + sqrt(max(0, @req ^ 2 - @v ^ 2)) END))))"
    ).format(required=required, any=clearances.required(new_type, "*"), depth=depth,
             default=defaults.value("*", "depth_m"), bottom=bottom, top=top, half=width / 2)


def native_chain(gpkg, axis_filter, obstacle_filter, reach, context, feedback):
    """Free intervals per station by buffers and difference; returns {station index: [(lo, hi), ...]}."""
    axis = run("native:extractbyexpression", {"INPUT": layer_uri(gpkg, "assen"), "EXPRESSION": axis_filter,
                                              "OUTPUT": "memory:"}, context, feedback)["OUTPUT"]
    points = run("native:pointsalonglines", {"INPUT": axis, "DISTANCE": STEP, "START_OFFSET": 0, "END_OFFSET": 0,
                                             "OUTPUT": "memory:"}, context, feedback)["OUTPUT"]
    sections = run("native:geometrybyexpression", {
        "INPUT": points, "OUTPUT_GEOMETRY": 1, "WITH_Z": False, "WITH_M": False,
        "EXPRESSION": "make_line(project($geometry, {h}, radians(\"angle\" + 90)), "
                      "project($geometry, {h}, radians(\"angle\" - 90)))".format(h=HALF_WIDTH),
        "OUTPUT": "memory:"}, context, feedback)["OUTPUT"]
    obstacles = run("native:extractbyexpression", {
        "INPUT": layer_uri(gpkg, "kabels_leidingen"),
        "EXPRESSION": "{} AND (\"valid_to\" IS NULL OR \"valid_to\" >= {})".format(obstacle_filter, YEAR),
        "OUTPUT": "memory:"}, context, feedback)["OUTPUT"]
    trees = run("native:extractbyexpression", {"INPUT": layer_uri(gpkg, "bomen"),
                                               "EXPRESSION": obstacle_filter, "OUTPUT": "memory:"},
                context, feedback)["OUTPUT"]
    zones = []
    for layer, distance in ((obstacles, QgsProperty.fromExpression(reach)),
                            (trees, NEW[1] / 2 + 1.5 + 0.5)):  # trees: radius 1.5, roots from 0 down, warmte,* 0.5
        zones.append(run("native:buffer", {"INPUT": layer, "DISTANCE": distance, "SEGMENTS": 8, "DISSOLVE": False,
                                           "OUTPUT": "memory:"}, context, feedback)["OUTPUT"])
    zones = run("native:mergevectorlayers", {"LAYERS": zones, "OUTPUT": "memory:"}, context, feedback)["OUTPUT"]
    free = run("native:difference", {"INPUT": sections, "OVERLAY": zones, "OUTPUT": "memory:"}, context,
               feedback)["OUTPUT"]
    # the free pieces as offsets from each station (the envelope must stay within the half width)
    out = {}
    for feature in free.getFeatures():
        station = int(round(feature["distance"] / STEP))
        for part in feature.geometry().asGeometryCollection():
            line = part.asPolyline()
            out.setdefault(station, []).append([(p.x(), p.y()) for p in line])
    return out, points


def to_offsets(pieces, points, half_new):
    """{station: sorted [(lo, hi)]} from the native free pieces (world coordinates) and the station points."""
    centres = {}
    for feature in points.getFeatures():
        point = feature.geometry().asPoint()
        angle = math.radians(feature["angle"])
        # left normal of a direction with azimuth angle (clockwise from north): azimuth angle - 90
        centres[int(round(feature["distance"] / STEP))] = (point.x(), point.y(), -math.cos(angle), math.sin(angle))
    out = {}
    for station, lines in pieces.items():
        x, y, nx, ny = centres[station]
        intervals = []
        for line in lines:
            offsets = [(px - x) * nx + (py - y) * ny for px, py in line]
            lo, hi = max(min(offsets), -HALF_WIDTH + half_new), min(max(offsets), HALF_WIDTH - half_new)
            if hi - lo >= 2e-3:
                intervals.append((lo, hi))
        out[station] = sorted(intervals)
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--streets", type=int, default=5, help="streets per direction (5 -> 10 streets)")
    parser.add_argument("--length", type=float, default=2000.0, help="street length (m)")
    args = parser.parse_args()

    application, provider = common.start_qgis()
    gpkg = work_file("bench_streetprofile_", "network.gpkg")
    (axes, segments, trees), seconds = timed(build_network, gpkg, args.streets, args.length)
    print("network: {} streets ({:.0f} km of axis), {} obstacle segments, {} trees ({:.1f} s to build)".format(
        axes, axes * args.length / 1000, segments, trees, seconds))
    feedback = Feedback()
    obstacles = [layer_uri(gpkg, "kabels_leidingen"), layer_uri(gpkg, "bomen")]

    def ours(axis):
        context = new_context()
        began = time.perf_counter()
        result = run("ondergrond:streetprofile", {
            "AXIS": axis, "OBSTACLES": obstacles, "HALF_WIDTH": HALF_WIDTH, "STEP": STEP, "YEAR": YEAR,
            "NEW_TYPE": NEW[0], "NEW_WIDTH": NEW[1], "NEW_DEPTH": NEW[2], "NEW_HEIGHT": NEW[3],
            "SLOTS": "memory:", "BOTTLENECKS": "memory:", "PROFILE_CHECK": "memory:", "TRACE": "memory:"},
            context, feedback)
        seconds = time.perf_counter() - began
        layer = output_layer(context, result["SLOTS"])
        return seconds, result, layer

    full_time, full, _slots = ours(layer_uri(gpkg, "assen"))
    print("ours, whole network: {:.2f} s for {} stations ({} fit, {} bottlenecks)".format(
        full_time, full["STATION_COUNT"], full["FIT_COUNT"], full["BOTTLENECK_COUNT"]))

    # one street: ours and the native chain, same answer?
    spacing = args.length / args.streets
    centre = 0.5 * spacing
    axis_filter = "\"name\" = 'east 0'"
    obstacle_filter = "y(centroid($geometry)) >= {} AND y(centroid($geometry)) <= {}".format(centre - 20, centre + 20)
    context = new_context()
    subset_axis = run("native:extractbyexpression", {"INPUT": layer_uri(gpkg, "assen"),
                                                     "EXPRESSION": axis_filter, "OUTPUT": "memory:"},
                      context, feedback)["OUTPUT"]
    subset_time, subset, slots = ours(subset_axis)
    ours_free = {}
    for feature in slots.getFeatures():
        text = feature["free_intervals"] or ""
        ours_free[int(round(feature["station_m"] / STEP))] = [
            tuple(float(v) for v in item.split(" .. ")) for item in text.split("; ") if item]
    defaults, clearances = rule_tables()
    context = new_context()
    began = time.perf_counter()
    pieces, points = native_chain(gpkg, axis_filter, obstacle_filter, reach_expression(defaults, clearances), context,
                                  feedback)
    native_time = time.perf_counter() - began
    native_free = to_offsets(pieces, points, NEW[1] / 2)
    stations = sorted(set(ours_free) | set(native_free))
    worst, mismatched = 0.0, 0
    for station in stations:
        a, b = ours_free.get(station, []), native_free.get(station, [])
        if len(a) != len(b):
            mismatched += 1
            continue
        for (lo_a, hi_a), (lo_b, hi_b) in zip(a, b):
            worst = max(worst, abs(lo_a - lo_b), abs(hi_a - hi_b))
    print("one street ({} stations): ours {:.2f} s; native (points along lines, cross-sections, buffers, "
          "difference) {:.2f} s".format(subset["STATION_COUNT"], subset_time, native_time))
    print("same free intervals: {} of {} stations with the same number of intervals, ends within {:.3f} m "
          "(native buffers are 8-segment polygons)".format(len(stations) - mismatched, len(stations), worst))
    print("ratio: native/ours on one street = {:.1f}x; native extrapolated to the network: {:.0f} s vs ours {:.1f} s"
          .format(native_time / subset_time, native_time * axes, full_time))
    common.stop_qgis(application, provider)
    return 0 if mismatched == 0 and worst < 0.05 else 1


if __name__ == "__main__":
    sys.exit(main())
