"""core/klic.py: the IMKL reader on hand-written IMKL 1.2 and 2.0 deliveries, real ones, and hostile input.

Expected values are derived by hand from the fixture files in tests/fixtures/imkl/ (the derivation is
in the comment next to each assertion).
"""

import io
import math
import re
import shutil
import zipfile
from pathlib import Path

import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from ondergrond.core import klic

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "imkl"
V12 = FIXTURES / "26X000001_1"
V12_FILE = V12 / "GI_gebiedsinformatielevering_26X000001_1.xml"
V20 = FIXTURES / "26X000002_1"
V20_FILE = V20 / "GI_gebiedsinformatielevering_26X000002_1_V2.xml"
HEADER = ('<?xml version="1.0" encoding="UTF-8"?>\n<gml:FeatureCollection xmlns:gml="http://www.opengis.net/gml/3.2" '
          'xmlns:imkl="http://www.geostandaarden.nl/imkl/wibon" xmlns:xlink="http://www.w3.org/1999/xlink" '
          'xmlns:net="http://inspire.ec.europa.eu/schemas/net/4.0" '
          'xmlns:us-net-common="http://inspire.ec.europa.eu/schemas/us-net-common/4.0">\n')


def by_link(data):
    return {line["link_id"]: line for line in data.lines}


def alone(data, feature_type):
    """Depth points of ``feature_type`` that no cable took (they still reach the points output)."""
    return sum(1 for p in data.points if p["object_type"] == feature_type and not p["link_id"])


# --- IMKL 1.2 ------------------------------------------------------------------------------------

def test_v12_lines_attributes_and_depths():
    data = klic.read_klic([V12])
    lines = by_link(data)
    # 5 UtilityLinks: kb_1 -> ul_1, wl_1 -> ul_2 + ul_3, th_1 -> ul_4, ul_5 has no object.
    assert sorted(lines) == ["nl.imkl-KL9001.ul_1", "nl.imkl-KL9001.ul_2", "nl.imkl-KL9001.ul_3",
                             "nl.imkl-KL9001.ul_5", "nl.imkl-KL9002.ul_4"]
    cable = lines["nl.imkl-KL9001.ul_1"]
    # thema of net_ls; operator = Beheerder with bronhoudercode KL9001; kabelDiameter 40 mm = 0.04 m.
    assert cable["utility_type"] == "laagspanning"
    assert cable["network_operator"] == "Voorbeeld Netbeheer B.V."
    assert cable["object_type"] == "Elektriciteitskabel" and cable["imkl_id"] == "nl.imkl-KL9001.kb_1"
    assert cable["diameter_m"] == pytest.approx(0.04)
    assert cable["status"] == "functional" and cable["valid_from"] == "2005-03-01" and cable["valid_to"] is None
    # Two DiepteTovMaaiveld points on ul_1: 0.85 m and 110 cm = 1.10 m; the shallowest top counts.
    assert cable["depth_m"] == pytest.approx(0.85) and cable["depth_source"] == "maaiveld"
    assert cable["standard_depth_m"] == pytest.approx(0.60)

    water = lines["nl.imkl-KL9001.ul_2"]
    # pipeDiameter 110 mm; projected -> planned; DiepteNAP -0.50 m NAP without maaiveldPeil: no depth,
    # but the NAP level of the top of the pipe is kept.
    assert water["utility_type"] == "water" and water["diameter_m"] == pytest.approx(0.11)
    assert water["status"] == "planned" and water["valid_from"] == "2027-01-01"
    assert water["depth_m"] is None and water["depth_source"] == "unknown"
    assert water["level_nap_m"] == pytest.approx(-0.50)
    # The Curve of ul_3 has two LineStringSegments sharing (203060 503005): 3 vertices, 20 + 20 m.
    bend = lines["nl.imkl-KL9001.ul_3"]
    assert bend["imkl_id"] == "nl.imkl-KL9001.wl_1"
    assert len(bend["geometry"].coords) == 3 and bend["geometry"].length == pytest.approx(40.0)

    heat = lines["nl.imkl-KL9002.ul_4"]
    # DiepteNAP -0.40 m NAP at the centre ("midden") of a 20 cm pipe: top at -0.40 + 0.10 = -0.30 m NAP;
    # maaiveldPeil 0.90 m NAP -> depth 0.90 - (-0.30) = 1.20 m below ground.
    assert heat["utility_type"] == "warmte" and heat["network_operator"] == "Warmtebedrijf Zwolle"
    assert heat["depth_m"] == pytest.approx(1.20) and heat["depth_source"] == "nap"
    assert heat["level_nap_m"] == pytest.approx(-0.30)
    assert heat["diameter_m"] == pytest.approx(0.20)
    # disused -> out_of_use; validTo 2040-12-31; standaardDieptelegging 80 cm.
    assert heat["status"] == "out_of_use" and heat["valid_to"] == "2040-12-31"
    assert heat["standard_depth_m"] == pytest.approx(0.80)

    orphan = lines["nl.imkl-KL9001.ul_5"]
    # No object points at ul_5: still a cable of net_ls, with the link's own status and date.
    assert orphan["object_type"] == "UtilityLink" and orphan["utility_type"] == "laagspanning"
    assert orphan["status"] == "functional" and orphan["valid_from"] == "1998-01-01"


def test_v12_points_zones_and_counts():
    data = klic.read_klic([V12_FILE])
    points = {p["imkl_id"]: p for p in data.points}
    assert points["nl.imkl-KL9001.app_1"]["appurtenance_type"] == "afsluiter"
    assert points["nl.imkl-KL9001.app_1"]["utility_type"] == "water"
    assert points["nl.imkl-KL9001.kast_1"]["object_type"] == "Kast"
    assert points["nl.imkl-KL9001.kast_1"]["geometry"].equals(shapely.Point(203000, 503000))
    zones = {z["zone_type"]: z for z in data.zones}
    # Graafpolygoon 80 x 50 m; EV strip 50 x 4 m around the heat pipe.
    assert zones["Graafpolygoon"]["geometry"].area == pytest.approx(4000.0)
    ev = zones["AanduidingEisVoorzorgsmaatregel"]
    assert ev["geometry"].area == pytest.approx(200.0)
    assert ev["precaution"] == "WARMTE-W1" and ev["utility_type"] == "warmte"
    assert ev["network_operator"] == "Warmtebedrijf Zwolle"
    # 26 featureMembers in the file; every one is counted.
    assert sum(data.read.values()) == 26
    assert data.read["DiepteTovMaaiveld"] == 4
    # dm_3 lies 25 m from the nearest water pipe; dm_4 lies on the water pipe but belongs to net_ls,
    # whose nearest cable is 5 m away: both beyond the 1 m tolerance. Both still reach the points output,
    # with their own depth and the network they name; nothing is skipped.
    assert alone(data, "DiepteTovMaaiveld") == 2 and "DiepteTovMaaiveld" not in data.skipped
    assert sum(1 for p in data.points if p["object_type"] == "DiepteTovMaaiveld") == 4
    dm_4 = points["nl.imkl-KL9001.dm_4"]
    assert dm_4["network"].endswith("net_ls") and dm_4["link_id"] is None
    assert dm_4["depth_source"] == "maaiveld" and dm_4["top_m"] == dm_4["bottom_m"] == dm_4["depth_m"]
    assert data.skipped["Annotatie"] == {klic.SKIP_NOT_IMPORTED: 1}
    assert data.deliveries[0]["name"] == "26X000001" and data.deliveries[0]["version"] == "1.2"


def test_depth_tolerance_is_honoured():
    # With 6 m, dm_4 (net_ls, 5 m from ul_1 at 2.00 m) joins ul_1; the shallowest stays 0.85 m.
    data = klic.read_klic([V12], depth_tolerance=6.0)
    assert by_link(data)["nl.imkl-KL9001.ul_1"]["depth_m"] == pytest.approx(0.85)
    assert alone(data, "DiepteTovMaaiveld") == 1
    # With 0.1 m, dm_2 (0.3 m off ul_1) and dn_1 (0.2 m off ul_4) no longer match.
    data = klic.read_klic([V12], depth_tolerance=0.1)
    assert by_link(data)["nl.imkl-KL9002.ul_4"]["depth_source"] == "unknown"
    assert alone(data, "DiepteTovMaaiveld") == 3


# --- IMKL 2.0 ------------------------------------------------------------------------------------

def test_v20_delivery():
    data = klic.read_klic([V20_FILE])
    assert data.deliveries[0]["version"] == "2.0"
    lines = by_link(data)
    assert len(lines) == 4
    telecom = lines["nl.imkl-KL9003.ul_21"]
    # kabelDiameter 1.2 cm = 0.012 m
    assert telecom["utility_type"] == "datatransport" and telecom["diameter_m"] == pytest.approx(0.012)
    duct = lines["nl.imkl-KL9003.ul_22"]
    # ductWidth 0.1 m; underConstruction -> planned
    assert duct["object_type"] == "Duct" and duct["diameter_m"] == pytest.approx(0.1)
    assert duct["status"] == "planned"
    sewer = lines["nl.imkl-KL9004.ul_23"]
    # 2.10 m measured at the bottom ("onderkant") of a 400 mm sewer: top at 2.10 - 0.40 = 1.70 m.
    assert sewer["depth_m"] == pytest.approx(1.70) and sewer["depth_source"] == "maaiveld"
    # validTo 9999-01-01 is IMKL's open end.
    assert sewer["valid_to"] is None
    gas = lines["nl.imkl-KL9005.ul_24"]
    # DiepteNAP 0.55 m NAP, maaiveldPeil 1.35 m NAP: 1.35 - 0.55 = 0.80 m; srsName "epsg:28992" accepted.
    assert gas["depth_m"] == pytest.approx(0.80) and gas["depth_source"] == "nap"
    assert gas["utility_type"] == "gasLageDruk" and gas["valid_to"] == "2031-06-30"
    assert gas["network_operator"] == "Gasnet Noord"
    # tc_2 points at ul_99, which is not in the delivery.
    assert data.skipped["Telecommunicatiekabel"] == {klic.SKIP_NO_LINKS: 1}
    ev = next(z for z in data.zones if z["zone_type"] == "AanduidingEisVoorzorgsmaatregel")
    # MultiSurface of 10 x 4 and 10 x 6 m.
    assert ev["geometry"].geom_type == "MultiPolygon" and ev["geometry"].area == pytest.approx(100.0)
    assert {p["object_type"] for p in data.points} - set(klic.DEPTH_TYPES) == {"Mast", "TechnischGebouw"}
    assert sum(data.read.values()) == 24


def test_merge_two_deliveries_and_drop_duplicates(tmp_path):
    copy = tmp_path / "again"
    shutil.copytree(V12, copy)
    data = klic.read_klic([V12, V20, copy])
    # The same delivery twice adds nothing: 5 + 4 lines.
    assert len(data.lines) == 9
    assert len({(line["imkl_id"], line["link_id"]) for line in data.lines}) == 9
    assert sum(data.read.values()) == 26 + 24 + 26
    # Every feature of the copy with an id is a duplicate (26 features, all with a gml:id).
    duplicates = sum(reasons.get(klic.SKIP_DUPLICATE, 0) for reasons in data.skipped.values())
    assert duplicates == 26
    # Newest first: 26X000002 (2026-04-14) before 26X000001 (2026-03-02).
    assert [d["name"] for d in data.deliveries][0] == "26X000002"
    for feature_type, read in data.read.items():
        assert read >= sum(data.skipped.get(feature_type, {}).values())


def test_zip_delivery_and_folder_with_zip(tmp_path):
    archive = tmp_path / "Levering_26X000002_1.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as handle:
        handle.write(V20_FILE, "Levering_26X000002_1/" + V20_FILE.name)
        handle.writestr("Levering_26X000002_1/LI_26X000002_1.xml", "<leveringsinformatie/>")
        handle.writestr("Levering_26X000002_1/bronnen/KL9003/nl.imkl-KL9003.HC_1.pdf", b"%PDF-1.4")
    data = klic.read_klic([archive])
    assert len(data.lines) == 4
    assert data.deliveries[0]["file"].endswith("!Levering_26X000002_1/" + V20_FILE.name)
    folder = tmp_path / "folder"
    folder.mkdir()
    shutil.copy(archive, folder / archive.name)
    assert len(klic.read_klic([folder]).lines) == 4


# --- Errors and hostile input --------------------------------------------------------------------

def test_malformed_xml_names_file_and_line(tmp_path):
    broken = tmp_path / "GI_gebiedsinformatielevering_broken.xml"
    text = V12_FILE.read_text(encoding="utf-8").splitlines()
    # Line 120 (1-based) becomes text that is not XML.
    text[119] = "<<< niet-XML"
    broken.write_text("\n".join(text), encoding="utf-8")
    with pytest.raises(klic.KlicError) as caught:
        klic.read_klic([broken])
    message = str(caught.value)
    assert broken.name in message and "line 120," in message and "malformed XML" in message


def test_billion_laughs_is_refused(tmp_path):
    bomb = tmp_path / "GI_gebiedsinformatielevering_bomb.xml"
    entities = "".join('<!ENTITY lol{} "{}">'.format(i, "&lol{};".format(i - 1) * 10) for i in range(1, 10))
    body = "<gml:featureMember>&lol9;</gml:featureMember></gml:FeatureCollection>"
    bomb.write_text('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol0 "lol">' + entities + ']>\n'
                    + HEADER.split("\n", 1)[1] + body)
    with pytest.raises(klic.KlicError, match="DOCTYPE"):
        klic.read_klic([bomb])


def test_external_entity_is_refused(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("geheim")
    xxe = tmp_path / "GI_gebiedsinformatielevering_xxe.xml"
    xxe.write_text('<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM "file://{}">]>\n'.format(secret)
                   + HEADER.split("\n", 1)[1] + "<gml:featureMember>&x;</gml:featureMember></gml:FeatureCollection>")
    with pytest.raises(klic.KlicError, match="DOCTYPE"):
        klic.read_klic([xxe])


def test_undeclared_entity_is_a_parse_error_not_an_expansion():
    data = (HEADER + "<gml:featureMember><imkl:Beheerder gml:id='x'>&x;</imkl:Beheerder></gml:featureMember>"
            "</gml:FeatureCollection>").encode()
    # HEADER is two lines; the entity reference sits on line 3, column 47.
    with pytest.raises(klic.KlicError, match="undefined entity") as caught:
        klic.parse_delivery(data)
    assert "line 3, column 47" in str(caught.value)


def _delivery_zip(tmp_path, name, compression=zipfile.ZIP_STORED, extra=None):
    """A ZIP holding the IMKL 2.0 fixture delivery and what ``extra(handle)`` adds to it."""
    archive = tmp_path / name
    with zipfile.ZipFile(archive, "w", compression) as handle:
        handle.write(V20_FILE, V20_FILE.name)
        if extra is not None:
            extra(handle)
    return archive


@pytest.mark.parametrize("member", ["../../evil.xml", "/etc/GI_gebiedsinformatielevering_x.xml",
                                    "a/../../GI_gebiedsinformatielevering_x.xml", "C:/GI_x.xml"])
def test_zip_slip_is_refused(tmp_path, member):
    archive = _delivery_zip(tmp_path, "slip.zip", extra=lambda handle: handle.writestr(member, "<x/>"))
    with pytest.raises(klic.KlicError, match="refused as unsafe"):
        klic.read_klic([archive])


def _zeros(handle):
    with handle.open("GI_gebiedsinformatielevering_zeros.xml", "w") as member:
        chunk = b"\0" * (1 << 20)
        for _ in range(64):
            member.write(chunk)


def test_zip_bomb_is_refused(tmp_path):
    # 64 MB of zeros deflates ~1000 times: far beyond what GML ever compresses.
    archive = _delivery_zip(tmp_path, "bomb.zip", zipfile.ZIP_DEFLATED, _zeros)
    with pytest.raises(klic.KlicError, match="zip bomb"):
        klic.read_klic([archive])


def test_total_expansion_limit(tmp_path):
    archive = _delivery_zip(tmp_path, "big.zip", zipfile.ZIP_DEFLATED)
    with pytest.raises(klic.KlicError, match="expands to"):
        klic.read_klic([archive], max_zip_total=1000)


def test_xml_size_limit(tmp_path):
    with pytest.raises(klic.KlicError, match="larger than"):
        klic.read_klic([V20_FILE], max_bytes=10_000)


def test_delivery_without_utility_lines_is_an_error(tmp_path):
    empty = tmp_path / "GI_gebiedsinformatielevering_leeg.xml"
    empty.write_text(HEADER + '<gml:featureMember><imkl:Beheerder gml:id="nl.imkl-KL1._Beheerder">'
                     "<imkl:bronhoudercode>KL1</imkl:bronhoudercode></imkl:Beheerder></gml:featureMember>"
                     "</gml:FeatureCollection>", encoding="utf-8")
    with pytest.raises(klic.KlicError, match="no cables or pipes") as caught:
        klic.read_klic([empty])
    assert empty.name in str(caught.value)


def test_not_an_imkl_file(tmp_path):
    other = tmp_path / "LI_26X000001_1.xml"
    other.write_text('<?xml version="1.0"?><leveringsinformatie/>', encoding="utf-8")
    with pytest.raises(klic.KlicError, match="no IMKL"):
        klic.read_klic([other])
    with pytest.raises(klic.KlicError, match="does not exist"):
        klic.read_klic([tmp_path / "nothing.zip"])
    with pytest.raises(klic.KlicError, match="no GI_gebiedsinformatielevering"):
        klic.read_klic([tmp_path])


def test_other_crs_is_refused():
    data = (HEADER + '<gml:featureMember><us-net-common:UtilityLink gml:id="nl.imkl-KL1.ul">'
            '<net:centrelineGeometry><gml:LineString srsName="urn:ogc:def:crs:EPSG::4326">'
            "<gml:posList>52 6 52.1 6.1</gml:posList></gml:LineString></net:centrelineGeometry>"
            "</us-net-common:UtilityLink></gml:featureMember></gml:FeatureCollection>").encode()
    with pytest.raises(klic.KlicError, match="EPSG::4326"):
        klic.parse_delivery(data)


# --- Geometry and helpers ------------------------------------------------------------------------

def _holder(inner):
    import xml.etree.ElementTree as ET
    return ET.fromstring('<h xmlns:gml="http://www.opengis.net/gml/3.2">{}</h>'.format(inner))


def test_parse_geometry_variants():
    line3d = klic.parse_geometry(_holder(
        '<gml:LineString srsDimension="3"><gml:posList>0 0 5 3 4 6</gml:posList></gml:LineString>'))
    # 3D: Z dropped -> (0,0)-(3,4), length 5.
    assert line3d.length == pytest.approx(5.0) and not line3d.has_z
    multi = klic.parse_geometry(_holder(
        "<gml:MultiCurve><gml:curveMember><gml:LineString><gml:posList>0 0 1 0</gml:posList></gml:LineString>"
        "</gml:curveMember><gml:curveMember><gml:LineString><gml:posList>0 1 0 3</gml:posList></gml:LineString>"
        "</gml:curveMember></gml:MultiCurve>"))
    assert multi.geom_type == "MultiLineString" and multi.length == pytest.approx(3.0)
    holed = klic.parse_geometry(_holder(
        "<gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>0 0 10 0 10 10 0 10 0 0</gml:posList>"
        "</gml:LinearRing></gml:exterior><gml:interior><gml:LinearRing><gml:posList>2 2 4 2 4 4 2 4 2 2"
        "</gml:posList></gml:LinearRing></gml:interior></gml:Polygon>"))
    assert holed.area == pytest.approx(96.0)
    assert klic.parse_geometry(_holder("<gml:Point><gml:pos>1 2</gml:pos></gml:Point>")).equals(
        shapely.Point(1, 2))
    with pytest.raises(ValueError):
        klic.parse_geometry(_holder('<gml:LineString srsDimension="2"><gml:posList>0 0 1</gml:posList>'
                                    "</gml:LineString>"))


@settings(max_examples=150, deadline=None)
@given(values=st.lists(st.floats(allow_nan=False, allow_infinity=False), max_size=12),
       dim=st.sampled_from([2, 3]), separator=st.sampled_from([" ", "\n    ", "\t", "  "]),
       style=st.sampled_from(["{!r}", "{:.3f}", "{:e}"]))
def test_plain_line_coordinates_equal_the_element_reader(values, dim, separator, style):
    # A plain gml:LineString is parsed later for all links at once (klic._plain_coords, _finish_coordinates):
    # the coordinates (or the error, or no line) must be exactly those of the element reader.
    text = separator.join(style.format(value) for value in values)
    holder = _holder('<gml:LineString srsDimension="{}"><gml:posList>{}</gml:posList></gml:LineString>'.format(
        dim, text))
    try:
        expected, error = klic._line_coords(holder[0], None), None
    except ValueError as exc:
        expected, error = None, str(exc)
    try:
        found = klic._link_geometry(holder, "test")
    except ValueError as exc:
        assert str(exc) == error
        return
    assert error is None
    plain = style == "{:.3f}" and all(abs(value) < 1e20 for value in values)
    if expected is None:
        assert found is None
        return
    assert isinstance(found, klic._Coords) or not plain  # plain numbers take the fast path
    delivery = klic.Delivery(label="test", unfinished=True)
    delivery.links["link"] = klic.Link(found, None, None, None, None)
    klic._finish_coordinates(delivery)
    assert shapely.get_coordinates(delivery.links["link"].geometry).tobytes() == expected.tobytes()


def test_bronhoudercode():
    assert klic.bronhoudercode("nl.imkl-KL1184.v_9_97565257") == "KL1184"
    assert klic.bronhoudercode("nl.imkl-nbact1.un00040") == "nbact1"
    assert klic.bronhoudercode(None) is None


@settings(max_examples=40, deadline=None)
@given(depth=st.floats(0.0, 5.0), diameter=st.floats(0.01, 1.0), anchor=st.sampled_from(
    ["bovenkant", "midden", "onderkant"]))
def test_top_of_pipe_property(depth, diameter, anchor):
    top = klic._top_of_pipe(depth, anchor, diameter)
    expected = {"bovenkant": depth, "midden": depth - diameter / 2, "onderkant": depth - diameter}[anchor]
    # Never above ground level, never deeper than the measured point.
    assert top == pytest.approx(max(0.0, expected)) and 0.0 <= top <= depth + 1e-12


@settings(max_examples=25, deadline=None)
@given(values=st.lists(st.floats(-1e5, 1e6, allow_nan=False), min_size=4, max_size=40).filter(
    lambda v: len(v) % 2 == 0))
def test_poslist_roundtrip_property(values):
    text = " ".join(repr(v) for v in values)
    coords = klic._coords(_holder("<p>{}</p>".format(text))[0], 2)
    assert coords.shape == (len(values) // 2, 2)
    assert all(math.isclose(a, b) for a, b in zip(coords.ravel().tolist(), values))


# --- Real deliveries (skip without ../shared/realdata) ---------------------------------------------

def test_real_full_test_delivery_all_226_features_accounted(realdata):
    path = realdata / "b4udignl_klic" / "18G007160_1" / "GI_gebiedsinformatielevering_18G007160_1.xml"
    data = klic.read_klic([path])
    assert sum(data.read.values()) == 226
    for feature_type, read, used, skipped, reasons in klic.summary(data):
        assert read == used + skipped and sum(reasons.values()) == skipped, feature_type
    # 25 UtilityLinks, each used by exactly one of the 25 cable/pipe/container objects.
    assert data.read["UtilityLink"] == 25 and len(data.lines) == 25
    assert {line["object_type"] for line in data.lines} == {
        "Telecommunicatiekabel", "Waterleiding", "Elektriciteitskabel", "ThermischePijpleiding",
        "OlieGasChemicalienPijpleiding", "Rioolleiding", "Overig", "Duct", "Kabelbed", "Mantelbuis"}
    # Every theme of the test environment's networks reaches the output.
    assert {line["utility_type"] for line in data.lines} >= {
        "datatransport", "laagspanning", "middenspanning", "hoogspanning", "landelijkHoogspanningsnet",
        "gasLageDruk", "gasHogeDruk", "water", "warmte", "rioolVrijverval", "rioolOnderOverOfOnderdruk",
        "buisleidingGevaarlijkeInhoud", "petrochemie", "overig", "wees"}
    assert all(line["network_operator"] for line in data.lines)
    pwn = next(line for line in data.lines if line["network_operator"] == "PWN4")
    # The PWN water main: pipeDiameter 250 cm in the test data, functional since 1957.
    assert pwn["utility_type"] == "water" and pwn["valid_from"] == "1957-01-01"
    # 31 Appurtenance + Kast, Mast, Toren, Mangat, TechnischGebouw + the two depth measurements.
    assert len(data.points) == 38
    assert sorted(z["zone_type"] for z in data.zones) == ["AanduidingEisVoorzorgsmaatregel", "Graafpolygoon"]
    # Depth: the test delivery's DiepteTovMaaiveld (2.43 m) and DiepteNAP (2.43 m NAP, maaiveld 5.55) lie
    # in networks un00039 (middenspanning) and un00038 (laagspanning), which have no cable: no line gets a
    # depth invented, but both measurements arrive as points with their depth and network.
    assert "DiepteTovMaaiveld" not in data.skipped and "DiepteNAP" not in data.skipped
    assert all(line["depth_source"] == "unknown" for line in data.lines)
    depths = {p["object_type"]: p for p in data.points if p["object_type"] in klic.DEPTH_TYPES}
    maaiveld, nap = depths["DiepteTovMaaiveld"], depths["DiepteNAP"]
    assert (maaiveld["depth_m"], maaiveld["depth_source"]) == (2.43, "maaiveld")
    assert maaiveld["network"] == "nl.imkl-nbact1.un00039" and maaiveld["utility_type"] == "middenspanning"
    assert maaiveld["geometry"].equals(shapely.Point(155030, 388050))
    # DiepteNAP: top of pipe at 2.43 m NAP under ground level 5.55 m NAP: 5.55 - 2.43 = 3.12 m deep.
    assert nap["depth_m"] == pytest.approx(3.12) and nap["depth_source"] == "nap"
    assert nap["level_nap_m"] == pytest.approx(2.43) and nap["utility_type"] == "laagspanning"
    # The PWN water main's 250 cm diameter is implausible for water; nothing else is.
    sizes = klic.read_plausible_sizes(Path(__file__).resolve().parent.parent / "rules" / "plausible_sizes.csv")
    flagged = klic.implausible([data.lines, data.points], sizes)
    assert [(f["utility_type"], f["quantity"], f["count"], f["value"]) for f in flagged] == [
        ("water", "diameter", 1, 2.5)]


def test_real_depth_objects_are_read(realdata):
    path = realdata / "b4udignl_klic" / "18G007160_1" / "GI_gebiedsinformatielevering_18G007160_1.xml"
    delivery = klic.parse_delivery(path)
    depths = {d["feature_type"]: d for d in delivery.depths}
    assert depths["DiepteTovMaaiveld"]["value"] == pytest.approx(2.43)
    assert depths["DiepteNAP"]["value"] == pytest.approx(2.43)
    assert depths["DiepteNAP"]["ground"] == pytest.approx(5.55)


def test_real_oasen_delivery_and_merge(realdata):
    folder = realdata / "b4udignl_klic"
    data = klic.read_klic([folder / "22G064233_1"])
    # One Waterleiding with two UtilityLinks, operator Oasen N.V., PE 25 mm, no srsName on the lines.
    assert len(data.lines) == 2
    assert {line["network_operator"] for line in data.lines} == {"Oasen N.V."}
    assert all(line["diameter_m"] == pytest.approx(0.025) for line in data.lines)
    assert sum(data.read.values()) == 10
    both = klic.read_klic([folder / "22G064233_1", folder / "18G007160_1"])
    assert len(both.lines) == 27 and sum(both.read.values()) == 236


def test_real_single_feature_fixtures(realdata):
    imkl = realdata / "b4udignl_klic" / "imkl"
    delivery = klic.parse_delivery(imkl / "utilityLink2.xml")
    # gml:Curve with one LineStringSegment of three vertices.
    assert len(delivery.links["nl.imkl-nbact1.ul00001"].geometry.coords) == 3
    extra = klic.parse_delivery(imkl / "extra_detail_info_v2.xml")
    assert extra.version == "2.0"
    assert extra.features == [("ExtraDetailinfo", "nl.imkl-KL1051.HC_2", klic.SKIP_NOT_IMPORTED)]


def test_bytes_source():
    data = klic.parse_delivery(V20_FILE.read_bytes())
    assert data.label == "<bytes>" and len(data.links) == 4
    assert isinstance(io.BytesIO, type)


def test_corrupt_zip_member_is_a_clear_error(tmp_path):
    archive = tmp_path / "kapot.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as handle:
        handle.write(V20_FILE, V20_FILE.name)
    data = bytearray(archive.read_bytes())
    # Flip bytes in the middle of the compressed GML: a CRC or deflate error when streamed.
    for i in range(400, 420):
        data[i] ^= 0xFF
    archive.write_bytes(bytes(data))
    with pytest.raises(klic.KlicError, match="kapot.zip"):
        klic.read_klic([archive])


# --- Deliveries with both an IMKL 1.2 and a 2.0 file (Kadaster since 2021) --------------------------

def test_zip_with_imkl12_and_v2_is_read_once_from_v2(tmp_path):
    archive = tmp_path / "Levering_26X000002_1.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as handle:
        # the same delivery twice: a 1.2 file (here: other content, so reading it would show) and the _V2 file
        handle.write(V12_FILE, "26X000002_1/GI_gebiedsinformatielevering_26X000002_1.xml")
        handle.write(V20_FILE, "26X000002_1/GI_gebiedsinformatielevering_26X000002_1_V2.xml")
    sources = klic.find_sources([archive])
    assert [s.label.rpartition("/")[2] for s in sources] == ["GI_gebiedsinformatielevering_26X000002_1_V2.xml"]
    data = klic.read_klic([archive])
    assert [d["version"] for d in data.deliveries] == ["2.0"] and len(data.lines) == 4
    # The same in an extracted folder.
    folder = tmp_path / "folder"
    folder.mkdir()
    shutil.copy(V12_FILE, folder / "GI_gebiedsinformatielevering_26X000002_1.xml")
    shutil.copy(V20_FILE, folder / "GI_gebiedsinformatielevering_26X000002_1_V2.xml")
    assert len(klic.read_klic([folder]).lines) == 4
    # A 1.2-only delivery beside it is still read: 4 + 5 lines, the 2.0 delivery given twice adds nothing.
    merged = klic.read_klic([archive, V12, folder])
    assert len(merged.lines) == 9
    assert len({line["link_id"] for line in merged.lines}) == 9


# --- Chunks: the document is cut after featureMember end tags; templates read the regular members ----------

def _generated(tmp_path, links):
    """An IMKL 2.0 delivery of ``links`` links from the benchmark's generator (cables, networks, depths)."""
    import sys
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from importklic import generate

    path = tmp_path / "GI_gebiedsinformatielevering_generated.xml"
    generate(path, links)
    return path.read_bytes()


def _snapshot(delivery):
    """Everything a Delivery holds, geometries as WKT, for comparing the chunk and element readers."""
    def plain(record):
        return {key: value.wkt if isinstance(value, shapely.Geometry) else value for key, value in record.items()}
    return (delivery.version, delivery.date, delivery.meldnummer, delivery.networks, delivery.operators,
            {key: (link.geometry.wkt, link.network, link.status_code, link.valid_from, link.valid_to)
             for key, link in delivery.links.items()},
            [obj._asdict() for obj in delivery.objects], [plain(d) for d in delivery.depths],
            [plain(p) for p in delivery.points], [plain(z) for z in delivery.zones], delivery.features)


def _by_elements(data):
    """The delivery as the element-by-element reader gives it (the chunk reader's fallback)."""
    source = klic._Source("<bytes>", len(data), lambda: io.BytesIO(data))
    delivery = klic._parse_stream(source, klic.progress_of(None), klic.MAX_XML_BYTES)
    klic._finish_coordinates(delivery)
    return delivery


def _by_chunks(data):
    """The delivery as the chunk reader (templates and batches) gives it; fails when it gives up."""
    source = klic._Source("<bytes>", len(data), lambda: io.BytesIO(data))
    delivery = klic._parse_chunks(source, klic.progress_of(None), klic.MAX_XML_BYTES)
    assert delivery is not None, "the chunk reader gave up"
    klic._finish_coordinates(delivery)
    return delivery


@pytest.mark.parametrize("chunk_bytes", [64 * 1024, klic.CHUNK_BYTES], ids=["45-chunks", "one-chunk"])
def test_chunks_of_a_large_delivery_equal_the_element_reader(tmp_path, monkeypatch, chunk_bytes):
    data = _generated(tmp_path, 3000)  # ~3 MB; in 64 kB chunks each read boundary falls inside some feature
    assert len(data) > 40 * 64 * 1024
    monkeypatch.setattr(klic, "CHUNK_BYTES", chunk_bytes)
    batches = _by_chunks(data)
    # 3000 links + 3000 cables + 300 depth points + 20 operators + 120 networks.
    assert len(batches.features) == 6440 and len(batches.links) == 3000 and len(batches.depths) == 300
    assert _snapshot(batches) == _snapshot(_by_elements(data))


def test_chunks_from_small_reads_equal_the_element_reader(tmp_path, monkeypatch):
    data = _generated(tmp_path, 3000)
    monkeypatch.setattr(klic, "XML_CHUNK_BYTES", 4099)  # reads end inside end tags, features and chunks
    monkeypatch.setattr(klic, "CHUNK_BYTES", 64 * 1024)
    assert _snapshot(_by_chunks(data)) == _snapshot(_by_elements(data))


@pytest.mark.parametrize("first", ["coordinate", "xml"])
def test_the_first_error_in_the_document_is_reported(tmp_path, first):
    # A coordinate error and malformed XML, in either order: the element reader reports the first one.
    lines = _generated(tmp_path, 3000).decode().split("\n")
    coordinate, malformed = (199, 2001) if first == "coordinate" else (2001, 199)
    assert "<gml:posList>" in lines[coordinate]
    lines[coordinate] = lines[coordinate].replace("<gml:posList>", "<gml:posList>NaN ")
    lines[malformed] = lines[malformed][:-1]  # loses its closing '>': the error is at the next line's start
    data = "\n".join(lines).encode()
    with pytest.raises(klic.KlicError) as by_elements:
        _by_elements(data)
    with pytest.raises(klic.KlicError) as caught:
        klic.parse_delivery(data)
    assert str(caught.value) == str(by_elements.value)
    assert ("NaN" in str(caught.value)) == (first == "coordinate")
    assert ("malformed XML at line 201," in str(caught.value)) == (first == "xml")


def test_malformed_xml_before_an_overlong_token_in_the_next_read(tmp_path, monkeypatch):
    # Malformed XML at the end of the first read, then a token running into the next read: the element reader
    # stops at the malformed XML; the chunks read on for the end of that feature and meet the overlong token.
    monkeypatch.setattr(klic, "MAX_TOKEN_BYTES", 64 * 1024)
    monkeypatch.setattr(klic, "XML_CHUNK_BYTES", 1024 ** 2)
    text = _generated(tmp_path, 3000).decode()
    at = text.index("<net:inNetwork", klic.XML_CHUNK_BYTES - 2000)
    data = (text[:at] + "<<!--" + "x" * (128 * 1024) + "-->" + text[at:]).encode()
    with pytest.raises(klic.KlicError, match="malformed XML"):
        klic.parse_delivery(data)


@pytest.mark.parametrize("path", [V12_FILE, V20_FILE], ids=["imkl-1.2", "imkl-2.0"])
def test_chunks_of_one_feature_each_equal_the_element_reader(path, monkeypatch):
    data = path.read_bytes()
    monkeypatch.setattr(klic, "CHUNK_BYTES", 1)  # every featureMember end tag cuts: one feature per chunk
    monkeypatch.setattr(klic, "BATCH_BYTES", 1)
    batches = _by_chunks(data)
    assert batches.version == ("1.2" if path == V12_FILE else "2.0")
    assert _snapshot(batches) == _snapshot(_by_elements(data))


FEATURES = ('<imkl:Utiliteitsnet gml:id="nl.imkl-KL1.net"><imkl:thema xlink:href="http://x/Thema/water"/>'
            '</imkl:Utiliteitsnet>'
            '<us-net-common:UtilityLink gml:id="nl.imkl-KL1.ul"><net:inNetwork xlink:href="nl.imkl-KL1.net"/>'
            '<net:centrelineGeometry><gml:LineString><gml:posList>0 0 3 4</gml:posList></gml:LineString>'
            '</net:centrelineGeometry></us-net-common:UtilityLink>'
            '<imkl:Waterleiding gml:id="nl.imkl-KL1.wl"><net:inNetwork xlink:href="nl.imkl-KL1.net"/>'
            '<net:link xlink:href="nl.imkl-KL1.ul"/></imkl:Waterleiding>')


def test_feature_members_plural_container():
    data = (HEADER + "<gml:featureMembers>" + FEATURES + "</gml:featureMembers></gml:FeatureCollection>").encode()
    delivery = _by_chunks(data)
    assert [(t, i) for t, i, _reason in delivery.features] == [
        ("Utiliteitsnet", "nl.imkl-KL1.net"), ("UtilityLink", "nl.imkl-KL1.ul"), ("Waterleiding", "nl.imkl-KL1.wl")]
    assert delivery.links["nl.imkl-KL1.ul"].geometry.length == 5.0  # (0 0)-(3 4)
    assert _snapshot(delivery) == _snapshot(_by_elements(data))


@pytest.mark.parametrize("inside", [
    "<!-- </gml:featureMember> -->",  # between members: the cut leaves the comment open
    "<gml:featureMember><imkl:Beheerder gml:id='nl.imkl-KL1.b'><!-- </gml:featureMember> --><imkl:bronhoudercode>"
    "KL1</imkl:bronhoudercode></imkl:Beheerder></gml:featureMember>",  # inside a feature
    "<gml:featureMember><imkl:Beheerder gml:id='nl.imkl-KL1.b'><imkl:bronhoudercode><![CDATA[</gml:featureMember>]]>"
    "</imkl:bronhoudercode></imkl:Beheerder></gml:featureMember>",  # in CDATA
    "<gml:featureMember><imkl:Beheerder gml:id='nl.imkl-KL1.b'><gml:featureMember><imkl:Kast gml:id='k'/>"
    "</gml:featureMember></imkl:Beheerder></gml:featureMember>",  # nested deeper than the collection
])
@pytest.mark.parametrize("batch_bytes", [1, 64 * 1024], ids=["cut-at-every-end-tag", "one-batch"])
def test_featuremember_end_tags_that_do_not_end_a_member(inside, batch_bytes, monkeypatch):
    # Cut there, the batch does not parse; in one batch, the feature reader must still see what the element
    # reader sees (the nested Kast is a feature of its own there). Either way: the element reader's result.
    data = (HEADER + "<gml:featureMember>" + FEATURES.replace("</imkl:Utiliteitsnet>", "</imkl:Utiliteitsnet>"
            "</gml:featureMember><gml:featureMember>").replace("</us-net-common:UtilityLink>",
            "</us-net-common:UtilityLink></gml:featureMember><gml:featureMember>") + "</gml:featureMember>"
            + inside + "</gml:FeatureCollection>").encode()
    monkeypatch.setattr(klic, "BATCH_BYTES", batch_bytes)
    monkeypatch.setattr(klic, "CHUNK_BYTES", batch_bytes)
    delivery = klic.parse_delivery(data)
    assert _snapshot(delivery) == _snapshot(_by_elements(data))
    assert len(delivery.links) == 1 and len(delivery.objects) == 1


def test_malformed_xml_far_into_a_large_delivery_gives_the_real_line(tmp_path):
    lines = _generated(tmp_path, 3000).decode().split("\n")
    # Line 5001 (1-based) holds a featureMember far beyond the first batch; it loses its closing '>'.
    assert lines[5000].endswith("</gml:featureMember>")
    lines[5000] = lines[5000][:-1]
    with pytest.raises(klic.KlicError, match="malformed XML at line 5002, column 1"):
        klic.parse_delivery("\n".join(lines).encode())


@pytest.mark.parametrize("size", [1, 7, 30, 64, 1000])
def test_chunks_end_at_member_end_tags_whatever_the_reads(size):
    """Reads of any size: the chunks make up the document, each but the last ends with a featureMember(s) end
    tag (also one a read cut in two), and a name in text, in a start tag or in another end tag cuts nothing."""
    document = (b'<c><gml:featureMember><a>featureMember</a></gml:featureMember >\n<featureMembers><b/>'
                b'</featureMembers><gml:featureMember><x:featureMemberX/></gml:featureMember></c>\n')
    chunks = list(klic._chunks(klic._blocks(document, None, size)))
    assert b"".join(chunk for chunk, _last in chunks) == document
    assert [last for _chunk, last in chunks] == [False] * (len(chunks) - 1) + [True]
    ends = (b"</gml:featureMember >", b"</featureMembers>", b"</gml:featureMember>")
    assert all(chunk.endswith(ends) for chunk, _last in chunks[:-1])
    cuts = [len(b"".join(chunk for chunk, _last in chunks[:i + 1])) for i in range(len(chunks) - 1)]
    assert set(cuts) <= {document.index(end) + len(end) for end in ends}
    if size == 1:
        assert len(chunks) == 4  # one per end tag, and the rest


def test_no_member_end_within_the_limit_gives_up(monkeypatch):
    monkeypatch.setattr(klic, "MAX_BATCH_BYTES", 100)
    chunks = list(klic._chunks(klic._blocks(b"<a>" + b"x" * 300 + b"</gml:featureMember>", None, 64)))
    assert chunks[-1] == (None, False)


def test_cancel_stops_between_chunks(tmp_path, monkeypatch):
    class Cancelled:
        def __init__(self):
            self.calls = 0

        def set(self, fraction):
            pass

        def canceled(self):
            self.calls += 1
            return True

    data = _generated(tmp_path, 3000)
    monkeypatch.setattr(klic, "CHUNK_BYTES", 64 * 1024)
    progress = Cancelled()
    delivery = klic.parse_delivery(data, progress)
    assert progress.calls >= 1 and 0 < len(delivery.features) < 6440  # stopped after the first chunk


# --- Templates: each variation of a member either matches its template with the same values or is left to
# the element reader; the result, or the error, is the element reader's.
def _nth(data, pattern, replacement, k=150):
    found = list(re.finditer(pattern, data))
    assert found, pattern
    match = found[k % len(found)]
    return data[:match.start()] + match.expand(replacement) + data[match.end():]


VARIATIONS = {
    "comment in a member": (rb"<net:fictitious>", rb"<!-- c --><net:fictitious>"),
    "CDATA coordinates": (rb"<gml:posList>([^<]*)</gml:posList>", rb"<gml:posList><![CDATA[\1]]></gml:posList>"),
    "entity in an href": (rb'<net:link xlink:href="([^"]*)"', rb'<net:link xlink:href="\1&amp;x"'),
    "character reference": (rb"<gml:posList>(\S+) ", rb"<gml:posList>\1&#32;"),
    "tab in an attribute": (rb'xlink:href="([^"]*)"', b'xlink:href="\\1\tx"'),
    "carriage return in text": (rb"<net:fictitious>false", b"<net:fictitious>fa\rlse"),
    "single quotes": (rb'gml:id="([^"]*)"', rb"gml:id='\1'"),
    "namespace declared in a member": (rb"<(us-net-common|imkl):(\w+) gml:id=", rb'<\1:\2 xmlns:x="urn:x" gml:id='),
    "other CRS": (rb'srsName="urn:ogc:def:crs:EPSG::28992"', b'srsName="urn:ogc:def:crs:EPSG::4326"'),
    "decimal comma": (rb"<gml:posList>(\d+)\.(\d+)", rb"<gml:posList>\1,\2"),
    "3D coordinates": (rb'srsDimension="2"><gml:posList>(\S+) (\S+) (\S+) (\S+)',
                       rb'srsDimension="3"><gml:posList>\1 \2 0 \3 \4 0'),
    "dimension not fitting": (rb'srsDimension="2"', b'srsDimension="3"'),
    "empty coordinates": (rb"<gml:posList>[^<]*</gml:posList>", b"<gml:posList/>"),
    "one point": (rb"<gml:posList>(\S+ \S+)[^<]*</gml:posList>", rb"<gml:posList>\1</gml:posList>"),
    "nil date": (rb"<us-net-common:validFrom>[^<]*</us-net-common:validFrom>",
                 b'<us-net-common:validFrom xsi:nil="true"></us-net-common:validFrom>'),
    "mismatched end tag": (rb"</net:fictitious>", b"</net:fictitiou>"),
    "unbound prefix": (rb"<net:fictitious>", b"<foo:bar/><net:fictitious>"),
    "control character": (rb"<net:fictitious>false", b"<net:fictitious>fa\x01lse"),
    "]]> in text": (rb"<net:fictitious>false", b"<net:fictitious>fa]]>lse"),
    "invalid UTF-8": (rb"<net:fictitious>false", b"<net:fictitious>fa\xfflse"),
    "no gml:id": (rb'<(us-net-common|imkl):(\w+) gml:id="[^"]*"', rb"<\1:\2"),
    "several links": (rb'<net:link xlink:href="([^"]*)"/>',
                      rb'<net:link xlink:href="\1"/><net:link xlink:href="#\1"/><net:link xlink:href=""/>'),
    "'>' in an attribute": (rb'xlink:href="([^"]*)"', rb'xlink:href="\1>y"'),
    "comment between members": (rb"</gml:featureMember>\n", b"</gml:featureMember>\n<!-- x -->\n"),
    "text between members": (rb"</gml:featureMember>\n", b"</gml:featureMember>\nxx\n"),
    "spaces in tags": (rb'xlink:href="', b'xlink:href = "'),
    "mixed content": (rb"<net:centrelineGeometry>", b"<net:centrelineGeometry>tekst"),
    "depth not a number": (rb"<gml:pos>(\S+) (\S+)</gml:pos>", rb"<gml:pos>\1 NaN</gml:pos>"),
    "depth in cm": (rb'uom="urn:ogc:def:uom:OGC::m">0.8', b'uom="urn:ogc:def:uom:OGC::cm">80'),
    "nil depth": (rb'<imkl:dieptePeil uom="urn:ogc:def:uom:OGC::m">[^<]*</imkl:dieptePeil>',
                  b'<imkl:dieptePeil uom="urn:ogc:def:uom:OGC::m" xsi:nil="true"></imkl:dieptePeil>'),
    "a Curve": (rb'<gml:LineString gml:id="([^"]*)" srsName="([^"]*)" srsDimension="2"><gml:posList>([^<]*)'
                rb"</gml:posList></gml:LineString>", rb'<gml:Curve gml:id="\1" srsName="\2"><gml:segments>'
                rb"<gml:LineStringSegment><gml:posList>\3</gml:posList></gml:LineStringSegment></gml:segments>"
                rb"</gml:Curve>"),
    "label with an entity": (rb"(<net:link [^>]*/>)", rb"\1<imkl:label>a &amp; b</imkl:label>"),
    "featureMembers": (rb"<gml:featureMember>(.*?)</gml:featureMember>",
                       rb"<gml:featureMembers>\1</gml:featureMembers>"),
}


def _read_or_error(read, data):
    try:
        return _snapshot(read(data))
    except klic.KlicError as exc:
        return str(exc)


@pytest.mark.parametrize("k", [0, 150, -1], ids=["first", "middle", "last"])
@pytest.mark.parametrize("variation", list(VARIATIONS))
def test_templates_read_what_the_element_reader_reads(tmp_path, monkeypatch, variation, k):
    monkeypatch.setattr(klic, "CHUNK_BYTES", 16 * 1024)  # templates learnt in one chunk read the next ones
    data = _nth(_generated(tmp_path, 300), *VARIATIONS[variation], k=k)

    assert _read_or_error(klic.parse_delivery, data) == _read_or_error(_by_elements, data)


def test_templates_read_nearly_all_members(tmp_path, monkeypatch):
    data = _generated(tmp_path, 300)
    by_element = []
    read_feature = klic._read_feature
    monkeypatch.setattr(klic, "_read_feature", lambda *args: by_element.append(1) or read_feature(*args))
    delivery = _by_chunks(data)
    # 770 features: the 20 operators and 120 networks by the element reader (few in any delivery), all 300
    # links, 300 cables and 30 depth points by their templates (learnt from the first of each shape).
    assert len(delivery.features) == 770 and len(by_element) == 140


_TOKENS = st.sampled_from(["0", "12", "155038.000", "7.", ".5", ".", "1.2.3", "1e5", "-3", "+4", "", "x",
                           "1" * 31, "1" * 30, "1" * 30 + ".5"])
_SEPARATORS = st.sampled_from([" ", "  ", "\t", "\n", ""])


@given(st.lists(st.lists(st.tuples(_TOKENS, _SEPARATORS), max_size=6), min_size=1, max_size=5))
@settings(max_examples=300)
def test_spaced_counts_agree_with_the_plain_reader(lists):
    # The bulk count of coordinate lists answers only for lists _plain reads as plain numbers, with their count.
    texts = ["".join(token + separator for token, separator in pairs).rstrip(" ") for pairs in lists]
    counts = klic._spaced_counts("\n".join(texts).encode(), len(texts))
    if counts is not None:
        assert [bool(klic._NUMBERS.fullmatch(text)) for text in texts] == [True] * len(texts)
        assert counts.tolist() == [len(text.split()) for text in texts]


def test_spaced_counts_of_lists_as_written():
    assert klic._spaced_counts(b"1 2\n155038.000 388060.000 .5 7.", 2).tolist() == [2, 4]
    assert klic._spaced_counts(b"1  2", 1) is None and klic._spaced_counts(b"1 2.3.4", 1) is None


def test_implausible_counts_per_thema_and_quantity_with_the_first_example():
    """Limits by thema (case-insensitive; '*' for any other), the first offender as example, containers
    without a diameter rule but with a depth rule, missing values and keys skipped; sorted by thema as given;
    the same whether the records come as dicts or (partly) as Lines columns."""
    sizes = {"*": (0.01, 3.0, 10.0), "water": (0.02, 1.6, 5.0)}
    records = [
        {"utility_type": "water", "imkl_id": "w1", "diameter_m": 2.5, "depth_m": 1.0},
        {"utility_type": "water", "imkl_id": "w2", "diameter_m": 0.01, "depth_m": 6.0},
        {"utility_type": "Water", "imkl_id": "W3", "diameter_m": 1.7},
        {"utility_type": "water", "imkl_id": "w4", "diameter_m": 9.0, "depth_m": None},
        {"utility_type": "water", "object_type": "Mantelbuis", "imkl_id": "w5", "diameter_m": 2.0, "depth_m": 7.0},
        {"utility_type": None, "imkl_id": "x1", "diameter_m": 4.0, "depth_m": 10.0},
        {"utility_type": "gas", "imkl_id": "g1", "diameter_m": 3.0, "depth_m": 10.5},
        {"imkl_id": "x2"},
    ]
    names = ("utility_type", "imkl_id", "diameter_m", "depth_m", "object_type")
    lines = klic.Lines({name: [record.get(name) for record in records[:4]] for name in names + ("geometry",)})
    assert klic.implausible([records], sizes) == klic.implausible([lines, records[4:]], sizes) == [
        {"utility_type": "?", "quantity": "diameter", "count": 1, "low": 0.01, "high": 3.0, "example": "x1",
         "value": 4.0},
        {"utility_type": "Water", "quantity": "diameter", "count": 1, "low": 0.02, "high": 1.6, "example": "W3",
         "value": 1.7},
        {"utility_type": "gas", "quantity": "depth", "count": 1, "low": None, "high": 10.0, "example": "g1",
         "value": 10.5},
        {"utility_type": "water", "quantity": "depth", "count": 2, "low": None, "high": 5.0, "example": "w2",
         "value": 6.0},
        {"utility_type": "water", "quantity": "diameter", "count": 3, "low": 0.02, "high": 1.6, "example": "w1",
         "value": 2.5},
    ]


def test_real_deliveries_read_by_templates_as_by_elements(realdata, monkeypatch):
    # Kadaster's indentation and every IMKL element of two real deliveries and the single-feature files: the
    # same Delivery (or the same error) as element by element, and the regular members read by templates.
    paths = sorted((realdata / "b4udignl_klic").rglob("*.xml"))
    assert len(paths) > 40
    read_feature, calls = klic._read_feature, []
    monkeypatch.setattr(klic, "_read_feature", lambda *args: calls.append(1) or read_feature(*args))
    found, by_template = {}, 0
    for path in paths:
        calls.clear()
        found[path] = _read_or_error(klic.parse_delivery, path.read_bytes())
        if not isinstance(found[path], str):
            by_template += len(found[path][-1]) - len(calls)
    monkeypatch.setattr(klic, "_parse_chunks", lambda *args: None)  # the element reader alone
    for path in paths:
        assert found[path] == _read_or_error(klic.parse_delivery, path.read_bytes()), path.name
    assert by_template >= 90  # 93 of 18G007160's 226 features come in shapes of more than one member


def test_a_type_of_many_shapes_goes_to_the_element_reader(tmp_path, monkeypatch):
    # Cables in 16 shapes (optional elements present or not): 4 shapes are learnt, most cables match none of
    # them, so the cables' templates are dropped after the first chunk and the element reader takes them; the
    # links stay with their template. The result is the element reader's.
    monkeypatch.setattr(klic, "CHUNK_BYTES", 16 * 1024)
    text, index = _generated(tmp_path, 300).decode(), [0]

    def vary(match):
        index[0] += 1
        extra = "".join("<imkl:extra{0}>x</imkl:extra{0}>".format(k) for k in range(4) if index[0] >> k & 1)
        return match.group(0) + extra

    data = re.sub(r'<net:link xlink:href="[^"]*"/>', vary, text).encode()
    read_feature, calls = klic._read_feature, []
    monkeypatch.setattr(klic, "_read_feature", lambda *args: calls.append(args[1].tag) or read_feature(*args))
    found = _read_or_error(klic.parse_delivery, data)
    cables = sum(1 for tag in calls if not tag.endswith(("Utiliteitsnet", "Beheerder", "UtilityLink")))
    links = sum(1 for tag in calls if tag.endswith("UtilityLink"))
    assert cables >= 270 and links <= 1  # of 300 each
    monkeypatch.setattr(klic, "_read_feature", read_feature)
    assert found == _read_or_error(_by_elements, data)
