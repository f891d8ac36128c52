"""ondergrond:layertemplate writes the lagenbenadering data model as an empty, styled GeoPackage."""

import os
import shutil
import sqlite3
from contextlib import closing

import pytest
from osgeo import ogr

from ondergrond.core import templates

OGR_TYPES = {templates.STRING: ogr.OFTString, templates.INTEGER: ogr.OFTInteger, templates.REAL: ogr.OFTReal}
FLAT_GEOMETRY = {"Point": ogr.wkbPoint, "LineString": ogr.wkbLineString, "Polygon": ogr.wkbPolygon}


@pytest.fixture(scope="module")
def qgis_3d(qgis_app):
    from qgis._3d import Qgs3D

    Qgs3D.initialize()


@pytest.fixture(scope="module")
def template(provider, tmp_path_factory, qgis_3d):
    """One template for the read-only checks (written once: it takes a few seconds)."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    path = tmp_path_factory.mktemp("template") / "lagen.gpkg"
    result = processing.run("ondergrond:layertemplate", {"OUTPUT": str(path)}, context=QgsProcessingContext(),
                            feedback=QgsProcessingFeedback())
    assert result["OUTPUT"] == str(path)
    assert result["LAYER_COUNT"] == len(templates.LAYERS)
    return path


def rule_based_3d(layer):
    """The layer's 3D renderer as QgsRuleBased3DRenderer (PyQGIS returns the abstract base)."""
    from qgis._3d import QgsRuleBased3DRenderer
    from qgis.PyQt import sip

    renderer = layer.renderer3D()
    assert renderer is not None and renderer.type() == "rulebased"
    return sip.cast(renderer, QgsRuleBased3DRenderer)


def open_layer(path, name, default_style=True):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer("{}|layername={}".format(path, name), name, "ogr")
    assert layer.isValid(), name
    if default_style:
        # QGIS 3.22 restores a GeoPackage default style's renderer on opening but leaves its temporal
        # settings off (cf. qgis/QGIS#42223); loading the default style again, as the Lagenbenadering
        # button does, restores them.
        message, ok = layer.loadDefaultStyle()
        assert ok, message
    return layer


def test_every_layer_field_type_and_crs_as_ogr_sees_them(template):
    dataset = ogr.Open(str(template))
    names = [dataset.GetLayerByIndex(i).GetName() for i in range(dataset.GetLayerCount())]
    assert sorted(names) == sorted([schema.name for schema in templates.LAYERS] + ["layer_styles"])
    for schema in templates.LAYERS:
        layer = dataset.GetLayerByName(schema.name)
        assert layer.GetFeatureCount() == 0, schema.name  # empty, ready to edit
        assert ogr.GT_Flatten(layer.GetGeomType()) in (FLAT_GEOMETRY[schema.geometry],
                                                      ogr.GT_GetCollection(FLAT_GEOMETRY[schema.geometry]))
        definition = layer.GetLayerDefn()
        fields = [(definition.GetFieldDefn(i).GetName(), definition.GetFieldDefn(i).GetType())
                  for i in range(definition.GetFieldCount())]
        assert fields == [(f.name, OGR_TYPES[f.type]) for f in schema.fields], schema.name
        spatial_reference = layer.GetSpatialRef()
        assert spatial_reference.GetAuthorityName(None) == "EPSG"
        assert spatial_reference.GetAuthorityCode(None) == "28992"
    dataset = None


def test_every_layer_has_its_style_as_the_default_in_layer_styles(template):
    with closing(sqlite3.connect(str(template))) as connection:
        rows = connection.execute(
            "SELECT f_table_name, useAsDefault, styleQML FROM layer_styles").fetchall()
    defaults = {name: qml for name, default, qml in rows if default}
    assert sorted(defaults) == sorted(schema.name for schema in templates.LAYERS)
    assert len(rows) == len(templates.LAYERS)  # one style per layer, nothing else
    assert "utility_type" in defaults["netwerk_kabels_leidingen"] and "#008080" not in defaults["occupatie_landgebruik"]


def test_qgis_opens_every_layer_styled_with_temporal_and_3d(template):
    for schema in templates.LAYERS:
        layer = open_layer(template, schema.name)
        assert layer.crs().authid() == "EPSG:28992"
        assert [f.name() for f in layer.fields() if f.name() != "fid"] == list(schema.field_names)
        expected_renderer = "RuleRenderer" if templates.STATUS in schema.field_names else "singleSymbol"
        assert layer.renderer().type() == expected_renderer, schema.name
        temporal = layer.temporalProperties()
        assert temporal.isActive() == schema.temporal, schema.name
        if schema.temporal:
            assert '"valid_from"' in temporal.startExpression() and '"valid_to"' in temporal.endExpression()
        renderer_3d = layer.renderer3D()
        assert (renderer_3d is not None) == bool(schema.depth), schema.name
        if renderer_3d is not None:
            assert renderer_3d.type() == "rulebased"


def test_temporal_and_3d_survive_the_default_style_round_trip_and_filter_by_year(template, tmp_path):
    """Gas pipes leave, the warmtenet arrives: features filtered by the round-tripped temporal settings.

    Hand-derived: gas valid_to 2030 -> shown in 2026, gone in 2075; warmte valid_from 2028 (to 2087) ->
    gone in 2026, shown in 2075; water without validity -> shown in both years (NULL is open-ended).
    """
    from qgis.core import QgsDateTimeRange, QgsFeature, QgsFeatureRequest, QgsGeometry, QgsVectorLayerTemporalContext
    from qgis.PyQt.QtCore import QDate, QDateTime, QTime

    template = shutil.copy(template, tmp_path / "gevuld.gpkg")  # keep the shared template empty
    layer = open_layer(template, "netwerk_kabels_leidingen")
    rows = [("gasLageDruk", None, 2030), ("warmte", 2028, 2087), ("water", None, None)]
    features = []
    for index, (utility_type, valid_from, valid_to) in enumerate(rows):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt("MultiLineString((0 {0}, 100 {0}))".format(index)))
        feature["utility_type"] = utility_type
        feature["valid_from"] = valid_from
        feature["valid_to"] = valid_to
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]

    layer = open_layer(template, "netwerk_kabels_leidingen")  # fresh, from the GeoPackage's default style
    temporal_context = QgsVectorLayerTemporalContext()
    temporal_context.setLayer(layer)

    def present(year):
        year_range = QgsDateTimeRange(QDateTime(QDate(year, 1, 1), QTime(0, 0)),
                                      QDateTime(QDate(year, 12, 31), QTime(23, 59, 59)))
        expression = layer.temporalProperties().createFilterString(temporal_context, year_range)
        return sorted(f["utility_type"] for f in layer.getFeatures(QgsFeatureRequest().setFilterExpression(expression)))

    assert present(2026) == ["gasLageDruk", "water"]
    assert present(2075) == ["warmte", "water"]
    assert present(2030) == ["gasLageDruk", "warmte", "water"]  # inclusive years: both in 2030

    # 3D: polygons keep the data-defined depth (prism from -bottom_m up to -top_m) through the round trip.
    from qgis.core import QgsAbstract3DSymbol

    aquifer = open_layer(template, "ondergrond_aquifer")
    rule = rule_based_3d(aquifer).rootRule().children()[0]
    properties = rule.symbol().dataDefinedProperties()
    assert '"bottom_m"' in properties.property(QgsAbstract3DSymbol.PropertyHeight).expressionString()
    assert '"top_m"' in properties.property(QgsAbstract3DSymbol.PropertyExtrusionHeight).expressionString()
    # Pipes: per depth bin a fixed height below ground (QGIS 3.22 stores no data-defined line heights).
    cables = open_layer(template, "netwerk_kabels_leidingen")
    bins = rule_based_3d(cables).rootRule().children()[0].children()
    from qgis._3d import QgsLine3DSymbol
    from qgis.PyQt import sip

    assert all(sip.cast(child.symbol(), QgsLine3DSymbol).height() < 0 for child in bins)
    assert any("depth_m" in child.filterExpression() for child in bins)


def test_another_projected_crs(run_alg, tmp_path):
    path = tmp_path / "laea.gpkg"
    run_alg("ondergrond:layertemplate", {"OUTPUT": str(path), "CRS": "EPSG:3035"})
    dataset = ogr.Open(str(path))
    assert dataset.GetLayerByName("ondergrond_aquifer").GetSpatialRef().GetAuthorityCode(None) == "3035"
    dataset = None


def test_an_existing_file_is_never_overwritten_silently(run_alg, tmp_path):
    from qgis.core import QgsProcessingException

    path = tmp_path / "bestaand.gpkg"
    path.write_bytes(b"mijn eigen werk")
    with pytest.raises(QgsProcessingException, match="already exists") as error:
        run_alg("ondergrond:layertemplate", {"OUTPUT": str(path)})
    assert str(path) in str(error.value)
    assert path.read_bytes() == b"mijn eigen werk"
    run_alg("ondergrond:layertemplate", {"OUTPUT": str(path), "OVERWRITE": True})
    dataset = ogr.Open(str(path))
    assert dataset.GetLayerCount() == len(templates.LAYERS) + 1  # + layer_styles
    dataset = None


def test_an_unwritable_or_missing_folder_is_refused(run_alg, tmp_path):
    from qgis.core import QgsProcessingException

    missing = tmp_path / "bestaat_niet" / "lagen.gpkg"
    with pytest.raises(QgsProcessingException, match="does not exist") as error:
        run_alg("ondergrond:layertemplate", {"OUTPUT": str(missing)})
    assert str(missing.parent) in str(error.value)
    locked = tmp_path / "alleen_lezen"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        # root may write anywhere, so then the folder check passes and GDAL's failure is reported instead;
        # /proc refuses new files even to root.
        target = locked if os.geteuid() != 0 else None
        path = (target / "lagen.gpkg") if target else "/proc/ondergrond_lagen.gpkg"
        with pytest.raises(QgsProcessingException, match="Cannot (write in the folder|create the GeoPackage)") as error:
            run_alg("ondergrond:layertemplate", {"OUTPUT": str(path)})
        assert os.path.dirname(str(path)) in str(error.value)
    finally:
        locked.chmod(0o700)


def test_a_geographic_crs_is_refused(run_alg, tmp_path):
    from qgis.core import QgsProcessingException

    path = tmp_path / "wgs84.gpkg"
    with pytest.raises(QgsProcessingException, match="EPSG:4326 is not a projected CRS in metres"):
        run_alg("ondergrond:layertemplate", {"OUTPUT": str(path), "CRS": "EPSG:4326"})
    assert not path.exists()


def test_the_sample_data_is_a_filled_in_template(sample_gpkg):
    """Every sample layer named like a template layer has only template fields, with the template's types."""
    dataset = ogr.Open(str(sample_gpkg))
    checked = 0
    for index in range(dataset.GetLayerCount()):
        layer = dataset.GetLayerByIndex(index)
        if layer.GetName() not in templates.LAYER_BY_NAME:
            continue
        schema = templates.layer(layer.GetName())
        definition = layer.GetLayerDefn()
        for i in range(definition.GetFieldCount()):
            field = definition.GetFieldDefn(i)
            assert field.GetName() in schema.field_names, (layer.GetName(), field.GetName())
            assert field.GetType() == OGR_TYPES[schema.field(field.GetName()).type], (layer.GetName(), field.GetName())
        assert ogr.GT_Flatten(layer.GetGeomType()) == FLAT_GEOMETRY[schema.geometry], layer.GetName()
        checked += 1
    dataset = None
    assert checked == 20  # all twenty sample layers are template layers


def test_qgis_process_writes_the_template(qgis_process, tmp_path):
    path = tmp_path / "cli.gpkg"
    result = qgis_process("ondergrond:layertemplate", {"OUTPUT": str(path), "CRS": "EPSG:28992"})
    assert result["results"]["LAYER_COUNT"] == len(templates.LAYERS)
    assert path.exists()


# --- the Lagenbenadering button's headless core: gui/lagenbenadering.add_to_project ----------------------
def test_add_to_project_makes_three_groups_occupatie_on_top(template, qgis_app):
    from qgis.core import QgsProject, QgsVectorLayer

    from ondergrond.gui import lagenbenadering

    project = QgsProject()
    background = QgsVectorLayer("Polygon?crs=EPSG:28992", "achtergrond", "memory")
    project.addMapLayer(background)
    groups = lagenbenadering.add_to_project(template, project)
    root = project.layerTreeRoot()
    assert lagenbenadering.groups_in_order(root) == ["occupatie", "netwerk", "ondergrond"]
    assert root.children()[3].name() == "achtergrond"  # the groups go on top of what was there
    for group, node in groups.items():
        names = [child.layer().name() for child in node.findLayers()]
        assert sorted(names) == sorted(s.name for s in templates.layers_in_group(group))
    # Within a group points draw over lines over areas.
    netwerk = [child.layer().name() for child in groups["netwerk"].findLayers()]
    assert netwerk.index("netwerk_bomen") < netwerk.index("netwerk_kabels_leidingen") < netwerk.index(
        "netwerk_reserveringen")
    cables = project.mapLayersByName("netwerk_kabels_leidingen")[0]
    assert cables.renderer().type() == "RuleRenderer"
    assert cables.temporalProperties().isActive()  # re-read from the default style (QGIS 3.22 leaves it off)


def test_add_to_project_styles_a_geopackage_without_stored_styles(sample_gpkg, qgis_app):
    """The sample data has no layer_styles: its layers get the house style from styles/ by layer name."""
    from qgis.core import QgsProject

    from ondergrond.gui import lagenbenadering

    project = QgsProject()
    groups = lagenbenadering.add_to_project(sample_gpkg, project)
    assert lagenbenadering.groups_in_order(project.layerTreeRoot()) == ["occupatie", "netwerk", "ondergrond"]
    assert len(groups["netwerk"].findLayers()) == 9 and len(groups["occupatie"].findLayers()) == 2
    cables = project.mapLayersByName("netwerk_kabels_leidingen")[0]
    assert cables.renderer().type() == "RuleRenderer" and cables.temporalProperties().isActive()
    streets = project.mapLayersByName("netwerk_straatassen")[0]
    assert streets.renderer().type() == "singleSymbol"


def test_add_to_project_refuses_a_geopackage_without_lagenbenadering_layers(tmp_path, qgis_app):
    from qgis.core import QgsProject

    from ondergrond.gui import lagenbenadering

    path = tmp_path / "anders.gpkg"
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    dataset.CreateLayer("wegen", None, ogr.wkbLineString)
    dataset = None
    with pytest.raises(ValueError, match="occupatie_\\*, netwerk_\\* or ondergrond_\\*") as error:
        lagenbenadering.add_to_project(path, QgsProject())
    assert str(path) in str(error.value)


@pytest.mark.desktop
def test_lagenbenadering_button_in_the_desktop(desktop, tmp_path):
    """In the real QGIS desktop: the menu entry and toolbar button exist, and a new template lands in the
    layer tree in three groups, occupatie on top (what the button does after its file dialog)."""
    path = tmp_path / "desktop_sjabloon.gpkg"
    result = desktop("""
        import processing
        import qgis.utils
        from qgis.core import QgsProject
        from ondergrond.gui import lagenbenadering

        action = qgis.utils.plugins["ondergrond"].lagenbenadering.action
        menu_actions = [a for menu in iface.pluginMenu().actions() if menu.menu() for a in menu.menu().actions()]
        result["in_menu"] = action in menu_actions
        result["in_toolbar"] = action in iface.pluginToolBar().actions()
        result["text"] = action.text()
        processing.run("ondergrond:layertemplate", {{"OUTPUT": r"{path}"}})
        lagenbenadering.add_to_project(r"{path}")
        root = QgsProject.instance().layerTreeRoot()
        result["groups"] = lagenbenadering.groups_in_order(root)
        result["layers"] = len(root.findLayers())
        for node in root.findLayers():
            node.setExpanded(False)
        screenshot("desktop_lagenbenadering.png")
    """.format(path=path))
    assert result["in_menu"] and result["in_toolbar"] and result["text"]
    assert result["groups"] == ["occupatie", "netwerk", "ondergrond"]
    assert result["layers"] == len(templates.LAYERS)
