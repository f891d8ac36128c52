"""The obstacle parameters and reading shared by the reservation check, 'Where does it fit?' and the
cross-section: the field-name parameters of cables, pipes, volumes and trees, the rule tables (Defaults,
Clearances), and turning one layer's features into core.reservation Obstacles.

The parameter names are public (models and scripts use them): TYPE_FIELD, DEPTH_FIELD, STANDARD_DEPTH_FIELD,
DIAMETER_FIELD, TOP_FIELD, BOTTOM_FIELD, RADIUS_FIELD, FROM_FIELD, TO_FIELD, Z_AS_DEPTH, DEFAULTS, CLEARANCES.
"""

import numpy as np
from qgis.core import (
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core import reservation as res
from ..core.canonical import BOTTOM, DEPTH, DIAMETER, RADIUS, STANDARD_DEPTH, TOP, VALID_FROM, VALID_TO
from ..core.i18n import tr
from ..core.paths import RULES_DIR
from ..core.tables import TableError
from .base import advanced
from .io import core_error, layer_label

DEFAULTS_CSV = RULES_DIR / "default_depths.csv"
CLEARANCES_CSV = RULES_DIR / "clearances.csv"


# The canonical field of each field-name parameter (its default; what 'What can go where' reads as is).
CANONICAL = {"TYPE_FIELD": "utility_type", "DEPTH_FIELD": DEPTH, "STANDARD_DEPTH_FIELD": STANDARD_DEPTH,
             "DIAMETER_FIELD": DIAMETER, "TOP_FIELD": TOP, "BOTTOM_FIELD": BOTTOM, "RADIUS_FIELD": RADIUS,
             "FROM_FIELD": VALID_FROM, "TO_FIELD": VALID_TO}
KINDS = {QgsWkbTypes.GeometryType.LineGeometry: res.LINE, QgsWkbTypes.GeometryType.PolygonGeometry: res.POLYGON,
         QgsWkbTypes.GeometryType.PointGeometry: res.POINT}


def obstacle_kind(layer):
    """res.LINE, res.POLYGON or res.POINT by the layer's geometry type; None without geometry."""
    return KINDS.get(QgsWkbTypes.geometryType(layer.wkbType()))


def resolve(label, kind, features, names, defaults, types, geoms=None, depth=None, top=None, rows=None):
    """The Obstacles of one layer's features (core.reservation.resolve_obstacles, which takes each value
    where the kind uses it). ``names``: {parameter: field name or None}, e.g. CANONICAL; ``rows``: only these
    features (indices); ``geoms``/``depth``/``top`` replace the features' geometries and the field's values
    (Z as depth) and are given for ``rows`` already."""
    index = np.arange(len(features)) if rows is None else np.asarray(rows, dtype=np.int64)

    def values(key):
        name = names[key]
        if not features.has_field(name):
            return None
        found = features.values(name)
        return found if rows is None else [found[i] for i in index]

    try:
        return res.resolve_obstacles(
            label, kind, features.ids[index], features.geoms[index] if geoms is None else geoms, types, defaults,
            depth=values("DEPTH_FIELD") if depth is None else depth, standard_depth=values("STANDARD_DEPTH_FIELD"),
            diameter=values("DIAMETER_FIELD"), top=values("TOP_FIELD") if top is None else top,
            bottom=values("BOTTOM_FIELD"), radius=values("RADIUS_FIELD"), valid_from=values("FROM_FIELD"),
            valid_to=values("TO_FIELD"))
    except ValueError as error:
        raise core_error(error) from None


class ObstacleParameters:
    """Mixin for an OndergrondAlgorithm that reads obstacle layers (see the module text)."""

    TYPE_FIELD = "TYPE_FIELD"
    DEPTH_FIELD = "DEPTH_FIELD"
    STANDARD_DEPTH_FIELD = "STANDARD_DEPTH_FIELD"
    DIAMETER_FIELD = "DIAMETER_FIELD"
    TOP_FIELD = "TOP_FIELD"
    BOTTOM_FIELD = "BOTTOM_FIELD"
    RADIUS_FIELD = "RADIUS_FIELD"
    FROM_FIELD = "FROM_FIELD"
    TO_FIELD = "TO_FIELD"
    Z_AS_DEPTH = "Z_AS_DEPTH"
    DEFAULTS = "DEFAULTS"
    CLEARANCES = "CLEARANCES"
    OBSTACLE_FIELDS = (TYPE_FIELD, DEPTH_FIELD, STANDARD_DEPTH_FIELD, DIAMETER_FIELD, TOP_FIELD, BOTTOM_FIELD,
                       RADIUS_FIELD, FROM_FIELD, TO_FIELD)

    def _add_obstacle_field_parameters(self, of_obstacles=True, z_as_depth=True):
        """The field-name parameters (advanced, defaulting to the canonical names). ``of_obstacles``: the
        descriptions speak of obstacles (else of any layer's features); ``z_as_depth``: also Z_AS_DEPTH."""
        if of_obstacles:
            type_text = tr("Obstacle utility type field (IMKL thema code)")
            from_text = tr("Obstacle valid from field (year or date)")
            to_text = tr("Obstacle valid to field (year or date)")
        else:
            type_text = tr("Utility type field (IMKL thema code)")
            from_text = tr("Valid from field (year or date)")
            to_text = tr("Valid to field (year or date)")
        for name, description in (
            (self.TYPE_FIELD, type_text),
            (self.DEPTH_FIELD, tr("Cable/pipe depth field (top of pipe, m below ground level)")),
            (self.STANDARD_DEPTH_FIELD, tr("Cable/pipe standard depth field (the operator's standard laying "
                                           "depth, m; used where the depth is empty)")),
            (self.DIAMETER_FIELD, tr("Cable/pipe diameter field (m)")),
            (self.TOP_FIELD, tr("Top field of polygons and points (m below ground level)")),
            (self.BOTTOM_FIELD, tr("Bottom field of polygons and points (m below ground level)")),
            (self.RADIUS_FIELD, tr("Radius field of points (m, horizontal extent)")),
            (self.FROM_FIELD, from_text),
            (self.TO_FIELD, to_text),
        ):
            self.addParameter(advanced(QgsProcessingParameterString(name, description, CANONICAL[name],
                                                                    optional=True)))
        if z_as_depth:
            self.addParameter(advanced(QgsProcessingParameterBoolean(
                self.Z_AS_DEPTH, tr("Use Z as depth where the depth field is empty (m below ground level)"),
                False)))

    def _add_rule_table_parameters(self, bundled_default=True, advanced_defaults=True, advanced_clearances=True):
        """DEFAULTS and CLEARANCES (CSV, optional: empty means the bundled table). ``bundled_default``: show
        the bundled table's path as the default value."""
        for name, description, path, is_advanced in (
            (self.DEFAULTS, tr("Defaults table (CSV: utility_type, depth_m, diameter_m, top_m, bottom_m, "
                               "radius_m)"), DEFAULTS_CSV, advanced_defaults),
            (self.CLEARANCES, tr("Clearances table (CSV: type_a, type_b, clearance_m)"), CLEARANCES_CSV,
             advanced_clearances),
        ):
            parameter = QgsProcessingParameterFile(name, description, extension="csv",
                                                   defaultValue=str(path) if bundled_default else None,
                                                   optional=True)
            self.addParameter(advanced(parameter) if is_advanced else parameter)

    def _tables(self, parameters, context):
        """(DefaultDepths, Clearances) from DEFAULTS and CLEARANCES, the bundled tables where empty."""
        try:
            defaults = res.DefaultDepths.read(self.parameterAsFile(parameters, self.DEFAULTS, context)
                                              or str(DEFAULTS_CSV))
            clearances = res.Clearances.read(self.parameterAsFile(parameters, self.CLEARANCES, context)
                                             or str(CLEARANCES_CSV))
        except (TableError, ValueError) as error:
            raise core_error(error) from None
        return defaults, clearances

    def _obstacle_field_names(self, parameters, context, feedback, layers):
        """{parameter: field name or None}; a chosen name that no layer has is refused or warned about
        (validation.check_fields_exist)."""
        from .validation import check_fields_exist

        names = {key: self.field_name(parameters, key, context) for key in self.OBSTACLE_FIELDS}
        check_fields_exist(self, parameters, context, feedback, list(names),
                           [(layer_label(layer), layer.fields().names()) for layer in layers])
        return names

    def _resolve_obstacles(self, label, kind, features, names, defaults, types, geoms=None, depth=None, top=None):
        return resolve(label, kind, features, names, defaults, types, geoms=geoms, depth=depth, top=top)
