"""ondergrond:importesdl: hand-written ESDL designs with known answers, OMOTES' real Nijmegen network, bad input."""

import pytest
from conftest import recorder
from qgis.core import QgsProcessingException, QgsVectorLayer, QgsWkbTypes

from ondergrond.core import esdl

ALG = "ondergrond:importesdl"
HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<esdl:EnergySystem '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:esdl="http://www.tno.nl/esdl" id="es" '
        'name="Test street"><instance xsi:type="esdl:Instance" id="i">'
        '<area xsi:type="esdl:Area" id="a">')
TAIL = ('</area></instance><energySystemInformation xsi:type="esdl:EnergySystemInformation" id="esi">'
        '<carriers xsi:type="esdl:Carriers" id="c"><carrier xsi:type="esdl:HeatCommodity" id="sup" name="Supply" '
        'supplyTemperature="70.0"/><carrier xsi:type="esdl:HeatCommodity" id="ret" name="Return" '
        'returnTemperature="40.0"/></carriers></energySystemInformation></esdl:EnergySystem>\n')


def pipe(pipe_id, name, dn, coords, carrier, crs="EPSG:28992", extra=""):
    points = "".join('<point xsi:type="esdl:Point" lon="{}" lat="{}"/>'.format(x, y) for x, y in coords)
    return ('<asset xsi:type="esdl:Pipe" id="{id}" name="{name}" diameter="{dn}" {extra}>'
            '<geometry xsi:type="esdl:Line" CRS="{crs}">{points}</geometry>'
            '<port xsi:type="esdl:InPort" id="{id}_in" name="In" carrier="{carrier}"/>'
            '<port xsi:type="esdl:OutPort" id="{id}_out" name="Out" carrier="{carrier}"/></asset>').format(
        id=pipe_id, name=name, dn=dn, extra=extra, crs=crs, points=points, carrier=carrier)


def design(tmp_path, *assets, name="street.esdl"):
    path = tmp_path / name
    path.write_text(HEAD + "".join(assets) + TAIL, encoding="utf-8")
    return path


def street(tmp_path):
    """Main street: supply DN100 (150 m, commissioned 2030-05-01) with its return 1 m beside it; Branch: a
    supply DN150 without partner or length; Lone_ret: a return DN80 200 m away from every supply pipe."""
    return design(
        tmp_path,
        pipe("s1", "Main street", "DN100", [(100000, 450000), (100100, 450000), (100100, 450050)], "sup",
             extra='length="150.0" commissioningDate="2030-05-01T00:00:00.000000"'),
        pipe("r1", "Main street_ret", "DN100", [(100100, 450049), (100099, 450001), (100000, 450001)], "ret",
             extra='length="148.0"'),
        pipe("s2", "Branch", "DN150", [(100100, 450050), (100130, 450090)], "sup"),
        pipe("r9", "Lone_ret", "DN80", [(100300, 450300), (100400, 450300)], "ret"),
        '<asset xsi:type="esdl:HeatingDemand" id="d1" name="School" power="250000.0"><geometry xsi:type="esdl:Point" '
        'lon="100130" lat="450090" CRS="EPSG:28992"/><port xsi:type="esdl:InPort" id="d1_in" carrier="sup"/></asset>')


def layer(result, key="OUTPUT"):
    value = result[key]
    return value if isinstance(value, QgsVectorLayer) else QgsVectorLayer(value, key, "ogr")


def run(run_alg, path, tmp_path, feedback=None, **extra):
    parameters = {"INPUT": str(path), "OUTPUT": str(tmp_path / "traces.gpkg"),
                  "OUTPUT_POINTS": str(tmp_path / "points.gpkg"), "CONSTRUCTION_YEAR": 2028}
    parameters.update(extra)
    return run_alg(ALG, parameters, feedback)


def test_pairs_supply_and_return_into_one_trace(run_alg, tmp_path):
    result = run(run_alg, street(tmp_path), tmp_path)
    traces = {f["name"]: f for f in layer(result).getFeatures()}
    assert result["TRACES"] == 3 and result["PIPES"] == 4
    assert set(traces) == {"Main street", "Branch", "Lone_ret"}
    main = traces["Main street"]
    assert main["esdl_ids"] == "s1;r1" and main["diameter"] == "DN100" and main["paired"]
    # DN100: single casing 200 mm, 150 mm between the two casings: 2 x 0.200 + 0.150 = 0.55 m wide, 0.2 m high.
    assert main["width_m"] == pytest.approx(0.55) and main["height_m"] == pytest.approx(0.2)
    # ESDL's length and commissioning date; the depth from the defaults table (warmte 0.8 m).
    assert main["length_m"] == pytest.approx(150.0) and main["depth_m"] == pytest.approx(0.8)
    assert main["valid_from"].toPyDate().isoformat() == "2030-05-01"
    assert main.geometry().length() == pytest.approx(150.0)
    # Branch: DN150 alone, casing 250 mm; no ESDL length: its RD length sqrt(30^2 + 40^2) = 50 m; built 2028.
    branch = traces["Branch"]
    assert not branch["paired"] and branch["width_m"] == pytest.approx(0.25)
    assert branch["height_m"] == pytest.approx(0.25)
    assert branch["length_m"] == pytest.approx(50.0) and branch["valid_from"].toPyDate().isoformat() == "2028-01-01"
    assert traces["Lone_ret"]["esdl_ids"] == "r9" and traces["Lone_ret"]["width_m"] == pytest.approx(0.16)
    lines = layer(result)
    assert lines.crs().authid() == "EPSG:28992"
    assert QgsWkbTypes.geometryType(lines.wkbType()) == QgsWkbTypes.GeometryType.LineGeometry
    points = list(layer(result, "OUTPUT_POINTS").getFeatures())
    assert [(p["name"], p["asset_type"], p["power_w"]) for p in points] == [("School", "HeatingDemand", 250000.0)]


def test_twin_pipe_and_own_depth(run_alg, tmp_path):
    result = run(run_alg, street(tmp_path), tmp_path, PIPE_SYSTEM=1, DEPTH=1.1)
    main = next(f for f in layer(result).getFeatures() if f["name"] == "Main street")
    # DN100 twin pipe: one casing of 315 mm.
    assert main["width_m"] == pytest.approx(0.315) and main["height_m"] == pytest.approx(0.315)
    assert main["depth_m"] == pytest.approx(1.1)


def test_wgs84_is_reprojected_to_rd(run_alg, tmp_path):
    # RD's origin, Amersfoort (onze lieve vrouwetoren): lat 52.15517440, lon 5.38720621 -> (155000, 463000).
    path = design(tmp_path, pipe("s", "Amersfoort", "DN200", [(5.38720621, 52.15517440), (5.38720621, 52.156)],
                                 "sup", crs="WGS84"))
    result = run(run_alg, path, tmp_path)
    feature = next(layer(result).getFeatures())
    start = feature.geometry().asPolyline()[0]
    assert start.x() == pytest.approx(155000, abs=0.5) and start.y() == pytest.approx(463000, abs=0.5)


def test_bad_inputs(run_alg, tmp_path):
    doctype = tmp_path / "evil.esdl"
    doctype.write_text('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><esdl:EnergySystem '
                       'xmlns:esdl="http://www.tno.nl/esdl">&a;</esdl:EnergySystem>')
    with pytest.raises(QgsProcessingException, match="DOCTYPE"):
        run(run_alg, doctype, tmp_path)
    other = tmp_path / "other.esdl"
    other.write_text('<?xml version="1.0"?><gml:FeatureCollection xmlns:gml="http://www.opengis.net/gml/3.2"/>')
    with pytest.raises(QgsProcessingException, match="not an esdl:EnergySystem"):
        run(run_alg, other, tmp_path)
    with pytest.raises(QgsProcessingException, match="no pipe"):
        run(run_alg, design(tmp_path, name="empty.esdl"), tmp_path)
    broken = tmp_path / "broken.esdl"
    broken.write_text(HEAD + "<asset>" + TAIL)
    with pytest.raises(QgsProcessingException, match="broken.esdl.*line"):
        run(run_alg, broken, tmp_path)
    swapped = design(tmp_path, pipe("s", "Swapped", "DN200", [(52.15, 5.38), (52.16, 5.38)], "sup", crs="WGS84"),
                     name="swapped.esdl")
    with pytest.raises(QgsProcessingException, match="outside the Netherlands"):
        run(run_alg, swapped, tmp_path)


def test_unknown_dn_warns(run_alg, tmp_path):
    feedback = recorder()
    path = design(tmp_path, pipe("s", "Odd", "DN175", [(100000, 450000), (100010, 450000)], "sup"))
    trace = next(layer(run(run_alg, path, tmp_path, feedback=feedback)).getFeatures())
    from ondergrond.core.canonical import is_null
    assert is_null(trace["width_m"]) and any("DN175" in w for w in feedback.warnings)


def test_route_distance():
    import shapely

    a = shapely.LineString([(0, 0), (100, 0)])
    b = shapely.LineString([(0, 1), (50, 3), (100, 1)])
    assert esdl.route_distance(a, b) == pytest.approx(3.0)


def test_nijmegen_network_gives_11_named_traces_that_run_through_the_check(run_alg, realdata, tmp_path):
    """OMOTES' Nijmegen design: 22 DN200 pipes, 11 supply pipes each with its '_ret' return pipe."""
    path = realdata / "omotes_nijmegen_heatnet" / "cluster1merged_pipes.esdl"
    result = run(run_alg, path, tmp_path)
    traces = list(layer(result).getFeatures())
    assert result["PIPES"] == 22 and len(traces) == 11
    assert all(t["paired"] and not t["name"].endswith("_ret") for t in traces)
    lengths = {t["name"]: t["length_m"] for t in traces}
    # ESDL's own lengths (the length attribute of the supply pipes, m).
    assert lengths["Pipe_IJpenbroekwegiukhgwfslw"] == pytest.approx(1664.747, abs=1e-3)
    assert lengths["Pipe_De_Kamp"] == pytest.approx(38.216, abs=1e-3)
    assert sum(lengths.values()) == pytest.approx(7260.265, abs=0.01)
    for trace in traces:  # and the line in RD New is as long, within 0.5 %
        assert trace.geometry().length() == pytest.approx(trace["length_m"], rel=5e-3)
        assert trace["width_m"] == pytest.approx(0.78) and trace["height_m"] == pytest.approx(0.315)
    points = layer(result, "OUTPUT_POINTS")
    assert points.featureCount() == 19  # 14 joints, 2 producers, 3 demands
    # Into the reservation check as the planned trace: a cable across the Neerboschebrug pipe clashes.
    neerbosch = next(t for t in traces if t["name"] == "Pipe_Neerboschebrug").geometry()
    middle = neerbosch.interpolate(neerbosch.length() / 2).asPoint()
    cable = QgsVectorLayer("LineString?crs=EPSG:28992&field=utility_type:string&field=depth_m:double", "cable",
                           "memory")
    from qgis.core import QgsFeature, QgsGeometry
    feature = QgsFeature(cable.fields())
    feature.setGeometry(QgsGeometry.fromWkt("LINESTRING({} {}, {} {})".format(
        middle.x() - 20, middle.y(), middle.x() + 20, middle.y())))
    feature.setAttributes(["laagspanning", 0.9])
    cable.dataProvider().addFeatures([feature])
    checked = run_alg("ondergrond:reservationcheck", {
        "TRACE": result["OUTPUT"], "OBSTACLES": [cable], "CONFLICTS": "memory:", "OPPORTUNITIES": "memory:"})
    assert checked["CLASH_COUNT"] >= 1


def test_qgis_process(qgis_process, tmp_path):
    out = tmp_path / "traces.gpkg"
    result = qgis_process(ALG, {"INPUT": str(street(tmp_path)), "OUTPUT": str(out),
                                "OUTPUT_POINTS": str(tmp_path / "points.gpkg")})
    assert result["results"]["TRACES"] == 3
    assert QgsVectorLayer(str(out), "t", "ogr").featureCount() == 3


def test_sample_design_lies_in_the_sample_street(run_alg, tmp_path):
    """The demo's ESDL design (sample_data/make_sample_data.py: write_esdl): 2 routes of supply and return, in
    WGS84; back in RD New the Hoofdweg route starts at the street's west end (201000, 505153)."""
    from conftest import load_sample_builder

    path = load_sample_builder().write_esdl(tmp_path / "ontwerp.esdl")
    result = run(run_alg, path, tmp_path)
    traces = {f["name"]: f for f in layer(result).getFeatures()}
    assert set(traces) == {"Hoofdweg noord", "Aansluiting school"} and result["PIPES"] == 4
    start = traces["Hoofdweg noord"].geometry().asPolyline()[0]
    assert start.x() == pytest.approx(201000, abs=0.01) and start.y() == pytest.approx(505153, abs=0.01)
    assert traces["Hoofdweg noord"]["length_m"] == pytest.approx(350.0)
    assert traces["Aansluiting school"]["valid_from"].toPyDate().isoformat() == "2029-01-01"


def test_route_distances_vectorised_match_one_by_one():
    import numpy as np
    import shapely

    geoms = np.array([shapely.LineString([(0, 0), (100, 0)]), shapely.LineString([(0, 1), (50, 3), (100, 1)]),
                      shapely.LineString([(0, 40), (10, 45), (20, 40), (30, 50)])], dtype=object)
    first, second = np.array([0, 1, 2, 0]), np.array([1, 2, 0, 2])
    expected = [esdl.route_distance(geoms[a], geoms[b]) for a, b in zip(first, second)]
    assert esdl.route_distances(geoms, first, second) == pytest.approx(expected)
