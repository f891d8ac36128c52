"""The depth and time conventions (core/canonical.py), without QGIS."""

import datetime
import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ondergrond.core import canonical


def test_null_top_is_ground_level_and_null_bottom_unbounded():
    assert canonical.depth_range(None, None) == (0.0, math.inf)
    assert canonical.depth_range("", "12,5") == (0.0, 12.5)  # decimal comma from Dutch spreadsheets


@pytest.mark.parametrize("top, bottom, message", [
    (5, 3, "top 5.0 m lies below bottom 3.0 m"),
    (-1, 3, "cannot be negative"),
    ("diep", 3, "'diep' is not a number"),
])
def test_depth_range_errors_name_the_problem(top, bottom, message):
    with pytest.raises(ValueError, match=message):
        canonical.depth_range(top, bottom, "layer x, feature 7")


def test_touching_ranges_do_not_overlap():
    assert not canonical.ranges_overlap(0, 3, 3, 30)
    assert canonical.ranges_overlap(0, 3.01, 3, 30)
    assert canonical.ranges_overlap(0, math.inf, 1500, 4000)
    assert list(canonical.ranges_overlap(np.array([0, 10]), np.array([5, 20]), 5, 15)) == [False, True]


def test_vertical_gap():
    # Pipe at 0.8-1.0 and a cable at 0.6-0.65: 0.15 m apart. Overlapping intervals: 0.
    assert canonical.vertical_gap(0.8, 1.0, 0.6, 0.65) == pytest.approx(0.15)
    assert canonical.vertical_gap(0.6, 0.65, 0.8, 1.0) == pytest.approx(0.15)
    assert canonical.vertical_gap(0.8, 1.4, 1.0, 1.2) == 0.0


@pytest.mark.parametrize("value, year", [
    (2030, 2030), (2030.0, 2030), ("2030", 2030), ("2030-05-01", 2030), ("2030/5/1", 2030),
    ("01-05-2030", 2030), ("2030-05-01T12:00:00", 2030), (datetime.date(2031, 1, 1), 2031),
    (None, None), ("", None), (float("nan"), None),
])
def test_parse_year_accepts_years_and_dates(value, year):
    assert canonical.parse_year(value) == year


@pytest.mark.parametrize("value", ["volgend jaar", 2030.5, True, "31-31"])
def test_parse_year_refuses_what_is_not_a_year(value):
    with pytest.raises(ValueError):
        canonical.parse_year(value, "valid_to")


def test_time_overlap_is_inclusive_and_open_ended():
    assert canonical.years_overlap(2028, 2087, 2087, None)  # touching years overlap (inclusive)
    assert not canonical.years_overlap(2028, 2087, 2088, None)
    assert canonical.years_overlap(None, None, 1900, 1900)
    assert not canonical.valid_in_year(None, 2025, 2026)
    with pytest.raises(ValueError, match="after valid_to"):
        canonical.year_range(2040, 2030)


@given(st.floats(0, 1e4), st.floats(0, 1e4), st.floats(0, 1e4), st.floats(0, 1e4))
def test_overlap_and_gap_agree(a, b, c, d):
    top_a, bottom_a = sorted((a, b))
    top_b, bottom_b = sorted((c, d))
    gap = canonical.vertical_gap(top_a, bottom_a, top_b, bottom_b)
    overlap = canonical.ranges_overlap(top_a, bottom_a, top_b, bottom_b)
    assert gap >= 0
    if overlap:
        assert gap == 0
    # symmetric
    assert gap == canonical.vertical_gap(top_b, bottom_b, top_a, bottom_a)
    assert overlap == canonical.ranges_overlap(top_b, bottom_b, top_a, bottom_a)


def test_record_problems():
    assert canonical.record_problems(top=0, bottom=3, depth=0.8, diameter=0.16, valid_from=2020) == []
    problems = canonical.record_problems(diameter=160)
    assert len(problems) == 1 and "millimetres" in problems[0]
