"""What the benchmarks share: QGIS headless with the Ondergrond provider, one way to run an algorithm,
(wall, CPU) timing, the synthetic street profile, RD New GeoPackages, verdict counts and the ratio line.

    import common                                   # first: sets QT_QPA_PLATFORM before QGIS loads
    application, provider = common.start_qgis()
    result = common.run("ondergrond:...", {...})
    common.print_ratio(native_seconds, ours_seconds)
    common.stop_qgis(application, provider)
"""

import os
import resource
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject  # noqa: E402

# The standard street profile of the synthetic street networks: utility type, offset from the street
# centre (m), depth of top (m), diameter (m).
STREET_PROFILE = [
    ("datatransport", 7.0, 0.6, 0.05), ("laagspanning", 6.5, 0.6, 0.05), ("middenspanning", 6.0, 0.8, 0.1),
    ("gasLageDruk", 5.5, 0.7, 0.125), ("water", -6.5, 1.0, 0.16), ("datatransport", -7.0, 0.6, 0.05),
    ("gasLageDruk", -2.2, 0.7, 0.125), ("gasHogeDruk", -3.5, 1.0, 0.2), ("rioolVrijverval", 0.0, 2.0, 0.5),
    ("laagspanning", -0.9, 1.1, 0.05),
]


def start_qgis(locale="en"):
    """QGIS, Processing and the Ondergrond provider, headless; keep both returned objects referenced."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import headless

    return headless.start_qgis(locale)


def stop_qgis(application, provider, exit_qgis=True):
    from qgis.core import QgsApplication

    QgsApplication.processingRegistry().removeProvider(provider)
    if exit_qgis:
        application.exitQgis()


class Feedback(QgsProcessingFeedback):
    """Prints the errors an algorithm reports (a benchmark has no log panel)."""

    def reportError(self, text, fatalError=False):  # noqa: N802 - QGIS API
        print("   error:", text)


def new_context():
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return context


def run(algorithm, parameters, context=None, feedback=None):
    """processing.run with a fresh context on the current project (or the given context and feedback)."""
    import processing

    return processing.run(algorithm, parameters, context=context or new_context(),
                          feedback=feedback or QgsProcessingFeedback())


def output_layer(context, output):
    """An output as a layer: memory outputs come back as layer ids held by the context."""
    return context.getMapLayer(output) if isinstance(output, str) else output


def layer_uri(gpkg, name):
    """The OGR source of layer ``name`` of the GeoPackage ``gpkg``, as a Processing input."""
    return "{}|layername={}".format(gpkg, name)


def rule_tables():
    """The bundled default depths and clearances (rules/default_depths.csv, rules/clearances.csv)."""
    from ondergrond.core import reservation as res

    return (res.DefaultDepths.read(ROOT / "rules" / "default_depths.csv"),
            res.Clearances.read(ROOT / "rules" / "clearances.csv"))


def work_dir(prefix):
    """A new temporary folder (left for inspection, like the benchmarks' other outputs)."""
    import tempfile

    return Path(tempfile.mkdtemp(prefix=prefix))


def work_file(prefix, name):
    """A path ``name`` in a new temporary folder."""
    return work_dir(prefix) / name


def timed(function, *args, **kwargs):
    """(what ``function`` returns, wall seconds it took)."""
    started = time.perf_counter()
    result = function(*args, **kwargs)
    return result, time.perf_counter() - started


def clock():
    """(wall, CPU) seconds so far; CPU counts this process and its finished children (gdal_rasterize and
    gdal_polygonize run as child processes), so it stays meaningful on a busy machine."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return np.array([time.perf_counter(), own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime])


def fmt(seconds):
    return "{:.1f} s wall, {:.1f} s CPU".format(*seconds)


def rd_new_gpkg(path):
    """A new GeoPackage and the RD New (EPSG:28992) spatial reference for its layers: (dataset, srs)."""
    from osgeo import ogr, osr

    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    return dataset, srs


def count_verdicts(path, rows=1000):
    """Cells per verdict 0..3 of a verdict raster, read ``rows`` rows at a time."""
    from osgeo import gdal

    dataset = gdal.Open(str(path))
    band = dataset.GetRasterBand(1)
    counts = np.zeros(4, np.int64)
    for row0 in range(0, dataset.RasterYSize, rows):
        block = band.ReadAsArray(0, row0, dataset.RasterXSize, min(rows, dataset.RasterYSize - row0))
        counts += np.bincount(np.rint(block).astype(np.int64).ravel(), minlength=4)[:4]
    return counts


def subset_arguments(parser, pairs, cell):
    """--pairs/--full (time the native chain on a subset of the combinations and extrapolate, or on all)
    and --cell (the cell size, m; coarser for a quick run) of the raster benchmarks."""
    parser.add_argument("--pairs", type=int, default=pairs, help="combinations timed natively when extrapolating")
    parser.add_argument("--full", action="store_true", help="run the native chain on all 25 combinations")
    parser.add_argument("--cell", type=float, default=cell, help="cell size (m); coarser for a quick run")


def subset(count, args):
    """The indices of the combinations the native chain runs on: all with --full, else --pairs of them
    spread evenly over the ``count``."""
    if args.full:
        return list(range(count))
    step = max(1, count // max(1, args.pairs))
    return list(range(0, count, step))[:args.pairs]


def band_windows(functions, bands):
    """(function name, band, top, bottom) for every depth band a function can use: the depth window
    where the band and the function's own depth range overlap (the windows the suitability evaluates)."""
    for name, spec in functions.items():
        for band in bands:
            if band.top < spec.bottom and spec.top < band.bottom:
                yield name, band, max(band.top, spec.top), min(band.bottom, spec.bottom)


def print_agreement(mismatches, compared, what, columns=""):
    """"agree: <what> on all N combinations compared", or each combination where native and ours differ."""
    if mismatches:
        print("DISAGREE on {} combination(s){}:".format(len(mismatches), columns))
        for item in mismatches:
            print("   ", item)
    else:
        print("agree: {} on all {} combinations compared".format(what, compared))


def times_faster(native, ours):
    """"N.Nx wall, N.Nx CPU" for two clock() differences."""
    return "{:.1f}x wall, {:.1f}x CPU".format(native[0] / ours[0], native[1] / ours[1])


def print_kernel(kernel, seconds, native):
    """The line of the import benchmarks that times the reading kernel alone beside the native way."""
    print("kernel alone ({}, no writing): {:.1f} s; native/kernel = {:.1f}x".format(kernel, seconds, native / seconds))


def print_ratio(native, ours, note=""):
    """The line every benchmark ends with: how many times faster ours is than the native way."""
    print("ratio: native/ours = {:.1f}x{}".format(native / ours, note))
