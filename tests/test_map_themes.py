"""Map themes for split outputs: loading the suitability gives a theme per function and depth band, the
preference ladder one per depth band; each shows the project as it was plus exactly that part; exportmap can
follow a theme."""

from pathlib import Path

import pytest
from conftest import recorder

# functions.csv: kabels en leidingen 0-3 m, wko open 30-150 m; with the default bands (0-3, 3-30, 30-100,
# 100-500, ...) cables reach 0-3 only and open WKO 30-100 and 100-500 (30 only touches 3-30).
FUNCTIONS = "kabels en leidingen,wko open"
SUITABILITY_THEMES = {"Suitability: kabels en leidingen, 0-3 m": ("kabels en leidingen", "0-3 m"),
                      "Suitability: wko open, 30-100 m": ("wko open", "30-100 m"),
                      "Suitability: wko open, 100-500 m": ("wko open", "100-500 m")}


@pytest.fixture
def project_with_base(provider, sample_gpkg):
    """The user's project: a visible NGR layer and a hidden trees layer; cleaned up afterwards."""
    from qgis.core import QgsProject, QgsVectorLayer

    project = QgsProject.instance()
    before = set(project.mapLayers())
    themes_before = set(project.mapThemeCollection().mapThemes())
    visible = QgsVectorLayer("{}|layername=ondergrond_ngr".format(sample_gpkg), "NGR", "ogr")
    hidden = QgsVectorLayer("{}|layername=netwerk_bomen".format(sample_gpkg), "Bomen", "ogr")
    project.addMapLayers([visible, hidden])
    project.layerTreeRoot().findLayer(hidden.id()).setItemVisibilityChecked(False)
    yield project, visible, hidden
    for name in set(project.mapThemeCollection().mapThemes()) - themes_before:
        project.mapThemeCollection().removeMapTheme(name)
    project.removeMapLayers(list(set(project.mapLayers()) - before))


def run_and_load(algorithm, parameters):
    import processing
    from qgis.core import QgsProcessingContext, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    before = set(QgsProject.instance().mapLayers())
    result = processing.runAndLoadResults(algorithm, parameters, context=context, feedback=recorder())
    loaded = [QgsProject.instance().mapLayer(i) for i in set(QgsProject.instance().mapLayers()) - before]
    return result, loaded


def active_parts(layer):
    """(group label, active, [(sub-group label, active)]) of a split rule-based renderer."""
    return {rule.label(): (rule.active(), {child.label(): child.active() for child in rule.children()})
            for rule in layer.renderer().rootRule().children()}


def test_suitability_gets_a_theme_per_function_and_band(project_with_base, sample_gpkg, tmp_path):
    from qgis.core import QgsLayerTreeModel

    project, visible, hidden = project_with_base
    uri = "{}|layername={}".format
    _, loaded = run_and_load("ondergrond:depthbandsuitability", {
        "CONSTRAINTS": [uri(sample_gpkg, "ondergrond_boringsvrije_zone"), uri(sample_gpkg, "ondergrond_aquifer")],
        "FUNCTIONS": FUNCTIONS, "CELL_SIZE": 200, "OUTPUT": str(tmp_path / "suitability.gpkg"),
        "MATRIX": str(tmp_path / "matrix.html")})
    suitability = [layer for layer in loaded if layer.type() == layer.VectorLayer][0]
    collection = project.mapThemeCollection()
    made = set(collection.mapThemes()) & set(SUITABILITY_THEMES)
    assert made == set(SUITABILITY_THEMES), collection.mapThemes()
    model = QgsLayerTreeModel(project.layerTreeRoot())
    for name, (function, band) in SUITABILITY_THEMES.items():
        # the project as it was (NGR on, trees off) plus the suitability
        assert set(collection.mapThemeVisibleLayerIds(name)) == {visible.id(), suitability.id()}
        collection.applyTheme(name, project.layerTreeRoot(), model)
        parts = active_parts(suitability)
        assert {label for label, (on, _) in parts.items() if on} == {function}
        assert {label for label, on in parts[function][1].items() if on} == {band}
    # switching to a theme left the trees hidden and the base layer shown
    assert not project.layerTreeRoot().findLayer(hidden.id()).isVisible()
    assert project.layerTreeRoot().findLayer(visible.id()).isVisible()


def test_a_dutch_desktop_loads_the_suitability_in_dutch(project_with_base, sample_gpkg, tmp_path, dutch):
    """With the plugin's Dutch translation (QGIS in Dutch), the loaded output's name, legend, field aliases and
    map themes are Dutch."""
    project, _, _ = project_with_base
    _, loaded = run_and_load("ondergrond:depthbandsuitability", {
        "CONSTRAINTS": ["{}|layername=ondergrond_aquifer".format(sample_gpkg)], "FUNCTIONS": "wko open",
        "CELL_SIZE": 200, "OUTPUT": str(tmp_path / "s.gpkg"), "MATRIX": str(tmp_path / "m.html")})
    layer = [layer for layer in loaded if layer.type() == layer.VectorLayer][0]
    assert layer.name() == "Geschiktheid per dieptelaag"
    labels = {rule.label() for rule in layer.renderer().rootRule().descendants()}
    assert {"Geschikt", "Onder voorwaarden", "Uitgesloten"} <= labels
    assert not labels & {"Suitable", "Conditional", "Excluded"}
    assert layer.attributeAlias(layer.fields().indexOf("band")) == "Dieptelaag (m)"
    themes = project.mapThemeCollection().mapThemes()
    assert "Geschiktheid: wko open, 30-100 m" in themes and "Geschiktheid: wko open, 100-500 m" in themes


def test_preference_ladder_gets_a_theme_per_band(project_with_base, sample_gpkg, tmp_path):
    project, visible, _ = project_with_base
    _, loaded = run_and_load("ondergrond:preferenceladder", {
        "CONSTRAINTS": ["{}|layername=ondergrond_boringsvrije_zone".format(sample_gpkg)],
        "FUNCTIONS": FUNCTIONS, "CELL_SIZE": 200, "OUTPUT": str(tmp_path / "ladder.gpkg")})
    ladder = [layer for layer in loaded if "preferred" in layer.fields().names()][0]
    bands = sorted({f["band"] for f in ladder.getFeatures()})
    assert {"0-3", "30-100", "100-500"} <= set(bands)
    collection = project.mapThemeCollection()
    for band in bands:
        name = "Preference ladder: {} m".format(band)
        assert name in collection.mapThemes()
        assert ladder.id() in collection.mapThemeVisibleLayerIds(name)
        record = [r for r in collection.mapThemeState(name).layerRecords() if r.layer() == ladder][0]
        band_rule = [r for r in ladder.renderer().rootRule().children() if r.label() == "{} m".format(band)][0]
        other = [r for r in ladder.renderer().rootRule().children() if r is not band_rule]
        assert record.usingLegendItems and band_rule.ruleKey() in record.checkedLegendItems
        assert not any(r.ruleKey() in record.checkedLegendItems for r in other)


def test_exportmap_follows_a_theme(project_with_base, sample_gpkg, tmp_path):
    """MAP_THEME: the map draws the suitability with only the theme's function and band."""
    import processing
    from qgis.core import QgsProcessingContext

    project, visible, _ = project_with_base
    _, loaded = run_and_load("ondergrond:depthbandsuitability", {
        "CONSTRAINTS": ["{}|layername=ondergrond_boringsvrije_zone".format(sample_gpkg),
                        "{}|layername=ondergrond_aquifer".format(sample_gpkg)],
        "FUNCTIONS": FUNCTIONS, "CELL_SIZE": 200, "OUTPUT": str(tmp_path / "s.gpkg"),
        "MATRIX": str(tmp_path / "m.html")})
    suitability = loaded[0]
    context = QgsProcessingContext()
    context.setProject(project)
    outputs = {}
    for name in ("Suitability: kabels en leidingen, 0-3 m", "Suitability: wko open, 100-500 m"):
        result = processing.run("ondergrond:exportmap", {
            "LAYERS": [suitability, visible], "TEMPLATE": 1, "MAP_THEME": name,
            "OUTPUT": str(tmp_path / "{}.pdf".format(len(outputs)))}, context=context, feedback=recorder())
        assert Path(result["OUTPUT"]).read_bytes().startswith(b"%PDF")
        outputs[name] = result["LEGEND_ENTRIES"]
    # cables in 0-3 m are suitable everywhere (one class); open WKO at 100-500 m has more classes
    assert outputs["Suitability: kabels en leidingen, 0-3 m"] < outputs["Suitability: wko open, 100-500 m"]
    # the user's layer keeps its own state
    assert suitability.renderer().rootRule().children()[0].active()
    with pytest.raises(Exception, match="no map theme"):
        processing.run("ondergrond:exportmap", {"LAYERS": [suitability], "MAP_THEME": "Nothing like it",
                                               "OUTPUT": str(tmp_path / "x.pdf")}, context=context,
                       feedback=recorder())


def test_a_second_run_gets_its_own_themes(project_with_base, sample_gpkg, tmp_path):
    project, _, _ = project_with_base
    layers = []
    for run in (1, 2):
        _, loaded = run_and_load("ondergrond:depthbandsuitability", {
            "CONSTRAINTS": ["{}|layername=ondergrond_aquifer".format(sample_gpkg)], "FUNCTIONS": "kabels en leidingen",
            "CELL_SIZE": 200, "OUTPUT": str(tmp_path / "s{}.gpkg".format(run)),
            "MATRIX": str(tmp_path / "m{}.html".format(run))})
        layers.append(loaded[0])
    collection = project.mapThemeCollection()
    first, second = "Suitability: kabels en leidingen, 0-3 m", "Suitability: kabels en leidingen, 0-3 m (2)"
    assert layers[0].id() in collection.mapThemeVisibleLayerIds(first)
    assert layers[1].id() not in collection.mapThemeVisibleLayerIds(first)
    assert layers[1].id() in collection.mapThemeVisibleLayerIds(second)
    assert layers[0].id() not in collection.mapThemeVisibleLayerIds(second)  # one run at a time
