"""ondergrond:importklic through processing.run and qgis_process, on the IMKL fixtures and real deliveries."""

import zipfile
from pathlib import Path

import pytest
from conftest import recorder
from qgis.core import QgsProcessingException, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import QDate

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "imkl"
V12 = FIXTURES / "26X000001_1"
V20_FILE = FIXTURES / "26X000002_1" / "GI_gebiedsinformatielevering_26X000002_1_V2.xml"
RESERVATION_FIELDS = ("utility_type", "depth_m", "diameter_m", "valid_from", "valid_to", "network_operator",
                      "imkl_id", "object_type", "depth_source", "status")



def layer_of(result, key):
    value = result[key]
    return value if isinstance(value, QgsVectorLayer) else QgsVectorLayer(value, key, "ogr")


_RUNS = [0]


def run(run_alg, inputs, feedback=None, **extra):
    """Run with GeoPackage outputs (a memory layer would die with its processing context)."""
    import tempfile

    _RUNS[0] += 1
    folder = Path(tempfile.mkdtemp(prefix="importklic{}_".format(_RUNS[0])))
    parameters = {"INPUT": [str(p) for p in inputs], "OUTPUT": str(folder / "lines.gpkg"),
                  "OUTPUT_POINTS": str(folder / "points.gpkg"), "OUTPUT_ZONES": str(folder / "zones.gpkg")}
    parameters.update(extra)
    return run_alg("ondergrond:importklic", parameters, feedback)


def test_fixture_deliveries_merged(run_alg):
    feedback = recorder()
    result = run(run_alg, [V12, V20_FILE], feedback=feedback)
    lines = layer_of(result, "OUTPUT")
    # 5 lines from the IMKL 1.2 delivery + 4 from the IMKL 2.0 one.
    assert result["LINES"] == 9 and lines.featureCount() == 9
    # Depths known: kb_1 (0.85), th_1 (1.20), rl_1 (1.70), gas_1 (0.80).
    assert result["LINES_WITH_DEPTH"] == 4
    # 4 appurtenances + the 8 depth measurements (4 DiepteTovMaaiveld, 2 DiepteNAP in 1.2; 2 in 2.0).
    assert result["POINTS"] == 4 + 8 and result["ZONES"] == 4
    assert result["DELIVERIES"] == "26X000002, 26X000001"
    assert QgsWkbTypes.geometryType(lines.wkbType()) == QgsWkbTypes.GeometryType.LineGeometry
    assert lines.crs().authid() == "EPSG:28992"
    for name in RESERVATION_FIELDS:
        assert lines.fields().lookupField(name) >= 0, name
    by_link = {f["link_id"]: f for f in lines.getFeatures()}
    heat = by_link["nl.imkl-KL9002.ul_4"]
    assert heat["utility_type"] == "warmte" and heat["depth_m"] == pytest.approx(1.20)
    assert heat["depth_source"] == "nap" and heat["valid_to"].toPyDate().isoformat() == "2040-12-31"
    water = by_link["nl.imkl-KL9001.ul_2"]
    from ondergrond.core.canonical import is_null
    assert is_null(water["depth_m"])
    assert water["depth_source"] == "unknown" and water["level_nap_m"] == pytest.approx(-0.5)
    zones = layer_of(result, "OUTPUT_ZONES")
    precautions = {f["precaution"] for f in zones.getFeatures() if f["zone_type"] != "Graafpolygoon"}
    assert precautions == {"WARMTE-W1", "GLD-W2"}
    points = layer_of(result, "OUTPUT_POINTS")
    assert {f["object_type"] for f in points.getFeatures()} == {
        "Kast", "Appurtenance", "Mast", "TechnischGebouw", "DiepteTovMaaiveld", "DiepteNAP"}
    # The report counts every feature type, and warns about the skipped ones that matter.
    assert any(info.startswith("  UtilityLink: 9 / 9 / 0") for info in feedback.infos)
    assert any("Telecommunicatiekabel: 1 skipped" in w for w in feedback.warnings)
    assert not any("Diepte" in w for w in feedback.warnings)
    assert any("8 depth measurement(s) written as points" in i and "2 of them lie on no cable" in i
               for i in feedback.infos)
    assert any("Annotatie: 1 skipped" in i for i in feedback.infos)


def test_output_feeds_the_reservation_check_schema(run_alg, tmp_path):
    gpkg = tmp_path / "klic.gpkg"
    result = run_alg("ondergrond:importklic", {
        "INPUT": [str(V20_FILE)], "OUTPUT": str(gpkg), "OUTPUT_POINTS": "TEMPORARY_OUTPUT",
        "OUTPUT_ZONES": "TEMPORARY_OUTPUT"})
    layer = QgsVectorLayer(result["OUTPUT"], "klic", "ogr")
    assert layer.isValid() and layer.featureCount() == 4
    from ondergrond.core import canonical
    for feature in layer.getFeatures():
        # Every value passes the shared conventions the reservation check applies.
        canonical.year_range(feature["valid_from"], feature["valid_to"])
        assert canonical.to_float(feature["diameter_m"], "diameter_m") > 0
        depth = canonical.to_float(feature["depth_m"], "depth_m")
        assert depth is None or depth >= 0
    gas = next(f for f in layer.getFeatures() if f["utility_type"] == "gasLageDruk")
    # The gas main leaves in 2031: its validity ends that year (what the 4D check needs).
    assert canonical.parse_year(gas["valid_to"]) == 2031


def test_memory_output_equals_the_geopackage(run_alg, tmp_path, monkeypatch):
    """The two ways of writing (a GeoPackage file at SQLite speed, any other output through the sink) give the
    same features: geometry, every field, dates as dates."""
    from ondergrond.core import gpkg

    bulk_tables = []
    write_table = gpkg.write_table
    monkeypatch.setattr(gpkg, "write_table", lambda path, table, *rest: bulk_tables.append(table) or write_table(
        path, table, *rest))
    results = [run_alg("ondergrond:importklic", {"INPUT": [str(V20_FILE)], "OUTPUT": output,
                                                 "OUTPUT_POINTS": None, "OUTPUT_ZONES": None})
               for output in (str(tmp_path / "fast.gpkg"), "TEMPORARY_OUTPUT")]
    assert bulk_tables == ["fast"]  # the GeoPackage took the fast way, the memory layer the sink
    fast, sink = (QgsVectorLayer(results[0]["OUTPUT"], "fast", "ogr"), results[1]["OUTPUT"])
    names = [field.name() for field in sink.fields()]

    def table(layer):
        return sorted((f.geometry().asWkt(3), tuple(str(f[name]) for name in names)) for f in layer.getFeatures())

    assert [field.name() for field in fast.fields()][1:] == names  # fid first in the GeoPackage
    assert table(fast) == table(sink) and len(table(sink)) == 4
    gas = next(f for f in sink.getFeatures() if f["utility_type"] == "gasLageDruk")
    assert isinstance(gas["valid_to"], QDate) and gas["valid_to"].year() == 2031


def test_zip_and_optional_outputs(run_alg, tmp_path):
    archive = tmp_path / "Levering_26X000001_1.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as handle:
        for path in V12.iterdir():
            handle.write(path, "Levering_26X000001_1/" + path.name)
    result = run_alg("ondergrond:importklic", {"INPUT": [str(archive)], "OUTPUT": str(tmp_path / "l.gpkg"),
                                               "OUTPUT_POINTS": None, "OUTPUT_ZONES": None})
    assert result["LINES"] == 5 and "OUTPUT_POINTS" not in result


def test_delivery_twice_gives_no_duplicates(run_alg):
    feedback = recorder()
    result = run(run_alg, [V20_FILE, V20_FILE], feedback=feedback)
    assert result["LINES"] == 4
    assert any("duplicate" in w for w in feedback.warnings)


def test_bad_inputs_name_the_file(run_alg, tmp_path):
    broken = tmp_path / "GI_gebiedsinformatielevering_kapot.xml"
    broken.write_text(V20_FILE.read_text(encoding="utf-8").replace("</gml:featureMember>", "</gml:featureMembr>", 3))
    with pytest.raises(QgsProcessingException) as caught:
        run(run_alg, [broken])
    assert "GI_gebiedsinformatielevering_kapot.xml" in str(caught.value) and "line" in str(caught.value)

    slip = tmp_path / "slip.zip"
    with zipfile.ZipFile(slip, "w") as handle:
        handle.write(V20_FILE, V20_FILE.name)
        handle.writestr("../../../tmp/GI_gebiedsinformatielevering_x.xml", "<x/>")
    with pytest.raises(QgsProcessingException, match="refused as unsafe"):
        run(run_alg, [slip])

    empty = tmp_path / "GI_gebiedsinformatielevering_leeg.xml"
    empty.write_text('<?xml version="1.0"?><gml:FeatureCollection xmlns:gml="http://www.opengis.net/gml/3.2" '
                     'xmlns:imkl="http://www.geostandaarden.nl/imkl/wibon"/>')
    with pytest.raises(QgsProcessingException, match="no cables or pipes"):
        run(run_alg, [empty])


def test_real_delivery_through_processing(run_alg, realdata):
    feedback = recorder()
    result = run(run_alg, [realdata / "b4udignl_klic" / "18G007160_1", realdata / "b4udignl_klic" / "22G064233_1"],
                 feedback=feedback)
    assert result["LINES"] == 27 and result["POINTS"] == 38 and result["ZONES"] == 3
    lines = layer_of(result, "OUTPUT")
    assert "Oasen N.V." in {f["network_operator"] for f in lines.getFeatures()}
    # Both Diepte objects of the test delivery arrive as points with their depth, though no cable of their
    # networks is in the delivery: the 2.43 m below ground level and 5.55 - 2.43 = 3.12 m from NAP.
    points = layer_of(result, "OUTPUT_POINTS")
    depths = {f["object_type"]: f for f in points.getFeatures() if f["object_type"].startswith("Diepte")}
    maaiveld, nap = depths["DiepteTovMaaiveld"], depths["DiepteNAP"]
    assert maaiveld["depth_m"] == pytest.approx(2.43) and maaiveld["depth_source"] == "maaiveld"
    assert maaiveld["network"] == "nl.imkl-nbact1.un00039" and maaiveld["utility_type"] == "middenspanning"
    assert maaiveld.geometry().asPoint().x() == 155030 and maaiveld.geometry().asPoint().y() == 388050
    assert nap["depth_m"] == pytest.approx(3.12) and nap["depth_source"] == "nap" and nap["top_m"] == nap["depth_m"]
    # The PWN water main of 250 cm is warned about, with its IMKL id.
    assert any(w.startswith("water: 1 diameter(s) outside the plausible") and "2.5 m" in w
               and "nl.imkl-KN1100" in w for w in feedback.warnings)
    assert not any("Diepte" in w for w in feedback.warnings)


def test_qgis_process(qgis_process, tmp_path):
    out = tmp_path / "klic_lines.gpkg"
    result = qgis_process("ondergrond:importklic", {
        "INPUT": str(V20_FILE), "OUTPUT": str(out), "OUTPUT_POINTS": str(tmp_path / "klic_points.gpkg"),
        "OUTPUT_ZONES": str(tmp_path / "klic_zones.gpkg")})
    assert result["results"]["LINES"] == 4 and result["results"]["LINES_WITH_DEPTH"] == 2
    layer = QgsVectorLayer(str(out), "lines", "ogr")
    assert layer.featureCount() == 4


def test_style_dashes_unknown_depths(run_alg):
    from qgis.core import QgsExpressionContext, QgsExpressionContextUtils, QgsRenderContext, QgsSymbolLayer

    from ondergrond.core.paths import STYLES_DIR

    result = run(run_alg, [V12])
    lines = layer_of(result, "OUTPUT")
    message, ok = lines.loadNamedStyle(str(STYLES_DIR / "klic_utilities.qml"))
    assert ok, message
    renderer = lines.renderer()
    assert renderer.classAttribute() == "utility_type"
    themes = {category.value() for category in renderer.categories()}
    assert {"laagspanning", "water", "warmte", "gasLageDruk", "datatransport", "rioolVrijverval"} <= themes
    context = QgsRenderContext()
    renderer.startRender(context, lines.fields())
    styles = {}
    for feature in lines.getFeatures():
        symbol = renderer.symbolForFeature(feature, context)
        expression_context = QgsExpressionContext()
        expression_context.appendScopes(QgsExpressionContextUtils.globalProjectLayerScopes(lines))
        expression_context.setFeature(feature)
        prop = symbol.symbolLayer(0).dataDefinedProperties().property(QgsSymbolLayer.PropertyStrokeStyle)
        styles[feature["link_id"]] = prop.valueAsString(expression_context)[0]
    renderer.stopRender(context)
    # kb_1 has a depth (solid); the orphan link ul_5 has none (dashed).
    assert styles["nl.imkl-KL9001.ul_1"] == "solid" and styles["nl.imkl-KL9001.ul_5"] == "dash"
