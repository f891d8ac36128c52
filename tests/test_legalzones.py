"""core.legalzones and ondergrond:importlegalzones: STOP GIO / IMOW GML fixtures, real publications, attacks."""

import csv
import math
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import numpy as np
import pytest
import shapely
from conftest import SHARED, recorder
from hypothesis import given
from hypothesis import strategies as st
from qgis.core import QgsProcessingException, QgsVectorLayer

from ondergrond.core import legalzones as lz
from ondergrond.core.tables import TableError

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "legalzones"
GIO = FIXTURES / "GIO-test-zones.gml"
OW = FIXTURES / "ow-gebieden.xml"
MAPPING = ROOT / "rules" / "legal_zone_kinds.csv"
REAL = SHARED / "realdata" / "omgevingswet_gio_protection_zones"
ZEELAND, LIMBURG = REAL / "pv29_output", REAL / "ws0665_output"
needs_real = pytest.mark.skipif(not REAL.is_dir(), reason="../shared/realdata is not beside this clone")

# The half disc of radius 100 in 1-degree steps: 180 triangles of angle 1 degree, minus the 20 x 20 hole.
HALF_DISC = 180 * 0.5 * 100 ** 2 * math.sin(math.radians(1.0)) - 400.0
CIRCLE = 360 * 0.5 * 50 ** 2 * math.sin(math.radians(1.0))


def zones_by_name(data):
    return {zone["name"]: zone for zone in data.zones}


# ------------------------------------------------------------------------------------------- kernel

def test_fixture_publication_hand_computed():
    data = lz.read_legal_zones([GIO, OW], MAPPING)
    zones = zones_by_name(data)
    assert data.locaties == 6  # 7 Locaties, one without geometry
    assert set(zones) == {"grondwaterbeschermingszone Noord", "zone A", "Boringsvrije zone De Put",
                          "stiltegebied Oost"}
    half = zones["grondwaterbeschermingszone Noord"]
    assert half["kind"] == "grondwaterbeschermingsgebied"
    assert half["geometry"].area == pytest.approx(HALF_DISC, rel=1e-9)
    assert len(half["geometry"].interiors) == 1
    assert half["identifier"] == "halfdisc" and half["source_file"] == "GIO-test-zones.gml"
    assert half["status"] == "gemaakt" and half["top_m"] is None and half["bottom_m"] is None
    # Zone A maps through the OW chain Gebied -> Gebiedengroep -> Gebiedsaanwijzing groep Waterwingebied.
    squares = zones["zone A"]
    assert squares["kind"] == "waterwingebied" and squares["identifier"] == "nl.imow-pv99.gebied.squares"
    assert squares["geometry"].geom_type == "MultiPolygon" and squares["geometry"].area == pytest.approx(20000.0)
    circle = zones["Boringsvrije zone De Put"]
    assert circle["kind"] == "boringsvrije zone" and circle["geometry"].area == pytest.approx(CIRCLE, rel=1e-9)
    assert zones["stiltegebied Oost"]["kind"] is None
    assert data.duplicates == {"grondwaterbeschermingsgebied": 1}
    assert data.complements == ["buiten het waterwingebied"]
    assert data.unmapped == {"stiltegebied Oost": 1}
    assert data.no_geometry == [("GIO-test-zones.gml", "waterwingebied zonder geometrie")]
    assert data.curves == 3  # two arcs and a circle


def test_without_ow_file_zone_a_is_unmapped():
    data = lz.read_legal_zones([GIO], MAPPING)
    assert zones_by_name(data)["zone A"]["kind"] is None
    assert data.unmapped["zone A"] == 1


def test_mapping_depths_and_order(tmp_path):
    table = tmp_path / "kinds.csv"
    table.write_text("pattern;kind;top_m;bottom_m;source\n"
                     "boringsvrij;boringsvrije zone;12,5;;test\n"
                     "noord;waterwingebied;;;test\n", encoding="utf-8")
    data = lz.read_legal_zones([GIO], table)
    zones = zones_by_name(data)
    assert zones["Boringsvrije zone De Put"]["top_m"] == 12.5
    assert zones["Boringsvrije zone De Put"]["bottom_m"] is None
    # No complement row in this table: the outside is a zone without kind.
    assert "buiten het waterwingebied" in zones


@pytest.mark.parametrize("content, message", [
    ("pattern,kind\n(unclosed,waterwingebied\n", "regular expression"),
    ("pattern,kind,top_m\nx,waterwingebied,-3\n", "negative"),
    ("pattern,kind,top_m,bottom_m\nx,waterwingebied,10,5\n", "deeper"),
    ("kind\nwaterwingebied\n", "pattern"),
])
def test_bad_mapping_tables(tmp_path, content, message):
    table = tmp_path / "kinds.csv"
    table.write_text(content, encoding="utf-8")
    with pytest.raises(TableError, match=message):
        lz.read_mapping(table)


def test_zip_and_folder_give_the_same_zones(tmp_path):
    archive = tmp_path / "publication.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as handle:
        handle.write(GIO, "GIO/" + GIO.name)
        handle.write(OW, "OW-bestanden/" + OW.name)
    from_zip = lz.read_legal_zones([archive], MAPPING)
    from_folder = lz.read_legal_zones([FIXTURES], MAPPING)
    assert sorted(z["name"] for z in from_zip.zones) == sorted(z["name"] for z in from_folder.zones)
    assert zones_by_name(from_zip)["zone A"]["kind"] == "waterwingebied"


def _gio(geometry, srs="urn:ogc:def:crs:EPSG::28992", prolog=""):
    return ('<?xml version="1.0" encoding="UTF-8"?>{prolog}'
            '<geo:GeoInformatieObjectVaststelling xmlns:geo="https://standaarden.overheid.nl/stop/imop/geo/" '
            'xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:basisgeo="http://www.geostandaarden.nl/basisgeometrie/1.0">'
            '<geo:vastgesteldeVersie><geo:GeoInformatieObjectVersie><geo:locaties><geo:Locatie>'
            '<geo:naam>waterwingebied</geo:naam><geo:geometrie><basisgeo:Geometrie><basisgeo:id>x</basisgeo:id>'
            '<basisgeo:geometrie>{geometry}</basisgeo:geometrie></basisgeo:Geometrie></geo:geometrie>'
            '</geo:Locatie></geo:locaties></geo:GeoInformatieObjectVersie></geo:vastgesteldeVersie>'
            '</geo:GeoInformatieObjectVaststelling>').format(prolog=prolog, geometry=geometry.replace("SRS", srs))


SQUARE = ('<gml:Polygon srsName="SRS"><gml:exterior><gml:LinearRing><gml:posList>0 0 10 0 10 10 0 10 0 0'
          '</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>')


@pytest.mark.parametrize("text, message", [
    (_gio(SQUARE, prolog='<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'), "DOCTYPE"),
    (_gio(SQUARE, prolog='<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'), "DOCTYPE"),
    (_gio(SQUARE, srs="EPSG:4326"), "RD New"),
    ("", "empty"),
    ('<?xml version="1.0"?>\n<!-- only a comment -->\n', "malformed|no XML root"),
    ("this is not xml", "malformed"),
    (_gio(SQUARE)[:-60], "malformed"),
    (_gio(SQUARE.replace("0 0 10 0 10 10 0 10 0 0", "0 0 10 0 10 10 0 10 0")), "dimension"),
    (_gio(SQUARE.replace("0 0 10 0 10 10 0 10 0 0", "0 0 10 0 10 10 0 10 5 5")), "not closed"),
    (_gio(SQUARE.replace("0 0 10 0 10 10 0 10 0 0", "0 0 10 0 10 nan 0 10 0 0")), "finite"),
])
def test_bad_and_hostile_files_are_refused(tmp_path, text, message):
    path = tmp_path / "bad.gml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(lz.LegalZoneError, match=message):
        lz.read_legal_zones([path], MAPPING)


GML = 'xmlns:gml="http://www.opengis.net/gml/3.2"'
RING = "<gml:LinearRing><gml:posList{dim}>{coords}</gml:posList></gml:LinearRing>"


def _polygon(shell, *holes, dim="", attributes=""):
    text = "<gml:Polygon {}><gml:exterior>{}</gml:exterior>".format(attributes, RING.format(dim=dim, coords=shell))
    for hole in holes:
        text += "<gml:interior>{}</gml:interior>".format(RING.format(dim=dim, coords=hole))
    return text + "</gml:Polygon>"


SHELL, HOLE = "0 0 10 0 10 10 0 10 0 0", "2 2 2 4 4 4 4 2 2 2"
SIMPLE_SHAPES = {
    "polygon": _polygon(SHELL),
    "polygon with a hole": _polygon(SHELL, HOLE),
    "ring ends 1e-7 m apart": _polygon("0 0 10 0 10 10 0 10 0.0000001 0"),
    "exterior too short: no polygon": _polygon("0 0 10 0 0 0", HOLE),
    "hole too short: dropped": _polygon(SHELL, "2 2 4 4 2 2"),
    "multisurface of one": "<gml:MultiSurface><gml:surfaceMember>{}</gml:surfaceMember></gml:MultiSurface>".format(
        _polygon(SHELL)),
    "multisurface of two": "<gml:MultiSurface><gml:surfaceMember>{}</gml:surfaceMember><gml:surfaceMember>{}"
                           "</gml:surfaceMember></gml:MultiSurface>".format(_polygon(SHELL, HOLE),
                                                                             _polygon("20 0 30 0 30 10 20 0")),
    "3D posList": _polygon("0 0 5 10 0 5 10 10 5 0 10 5 0 0 5", dim=' srsDimension="3"'),
    "3D polygon": _polygon("0 0 5 10 0 5 10 10 5 0 0 5", attributes='srsDimension="3"'),
}
OTHER_SHAPES = {
    "dimension on the ring": _polygon(SHELL).replace("<gml:LinearRing>", '<gml:LinearRing srsDimension="2">'),
    "pos elements": "<gml:Polygon><gml:exterior><gml:LinearRing>{}</gml:LinearRing></gml:exterior>"
                    "</gml:Polygon>".format("".join("<gml:pos>{} {}</gml:pos>".format(*p) for p in
                                                    ((0, 0), (10, 0), (10, 10), (0, 0)))),
    "surface patch": "<gml:Surface><gml:patches><gml:PolygonPatch><gml:exterior>{}</gml:exterior></gml:PolygonPatch>"
                     "</gml:patches></gml:Surface>".format(RING.format(dim="", coords=SHELL)),
}


@pytest.mark.parametrize("name", sorted(SIMPLE_SHAPES) + sorted(OTHER_SHAPES))
def test_simple_shapes_read_as_the_full_walk_reads_them(name):
    """The posList path takes the usual GIO shapes only, and reads them exactly as _polygons does."""
    text = SIMPLE_SHAPES.get(name) or OTHER_SHAPES[name]
    geometry = ET.fromstring("<wrap {}>{}</wrap>".format(GML, text))[0]
    simple = lz._simple_polygons(geometry, geometry.get("srsDimension"))
    full = lz._polygons(geometry, geometry.get("srsDimension"), lz._GeometryStats())
    if name in OTHER_SHAPES:
        assert simple is None
        return
    assert simple is not None and len(simple) == len(full)
    for mine, theirs in zip(simple, full):
        assert len(mine) == len(theirs) and all(np.array_equal(a, b) for a, b in zip(mine, theirs))


@pytest.mark.parametrize("coords", ["0 0 10 0 10 10 0 10 0", "0 0 10 0 10 10 0 10 5 5", "0 0 10 0 10 nan 0 10 0 0",
                                    "0 0 10 0 10 x1 0 10 0 0", "0,0 10,0 10,10 0,10 0,0"])
def test_bad_rings_give_the_same_error_on_both_paths(tmp_path, coords):
    """A Polygon (the posList path) and a Surface patch (the full walk) with the same bad ring: one message."""
    messages = []
    for geometry in (SQUARE, SQUARE.replace("gml:Polygon", "gml:PolygonPatch").replace(
            '<gml:PolygonPatch srsName="SRS">', '<gml:Surface srsName="SRS"><gml:patches><gml:PolygonPatch>').replace(
            "</gml:PolygonPatch>", "</gml:PolygonPatch></gml:patches></gml:Surface>")):
        path = tmp_path / "bad.gml"
        path.write_text(_gio(geometry.replace("0 0 10 0 10 10 0 10 0 0", coords)), encoding="utf-8")
        with pytest.raises(lz.LegalZoneError) as error:
            lz.read_legal_zones([path], MAPPING)
        messages.append(str(error.value))
    assert messages[0] == messages[1] and "Locatie 'waterwingebied'" in messages[0]


def test_duplicate_keys_see_the_same_polygon_however_it_is_written():
    square = shapely.Polygon([(0, 0), (10, 0), (10, 10), (0, 10)])
    turned = shapely.Polygon([(10, 10), (10, 0), (0, 0), (0, 10)])  # other start, other orientation
    kite = shapely.Polygon([(0, 0), (10, 5), (10, 10), (5, 10)])  # the square's bounds and vertex count
    other = shapely.box(20, 0, 30, 10)
    keys = lz._duplicate_keys(np.array([square, turned, kite, other], dtype=object))
    assert keys[0] == keys[1] and keys[0] != keys[2]
    assert isinstance(keys[0], bytes) and isinstance(keys[2], bytes)
    assert keys[3] not in keys[:3]  # nothing shares its bounds: not normalized, a key of its own
    assert lz._duplicate_keys(np.array([square], dtype=object)).tolist() == [0]


def test_huge_file_refused_before_parsing(tmp_path):
    path = tmp_path / "big.gml"
    path.write_text(_gio(SQUARE), encoding="utf-8")
    with pytest.raises(lz.LegalZoneError, match="larger than"):
        lz.read_legal_zones([path], MAPPING, max_bytes=100)


def test_unsafe_zip_members_refused(tmp_path):
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("../../evil.gml", _gio(SQUARE))
    with pytest.raises(lz.LegalZoneError, match="unsafe"):
        lz.read_legal_zones([archive], MAPPING)
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as handle:
        handle.writestr("big.gml", b" " * (8 * 1024 ** 2))
    with pytest.raises(lz.LegalZoneError, match="zip bomb"):
        lz.read_legal_zones([bomb], MAPPING)


def test_point_locatie_and_folder_without_gio(tmp_path):
    point = tmp_path / "point.gml"
    point.write_text(_gio('<gml:Point srsName="SRS"><gml:pos>1 2</gml:pos></gml:Point>'), encoding="utf-8")
    data = lz.read_legal_zones([point], MAPPING)
    assert data.zones == [] and data.no_geometry == [("point.gml", "waterwingebied")]
    other = tmp_path / "other"
    other.mkdir()
    (other / "manifest.xml").write_text('<?xml version="1.0"?><manifest/>', encoding="utf-8")
    with pytest.raises(lz.LegalZoneError, match="no GIO"):
        lz.read_legal_zones([other], MAPPING)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(lz.LegalZoneError, match="no GML or XML"):
        lz.read_legal_zones([empty], MAPPING)


def test_draft_publication_is_a_choice_to_make(tmp_path):
    draft = tmp_path / "ontwerp-omgevingsverordening"
    draft.mkdir()
    (draft / "gio.gml").write_text(_gio(SQUARE), encoding="utf-8")
    zone = lz.read_legal_zones([draft], MAPPING).zones[0]
    assert zone["kind"] == "waterwingebied" and zone["status"] == "te maken"
    assert lz.read_legal_zones([draft / "gio.gml"], MAPPING).zones[0]["status"] == "te maken"
    adopted = tmp_path / "vastgesteld.gml"
    adopted.write_text(_gio(SQUARE), encoding="utf-8")
    assert lz.read_legal_zones([adopted], MAPPING).zones[0]["status"] == "gemaakt"


def test_invalid_polygon_repaired(tmp_path):
    bowtie = SQUARE.replace("0 0 10 0 10 10 0 10 0 0", "0 0 10 10 10 0 0 10 0 0")
    path = tmp_path / "bowtie.gml"
    path.write_text(_gio(bowtie), encoding="utf-8")
    data = lz.read_legal_zones([path], MAPPING)
    assert data.repaired == 1 and data.zones[0]["geometry"].is_valid
    assert data.zones[0]["geometry"].area == pytest.approx(50.0)  # two triangles of 25 m2


@given(cx=st.floats(-1e5, 1e5), cy=st.floats(-1e5, 1e5), radius=st.floats(1.0, 1e4),
       a0=st.floats(0, 360), sweep=st.floats(5, 355), ccw=st.booleans())
def test_arc_points_lie_on_the_circle_and_pass_the_middle(cx, cy, radius, a0, sweep, ccw):
    sign = 1 if ccw else -1
    angles = np.radians([a0, a0 + sign * sweep / 2, a0 + sign * sweep])
    p0, p1, p2 = (np.array([cx + radius * np.cos(a), cy + radius * np.sin(a)]) for a in angles)
    points = lz._arc_points(p0, p1, p2)
    assert np.allclose(points[0], p0) and np.allclose(points[-1], p2)
    distance = np.hypot(points[:, 0] - cx, points[:, 1] - cy)
    assert np.allclose(distance, radius, rtol=1e-6, atol=1e-6)
    assert len(points) - 1 >= math.ceil(sweep - 1e-6)  # at most 1 degree per segment
    line = shapely.LineString(points)
    sagitta = radius * (1 - math.cos(math.radians(0.5)))
    assert line.distance(shapely.Point(p1)) <= sagitta + 1e-6 * radius


# -------------------------------------------------------------------------------------- real files

@needs_real
def test_zeeland_duplicates_dropped_and_terms_mapped():
    data = lz.read_legal_zones([ZEELAND], MAPPING)
    kinds = [zone["kind"] for zone in data.zones]
    # 8 grondwaterbeschermingszone Locaties are 4 polygons published twice; 7 waterwingebieden.
    assert data.locaties == 15 and len(data.zones) == 11
    assert kinds.count("grondwaterbeschermingsgebied") == 4 and kinds.count("waterwingebied") == 7
    assert data.duplicates == {"grondwaterbeschermingsgebied": 4}
    assert not data.unmapped and not data.complements
    dropped = sum(z["geometry"].area for z in data.zones if z["kind"] == "grondwaterbeschermingsgebied")
    assert dropped > 16e6  # the area that was counted twice in the cumulation


@needs_real
def test_limburg_complement_left_out():
    data = lz.read_legal_zones([LIMBURG], MAPPING)
    names = sorted(zone["name"] for zone in data.zones)
    assert names == ["boringsvrije zone Roerdalslenk {} (Bovenste Brunssumklei)".format(n)
                     for n in ("I", "II", "III", "IV")]
    assert {zone["kind"] for zone in data.zones} == {"boringsvrije zone"}
    assert len(data.complements) == 1 and data.complements[0].startswith("buiten de boringsvrije zone")
    by_name = zones_by_name(data)
    ii = by_name["boringsvrije zone Roerdalslenk II (Bovenste Brunssumklei)"]
    assert ii["geometry"].geom_type == "MultiPolygon" and len(ii["geometry"].geoms) == 2
    assert ii["identifier"] == "nl.imow-ws0665.gebied.d1c2474c766143438db3bccf7434883b"


# --------------------------------------------------------------------------------------- algorithm

def run(run_alg, inputs, tmp_path, feedback=None, **extra):
    parameters = {"INPUT": [str(p) for p in inputs], "OUTPUT": str(tmp_path / "zones.gpkg")}
    parameters.update(extra)
    result = run_alg("ondergrond:importlegalzones", parameters, feedback)
    return result, QgsVectorLayer(result["OUTPUT"], "zones", "ogr")


def test_algorithm_writes_the_contract_fields(run_alg, tmp_path):
    feedback = recorder()
    result, layer = run(run_alg, [GIO, OW], tmp_path, feedback)
    assert layer.isValid() and layer.crs().authid() == "EPSG:28992"
    names = [field.name() for field in layer.fields() if field.name() != "fid"]
    assert names == ["kind", "name", "identifier", "source_file", "top_m", "bottom_m", "status"]
    assert result["ZONES"] == 4 and result["DUPLICATES"] == 1 and result["UNMAPPED"] == 1
    features = {f["name"]: f for f in layer.getFeatures()}
    assert features["grondwaterbeschermingszone Noord"].geometry().area() == pytest.approx(HALF_DISC, rel=1e-9)
    assert features["zone A"]["kind"] == "waterwingebied"
    log = "\n".join(feedback.infos + feedback.messages)
    assert "published twice" in log and "stiltegebied Oost" in log and "buiten het waterwingebied" in log
    assert "without an area" in log


def test_algorithm_refuses_hostile_xml_with_a_message(run_alg, tmp_path):
    path = tmp_path / "evil.gml"
    path.write_text(_gio(SQUARE, prolog='<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'), encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="DOCTYPE"):
        run(run_alg, [path], tmp_path)


@needs_real
def test_imported_zones_feed_depthband_suitability(run_alg, tmp_path):
    """Point 5: an import goes straight into depth-band suitability (no hand-added kind/top_m/bottom_m)."""
    _, layer = run(run_alg, [ZEELAND], tmp_path)
    result = run_alg("ondergrond:depthbandsuitability", {
        "CONSTRAINTS": [layer.source()], "FUNCTIONS": "bodemenergie gesloten", "BANDS": "0-3,3-30", "CELL_SIZE": 250.0,
        "OUTPUT": "TEMPORARY_OUTPUT", "MATRIX": str(tmp_path / "m.html"), "MATRIX_CSV": str(tmp_path / "m.csv")})
    with open(tmp_path / "m.csv", encoding="utf-8") as handle:
        band = [row for row in csv.DictReader(handle) if row["band"] == "3-30"][0]
    assert 18e6 < float(band["excluded_m2"]) < 30e6  # excluded m2: the 4 + 7 zones (about 22 km2 at 250 m cells)
    assert result["OUTPUT"]


@needs_real
def test_qgis_process_cli(qgis_process, tmp_path):
    output = tmp_path / "limburg.gpkg"
    result = qgis_process("ondergrond:importlegalzones", {"INPUT": str(LIMBURG), "OUTPUT": str(output)})
    assert result["results"]["ZONES"] == 4
    layer = QgsVectorLayer(str(output), "z", "ogr")
    assert layer.featureCount() == 4


@needs_real
def test_provincial_model_starts_from_imported_zones(provider, run_alg, make_layer, tmp_path):
    """Point 5: the provincial model takes the imported legal zones as its CONSTRAINTS input unchanged."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProcessingModelAlgorithm, QgsProject

    model_file = ROOT / "models" / "ondergrond_provincie.model3"
    if not model_file.exists():
        pytest.skip("models/ondergrond_provincie.model3 is not built")
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(model_file))
    _, zones = run(run_alg, [LIMBURG], tmp_path)
    # One well inside boringsvrije zone Roerdalslenk III (fields as ondergrond:drinkingwaterprotection reads).
    wells = make_layer("Point", {"rate_m3_year": "double", "thickness_m": "double"},
                       [{"wkt": "POINT(190000 360000)", "rate_m3_year": 2.0e6, "thickness_m": 40.0}], name="putten")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    result = processing.run(model, {
        "WELLS": wells, "CONSTRAINTS": [zones.source()], "BANDS": "0-30,30-100", "DEPTH_TOP": 30,
        "DEPTH_BOTTOM": 100, "YEAR": 2030, "CELL_SIZE": 500,
        "drinkingwaterprotection:ZONES": str(tmp_path / "m_zones.gpkg"),
        "depthbandsuitability:SUITABILITY": str(tmp_path / "m_suitability.gpkg"),
        "depthbandsuitability:MATRIX": str(tmp_path / "m_matrix.html"),
        "cumulationheatmap:HEATMAP": str(tmp_path / "m_heatmap.tif")}, context=context,
        feedback=QgsProcessingFeedback())
    suitability = QgsVectorLayer(result["depthbandsuitability:SUITABILITY"], "s", "ogr")
    reasons = {f["reasons"] for f in suitability.getFeatures() if f["function"] == "wko open"}
    assert any("boringsvrije zone: excluded" in text for text in reasons)
    from osgeo import gdal

    heat = gdal.Open(result["cumulationheatmap:HEATMAP"]).ReadAsArray()
    assert heat.max() >= 2  # a well's protection zones on top of a legal zone, 30-100 m


def test_suitability_points_a_raw_gio_to_the_importer(run_alg, tmp_path):
    """GDAL opens a GIO without geometry; the suitability algorithm says what to do instead."""
    import shutil

    copy = tmp_path / GIO.name  # GDAL writes a .gfs beside the file it reads: not in the fixtures folder
    shutil.copy(GIO, copy)
    with pytest.raises(QgsProcessingException, match="Import legal zones"):
        run_alg("ondergrond:depthbandsuitability", {"CONSTRAINTS": [str(copy)], "OUTPUT": "memory:",
                                                    "MATRIX": str(tmp_path / "m.html")})
