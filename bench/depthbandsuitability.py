"""Benchmark: ondergrond:depthbandsuitability against the QGIS-native chain.

    python bench/depthbandsuitability.py [--pairs N]     (source scripts/env.sh first)

A synthetic province of 100 km x 100 km at 25 m (16 million cells) with 10,000 constraint
polygons of 12 kinds (one GeoPackage layer per kind, every kind with its own depth range) and the
bundled default rule tables (25 band/function combinations).

Ours: processing.run twice: the full run (polygons per zone of equal verdict and reasons, plus the
matrix) and the matrix-only run (OUTPUT left empty: the same numbers as the native rasters).
Native: gdal:rasterize each kind once (burn 1 on 0, cell centres, the same grid), then per
band/function one qgis:rastercalculator expression that combines the kinds whose depth range
overlaps the window: verdict = 1 + C + 2E - C*E with C = any conditional kind present and
E = any excluded kind present or a required kind absent. Both answers are compared per
band/function as the area per verdict (ours from MATRIX_CSV, native by counting the raster).
To compare like with like for the polygon output, the native verdict rasters are also
polygonized (gdal:polygonize; these polygons carry a verdict but no reasons).

When the full native chain would take too long (> ~4 minutes here), the raster calculator is
run on a subset of the combinations (--pairs, default 8, spread over all functions) and its
time per combination is extrapolated to all 25; the output says so.
"""

import argparse
import csv
import math
import resource
import shutil
import sys
from pathlib import Path

import common  # first: QGIS headless settings
import numpy as np
from common import ROOT, band_windows, clock, count_verdicts, fmt, print_agreement, rd_new_gpkg, run, times_faster
from osgeo import ogr

X0, Y0, SIZE, CELL = 150000.0, 400000.0, 100000.0, 25.0
# kind: (number of polygons, typical radius m, top_m, bottom_m or None = unbounded)
KINDS = {
    "waterwingebied": (300, 400, 0.0, None),
    "grondwaterbeschermingsgebied": (300, 1200, 0.0, None),
    "100-jaarszone": (300, 2000, 0.0, None),
    "boringsvrije zone": (200, 2000, 50.0, None),
    "NGR": (30, 6000, 50.0, 250.0),
    "ASV": (30, 5000, 50.0, 300.0),
    "aquifer": (140, 6000, 40.0, 140.0),
    "breukzone": (300, 700, 300.0, None),
    "zoutstructuur": (100, 2500, 900.0, 4000.0),
    "archeologie": (2400, 350, 0.0, 3.0),
    "bestaande WKO": (5500, 120, 40.0, 120.0),
    "geothermie": (400, 1200, 1800.0, 2600.0),
}


def layer_name(kind):
    return "c_" + kind.lower().replace(" ", "_").replace("-", "_")


def build_data(path, seed=4):
    """One GeoPackage layer per kind of irregular star-shaped polygons, 10,000 in all."""
    rng = np.random.default_rng(seed)
    dataset, srs = rd_new_gpkg(path)
    total = 0
    for kind, (count, radius, top, bottom) in KINDS.items():
        layer = dataset.CreateLayer(layer_name(kind), srs, ogr.wkbPolygon, options=["FID=fid"])
        for name, field_type in (("kind", ogr.OFTString), ("top_m", ogr.OFTReal), ("bottom_m", ogr.OFTReal)):
            layer.CreateField(ogr.FieldDefn(name, field_type))
        definition = layer.GetLayerDefn()
        layer.StartTransaction()
        for _ in range(count):
            cx, cy = X0 + rng.uniform(0, SIZE), Y0 + rng.uniform(0, SIZE)
            n = 12
            angles = np.sort(rng.uniform(0, 2 * math.pi, n))
            radii = radius * rng.uniform(0.5, 1.5) * rng.uniform(0.6, 1.0, n)
            ring = ogr.Geometry(ogr.wkbLinearRing)
            for a, r in zip(angles, radii):
                ring.AddPoint_2D(float(cx + r * math.cos(a)), float(cy + r * math.sin(a)))
            ring.CloseRings()
            polygon = ogr.Geometry(ogr.wkbPolygon)
            polygon.AddGeometry(ring)
            feature = ogr.Feature(definition)
            feature.SetGeometry(polygon)
            feature.SetField("kind", kind)
            feature.SetField("top_m", top)
            if bottom is None:
                feature.SetFieldNull("bottom_m")
            else:
                feature.SetField("bottom_m", bottom)
            layer.CreateFeature(feature)
            total += 1
        layer.CommitTransaction()
    dataset = None
    return total


def native_plan(core, functions, rules, bands):
    """Per usable (function, band): the expression pieces of the native raster calculator chain."""
    plans = []
    for name, band, top, bottom in band_windows(functions, bands):
        conditional, excluded, required = [], [], []
        for rule in rules:
            if rule.function != name:
                continue
            kind = next((k for k in KINDS if core.kind_key(k) == rule.key), None)
            if kind is None:
                if rule.verdict == "required":
                    required.append(None)  # never present: excluded everywhere
                continue
            _, _, ktop, kbottom = KINDS[kind]
            overlaps = ktop < bottom and top < (math.inf if kbottom is None else kbottom)
            if rule.verdict == "required":
                required.append(kind if overlaps else None)
            elif overlaps and rule.verdict == "conditional":
                conditional.append(kind)
            elif overlaps and rule.verdict == "excluded":
                excluded.append(kind)
        plans.append((name, band.label, conditional, excluded, required))
    return plans


def expression(conditional, excluded, required):
    ref = '("{}@1")'.format
    c_terms = [ref(layer_name(k)) for k in conditional]
    e_terms = [ref(layer_name(k)) for k in excluded]
    e_terms += ["1" if k is None else "({} = 0)".format(ref(layer_name(k))) for k in required]
    c = "(({}) > 0)".format(" + ".join(c_terms)) if c_terms else "0"
    e = "(({}) > 0)".format(" + ".join(e_terms)) if e_terms else "0"
    return "1 + {c} + 2 * {e} - {c} * {e}".format(c=c, e=e), sorted(set(conditional + excluded + [
        k for k in required if k is not None]))


def main():
    global CELL
    parser = argparse.ArgumentParser()
    common.subset_arguments(parser, pairs=8, cell=CELL)
    args = parser.parse_args()
    CELL = args.cell

    application, provider = common.start_qgis()
    from ondergrond.core import suitability as core

    work = common.work_dir("bench_suitability_")
    gpkg = work / "constraints.gpkg"
    n = build_data(gpkg)
    layers = [common.layer_uri(gpkg, layer_name(kind)) for kind in KINDS]
    extent = "{},{},{},{} [EPSG:28992]".format(X0, X0 + SIZE, Y0, Y0 + SIZE)
    ncells = int(SIZE / CELL) ** 2
    print("province {:.0f} km x {:.0f} km at {:.0f} m = {:,} cells; {:,} polygons of {} kinds".format(
        SIZE / 1000, SIZE / 1000, CELL, ncells, n, len(KINDS)))

    # --- ours: the full run (zone polygons with reasons + matrix) and the matrix-only run
    started = clock()
    result = run("ondergrond:depthbandsuitability", {
        "CONSTRAINTS": layers, "EXTENT": extent, "CELL_SIZE": CELL, "OUTPUT": str(work / "ours.gpkg"),
        "MATRIX": str(work / "ours.html"), "MATRIX_CSV": str(work / "ours.csv")})
    ours = clock() - started
    written = ogr.Open(str(work / "ours.gpkg"))
    polygons = written.GetLayer(0).GetFeatureCount()
    written = None
    print("ours, zone polygons with reasons + matrix: {} ({:,} polygons)".format(fmt(ours), polygons))
    started = clock()
    run("ondergrond:depthbandsuitability", {
        "CONSTRAINTS": layers, "EXTENT": extent, "CELL_SIZE": CELL, "OUTPUT": None,
        "MATRIX": str(work / "ours_matrix.html"), "MATRIX_CSV": str(work / "ours_matrix.csv")})
    ours_matrix = clock() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print("ours, matrix only (OUTPUT left empty): {}; peak memory of this process {:.0f} MB".format(
        fmt(ours_matrix), peak_mb))
    with open(result["MATRIX_CSV"], encoding="utf-8") as handle:
        our_areas = {(r["function"], r["band"]): [float(r[k] or 0) for k in (
            "suitable_m2", "conditional_m2", "excluded_m2")] for r in csv.DictReader(handle) if r["usable"] == "yes"}
    matrix_only = (work / "ours_matrix.csv").read_text(encoding="utf-8")
    assert matrix_only == Path(result["MATRIX_CSV"]).read_text(encoding="utf-8"), "matrix-only run differs"

    # --- native
    functions = core.read_functions(ROOT / "rules" / "functions.csv")
    rules = core.read_rules(ROOT / "rules" / "suitability_rules.csv", functions)
    plans = native_plan(core, functions, rules, core.parse_bands(core.DEFAULT_BANDS))
    assert len(plans) == len(our_areas), (len(plans), len(our_areas))
    started = clock()
    rasters = {}
    for kind in KINDS:
        out = work / "{}.tif".format(layer_name(kind))
        run("gdal:rasterize", {
            "INPUT": common.layer_uri(gpkg, layer_name(kind)), "BURN": 1, "UNITS": 1,
            "WIDTH": CELL, "HEIGHT": CELL, "EXTENT": extent, "NODATA": None, "INIT": 0, "DATA_TYPE": 0,
            "OUTPUT": str(out)})
        rasters[kind] = str(out)
    rasterize = clock() - started
    print("native: gdal:rasterize of {} kinds: {}".format(len(KINDS), fmt(rasterize)))

    chosen = common.subset(len(plans), args)
    calc = polygonize = np.zeros(2)
    mismatches = []
    for index in chosen:
        name, band, conditional, excluded, required = plans[index]
        formula, kinds = expression(conditional, excluded, required)
        references = [rasters[k] for k in kinds] or [rasters[next(iter(KINDS))]]
        out = work / "native_{}.tif".format(index)
        started = clock()
        run("qgis:rastercalculator", {
            "EXPRESSION": formula, "LAYERS": references, "CELLSIZE": CELL, "EXTENT": extent,
            "CRS": "EPSG:28992", "OUTPUT": str(out)})
        calc = calc + clock() - started
        started = clock()
        run("gdal:polygonize", {"INPUT": str(out), "BAND": 1, "FIELD": "verdict",
                                "OUTPUT": str(work / "native_{}.gpkg".format(index))})
        polygonize = polygonize + clock() - started
        counts = count_verdicts(out, rows=1000)
        native_areas = [float(counts[v]) * CELL * CELL for v in (1, 2, 3)]
        if native_areas != our_areas[(name, band)]:
            mismatches.append((name, band, native_areas, our_areas[(name, band)]))
    scale = len(plans) / len(chosen)
    native = rasterize + calc * scale
    native_polygons = native + polygonize * scale
    extrapolated = len(chosen) < len(plans)
    note = " (extrapolated)" if extrapolated else ""
    if extrapolated:
        print("native: qgis:rastercalculator and gdal:polygonize timed on {} of {} combinations ({}; {}), "
              "extrapolated to all {}".format(len(chosen), len(plans), fmt(calc), fmt(polygonize), len(plans)))
    else:
        print("native: qgis:rastercalculator {}, gdal:polygonize {} for all {} combinations".format(
            fmt(calc), fmt(polygonize), len(plans)))
    print("native, verdict rasters (rasterize + raster calculator): {}{}".format(fmt(native), note))
    print("native, verdict polygons (+ gdal:polygonize, no reasons): {}{}".format(fmt(native_polygons), note))
    print_agreement(mismatches, len(chosen), "area per verdict identical (to the cell)")
    print("ratio, matrix (same numbers): native rasters / ours matrix-only = {}".format(
        times_faster(native, ours_matrix)))
    print("ratio, polygons (ours also carry the reasons): native rasters + polygonize / ours full = {}".format(
        times_faster(native_polygons, ours)))
    print("ratio, the issue's chain against our full run: native rasters / ours full = {}".format(
        times_faster(native, ours)))
    print("ratio: native/ours = {:.1f}x  (CPU; native verdict rasters vs our matrix-only run, the same "
          "answer; see the lines above for the polygon output)".format(native[1] / ours_matrix[1]))
    shutil.rmtree(work, ignore_errors=True)
    common.stop_qgis(application, provider)
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
