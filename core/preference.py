"""Preference ladder (voorkeursladder): where several functions can use a depth band, which comes first.

Semantics (the help text of ``ondergrond:preferenceladder`` says the same):

* The verdicts are those of depth-band suitability (``core.suitability``): per band and function
  suitable, conditional or excluded; a function whose depth range does not reach a band plays no
  part in that band.
* The ladder table lists, per context, the functions in order of preference (rank 1 first). A
  context is a constraint kind (e.g. ``grondwaterbeschermingsgebied``): its ladder applies where a
  feature of that kind is present with a depth range overlapping the band (ranges that only touch
  do not overlap). Where several contexts apply, the one listed first in the table wins; where none
  applies, the ``*`` ladder does.
* A context ladder need not list every function: the functions it leaves out follow in the order of
  the ``*`` ladder, then any function no ladder lists, in the order of the functions table.
* ``preferred`` is the first function of the applicable order that is not excluded; ``competing``
  the other functions that are not excluded, in ladder order; ``excluded`` those excluded.

Implementation: per tile, the suitability zones of every group are combined with the context into
a 64-bit hash per cell (XOR of random keys times zone ids), as ``core.suitability`` identifies its
zones; cells with the same hash have the same verdicts, reasons and context. Zone ids are global
per band, so a polygonizer joins zones across tile edges.
"""

from dataclasses import dataclass

import numpy as np

from .canonical import ranges_overlap
from .grid import run_tiles
from .i18n import tr
from .progress import of as progress_of
from .suitability import EXCLUDED, kind_key, register_zones, verdict_label
from .tables import TableError, read_table

DEFAULT_CONTEXT = "*"


@dataclass(frozen=True)
class Step:
    """One row of the ladder table."""

    context: str
    rank: int
    function: str
    note: str = ""
    source: str = ""


class Ladder:
    """The ladder table: per context the functions in order of preference."""

    def __init__(self, steps, functions):
        self.contexts = []           # context names in table order ('*' included)
        self.steps = {}              # context key -> [Step] sorted by rank
        for step in steps:
            key = kind_key(step.context)
            if key not in self.steps:
                self.contexts.append(step.context)
                self.steps[key] = []
            self.steps[key].append(step)
        for key in self.steps:
            self.steps[key].sort(key=lambda s: s.rank)
        self.functions = list(functions)

    @property
    def specific_contexts(self):
        """The contexts other than '*', in table order (the first listed wins)."""
        return [c for c in self.contexts if kind_key(c) != DEFAULT_CONTEXT]

    @property
    def has_default(self) -> bool:
        return DEFAULT_CONTEXT in self.steps

    def order(self, context):
        """All functions in order of preference under ``context`` (None: the '*' ladder)."""
        ordered = [s.function for s in self.steps.get(kind_key(context), [])] if context is not None else []
        ordered += [s.function for s in self.steps.get(DEFAULT_CONTEXT, [])]
        ordered += self.functions
        return list(dict.fromkeys(ordered))

    def step(self, context, function):
        """The row that ranks ``function`` under ``context`` (or under '*'), or None."""
        for key in (kind_key(context) if context is not None else DEFAULT_CONTEXT, DEFAULT_CONTEXT):
            for step in self.steps.get(key, []):
                if step.function == function:
                    return step
        return None


def read_ladder(path, functions):
    """``voorkeursladder.csv`` -> Ladder; functions must exist, a rank is an integer >= 1 that is
    unique within its context, and a function appears once per context."""
    rows = read_table(path, ("context", "rank", "function"), optional=("note", "source"), numeric=("rank",))
    name = str(path).replace("\\", "/").rsplit("/", 1)[-1]
    by_key = {kind_key(f): f for f in functions}
    steps, ranks, listed = [], {}, {}
    for row in rows:
        where = {"file": name, "row": row["_row"]}
        function = by_key.get(kind_key(row["function"]))
        if function is None:
            raise TableError(tr("Table {file}, row {row}, column 'function': '{function}' is not in the "
                                "functions table ({known}).").format(
                function=row["function"], known=", ".join(functions), **where))
        rank = row["rank"]
        if not float(rank).is_integer() or rank < 1:
            raise TableError(tr("Table {file}, row {row}, column 'rank': a rank is a whole number from 1 "
                                "(first) upward, not {rank}.").format(rank=rank, **where))
        context = row["context"]
        key = kind_key(context)
        if (key, int(rank)) in ranks:
            raise TableError(tr("Table {file}, row {row}, column 'rank': rank {rank} of context '{context}' "
                                "is already given in row {first}.").format(
                rank=int(rank), context=context, first=ranks[(key, int(rank))], **where))
        if (key, function) in listed:
            raise TableError(tr("Table {file}, row {row}, column 'function': '{function}' is already ranked "
                                "for context '{context}' in row {first}.").format(
                function=function, context=context, first=listed[(key, function)], **where))
        ranks[(key, int(rank))] = row["_row"]
        listed[(key, function)] = row["_row"]
        steps.append(Step(context, int(rank), function, row.get("note", ""), row.get("source", "")))
    if not steps:
        raise TableError(tr("Table {file} ranks no function; give at least the '*' ladder.").format(file=name))
    return Ladder(steps, functions)


@dataclass
class Zone:
    """What one zone of a band holds: its context and, per function that reaches the band, its
    suitability pair and that pair's zone id."""

    context: int            # index into PreferenceLadder.contexts, -1: no ladder applies
    zones: tuple            # suitability zone id per pair of the band (in band.pairs order)


@dataclass
class BandState:
    band: object
    pairs: list                                       # the suitability pairs of this band
    hashes: np.ndarray = None                         # sorted known hashes
    ids: np.ndarray = None                            # zone id of each hash
    zones: list = None                                # zone id -> Zone (index 0 unused)
    cells: np.ndarray = None                          # zone id -> cell count

    def __post_init__(self):
        self.hashes = np.empty(0, np.uint64)
        self.ids = np.empty(0, np.int32)
        self.zones = [None]
        self.cells = np.zeros(1, np.int64)


class PreferenceLadder:
    """Evaluates the ladder on the suitability's grid, tile by tile. See the module doc."""

    def __init__(self, suit, ladder, seed=20240607):
        self.suit = suit
        self.ladder = ladder
        self.contexts = ladder.specific_contexts
        constraints = suit.constraints
        keys = np.asarray([kind_key(k) for k in constraints.kinds], dtype=object)
        self.bands = []
        for band in suit.bands:
            pairs = [p for p in suit.pairs if p.band == band]
            state = BandState(band, pairs)
            # Per context, the features of that kind whose depth range overlaps the band.
            # Only features with a geometry set a context (a layer model's layers have none).
            drawn = np.arange(len(keys)) < suit.nfeatures
            state.context_features = [
                np.flatnonzero((keys == kind_key(c)) & drawn & ranges_overlap(constraints.tops, constraints.bottoms,
                                                                              band.top, band.bottom))
                if len(keys) else np.empty(0, np.int64) for c in self.contexts]
            self.bands.append(state)
        rng = np.random.default_rng(seed)
        self.group_keys = rng.integers(1, np.iinfo(np.uint64).max, size=len(suit.groups), dtype=np.uint64,
                                       endpoint=True) | np.uint64(1)
        self.context_keys = rng.integers(1, np.iinfo(np.uint64).max, size=len(self.contexts) + 1,
                                         dtype=np.uint64, endpoint=True)

    # ------------------------------------------------------------------------------- evaluation
    def _context(self, state, tile):
        """Index of the applicable context per cell of the tile (-1: the '*' ladder or none)."""
        shape = (tile.nrows, tile.ncols)
        context = np.full(shape, -1, np.int32)
        geoms, radii = self.suit.constraints.geoms, self.suit.constraints.radii
        # Later contexts first, so the first listed overwrites them where several apply.
        for index in range(len(self.contexts) - 1, -1, -1):
            for f in state.context_features[index]:
                rows, cols, _ = self.suit.grid.cover(geoms[f], tile, radii[f])
                context[rows, cols] = index
        return context

    def evaluate_tile(self, tile, progress=None):
        """Zone-id arrays (int32, tile shape) per band, in band order; None when ``progress``
        (core/progress.py) is cancelled."""
        progress = progress_of(progress)
        arrays = self.suit.evaluate_tile(tile, progress)
        if arrays is None:
            return None
        results = []
        for state in self.bands:
            if progress.canceled():
                return None
            context = self._context(state, tile)
            hashes = self.context_keys[context.ravel() + 1].copy()
            for group in sorted({pair.group for pair in state.pairs}):
                hashes ^= arrays[group].ravel().astype(np.uint64) * self.group_keys[group]
            uniq, first, inverse = np.unique(hashes, return_index=True, return_inverse=True)
            inverse = inverse.reshape(-1)
            flat_context = context.ravel()

            def zone_at(u, state=state, first=first, flat_context=flat_context):
                cell = first[u]
                return Zone(int(flat_context[cell]), tuple(int(arrays[p.group].ravel()[cell]) for p in state.pairs))

            zone_of_uniq = register_zones(state, state.zones, uniq, zone_at)
            state.cells[zone_of_uniq] += np.bincount(inverse, minlength=len(uniq)).astype(np.int64)
            results.append(zone_of_uniq[inverse].reshape(tile.nrows, tile.ncols))
        return results

    def run(self, progress=None):
        """Evaluate every tile of the suitability's grid; yields (tile, [zone arrays per band]). ``progress``
        (core/progress.py) runs over the tiles; when it is cancelled the generator ends."""
        return run_tiles(self.suit.tiles(), self.evaluate_tile, progress)

    # ------------------------------------------------------------------------------------ output
    def context_name(self, zone):
        """The context that applies in a zone: a kind, '*', or None where no ladder applies."""
        if zone.context >= 0:
            return self.contexts[zone.context]
        return DEFAULT_CONTEXT if self.ladder.has_default else None

    def outcome(self, state, zone_id):
        """The ladder's outcome in one zone of a band: a dict with preferred (function or None),
        preferred_verdict (code or None), competing and excluded (function lists in ladder order),
        context, and verdicts {function: (code, reasons)}."""
        zone = state.zones[zone_id]
        context = self.context_name(zone)
        verdicts = {}
        for pair, suit_zone in zip(state.pairs, zone.zones):
            verdicts[pair.function] = self.suit.zone(pair, suit_zone)
        if context is None:
            order = [f for f in self.ladder.functions if f in verdicts]
        else:
            order = [f for f in self.ladder.order(None if context == DEFAULT_CONTEXT else context) if f in verdicts]
        possible = [f for f in order if verdicts[f][0] != EXCLUDED]
        excluded = [f for f in order if verdicts[f][0] == EXCLUDED]
        preferred = possible[0] if possible and context is not None else None
        return {"preferred": preferred, "preferred_verdict": verdicts[preferred][0] if preferred else None,
                "competing": [f for f in possible if f != preferred], "excluded": excluded,
                "context": context, "verdicts": verdicts, "order": order}

    def reasons_text(self, outcome) -> str:
        """Why the preferred function is possible and why each higher-ranked one is not."""
        context = outcome["context"]
        if context is None:
            return tr("No ladder applies here: the ladder table has no '*' ladder and no context of it is "
                      "present.")
        lookup = None if context == DEFAULT_CONTEXT else context
        parts = []
        if context == DEFAULT_CONTEXT:
            parts.append(tr("Ladder '*' (no context of the ladder table is present in this band)."))
        else:
            parts.append(tr("Ladder of context '{context}'.").format(context=context))
        for function in outcome["order"]:
            verdict, reasons = outcome["verdicts"][function]
            step = self.ladder.step(lookup, function)
            rank = tr("rank {rank} ({context})").format(rank=step.rank, context=step.context) if step else \
                tr("not ranked")
            why = self.suit.reason_text(reasons) or tr("no rule applies")
            if verdict == EXCLUDED:
                parts.append(tr("{function}, {rank}: excluded - {why}").format(function=function, rank=rank, why=why))
                continue
            text = tr("{function}, {rank}: {verdict} - {why}").format(
                function=function, rank=rank, verdict=verdict_label(verdict), why=why)
            if step is not None and (step.note or step.source):
                text += " " + tr("Ladder: {note}").format(note="; ".join(t for t in (step.note, step.source) if t))
            parts.append(text)
            break  # the preferred function: the ones after it are listed in 'competing'
        return " | ".join(parts)

    def summary(self):
        """Per band: {function: (preferred m2, possible m2, contested m2)} and the band's contested m2
        (where two or more functions are possible) and preferred m2 (where any function is)."""
        cell_area = self.suit.grid.cell ** 2
        result = []
        for state in self.bands:
            per_function = {p.function: [0.0, 0.0, 0.0] for p in state.pairs}
            contested = preferred_any = 0.0
            for zone_id in range(1, len(state.zones)):
                area = float(state.cells[zone_id]) * cell_area
                if not area:
                    continue
                outcome = self.outcome(state, zone_id)
                possible = ([outcome["preferred"]] if outcome["preferred"] else []) + outcome["competing"]
                if outcome["preferred"]:
                    per_function[outcome["preferred"]][0] += area
                    preferred_any += area
                for function in possible:
                    per_function[function][1] += area
                    if len(possible) > 1:
                        per_function[function][2] += area
                if len(possible) > 1:
                    contested += area
            result.append((state.band, per_function, preferred_any, contested))
        return result

