"""Depth-band suitability: per depth band and per function, suitable / conditional / excluded, and why.

Semantics (the help text of ``ondergrond:depthbandsuitability`` says the same):

* A function F occupies a depth range (``functions.csv``); it can only use a band B that overlaps
  that range. Within R = B intersected with F's range, the verdict at a location is the worst
  (excluded > conditional > allowed) over all rules (F, kind) whose constraints are present at
  that location with a depth range overlapping R (touching ranges do not overlap).
* A ``required`` rule means F needs such a constraint present overlapping R: where none is, the
  verdict is excluded with the reason "no <kind>".
* Kinds without a rule for F have no effect; where no rule applies the verdict is suitable.
* A rule with ``applies`` = ``above`` (optional column) also counts constraints that lie above R (their
  top above R's bottom): F drills through them to reach R, as through a protective clay layer.

Implementation: the grid is processed in tiles. Per tile, every constraint that can matter is
burnt once (``Grid.cover``) into a 64-bit set hash (XOR of a random key per feature), so each
cell's hash identifies the set of features covering it ("combination"). Per (band, function)
pair the combination is reduced to the relevant features (kind has a rule for F, depth overlaps
R); the hash of that subset identifies the zone: cells with equal hash have the same verdict and
the same reasons. Pairs with the same relevant features share one zone partition (a Group; with
the default tables 25 pairs make 11 groups). Zone ids are global (the same subset gets the same
id in every tile), so a polygonizer joins zones across tile edges. Two different feature sets share a 64-bit hash with
probability about n^2 / 2^65 for n distinct sets: negligible.

A layer model (``core.layermodel.LayerGrids``: REGIS II / GeoTOP as depth grids) adds its layers as
features whose depth range varies per cell: layer l counts in a cell for a pair when its kind has a
rule for F and its (top_m, bottom_m) in that cell overlaps R (or, for a rule that applies above, its
top lies above R's bottom). Pairs with such layers group by R
too; per tile their zone hash is the polygon features' subset hash XOR the keys of the layers
present per cell (one numpy comparison per layer and group), so no layer is ever polygonized.
"""

import html
import math
import re
import warnings
from dataclasses import dataclass, field

import numpy as np
import shapely

from .canonical import UNBOUNDED, depth_range, ranges_overlap
from .grid import DEFAULT_TILE_CELLS, Grid, run_tiles
from .i18n import tr
from .progress import of as progress_of
from .tables import TableError, read_table

SUITABLE, CONDITIONAL, EXCLUDED = 1, 2, 3
VERDICT_CODES = (SUITABLE, CONDITIONAL, EXCLUDED)
RULE_VERDICTS = ("allowed", "conditional", "excluded", "required")
# overlap: the constraint counts where its depth range overlaps the window; above: also where it lies above
# the window (the function must drill through it to get there).
RULE_APPLIES = ("overlap", "above")
_RULE_SEVERITY = {"allowed": SUITABLE, "conditional": CONDITIONAL, "excluded": EXCLUDED, "required": SUITABLE}

DEFAULT_BANDS = "0-3,3-30,30-100,100-500,500-1500,1500-4000"
# Tile size with a layer model: its (layers x cells) depth grids per tile stay near 270 MB for 130 layers.
LAYER_TILE_CELLS = 512 * 512
# Beyond this the per-(band, function) zone rasters and their polygons do not fit a planner's
# machine (the Netherlands at 25 m is about 170 million cells).
MAX_SUITABILITY_CELLS = 250_000_000
# Colour-blind-safe verdict colours (Okabe-Ito bluish green and orange, a dark red): green / amber / red.
VERDICT_COLOURS = {SUITABLE: "#009E73", CONDITIONAL: "#E69F00", EXCLUDED: "#A50F15"}


def verdict_label(code) -> str:
    return {SUITABLE: tr("suitable"), CONDITIONAL: tr("conditional"), EXCLUDED: tr("excluded")}[code]


def rule_verdict_label(verdict) -> str:
    return {"allowed": tr("allowed"), "conditional": tr("conditional"), "excluded": tr("excluded"),
            "required": tr("required, present")}[verdict]


def _reason_templates():
    """The translated pieces of a reason (looked up once per call of reason_text, not per reason)."""
    return {"missing": tr("no {kind}: excluded"), "present": tr("{kind}: {verdict} (features {ids})"),
            **{verdict: rule_verdict_label(verdict) for verdict in RULE_VERDICTS}}


def kind_key(text) -> str:
    """Kinds match case- and whitespace-insensitively ('Boringsvrije  Zone' = 'boringsvrije zone')."""
    return " ".join(str(text).split()).lower()


def format_depth(value) -> str:
    if value == UNBOUNDED:
        return ""
    return f"{value:g}"


# --------------------------------------------------------------------------------------------- tables

@dataclass(frozen=True)
class Function:
    name: str
    top: float
    bottom: float
    label: str = ""
    note: str = ""


@dataclass(frozen=True)
class Rule:
    function: str
    kind: str
    verdict: str
    note: str = ""
    row: int = 0
    applies: str = "overlap"  # or "above": also when the constraint lies above the window
    key: str = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        object.__setattr__(self, "key", kind_key(self.kind))

    @property
    def severity(self) -> int:
        return _RULE_SEVERITY[self.verdict]


def _table_name(path):
    return str(path).replace("\\", "/").rsplit("/", 1)[-1]


def read_functions(path):
    """``functions.csv`` -> {name: Function}, in table order. Errors name file, row and column."""
    rows = read_table(path, ("function", "top_m", "bottom_m"), numeric=("top_m", "bottom_m"),
                      allow_empty_numeric=("top_m", "bottom_m"))
    name = _table_name(path)
    functions = {}
    for row in rows:
        function = row["function"]
        for column in ("top_m", "bottom_m"):
            if row[column] is not None and row[column] < 0:
                raise TableError(tr("Table {file}, row {row}, column '{column}': depths are metres below "
                                    "ground level and cannot be negative ({value}).").format(
                    file=name, row=row["_row"], column=column, value=row[column]))
        if row["top_m"] is not None and row["bottom_m"] is not None and not row["top_m"] < row["bottom_m"]:
            raise TableError(tr("Table {file}, row {row}, column 'bottom_m': the bottom ({bottom} m) must "
                                "lie deeper than the top ({top} m).").format(
                file=name, row=row["_row"], bottom=row["bottom_m"], top=row["top_m"]))
        top, bottom = depth_range(row["top_m"], row["bottom_m"])
        if kind_key(function) in {kind_key(f) for f in functions}:
            raise TableError(tr("Table {file}, row {row}, column 'function': '{function}' is listed "
                                "twice.").format(file=name, row=row["_row"], function=function))
        label = row.get("label_nl") or row.get("label") or row.get("label_en") or ""
        note = row.get("note", "") or row.get("source", "")
        functions[function] = Function(function, top, bottom, label, note)
    return functions


def read_rules(path, functions):
    """``suitability_rules.csv`` -> [Rule]; each function must exist, each (function, kind) once."""
    rows = read_table(path, ("function", "kind", "verdict"), optional=("note", "applies"),
                      choices={"verdict": set(RULE_VERDICTS)})
    name = _table_name(path)
    by_key = {kind_key(f): f for f in functions}
    rules, seen = [], {}
    for row in rows:
        function = by_key.get(kind_key(row["function"]))
        if function is None:
            raise TableError(tr("Table {file}, row {row}, column 'function': '{function}' is not in the "
                                "functions table ({known}).").format(
                file=name, row=row["_row"], function=row["function"], known=", ".join(functions)))
        key = (function, kind_key(row["kind"]))
        if key in seen:
            raise TableError(tr("Table {file}, row {row}, column 'kind': a rule for '{function}' and "
                                "'{kind}' already exists in row {first}.").format(
                file=name, row=row["_row"], function=function, kind=row["kind"], first=seen[key]))
        seen[key] = row["_row"]
        note = row.get("note", "") or row.get("source", "")
        applies = (row.get("applies", "") or "overlap").strip().lower()
        if applies not in RULE_APPLIES:
            raise TableError(tr("Table {file}, row {row}, column 'applies': '{value}' is not one of {allowed} "
                                "(empty = overlap).").format(file=name, row=row["_row"], value=row["applies"],
                                                             allowed=", ".join(RULE_APPLIES)))
        rules.append(Rule(function, row["kind"], row["verdict"], note, row["_row"], applies))
    return rules


_BAND = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*-\s*(\d+(?:\.\d+)?)?\s*$")


@dataclass(frozen=True)
class Band:
    top: float
    bottom: float

    @property
    def label(self) -> str:
        return f"{format_depth(self.top)}-{format_depth(self.bottom)}"


def parse_bands(text):
    """'0-3,3-30,...' (m below ground; '4000-' is open-ended) -> [Band], sorted and not overlapping."""
    parts = [part for part in str(text or "").replace(";", ",").split(",") if part.strip()]
    if not parts:
        raise ValueError(tr("Give at least one depth band, for example {example}.").format(
            example=DEFAULT_BANDS))
    bands = []
    for part in parts:
        match = _BAND.match(part)
        if not match:
            raise ValueError(tr("Depth band '{band}' is not of the form top-bottom in m below ground "
                                "(for example 100-500).").format(band=part.strip()))
        top = float(match.group(1))
        bottom = float(match.group(2)) if match.group(2) else UNBOUNDED
        if not top < bottom:
            raise ValueError(tr("Depth band '{band}': the bottom must lie deeper than the top.").format(
                band=part.strip()))
        if bands and top < bands[-1].bottom:
            raise ValueError(tr("Depth bands must be listed from shallow to deep without overlap: '{a}' and "
                                "'{b}' do not.").format(a=bands[-1].label, b=Band(top, bottom).label))
        bands.append(Band(top, bottom))
    return bands


def select_functions(functions, text):
    """The functions named in ``text`` (comma-separated, case-insensitive), all when empty."""
    names = [part.strip() for part in str(text or "").split(",") if part.strip()]
    if not names:
        return list(functions)
    by_key = {kind_key(f): f for f in functions}
    unknown = [n for n in names if kind_key(n) not in by_key]
    if unknown:
        raise ValueError(tr("Unknown function(s) {unknown}; the functions table has: {known}.").format(
            unknown=", ".join(unknown), known=", ".join(functions)))
    return list(dict.fromkeys(by_key[kind_key(n)] for n in names))


# ------------------------------------------------------------------------------------------ constraints

@dataclass
class Constraints:
    """Constraint features as arrays: shapely geometries, kinds, depth ranges, radii, display ids."""

    geoms: np.ndarray
    kinds: list
    tops: np.ndarray
    bottoms: np.ndarray
    radii: np.ndarray
    ids: list
    valid_from: np.ndarray = None  # first year (-inf: open), per feature
    valid_to: np.ndarray = None    # last year (+inf: open), per feature

    def __post_init__(self):
        n = len(self.kinds)
        if self.valid_from is None:
            self.valid_from = np.full(n, -np.inf)
        if self.valid_to is None:
            self.valid_to = np.full(n, np.inf)

    def subset(self, index):
        """The features at ``index`` (an integer array or a boolean mask), in that order."""
        index = np.flatnonzero(index) if np.asarray(index).dtype == bool else np.asarray(index, np.int64)
        return Constraints(self.geoms[index], [self.kinds[i] for i in index], self.tops[index],
                           self.bottoms[index], self.radii[index], [self.ids[i] for i in index],
                           self.valid_from[index], self.valid_to[index])

    def valid_in(self, year):
        """Boolean mask of the features valid in ``year`` (inclusive; every feature when None)."""
        if year is None:
            return np.ones(len(self.kinds), bool)
        return (self.valid_from <= year) & (self.valid_to >= year)

    @classmethod
    def build(cls, geoms, kinds, tops, bottoms, radii=None, ids=None, valid_from=None, valid_to=None):
        n = len(kinds)
        geoms = np.asarray(geoms, dtype=object).reshape(n)
        radii = np.zeros(n) if radii is None else np.asarray([0.0 if r is None else float(r) for r in radii])
        if (radii < 0).any():
            raise ValueError(tr("A radius cannot be negative (feature {fid}).").format(
                fid=list(ids if ids is not None else range(n))[int(np.argmax(radii < 0))]))
        # Only points and lines are widened by their radius; polygons are the area they draw.
        if n:
            radii = np.where(shapely.get_dimensions(geoms) < 2, radii, 0.0)
        tops = np.asarray([0.0 if t is None else float(t) for t in tops], dtype=float)
        bottoms = np.asarray([UNBOUNDED if b is None else float(b) for b in bottoms], dtype=float)
        years = [None if values is None else np.asarray([bound if v is None else float(v) for v in values], float)
                 for values, bound in ((valid_from, -np.inf), (valid_to, np.inf))]
        return cls(geoms, [str(k) for k in kinds], tops, bottoms, radii,
                   [str(i) for i in (ids if ids is not None else range(n))], *years)

    def __len__(self):
        return len(self.kinds)


@dataclass
class Pair:
    """One (band, function) combination the function can use, with its depth window R."""

    index: int
    band: Band
    function: str
    top: float
    bottom: float
    rules: list            # the rules of this function
    relevant: np.ndarray   # bool per feature: has a rule here and overlaps R
    rule_of_feature: np.ndarray  # index into ``rules`` per feature (-1: none)
    required: list         # indices into ``rules`` of required rules
    group: int = 0         # index of the Group that holds this pair's zones
    attributes: dict = field(default_factory=dict)  # zone id -> (verdict, reasons), filled on demand

    @property
    def label(self) -> str:
        return self.band.label


@dataclass
class Group:
    """Pairs whose relevant features are the same share one zone partition (and one raster band).

    Zone ids are global over the tiles: id z >= 1 is the z-th distinct set of relevant features met.
    """

    relevant: np.ndarray
    pairs: list = field(default_factory=list)
    layers: np.ndarray = field(default_factory=lambda: np.empty(0, np.int64))  # layer-model layers with a rule
    layers_above: np.ndarray = field(default_factory=lambda: np.empty(0, bool))  # their rule applies above R
    window: tuple = (0.0, UNBOUNDED)  # the depth window R of the pairs (used with ``layers``)
    hashes: np.ndarray = field(default_factory=lambda: np.empty(0, np.uint64))  # sorted known set hashes
    ids: np.ndarray = field(default_factory=lambda: np.empty(0, np.int32))      # zone id of each hash
    features: list = field(default_factory=lambda: [None])   # zone id -> feature indices
    cells: np.ndarray = field(default_factory=lambda: np.zeros(1, np.int64))  # zone id -> cell count

    @property
    def nzones(self) -> int:
        return len(self.features) - 1


def register_zones(state, entries, uniq, describe):
    """Zone ids of the set hashes ``uniq`` (sorted, unique) in a zone partition ``state`` (its sorted known
    ``hashes``, their ``ids`` and the ``cells`` per zone id): a known hash keeps its id, a new one gets the
    next id, ``describe(u)`` (u its index in ``uniq``) is appended to ``entries`` and its cell count starts
    at 0. Shared by the suitability groups and the preference-ladder bands, whose zones are global over tiles."""
    pos = np.searchsorted(state.hashes, uniq)
    known = pos < len(state.hashes)
    known[known] = state.hashes[pos[known]] == uniq[known]
    zone_of_uniq = np.zeros(len(uniq), np.int32)
    zone_of_uniq[known] = state.ids[pos[known]]
    new = np.flatnonzero(~known)
    if len(new):
        first_id = len(entries)
        entries.extend(describe(u) for u in new.tolist())
        zone_of_uniq[new] = np.arange(first_id, first_id + len(new), dtype=np.int32)
        hashes_all = np.concatenate([state.hashes, uniq[new]])
        ids_all = np.concatenate([state.ids, zone_of_uniq[new]])
        order = np.argsort(hashes_all)
        state.hashes, state.ids = hashes_all[order], ids_all[order]
        state.cells = np.concatenate([state.cells, np.zeros(len(new), np.int64)])
    return zone_of_uniq


class Suitability:
    """Evaluates all (band, function) pairs on a grid, tile by tile. See the module doc."""

    def __init__(self, grid: Grid, constraints: Constraints, functions: dict, rules, bands, selected=None,
                 tile_cells=DEFAULT_TILE_CELLS, seed=20240521, layers=None):
        if grid.ncells > MAX_SUITABILITY_CELLS:
            raise ValueError(tr("The extent holds {n:,} cells of {cell} m, more than the {max:,} "
                                "this algorithm can evaluate; choose a larger cell size or a smaller "
                                "extent.").format(n=grid.ncells, cell=grid.cell, max=MAX_SUITABILITY_CELLS))
        self.grid = grid
        self.nfeatures = len(constraints)
        self.layers = layers
        if layers is not None:
            # Layers are features n..n+L-1 without geometry, present everywhere on [0, unbounded): which
            # cells they cover at which depth is decided per tile from their grids.
            nl = len(layers.codes)
            constraints = Constraints(
                np.concatenate([constraints.geoms, np.full(nl, None, dtype=object)]),
                list(constraints.kinds) + [k or "" for k in layers.kinds],
                np.concatenate([constraints.tops, np.zeros(nl)]),
                np.concatenate([constraints.bottoms, np.full(nl, UNBOUNDED)]),
                np.concatenate([constraints.radii, np.zeros(nl)]),
                list(constraints.ids) + list(layers.codes))
            # Per-layer work scales with the tile: smaller tiles keep the (layers x cells) grids small.
            tile_cells = min(tile_cells, LAYER_TILE_CELLS)
        self.constraints = constraints
        self.functions = functions
        self.rules = list(rules)
        self.bands = list(bands)
        self.selected = list(selected) if selected is not None else list(functions)
        self.tile_cells = tile_cells
        n = len(constraints)
        rng = np.random.default_rng(seed)
        self.keys = rng.integers(1, np.iinfo(np.uint64).max, size=n, dtype=np.uint64, endpoint=True)
        keys_of_features = [kind_key(k) for k in constraints.kinds]
        self.pairs = []
        self.groups = []
        by_mask = {}
        for function in self.selected:
            spec = functions[function]
            frules = [r for r in self.rules if r.function == function]
            rule_index = {r.key: i for i, r in enumerate(frules)}
            rof = np.asarray([rule_index.get(k, -1) for k in keys_of_features], dtype=np.int64).reshape(n)
            # per feature: its rule also applies above the window (index -1, no rule, takes the last: False)
            above = np.asarray([r.applies == "above" for r in frules] + [False], bool)[rof]
            required = [i for i, r in enumerate(frules) if r.verdict == "required"]
            for band in self.bands:
                if not ranges_overlap(band.top, band.bottom, spec.top, spec.bottom):
                    continue
                top, bottom = max(band.top, spec.top), min(band.bottom, spec.bottom)
                relevant = (rof >= 0) & np.where(above, np.less(constraints.tops, bottom),
                                                 ranges_overlap(constraints.tops, constraints.bottoms, top, bottom))
                layer_rows = np.flatnonzero(relevant[self.nfeatures:])
                layers_above = above[self.nfeatures:][layer_rows]
                key = relevant.tobytes()
                if len(layer_rows):
                    key += repr((top, bottom)).encode() + layers_above.tobytes()
                group = by_mask.setdefault(key, len(self.groups))
                if group == len(self.groups):
                    self.groups.append(Group(relevant, layers=layer_rows, layers_above=layers_above,
                                             window=(top, bottom)))
                pair = Pair(len(self.pairs), band, function, top, bottom, frules, relevant, rof, required, group)
                self.groups[group].pairs.append(pair)
                self.pairs.append(pair)
        self.needed = np.zeros(n, bool)
        for group in self.groups:
            self.needed |= group.relevant
        self.needed_layers = np.flatnonzero(self.needed[self.nfeatures:])
        self.needed[self.nfeatures:] = False
        self._tree = None
        self._templates = None

    # ------------------------------------------------------------------ diagnostics for the caller
    def unused_kinds(self):
        """Kinds in the data that appear in no rule (in any function), sorted."""
        ruled = {r.key for r in self.rules}
        return sorted({k for k in self.constraints.kinds if k and kind_key(k) not in ruled}, key=kind_key)

    def outside(self):
        """Display ids of features (grown by their radius) that do not reach the grid."""
        if not self.nfeatures:
            return []
        bounds = shapely.bounds(self.constraints.geoms[:self.nfeatures])
        r = self.constraints.radii[:self.nfeatures]
        g = self.grid
        away = ((bounds[:, 2] + r < g.xmin) | (bounds[:, 0] - r > g.xmax)
                | (bounds[:, 3] + r < g.ymin) | (bounds[:, 1] - r > g.ymax))
        return [self.constraints.ids[i] for i in np.flatnonzero(away)]

    # ------------------------------------------------------------------------------- evaluation
    def _candidates(self, tile):
        """Indices (sorted) of the features that matter somewhere and may reach the tile."""
        if self._tree is None:
            idx = np.flatnonzero(self.needed)
            reach = float(self.constraints.radii[idx].max()) if len(idx) else 0.0
            self._tree = (idx, shapely.STRtree(self.constraints.geoms[idx]), reach)
        idx, tree, reach = self._tree
        xmin, ymin, xmax, ymax = self.grid.tile_bounds(tile)
        return np.sort(idx[tree.query(shapely.box(xmin - reach, ymin - reach, xmax + reach, ymax + reach))])

    def tiles(self):
        return list(self.grid.tiles(self.tile_cells))

    def evaluate_tile(self, tile, progress=None):
        """Zone-id arrays (int32, tile shape) of every group on one tile, in group order.

        Registers the zones met for the first time and adds the cells of each zone.
        None when ``progress`` (core/progress.py) is cancelled.
        """
        progress = progress_of(progress)
        shape = (tile.nrows, tile.ncols)
        ncells = tile.nrows * tile.ncols
        hashes = np.zeros(ncells, np.uint64)
        covers = []
        geoms, radii = self.constraints.geoms, self.constraints.radii
        for count, f in enumerate(self._candidates(tile)):
            if count % 256 == 0 and progress.canceled():
                return None
            rows, cols, _ = self.grid.cover(geoms[f], tile, radii[f])
            if len(rows):
                flat = rows * tile.ncols + cols
                hashes[flat] ^= self.keys[f]
                covers.append((f, flat))
        # Combinations: cells covered by the same set of features (equal set hash).
        combos, first, inverse = np.unique(hashes, return_index=True, return_inverse=True)
        ncombo = len(combos)
        combo_cells = np.bincount(inverse, minlength=ncombo)
        representative = np.full(ncells, -1, np.int64)
        representative[first] = np.arange(ncombo)
        pc, pf = [], []
        for f, flat in covers:
            c = representative[flat]
            c = c[c >= 0]
            pc.append(c)
            pf.append(np.full(len(c), f, np.int64))
        pair_combo = np.concatenate(pc) if pc else np.empty(0, np.int64)
        pair_feat = np.concatenate(pf) if pf else np.empty(0, np.int64)
        order = np.argsort(pair_combo, kind="stable")
        pair_combo, pair_feat = pair_combo[order], pair_feat[order]
        starts = np.searchsorted(pair_combo, np.arange(ncombo + 1))
        filled = starts[1:] > starts[:-1]
        depths = None
        if len(self.needed_layers):
            depths = self.layers.depths(self.grid, tile, self.needed_layers)
            with np.errstate(invalid="ignore"), warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN layers: absent from the tile
                spans = (np.nanmin(depths[0], axis=1), np.nanmax(depths[1], axis=1))
        results = []
        for group in self.groups:
            # Set hash of the relevant features of every combination (XOR over its sorted segment).
            rel = group.relevant[pair_feat]
            sub = np.zeros(ncombo, np.uint64)
            if filled.any():
                masked = np.where(rel, self.keys[pair_feat], np.uint64(0))
                sub[filled] = np.bitwise_xor.reduceat(masked, starts[:-1][filled])
            if len(group.layers):
                results.append(self._layer_zones(group, sub, inverse, depths, spans, pair_feat, starts, shape))
                continue
            uniq, first_combo, inv = np.unique(sub, return_index=True, return_inverse=True)

            def relevant_features(u, group=group, first_combo=first_combo):
                c = first_combo[u]
                feats = pair_feat[starts[c]:starts[c + 1]]
                return feats[group.relevant[feats]]

            zone_of_uniq = register_zones(group, group.features, uniq, relevant_features)
            group.cells[zone_of_uniq] += np.bincount(inv, weights=combo_cells).astype(np.int64)  # ids unique
            results.append(zone_of_uniq[inv][inverse].reshape(shape))
        return results

    def _layer_zones(self, group, sub, inverse, depths, spans, pair_feat, starts, shape):
        """Zone ids of a group with layer-model layers on one tile: per cell the polygon features'
        subset hash XOR the keys of the layers whose depth range there overlaps the window."""
        top, bottom = group.window
        tops, bottoms = depths
        lowest, highest = spans  # per layer on this tile: shallowest top, deepest bottom (NaN: absent)
        n = self.nfeatures
        cell_hash = sub[inverse]
        present_layers, present_above = [], []
        for layer, above in zip(group.layers.tolist(), group.layers_above.tolist()):
            # (comparisons with NaN are False: a layer absent from the tile is skipped)
            if not (lowest[layer] < bottom and (above or highest[layer] > top)):
                continue
            with np.errstate(invalid="ignore"):
                mask = np.less(tops[layer], bottom)
                if not above:
                    mask &= np.greater(bottoms[layer], top)
            np.bitwise_xor(cell_hash, self.keys[n + layer], out=cell_hash, where=mask)
            present_layers.append(layer)
            present_above.append(above)
        present_layers = np.asarray(present_layers, np.int64)
        present_above = np.asarray(present_above, bool)
        uniq, first_cell, inv = np.unique(cell_hash, return_index=True, return_inverse=True)

        def relevant_features(u):
            cell = first_cell[u]
            c = inverse[cell]
            feats = pair_feat[starts[c]:starts[c + 1]]
            feats = feats[group.relevant[feats]]
            if len(present_layers):
                with np.errstate(invalid="ignore"):
                    here = present_layers[(tops[present_layers, cell] < bottom)
                                          & (present_above | (bottoms[present_layers, cell] > top))]
                feats = np.concatenate([feats, n + here])
            return feats

        zone_of_uniq = register_zones(group, group.features, uniq, relevant_features)
        group.cells[zone_of_uniq] += np.bincount(inv.ravel(), minlength=len(uniq)).astype(np.int64)
        return zone_of_uniq[inv.ravel()].reshape(shape)

    def run(self, progress=None):
        """Evaluate every tile; yields (tile, [zone arrays per group]). ``progress`` (core/progress.py) runs
        over the tiles; when it is cancelled the generator ends."""
        return run_tiles(self.tiles(), self.evaluate_tile, progress)

    # ------------------------------------------------------------------------------------ output
    def zone(self, pair, zone):
        """(verdict, reasons) of a zone for a pair; reasons are [(rule, [display ids] or None)],
        worst first, None marking a required kind that is absent."""
        found = pair.attributes.get(zone)
        if found is not None:
            return found
        by_rule = {}
        feats = self.groups[pair.group].features[zone]
        if len(feats):
            ids = self.constraints.ids
            for f, r in zip(feats.tolist(), pair.rule_of_feature[feats].tolist()):
                found = by_rule.get(r)
                if found is None:
                    by_rule[r] = [ids[f]]
                else:
                    found.append(ids[f])
        reasons = []
        verdict = SUITABLE
        for r, labels in by_rule.items():
            rule = pair.rules[r]
            severity = rule.severity
            if severity > verdict:
                verdict = severity
            reasons.append((severity, rule.key, rule, labels))
        for r in pair.required:
            if r not in by_rule:
                verdict = EXCLUDED
                reasons.append((EXCLUDED, pair.rules[r].key, pair.rules[r], None))
        if len(reasons) > 1:
            reasons.sort(key=lambda item: (-item[0], item[1]))
        found = (verdict, [(rule, ids) for _, _, rule, ids in reasons])
        pair.attributes[zone] = found
        return found

    def reason_text(self, reasons) -> str:
        templates = self._texts()
        parts = []
        for rule, ids in reasons:
            if ids is None:
                text = templates["missing"].format(kind=rule.kind)
            else:
                text = templates["present"].format(kind=rule.kind, verdict=templates[rule.verdict],
                                                   ids=", ".join(ids))
            if rule.note:
                text += " - " + rule.note
            parts.append(text)
        return "; ".join(parts)

    def _texts(self):
        """Translated pieces, looked up once (reason texts are built for every zone of every pair)."""
        if self._templates is None:
            self._templates = _reason_templates()
            self._templates.update({code: verdict_label(code) for code in VERDICT_CODES})
        return self._templates

    def zone_attributes(self, pair, zone):
        """(verdict code, translated verdict label, reasons text) of a zone id."""
        verdict, reasons = self.zone(pair, zone)
        return verdict, self._texts()[verdict], self.reason_text(reasons)

    def verdicts(self, pair):
        """Verdict code per zone id of the pair's group (index 0 unused), vectorised over the zones."""
        group = self.groups[pair.group]
        cached = pair.attributes.get("verdicts")
        if cached is not None and len(cached) == group.nzones + 1:
            return cached
        n = group.nzones
        sizes = np.fromiter((len(f) for f in group.features[1:]), np.int64, n)
        flat = np.concatenate(group.features[1:]) if n else np.empty(0, np.int64)
        offsets = np.concatenate([[0], np.cumsum(sizes)])
        filled = sizes > 0
        rule_of = pair.rule_of_feature[flat]
        verdict = np.full(n, SUITABLE, np.int64)
        if filled.any():
            severity = np.asarray([r.severity for r in pair.rules], np.int64)[rule_of]
            verdict[filled] = np.maximum.reduceat(severity, offsets[:-1][filled])
        for r in pair.required:
            present = np.zeros(n, bool)
            if filled.any():
                present[filled] = np.add.reduceat((rule_of == r).astype(np.int64), offsets[:-1][filled]) > 0
            verdict[~present] = EXCLUDED
        result = np.concatenate([[0], verdict])
        pair.attributes["verdicts"] = result
        return result

    def cells(self, pair):
        """Cells per verdict code (index 1-3) of a pair over the tiles evaluated so far."""
        group = self.groups[pair.group]
        return np.bincount(self.verdicts(pair), weights=group.cells, minlength=4).astype(np.int64)[:4]

    def matrix(self):
        """Per selected function and band: {verdict: area m2} or None where F cannot use B."""
        cell_area = self.grid.cell * self.grid.cell
        by_key = {(p.function, p.band): p for p in self.pairs}
        table = []
        for function in self.selected:
            row = []
            for band in self.bands:
                pair = by_key.get((function, band))
                if pair is None:
                    row.append(None)
                    continue
                cells = self.cells(pair)
                row.append({v: float(cells[v]) * cell_area for v in VERDICT_CODES})
            table.append((function, row))
        return table


# ------------------------------------------------------------------------------------- the matrix

def matrix_csv_rows(matrix, bands, functions):
    """Rows for MATRIX_CSV: function, label, band, top, bottom, area per verdict (m2), shares (%)."""
    header = ["function", "label", "band", "band_top_m", "band_bottom_m", "usable",
              "suitable_m2", "conditional_m2", "excluded_m2",
              "suitable_pct", "conditional_pct", "excluded_pct"]
    rows = [header]
    for function, cells in matrix:
        for band, areas in zip(bands, cells):
            base = [function, functions[function].label, band.label,
                    format_depth(band.top), format_depth(band.bottom)]
            if areas is None:
                rows.append(base + ["no", "", "", "", "", "", ""])
                continue
            total = sum(areas.values()) or 1.0
            rows.append(base + ["yes"] + [f"{areas[v]:.0f}" for v in VERDICT_CODES]
                        + [f"{100.0 * areas[v] / total:.1f}" for v in VERDICT_CODES])
    return rows


def _html_escape(text) -> str:
    return html.escape(str(text), quote=True)


def area_unit(matrix):
    """One area unit for a whole matrix: km² when a cell holds at least 1 km², else ha."""
    largest = max((sum(areas.values()) for _, cells in matrix for areas in cells if areas), default=0.0)
    return (1e6, "km²") if largest >= 1e6 else (1e4, "ha")


def _area_text(m2, unit=(1e4, "ha")) -> str:
    value = m2 / unit[0]
    decimals = 0 if value >= 100 else 1 if value >= 1 or value == 0 else 2
    return f"{value:,.{decimals}f} {unit[1]}"


def _swatch(colour):
    """A small colour sample as text with a background, which every HTML viewer draws."""
    return '<span style="background-color:{c}">&nbsp;&nbsp;&nbsp;</span>'.format(c=colour)  # noqa: UP032


def matrix_html(matrix, bands, functions, title=None, subtitle=""):
    """A self-contained HTML page: function x band, per cell a stacked bar and the area per verdict."""
    title = title or tr("Depth-band suitability")
    head = "".join("<th>{}<br><small>{}</small></th>".format(
        _html_escape(b.label), _html_escape(tr("m below ground"))) for b in bands)
    body = []
    unit = area_unit(matrix)
    for function, cells in matrix:
        spec = functions[function]
        name = _html_escape(function)
        depth = "{}{}-{} m".format(spec.label + ", " if spec.label else "", format_depth(spec.top),  # noqa: UP032
                                   format_depth(spec.bottom))
        tds = []
        for areas in cells:
            if areas is None:
                tds.append('<td class="na">{}</td>'.format(_html_escape(tr("not used"))))
                continue
            total = sum(areas.values()) or 1.0
            # A table with width and bgcolor attributes: Qt's rich text (QGIS's viewers) draws it, CSS
            # bars (flex boxes) it does not.
            bar = "".join(
                '<td width="{w:.0f}%" bgcolor="{c}" title="{t}">&nbsp;</td>'.format(  # noqa: UP032
                    w=max(1.0, 100.0 * areas[v] / total), c=VERDICT_COLOURS[v], t=_html_escape(verdict_label(v)))
                for v in VERDICT_CODES if areas[v] > 0)
            lines = "".join(
                '<div>{swatch}&nbsp;{label}: {area} ({pct:.0f}%)</div>'.format(  # noqa: UP032
                    swatch=_swatch(VERDICT_COLOURS[v]), label=_html_escape(verdict_label(v)),
                    area=_area_text(areas[v], unit), pct=100.0 * areas[v] / total)
                for v in VERDICT_CODES if areas[v] > 0)
            tds.append('<td><table class="bar" width="100%" cellspacing="0" cellpadding="0"><tr>{}</tr></table>'
                       '{}</td>'.format(bar, lines))
        body.append('<tr><th class="f">{}<br><small>{}</small></th>{}</tr>'.format(  # noqa: UP032
            name, _html_escape(depth), "".join(tds)))
    legend = " &nbsp; ".join("{}&nbsp;{}".format(_swatch(VERDICT_COLOURS[v]), _html_escape(verdict_label(v)))
                             for v in VERDICT_CODES)
    explain = tr("Each cell shows, for one function in one depth band, how much of the area is "
                 "suitable, conditional or excluded. The verdict is the strictest rule of the constraints "
                 "present at that depth; 'not used' means the function does not reach that band.")
    return """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title>
<style>
body {{ font-family: Arial, Helvetica, sans-serif; margin: 24px; color: #222; }}
table {{ border-collapse: collapse; }}
th, td {{ border: 1px solid #bbb; padding: 6px 8px; vertical-align: top; font-size: 13px; }}
th {{ background: #f2f2f2; }}
th.f {{ text-align: left; min-width: 180px; }}
td {{ min-width: 150px; }}
td.na {{ color: #999; text-align: center; vertical-align: middle; background: #fafafa; }}
table.bar {{ margin-bottom: 4px; border: 1px solid #888; }}
table.bar td {{ border: none; padding: 0; min-width: 0; height: 12px; font-size: 9px; }}
</style></head>
<body><h1>{title}</h1><p>{subtitle}</p><p>{explain}</p><p>{legend}</p>
<table><tr><th>{function_head}</th>{head}</tr>
{body}
</table></body></html>
""".format(title=_html_escape(title), subtitle=_html_escape(subtitle), explain=_html_escape(explain),
           legend=legend, function_head=_html_escape(tr("Function (depth range)")), head=head,
           body="\n".join(body))


def cells_needed(xmin, ymin, xmax, ymax, cell) -> int:
    """Cells of the snapped grid for an extent, computed without building anything."""
    if not cell > 0 or not all(math.isfinite(v) for v in (xmin, ymin, xmax, ymax, cell)):
        return 0  # Grid.from_extent explains
    ncols = int(math.ceil(xmax / cell) - math.floor(xmin / cell))
    nrows = int(math.ceil(ymax / cell) - math.floor(ymin / cell))
    return ncols * nrows
