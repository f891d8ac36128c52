"""The public contract's depth and time conventions, in one place.

Depth: metres below ground level, positive downward. A volume is ``[top_m, bottom_m]`` with
NULL top = 0 and NULL bottom = unbounded; a cable or pipe is ``depth_m`` (top of pipe) plus
``diameter_m``. Intervals that only touch do not overlap.

Time: ``valid_from`` / ``valid_to`` inclusive, as years or dates; NULL is open-ended.
"""

import datetime as _dt
import math
import re

import numpy as np

from .i18n import tr

UNBOUNDED = math.inf

# Canonical field names: the public contract every algorithm, style and test uses (import these rather
# than spelling them again).
TOP, BOTTOM, DEPTH, DIAMETER = "top_m", "bottom_m", "depth_m", "diameter_m"
VALID_FROM, VALID_TO = "valid_from", "valid_to"
# The years two things with a validity both exist (the reservation check's conflicts).
OVERLAP_FROM, OVERLAP_TO = "overlap_from", "overlap_to"
# The name of a protection zone (drinking-water protection writes it; suitability and ground energy read it).
ZONE = "zone"
# KLIC's standaardDieptelegging of a network (Import KLIC writes it; the reservation check reads it).
STANDARD_DEPTH = "standard_depth_m"
# Two radii with two meanings, so two names: the horizontal extent of a point obstacle (a tree's root
# zone, a pit), and how far a claim's effect reaches beyond its geometry (the cumulation heatmap).
RADIUS, EFFECT_RADIUS = "radius_m", "effect_radius_m"


def is_null(value) -> bool:
    """True for Python None, NaN and QGIS/Qt NULL variants (which are falsy and compare None-like)."""
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    # QVariant NULL (PyQt5) and Qt6's NULL both report isNull(); core stays import-free of Qt.
    is_null_method = getattr(value, "isNull", None)
    return bool(is_null_method()) if callable(is_null_method) else False


def to_float(value, what: str):
    """A number from a field value, None for NULL; ValueError naming ``what`` when it is not a number."""
    if is_null(value):
        return None
    if isinstance(value, str):
        text = value.strip().replace(",", ".")
        if not text:
            return None
        value = text
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError(tr("{what}: '{value}' is not a number").format(what=what, value=value)) from None
    if math.isnan(number):
        return None
    if math.isinf(number):
        raise ValueError(tr("{what}: '{value}' is not a finite number").format(what=what, value=value))
    return number


def depth_range(top, bottom, what: str = "depth"):
    """Normalise one (top_m, bottom_m) pair: NULL top -> 0, NULL bottom -> unbounded.

    Raises ValueError for negative depths or top below bottom.
    """
    top_value = to_float(top, what)
    bottom_value = to_float(bottom, what)
    top_value = 0.0 if top_value is None else top_value
    bottom_value = UNBOUNDED if bottom_value is None else bottom_value
    if top_value < 0 or bottom_value < 0:
        raise ValueError(
            tr("{what}: depths are metres below ground level and cannot be negative "
               "(top {top}, bottom {bottom})").format(what=what, top=top_value, bottom=bottom_value))
    if top_value > bottom_value:
        raise ValueError(
            tr("{what}: top {top} m lies below bottom {bottom} m").format(
                what=what, top=top_value, bottom=bottom_value))
    return top_value, bottom_value


def ranges_overlap(top_a, bottom_a, top_b, bottom_b):
    """Open-interval overlap (touching ranges do not overlap). Works element-wise on numpy arrays."""
    return np.logical_and(np.less(top_a, bottom_b), np.less(top_b, bottom_a))


def vertical_gap(top_a, bottom_a, top_b, bottom_b):
    """Separation between two depth intervals, 0 where they overlap or touch. Element-wise."""
    return np.maximum(0.0, np.maximum(np.subtract(top_b, bottom_a), np.subtract(top_a, bottom_b)))


def meeting_range(top_a, bottom_a, top_b, bottom_b):
    """(top, bottom) of the depths where two depth intervals meet: their overlap, or where they lie apart
    the gap between them (an empty gap where they touch). Element-wise."""
    upper, lower = np.maximum(top_a, top_b), np.minimum(bottom_a, bottom_b)
    return np.minimum(upper, lower), np.maximum(upper, lower)


_DATE_PATTERNS = (
    (re.compile(r"^(\d{4})$"), 1),
    (re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$"), 1),  # 2030-05-01, 2030/5/1
    (re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$"), 3),  # 01-05-2030 (Dutch order)
)
# (year, month, day) group numbers of the date patterns above.
_DATE_PARTS = {1: (1, 2, 3), 3: (3, 2, 1)}


def parse_year(value, what: str = "date"):
    """The calendar year of a ``valid_from``/``valid_to`` value, or None when NULL.

    Accepts integer or float years, ``YYYY``, ISO dates (``2030-05-01``, with time), Dutch dates
    (``01-05-2030``), Python dates and Qt's QDate/QDateTime. Raises ValueError otherwise.
    """
    if is_null(value):
        return None
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.year
    if isinstance(value, bool):
        raise ValueError(tr("{what}: '{value}' is not a year or a date").format(what=what, value=value))
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        if float(value).is_integer():
            return int(value)
        raise ValueError(tr("{what}: '{value}' is not a whole year").format(what=what, value=value))
    to_py = getattr(value, "toPyDate", None) or getattr(value, "toPyDateTime", None)
    if callable(to_py):  # QDate / QDateTime without importing Qt here
        return to_py().year
    text = str(value).strip()
    if not text:
        return None
    for pattern, year_group in _DATE_PATTERNS:
        match = pattern.match(text)
        if match:
            if len(match.groups()) == 3:  # a date: it must exist in the calendar ('2025-13-45' does not)
                year, month, day = (int(match.group(i)) for i in _DATE_PARTS[year_group])
                try:
                    _dt.date(year, month, day)
                except ValueError:
                    raise ValueError(tr("{what}: '{value}' is not a real date (month {month}, day {day}); use "
                                        "2030, 2030-05-01 or 01-05-2030").format(
                        what=what, value=value, month=month, day=day)) from None
            return int(match.group(year_group))
    if re.match(r"^\d{4}\.0+$", text):
        return int(float(text))
    raise ValueError(
        tr("{what}: '{value}' is not a year or a date (use 2030, 2030-05-01 or 01-05-2030)").format(
            what=what, value=value))


def year_range(valid_from, valid_to, what: str = "validity"):
    """(first_year, last_year) inclusive, None for open ends; ValueError when reversed."""
    first = parse_year(valid_from, what)
    last = parse_year(valid_to, what)
    if first is not None and last is not None and first > last:
        raise ValueError(
            tr("{what}: valid_from {first} is after valid_to {last}").format(what=what, first=first, last=last))
    return first, last


def years_overlap(from_a, to_a, from_b, to_b) -> bool:
    """Inclusive overlap of two year ranges with None as open end (touching years overlap)."""
    lower = max(-math.inf if from_a is None else from_a, -math.inf if from_b is None else from_b)
    upper = min(math.inf if to_a is None else to_a, math.inf if to_b is None else to_b)
    return lower <= upper


def valid_in_year(valid_from, valid_to, year) -> bool:
    """Is something valid from ``valid_from`` to ``valid_to`` (inclusive, None open) valid in ``year``?"""
    return years_overlap(valid_from, valid_to, year, year)


# Larger than any utility a KLIC delivery holds (the largest sewers are ~3 m): a bigger
# "diameter_m" is almost always millimetres written into a metre field.
MAX_PLAUSIBLE_DIAMETER_M = 5.0
# Deeper than any Dutch subsurface use (geothermal wells reach ~4-5 km): likely cm or mm.
MAX_PLAUSIBLE_DEPTH_M = 10000.0


def record_problems(top=None, bottom=None, depth=None, diameter=None, valid_from=None, valid_to=None):
    """Problems with one feature's canonical values, as planner-readable sentences (empty = fine)."""
    problems = []
    for name, value in ((TOP, top), (BOTTOM, bottom), (DEPTH, depth), (DIAMETER, diameter)):
        try:
            number = to_float(value, name)
        except ValueError as error:
            problems.append(str(error))
            continue
        if number is None:
            continue
        if number < 0:
            problems.append(tr("{field} is {value}: depths and sizes are positive metres (below ground level)").format(
                field=name, value=number))
        elif name == DIAMETER and number > MAX_PLAUSIBLE_DIAMETER_M:
            problems.append(tr("{field} is {value}: that looks like millimetres, the field is in metres").format(
                field=name, value=number))
        elif number > MAX_PLAUSIBLE_DEPTH_M:
            problems.append(tr("{field} is {value}: deeper than {max} m, check the unit (metres)").format(
                field=name, value=number, max=MAX_PLAUSIBLE_DEPTH_M))
    if not problems:
        try:
            depth_range(top, bottom, TOP + "/" + BOTTOM)
        except ValueError as error:
            problems.append(str(error))
    try:
        year_range(valid_from, valid_to, VALID_FROM + "/" + VALID_TO)
    except ValueError as error:
        problems.append(str(error))
    return problems
