"""Validation at the door: shared checks every Ondergrond algorithm (and every new one) can call.

Bad input gets a ``QgsProcessingException`` that names the layer, the feature, the field or the
parameter and says what to do, or a counted warning; never a traceback, never a silent fallback.
What is checked for every algorithm without it asking (through ``base.OndergrondAlgorithm`` and
``io.read_features``/``io.working_crs``):

- number parameters: NaN and infinity are refused, and a value outside the definition's
  minValue/maxValue is refused with the parameter's own description and the allowed range
  (``number_problem``; ``OndergrondAlgorithm.checkParameterValues`` and ``prepareAlgorithm``).
  Put ranges in the parameter definitions; the base class explains them to the planner.
- geometries (``io.read_features``): features without geometry, with a geometry GEOS cannot read
  (a line with a single vertex), or collapsing when repaired (a zero-length line, a zero-area
  polygon) are skipped and counted in one warning; coordinates that are not finite after
  reprojection are refused naming the feature and the layer's CRS; ``geometry="point"`` (or
  "line", "polygon") refuses a layer or feature of another type (lines given as wells).
- CRS (``io.working_crs``, ``crs_problem``): a layer without CRS whose coordinates look like
  degrees, and a layer in a geographic CRS whose coordinates lie outside -180..180 / -90..90
  (RD metres labelled EPSG:4326) are refused; a layer without CRS in metres is taken in the
  working CRS, with a warning.
- field names (``io.read_features`` and ``missing_field_message``): a requested field the layer
  lacks while it has a field the name was cut to (shapefiles keep 10 characters:
  ``effect_radius_m`` -> ``effect_rad``) is refused with that field suggested;
  ``check_fields_exist`` refuses an explicitly chosen name that no input has when a layer has a close
  one (difflib; suggested), and warns when none is close (the documented fallback then applies).
- values (``core``): ``canonical.to_float`` refuses infinity, ``canonical.parse_year`` refuses dates
  that do not exist ('2025-13-45', '31-02-2030'), ``tables.read_table`` refuses non-finite numbers
  and reports the csv module's errors (an oversized cell) by file and row.

Helpers for algorithm code (in ``algorithms/io.py``: ``check_geometry_type(label, wkb_type, kind)``,
``check_feature_types(label, ids, geoms, kind)``, ``check_finite(label, ids, geoms, crs)`` and
``crs_problem(label, crs, extent)``, which ``read_features``/``working_crs`` already call; here):

- ``finite_number(value, what)``: a float, or ValueError naming ``what`` for NaN/inf/not a number.
- ``closest_field(name, names)``: the closest field name or None.
- ``missing_field_message(layer, name, names, what)``: the planner's sentence for an absent field.
- ``check_fields_exist(alg, parameters, context, feedback, keys, layers)``: explicitly chosen field
  names absent from every input: refused when a layer has a close name, else a warning.
- ``check_extent(xmin, ymin, xmax, ymax, what)``: refuse a zero-area or non-finite extent.
- ``check_output_not_folder(path, what)``: refuse an output path that is an existing folder.
- ``check_distinct_locations(layer, names, x, y)``: refuse two point features at one location
  (wells a flow model cannot tell apart).
"""

import difflib
import math
import os

from qgis.core import QgsProcessingException, QgsProcessingParameterNumber

from ..core.i18n import tr

# Shapefiles (dBASE) keep at most 10 characters of a field name.
DBF_NAME_LENGTH = 10


def finite_number(value, what):
    """``value`` as a finite float; ValueError naming ``what`` for NaN, infinity or a non-number."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError(tr("{what}: '{value}' is not a number.").format(what=what, value=value)) from None
    if not math.isfinite(number):
        raise ValueError(tr("{what} is {value}; give a finite number.").format(what=what, value=value))
    return number


def _show(number):
    return "{:g}".format(number)


def number_problem(definition, value):
    """The planner's message for a number parameter's value, or None when it is fine.

    ``value`` is what ``parameterAsDouble`` gives (None when an optional parameter is not set).
    """
    if value is None:
        return None
    what = definition.description()
    if isinstance(value, float) and not math.isfinite(value):
        return tr("{what}: the value is {value}; give a finite number.").format(what=what, value=value)
    low, high = definition.minimum(), definition.maximum()
    # QGIS's "no limit" is the largest double (or -largest); treat anything beyond 1e300 as unbounded.
    if abs(low) < 1e300 and value < low:
        return tr("{what}: the value is {value}; it must be at least {low}.").format(
            what=what, value=_show(value), low=_show(low))
    if abs(high) < 1e300 and value > high:
        return tr("{what}: the value is {value}; it must be at most {high}.").format(
            what=what, value=_show(value), high=_show(high))
    return None


def _given(value):
    if value is None:
        return False
    if isinstance(value, str) and not value.strip():
        return False
    is_null = getattr(value, "isNull", None)
    return not (callable(is_null) and is_null())


def parameter_problems(algorithm, parameters, context):
    """Messages for every number parameter of ``algorithm`` that is NaN, infinite or out of range."""
    problems = []
    for definition in algorithm.parameterDefinitions():
        if not isinstance(definition, QgsProcessingParameterNumber):
            continue
        name = definition.name()
        raw = parameters.get(name) if parameters is not None else None
        if not _given(raw) and not _given(definition.defaultValue()):
            continue
        if isinstance(raw, str):
            try:
                float(raw)
            except ValueError:
                continue  # an expression or a field reference: QGIS evaluates it
        try:
            value = algorithm.parameterAsDouble(parameters, name, context)
        except Exception:  # noqa: BLE001 - QGIS reports values it cannot convert itself
            continue
        if isinstance(raw, (int, float, str)) and not isinstance(raw, bool):
            try:
                direct = float(raw)
            except ValueError:
                direct = value
            if not math.isfinite(direct):
                value = direct  # QGIS may turn NaN into the default or 0: the planner's value counts
        problem = number_problem(definition, value)
        if problem:
            problems.append(problem)
    return problems


def closest_field(name, names):
    """The field of ``names`` closest to ``name`` (case-insensitive), or None when none is close."""
    if not name or not names:
        return None
    lowered = {str(candidate).lower(): candidate for candidate in names}
    key = str(name).lower()
    if key in lowered:
        return lowered[key]
    truncated = key[:DBF_NAME_LENGTH]
    if len(key) > DBF_NAME_LENGTH and truncated in lowered:
        return lowered[truncated]
    match = difflib.get_close_matches(key, list(lowered), n=1, cutoff=0.6)
    return lowered[match[0]] if match else None


def truncated_field(name, names):
    """The field a shapefile would have cut ``name`` to, when ``names`` has it (else None)."""
    if not name or len(name) <= DBF_NAME_LENGTH:
        return None
    cut = name[:DBF_NAME_LENGTH].lower()
    return next((candidate for candidate in names if str(candidate).lower() == cut), None)


def missing_field_message(layer, name, names, what=None):
    """'Layer X has no field 'name' (what); did you mean 'closest'? ...' for an absent field."""
    closest = closest_field(name, names)
    what = tr(" ({what})").format(what=what) if what else ""
    if closest is not None and closest == truncated_field(name, names):
        hint = tr("it has '{closest}': a shapefile keeps only 10 characters of a field name. Choose "
                  "'{closest}' as the field, or rename it.").format(closest=closest)
    elif closest is not None:
        hint = tr("did you mean '{closest}'? Choose the field the layer has, or rename it.").format(closest=closest)
    else:
        hint = tr("its fields are: {names}. Choose one of them, or leave the parameter empty.").format(
            names=", ".join(str(n) for n in names) or tr("(none)"))
    return tr("{layer} has no field '{name}'{what}; {hint}").format(layer=layer, name=name, what=what, hint=hint)


def check_fields_exist(algorithm, parameters, context, feedback, keys, layers):
    """Field-name parameters the planner chose (not the default) that no input layer has.

    ``keys``: the field-name parameters; ``layers``: (label, [field names]) per input. A name present
    in at least one layer is fine (a layer without it uses the documented fallback). A name no layer
    has is refused when a layer has a close one (a typo, a shapefile's 10-character cut: the closest
    is suggested), else it is reported as a warning: every feature then uses the fallback.
    """
    for key in keys:
        definition = algorithm.parameterDefinition(key)
        name = (algorithm.parameterAsString(parameters, key, context) or "").strip()
        if not name or definition is None or name == (definition.defaultValue() or ""):
            continue
        if any(name.lower() in (str(field).lower() for field in names) for _, names in layers):
            continue
        for label, names in layers:
            if closest_field(name, names) is not None:
                raise QgsProcessingException(missing_field_message(label, name, names, definition.description()))
        feedback.pushWarning(tr("No input layer has the field '{name}' ({what}); every feature uses the fallback "
                                "the parameter describes.").format(name=name, what=definition.description()))


def check_extent(xmin, ymin, xmax, ymax, what):
    """Refuse an extent without area or with non-finite corners (``what`` names the parameter)."""
    corners = (xmin, ymin, xmax, ymax)
    if not all(math.isfinite(value) for value in corners):
        raise QgsProcessingException(tr("{what}: the extent ({xmin}, {ymin} - {xmax}, {ymax}) is not finite; "
                                        "check the layer's CRS or draw the extent again.").format(
            what=what, xmin=xmin, ymin=ymin, xmax=xmax, ymax=ymax))
    if not (xmax > xmin and ymax > ymin):
        raise QgsProcessingException(tr("{what}: the extent ({xmin}, {ymin} - {xmax}, {ymax}) has no area; "
                                        "draw or choose a larger one, or leave it empty.").format(
            what=what, xmin=xmin, ymin=ymin, xmax=xmax, ymax=ymax))


def check_output_not_folder(path, what):
    """Refuse an output path that is an existing folder (e.g. a folder named ``x.gpkg``)."""
    if path and os.path.isdir(str(path)):
        raise QgsProcessingException(tr("{what}: {path} is an existing folder, not a file; choose a file name.")
                                     .format(what=what, path=path))


def check_distinct_locations(layer, names, x, y):
    """Refuse two features at the same location (e.g. two wells a flow field cannot tell apart)."""
    seen = {}
    for name, px, py in zip(names, x, y):
        key = (float(px), float(py))
        if key in seen:
            raise QgsProcessingException(tr(
                "{layer}: {first} and {second} lie at the same location ({x:.2f}, {y:.2f}); merge them into one "
                "feature (add up the rates) or move one to its real location.").format(
                layer=layer, first=seen[key], second=name, x=key[0], y=key[1]))
        seen[key] = name
