"""Benchmark: ondergrond:cumulationheatmap against the QGIS-native chain, plus a national run.

    python bench/cumulationheatmap.py              40 km benchmark + national memory run (~1-2 min)
    python bench/cumulationheatmap.py --quick      40 km benchmark only
    python bench/cumulationheatmap.py --national   national memory run only

1. 20 layers x 5,000 polygons with weights and effect radii (0/25/50/100 m) on 40 km x 40 km at
   10 m (16 million cells), mode 1 (sum of weights), no decay. The native chain for the same raster:
   per layer native:buffer by the radius field (data-defined), gdal:rasterize burning the weight field
   with -add (overlapping polygons in a layer add up), then qgis:rastercalculator summing the 20
   rasters. If the native chain runs over its time budget it is timed on the first layers only and
   extrapolated linearly (the script says so). Both rasters are compared cell by cell: buffers are
   polygons with straight segments inside the true circle, so cells whose centre lies in the sliver
   between chord and arc differ; the fraction is printed. Then ours once more with linear decay
   (information only: QGIS has no native way to get distance-decayed polygon weights).
2. National run (in a child process, so its peak memory is its own): the Netherlands' extent
   (300 km x 350 km) at 25 m = 168 million cells, 100,000 claims (polygons, points, lines) in 10
   layers, mode 1 (BENCH_NATIONAL_MODE=0..3 for another mode, BENCH_NATIONAL_DECAY=1 for linear
   decay), through processing.run. Prints the peak resident memory (VmHWM from /proc, else
   getrusage) next to the size of 10 full Float32 grids.
"""

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import common  # first: QGIS headless settings
import numpy as np
import shapely
from common import print_ratio, rd_new_gpkg, run
from osgeo import gdal, ogr
from qgis.core import QgsProperty

SIDE = 40_000.0
CELL = 10.0
LAYERS = 20
PER_LAYER = int(os.environ.get("BENCH_PER_LAYER", 5_000))
NATIVE_BUDGET_S = 240.0
SEGMENTS = 8  # native:buffer segments per quarter circle


def write_gpkg(path, layers):
    """layers: name -> (geometries, {field: values}); fields are Real except 'kind' (String)."""
    dataset, srs = rd_new_gpkg(path)
    for name, (geoms, fields) in layers.items():
        layer = dataset.CreateLayer(name, srs, ogr.wkbUnknown, options=["SPATIAL_INDEX=YES"])
        for field in fields:
            layer.CreateField(ogr.FieldDefn(field, ogr.OFTString if field == "kind" else ogr.OFTReal))
        definition = layer.GetLayerDefn()
        layer.StartTransaction()
        for i, wkb in enumerate(shapely.to_wkb(geoms)):
            feature = ogr.Feature(definition)
            feature.SetGeometry(ogr.CreateGeometryFromWkb(wkb))
            for field, values in fields.items():
                feature.SetField(field, values[i] if field == "kind" else float(values[i]))
            layer.CreateFeature(feature)
        layer.CommitTransaction()
    dataset = None


def claim_fields(rng, n, radii, kind):
    """Field values of ``n`` claims: weights 0.5-5, effect radii drawn from ``radii`` (m), one kind."""
    return {"weight": rng.uniform(0.5, 5.0, n).round(2), "effect_radius_m": rng.choice(list(radii), n),
            "kind": np.array([kind] * n)}


def random_polygons(rng, n, xmax, ymax, size):
    """Irregular convex-ish polygons: buffered points (8-16 vertices) stretched and rotated."""
    x, y = rng.uniform(0, xmax, n), rng.uniform(0, ymax, n)
    radius = rng.uniform(size[0], size[1], n) / 2
    circles = shapely.buffer(shapely.points(np.zeros(n), np.zeros(n)), 1.0, quad_segs=3)
    coords, index = shapely.get_coordinates(circles, return_index=True)
    stretch = rng.uniform(0.4, 1.0, n)
    angle = rng.uniform(0, np.pi, n)
    cx = coords[:, 0] * radius[index]
    cy = coords[:, 1] * radius[index] * stretch[index]
    ca, sa = np.cos(angle[index]), np.sin(angle[index])
    coords = np.column_stack([x[index] + ca * cx - sa * cy, y[index] + sa * cx + ca * cy])
    return shapely.set_coordinates(circles, coords)


def peak_rss_mb():
    """Peak resident memory of this process in MB: VmHWM (reset by exec, unlike getrusage's
    ru_maxrss, which a child inherits from its parent on Linux), else getrusage."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds():
    """User + system CPU time of this process and its finished children (gdal_rasterize runs as one)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def read(path):
    dataset = gdal.Open(str(path))  # keep the dataset referenced while its band is read
    values = dataset.GetRasterBand(1).ReadAsArray().astype(np.float64)
    dataset = None
    return values


def benchmark(folder):
    rng = np.random.default_rng(5)
    layers = {}
    for n in range(LAYERS):
        geoms = random_polygons(rng, PER_LAYER, SIDE, SIDE, (20, 200))
        layers["claims_{:02d}".format(n)] = (geoms, claim_fields(rng, PER_LAYER, (0.0, 25.0, 50.0, 100.0),
                                                                 "kind{}".format(n % 7)))
    gpkg = folder / "claims.gpkg"
    write_gpkg(gpkg, layers)
    uris = [common.layer_uri(gpkg, name) for name in layers]
    extent = "0,{0:.0f},0,{0:.0f} [EPSG:28992]".format(SIDE)
    print("{} layers x {} polygons on {:.0f} km x {:.0f} km at {:.0f} m ({:.1f} million cells), mode 1".format(
        LAYERS, PER_LAYER, SIDE / 1000, SIDE / 1000, CELL, (SIDE / CELL) ** 2 / 1e6))

    def ours(layer_uris, name, decay=0):
        started, cpu = time.perf_counter(), cpu_seconds()
        result = run("ondergrond:cumulationheatmap", {
            "LAYERS": layer_uris, "MODE": 1, "DECAY": decay, "CELL_SIZE": CELL, "EXTENT": extent,
            "OUTPUT": str(folder / name)})
        return time.perf_counter() - started, cpu_seconds() - cpu, result["OUTPUT"]

    load = os.getloadavg()[0]
    ours_time, ours_cpu, ours_path = ours(uris, "ours.tif")
    print("ours (ondergrond:cumulationheatmap): {:.1f} s (CPU {:.1f} s)".format(ours_time, ours_cpu))

    # Native chain: buffer by the radius field, rasterize the weights (-add), sum with the raster calculator.
    started, cpu = time.perf_counter(), cpu_seconds()
    burned = []
    for n, uri in enumerate(uris):
        buffered = run("native:buffer", {
            "INPUT": uri, "DISTANCE": QgsProperty.fromField("effect_radius_m"), "SEGMENTS": SEGMENTS,
            "DISSOLVE": False, "OUTPUT": str(folder / "buffer_{:02d}.gpkg".format(n))})["OUTPUT"]
        burned.append(run("gdal:rasterize", {
            "INPUT": buffered, "FIELD": "weight", "UNITS": 1, "WIDTH": CELL, "HEIGHT": CELL, "EXTENT": extent,
            "DATA_TYPE": 5, "INIT": 0, "EXTRA": "-add", "OUTPUT": str(folder / "burn_{:02d}.tif".format(n))})["OUTPUT"])
        if time.perf_counter() - started > NATIVE_BUDGET_S * 0.6 and n + 1 < len(uris):
            break
    done = len(burned)
    expression = " + ".join('"burn_{:02d}@1"'.format(n) for n in range(done))
    run("qgis:rastercalculator", {
        "EXPRESSION": expression, "LAYERS": burned, "CELLSIZE": CELL, "EXTENT": extent, "CRS": "EPSG:28992",
        "OUTPUT": str(folder / "native.tif")})
    native_time = time.perf_counter() - started
    native_cpu = cpu_seconds() - cpu
    if done < len(uris):
        print("native chain over its {:.0f} s budget: timed on {} of {} layers, extrapolated linearly".format(
            NATIVE_BUDGET_S, done, len(uris)))
        measured = native_time
        native_time = measured * len(uris) / done
        native_cpu = native_cpu * len(uris) / done
        print("native chain, {} layers: {:.1f} s -> {} layers: {:.1f} s (extrapolated)".format(
            done, measured, len(uris), native_time))
        ours_path = ours(uris[:done], "ours_subset.tif")[2]  # compare like with like
    else:
        print("native chain (buffer + gdal:rasterize -add per layer + raster calculator): {:.1f} s (CPU {:.1f} s)"
              .format(native_time, native_cpu))

    a, b = read(ours_path), read(folder / "native.tif")
    differ = np.abs(a - b) > 1e-3
    covered = (a > 0) | (b > 0)
    print("agreement: {:.3f} % of all cells differ ({:.3f} % of covered cells); largest difference {:.2f}".format(
        100 * differ.mean(), 100 * differ.sum() / max(1, covered.sum()), float(np.abs(a - b).max())))
    inside = np.abs(a - b)[~differ]
    print("   sum ours {:.0f}, native {:.0f}; cells agreeing: max |diff| {:.1e} (Float32 rounding)".format(
        a.sum(), b.sum(), float(inside.max()) if inside.size else 0.0))
    print("   (differences: buffers are {}-segment-per-quarter polygons inside the true circle;".format(SEGMENTS))
    print("    ours is exact: a cell counts when its centre is within the radius)")
    print("CPU time ratio native/ours = {:.1f}x (load average {:.1f} on {} cores when it started; wall-clock "
          "ratios shrink on a busy machine)".format(native_cpu / ours_cpu, load, os.cpu_count()))
    print_ratio(native_time, ours_time)
    decay_time = ours(uris, "ours_decay.tif", decay=1)[0]
    print("ours with linear decay (no native equivalent: QGIS's heatmap is kernel density of points): "
          "{:.1f} s".format(decay_time))


def national(folder):
    """Run the national extent in this process; print timing and peak memory."""
    rng = np.random.default_rng(7)
    xmin, ymin, xmax, ymax, cell = 0.0, 300_000.0, 300_000.0, 650_000.0, 25.0
    layers, total = {}, 100_000
    per = total // 10
    for n in range(10):
        kind = n % 3
        if kind == 0:
            geoms = random_polygons(rng, per, xmax - xmin, ymax - ymin, (100, 3000))
        elif kind == 1:
            geoms = shapely.points(rng.uniform(0, xmax - xmin, per), rng.uniform(0, ymax - ymin, per))
        else:
            start = np.column_stack([rng.uniform(0, xmax - xmin, per), rng.uniform(0, ymax - ymin, per)])
            end = start + rng.uniform(-2000, 2000, (per, 2))
            geoms = shapely.linestrings(np.stack([start, end], axis=1))
        geoms = shapely.transform(geoms, lambda c: c + [xmin, ymin])
        layers["nl_{:02d}".format(n)] = (geoms, claim_fields(rng, per, (0.0, 100.0, 500.0, 1500.0),
                                                             "kind{}".format(n % 5)))
    gpkg = folder / "national.gpkg"
    write_gpkg(gpkg, layers)
    mode = int(os.environ.get("BENCH_NATIONAL_MODE", 1))
    decay = int(os.environ.get("BENCH_NATIONAL_DECAY", 0))
    baseline = peak_rss_mb()
    started = time.perf_counter()
    result = run("ondergrond:cumulationheatmap", {
        "LAYERS": [common.layer_uri(gpkg, name) for name in layers], "MODE": mode, "DECAY": decay,
        "CELL_SIZE": cell,
        "EXTENT": "{},{},{},{} [EPSG:28992]".format(xmin, xmax, ymin, ymax), "OUTPUT": str(folder / "nl.tif")})
    elapsed = time.perf_counter() - started
    peak = peak_rss_mb()
    ncells = int((xmax - xmin) / cell) * int((ymax - ymin) / cell)
    ten_grids = 10 * ncells * 4 / 1024 ** 2
    print("national: {:.0f} km x {:.0f} km at {:.0f} m = {:.0f} million cells, {} claims, mode {}, decay {}: "
          "{:.1f} s".format((xmax - xmin) / 1000, (ymax - ymin) / 1000, cell, ncells / 1e6, result["CLAIMS"], mode,
                            decay, elapsed))
    print("national: peak memory {:.0f} MB (process incl. QGIS; {:.0f} MB before the run) vs 10 full "
          "Float32 grids = {:.0f} MB ({:.1f} %)".format(peak, baseline, ten_grids, 100 * peak / ten_grids))
    print("national: largest cell value {:.1f}, GeoTIFF {:.0f} MB".format(
        result["MAX_VALUE"], os.path.getsize(result["OUTPUT"]) / 1024 ** 2))


def main():
    args = set(sys.argv[1:])
    if "--national-child" in args:
        application, provider = common.start_qgis()
        with tempfile.TemporaryDirectory() as folder:
            national(Path(folder))
        return
    if "--national" not in args:
        application, provider = common.start_qgis()
        with tempfile.TemporaryDirectory() as folder:
            benchmark(Path(folder))
    if "--quick" not in args:
        subprocess.run([sys.executable, __file__, "--national-child"], check=True)


if __name__ == "__main__":
    main()
