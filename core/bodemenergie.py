"""Ground energy (bodemenergie): thermal influence areas, interference and free space. QGIS-free.

Open systems (WKO): each well stores a volume V (m3 per season) in its screened aquifer thickness
H = screen bottom - screen top. The water's heat fills a cylinder of aquifer around the well:

    thermal radius    r_th = sqrt(c_w V / (c_aq pi H))      (c_w water, c_aq saturated aquifer, MJ/m3K)
    hydraulic radius  r_h  = sqrt(V / (n pi H))              (n porosity)

Closed systems (BES, bodemlussen): a loop of length L exchanges an energy E (MWh per year) with the
ground. Spread over a cylinder of radius r and height L with heat capacity c_aq, it changes the
temperature by dT = E / (c_aq pi r^2 L); the influence area is where that change reaches the
threshold dT of the rules table:

    loop radius       r = sqrt(E * 3600 / (c_aq pi L dT))   (E in MWh, 1 MWh = 3600 MJ)

the same heat balance as the thermal radius of a well (E = c_w V dT_well), without conduction losses,
so an upper estimate for one season's storage.

Interference: the required distance between two elements is ``factor x combine(r_a, r_b)`` from the
distance table (pair well-well / well-loop / loop-loop, relation within / between systems,
temperature same / opposite); pairs closer than that are reported, with whether their depth ranges
overlap and whether they exist at the same time.
"""

import math
from dataclasses import dataclass

import numpy as np
import shapely

from .canonical import UNBOUNDED
from .grid import Tile
from .i18n import tr
from .progress import of as progress_of
from .tables import TableError, read_table

MJ_PER_MWH = 3600.0
WATER_HEAT_CAPACITY = 4.2  # MJ/m3K
AQUIFER_HEAT_CAPACITY = 2.8  # MJ/m3K, saturated sandy aquifer
POROSITY = 0.3

WARM, COLD, CLOSED = "warm", "koud", "gesloten"
WELL_TYPES = {"warm": WARM, "w": WARM, "warme bron": WARM, "koud": COLD, "koude": COLD, "cold": COLD,
              "k": COLD, "c": COLD, "koude bron": COLD}

PAIRS = ("well-well", "well-loop", "loop-loop")
RELATIONS = ("within", "between")
TEMPERATURES = ("same", "opposite")
COMBINES = ("mean", "max", "sum")
# Verdicts of a pair that is closer than the rules allow but cannot interfere.
SEPARATED_DEPTH, SEPARATED_TIME = "separated_depth", "separated_time"

NO_YEAR_LOW, NO_YEAR_HIGH = -1_000_000, 1_000_000  # open validity ends as numbers


# ------------------------------------------------------------------------------------------ formulas

def thermal_radius(volume, thickness, c_water=WATER_HEAT_CAPACITY, c_aquifer=AQUIFER_HEAT_CAPACITY):
    """r_th = sqrt(c_w V / (c_aq pi H)), element-wise (m)."""
    return np.sqrt(c_water * np.asarray(volume, float) / (c_aquifer * math.pi * np.asarray(thickness, float)))


def hydraulic_radius(volume, thickness, porosity=POROSITY):
    """r_h = sqrt(V / (n pi H)), element-wise (m)."""
    return np.sqrt(np.asarray(volume, float) / (porosity * math.pi * np.asarray(thickness, float)))


def loop_radius(energy_mwh, length, delta_t, c_aquifer=AQUIFER_HEAT_CAPACITY):
    """r = sqrt(E / (c_aq pi L dT)) with E in MWh/year converted to MJ, element-wise (m)."""
    return np.sqrt(np.asarray(energy_mwh, float) * MJ_PER_MWH
                   / (c_aquifer * math.pi * np.asarray(length, float) * delta_t))


def combine(how, a, b):
    if how == "mean":
        return (a + b) / 2.0
    if how == "max":
        return np.maximum(a, b)
    return a + b


# ------------------------------------------------------------------------------------------ rules

@dataclass(frozen=True)
class DistanceRule:
    pair: str
    relation: str  # within / between / *
    temperature: str  # same / opposite / *
    factor: float
    combine: str
    verdict: str
    note: str
    source: str
    row: int

    def describe(self):
        how = {"mean": tr("the mean thermal radius"), "max": tr("the larger thermal radius"),
               "sum": tr("the sum of the thermal radii")}[self.combine]
        return tr("{factor:g} x {how}").format(factor=self.factor, how=how)


@dataclass(frozen=True)
class DistanceRules:
    rules: tuple
    delta_t: float
    delta_t_source: str

    def lookup(self, pair, relation, temperature):
        """The most specific rule for a pair (exact values beat '*'), or None."""
        best, best_score = None, -1
        for rule in self.rules:
            if rule.pair != pair:
                continue
            if rule.relation not in ("*", relation) or rule.temperature not in ("*", temperature):
                continue
            score = (rule.relation != "*") + (rule.temperature != "*")
            if score > best_score:
                best, best_score = rule, score
        return best

    @property
    def max_factor(self):
        return max((rule.factor for rule in self.rules), default=0.0)


def read_distance_rules(path):
    """``bodemenergie_distances.csv`` -> DistanceRules; errors name file, row and column."""
    rows = read_table(path, ("quantity", "value"), numeric=("value",),
                      optional=("pair", "relation", "temperature", "combine", "verdict", "note", "source"),
                      choices={"quantity": {"distance", "delta_t"}})
    name = str(path).replace("\\", "/").rsplit("/", 1)[-1]
    rules, delta_t, delta_source, seen = [], None, "", {}

    def check(row, column, allowed):
        value = row.get(column, "").strip().lower() or "*"
        if value not in allowed:
            raise TableError(tr(
                "Table {file}, row {row}, column '{column}': '{value}' is not one of {allowed}.").format(
                file=name, row=row["_row"], column=column, value=value, allowed=", ".join(allowed)))
        return value

    for row in rows:
        value = row["value"]
        if not math.isfinite(value) or value < 0:
            raise TableError(tr(
                "Table {file}, row {row}, column 'value': {value} must be a number of 0 or more.").format(
                file=name, row=row["_row"], value=value))
        if row["quantity"] == "delta_t":
            if value <= 0:
                raise TableError(tr("Table {file}, row {row}: the temperature change delta_t must be larger than "
                                    "0 K.").format(file=name, row=row["_row"]))
            delta_t, delta_source = value, row.get("source", "")
            continue
        pair = check(row, "pair", PAIRS)
        relation = check(row, "relation", RELATIONS + ("*",))
        temperature = check(row, "temperature", TEMPERATURES + ("*",))
        how = row.get("combine", "").strip().lower() or "mean"
        if how not in COMBINES:
            raise TableError(tr("Table {file}, row {row}, column 'combine': '{value}' is not one of {allowed}.").format(
                file=name, row=row["_row"], value=how, allowed=", ".join(COMBINES)))
        key = (pair, relation, temperature)
        if key in seen:
            raise TableError(tr("Table {file}, row {row}: a distance rule for {pair}, {relation}, {temperature} "
                                "already exists in row {first}.").format(
                file=name, row=row["_row"], pair=pair, relation=relation, temperature=temperature, first=seen[key]))
        seen[key] = row["_row"]
        rules.append(DistanceRule(pair, relation, temperature, value, how,
                                  row.get("verdict", "").strip() or "interference", row.get("note", ""),
                                  row.get("source", ""), row["_row"]))
    if delta_t is None:
        raise TableError(tr("Table {file} has no row with quantity 'delta_t': the temperature change (K) that bounds "
                            "the influence area of a closed loop.").format(file=name))
    return DistanceRules(tuple(rules), delta_t, delta_source)


@dataclass(frozen=True)
class ConflictRule:
    kind: str
    verdict: str  # excluded / conditional
    note: str


def read_conflict_rules(path, open_function, closed_function):
    """The rules of the suitability table for the open and the closed function that forbid or condition.

    Returns ({kind_key: ConflictRule} for open systems, {...} for closed ones). Rules 'allowed' and
    'required' do not make conflicts.
    """
    rows = read_table(path, ("function", "kind", "verdict"), optional=("note", "source"))
    wanted = {kind_key(open_function): {}, kind_key(closed_function): {}}
    for row in rows:
        function = kind_key(row["function"])
        if function in wanted and row["verdict"].strip().lower() in ("excluded", "conditional"):
            note = row.get("note", "") or row.get("source", "")
            wanted[function][kind_key(row["kind"])] = ConflictRule(row["kind"], row["verdict"].strip().lower(), note)
    return wanted[kind_key(open_function)], wanted[kind_key(closed_function)]


def kind_key(text) -> str:
    return " ".join(str(text).split()).lower()


# ------------------------------------------------------------------------------------------ elements

@dataclass
class Elements:
    """Wells and loops as parallel arrays (wells first)."""

    x: np.ndarray
    y: np.ndarray
    system: np.ndarray  # str
    well_type: np.ndarray  # warm / koud / gesloten
    is_loop: np.ndarray
    top: np.ndarray
    bottom: np.ndarray
    radius: np.ndarray  # thermal radius (m)
    hydraulic: np.ndarray  # hydraulic radius (m), NaN for loops
    first: np.ndarray  # first valid year (NO_YEAR_LOW when open)
    last: np.ndarray

    def __len__(self):
        return len(self.x)

    def take(self, index):
        return Elements(**{name: getattr(self, name)[index] for name in self.__dataclass_fields__})

    def circles(self, quad_segs=16):
        return shapely.buffer(shapely.points(self.x, self.y), self.radius, quad_segs=quad_segs)


def normalise_well_type(value):
    """'warm' / 'koud' from the usual spellings, None when not recognised."""
    if value is None:
        return None
    return WELL_TYPES.get(" ".join(str(value).split()).lower())


def make_elements(wells=None, loops=None, c_water=WATER_HEAT_CAPACITY, c_aquifer=AQUIFER_HEAT_CAPACITY,
                  porosity=POROSITY, delta_t=0.5):
    """Elements from plain arrays.

    ``wells``: dict with x, y, system, well_type (warm/koud), volume, screen_top, screen_bottom, first, last.
    ``loops``: dict with x, y, system, energy (MWh/year), depth (loop length, m), first, last.
    first/last: years or None/NaN for open ends. Raises ValueError for impossible values.
    """
    parts = []
    if wells is not None and len(wells["x"]):
        volume = np.asarray(wells["volume"], float)
        top = np.asarray(wells["screen_top"], float)
        bottom = np.asarray(wells["screen_bottom"], float)
        thickness = bottom - top
        if not (np.all(np.isfinite(volume)) and np.all(volume > 0)):
            raise ValueError(tr("Every well needs a volume larger than 0 m3."))
        if not (np.all(np.isfinite(thickness)) and np.all(thickness > 0) and np.all(top >= 0)):
            raise ValueError(tr("Every well needs a screen with top >= 0 and bottom below the top (m below ground "
                                "level)."))
        kinds = np.array([normalise_well_type(v) for v in wells["well_type"]], dtype=object)
        if any(k is None for k in kinds):
            raise ValueError(tr("Every well needs a well type 'warm' or 'koud'."))
        parts.append({
            "x": np.asarray(wells["x"], float), "y": np.asarray(wells["y"], float),
            "system": np.asarray([str(s) for s in wells["system"]], dtype=object), "well_type": kinds,
            "is_loop": np.zeros(len(volume), bool), "top": top, "bottom": bottom,
            "radius": thermal_radius(volume, thickness, c_water, c_aquifer),
            "hydraulic": hydraulic_radius(volume, thickness, porosity),
            "first": _years(wells.get("first"), len(volume), NO_YEAR_LOW),
            "last": _years(wells.get("last"), len(volume), NO_YEAR_HIGH)})
    if loops is not None and len(loops["x"]):
        energy = np.asarray(loops["energy"], float)
        depth = np.asarray(loops["depth"], float)
        if not (np.all(np.isfinite(energy)) and np.all(energy > 0)):
            raise ValueError(tr("Every closed loop needs a yearly energy larger than 0 MWh."))
        if not (np.all(np.isfinite(depth)) and np.all(depth > 0)):
            raise ValueError(tr("Every closed loop needs a depth (loop length) larger than 0 m."))
        n = len(energy)
        parts.append({
            "x": np.asarray(loops["x"], float), "y": np.asarray(loops["y"], float),
            "system": np.asarray([str(s) for s in loops["system"]], dtype=object),
            "well_type": np.full(n, CLOSED, dtype=object), "is_loop": np.ones(n, bool),
            "top": np.zeros(n), "bottom": depth, "radius": loop_radius(energy, depth, delta_t, c_aquifer),
            "hydraulic": np.full(n, np.nan), "first": _years(loops.get("first"), n, NO_YEAR_LOW),
            "last": _years(loops.get("last"), n, NO_YEAR_HIGH)})
    if not parts:
        empty = np.empty(0)
        return Elements(empty, empty, np.empty(0, object), np.empty(0, object), np.empty(0, bool), empty, empty,
                        empty, empty, empty, empty)
    return Elements(**{name: np.concatenate([part[name] for part in parts]) for name in parts[0]})


def _years(values, n, open_value):
    if values is None:
        return np.full(n, float(open_value))
    out = np.array([open_value if v is None or (isinstance(v, float) and math.isnan(v)) else v for v in values],
                   dtype=float)
    return out


def valid_in(elements, year):
    """Boolean mask of the elements valid in ``year`` (inclusive)."""
    return (elements.first <= year) & (elements.last >= year)


# ------------------------------------------------------------------------------------------ interference

@dataclass
class Interference:
    a: np.ndarray
    b: np.ndarray
    distance: np.ndarray
    required: np.ndarray
    depth_overlap: np.ndarray
    depth_overlap_m: np.ndarray
    time_overlap: np.ndarray
    rule: list  # DistanceRule per pair
    relation: np.ndarray  # within / between
    verdict: np.ndarray

    def __len__(self):
        return len(self.a)

    @property
    def overlap(self):
        return self.required - self.distance


def _pair_keys(elements, a, b):
    loops = elements.is_loop[a].astype(int) + elements.is_loop[b].astype(int)
    pair = np.array(PAIRS, dtype=object)[loops]
    same_system = elements.system[a] == elements.system[b]
    relation = np.where(same_system, "within", "between").astype(object)
    same_type = elements.well_type[a] == elements.well_type[b]
    temperature = np.where(loops > 0, "*", np.where(same_type, "same", "opposite")).astype(object)
    return pair, relation, temperature


def candidate_pairs(elements, max_factor):
    """Index pairs (a < b) that may be closer than max_factor x (r_a + r_b): one STRtree query."""
    n = len(elements)
    if n < 2 or max_factor <= 0:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    points = shapely.points(elements.x, elements.y)
    tree = shapely.STRtree(points)
    # factor x combine(r_a, r_b) <= factor x (r_a + r_b) <= 2 factor max(r_a, r_b): the element with the
    # larger radius finds the pair within 2 factor r of itself.
    source, target = tree.query(points, predicate="dwithin", distance=2.0 * max_factor * elements.radius)
    keep = source != target
    a, b = np.minimum(source[keep], target[keep]), np.maximum(source[keep], target[keep])
    if not len(a):
        return a, b
    codes = np.unique(a.astype(np.int64) * n + b)
    return codes // n, codes % n


def interference(elements, rules):
    """Pairs of elements closer than the distance rules require (see module doc)."""
    a, b = candidate_pairs(elements, rules.max_factor)
    pair, relation, temperature = _pair_keys(elements, a, b)
    # One lookup per distinct key, then arrays.
    keys = {}
    rule_index = np.full(len(a), -1)
    table = []
    for i, key in enumerate(zip(pair, relation, temperature)):
        if key not in keys:
            rule = rules.lookup(*key)
            keys[key] = -1 if rule is None else len(table)
            if rule is not None:
                table.append(rule)
        rule_index[i] = keys[key]
    has = rule_index >= 0
    a, b, relation, rule_index = a[has], b[has], relation[has], rule_index[has]
    factor = np.array([table[i].factor for i in rule_index]) if len(a) else np.empty(0)
    how = np.array([table[i].combine for i in rule_index], dtype=object) if len(a) else np.empty(0, object)
    ra, rb = elements.radius[a], elements.radius[b]
    base = np.where(how == "mean", (ra + rb) / 2.0, np.where(how == "max", np.maximum(ra, rb), ra + rb))
    required = factor * base
    distance = np.hypot(elements.x[a] - elements.x[b], elements.y[a] - elements.y[b])
    close = distance < required
    a, b, relation, rule_index = a[close], b[close], relation[close], rule_index[close]
    distance, required = distance[close], required[close]
    overlap_m = np.minimum(elements.bottom[a], elements.bottom[b]) - np.maximum(elements.top[a], elements.top[b])
    depth_overlap = overlap_m > 0
    time_overlap = np.maximum(elements.first[a], elements.first[b]) <= np.minimum(elements.last[a], elements.last[b])
    rules_of = [table[i] for i in rule_index]
    verdict = np.array([rule.verdict for rule in rules_of], dtype=object) if rules_of else np.empty(0, object)
    verdict = np.where(~depth_overlap, SEPARATED_DEPTH, np.where(~time_overlap, SEPARATED_TIME, verdict)).astype(object)
    order = np.lexsort((b, a))
    return Interference(a[order], b[order], distance[order], required[order], depth_overlap[order],
                        np.maximum(overlap_m[order], 0.0), time_overlap[order], [rules_of[i] for i in order],
                        relation[order], verdict[order])


def period_text(first, last):
    low = "" if first <= NO_YEAR_LOW else "{:d}".format(int(first))
    high = "" if last >= NO_YEAR_HIGH else "{:d}".format(int(last))
    if not low and not high:
        return tr("always")
    return "{}-{}".format(low or "...", high or "...")


def reasons(elements, result):
    """A sentence per interfering pair: who, how close, which rule, depth and time."""
    texts = []
    for k in range(len(result)):
        a, b, rule = result.a[k], result.b[k], result.rule[k]
        base = tr("{type_a} of {sys_a} and {type_b} of {sys_b} are {d:.0f} m apart; {rule} = {req:.0f} m required "
                  "({pair}, {relation}, {temperature})").format(
            type_a=elements.well_type[a], sys_a=elements.system[a], type_b=elements.well_type[b],
            sys_b=elements.system[b], d=result.distance[k], rule=rule.describe(), req=result.required[k],
            pair=rule.pair, relation=result.relation[k], temperature=rule.temperature)
        depths = tr("depths {ta:g}-{ba:g} m and {tb:g}-{bb:g} m").format(
            ta=elements.top[a], ba=elements.bottom[a], tb=elements.top[b], bb=elements.bottom[b])
        if result.verdict[k] == SEPARATED_DEPTH:
            tail = tr("no interference: the {depths} do not overlap").format(depths=depths)
        elif result.verdict[k] == SEPARATED_TIME:
            tail = tr("no interference: not at the same time ({pa} and {pb})").format(
                pa=period_text(elements.first[a], elements.last[a]),
                pb=period_text(elements.first[b], elements.last[b]))
        else:
            tail = tr("{verdict}: {depths} overlap {m:g} m{note}").format(
                verdict=result.verdict[k], depths=depths, m=result.depth_overlap_m[k],
                note=("; " + rule.note) if rule.note else "")
        texts.append(base + "; " + tail)
    return texts


# ------------------------------------------------------------------------------------------ conflicts

@dataclass
class Constraints:
    geoms: np.ndarray
    kind: np.ndarray  # str (as written)
    top: np.ndarray
    bottom: np.ndarray  # inf = unbounded
    first: np.ndarray
    last: np.ndarray

    def __len__(self):
        return len(self.geoms)


@dataclass
class Conflicts:
    element: np.ndarray
    constraint: np.ndarray
    part: np.ndarray  # "well" (the borehole is inside and reaches the zone's depth) / "influence_area"
    geometry: np.ndarray  # influence circle intersected with the zone
    top: np.ndarray  # depth window of the overlap
    bottom: np.ndarray
    rule: list  # ConflictRule

    def __len__(self):
        return len(self.element)


def conflicts(elements, constraints, open_rules, closed_rules, circles=None):
    """Wells / loops and their influence areas inside constraint zones whose kind a rule forbids or conditions.

    Depth: a well's borehole runs from ground level to its screen bottom (a loop to its depth); the
    influence area occupies the screen (the loop's length). Part 'well' when the element itself lies in
    the zone and its borehole reaches into the zone's depth range; else 'influence_area' when the
    influence area overlaps the zone in plan and in depth. Validity years must overlap.
    """
    empty = Conflicts(np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0, object), np.empty(0, object),
                      np.empty(0), np.empty(0), [])
    if not len(elements) or not len(constraints):
        return empty
    keys = [kind_key(k) for k in constraints.kind]
    if circles is None:
        circles = elements.circles()
    tree = shapely.STRtree(constraints.geoms)
    e, c = tree.query(circles, predicate="intersects")
    if not len(e):
        return empty
    rules = []
    keep = np.zeros(len(e), bool)
    for i, (ei, ci) in enumerate(zip(e, c)):
        rule = (closed_rules if elements.is_loop[ei] else open_rules).get(keys[ci])
        rules.append(rule)
        keep[i] = rule is not None
    e, c = e[keep], c[keep]
    rules = [r for r, k in zip(rules, keep) if k]
    if not len(e):
        return empty
    ctop, cbottom = constraints.top[c], constraints.bottom[c]
    time_ok = np.maximum(elements.first[e], constraints.first[c]) <= np.minimum(elements.last[e], constraints.last[c])
    inside = shapely.intersects(shapely.points(elements.x[e], elements.y[e]), constraints.geoms[c])
    bore_ok = (0.0 < cbottom) & (ctop < elements.bottom[e])
    screen_ok = (elements.top[e] < cbottom) & (ctop < elements.bottom[e])
    well_part = inside & bore_ok
    area_part = ~well_part & screen_ok
    keep = time_ok & (well_part | area_part)
    e, c, well_part = e[keep], c[keep], well_part[keep]
    rules = [r for r, k in zip(rules, keep) if k]
    if not len(e):
        return empty
    part = np.where(well_part, "well", "influence_area").astype(object)
    low = np.where(well_part, 0.0, elements.top[e])
    top = np.maximum(low, constraints.top[c])
    bottom = np.minimum(elements.bottom[e], constraints.bottom[c])
    geometry = shapely.intersection(circles[e], constraints.geoms[c])
    return Conflicts(e, c, part, geometry, top, bottom, rules)


# ------------------------------------------------------------------------------------------ free space

FREE_EXCLUDED, FREE_NONE, FREE_WARM, FREE_COLD, FREE_BOTH = 0, 1, 2, 3, 4


def free_space(grid, elements, rules, new_radius, new_top, new_bottom, constraints=None, open_rules=None,
               progress=None):
    """Per cell of ``grid``: where one well of a new open system (thermal radius ``new_radius``, screen
    ``new_top``-``new_bottom``) could go.

    0 a constraint with an 'excluded' rule for open systems covers the cell at the new well's depth
    (borehole 0 - screen bottom); 1 too close to existing wells or loops whose depth overlaps the new
    screen, whatever the type; 2 only a warm well fits; 3 only a cold well; 4 either. ``elements`` are
    the ones that count (already filtered on year). Returns a uint8 array (rows from the top), or None
    when ``progress`` (core/progress.py) is cancelled.
    """
    progress = progress_of(progress)
    out = np.full((grid.nrows, grid.ncols), FREE_BOTH, np.uint8)
    blocked_warm = np.zeros((grid.nrows, grid.ncols), bool)
    blocked_cold = np.zeros((grid.nrows, grid.ncols), bool)
    overlap = (elements.top < new_bottom) & (new_top < elements.bottom)
    required = {}
    for new_type in (WARM, COLD):
        req = np.zeros(len(elements))
        for i in np.flatnonzero(overlap):
            if elements.is_loop[i]:
                rule = rules.lookup("well-loop", "between", "*")
            else:
                rule = rules.lookup("well-well", "between", "same" if elements.well_type[i] == new_type else "opposite")
            if rule is not None:
                req[i] = rule.factor * float(combine(rule.combine, new_radius, elements.radius[i]))
        required[new_type] = req
    xs = grid.xmin + (np.arange(grid.ncols) + 0.5) * grid.cell
    ys = grid.ymax - (np.arange(grid.nrows) + 0.5) * grid.cell
    for count, i in enumerate(np.flatnonzero(overlap)):
        if count % 500 == 0 and progress.canceled():
            return None
        reach = max(required[WARM][i], required[COLD][i])
        if reach <= 0:
            continue
        c0 = max(0, int(math.floor((elements.x[i] - reach - grid.xmin) / grid.cell)))
        c1 = min(grid.ncols, int(math.ceil((elements.x[i] + reach - grid.xmin) / grid.cell)) + 1)
        r0 = max(0, int(math.floor((grid.ymax - elements.y[i] - reach) / grid.cell)))
        r1 = min(grid.nrows, int(math.ceil((grid.ymax - elements.y[i] + reach) / grid.cell)) + 1)
        if c0 >= c1 or r0 >= r1:
            continue
        d = np.hypot(xs[c0:c1][None, :] - elements.x[i], ys[r0:r1][:, None] - elements.y[i])
        blocked_warm[r0:r1, c0:c1] |= d < required[WARM][i]
        blocked_cold[r0:r1, c0:c1] |= d < required[COLD][i]
    out[blocked_warm & ~blocked_cold] = FREE_COLD
    out[~blocked_warm & blocked_cold] = FREE_WARM
    out[blocked_warm & blocked_cold] = FREE_NONE
    if constraints is not None and len(constraints) and open_rules:
        tile = Tile(0, 0, grid.nrows, grid.ncols)  # the whole grid (grid.tiles cuts squares)
        for j in range(len(constraints)):
            rule = open_rules.get(kind_key(constraints.kind[j]))
            if rule is None or rule.verdict != "excluded":
                continue
            if not (constraints.top[j] < new_bottom and constraints.bottom[j] > 0):
                continue
            rows, cols, _ = grid.cover(constraints.geoms[j], tile)
            out[rows, cols] = FREE_EXCLUDED
    return out


def unbounded(value):
    return UNBOUNDED if value is None else value
