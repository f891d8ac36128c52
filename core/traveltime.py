"""Travel-time zones around abstraction wells (drinking-water protection), QGIS-free.

Two methods (textbook travel-time zones, as Infomil and the provinces use them):

* Volume balance (no regional flow): a well pumping ``Q`` [m3/d] from a confined aquifer of
  thickness ``H`` [m] and effective porosity ``n`` draws its water from a cylinder; the
  ``t``-day isochrone is the circle ``r = sqrt(Q t / (pi n H))``.
* Regional flow: the steady, confined, homogeneous flow field is the superposition of all
  wells (point sinks, complex potential ``Q / (2 pi) ln(z - z_w)``) plus a uniform regional
  Darcy flux ``q0`` [m/d]. Pore velocity = discharge / (n H). Particles start on a tiny
  circle around every well (equal angles = equal shares of the well's discharge, since the
  flow there is radial) and are traced *backwards* in time with an adaptive Dormand-Prince
  5(4) integrator, all particles of all wells at once in numpy. The ``t``-isochrone is the
  polygon through the particle positions at time ``t``; where neighbouring particles end up
  too far apart, a particle is inserted halfway (in angle) and traced too, until the
  isochrone is smooth.

Recharge (phreatic and semi-confined aquifers, Dupuit, stratified flow). With uniform recharge
``N`` [m/d] every stream tube towards a well collects the recharge that falls on it, so the wells
capture the area ``sum(Q) / N``. Horizontal velocity does not vary with depth, and continuity gives
the vertical pore velocity ``w = -N z / (n H)`` (z above the aquifer base): water recharged at the
surface sinks to the relative depth ``z / H = exp(-N t / (n H))`` after time t. Traced backwards
from the well, the water at relative height ``zeta`` reached the surface ``(n H / N) ln(1 / zeta)``
earlier *at the horizontal position the backward path has reached then*; the path does not depend on
the height. So the t-isochrone at the surface is the horizontal position at backward time t of all
particles, in a flow field whose divergence is the recharge:

* method 0 (no regional flow): one well captures the circle ``R^2 = Q / (pi N)``; water recharged
  at ``r`` reaches it after ``t = (n H / N) ln(R^2 / (R^2 - r^2))``, so the t-zone is the circle
  ``r = R sqrt(1 - exp(-N t / (n H)))`` (KWR/TRANSATOMIC's phreatic case).
* method 1: wells + uniform Darcy flux q0 + recharge over a circle centred on the well field's
  rate-weighted centre (TimML's ``CircAreaSink`` with a radius beyond all zones): inside it the
  recharge adds the radial discharge ``N r / 2`` (m2/d) from that centre, so the flux at the centre
  is the given q0 and the groundwater divide lies ``2 q0 H / N`` upstream of it. Well fields whose
  capture areas lie far apart (more than twice the sum of their capture radii) get a circle each.
* every stream tube reaches its well within t over the part nearest the well, a fraction
  ``1 - exp(-N t / (n H))`` of its area, so a recharge-fed zone has the area
  ``sum(Q) / N (1 - exp(-N t / (n H)))`` (mass balance, any number of wells and any regional flow).
* vertical delays before the water reaches the aquifer: unsaturated zone thickness x moisture
  content / N, covering aquitard thickness x porosity / N; a zone's time minus the delays is the
  time left for the aquifer; when nothing is left the zone has no area.

Analytic references used by the tests (single well in uniform flow along +x, well at 0):
stagnation point ``x_s = Q / (2 pi q0 H)``, capture-zone width far upstream ``Q / (q0 H)``,
and the travel time along the flow axis (Bear & Jacobs 1965), see ``axis_travel_time``.

Units: metres, days, m3/d. Times can be given to the parser with ``d`` or ``y`` (365.25 d).
"""

import math
import re

import numpy as np
import shapely
import shapely.affinity

from .canonical import ZONE
from .i18n import tr
from .progress import of as progress_of

YEAR_DAYS = 365.25
# Area of the Netherlands including its waters (CBS, ~41 543 km2): a zone larger than this
# means a unit mistake in the rate, and is warned about.
NETHERLANDS_AREA_M2 = 41_543e6
BORINGSVRIJE_ZONE = "boringsvrije zone"
METHOD_VOLUME_BALANCE = 0
METHOD_REGIONAL_FLOW = 1
METHOD_NAMES = {METHOD_VOLUME_BALANCE: "volume balance", METHOD_REGIONAL_FLOW: "regional flow"}

_TIME_TOKEN = re.compile(r"^\s*(\d+(?:\.\d*)?|\.\d+)\s*([a-zA-Z]*)\s*$")
_UNIT_DAYS = {"d": 1.0, "day": 1.0, "days": 1.0, "y": YEAR_DAYS, "yr": YEAR_DAYS, "year": YEAR_DAYS,
              "years": YEAR_DAYS, "j": YEAR_DAYS, "jr": YEAR_DAYS, "jaar": YEAR_DAYS, "dag": 1.0,
              "dagen": 1.0}


# --------------------------------------------------------------------------- parameters
MAX_TRAVEL_DAYS = 10000 * 365.25


def parse_travel_times(text):
    """'60d,25y,100y' -> [60.0, 9131.25, 36525.0] days (order kept). ValueError on bad text."""
    tokens = [token.strip() for token in re.split(r"[;,]", text or "") if token.strip()]
    if not tokens:
        raise ValueError(tr("Travel times: give at least one travel time, e.g. '60d,25y,100y'"))
    days = []
    for token in tokens:
        match = _TIME_TOKEN.match(token)
        unit = match.group(2).lower() if match else ""
        if not match or unit not in _UNIT_DAYS:
            raise ValueError(
                tr("Travel times: '{token}' is not a travel time; write a number followed by d (days) "
                   "or y (years of 365.25 days), e.g. '60d,25y,100y'").format(token=token))
        value = float(match.group(1)) * _UNIT_DAYS[unit]
        if value <= 0:
            raise ValueError(tr("Travel times: '{token}' must be longer than zero").format(token=token))
        if not value <= MAX_TRAVEL_DAYS:  # also NaN and an overflow to infinity
            raise ValueError(tr("Travel times: '{token}' is longer than 10,000 years; give a travel time in "
                                "days or years").format(token=token))
        if value in days:
            raise ValueError(tr("Travel times: '{token}' is given twice").format(token=token))
        days.append(value)
    return days


def parse_labels(text, count):
    """Comma-separated zone labels, exactly one per travel time."""
    labels = [label.strip() for label in (text or "").split(",")]
    labels = [label for label in labels if label]
    if len(labels) != count:
        raise ValueError(
            tr("Zone labels: {labels} label(s) given for {times} travel time(s); give exactly one "
               "label per travel time, comma separated").format(labels=len(labels), times=count))
    if len(set(labels)) != len(labels):
        raise ValueError(tr("Zone labels: every label must be different"))
    return labels


def validate_wells(ids, rates_m3_year, thickness, porosity):
    """Check per-well inputs; return (rate m3/d, H, n) float arrays. ValueError names the well."""
    rates = []
    for well_id, rate, h, n in zip(ids, rates_m3_year, thickness, porosity):
        if rate is None or not math.isfinite(rate) or rate <= 0:
            raise ValueError(
                tr("Well {id}: abstraction rate is {rate}; it must be a positive number in m3/year "
                   "(remove the well or fill in its rate)").format(id=well_id, rate=_show(rate)))
        if h is None or not math.isfinite(h) or h <= 0:
            raise ValueError(
                tr("Well {id}: aquifer thickness is {value} m; it must be larger than 0")
                .format(id=well_id, value=_show(h)))
        if n is None or not math.isfinite(n) or not 0 < n <= 1:
            raise ValueError(
                tr("Well {id}: effective porosity is {value}; it must lie in (0, 1], e.g. 0.35")
                .format(id=well_id, value=_show(n)))
        rates.append(rate / YEAR_DAYS)
    return (np.asarray(rates, float), np.asarray(thickness, float), np.asarray(porosity, float))


def _show(value):
    return "NULL" if value is None else "{:g}".format(value)


def flow_vector(direction_degrees):
    """Unit vector (east, north) of a direction in degrees clockwise from north."""
    angle = math.radians(direction_degrees)
    return np.array([math.sin(angle), math.cos(angle)])


# --------------------------------------------------------------------------- analytic formulas
def volume_balance_radius(rate_m3_day, days, porosity, thickness):
    """Radius [m] of the t-isochrone of a lone well without regional flow: sqrt(Q t / (pi n H))."""
    return np.sqrt(np.asarray(rate_m3_day) * days / (math.pi * np.asarray(porosity) * np.asarray(thickness)))


def recharge_radius(rate_m3_day, recharge_m_day):
    """Radius [m] of the area a lone well captures from uniform recharge: R = sqrt(Q / (pi N))."""
    return np.sqrt(np.asarray(rate_m3_day, float) / (math.pi * np.asarray(recharge_m_day, float)))


def zone_radius(rate_m3_day, days, porosity, thickness, recharge_m_day=0.0):
    """Radius [m] of the t-isochrone of a lone well without regional flow.

    Confined (N = 0): sqrt(Q t / (pi n H)). With recharge N > 0: R sqrt(1 - exp(-N t / (n H))),
    R^2 = Q / (pi N). ``days`` <= 0 (all time spent in the delays) gives 0.
    """
    rate, days = np.asarray(rate_m3_day, float), np.maximum(np.asarray(days, float), 0.0)
    porosity, thickness = np.asarray(porosity, float), np.asarray(thickness, float)
    recharge = np.asarray(recharge_m_day, float)
    with np.errstate(divide="ignore", invalid="ignore"):
        fed = rate / (math.pi * recharge) * -np.expm1(-recharge * days / (porosity * thickness))
    return np.sqrt(np.where(recharge > 0, fed, rate * days / (math.pi * porosity * thickness)))


def recharge_travel_time(distance, rate_m3_day, recharge_m_day, thickness, porosity):
    """Travel time [d] in the aquifer from the surface at ``distance`` [m] to a lone recharge-fed well.

    t = (n H / N) ln(R^2 / (R^2 - r^2)), R^2 = Q / (pi N); infinite at and beyond R.
    """
    r2 = np.asarray(distance, float) ** 2
    big = rate_m3_day / (math.pi * recharge_m_day)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(r2 < big, porosity * thickness / recharge_m_day * -np.log1p(-r2 / big), np.inf)


def zone_area(rate_m3_day, days, porosity, thickness, recharge_m_day=0.0):
    """Mass balance: the area [m2] whose water reaches the wells within ``days``.

    Confined: Q t / (n H) (the pore water pumped in t). Recharge-fed: Q / N (1 - exp(-N t / (n H))).
    """
    return math.pi * zone_radius(rate_m3_day, days, porosity, thickness, recharge_m_day) ** 2


def vertical_delay(recharge_m_day, unsaturated_thickness=0.0, moisture_content=0.15, aquitard_thickness=0.0,
                   aquitard_porosity=0.35):
    """Days the recharge needs to reach the aquifer: through the unsaturated zone (thickness x moisture
    content / N) and a covering aquitard (thickness x porosity / N). 0 without recharge."""
    recharge = np.asarray(recharge_m_day, float)
    water = (np.asarray(unsaturated_thickness, float) * moisture_content
             + np.asarray(aquitard_thickness, float) * aquitard_porosity)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(recharge > 0, water / recharge, 0.0)


def stagnation_distance(rate_m3_day, flux_m_day, thickness):
    """Downstream stagnation point of a lone well in uniform flow: x_s = Q / (2 pi q0 H) [m]."""
    return rate_m3_day / (2 * math.pi * flux_m_day * thickness)


def capture_width(rate_m3_day, flux_m_day, thickness):
    """Width of the capture zone far upstream: Q / (q0 H) [m]."""
    return rate_m3_day / (flux_m_day * thickness)


def axis_travel_time(distance, rate_m3_day, flux_m_day, thickness, porosity, upstream=True):
    """Travel time [d] to a lone well in uniform flow from ``distance`` [m] along the flow axis.

    Bear & Jacobs (1965). Discharge on the axis (per unit width, towards the well) at distance s:
    upstream ``q0 H + Q/(2 pi s)``, downstream ``Q/(2 pi s) - q0 H``; pore velocity = that / (n H).
    Integrating dt = n H ds / discharge with x_s = Q / (2 pi q0 H):
      upstream:   t = (n / q0) (s - x_s ln(1 + s / x_s))
      downstream: t = (n / q0) (-s - x_s ln(1 - s / x_s))   (s < x_s; infinite at the stagnation point)
    """
    s = np.asarray(distance, float)
    x_s = stagnation_distance(rate_m3_day, flux_m_day, thickness)
    if upstream:
        return porosity / flux_m_day * (s - x_s * np.log1p(s / x_s))
    with np.errstate(divide="ignore", invalid="ignore"):
        return porosity / flux_m_day * (-s - x_s * np.log1p(-s / x_s))


def axis_reach(days, rate_m3_day, flux_m_day, thickness, porosity, upstream=True):
    """Distance [m] along the flow axis reached in ``days`` (inverse of axis_travel_time, bisection)."""
    x_s = stagnation_distance(rate_m3_day, flux_m_day, thickness)
    low, high = 0.0, x_s if not upstream else x_s
    if upstream:
        while axis_travel_time(high, rate_m3_day, flux_m_day, thickness, porosity) < days:
            high *= 2
    for _ in range(200):
        mid = 0.5 * (low + high)
        if axis_travel_time(mid, rate_m3_day, flux_m_day, thickness, porosity, upstream) < days:
            low = mid
        else:
            high = mid
    return 0.5 * (low + high)


# --------------------------------------------------------------------------- method 0
def circle_polygon(x, y, radius, vertices=256):
    """A regular polygon with the same *area* as the circle (vertices slightly outside it)."""
    scale = math.sqrt(2 * math.pi / (vertices * math.sin(2 * math.pi / vertices)))
    angles = np.linspace(0, 2 * math.pi, vertices, endpoint=False)
    ring = np.column_stack([x + radius * scale * np.cos(angles), y + radius * scale * np.sin(angles)])
    return shapely.Polygon(ring)


def isochrones_volume_balance(x, y, rate, thickness, porosity, times, vertices=256, recharge=0.0, delay=0.0):
    """Per travel time a list with one circle polygon per well (empty where the delay uses up the time).

    ``recharge`` [m/d] and ``delay`` [d] per well or for all (see zone_radius, vertical_delay).
    """
    recharge = np.broadcast_to(np.asarray(recharge, float), np.shape(rate))
    delay = np.broadcast_to(np.asarray(delay, float), np.shape(rate))
    return [[circle_polygon(xi, yi, r, vertices) if r > 0 else shapely.Polygon()
             for xi, yi, r in zip(x, y, zone_radius(rate, t - delay, porosity, thickness, recharge))]
            for t in times]


# --------------------------------------------------------------------------- method 1
# Dormand-Prince 5(4) tableau.
_A = [
    [],
    [1 / 5],
    [3 / 40, 9 / 40],
    [44 / 45, -56 / 15, 32 / 9],
    [19372 / 6561, -25360 / 2187, 64448 / 6561, -212 / 729],
    [9017 / 3168, -355 / 33, 46732 / 5247, 49 / 176, -5103 / 18656],
    [35 / 384, 0, 500 / 1113, 125 / 192, -2187 / 6784, 11 / 84],
]
_B5 = np.array([35 / 384, 0, 500 / 1113, 125 / 192, -2187 / 6784, 11 / 84, 0])
_B4 = np.array([5179 / 57600, 0, 7571 / 16695, 393 / 640, -92097 / 339200, 187 / 2100, 1 / 40])


class FlowField:
    """Steady confined flow: wells (sinks, m3/d) + uniform regional Darcy flux q0 [m/d].

    Complex notation z = x + iy. A sink of strength s = Q / (2 pi) at z_w has the complex
    potential s ln(z - z_w); its discharge vector (per unit width, m2/d) is
    -s / conj(z - z_w), pointing towards the well. ``velocity(z, home)`` is the pore velocity
    [m/d] felt by particles belonging to well ``home`` (their aquifer thickness and porosity
    are those of that well): (sum of well discharges / H + q0) / n. With recharge N [m/d] over a
    circle around ``centre`` (radius beyond every zone) the discharge gains N (z - centre) / 2.
    """

    def __init__(self, x, y, rate, thickness, porosity, flux=0.0, direction=0.0, recharge=0.0, centre=0j):
        self.wells = np.column_stack([x, y]).astype(float)
        self.zw = self.wells[:, 0] + 1j * self.wells[:, 1]
        self.rate = np.asarray(rate, float)
        self.thickness = np.asarray(thickness, float)
        self.porosity = np.asarray(porosity, float)
        self.recharge = np.broadcast_to(np.asarray(recharge, float), self.rate.shape)  # m/d, per well
        self.centre = complex(centre)  # centre of the recharge circle
        east, north = flux * flow_vector(direction)
        self.uniform = complex(east, north)  # Darcy flux vector, m/d

    def velocity(self, z, home):
        # Real arithmetic and einsum: faster than complex division, and no BLAS threads (matmul
        # would spin them up, which is slow on a busy machine).
        dx = self.wells[None, :, 0] - z.real[:, None]
        dy = self.wells[None, :, 1] - z.imag[:, None]
        weight = self.rate / (2 * math.pi) / (dx * dx + dy * dy)
        qx = np.einsum("ij,ij->i", dx, weight) / self.thickness[home]
        qy = np.einsum("ij,ij->i", dy, weight) / self.thickness[home]
        velocity = qx + 1j * qy + self.uniform
        if self.recharge.any():  # recharge over a circle around the centre: discharge N r / 2 outwards
            velocity = velocity + self.recharge[home] / (2 * self.thickness[home]) * (z - self.centre)
        return velocity / self.porosity[home]


def trace_backward(field, start, home, times, tolerance=1e-6, max_steps=20000, record=False):
    """Trace particles backwards in time; positions at each of the sorted ``times`` [d].

    ``start``: (m, 2) positions on tiny circles around the wells, ``home``: (m,) well index.
    The travel time from the start circle (radius r0) to the well, pi r0^2 n H / Q, is
    accounted for. Adaptive Dormand-Prince 5(4) per particle, all particles vectorised; the
    local error is kept below ``tolerance`` times the distance from the home well.
    Returns (m, len(times), 2); with ``record`` also the pathlines: a list with, per
    particle, the (k, 3) array of x, y and time of its accepted steps up to the last time.
    """
    times = np.asarray(times, float)
    m = len(start)
    out = np.full((m, len(times)), np.nan, dtype=complex)
    z = start[:, 0] + 1j * start[:, 1]
    r0 = np.abs(z - field.zw[home])
    clock = math.pi * r0 ** 2 * field.porosity[home] * field.thickness[home] / field.rate[home]
    target = np.zeros(m, int)
    step = 0.05 * r0 / np.maximum(np.abs(field.velocity(z, home)), 1e-300)
    active = np.arange(m)
    history = [np.column_stack([z.real, z.imag, clock])] if record else None
    for _ in range(max_steps):
        if not len(active):
            break
        p, hw = z[active], home[active]
        h = np.minimum(step[active], times[target[active]] - clock[active])
        k = [-field.velocity(p, hw)]
        for stage in range(1, 7):
            increment = sum(a * kk for a, kk in zip(_A[stage], k) if a)
            k.append(-field.velocity(p + h * increment, hw))
        fifth = p + h * sum(b * kk for b, kk in zip(_B5, k) if b)
        error = h * np.abs(sum(e * kk for e, kk in zip(_B5 - _B4, k) if e))
        ratio = error / (tolerance * np.abs(fifth - field.zw[hw])) + 1e-12
        accept = ratio <= 1
        idx = active[accept]
        z[idx] = fifth[accept]
        clock[idx] += h[accept]
        if record:
            snapshot = np.full((m, 3), np.nan)
            snapshot[idx] = np.column_stack([z[idx].real, z[idx].imag, clock[idx]])
            history.append(snapshot)
        step[active] = h * np.clip(0.9 * ratio ** -0.2, 0.2, 5.0)
        # Particles that reached their next output time record it and move on.
        reached = idx[clock[idx] >= times[target[idx]] * (1 - 1e-12)]
        out[reached, target[reached]] = z[reached]
        target[reached] += 1
        active = active[target[active] < len(times)]
    else:  # pragma: no cover - guarded by tests: stagnating particles still converge
        raise RuntimeError("particle tracking did not converge")
    out = np.stack([out.real, out.imag], axis=-1)
    if record:
        stacked = np.stack(history, axis=1)  # (m, steps, 3): x, y, time
        paths = [track[~np.isnan(track[:, 0])] for track in stacked]
        return out, paths
    return out


def recharge_groups(x, y, rate, recharge):
    """Lists of well indices that share one recharge circle: wells closer than twice the sum of their
    capture radii sqrt(Q / (pi N)). Without recharge all wells form one group."""
    recharge = np.broadcast_to(np.asarray(recharge, float), np.shape(rate))
    if len(x) == 1 or not (recharge > 0).all():
        return [list(range(len(x)))]
    points = shapely.points(np.column_stack([x, y]))
    reach = 2 * recharge_radius(rate, recharge)
    parts = shapely.get_parts(shapely.union_all(shapely.buffer(points, reach, quad_segs=8)))
    well, part = shapely.STRtree(parts).query(points, predicate="within")
    owner = np.empty(len(x), int)
    owner[well] = part
    return [list(np.nonzero(owner == p)[0]) for p in np.unique(owner)]


def isochrones_regional_flow(x, y, rate, thickness, porosity, times, flux=0.0, direction=0.0,
                             particles=72, gap=0.01, max_rounds=12, tolerance=1e-5, progress=None,
                             recharge=0.0, delay=0.0):
    """Per travel time a list with one isochrone polygon per well (superposed field).

    ``recharge`` [m/d] and ``delay`` [d]: per well or for all. With recharge, every group of wells
    (see recharge_groups) is traced in its own field with the recharge circle centred on its
    rate-weighted centre; a well's zone for time t is its isochrone for t minus its delay (empty
    when that is not positive). Arguments as for _isochrones_one_field.
    """
    x, y, rate = np.asarray(x, float), np.asarray(y, float), np.asarray(rate, float)
    thickness, porosity = np.asarray(thickness, float), np.asarray(porosity, float)
    recharge = np.broadcast_to(np.asarray(recharge, float), rate.shape)
    delay = np.broadcast_to(np.asarray(delay, float), rate.shape)
    groups = recharge_groups(x, y, rate, recharge)
    result = [[shapely.Polygon()] * len(x) for _ in times]
    progress = progress_of(progress)
    for g, members in enumerate(groups):
        part = progress.part(g / len(groups), (g + 1) / len(groups))
        m = np.asarray(members)
        computed = _isochrones_one_field(x[m], y[m], rate[m], thickness[m], porosity[m], times, flux, direction,
                                         particles, gap, max_rounds, tolerance, part, recharge[m], delay[m])
        if computed is None:
            return None
        for j in range(len(times)):
            for k, w in enumerate(members):
                result[j][w] = computed[j][k]
    return result


def _isochrones_one_field(x, y, rate, thickness, porosity, times, flux=0.0, direction=0.0,
                          particles=72, gap=0.01, max_rounds=12, tolerance=1e-5, progress=None,
                          recharge=None, delay=None):
    """Per travel time a list with one isochrone polygon per well (superposed field).

    ``gap``: the largest allowed distance between neighbouring particles on an isochrone, as a
    fraction of that well's volume-balance radius for that time. Neighbours further apart get
    a particle halfway (in start angle), for up to ``max_rounds`` rounds. Neighbours that still
    lie far apart straddle a dividing streamline into a stagnation point (one waits there, the
    other has left along the capture-zone boundary); between them the isochrone follows the
    pathline of the one that left, which is inserted.
    ``progress`` (core/progress.py): when cancelled, returns None.
    """
    progress = progress_of(progress)
    x, y = np.asarray(x, float), np.asarray(y, float)
    recharge = np.zeros(len(x)) if recharge is None else np.asarray(recharge, float)
    delay = np.zeros(len(x)) if delay is None else np.asarray(delay, float)
    # Local coordinates keep tiny start circles exact; with recharge the origin is the centre of the
    # recharge circle, the rate-weighted centre of the wells.
    if recharge.any():
        origin = np.array([np.average(x, weights=rate), np.average(y, weights=rate)])
    else:
        origin = np.array([x.mean(), y.mean()])
    field = FlowField(x - origin[0], y - origin[1], rate, thickness, porosity, flux, direction, recharge)
    times = np.asarray(times, float)
    # Each well's zone for time t is traced to t minus its delay; all wells' times are traced together.
    left = times[None, :] - delay[:, None]  # (nwell, ntimes)
    sorted_times = np.unique(left[left > 0])
    nwell = len(field.wells)
    if not len(sorted_times):
        return [[shapely.Polygon()] * nwell for _ in times]
    # Start radius: tiny compared with the smallest zone, the nearest neighbour and x_s, so
    # the flow there is radial and equal angles carry equal discharge.
    r0 = 1e-3 * zone_radius(field.rate, sorted_times[0], field.porosity, field.thickness, field.recharge)
    if nwell > 1:
        points = shapely.points(field.wells)
        _, dist = shapely.STRtree(points).query_nearest(points, exclusive=True, return_distance=True,
                                                         all_matches=False)
        r0 = np.minimum(r0, 1e-3 * np.maximum(dist, 1e-3))
    if flux > 0:
        r0 = np.minimum(r0, 1e-3 * stagnation_distance(field.rate, flux, field.thickness))
    limit = gap * _field_scale(field, sorted_times)  # (nwell, ntimes)
    smallest_angle = 2 * math.pi / (particles * 2.0 ** max_rounds)

    angles = [np.linspace(0, 2 * math.pi, particles, endpoint=False) for _ in range(nwell)]
    positions = _trace_angles(field, angles, r0, sorted_times, tolerance)
    for round_number in range(max_rounds):
        progress.set(0.8 * (round_number + 1) / max_rounds)
        if progress.canceled():
            return None
        new_angles = []
        for w in range(nwell):
            wide = _wide_pairs(positions[w], limit[w]).any(axis=1)
            a = angles[w]
            da = (np.roll(a, -1) - a) % (2 * math.pi)
            wide &= da > smallest_angle
            new_angles.append((a + da / 2)[wide] % (2 * math.pi))
        if not any(len(a) for a in new_angles):
            break
        new_positions = _trace_angles(field, new_angles, r0, sorted_times, tolerance)
        for w in range(nwell):
            if len(new_angles[w]):
                merged = np.concatenate([angles[w], new_angles[w]])
                sort = np.argsort(merged, kind="stable")
                angles[w] = merged[sort]
                positions[w] = np.concatenate([positions[w], new_positions[w]])[sort]
    progress.set(0.9)
    if progress.canceled():
        return None
    rings = _follow_dividing_streamlines(field, angles, positions, r0, sorted_times, limit, tolerance)
    result = []
    for j in range(len(times)):
        column = np.searchsorted(sorted_times, left[:, j])
        result.append([shapely.affinity.translate(_ring_polygon(rings[w][column[w]], limit[w, column[w]]), *origin)
                       if left[w, j] > 0 else shapely.Polygon() for w in range(nwell)])
    return result


def _field_scale(field, times):
    """(nwell, ntimes) size of the zone each well shares: the equivalent radius of the connected
    group of volume-balance circles it belongs to (its own radius when it stands alone)."""
    times = np.asarray(times, float)
    radius = zone_radius(field.rate[:, None], times if times.ndim == 2 else times[None, :],
                         field.porosity[:, None], field.thickness[:, None], field.recharge[:, None])
    if len(field.wells) == 1:
        return radius
    points = shapely.points(field.wells)
    scale = radius.copy()
    for j in range(radius.shape[1]):
        if not radius[:, j].any():
            continue
        parts = shapely.get_parts(shapely.union_all(shapely.buffer(points, radius[:, j], quad_segs=8)))
        well, part = shapely.STRtree(parts).query(points, predicate="within")
        scale[well, j] = np.sqrt(shapely.area(parts[part]) / math.pi)
    return scale


def _wide_pairs(points, limit):
    """(k, ntimes) bool: the gap from particle i to particle i+1 (cyclic) exceeds the limit."""
    following = np.roll(points, -1, axis=0)
    spacing = np.hypot(*(following - points).transpose(2, 0, 1))
    return spacing > limit[None, :]


def _follow_dividing_streamlines(field, angles, positions, r0, times, limit, tolerance):
    """Rings per well per time, with pathlines inserted into gaps refinement could not close."""
    wide = [_wide_pairs(positions[w], limit[w]) for w in range(len(angles))]
    # Retrace, with their pathlines, the particles on both sides of each remaining gap.
    wanted = [np.unique(np.concatenate([np.nonzero(g.any(axis=1))[0],
                                        (np.nonzero(g.any(axis=1))[0] + 1) % len(g)])) for g in wide]
    paths = {}
    if any(len(i) for i in wanted):
        home = np.concatenate([np.full(len(i), w) for w, i in enumerate(wanted)]).astype(int)
        theta = np.concatenate([angles[w][i] for w, i in enumerate(wanted)])
        start = field.wells[home] + r0[home][:, None] * np.column_stack([np.cos(theta), np.sin(theta)])
        _, traced = trace_backward(field, start, home, times, tolerance, record=True)
        keys = [(w, int(i)) for w, index in enumerate(wanted) for i in index]
        paths = dict(zip(keys, traced))
    rings = []
    for w in range(len(angles)):
        per_time = []
        for j in range(len(times)):
            ring = positions[w][:, j, :]
            gaps = np.nonzero(wide[w][:, j])[0]
            if not len(gaps):
                per_time.append(ring)
                continue
            pieces, previous = [], 0
            for i in gaps:
                following = (i + 1) % len(ring)
                pieces.append(ring[previous:i + 1])
                pieces.append(_gap_path(paths[(w, i)], paths[(w, following)], times[j], limit[w, j]))
                previous = i + 1
            pieces.append(ring[previous:])
            per_time.append(np.concatenate(pieces))
        rings.append(per_time)
    return rings


def _gap_path(path_a, path_b, days, limit):
    """Points to insert between isochrone vertices a and b (ring order a -> b).

    a and b straddle a dividing streamline: their pathlines run together up to a stagnation
    point and part there along opposite branches (one may still be waiting at it). Between them
    the isochrone runs back along a's pathline to where the two part, then out along b's.
    ``path_*`` are (k, 3) arrays of x, y, time.
    """
    a = path_a[path_a[:, 2] < days, :2]
    b = path_b[path_b[:, 2] < days, :2]
    if len(a) < 2 or len(b) < 2:
        return np.empty((0, 2))
    return np.concatenate([_parted(a, b, limit)[::-1], _parted(b, a, limit)])


def _parted(path, other, limit):
    """The part of ``path`` from where it leaves ``other`` (further than limit / 2) on."""
    distance = shapely.distance(shapely.points(path), shapely.LineString(other))
    apart = np.nonzero(distance > 0.5 * limit)[0]
    if not len(apart):
        return np.empty((0, 2))
    return path[apart[0]:]


def _trace_angles(field, angles, r0, times, tolerance):
    """Trace the particles starting at ``angles[w]`` on the r0 circle of each well w."""
    counts = [len(a) for a in angles]
    if not sum(counts):
        return [np.empty((0, len(times), 2)) for _ in angles]
    home = np.repeat(np.arange(len(angles)), counts)
    theta = np.concatenate(angles)
    start = field.wells[home] + r0[home][:, None] * np.column_stack([np.cos(theta), np.sin(theta)])
    traced = trace_backward(field, start, home, times, tolerance)
    return np.split(traced, np.cumsum(counts)[:-1])


def _ring_polygon(ring, limit):
    """The polygon through an isochrone's vertices.

    Particles right beside a dividing streamline are ill-conditioned (they wait at a stagnation
    point for an exponentially sensitive time), so the ring can fold back on itself along the
    capture-zone boundary. Such folds are repaired keeping the enclosed area, slits narrower than
    ``limit`` are closed, and loose slivers (numerical, a tiny fraction of the area) are dropped.
    """
    polygon = shapely.Polygon(ring)
    if polygon.is_valid:
        return polygon
    fixed = _polygonal(shapely.make_valid(polygon, method="structure"))
    if fixed.geom_type == "MultiPolygon":
        fixed = _polygonal(fixed.buffer(0.5 * limit, quad_segs=4).buffer(-0.5 * limit, quad_segs=4))
    if fixed.geom_type == "MultiPolygon":
        parts = shapely.get_parts(fixed)
        fixed = parts[np.argmax(shapely.area(parts))]
    return fixed


def _polygonal(geometry):
    """The polygonal part of any geometry as a (Multi)Polygon."""
    parts = shapely.get_parts(geometry)
    while any(part.geom_type in ("MultiPolygon", "GeometryCollection") for part in parts):
        parts = shapely.get_parts(parts)
    polygons = [part for part in parts if part.geom_type == "Polygon" and not part.is_empty]
    return shapely.union_all(polygons) if polygons else shapely.Polygon()


# --------------------------------------------------------------------------- grouping
def group_zones(isochrones, x, y, times, labels, snap=None):
    """Union each zone over all wells; one record per connected part (a group of wells).

    With regional flow the zones of neighbouring wells meet along the dividing streamlines
    between them, where the travel time is infinite: exactly they only touch in a slit. Slits and
    gaps narrower than 2 ``snap[j]`` (m) are closed, and areas a zone encloses (the near-stagnant
    water between the wells of a field) are included: for protection they belong to the zone.
    Returns a list of dicts with ``zone``, ``travel_time_days``, ``wells`` (sorted well
    indices inside the part), ``geometry`` (shapely Polygon) and ``area_m2``; ordered from the
    largest travel time to the smallest (small zones drawn on top).
    """
    points = shapely.points(np.column_stack([x, y]))
    records = []
    for j in sorted(range(len(times)), key=lambda i: -times[i]):
        polygons = np.asarray(isochrones[j], dtype=object)
        if snap is not None and snap[j] > 0 and len(polygons) > 1:
            grown = shapely.union_all(shapely.buffer(polygons, snap[j], quad_segs=4))
            merged = shapely.union_all([shapely.buffer(grown, -snap[j], quad_segs=4), *polygons])
        else:
            merged = shapely.union_all(polygons)
        parts = [part for part in shapely.get_parts(_polygonal(merged)) if part.area > 0]
        if snap is not None:
            parts = [shapely.Polygon(part.exterior) for part in parts]
        tree = shapely.STRtree(parts)
        well_index, part_index = tree.query(points, predicate="intersects")
        for p, part in enumerate(parts):
            wells = sorted(int(w) for w in well_index[part_index == p])
            if not wells:  # a numerical sliver without a well
                continue
            records.append({ZONE: labels[j], "travel_time_days": float(times[j]), "wells": wells,
                            "geometry": part, "area_m2": float(part.area)})
    return records


def closing_distances(x, y, rate, thickness, porosity, times, gap=0.01, recharge=0.0, delay=0.0):
    """Per time the distance (m) within which neighbouring wells' regional-flow zones are joined:
    ``gap`` times the size of the largest shared zone (see _field_scale)."""
    field = FlowField(x, y, rate, thickness, porosity, recharge=recharge)
    left = np.asarray(times, float)[None, :] - np.broadcast_to(np.asarray(delay, float), field.rate.shape)[:, None]
    return gap * _field_scale(field, left).max(axis=0)


def protection_zones(x, y, rate_m3_day, thickness, porosity, times, labels, method=METHOD_VOLUME_BALANCE,
                     flux=0.0, direction=0.0, protective_depth=None, progress=None, recharge=0.0, delay=0.0,
                     **options):
    """All zones as records (see group_zones), plus the boringsvrije zone when a depth is given.

    ``recharge`` [m/d] and ``delay`` [d] (vertical_delay) per well or for all. Each record also has
    ``method``, ``top_m`` and ``bottom_m`` (None = unbounded), ``recharge_m_year`` and ``delay_days``
    (the rate-weighted means over its wells). ``progress`` (core/progress.py): when cancelled, returns None.
    """
    recharge = np.broadcast_to(np.asarray(recharge, float), np.shape(rate_m3_day))
    delay = np.broadcast_to(np.asarray(delay, float), np.shape(rate_m3_day))
    if (recharge < 0).any():
        raise ValueError(tr("Recharge must be zero or positive (m/year)"))
    x, y = np.asarray(x, float), np.asarray(y, float)
    if not len(x):
        raise ValueError(tr("There are no wells to compute zones for"))
    if flux < 0:
        raise ValueError(tr("Regional flux must be zero or positive (m/d)"))
    if protective_depth is not None and protective_depth < 0:
        raise ValueError(tr("Protective layer depth must be zero or more metres below ground level"))
    if method == METHOD_REGIONAL_FLOW:
        isochrones = isochrones_regional_flow(x, y, rate_m3_day, thickness, porosity, times, flux, direction,
                                              progress=progress, recharge=recharge, delay=delay, **options)
        if isochrones is None:
            return None
        snap = closing_distances(x, y, rate_m3_day, thickness, porosity, times, options.get("gap", 0.01),
                                 recharge, delay)
    else:
        snap = None
        isochrones = isochrones_volume_balance(x, y, rate_m3_day, thickness, porosity, times, recharge=recharge,
                                               delay=delay)
    records = group_zones(isochrones, x, y, times, labels, snap)
    weights = np.asarray(rate_m3_day, float)
    for record in records:
        wells = record["wells"]
        record.update(method=METHOD_NAMES[method], top_m=0.0, bottom_m=None,
                      recharge_m_year=round(float(np.average(recharge[wells], weights=weights[wells]) * YEAR_DAYS), 9),
                      delay_days=round(float(np.average(delay[wells], weights=weights[wells])), 6))
    if protective_depth is not None:
        largest = max(times)
        extra = [dict(record, zone=BORINGSVRIJE_ZONE, top_m=float(protective_depth), bottom_m=None)
                 for record in records if record["travel_time_days"] == largest]
        records = extra + records
    return records


def oversized_wells(rate_m3_day, thickness, porosity, largest_days):
    """Indices of wells whose volume-balance zone for the largest time exceeds the Netherlands."""
    area = np.asarray(rate_m3_day) * largest_days / (np.asarray(porosity) * np.asarray(thickness))
    return np.nonzero(area > NETHERLANDS_AREA_M2)[0]
