"""Benchmark: drinking-water protection zones for a 50-well field, ours against TimML.

    python bench/drinkingwaterprotection.py [every] [--confined]

By default with recharge 0.3 m/year (a phreatic aquifer; TimML: a circular area sink of 20 km around
the field, path lines started at the well at height H exp(-N t / (n H)) leave the water table after t,
so TimML traces each travel time separately); --confined runs without recharge, as before.

A synthetic well field (50 wells of 1000 m3/d scattered over 3 x 3 km, confined aquifer 30 m,
n = 0.35, regional Darcy flux 0.02 m/d towards the north-east), three travel times (60 days, 25 and
100 years), method 1 (regional flow). The reference is TimML (Bakker's analytic element model, the
engine behind Deltares' QGIS-Tim plugin), the same flow field solved independently; its Well.capzone
traces path lines backwards from every well and we take their positions at each travel time.

Accuracy is measured three ways:
- mass balance: in steady confined flow without recharge the t-zone of the field holds exactly the
  water pumped in t, so its area must be sum(Q) t / (n H); with recharge N every stream tube reaches
  the wells in t over the fraction 1 - exp(-N t / (n H)) of its area, so the zone's area must be
  sum(Q) / N (1 - exp(-N t / (n H))) - exact, independent targets;
- agreement: the distance from TimML's path-line end points to our isochrones;
- ratio: TimML time / our time for those zones.
QGIS has no native way to compute travel-time zones, so TimML is the reference here.

Measured with recharge 0.3 m/year (one run, 2 cores shared with other jobs, load ~10): ours 110 s,
TimML 3907 s scaled (4 path lines x 3 times of one well measured), ratio 35.5x; our zones' areas
within 0.6 % of the mass balance; TimML's ends 1-4 m from our 25- and 100-year isochrones (zone radii
3.1 and 4.3 km) and 8-9 m from the 60-day ones, whose single-well radius (43 m) is less than two of
TimML's 25 m steps.
"""

import math
import sys
import time
import warnings
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import headless  # noqa: E402
import shapely  # noqa: E402

headless.import_plugin()
from ondergrond.core import traveltime as tt  # noqa: E402

N_WELLS, RATE, H, N, FLUX, DIRECTION, K = 50, 1000.0, 30.0, 0.35, 0.02, 45.0, 10.0
TIMES = [60.0, 25 * tt.YEAR_DAYS, 100 * tt.YEAR_DAYS]
TIMML_PATHLINES, TIMML_STEP = 16, 25.0  # per well; metres
# TimML needs ~12 s per well here (16 path lines of up to 5 km through 50 wells, ~2.5 ms a step), so
# it traces the capture zones of every TIMML_EVERY-th well (in the full 50-well model) and its time is
# scaled up to all wells: each well's capzone is an independent trace, so the time is linear in wells.
ARGS = [a for a in sys.argv[1:] if not a.startswith("--")]
RECHARGE_RUN = "--confined" not in sys.argv
TIMML_EVERY = int(ARGS[0]) if ARGS else (50 if RECHARGE_RUN else 6)
TIMML_PATHLINES_RECHARGE = 4  # measured with recharge (TimML traces every travel time apart), scaled to 16
RECHARGE = 0.3 if RECHARGE_RUN else 0.0  # m/year
N_DAY = RECHARGE / tt.YEAR_DAYS


def exact_area(days):
    """Mass balance of the whole field: sum(Q) t / (n H), with recharge sum(Q) / N (1 - exp(-N t / (n H)))."""
    return float(tt.zone_area(N_WELLS * RATE, days, N, H, N_DAY))


def well_field():
    rng = np.random.default_rng(1)
    return 200000 + rng.uniform(0, 3000, N_WELLS), 500000 + rng.uniform(0, 3000, N_WELLS)


def ours_through_processing(x, y):
    """The whole algorithm as a planner runs it: processing.run on a memory layer."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    application, provider = headless.start_qgis("en")
    import processing
    layer = QgsVectorLayer("Point?crs=EPSG:28992&field=rate_m3_year:double", "wells", "memory")
    features = []
    for xi, yi in zip(x, y):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(xi, yi)))
        feature["rate_m3_year"] = RATE * tt.YEAR_DAYS
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    started = time.perf_counter()
    result = processing.run("ondergrond:drinkingwaterprotection", {
        "INPUT": layer, "METHOD": 1, "THICKNESS": H, "POROSITY": N, "REGIONAL_FLUX": FLUX,
        "FLOW_DIRECTION": DIRECTION, "RECHARGE": RECHARGE, "OUTPUT": "memory:"})
    elapsed = time.perf_counter() - started
    zones = {}
    for feature in result["OUTPUT"].getFeatures():
        geometry = shapely.from_wkb(bytes(feature.geometry().asWkb()))
        zones.setdefault(feature["travel_time_days"], []).append(geometry)
    return elapsed, [shapely.union_all(zones[t]) for t in TIMES], (application, provider)


def timml_zones(x, y):
    import timml

    started = time.perf_counter()
    x0, y0 = x.mean(), y.mean()
    model = timml.ModelMaq(kaq=K, z=[H, 0], npor=N)
    wells = [timml.Well(model, xi - x0, yi - y0, Qw=RATE, rw=0.1) for xi, yi in zip(x, y)]
    timml.Uflow(model, slope=FLUX / K, angle=90 - DIRECTION)  # TimML: counter-clockwise from east
    if RECHARGE:
        timml.CircAreaSink(model, 0.0, 0.0, R=20000.0, N=N_DAY)  # centred on the field, as ours
    model.solve(silent=True)
    ends = [[] for _ in TIMES]
    traced = wells[::TIMML_EVERY]
    if RECHARGE:
        return _timml_recharge(traced, x0, y0, started, len(wells))
    for well in traced:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            traces = well.capzone(nt=TIMML_PATHLINES, hstepmax=TIMML_STEP, tmax=max(TIMES), nstepmax=100000,
                                  silent=True)
        for j, days in enumerate(TIMES):
            points = np.array([[np.interp(days, trace[:, 3], trace[:, 0]) + x0,
                                np.interp(days, trace[:, 3], trace[:, 1]) + y0] for trace in traces])
            ends[j].append(points)
    elapsed = time.perf_counter() - started
    return elapsed * len(wells) / len(traced), len(traced), [np.concatenate(e) for e in ends]


def _timml_recharge(traced, x0, y0, started, nwells):
    """TimML with recharge: one start height per travel time (the path line leaves the water table after t).

    TimML 6.9's tracer does not stop when a path line reaches the aquifer top here: it keeps stepping in
    place until nstepmax. So nstepmax is set to what a path line of that length needs, the end point is
    the first point on the top, and only the time of the steps up to it is counted (the rest is TimML's
    idle stepping, not its work). TIMML_PATHLINES_RECHARGE path lines per traced well are measured and
    the time is scaled to TIMML_PATHLINES per well and all wells (each path line is an independent trace).
    """
    ends = [[] for _ in TIMES]
    counted, missed = time.perf_counter() - started, 0
    for well in traced:
        for j, days in enumerate(TIMES):
            begin = time.perf_counter()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                traces = well.capzone(nt=TIMML_PATHLINES_RECHARGE, zstart=H * math.exp(-N_DAY * days / (N * H)),
                                      hstepmax=TIMML_STEP, tmax=2 * days, nstepmax=int(150 + 6 * days / tt.YEAR_DAYS),
                                      silent=True)
            spent = time.perf_counter() - begin
            useful = 0
            for trace in traces:
                top = np.nonzero(trace[:, 2] >= H - 1e-6)[0]
                if not len(top):
                    missed += 1
                    useful += len(trace)
                    continue
                useful += top[0] + 1
                ends[j].append(trace[top[0], :2] + (x0, y0))
            counted += spent * useful / sum(len(trace) for trace in traces)
    if missed:
        print("TimML: {} path line(s) did not reach the water table within nstepmax (left out)".format(missed))
    scale = nwells / len(traced) * TIMML_PATHLINES / TIMML_PATHLINES_RECHARGE
    return counted * scale, len(traced), [np.array(e).reshape(-1, 2) for e in ends]


def main():
    x, y = well_field()
    print("Well field: {} wells of {:g} m3/d, H {:g} m, n {:g}, q0 {:g} m/d towards {:g} deg, recharge {:g} m/year; "
          "times {}".format(N_WELLS, RATE, H, N, FLUX, DIRECTION, RECHARGE,
                            ", ".join("{:g} d".format(t) for t in TIMES)))
    ours_time, ours, _keep = ours_through_processing(x, y)
    print("ours (processing.run, method 1):      {:7.1f} s".format(ours_time))
    try:
        import timml  # noqa: F401
    except ImportError:
        print("TimML is not installed (pip install timml); no reference run.")
        return
    timml_time, traced, ends = timml_zones(x, y)
    print("TimML capzone ({} path lines/well, {:g} m steps): {:7.1f} s (measured on {} wells, scaled to {})".format(
        TIMML_PATHLINES, TIMML_STEP, timml_time, traced, N_WELLS))
    print("{:>10} {:>18} {:>34}".format("time (d)", "ours area/exact", "TimML path-line ends to ours (m)"))
    worst = 0.0
    for j, days in enumerate(TIMES):
        exact = exact_area(days)  # mass balance
        points = shapely.points(ends[j])
        # Ends inside the merged zone (on slits closed between wells) are not on its boundary.
        on_boundary = ~shapely.contains_properly(ours[j].buffer(-1.0), points)
        distance = shapely.distance(points[on_boundary], ours[j].boundary)
        worst = max(worst, abs(ours[j].area / exact - 1))
        print("{:>10.0f} {:>18.5f} {:>12.2f} median {:>7.2f} max of {:>4} (zone r {:>4.0f} m)".format(
            days, ours[j].area / exact, np.median(distance), distance.max(), len(distance),
            math.sqrt(exact / math.pi)))
    print("accuracy: largest area error of ours against the exact mass balance {:.3%}; TimML's polygons "
          "through {} path lines per well are far coarser (equal accuracy would cost TimML more)".format(
              worst, TIMML_PATHLINES))
    print("ratio: timml/ours = {:.1f}x".format(timml_time / ours_time))


if __name__ == "__main__":
    main()
