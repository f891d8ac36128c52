"""ondergrond:drinkingwaterprotection through processing.run, qgis_process, the sample and real data."""

import csv
import math

import pytest
from conftest import as_layer, recorder
from modeler import add_step, model_input, new_model, result_layer, run_model, step_output
from qgis.core import QgsProcessingException, QgsVectorLayer

from ondergrond.core.canonical import is_null

ALG = "ondergrond:drinkingwaterprotection"
YEAR = 365.25
WELLS = {"well_id": "string", "rate_m3_year": "double", "thickness_m": "double", "porosity": "double"}



def zones(result):
    layer = as_layer(result["OUTPUT"])
    return layer, [dict(zip(layer.fields().names(), f.attributes()), geometry=f.geometry())
                   for f in layer.getFeatures()]


def test_volume_balance_by_hand(run_alg, make_layer):
    # Q = 1.2e6 m3/year, H = 40 m (field), n = 0.3 (field); 25 years: area = 1.2e6 * 25 / (0.3 * 40)
    # = 2.5e6 m2; 60 days: 1.2e6 * 60 / 365.25 / 12 = 16 427.1 m2. The 5 m thick, n = 0.35 parameters
    # are overridden by the fields.
    layer = make_layer("Point", WELLS, [
        {"wkt": "POINT(200000 500000)", "well_id": "P1", "rate_m3_year": 1.2e6, "thickness_m": 40, "porosity": 0.3}])
    result = run_alg(ALG, {"INPUT": layer, "THICKNESS": 5.0, "TRAVEL_TIMES": "60d,25y",
                           "ZONE_LABELS": "waterwingebied,grondwaterbeschermingsgebied", "OUTPUT": "memory:"})
    output, rows = zones(result)
    assert output.fields().names() == ["zone", "travel_time_days", "well_ids", "area_m2", "method", "top_m",
                                       "bottom_m", "recharge_m_year", "delay_days"]
    by_zone = {row["zone"]: row for row in rows}
    assert set(by_zone) == {"waterwingebied", "grondwaterbeschermingsgebied"}
    gbg, ww = by_zone["grondwaterbeschermingsgebied"], by_zone["waterwingebied"]
    assert gbg["area_m2"] == pytest.approx(2.5e6, rel=0.005)
    assert gbg["geometry"].area() == pytest.approx(2.5e6, rel=0.005)
    assert ww["area_m2"] == pytest.approx(16427.1, rel=0.005)
    assert (gbg["travel_time_days"], ww["travel_time_days"]) == (25 * YEAR, 60.0)
    assert gbg["well_ids"] == "P1" and gbg["method"] == "volume balance"
    assert gbg["top_m"] == 0.0 and is_null(gbg["bottom_m"])  # from the surface, unbounded below
    centroid = gbg["geometry"].centroid().asPoint()
    assert (centroid.x(), centroid.y()) == pytest.approx((200000, 500000), abs=0.01)


def test_recharge_by_hand_and_defaults_logged(run_alg, make_layer):
    # P1: Q = 7665.6 m3/d (2 799 860.4 m3/year), H 40 m, n 0.35 from the parameters (no fields: logged), recharge
    # 0.3 m/year: R = sqrt(Q / (pi N)) = 1723.58 m, n H / N = 17045 d. Delays: 2 m unsaturated at 0.15 and 4 m
    # aquitard at 0.35: (0.3 + 1.4) / 0.3 * 365.25 = 2069.75 d. 25 years: 9131.25 - 2069.75 = 7061.5 d left,
    # area = Q / N (1 - exp(-7061.5 / 17045)) = 9.33289e6 * 0.339131 = 3.16507e6 m2. 60 days: no area (logged).
    layer = make_layer("Point", {"well_id": "string", "rate_m3_year": "double"}, [
        {"wkt": "POINT(200000 500000)", "well_id": "P1", "rate_m3_year": 7665.6 * YEAR}])
    feedback = recorder()
    result = run_alg(ALG, {"INPUT": layer, "THICKNESS": 40.0, "RECHARGE": 0.3, "UNSATURATED_THICKNESS": 2.0,
                           "AQUITARD_THICKNESS": 4.0, "OUTPUT": "memory:"}, feedback)
    _, rows = zones(result)
    by_zone = {row["zone"]: row for row in rows}
    assert set(by_zone) == {"grondwaterbeschermingsgebied", "100-jaarszone"}
    gbg = by_zone["grondwaterbeschermingsgebied"]
    assert gbg["area_m2"] == pytest.approx(3.16507e6, rel=0.005)
    assert gbg["recharge_m_year"] == pytest.approx(0.3) and gbg["delay_days"] == pytest.approx(2069.75)
    assert any("well P1: no thickness field, 40 m used; no porosity field, 0.35 used; no recharge field, "
               "0.3 m/year used" in text for text in feedback.infos), feedback.infos
    assert any("P1" in text and "waterwingebied" in text and "no area" in text for text in feedback.infos)
    # Method 1 without regional flow gives the same circles.
    result = run_alg(ALG, {"INPUT": layer, "THICKNESS": 40.0, "RECHARGE": 0.3, "UNSATURATED_THICKNESS": 2.0,
                           "AQUITARD_THICKNESS": 4.0, "METHOD": 1, "OUTPUT": "memory:"})
    _, rows = zones(result)
    tracked = next(row for row in rows if row["zone"] == "grondwaterbeschermingsgebied")
    assert tracked["area_m2"] == pytest.approx(3.16507e6, rel=0.01)


def test_recharge_field_per_well_and_bad_recharge(run_alg, make_layer):
    # A: its own 0.25 m/year; B: empty -> the general 0.35 (logged). Method 0: circles r = R sqrt(1 - exp(-N t / nH)).
    fields = {"well_id": "string", "rate_m3_year": "double", "recharge_m_year": "double"}
    layer = make_layer("Point", fields, [
        {"wkt": "POINT(200000 500000)", "well_id": "A", "rate_m3_year": 1e6, "recharge_m_year": 0.25},
        {"wkt": "POINT(230000 500000)", "well_id": "B", "rate_m3_year": 1e6, "recharge_m_year": None}])
    feedback = recorder()
    result = run_alg(ALG, {"INPUT": layer, "RECHARGE": 0.35, "TRAVEL_TIMES": "25y", "ZONE_LABELS": "gbg",
                           "OUTPUT": "memory:"}, feedback)
    _, rows = zones(result)
    areas = {row["well_ids"]: row for row in rows}
    for well, recharge in (("A", 0.25), ("B", 0.35)):
        # Q / N (1 - exp(-N t / (n H))) with Q, N per year and t = 25 years, n H = 10.5 m
        expected = 1e6 / recharge * (1 - math.exp(-recharge * 25 / 10.5))
        assert areas[well]["area_m2"] == pytest.approx(expected, rel=0.005)
        assert areas[well]["recharge_m_year"] == pytest.approx(recharge)
    assert any(text.startswith("well B: ") and "; empty recharge, 0.35 m/year used" in text for text in feedback.infos)
    assert not any(text.startswith("well A: ") and "recharge" in text for text in feedback.infos)
    bad = make_layer("Point", fields, [{"wkt": "POINT(0 0)", "well_id": "X", "rate_m3_year": 1e6,
                                        "recharge_m_year": -0.3}])
    assert "Well X (feature 1): recharge is -0.3 m/year" in error_of(run_alg, bad)


def test_regional_flow_single_well(run_alg, make_layer):
    # Q = 5000 m3/d = 1 826 250 m3/year, H = 30 m, n = 0.35, q0 = 0.05 m/d towards the east:
    # stagnation point x_s = 5000 / (2 pi 0.05 30) = 530.5 m east of the well; upstream reach after
    # 25 years (Bear & Jacobs, see test_traveltime) 2167.3 m; capture width 3333 m.
    layer = make_layer("Point", {"rate_m3_year": "double"},
                       [{"wkt": "POINT(200000 500000)", "rate_m3_year": 5000 * YEAR}])
    result = run_alg(ALG, {"INPUT": layer, "METHOD": 1, "REGIONAL_FLUX": 0.05, "FLOW_DIRECTION": 90,
                           "TRAVEL_TIMES": "25y,100y", "ZONE_LABELS": "gbg,100j", "OUTPUT": "memory:"})
    _, rows = zones(result)
    by_zone = {row["zone"]: row for row in rows}
    box = by_zone["gbg"]["geometry"].boundingBox()
    assert 200000 - box.xMinimum() == pytest.approx(2167.3, rel=0.02)
    assert by_zone["gbg"]["area_m2"] == pytest.approx(5000 * 25 * YEAR / (0.35 * 30), rel=0.01)
    box = by_zone["100j"]["geometry"].boundingBox()
    assert box.xMaximum() - 200000 == pytest.approx(530.5, rel=0.02)
    assert box.height() <= 3333.4
    assert by_zone["100j"]["method"] == "regional flow"
    assert by_zone["gbg"]["well_ids"] == "1"  # no id field: the feature id


def test_well_field_shares_zones_and_boringsvrije_zone(run_alg, make_layer):
    # Two wells 30 m apart and one 5 km away. 60 days at 1e6 m3/year, 30 m, 0.35: r = 79.6 m alone, so
    # the first two share one feature per zone (their zones enclose both); the third has its own.
    rows = [{"wkt": "POINT(200000 500000)", "well_id": "A", "rate_m3_year": 1e6},
            {"wkt": "POINT(200030 500000)", "well_id": "B", "rate_m3_year": 1e6},
            {"wkt": "POINT(205000 500000)", "well_id": "C", "rate_m3_year": 1e6}]
    layer = make_layer("Point", {"well_id": "string", "rate_m3_year": "double"}, rows)
    result = run_alg(ALG, {"INPUT": layer, "METHOD": 1, "REGIONAL_FLUX": 0.01, "FLOW_DIRECTION": 200,
                           "PROTECTIVE_LAYER_DEPTH": 15.0, "OUTPUT": "memory:"})
    _, features = zones(result)
    found = sorted((row["zone"], row["well_ids"]) for row in features)
    assert found == sorted([(zone, ids) for zone in ("waterwingebied", "grondwaterbeschermingsgebied",
                                                     "100-jaarszone", "boringsvrije zone") for ids in ("A,B", "C")])
    for row in features:
        # Mass balance (superposition, no overlap): area = sum(Q) t / (n H).
        count = len(row["well_ids"].split(","))
        expected = count * 1e6 * row["travel_time_days"] / YEAR / (0.35 * 30)
        assert row["area_m2"] == pytest.approx(expected, rel=0.01), row["zone"]
        if row["zone"] == "boringsvrije zone":
            assert row["top_m"] == 15.0 and row["travel_time_days"] == 100 * YEAR and is_null(row["bottom_m"])
        else:
            assert row["top_m"] == 0.0


def error_of(run_alg, layer, **parameters):
    with pytest.raises(QgsProcessingException) as caught:
        run_alg(ALG, dict({"INPUT": layer, "OUTPUT": "memory:"}, **parameters))
    return str(caught.value)


@pytest.mark.parametrize("rate, fragment", [(None, "is NULL"), (0.0, "is 0"), (-100.0, "is -100")])
def test_bad_rates_name_the_feature(run_alg, make_layer, rate, fragment):
    layer = make_layer("Point", WELLS, [
        {"wkt": "POINT(0 0)", "well_id": "OK", "rate_m3_year": 1e5},
        {"wkt": "POINT(900 0)", "well_id": "W2", "rate_m3_year": rate}])
    message = error_of(run_alg, layer)
    assert "W2 (feature 2)" in message and fragment in message and "m3/year" in message


def test_bad_aquifer_values(run_alg, make_layer):
    layer = make_layer("Point", WELLS, [{"wkt": "POINT(0 0)", "well_id": "X", "rate_m3_year": 1e5, "porosity": 1.5}])
    assert "effective porosity is 1.5" in error_of(run_alg, layer)
    layer = make_layer("Point", {"rate_m3_year": "double"}, [{"wkt": "POINT(0 0)", "rate_m3_year": 1e5}])
    # A wrong general value names the parameter, not a well (a well's own field may override it).
    assert "Aquifer thickness (m): the value is -2" in error_of(run_alg, layer, THICKNESS=-2.0)
    assert "Effective porosity (-) is 0.0; it must be larger than 0" in error_of(run_alg, layer, POROSITY=0.0)
    layer = make_layer("Point", {"rate_m3_year": "double", "thickness_m": "string"},
                       [{"wkt": "POINT(0 0)", "rate_m3_year": 1e5, "thickness_m": "dik"}])
    assert "Well 1, field thickness_m: 'dik' is not a number" in error_of(run_alg, layer)


def test_bad_travel_times_and_labels(run_alg, make_layer):
    layer = make_layer("Point", {"rate_m3_year": "double"}, [{"wkt": "POINT(0 0)", "rate_m3_year": 1e5}])
    assert "'25 jaar' is not a travel time" not in error_of(run_alg, layer, TRAVEL_TIMES="60d,twee")
    assert "'twee' is not a travel time" in error_of(run_alg, layer, TRAVEL_TIMES="60d,twee")
    assert "2 label(s) given for 3 travel time(s)" in error_of(run_alg, layer, ZONE_LABELS="a,b")
    assert "must be zero or positive" in error_of(run_alg, layer, METHOD=1, REGIONAL_FLUX=-0.1)
    assert "no rate field 'debiet'" in error_of(run_alg, layer, RATE_FIELD="debiet")


def test_empty_layer_and_multipoint(run_alg, make_layer):
    empty = make_layer("Point", {"rate_m3_year": "double"}, [])
    assert "no wells" in error_of(run_alg, empty)
    multi = make_layer("MultiPoint", {"rate_m3_year": "double"}, [
        {"wkt": "MULTIPOINT((0 0))", "rate_m3_year": 1e5},
        {"wkt": "MULTIPOINT((100 0),(200 0))", "rate_m3_year": 1e5}])
    message = error_of(run_alg, multi)
    assert "feature 2" in message and "multipoint with 2 points" in message


def test_nothing_half_written(run_alg, make_layer, tmp_path):
    layer = make_layer("Point", {"rate_m3_year": "double"}, [
        {"wkt": "POINT(0 0)", "rate_m3_year": 1e5}, {"wkt": "POINT(100 0)", "rate_m3_year": -1.0}])
    target = tmp_path / "zones.gpkg"
    with pytest.raises(QgsProcessingException):
        run_alg(ALG, {"INPUT": layer, "OUTPUT": str(target)})
    assert not target.exists()
    assert layer.featureCount() == 2 and not layer.isModified()


def test_geographic_crs_is_reprojected(run_alg, make_layer):
    layer = make_layer("Point", {"well_id": "string", "rate_m3_year": "double"}, [
        {"wkt": "POINT(6.09 52.51)", "well_id": "Z1", "rate_m3_year": 1e6}], crs="EPSG:4326")  # near Zwolle
    feedback = recorder()
    result = run_alg(ALG, {"INPUT": layer, "TRAVEL_TIMES": "60d", "ZONE_LABELS": "ww", "OUTPUT": "memory:"},
                     feedback)
    output, [z1] = zones(result)
    assert output.crs().authid() == "EPSG:28992"
    assert any("EPSG:4326" in text and "EPSG:28992" in text for text in feedback.infos)
    centre = z1["geometry"].centroid().asPoint()
    assert 190000 < centre.x() < 215000 and 490000 < centre.y() < 515000  # Zwolle in RD New
    # 60 days at 1e6 m3/year in 30 m, n 0.35: 1e6 * 60 / 365.25 / 10.5 = 15 645 m2, in metres.
    assert z1["area_m2"] == pytest.approx(15645, rel=0.005)


def test_huge_rate_warns(run_alg, make_layer):
    # 1e13 m3/year for 100 years in 30 m at n 0.35: ~1e14 m2, far more than the Netherlands (4.15e10 m2).
    layer = make_layer("Point", {"well_id": "string", "rate_m3_year": "double"}, [
        {"wkt": "POINT(200000 500000)", "well_id": "HUGE", "rate_m3_year": 1e13}])
    feedback = recorder()
    run_alg(ALG, {"INPUT": layer, "OUTPUT": "memory:"}, feedback)
    assert any("HUGE" in text and "larger than the Netherlands" in text for text in feedback.warnings)


def test_sample_wells(run_alg, sample_gpkg):
    # ondergrond_winputten: 6 wells of 1.2e6 m3/year 150 m apart (Schellerbroek, H 40 m, n 0.3) and
    # one of 2e6 m3/year (Hessenweg, H 30 m, n 0.35), about 12 km away.
    result = run_alg(ALG, {"INPUT": "{}|layername=ondergrond_winputten".format(sample_gpkg), "METHOD": 1,
                           "REGIONAL_FLUX": 0.02, "FLOW_DIRECTION": 300, "PROTECTIVE_LAYER_DEPTH": 3,
                           "OUTPUT": "memory:"})
    _, rows = zones(result)
    field = [row for row in rows if row["zone"] == "grondwaterbeschermingsgebied" and "SB-1" in row["well_ids"]]
    assert len(field) == 1 and field[0]["well_ids"] == "SB-1,SB-2,SB-3,SB-4,SB-5,SB-6"
    assert field[0]["area_m2"] == pytest.approx(6 * 1.2e6 * 25 / (0.3 * 40), rel=0.01)
    hessenweg = [row for row in rows if row["well_ids"] == "HW-1"]
    assert len(hessenweg) == 4  # three travel-time zones and the boringsvrije zone
    # 60 days alone: r = sqrt(1.2e6 * 60 / 365.25 / (pi 0.3 40)) = 72 m < 75 m, half the spacing; with
    # the neighbours pulling, each Schellerbroek well keeps its own waterwingebied.
    assert sorted(row["well_ids"] for row in rows if row["zone"] == "waterwingebied") == [
        "HW-1", "SB-1", "SB-2", "SB-3", "SB-4", "SB-5", "SB-6"]
    assert len(rows) == 13


def test_qgis_process_cli(qgis_process, sample_gpkg, tmp_path):
    output = tmp_path / "zones.gpkg"
    result = qgis_process(ALG, {"INPUT": "{}|layername=ondergrond_winputten".format(sample_gpkg),
                                "TRAVEL_TIMES": "60d,25y", "ZONE_LABELS": "waterwingebied,grondwaterbeschermingsgebied",
                                "OUTPUT": str(output)})
    assert output.exists()
    layer = QgsVectorLayer(str(result["results"]["OUTPUT"]))
    # Volume balance: 60-day circles of r = 72 m around wells 150 m apart stay separate (6 + 1); the
    # 25-year circles (r = 1030 m) merge the well field: 1 + 1.
    assert layer.featureCount() == 9
    assert sorted(f["zone"] for f in layer.getFeatures())[0] == "grondwaterbeschermingsgebied"


def test_seppe_well_field(run_alg, make_layer, realdata):
    """Brabant Water's well field Seppe: mean abstraction of 1926-2017 at its RD location."""
    folder = realdata / "pastas_seppe_wellfield"
    if not folder.is_dir():
        pytest.skip("Seppe data absent")
    with open(folder / "well.csv", encoding="utf-8") as handle:
        rates = [float(row["Seppe"]) for row in csv.DictReader(handle) if row["Seppe"]]
    mean_m3_day = sum(rates) / len(rates)
    assert mean_m3_day == pytest.approx(22990, rel=0.01)  # SOURCES.md
    with open(folder / "metadata_stresses.csv", encoding="utf-8") as handle:
        location = next(row for row in csv.reader(handle) if row[0] == "Seppe")
    x, y = float(location[1]), float(location[2])
    layer = make_layer("Point", {"well_id": "string", "rate_m3_year": "double"}, [
        {"wkt": "POINT({} {})".format(x, y), "well_id": "Seppe", "rate_m3_year": mean_m3_day * YEAR}])
    # Assumed aquifer: 30 m, n 0.35 (defaults), a regional flux of 0.02 m/d towards the north-west.
    feedback = recorder()
    result = run_alg(ALG, {"INPUT": layer, "METHOD": 1, "REGIONAL_FLUX": 0.02, "FLOW_DIRECTION": 315,
                           "OUTPUT": "memory:"}, feedback)
    # The layer has no aquifer fields: the general values are used, and said so.
    assert any(text.startswith("well Seppe: no thickness field, 30 m used; no porosity field, 0.35 used")
               for text in feedback.infos)
    _, rows = zones(result)
    gbg = next(row for row in rows if row["zone"] == "grondwaterbeschermingsgebied")
    # Q t / (n H) = 22990 * 9131.25 / 10.5 = 2.0e7 m2 (20 km2, a circle of r = 2.5 km).
    expected = mean_m3_day * 25 * YEAR / (0.35 * 30)
    assert gbg["area_m2"] == pytest.approx(expected, rel=0.01)
    assert 1.9e7 < expected < 2.1e7
    assert gbg["geometry"].contains(gbg["geometry"].fromPointXY(layer.getFeature(1).geometry().asPoint()))
    # Upstream (south-east) the zone reaches further than the no-flow radius sqrt(Q t / (pi n H)).
    box = gbg["geometry"].boundingBox()
    radius = math.sqrt(expected / math.pi)
    assert box.xMaximum() - x > radius and y - box.yMinimum() > radius


def test_modeler_chain_into_suitability(provider, make_layer, tmp_path):
    """A model: wells -> protection zones -> depth-band suitability. The zones' 'zone' field is the kind
    the suitability rules know (rules/suitability_rules.csv): a closed ground-energy system is excluded
    in a grondwaterbeschermingsgebied and in a waterwingebied, and both reasons are reported."""
    wells = make_layer("Point", {"well_id": "string", "rate_m3_year": "double"}, [
        {"wkt": "POINT(200000 500000)", "well_id": "W1", "rate_m3_year": 2e6}])
    model = new_model("protect and plan", "wells")
    add_step(model, "zones", ALG, INPUT=model_input("wells"), TRAVEL_TIMES="60d,25y",
             ZONE_LABELS="waterwingebied,grondwaterbeschermingsgebied")
    add_step(model, "suitability", "ondergrond:depthbandsuitability", output=("suitability", "OUTPUT"),
             CONSTRAINTS=step_output("zones", "OUTPUT"), FUNCTIONS="bodemenergie gesloten", BANDS="0-300",
             CELL_SIZE=100)
    result, context, output_name = run_model(model, "suitability", "suitability", "memory:", wells=wells,
                                             extra={"suitability:MATRIX": str(tmp_path / "matrix.html")})
    layer = result_layer(context, result, output_name)
    features = list(layer.getFeatures())
    # The extent is the zones' bounding box: its corners lie outside the circular zones.
    inside = [f for f in features if "grondwaterbeschermingsgebied: excluded" in str(f["reasons"])]
    assert inside and all(f["verdict_label"] == "excluded" for f in inside)
    at_well = [f for f in features if f.geometry().contains(wells.getFeature(1).geometry())]
    assert len(at_well) == 1 and "waterwingebied: excluded" in at_well[0]["reasons"]
