"""core/templates.py: the lagenbenadering data model as plain data (no QGIS needed, except the last test)."""

import pytest

from ondergrond.core import canonical, templates


def test_every_layer_is_named_after_its_group_and_unique():
    names = [schema.name for schema in templates.LAYERS]
    assert len(names) == len(set(names))
    for schema in templates.LAYERS:
        assert schema.name.startswith(schema.group + "_")
        assert templates.group_of(schema.name) == schema.group
        assert schema.geometry in ("Point", "LineString", "Polygon")
        assert len(schema.field_names) == len(set(schema.field_names)), schema.name
    assert templates.GROUPS == ("occupatie", "netwerk", "ondergrond")  # top to bottom in the layer tree
    assert {schema.group for schema in templates.LAYERS} == set(templates.GROUPS)


def test_depth_layers_carry_the_canonical_depth_fields():
    for schema in templates.LAYERS:
        if schema.depth == "volume":
            assert {canonical.TOP, canonical.BOTTOM} <= set(schema.field_names), schema.name
        if schema.depth == "pipe":
            assert canonical.DEPTH in schema.field_names and templates.UTILITY_TYPE in schema.field_names
        if templates.STATUS in schema.field_names:
            assert schema.temporal and templates.SOURCE in schema.field_names, schema.name
    cables = templates.layer("netwerk_kabels_leidingen")
    assert cables.field(templates.UTILITY_TYPE).values == templates.IMKL_CODES
    assert cables.field(canonical.VALID_FROM).type == templates.INTEGER
    assert cables.field(canonical.DEPTH).type == templates.REAL


def test_imkl_themes_are_the_fifteen_wion_themes_with_klic_colours():
    assert len(templates.IMKL_THEMES) == 15
    colours = {code: colour for code, _, colour, _ in templates.IMKL_THEMES}
    # Geonovum IMKL visualisation rules (sld-kabelleiding.xml): water blue, heat teal, LV dark red.
    assert colours["water"] == "#0000ff" and colours["warmte"] == "#008080" and colours["laagspanning"] == "#960000"
    assert len({abbreviation for _, abbreviation, _, _ in templates.IMKL_THEMES}) == 15


@pytest.mark.parametrize("value, expected", [
    (None, "gemaakt"), ("", "gemaakt"), ("gemaakt", "gemaakt"), ("Gemaakte keuze", "gemaakt"),
    ("functional", "gemaakt"), ("disused", "gemaakt"), ("te maken", "te maken"), ("TE_MAKEN", "te maken"),
    ("planned", "te maken"), ("projected", "te maken"), (" te agenderen ", "te agenderen"),
    ("te agenderen keuze", "te agenderen"),
])
def test_normalise_status(value, expected):
    assert templates.normalise_status(value) == expected


def test_an_unknown_status_or_layer_names_the_allowed_values():
    with pytest.raises(ValueError, match="gemaakt, te maken, te agenderen"):
        templates.normalise_status("misschien")
    with pytest.raises(ValueError, match="netwerk_kabels_leidingen"):
        templates.layer("kabels")
    assert templates.group_of("wegen") is None


def test_default_depth_bands_show_both_deep_edges():
    edges = {edge for band in templates.DEPTH_BANDS for edge in band}
    assert {100.0, 500.0} <= edges  # DGDO (100 m) and WKO-tool/TNO (500 m), domain.md
    assert templates.depth_band_label(0, 3) == "0-3 m"


def test_the_style_expression_reads_status_as_normalise_status_does(qgis_app):
    """STATUS_EXPRESSION (what the styles draw) and normalise_status (Python) agree on every value."""
    from qgis.core import QgsExpression, QgsExpressionContext, QgsFeature

    from ondergrond.compat import make_fields

    fields = make_fields([("status", "string")])
    expression = QgsExpression(templates.STATUS_EXPRESSION)
    values = [None, "", "gemaakt", "functional", "disused", "te maken", "TE_MAKEN", "planned", "Projected",
              "te agenderen", " te_agenderen ", "te maken keuze", "te agenderen keuze", "gemaakte keuze"]
    for value in values:
        feature = QgsFeature(fields, 1)
        feature.setValid(True)
        feature["status"] = value
        context = QgsExpressionContext()
        context.setFeature(feature)
        assert expression.evaluate(context) == templates.normalise_status(value), value
