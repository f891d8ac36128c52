"""Benchmark: a province-wide REGIS II layer model into depth-band suitability, ours against QGIS-native.

    python bench/importlayermodel.py [--pairs N] [--full] [--polygons]   (source scripts/env.sh first)

A synthetic REGIS II model in the nlmod layout (netCDF: top (y, x), bot (layer, y, x), m NAP) of a
province: 100 km x 100 km at 100 m (1,000,000 cells) with 130 layers named like REGIS units (sand
units ...z<n> -> aquifer, clay units ...k<n> -> kleilaag, some complex units ...c without a kind),
each absent (zero thickness) over about 40 % of the area, reaching about 1,500 m below ground.
Surfaces are multiples of 1/64 m, so depths below ground are exact in float32 and in double and
both chains must give the same verdict in every cell. The bundled rule tables, default bands.

Ours: ondergrond:depthbandsuitability with LAYER_MODEL (the netCDF read as grids), the matrix only
(OUTPUT empty; --polygons also times the run with zone polygons).
Native: gdal:translate of top and bot to GeoTIFF with the georeferencing assigned (GDAL opens the
nlmod netCDF without it), then per band/function one qgis:rastercalculator expression over the
layers whose kind has a rule for the function: layer k lies in the window R = [t, b) where
(ground - top_k) < b AND (ground - bot_k) > t AND top_k > bot_k (a rule that applies above the window,
as the kleilaag rules do, drops the middle term); verdict = 1 + C + 2E - C*E
(C: a conditional kind present, E: an excluded kind present or a required kind absent).
Both are compared as the cell count per verdict. When the full native chain would take too long,
the raster calculator runs on --pairs combinations (default 5) and is extrapolated to all 25.
"""

import argparse
import csv
import resource
import shutil
import sys
import time

import common  # first: QGIS headless settings
import numpy as np
from common import ROOT, band_windows, clock, count_verdicts, fmt, print_agreement, run, times_faster
from osgeo import gdal
from qgis.core import QgsRasterLayer

X0, Y0, SIZE, CELL, NLAYERS = 100000.0, 400000.0, 100000.0, 100.0, 130
FORMATIONS = ["BX", "KR", "BE", "EE", "DR", "UR", "PE", "ST", "SY", "PZWA", "MS", "KI", "OO", "IE", "BR",
              "RU", "TO", "DO"]


def smooth(rng, n, coarse=12):
    """A smooth random field in [0, 1] on n x n cells (bilinear from a coarse random grid)."""
    grid = rng.uniform(0, 1, (coarse + 1, coarse + 1))
    t = np.linspace(0, coarse, n, endpoint=False) + coarse / (2 * n)
    i = np.minimum(t.astype(int), coarse - 1)
    w = t - i
    rows = grid[i] * (1 - w)[:, None] + grid[i + 1] * w[:, None]
    return rows[:, i] * (1 - w)[None, :] + rows[:, i + 1] * w[None, :]


def codes():
    out = []
    for k in range(NLAYERS):
        formation = FORMATIONS[k * len(FORMATIONS) // NLAYERS]
        lith = "c" if k % 11 == 10 else ("k" if k % 3 == 1 else "z")
        out.append("{}{}{}".format(formation, lith, k + 1))
    return out


def build_model(path, seed=17):
    from ondergrond.core.layermodel import write_layer_model

    rng = np.random.default_rng(seed)
    n = int(SIZE / CELL)
    x = X0 + (np.arange(n) + 0.5) * CELL
    y = Y0 + SIZE - (np.arange(n) + 0.5) * CELL  # north first, as nlmod writes it
    q = 64.0
    top = np.round((2.0 + 12.0 * smooth(rng, n)) * q) / q
    state = {"bottom": top.copy()}

    def bottom(layer):
        field = smooth(rng, n)
        thickness = (3.0 + 0.25 * layer) * 2.0 * field
        thickness[field < 0.4] = 0.0  # absent over ~40 %
        thickness = np.round(thickness * q) / q
        state["bottom"] = state["bottom"] - thickness
        return state["bottom"]

    write_layer_model(path, codes(), x, y, top.astype(np.float32), bottom)
    return n * n


def native_plans(core, layermodel, functions, rules, bands, kinds):
    """Per usable (function, band): (name, band label, top, bottom, conditional, excluded, required layers,
    layers whose rule applies above the window)."""
    plans = []
    for name, band, top, bottom in band_windows(functions, bands):
        by_kind = {r.key: r for r in rules if r.function == name}
        conditional, excluded, required, above = [], [], {}, set()
        for r in by_kind.values():
            if r.verdict == "required":
                required[r.key] = []
        for k, kind in enumerate(kinds):
            rule = by_kind.get(core.kind_key(kind)) if kind else None
            if rule is None:
                continue
            if rule.applies == "above":
                above.add(k)
            if rule.verdict == "conditional":
                conditional.append(k)
            elif rule.verdict == "excluded":
                excluded.append(k)
            elif rule.verdict == "required":
                required[rule.key].append(k)
        plans.append((name, band.label, top, bottom, conditional, excluded, list(required.values()), above))
    return plans


def expression(top, bottom, conditional, excluded, required, above):
    def present(k):
        upper = '"top@1"' if k == 0 else '"bot@{}"'.format(k)
        lower = '"bot@{}"'.format(k + 1)
        terms = ["{} > {}".format(upper, lower)]
        if k not in above:  # a rule that applies above the window needs only the layer's top above R's bottom
            terms.insert(0, '("top@1" - {}) > {}'.format(lower, top))
        if np.isfinite(bottom):
            terms.insert(0, '("top@1" - {}) < {}'.format(upper, bottom))
        return "(" + " AND ".join(terms) + ")"

    def any_of(layers):
        return "(" + " OR ".join(present(k) for k in layers) + ")" if layers else "0"

    c = any_of(conditional)
    e_parts = [any_of(excluded)] if excluded else []
    e_parts += ["({} = 0)".format(any_of(layers)) for layers in required]
    e = "(" + " OR ".join(e_parts) + ")" if e_parts else "0"
    return "1 + {c} + 2 * {e} - {c} * {e}".format(c=c, e=e)


def main():
    global CELL
    parser = argparse.ArgumentParser()
    common.subset_arguments(parser, pairs=5, cell=CELL)
    parser.add_argument("--polygons", action="store_true", help="also time our run with zone polygons")
    args = parser.parse_args()
    CELL = args.cell

    application, provider = common.start_qgis()
    from ondergrond.core import layermodel
    from ondergrond.core import suitability as core

    work = common.work_dir("bench_layermodel_")
    model = work / "province.nc"
    started = time.perf_counter()
    ncells = build_model(model)
    print("synthetic REGIS II model: {:.0f} km x {:.0f} km at {:.0f} m = {:,} cells x {} layers ({:.0f} MB netCDF, "
          "written in {:.1f} s)".format(SIZE / 1000, SIZE / 1000, CELL, ncells, NLAYERS,
                                        model.stat().st_size / 1e6, time.perf_counter() - started))

    # --- ours
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = clock()
    result = run("ondergrond:depthbandsuitability", {
        "LAYER_MODEL": str(model), "CELL_SIZE": CELL, "OUTPUT": None,
        "MATRIX": str(work / "ours.html"), "MATRIX_CSV": str(work / "ours.csv")})
    ours = clock() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print("ours, layer model read as grids, matrix only: {}; peak memory of this process {:.0f} MB "
          "(before the run {:.0f} MB)".format(fmt(ours), peak_mb, rss_before))
    if args.polygons:
        started = clock()
        run("ondergrond:depthbandsuitability", {
            "LAYER_MODEL": str(model), "CELL_SIZE": CELL, "OUTPUT": str(work / "ours.gpkg"),
            "MATRIX": str(work / "ours2.html")})
        print("ours, with zone polygons and reasons: {}; peak memory {:.0f} MB".format(
            fmt(clock() - started), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))
    with open(result["MATRIX_CSV"], encoding="utf-8") as handle:
        our_cells = {(r["function"], r["band"]): [round(float(r[k] or 0) / CELL / CELL) for k in (
            "suitable_m2", "conditional_m2", "excluded_m2")] for r in csv.DictReader(handle) if r["usable"] == "yes"}

    # --- native
    functions = core.read_functions(ROOT / "rules" / "functions.csv")
    rules = core.read_rules(ROOT / "rules" / "suitability_rules.csv", functions)
    kind_rules = layermodel.read_kinds(ROOT / "rules" / "layer_model_kinds.csv")
    kinds = [layermodel.classify(c, kind_rules)[0] or "" for c in codes()]
    plans = native_plans(core, layermodel, functions, rules, core.parse_bands(core.DEFAULT_BANDS), kinds)
    assert len(plans) == len(our_cells), (len(plans), len(our_cells))
    extent = "{} {} {} {}".format(X0, Y0 + SIZE, X0 + SIZE, Y0)
    started = clock()
    for name in ("top", "bot"):
        source = QgsRasterLayer('NETCDF:"{}":{}'.format(model, name), name, "gdal")
        assert source.isValid(), name
        run("gdal:translate", {"INPUT": source, "TARGET_CRS": "EPSG:28992",
                               "EXTRA": "-a_ullr {}".format(extent), "DATA_TYPE": 0,
                               "OUTPUT": str(work / "{}.tif".format(name))})
        del source  # a QGIS layer must not outlive exitQgis (it would crash the interpreter's exit)
    translate = clock() - started
    print("native: gdal:translate of top and bot to georeferenced GeoTIFF: {}".format(fmt(translate)))
    check = gdal.Open(str(work / "bot.tif"))
    assert check.RasterCount == NLAYERS, check.RasterCount
    check = None

    chosen = common.subset(len(plans), args)
    calc = np.zeros(2)
    mismatches = []
    grid_extent = "{},{},{},{} [EPSG:28992]".format(X0, X0 + SIZE, Y0, Y0 + SIZE)
    for index in chosen:
        name, band, top, bottom, conditional, excluded, required, above = plans[index]
        out = work / "native_{}.tif".format(index)
        started = clock()
        run("qgis:rastercalculator", {
            "EXPRESSION": expression(top, bottom, conditional, excluded, required, above),
            "LAYERS": [str(work / "top.tif"), str(work / "bot.tif")], "CELLSIZE": CELL, "EXTENT": grid_extent,
            "CRS": "EPSG:28992", "OUTPUT": str(out)})
        calc = calc + clock() - started
        counts = count_verdicts(out, rows=250)[1:].tolist()
        if counts != our_cells[(name, band)]:
            mismatches.append((name, band, counts, our_cells[(name, band)]))
        out.unlink()
    scale = len(plans) / len(chosen)
    native = translate + calc * scale
    extrapolated = len(chosen) < len(plans)
    note = " (extrapolated)" if extrapolated else ""
    print("native: qgis:rastercalculator on {} of {} combinations: {}{}".format(
        len(chosen), len(plans), fmt(calc), ", extrapolated to all" if extrapolated else ""))
    print("native, verdict rasters (translate + raster calculator): {}{}".format(fmt(native), note))
    print_agreement(mismatches, len(chosen), "cells per verdict identical", " (native cells per verdict, ours)")
    print("ratio: native/ours = {} (the same verdicts: native rasters vs our matrix-only run)".format(
        times_faster(native, ours)))
    shutil.rmtree(work, ignore_errors=True)
    common.stop_qgis(application, provider)
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
