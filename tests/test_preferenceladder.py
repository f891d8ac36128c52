"""ondergrond:preferenceladder: hand-computed outcomes, ladder-table errors, a property test against an
independent cell-by-cell reference, the sample province and the CLI.

The hand-computed case uses a 100 m x 100 m area at (200000, 500000) with 10 m cells (100 m2 each):
- an aquifer 40-140 m under the right 70 m (x > 30),
- a waterwingebied ("wwg", 0 m to unbounded) under the top half (y > 50),
- a boringsvrije zone ("bvz") from 45 m down under the left half (x < 50).
Functions: cables 0-3 m, drink 0-300 m, wko 30-150 m, geo 1500-4000 m. Rules: drink and wko need an
aquifer; wko and geo are excluded by the bvz; wko is excluded and cables conditional in the wwg,
drink is allowed there. Ladder: context wwg: drink 1, cables 2; context *: wko 1, drink 2, geo 3, cables 4.
"""

import numpy as np
import pytest
import shapely
from conftest import recorder
from hypothesis import given, settings
from hypothesis import strategies as st
from qgis.core import QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer

from ondergrond.core import preference, suitability
from ondergrond.core.canonical import UNBOUNDED
from ondergrond.core.grid import Grid

X0, Y0 = 200000, 500000
EXTENT = "{},{},{},{} [EPSG:28992]".format(X0, X0 + 100, Y0, Y0 + 100)
FIELDS = {"kind": "string", "top_m": "double", "bottom_m": "double"}
FUNCTIONS = "function,top_m,bottom_m\ncables,0,3\ndrink,0,300\nwko,30,150\ngeo,1500,4000\n"
RULES = ("function,kind,verdict,note\n"
         "drink,aquifer,required,pakket nodig\n"
         "wko,aquifer,required,pakket nodig\n"
         "wko,bvz,excluded,kleilaag intact (verordening)\n"
         "geo,bvz,excluded,nee tenzij\n"
         "wko,wwg,excluded,geen boringen\n"
         "cables,wwg,conditional,melding\n"
         "drink,wwg,allowed,eigen winning\n")
LADDER = ("context,rank,function,note,source\n"
          "wwg,1,drink,drinkwater eerst,Drinkwaterwet\n"
          "wwg,2,cables,,\n"
          "*,1,wko,,\n*,2,drink,,\n*,3,geo,,\n*,4,cables,,\n")


def box(x0, y0, x1, y1):
    return "POLYGON(({a} {b},{c} {b},{c} {d},{a} {d},{a} {b}))".format(a=X0 + x0, b=Y0 + y0, c=X0 + x1, d=Y0 + y1)


@pytest.fixture
def tables(tmp_path):
    paths = {}
    for key, name, text in (("FUNCTIONS_TABLE", "functions.csv", FUNCTIONS), ("RULES", "rules.csv", RULES),
                            ("LADDER", "ladder.csv", LADDER)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths[key] = str(path)
    return paths


@pytest.fixture
def zones_layer(make_layer):
    return make_layer("Polygon", FIELDS, [
        {"wkt": box(30, 0, 100, 100), "kind": "aquifer", "top_m": 40.0, "bottom_m": 140.0},
        {"wkt": box(0, 50, 100, 100), "kind": "wwg", "top_m": 0.0},
        {"wkt": box(0, 0, 50, 100), "kind": "bvz", "top_m": 45.0},
    ], name="zones")


def run(run_alg, layers, tables, extra=None, feedback=None):
    parameters = {"CONSTRAINTS": layers, "EXTENT": EXTENT, "CELL_SIZE": 10, "BANDS": "0-3,3-30,30-100,1500-4000",
                  "OUTPUT": "memory:", "SUMMARY": "memory:"}
    parameters.update(tables)
    parameters.update(extra or {})
    return run_alg("ondergrond:preferenceladder", parameters, feedback)


def at(result, band, x, y):
    point = QgsGeometry.fromPointXY(QgsPointXY(X0 + x, Y0 + y))
    hits = [f for f in result["OUTPUT"].getFeatures() if f["band"] == band and f.geometry().contains(point)]
    assert len(hits) == 1, (band, x, y, len(hits))
    return hits[0]


def test_hand_computed_outcomes(run_alg, zones_layer, tables):
    result = run(run_alg, [zones_layer], tables)
    # 0-3 m: drink has no aquifer there (40-140 m) -> excluded. In the wwg (top) the wwg ladder applies,
    # cables are conditional; below it the * ladder, cables suitable.
    top = at(result, "0-3", 75, 75)
    assert (top["preferred"], top["preferred_verdict"], top["competing"], top["excluded"], top["context"]) == \
        ("cables", "conditional", "", "drink", "wwg")
    assert "drink, rank 1 (wwg): excluded - no aquifer: excluded" in top["reasons"]
    bottom = at(result, "0-3", 75, 25)
    assert (bottom["preferred"], bottom["preferred_verdict"], bottom["context"]) == ("cables", "suitable", "*")
    # 3-30 m: only drink reaches it, and it has no aquifer there: nothing is possible.
    for x, y in ((15, 25), (75, 75)):
        none = at(result, "3-30", x, y)
        assert none["preferred"] in (None, "") and none["excluded"] == "drink"
    # 30-100 m: bottom right the * ladder puts wko (possible) before drink (possible): contested.
    contested = at(result, "30-100", 75, 25)
    assert (contested["preferred"], contested["competing"], contested["context"]) == ("wko", "drink", "*")
    # top right: the wwg ladder overrides the default: drink first; wko is excluded by the wwg rule.
    override = at(result, "30-100", 75, 75)
    assert (override["preferred"], override["competing"], override["excluded"], override["context"]) == \
        ("drink", "", "wko", "wwg")
    assert "Drinkwaterwet" in override["reasons"]
    # 30 < x < 50, bottom: the top-ranked wko is excluded by the bvz, so drink is preferred.
    second = at(result, "30-100", 40, 25)
    assert (second["preferred"], second["excluded"]) == ("drink", "wko")
    assert "wko, rank 1 (*): excluded - bvz: excluded" in second["reasons"]
    # x < 30: neither has an aquifer.
    assert at(result, "30-100", 15, 25)["preferred"] in (None, "")
    # 1500-4000 m: geo where there is no bvz (x > 50); the wwg context does not list it, the * ladder does.
    assert at(result, "1500-4000", 75, 75)["preferred"] == "geo"
    assert at(result, "1500-4000", 25, 75)["excluded"] == "geo"

    summary = {(f["band"], f["function"] or None): (f["preferred_m2"], f["possible_m2"], f["contested_m2"])
               for f in result["SUMMARY"].getFeatures()}
    # 30-100: wko preferred bottom right (25 cells); drink preferred x 30-50 (20 cells) and top right (25).
    assert summary[("30-100", "wko")] == pytest.approx((2500, 2500, 2500))
    assert summary[("30-100", "drink")] == pytest.approx((4500, 7000, 2500))
    assert summary[("30-100", None)] == pytest.approx((7000, 7000, 2500))
    assert summary[("3-30", None)] == pytest.approx((0, 0, 0))
    assert summary[("1500-4000", "geo")] == pytest.approx((5000, 5000, 0))
    # The polygons of a band tile the area exactly once.
    for band in ("0-3", "3-30", "30-100", "1500-4000"):
        total = sum(f["area_m2"] for f in result["OUTPUT"].getFeatures() if f["band"] == band)
        assert total == pytest.approx(10000)


def test_first_listed_context_wins(run_alg, make_layer, tables, tmp_path):
    # Two contexts overlap everywhere: wwg (listed first) and bvz (listed second, prefers wko... which
    # the bvz excludes, then cables). The wwg ladder must apply.
    ladder = tmp_path / "two.csv"
    ladder.write_text("context,rank,function\nwwg,1,drink\nbvz,1,cables\n*,1,wko\n", encoding="utf-8")
    layer = make_layer("Polygon", FIELDS, [
        {"wkt": box(0, 0, 100, 100), "kind": "aquifer", "top_m": 0.0, "bottom_m": 140.0},
        {"wkt": box(0, 0, 100, 100), "kind": "wwg", "top_m": 0.0},
        {"wkt": box(0, 0, 100, 100), "kind": "bvz", "top_m": 0.0}], name="both")
    result = run(run_alg, [layer], dict(tables, LADDER=str(ladder)), {"BANDS": "0-3"})
    feature = at(result, "0-3", 50, 50)
    assert (feature["context"], feature["preferred"], feature["competing"]) == ("wwg", "drink", "cables")
    # Swap the order of the contexts in the table: now bvz wins.
    ladder.write_text("context,rank,function\nbvz,1,cables\nwwg,1,drink\n*,1,wko\n", encoding="utf-8")
    result = run(run_alg, [layer], dict(tables, LADDER=str(ladder)), {"BANDS": "0-3"})
    feature = at(result, "0-3", 50, 50)
    assert (feature["context"], feature["preferred"], feature["competing"]) == ("bvz", "cables", "drink")


@pytest.mark.parametrize("text, message", [
    ("context,rank,function\n*,1,nuclear\n", "'nuclear' is not in the functions table"),
    ("context,rank,function\n*,1,wko\n*,1,drink\n", "rank 1 of context '*' is already given in row 2"),
    ("context,rank,function\n*,0,wko\n", "a rank is a whole number from 1"),
    ("context,rank,function\n*,1.5,wko\n", "a rank is a whole number from 1"),
    ("context,rank,function\n*,1,wko\n*,2,WKO\n", "'wko' is already ranked for context '*'"),
    ("context,function\n*,wko\n", "lacks the column(s) rank"),
])
def test_bad_ladder_tables(run_alg, zones_layer, tables, tmp_path, text, message):
    ladder = tmp_path / "bad.csv"
    ladder.write_text(text, encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="bad.csv.*" if "lacks" not in message else "bad.csv") as info:
        run(run_alg, [zones_layer], dict(tables, LADDER=str(ladder)))
    assert message in str(info.value)


def test_without_default_ladder_warns_and_prefers_nothing_outside_contexts(run_alg, zones_layer, tables, tmp_path):
    ladder = tmp_path / "no_default.csv"
    ladder.write_text("context,rank,function\nwwg,1,drink\n", encoding="utf-8")
    feedback = recorder()
    result = run(run_alg, [zones_layer], dict(tables, LADDER=str(ladder)), {"BANDS": "0-3"}, feedback)
    assert any("no ladder for context '*'" in w for w in feedback.warnings)
    outside = at(result, "0-3", 75, 25)
    assert outside["preferred"] in (None, "") and outside["context"] in (None, "")
    inside = at(result, "0-3", 75, 75)
    assert inside["preferred"] == "cables" and inside["context"] == "wwg"


def test_inputs_are_not_modified(run_alg, zones_layer, tables):
    before = [(f.id(), f.attributes(), f.geometry().asWkt()) for f in zones_layer.getFeatures()]
    run(run_alg, [zones_layer], tables)
    assert [(f.id(), f.attributes(), f.geometry().asWkt()) for f in zones_layer.getFeatures()] == before


def test_sample_province_and_default_ladder(run_alg, sample_gpkg, tmp_path):
    """The bundled tables on the sample province: drinking water first inside the protection zones."""
    layers = ["{}|layername={}".format(sample_gpkg, name) for name in (
        "ondergrond_boringsvrije_zone", "ondergrond_ngr", "ondergrond_aquifer", "ondergrond_wko_bestaand")]
    result = run_alg("ondergrond:preferenceladder", {
        "CONSTRAINTS": layers, "CELL_SIZE": 100, "BANDS": "30-100", "OUTPUT": str(tmp_path / "ladder.gpkg"),
        "SUMMARY": str(tmp_path / "summary.gpkg")})
    layer = QgsVectorLayer(result["OUTPUT"])
    assert layer.featureCount() > 0
    contexts = {f["context"] for f in layer.getFeatures()}
    assert "*" in contexts and contexts & {"boringsvrije zone", "ngr"}
    for feature in layer.getFeatures():
        if feature["context"] != "*" and feature["preferred"]:
            # Every protection context of the default ladder puts drinking water first.
            assert feature["preferred"] == "drinkwaterwinning" or "drinkwaterwinning" in feature["excluded"]


def test_qgis_process(qgis_process, sample_gpkg, tmp_path):
    result = qgis_process("ondergrond:preferenceladder", {
        "CONSTRAINTS": "{}|layername=ondergrond_boringsvrije_zone".format(sample_gpkg),
        "BANDS": "1500-4000", "CELL_SIZE": 100, "OUTPUT": str(tmp_path / "cli.gpkg"),
        "SUMMARY": str(tmp_path / "cli_summary.gpkg")})
    layer = QgsVectorLayer(result["results"]["OUTPUT"])
    # The zone is the extent: every deep function is excluded there by the boringsvrije zone (top 45 m, open
    # bottom) except those the rules leave alone; diepe geothermie is excluded.
    assert layer.featureCount() > 0
    assert all("diepe geothermie" in f["excluded"] for f in layer.getFeatures())


# --------------------------------------------------------------- property test against a reference

KINDS = ("aquifer", "wwg", "bvz")


def _reference(geoms, kinds, tops, bottoms, functions, rules, ladder, band, x, y):
    """Preferred function at one cell centre, computed directly from the definitions."""
    point = shapely.Point(x, y)
    here = [i for i in range(len(kinds)) if shapely.covers(geoms[i], point)]
    verdicts = {}
    for name, spec in functions.items():
        if not suitability.ranges_overlap(band.top, band.bottom, spec.top, spec.bottom):
            continue
        top, bottom = max(band.top, spec.top), min(band.bottom, spec.bottom)
        present = {kinds[i] for i in here if suitability.ranges_overlap(tops[i], bottoms[i], top, bottom)}
        verdict = suitability.SUITABLE
        for rule in rules:
            if rule.function != name:
                continue
            if rule.verdict == "required":
                if rule.kind not in present:
                    verdict = max(verdict, suitability.EXCLUDED)
            elif rule.kind in present:
                verdict = max(verdict, rule.severity)
        verdicts[name] = verdict
    context = next((c for c in ladder.specific_contexts
                    if any(kinds[i] == c and suitability.ranges_overlap(tops[i], bottoms[i], band.top, band.bottom)
                           for i in here)), None)
    order = [f for f in ladder.order(context) if f in verdicts]
    possible = [f for f in order if verdicts[f] != suitability.EXCLUDED]
    return (possible[0] if possible else None), (context or "*")


_box = st.tuples(st.integers(0, 9), st.integers(0, 9), st.integers(1, 10), st.integers(1, 10))
_feature = st.tuples(st.sampled_from(KINDS), _box, st.sampled_from([0.0, 2.0, 20.0, 45.0, 1600.0]),
                     st.sampled_from([None, 3.0, 50.0, 140.0, 2000.0]))


@settings(max_examples=30)
@given(st.lists(_feature, min_size=0, max_size=6))
def test_preferred_is_first_possible_function_of_the_applicable_ladder(tmp_path_factory, features):
    folder = tmp_path_factory.mktemp("ladder")
    for name, text in (("f.csv", FUNCTIONS), ("r.csv", RULES), ("l.csv", LADDER)):
        (folder / name).write_text(text, encoding="utf-8")
    functions = suitability.read_functions(folder / "f.csv")
    rules = suitability.read_rules(folder / "r.csv", functions)
    ladder = preference.read_ladder(folder / "l.csv", functions)
    geoms, kinds, tops, bottoms = [], [], [], []
    for kind, (c, r, w, h), top, bottom in features:
        if bottom is not None and bottom <= top:
            bottom = None
        geoms.append(shapely.box(c * 10, r * 10, min(100, (c + w) * 10), min(100, (r + h) * 10)))
        kinds.append(kind)
        tops.append(top)
        bottoms.append(UNBOUNDED if bottom is None else bottom)
    constraints = suitability.Constraints.build(geoms, kinds, tops, bottoms)
    grid = Grid.from_extent(0, 0, 100, 100, 10)
    bands = suitability.parse_bands("0-3,3-30,30-100,1500-4000")
    suit = suitability.Suitability(grid, constraints, functions, rules, bands)
    ranked = preference.PreferenceLadder(suit, ladder)
    (tile,) = suit.tiles()
    arrays = ranked.evaluate_tile(tile)
    xs, ys = grid.centres(tile)
    for state, zone_ids in zip(ranked.bands, arrays):
        for r in range(0, grid.nrows, 3):
            for c in range(0, grid.ncols, 3):
                outcome = ranked.outcome(state, int(zone_ids[r, c]))
                expected = _reference(geoms, kinds, tops, bottoms, functions, rules, ladder, state.band,
                                      xs[c], ys[r])
                assert (outcome["preferred"], outcome["context"]) == expected, (state.band, r, c)
    assert np.all([len(s.zones) >= 2 for s in ranked.bands])
