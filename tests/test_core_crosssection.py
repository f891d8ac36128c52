"""Kernel of the cross-section (core/crosssection.py): a hand-made street with known answers. No QGIS.

Section LINESTRING(0 0, 20 0), buffer 1 m, so the distance along the section is x. Hand-computed:
- water pipe x = 5 (perpendicular), depth 1.0, diameter 0.2: circle at 5, centre y -1.1, radius 0.1.
- telecom cable from (8 -2) to (12 2), 45 degrees: it enters the buffer at x = 9 but meets the section at
  x = 10; depth 0.6, no diameter: circle at 10 with the minimum radius 0.025.
- gasLageDruk from (14 -sqrt(3)) to (16 sqrt(3)), 60 degrees, no depth: meets y = 0 at x = 15, top 0.7
  (the defaults table), assumed.
- laagspanning along the section at y = 0.5 from x 2 to 7, depth 0.8, diameter 0.1: a band 2-7, 0.8-0.9.
- a cable at y = 3 (outside the buffer): absent.
- crate polygon x 11-13, y -1..1, top 0.5 bottom 1.5: band 11-13.
- tree at (17, 1.5), root zone radius 2.5: the disc meets the section line over x = 17 -/+ sqrt(2.5^2 - 1.5^2)
  = 15..19, from 0 down (unbounded bottom).
- a pipe at x = 3 valid from 2030, and one at x = 18 valid until 2020 (depth 1.2): years decide.
- a volume with top 12 m: below a depth_max of 10 m.
"""

import math
import os

import numpy as np
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from ondergrond.core import crosssection as cs
from ondergrond.core import reservation as res
from ondergrond.core import section_drawing

RULES = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "rules")
DEFAULTS = res.DefaultDepths.read(os.path.join(RULES, "default_depths.csv"))
CLEARANCES = res.Clearances.read(os.path.join(RULES, "clearances.csv"))
LINE = shapely.from_wkt("LINESTRING (0 0, 20 0)")
R3 = math.sqrt(3)


def street():
    lines = res.resolve_obstacles(
        "kabels", res.LINE, [1, 2, 3, 4, 5, 6, 7],
        shapely.from_wkt(["LINESTRING (5 -10, 5 10)", "LINESTRING (8 -2, 12 2)",
                          "LINESTRING (14 {}, 16 {})".format(-R3, R3), "LINESTRING (2 0.5, 7 0.5)",
                          "LINESTRING (0 3, 20 3)", "LINESTRING (3 -5, 3 5)", "LINESTRING (18 -5, 18 5)"]),
        ["water", "datatransport", "gasLageDruk", "laagspanning", "water", "warmte", "water"], DEFAULTS,
        depth=[1.0, 0.6, None, 0.8, 1.0, 0.9, 1.2], diameter=[0.2, None, 0.1, 0.1, 0.1, 0.3, 0.1],
        valid_from=[None, None, None, None, None, 2030, None], valid_to=[None, None, None, None, None, None, 2020])
    crates = res.resolve_obstacles(
        "kratten", res.POLYGON, [1, 2],
        shapely.from_wkt(["POLYGON ((11 -1, 13 -1, 13 1, 11 1, 11 -1))", "POLYGON ((0 -1, 1 -1, 1 1, 0 1, 0 -1))"]),
        ["infiltratiekrat", "reservering"], DEFAULTS, top=[0.5, 12.0], bottom=[1.5, 15.0])
    trees = res.resolve_obstacles("bomen", res.POINT, [1], shapely.from_wkt(["POINT (17 1.5)"]), ["boom"], DEFAULTS)
    return res.Obstacles.concat([lines, crates, trees])


def rows(items, obstacles):
    return {(obstacles.layer[o], int(obstacles.fid[o]), items.shape[k]): k for k, o in enumerate(items.obstacle)}


def test_positions_and_depths_by_hand():
    obstacles = street()
    items = cs.cut(LINE, obstacles, buffer=1.0, depth_max=10.0, year=2026)
    found = rows(items, obstacles)
    assert set(found) == {("kabels", 1, "circle"), ("kabels", 2, "circle"), ("kabels", 3, "circle"),
                          ("kabels", 4, "band"), ("kratten", 1, "band"), ("bomen", 1, "band")}
    k = found["kabels", 1, "circle"]
    assert items.distance[k] == pytest.approx(5.0)
    assert (items.top[k], items.bottom[k]) == pytest.approx((1.0, 1.2))
    centre = items.geoms[k].centroid
    assert (centre.x, centre.y) == pytest.approx((5.0, -1.1), abs=1e-9)
    assert (items.distance_from[k], items.distance_to[k]) == pytest.approx((4.9, 5.1))
    k = found["kabels", 2, "circle"]  # at an angle: where it meets the line, not where it enters the buffer
    assert items.distance[k] == pytest.approx(10.0)
    assert items.top[k] == pytest.approx(0.6)
    assert items.distance_to[k] - items.distance_from[k] == pytest.approx(2 * cs.MIN_RADIUS)
    k = found["kabels", 3, "circle"]
    assert items.distance[k] == pytest.approx(15.0)
    assert items.top[k] == pytest.approx(0.7)
    assert obstacles.assumed[items.obstacle[k]]
    k = found["kabels", 4, "band"]
    assert (items.distance_from[k], items.distance_to[k]) == pytest.approx((2.0, 7.0))
    assert (items.top[k], items.bottom[k]) == pytest.approx((0.8, 0.9))
    assert items.geoms[k].bounds == pytest.approx((2.0, -0.9, 7.0, -0.8))
    k = found["kratten", 1, "band"]
    assert items.geoms[k].bounds == pytest.approx((11.0, -1.5, 13.0, -0.5))
    k = found["bomen", 1, "band"]
    assert (items.distance_from[k], items.distance_to[k]) == pytest.approx((15.0, 19.0), abs=2e-3)
    assert items.top[k] == 0.0 and math.isinf(items.bottom[k])
    assert items.geoms[k].bounds[1] == pytest.approx(-10.0)  # the unbounded root zone stops at depth_max
    assert list(items.distance) == sorted(items.distance)


def test_years():
    obstacles = street()
    ids = {year: {(obstacles.layer[o], int(obstacles.fid[o])) for o in cs.cut(LINE, obstacles, year=year).obstacle}
           for year in (2019, 2026, 2030, None)}
    assert ("kabels", 7) in ids[2019] and ("kabels", 6) not in ids[2019]
    assert ("kabels", 7) not in ids[2026] and ("kabels", 6) not in ids[2026]
    assert ("kabels", 6) in ids[2030] and ("kabels", 7) not in ids[2030]
    assert {("kabels", 6), ("kabels", 7)} <= ids[None]
    items = cs.cut(LINE, obstacles, year=2030)
    k = rows(items, obstacles)["kabels", 6, "circle"]
    assert items.distance[k] == pytest.approx(3.0) and items.top[k] == pytest.approx(0.9)


def test_depth_max_and_buffer():
    obstacles = street()
    deep = {(obstacles.layer[o], int(obstacles.fid[o])) for o in cs.cut(LINE, obstacles, depth_max=20).obstacle}
    assert ("kratten", 2) in deep
    shallow = {(obstacles.layer[o], int(obstacles.fid[o])) for o in cs.cut(LINE, obstacles, depth_max=10).obstacle}
    assert ("kratten", 2) not in shallow
    wide = {(obstacles.layer[o], int(obstacles.fid[o])) for o in cs.cut(LINE, obstacles, buffer=3.5).obstacle}
    assert ("kabels", 5) in wide  # the cable at y = 3 runs along the section: a band 0-20
    items = cs.cut(LINE, obstacles, buffer=0.2)  # the cable at y = 0.5 is outside a 0.2 m buffer
    assert ("kabels", 4, "band") not in rows(items, obstacles)


def test_bad_input():
    with pytest.raises(ValueError, match="exactly one"):
        cs.section_line([LINE, LINE])
    with pytest.raises(ValueError, match="separate parts"):
        cs.section_line([shapely.from_wkt("MULTILINESTRING ((0 0, 1 0), (5 0, 6 0))")])
    with pytest.raises(ValueError, match="buffer"):
        cs.cut(LINE, street(), buffer=float("nan"))
    with pytest.raises(ValueError, match="maximum depth"):
        cs.cut(LINE, street(), depth_max=0)
    assert len(cs.cut(LINE, res.Obstacles.empty())) == 0


@settings(max_examples=60, deadline=None)
@given(angle=st.floats(10, 170), at=st.floats(1, 19), depth=st.floats(0, 50), length=st.floats(2, 30))
def test_crossing_at_any_angle(angle, at, depth, length):
    """A straight pipe through (at, 0) at any angle is one circle at ``at`` and its own depth."""
    dx, dy = math.cos(math.radians(angle)) * length, math.sin(math.radians(angle)) * length
    pipe = shapely.LineString([(at - dx, -dy), (at + dx, dy)])
    obstacles = res.resolve_obstacles("p", res.LINE, [1], [pipe], ["water"], DEFAULTS, depth=[depth], diameter=[0.2])
    items = cs.cut(LINE, obstacles, buffer=1.0, depth_max=100.0)
    assert list(items.shape) == ["circle"]
    assert items.distance[0] == pytest.approx(at, abs=1e-7)
    assert items.top[0] == pytest.approx(depth)


def test_drawing(tmp_path):
    obstacles = street()
    items = cs.cut(LINE, obstacles, depth_max=3.0, year=2026)
    section = cs.drawing_section(items, obstacles, LINE.length, "Test", "buffer 1 m", depth_max=3.0,
                                 clearances=CLEARANCES, clearance_type="warmte")
    assert [item.clearance for item in section.items if item.utility_type == "water"] == [1.0]
    assert section_drawing.draw(section, tmp_path / "s.png").endswith("s.png")
    assert (tmp_path / "s.png").stat().st_size > 10000
    section_drawing.draw(section, tmp_path / "s.svg")
    assert (tmp_path / "s.svg").read_text().lstrip().startswith("<?xml")
    deep = res.resolve_obstacles("deep", res.POLYGON, [1, 2], [LINE.buffer(2), LINE.buffer(1)], ["wko", "geothermie"],
                                 DEFAULTS, top=[20.0, 1800.0], bottom=[180.0, 2600.0])
    items = cs.cut(LINE, deep, depth_max=4000.0)
    assert np.allclose(sorted(items.top), [20.0, 1800.0])
    section = cs.drawing_section(items, deep, LINE.length, "Deep", depth_max=4000.0, log_depth=True)
    section_drawing.draw(section, tmp_path / "deep.png")
    assert (tmp_path / "deep.png").stat().st_size > 10000
