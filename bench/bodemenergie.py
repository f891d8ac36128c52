"""Benchmark: ground-energy interference for 5,000 open systems in a city, ours against the QGIS-native chain.

    python bench/bodemenergie.py [systems]        (default 5000)

A synthetic city of 15 x 15 km with 5,000 WKO doublets (10,000 wells): volumes log-normal around
80,000 m3 per season (10,000-600,000), screens in the first aquifer (top 30-60 m, 20-60 m thick) or,
for a fifth of the systems, the second (110-140 m); warm and cold well 2-4 thermal radii apart in a
random direction; validity from 2005-2035 for 30 years.

Ours: run("ondergrond:bodemenergie") on memory layers: the influence areas, every pair closer
than the rules allow with its verdict and reason.

QGIS-native chain for the same questions, as a planner would build it in the modeler:
1. native:buffer by the expression r_th = sqrt(4.2 V / (2.8 pi H))            -> the influence areas
2. native:buffer by 1.5 r_th, native:joinattributesbylocation with itself (intersects, one-to-many),
   native:extractbyexpression: other well, opposite type, depths and years overlap
                                                  -> pairs closer than 3 x the mean thermal radius
3. native:buffer by r_th, the same join, extract: same type, other system, depth and years overlap
                                                  -> same-type pairs whose influence areas overlap
Buffers meet exactly when d < 1.5 (r_a + r_b) = 3 x mean, so the pair counts must agree with ours (up to
the buffers' 5-segment-per-quarter polygons: pairs within a few cm of the limit may differ).
"""

import math
import os
import sys
import time

import common  # first: QGIS headless settings
import numpy as np
from common import print_ratio, run

N_SYSTEMS = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
SIDE = 15000.0
# QGIS's default: 5 segments per quarter circle. BENCH_SEGMENTS=90 makes the buffers near-exact circles.
SEGMENTS = int(os.environ.get("BENCH_SEGMENTS", "5"))
R_EXPRESSION = 'sqrt(4.2 * "volume_m3" / (2.8 * pi() * ("screen_bottom_m" - "screen_top_m")))'


def city(n, seed=21):
    rng = np.random.default_rng(seed)
    volume = np.clip(rng.lognormal(math.log(80000), 0.6, n), 10000, 600000)
    deep = rng.random(n) < 0.2
    top = np.where(deep, 110.0, rng.uniform(30, 60, n))
    bottom = np.where(deep, 140.0, top + rng.uniform(20, 60, n))
    radius = np.sqrt(4.2 * volume / (2.8 * math.pi * (bottom - top)))
    x = 190000 + rng.uniform(0, SIDE, n)
    y = 500000 + rng.uniform(0, SIDE, n)
    angle = rng.uniform(0, 2 * math.pi, n)
    spacing = rng.uniform(2, 4, n) * radius
    first = rng.integers(2005, 2036, n)
    rows = []
    cold_x, cold_y = x + spacing * np.cos(angle), y + spacing * np.sin(angle)
    for i in range(n):
        for kind, (wx, wy) in (("warm", (x[i], y[i])), ("koud", (cold_x[i], cold_y[i]))):
            rows.append(("WKO-{:05d}".format(i), kind, float(volume[i]), float(top[i]), float(bottom[i]), int(first[i]),
                         int(first[i]) + 30, wx, wy))
    return rows


def wells_layer(rows):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    layer = QgsVectorLayer(
        "Point?crs=EPSG:28992&field=system_id:string&field=well_type:string&field=volume_m3:double"
        "&field=screen_top_m:double&field=screen_bottom_m:double&field=valid_from:integer&field=valid_to:integer",
        "wells", "memory")
    features = []
    for row in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(row[7], row[8])))
        feature.setAttributes(list(row[:7]))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def ours(layer):
    started = time.perf_counter()
    result = run("ondergrond:bodemenergie", {
        "WELLS": layer, "OUTPUT": "memory:", "INTERFERENCE": "memory:", "CONFLICTS": "memory:"})
    elapsed = time.perf_counter() - started
    opposite = same = 0
    for feature in result["INTERFERENCE"].getFeatures():
        if not (feature["depth_overlap"] and feature["time_overlap"]):
            continue
        kinds = feature["well_types"].split("-")
        if kinds[0] != kinds[1]:
            opposite += 1
        elif feature["system_a"] != feature["system_b"]:
            same += 1
    return elapsed, result["OUTPUT"].featureCount(), opposite, same


OVERLAP = ('"screen_top_m" < "screen_bottom_m_2" AND "screen_top_m_2" < "screen_bottom_m" '
           'AND max("valid_from", "valid_from_2") <= min("valid_to", "valid_to_2")')


def native(layer):
    from qgis.core import QgsProperty

    def buffered(factor):
        return run("native:buffer", {
            "INPUT": layer, "DISTANCE": QgsProperty.fromExpression("{} * {}".format(factor, R_EXPRESSION)),
            "SEGMENTS": SEGMENTS, "DISSOLVE": False, "OUTPUT": "memory:"})["OUTPUT"]

    def pairs(buffers, condition):
        joined = run("native:joinattributesbylocation", {
            "INPUT": buffers, "JOIN": buffers, "PREDICATE": [0], "METHOD": 0, "DISCARD_NONMATCHING": True,
            "PREFIX": "", "OUTPUT": "memory:"})["OUTPUT"]
        kept = run("native:extractbyexpression", {
            "INPUT": joined, "EXPRESSION": condition, "OUTPUT": "memory:"})["OUTPUT"]
        return kept.featureCount() // 2  # every pair appears in both orders

    started = time.perf_counter()
    areas = buffered(1.0)
    opposite = pairs(buffered(1.5), '"well_type" <> "well_type_2" AND ' + OVERLAP)
    same = pairs(areas, '"well_type" = "well_type_2" AND "system_id" <> "system_id_2" AND ' + OVERLAP)
    return time.perf_counter() - started, areas.featureCount(), opposite, same


def main():
    application, provider = common.start_qgis()
    rows = city(N_SYSTEMS)
    layer = wells_layer(rows)
    print("City {:g} x {:g} km: {} open systems, {} wells".format(SIDE / 1000, SIDE / 1000, N_SYSTEMS, len(rows)))
    ours_time, ours_areas, ours_opposite, ours_same = ours(layer)
    print("ours   (processing.run ondergrond:bodemenergie): {:6.2f} s  {} influence areas, {} opposite-type pairs "
          "within 3 mean r_th, {} same-type pairs overlapping".format(ours_time, ours_areas, ours_opposite, ours_same))
    native_time, native_areas, native_opposite, native_same = native(layer)
    print("native (buffer by expression + join by location + extract): {:6.2f} s  {} areas, {} opposite, "
          "{} same".format(native_time, native_areas, native_opposite, native_same))
    print("agreement: opposite {} vs {}, same {} vs {} (buffer polygons may differ for pairs at the limit)".format(
        ours_opposite, native_opposite, ours_same, native_same))
    print_ratio(native_time, ours_time)
    common.stop_qgis(application, provider, exit_qgis=False)


if __name__ == "__main__":
    main()
