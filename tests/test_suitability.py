"""The depth-band suitability kernel (core/suitability.py), without QGIS.

Grids here are small (10 m cells) so every expected cell can be derived by hand: a cell is
covered when its centre lies inside a polygon (boundary included) or within a point's/line's
radius; cell (r, c) of a grid with top-left (0, 100) has its centre at (5 + 10c, 95 - 10r).
"""

from pathlib import Path

import numpy as np
import pytest
import shapely
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from ondergrond.core.grid import Grid
from ondergrond.core.suitability import (
    CONDITIONAL,
    DEFAULT_BANDS,
    EXCLUDED,
    SUITABLE,
    Band,
    Constraints,
    Function,
    Rule,
    Suitability,
    matrix_csv_rows,
    matrix_html,
    parse_bands,
    read_functions,
    read_rules,
    select_functions,
)
from ondergrond.core.tables import TableError

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"


def evaluate(constraints, functions, rules, bands, grid=None, tile_cells=10_000):
    """Run the kernel and assemble, per pair, the full verdict grid and the zone reasons per cell."""
    grid = grid or Grid.from_extent(0, 0, 100, 100, 10)
    suit = Suitability(grid, constraints, functions, rules, bands, tile_cells=tile_cells)
    verdicts = {(p.function, p.band.label): np.zeros((grid.nrows, grid.ncols), int) for p in suit.pairs}
    reasons = {(p.function, p.band.label): np.empty((grid.nrows, grid.ncols), object) for p in suit.pairs}
    for tile, arrays in suit.run():
        for pair in suit.pairs:
            zones = arrays[pair.group]
            key = (pair.function, pair.band.label)
            window = np.s_[tile.row0:tile.row0 + tile.nrows, tile.col0:tile.col0 + tile.ncols]
            verdicts[key][window] = suit.verdicts(pair)[zones]
            texts = np.array([""] + [suit.zone_attributes(pair, z)[2]
                                     for z in range(1, suit.groups[pair.group].nzones + 1)], dtype=object)
            reasons[key][window] = texts[zones]
    return suit, verdicts, reasons


def box_constraints(items):
    """items: (kind, (xmin, ymin, xmax, ymax), top, bottom) -> Constraints with ids f0, f1, ..."""
    return Constraints.build([shapely.box(*b) for _, b, _, _ in items], [k for k, _, _, _ in items],
                             [t for _, _, t, _ in items], [b for _, _, _, b in items],
                             ids=[f"f{i}" for i in range(len(items))])


GEO = {"geo": Function("geo", 1500, 4000)}
BAND_DEEP = [Band(1500, 4000)]


def test_excluded_conditional_allowed_and_worst_wins():
    # Left half (x < 50: columns 0-4) a boringsvrije zone (excluded), bottom half (y < 50: rows 5-9)
    # a breukzone (conditional), right-top quarter nothing; an allowed 'ngr' on the whole area.
    constraints = box_constraints([
        ("boringsvrije zone", (0, 0, 50, 100), 3, None),
        ("breukzone", (0, 0, 100, 50), 0, None),
        ("ngr", (0, 0, 100, 100), 0, None),
    ])
    rules = [Rule("geo", "boringsvrije zone", "excluded", "nee"), Rule("geo", "breukzone", "conditional"),
             Rule("geo", "ngr", "allowed")]
    suit, verdicts, reasons = evaluate(constraints, GEO, rules, BAND_DEEP)
    v = verdicts[("geo", "1500-4000")]
    expected = np.full((10, 10), SUITABLE)
    expected[:, :5] = EXCLUDED  # excluded beats conditional where both are present
    expected[5:, 5:] = CONDITIONAL
    np.testing.assert_array_equal(v, expected)
    r = reasons[("geo", "1500-4000")]
    assert r[9, 0] == ("boringsvrije zone: excluded (features f0) - nee; "
                       "breukzone: conditional (features f1); ngr: allowed (features f2)")
    assert r[0, 9] == "ngr: allowed (features f2)"
    # 50 cells of 100 m2 excluded, 25 conditional, 25 suitable.
    (function, (areas,)), = suit.matrix()
    assert areas == {SUITABLE: 2500.0, CONDITIONAL: 2500.0, EXCLUDED: 5000.0}


def test_required_absent_is_excluded_with_reason():
    functions = {"wko": Function("wko", 30, 150)}
    constraints = box_constraints([("Aquifer", (30, 0, 100, 50), 30, 100)])
    rules = [Rule("wko", "aquifer", "required", "pakket nodig")]
    _, verdicts, reasons = evaluate(constraints, functions, rules, [Band(30, 100), Band(100, 500)])
    # Band 30-100: aquifer (30-100, kind matched case-insensitively) covers centres x >= 35, y <= 45.
    expected = np.full((10, 10), EXCLUDED)
    expected[5:, 3:] = SUITABLE
    np.testing.assert_array_equal(verdicts[("wko", "30-100")], expected)
    assert reasons[("wko", "30-100")][0, 0] == "no aquifer: excluded - pakket nodig"
    assert reasons[("wko", "30-100")][9, 9] == "aquifer: required, present (features f0) - pakket nodig"
    # Band 100-500: R = 100-150; the aquifer ends at 100 m (touching): absent everywhere.
    assert (verdicts[("wko", "100-500")] == EXCLUDED).all()


def test_touching_depth_ranges_do_not_overlap():
    functions = {"f": Function("f", 0, 1000)}
    rules = [Rule("f", "k", "excluded")]
    constraints = box_constraints([
        ("k", (0, 0, 100, 100), 0, 30),       # ends where band 30-100 starts: no effect there
        ("k", (0, 50, 100, 100), 100, 200),   # starts where 30-100 ends: no effect; overlaps 100-500
        ("k", (0, 0, 10, 100), 99.9, 100.1),  # a thin layer across the 100 m edge: affects both
    ])
    _, verdicts, reasons = evaluate(constraints, functions, rules, [Band(30, 100), Band(100, 500)])
    expected = np.full((10, 10), SUITABLE)
    expected[:, 0] = EXCLUDED
    np.testing.assert_array_equal(verdicts[("f", "30-100")], expected)
    expected_deep = expected.copy()
    expected_deep[:5, :] = EXCLUDED  # rows 0-4: centres y >= 55 inside the 100-200 m feature
    np.testing.assert_array_equal(verdicts[("f", "100-500")], expected_deep)
    assert reasons[("f", "100-500")][0, 0] == "k: excluded (features f1, f2)"


def test_function_range_limits_the_window_and_the_bands():
    # Function 30-150 in band 100-500: R = 100-150. A constraint at 200-300 lies in the band but
    # below the function, so it has no effect; bands 0-3 and 500-1500 are not used at all.
    functions = {"wko": Function("wko", 30, 150)}
    constraints = box_constraints([("k", (0, 0, 100, 100), 200, 300), ("k", (0, 0, 50, 100), 140, 160)])
    rules = [Rule("wko", "k", "excluded")]
    bands = parse_bands("0-3,3-30,30-100,100-500,500-1500")
    suit, verdicts, _ = evaluate(constraints, functions, rules, bands)
    assert sorted(verdicts) == [("wko", "100-500"), ("wko", "30-100")]  # 3-30 only touches 30
    assert (verdicts[("wko", "30-100")] == SUITABLE).all()
    assert (verdicts[("wko", "100-500")][:, :5] == EXCLUDED).all()
    assert (verdicts[("wko", "100-500")][:, 5:] == SUITABLE).all()
    ((_, cells),) = suit.matrix()
    assert cells[0] is None and cells[1] is None and cells[4] is None
    assert cells[3] == {SUITABLE: 5000.0, CONDITIONAL: 0.0, EXCLUDED: 5000.0}


def test_kinds_without_rules_and_other_functions_have_no_effect():
    functions = {"a": Function("a", 0, 10), "b": Function("b", 0, 10)}
    constraints = box_constraints([("k", (0, 0, 100, 100), None, None),
                                   ("onbekend", (0, 0, 100, 100), None, None)])
    rules = [Rule("b", "k", "excluded")]
    suit, verdicts, reasons = evaluate(constraints, functions, rules, [Band(0, 3)])
    assert (verdicts[("a", "0-3")] == SUITABLE).all()
    assert reasons[("a", "0-3")][0, 0] == ""
    assert (verdicts[("b", "0-3")] == EXCLUDED).all()
    assert suit.unused_kinds() == ["onbekend"]


def test_points_and_lines_are_widened_by_their_radius_polygons_are_not():
    # Point at the centre of cell (4, 4) = (45, 55) with radius 10: centres at distance <= 10 are
    # the cell itself and its 4 neighbours (diagonals are 14.1 m away): 5 cells.
    # Line along y = 15 from x = 0 to 100 without radius: it runs through the middle of row 8
    # (y 10-20), touching its 10 cells. The polygon's radius is ignored: it covers 1 cell.
    geoms = [shapely.Point(45, 55), shapely.LineString([(0, 15), (100, 15)]), shapely.box(90, 90, 100, 100)]
    constraints = Constraints.build(geoms, ["k", "k", "k"], [None] * 3, [None] * 3, radii=[10, None, 50],
                                    ids=["p", "l", "v"])
    rules = [Rule("f", "k", "excluded")]
    _, verdicts, _ = evaluate(constraints, {"f": Function("f", 0, 3)}, rules, [Band(0, 3)])
    v = verdicts[("f", "0-3")]
    expected = np.full((10, 10), SUITABLE)
    expected[4, 4] = expected[3, 4] = expected[5, 4] = expected[4, 3] = expected[4, 5] = EXCLUDED
    expected[8, :] = EXCLUDED
    expected[0, 9] = EXCLUDED
    np.testing.assert_array_equal(v, expected)


def test_tiles_give_the_same_zones_as_one_tile():
    constraints = box_constraints([("a", (12, 3, 77, 64), 0, None), ("b", (40, 40, 100, 97), 0, None),
                                   ("a", (0, 55, 33, 100), 0, None)])
    rules = [Rule("f", "a", "conditional"), Rule("f", "b", "required")]
    functions = {"f": Function("f", 0, 3)}
    _, one, one_r = evaluate(constraints, functions, rules, [Band(0, 3)], tile_cells=10_000)
    suit, many, many_r = evaluate(constraints, functions, rules, [Band(0, 3)], tile_cells=9)  # 3 x 3 tiles
    np.testing.assert_array_equal(one[("f", "0-3")], many[("f", "0-3")])
    assert (one_r[("f", "0-3")] == many_r[("f", "0-3")]).all()
    # Zone ids are global: distinct (verdict, reasons) only, however many tiles saw them.
    texts = [suit.zone_attributes(suit.pairs[0], z)[2] for z in range(1, suit.groups[0].nzones + 1)]
    assert len(texts) == len(set(texts)) == len(set(one_r[("f", "0-3")].ravel()))


def test_functions_with_the_same_relevant_features_share_one_partition():
    # 'kabels' and 'warmtenet' (both 0-3 m) have rules for the same kind: one zone partition (group),
    # but each its own verdict and note. 'diep' sees no feature at 0-3 m: a group of its own.
    functions = {"kabels": Function("kabels", 0, 3), "warmtenet": Function("warmtenet", 0, 3),
                 "diep": Function("diep", 0, 3)}
    rules = [Rule("kabels", "archeologie", "conditional", "onderzoek"),
             Rule("warmtenet", "archeologie", "excluded", "niet hier"), Rule("diep", "breukzone", "excluded")]
    constraints = box_constraints([("archeologie", (0, 0, 50, 50), 0, 3),
                                   ("breukzone", (0, 0, 100, 100), 300, None)])
    suit, verdicts, reasons = evaluate(constraints, functions, rules, [Band(0, 3)])
    assert len(suit.groups) == 2 and [p.group for p in suit.pairs] == [0, 0, 1]
    assert verdicts[("kabels", "0-3")][9, 0] == CONDITIONAL and verdicts[("warmtenet", "0-3")][9, 0] == EXCLUDED
    assert reasons[("warmtenet", "0-3")][9, 0] == "archeologie: excluded (features f0) - niet hier"
    assert (verdicts[("diep", "0-3")] == SUITABLE).all()


def test_outside_features_are_listed():
    constraints = box_constraints([("k", (500, 500, 600, 600), 0, None), ("k", (0, 0, 10, 10), 0, None)])
    suit = Suitability(Grid.from_extent(0, 0, 100, 100, 10), constraints, {"f": Function("f", 0, 3)},
                       [Rule("f", "k", "excluded")], [Band(0, 3)])
    assert suit.outside() == ["f0"]


def test_too_many_cells_are_refused_before_allocating():
    grid = Grid(0.0, 0.0, 1.0, 20_000, 20_000)  # 400 million cells: nothing is allocated yet
    with pytest.raises(ValueError, match="400,000,000 cells"):
        Suitability(grid, box_constraints([]), GEO, [], BAND_DEEP)


# ------------------------------------------------------------------------------------- properties

def brute_force(constraints, function, rules, band, grid):
    """The semantics, cell by cell in plain Python (the reference for the vectorised kernel)."""
    top, bottom = max(band.top, function.top), min(band.bottom, function.bottom)
    by_kind = {r.kind: r for r in rules}
    order = {"allowed": 1, "required": 1, "conditional": 2, "excluded": 3}
    out = np.zeros((grid.nrows, grid.ncols), int)
    for r in range(grid.nrows):
        for c in range(grid.ncols):
            point = shapely.Point(grid.xmin + (c + 0.5) * grid.cell, grid.ymax - (r + 0.5) * grid.cell)
            present = set()
            verdict = 1
            features = zip(constraints.geoms, constraints.kinds, constraints.tops, constraints.bottoms)
            for g, k, t, b in features:
                if k in by_kind and t < bottom and top < b and shapely.intersects(g, point):
                    present.add(k)
                    verdict = max(verdict, order[by_kind[k].verdict])
            if any(rule.verdict == "required" and rule.kind not in present for rule in rules):
                verdict = 3
            out[r, c] = verdict
    return out


box_strategy = st.tuples(st.integers(0, 90), st.integers(0, 90), st.integers(3, 60), st.integers(3, 60))


@settings(max_examples=40, deadline=None)
@given(boxes=st.lists(st.tuples(st.sampled_from("abc"), box_strategy, st.integers(0, 400),
                                st.integers(1, 400)), max_size=8),
       verdicts=st.tuples(*[st.sampled_from(["allowed", "conditional", "excluded", "required"])] * 3),
       tile_cells=st.sampled_from([4, 25, 10_000]))
def test_kernel_matches_brute_force(boxes, verdicts, tile_cells):
    items = [(k, (x + 0.3, y + 0.3, x + w + 0.3, y + h + 0.3), t, t + d) for k, (x, y, w, h), t, d in boxes]
    constraints = box_constraints(items)
    rules = [Rule("f", kind, verdict) for kind, verdict in zip("abc", verdicts)]
    function = Function("f", 20, 300)
    bands = [Band(0, 50), Band(50, 250), Band(250, 500)]
    grid = Grid.from_extent(0, 0, 100, 100, 10)
    _, result, _ = evaluate(constraints, {"f": function}, rules, bands, grid, tile_cells)
    for band in bands:
        expected = brute_force(constraints, function, rules, band, grid)
        np.testing.assert_array_equal(result[("f", band.label)], expected)


# ----------------------------------------------------------------------------------- tables, text

def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_default_tables_load_and_cover_the_drinking_water_zones():
    functions = read_functions(RULES_DIR / "functions.csv")
    rules = read_rules(RULES_DIR / "suitability_rules.csv", functions)
    kinds = {r.key for r in rules}
    # The labels ondergrond:drinkingwaterprotection writes must work as kinds without editing.
    assert {"waterwingebied", "grondwaterbeschermingsgebied", "100-jaarszone", "boringsvrije zone"} <= kinds
    assert {"ngr", "asv", "aquifer", "breukzone", "zoutstructuur", "archeologie", "bestaande wko"} <= kinds
    assert all(r.note for r in rules) and all(f.note for f in functions.values())
    assert functions["diepe geothermie"].top == 1500 and functions["wko open"].bottom == 150
    # Geothermal energy in a waterwingebied is excluded (drinking water is a hard boundary, seed 001).
    rule = next(r for r in rules if r.function == "diepe geothermie" and r.kind == "waterwingebied")
    assert rule.verdict == "excluded"


@pytest.mark.parametrize("text, message", [
    ("function,top_m\nf,0\n", "functions.csv lacks the column(s) bottom_m"),
    ("function,top_m,bottom_m\nf,0,10\ng,20,10\n", "functions.csv, row 3, column 'bottom_m'"),
    ("function;top_m;bottom_m\nf;0;10\ng;x;10\n",
     "functions.csv, row 3, column 'top_m': 'x' is not a number"),
    ("function,top_m,bottom_m\nf,-5,10\n", "functions.csv, row 2, column 'top_m'"),
    ("function,top_m,bottom_m\nf,0,10\nF,0,20\n",
     "functions.csv, row 3, column 'function': 'F' is listed twice"),
])
def test_bad_functions_table(tmp_path, text, message):
    with pytest.raises(TableError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_functions(write(tmp_path, "functions.csv", text))


@pytest.mark.parametrize("text, message", [
    ("function,verdict\nf,excluded\n", r"rules.csv lacks the column\(s\) kind"),
    ("function,kind,verdict\nf,k,excluded\nf,j,forbidden\n",
     "rules.csv, row 3, column 'verdict': 'forbidden'"),
    ("function,kind,verdict\ng,k,excluded\n",
     "rules.csv, row 2, column 'function': 'g' is not in the functions"),
    ("function,kind,verdict\nf,k,excluded\nf,K ,allowed\n", "rules.csv, row 3, column 'kind'.*row 2"),
])
def test_bad_rules_table(tmp_path, text, message):
    with pytest.raises(TableError, match=message):
        read_rules(write(tmp_path, "rules.csv", text), {"f": Function("f", 0, 10)})


def test_semicolon_rules_with_decimal_comma(tmp_path):
    text = "\ufefffunction;top_m;bottom_m\nkabels;0,5;3\nput;10;\n"  # BOM, semicolons, decimal comma
    functions = read_functions(write(tmp_path, "f.csv", text))
    assert functions["kabels"].top == 0.5 and functions["put"].bottom == float("inf")


def test_bands():
    assert [b.label for b in parse_bands(DEFAULT_BANDS)] == DEFAULT_BANDS.split(",")
    assert parse_bands("0-3, 10-20 ,4000-")[2].bottom == float("inf")
    for text, message in [("0-3,2-30", "'0-3' and '2-30'"), ("30-100,0-3", "'30-100' and '0-3'"),
                          ("0-3,abc", "'abc' is not of the form"), ("5-5", "'5-5'"), ("", "at least one")]:
        with pytest.raises(ValueError, match=message):
            parse_bands(text)


def test_select_functions():
    functions = {"warmtenet": None, "wko open": None}
    assert select_functions(functions, "") == ["warmtenet", "wko open"]
    assert select_functions(functions, " WKO open ,warmtenet") == ["wko open", "warmtenet"]
    with pytest.raises(ValueError, match="Unknown function.*geothermie.*warmtenet, wko open"):
        select_functions(functions, "geothermie")


def test_matrix_csv_and_html():
    functions = {"f": Function("f", 0, 50, "Eff")}
    bands = [Band(0, 3), Band(100, 500)]
    matrix = [("f", [{SUITABLE: 3e6, CONDITIONAL: 1e6, EXCLUDED: 0.0}, None])]
    rows = matrix_csv_rows(matrix, bands, functions)
    assert rows[1] == ["f", "Eff", "0-3", "0", "3", "yes", "3000000", "1000000", "0", "75.0", "25.0", "0.0"]
    assert rows[2][:6] == ["f", "Eff", "100-500", "100", "500", "no"]
    html = matrix_html(matrix, bands, functions)
    assert "suitable: 3.0 km² (75%)" in html and "conditional: 1.0 km² (25%)" in html
    assert "not used" in html and "#009E73" in html and "excluded:" not in html


def test_matrix_bars_are_drawn_by_qt_rich_text(qgis_app):
    """QGIS shows HTML through Qt's rich text, which ignores CSS flex boxes: the bars are table cells.
    Rendered with QTextDocument, the first bar is 3/4 suitable green and 1/4 conditional orange."""
    from qgis.PyQt.QtGui import QColor, QImage, QPainter, QTextDocument

    functions = {"f": Function("f", 0, 50, "Eff")}
    matrix = [("f", [{SUITABLE: 3e6, CONDITIONAL: 1e6, EXCLUDED: 0.0}])]
    document = QTextDocument()
    document.setHtml(matrix_html(matrix, [Band(0, 3)], functions))
    document.setTextWidth(700)
    image = QImage(700, int(document.size().height()) + 1, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    document.drawContents(painter)
    painter.end()
    green, orange = QColor("#009E73").rgb(), QColor("#E69F00").rgb()
    rows = [[image.pixel(x, y) for x in range(image.width())] for y in range(image.height())]
    bar = max(rows, key=lambda row: row.count(green) * row.count(orange))  # the row through the bar
    assert bar.count(green) / (bar.count(green) + bar.count(orange)) == pytest.approx(0.75, abs=0.05)


# ------------------------------------------------------------------- the grid's scanline fill

polygon_strategy = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), min_size=3, max_size=9)


@settings(max_examples=300, deadline=None)
@given(shell=polygon_strategy, hole=st.booleans(), half=st.booleans(), tile_side=st.sampled_from([3, 7, 20]))
def test_scanline_fill_equals_centre_in_polygon(shell, hole, half, tile_side):
    # Vertices on a 5 m lattice (often exactly on cell centres and edges, 10 m cells) stress the
    # boundary rules: the fill must equal shapely.intersects of every cell centre.
    # Only valid polygons (a repaired self-intersection has vertices off the lattice, where "on the
    # boundary" is decided by rounding in either method).
    scale = 2.5 if half else 5.0
    polygon = shapely.Polygon([(x * scale, y * scale) for x, y in shell])
    assume(polygon.is_valid and polygon.area > 0)
    hole_ring = shapely.box(40, 40, 65, 55)
    if hole and polygon.contains(hole_ring):  # a lattice hole (a difference would add off-lattice vertices)
        with_hole = shapely.Polygon(polygon.exterior.coords, [hole_ring.exterior.coords])
        polygon = with_hole if with_hole.is_valid else polygon
    grid = Grid.from_extent(0, 0, 200, 200, 10)
    for tile in grid.tiles(tile_side * tile_side):
        rows, cols, _ = grid.cover(polygon, tile)
        got = np.zeros((tile.nrows, tile.ncols), bool)
        got[rows, cols] = True
        xs, ys = grid.centres(tile)
        px, py = np.meshgrid(xs, ys)
        expected = shapely.intersects(polygon, shapely.points(px.ravel(), py.ravel())).reshape(px.shape)
        np.testing.assert_array_equal(got, expected)
