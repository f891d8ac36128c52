"""Bad input, one test per class: a clear QgsProcessingException (naming layer, feature, field or
parameter and what to do) or a counted warning; never a traceback, a hang or a silent wrong answer;
inputs never modified. The shared checks are documented in algorithms/validation.py.
"""

import hashlib
import math
import time
import zipfile

import numpy as np
import pytest
import shapely
from conftest import ROOT, recorder
from hypothesis import given
from hypothesis import strategies as st
from osgeo import gdal
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from ondergrond.core import canonical, klic
from ondergrond.core.grid import Grid, Tile
from ondergrond.core.tables import TableError, read_table

HEAT = "ondergrond:cumulationheatmap"
RESERVATION = "ondergrond:reservationcheck"
WELLS_ALG = "ondergrond:drinkingwaterprotection"
SUITABILITY = "ondergrond:depthbandsuitability"
GI_FILE = ROOT / "tests" / "fixtures" / "imkl" / "26X000001_1" / "GI_gebiedsinformatielevering_26X000001_1.xml"


def error_of(run_alg, algorithm, parameters, feedback=None):
    with pytest.raises(QgsProcessingException) as caught:
        run_alg(algorithm, parameters, feedback)
    return str(caught.value)


def sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def heat(run_alg, layers, tmp_path, feedback=None, **extra):
    parameters = dict({"LAYERS": layers, "CELL_SIZE": 25, "MODE": 0, "OUTPUT": str(tmp_path / "heat.tif")}, **extra)
    return run_alg(HEAT, parameters, feedback)


def raster(path):
    dataset = gdal.Open(str(path))  # keep the dataset alive while its band is read
    return dataset.GetRasterBand(1).ReadAsArray().astype(float)


# --- geometry ------------------------------------------------------------------------------------------

def test_single_vertex_line_is_skipped_and_counted(run_alg, make_layer, tmp_path):
    layer = make_layer("LineString", {}, [{"wkt": "LINESTRING(0 0, 50 0)"}], name="kabels")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(10, 10)]))  # one vertex: GEOS cannot read it
    layer.dataProvider().addFeatures([feature])
    feedback = recorder()
    result = heat(run_alg, [layer], tmp_path, feedback)
    assert result["CLAIMS"] == 1
    assert any("kabels: skipped 1 feature(s) whose geometry cannot be read" in w and "feature ids 2" in w
               for w in feedback.warnings), feedback.warnings


def test_zero_length_trace_is_refused_not_repaired_to_a_point(run_alg, make_layer):
    trace = make_layer("LineString", {}, [{"wkt": "LINESTRING(0 0, 0 0)"}], name="trace")
    pipes = make_layer("LineString", {"utility_type": "string"}, [{"wkt": "LINESTRING(-5 0, 5 0)",
                                                                    "utility_type": "water"}], name="pipes")
    feedback = recorder()
    message = error_of(run_alg, RESERVATION, {"TRACE": trace, "OBSTACLES": [pipes], "CONFLICTS": "memory:",
                                              "OPPORTUNITIES": "memory:"}, feedback)
    assert "trace layer trace has no features with a geometry" in message
    assert any("trace: skipped 1 feature(s) of zero length or zero area (feature ids 1)" in w
               for w in feedback.warnings), feedback.warnings


def test_lines_given_as_wells_are_refused(run_alg, make_layer):
    # A model or a memory layer can hand a line layer to a point parameter.
    lines = make_layer("LineString", {"rate_m3_year": "double"},
                       [{"wkt": "LINESTRING(0 0, 10 0)", "rate_m3_year": 1e5}], name="putten")
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    from ondergrond.algorithms.drinkingwaterprotection import DrinkingWaterProtection

    algorithm = DrinkingWaterProtection()
    algorithm.initAlgorithm()
    with pytest.raises(QgsProcessingException, match="putten holds LineString geometries, but points are needed"):
        algorithm.processAlgorithm({"INPUT": lines, "RATE_FIELD": "rate_m3_year", "TRAVEL_TIMES": "60d",
                                    "ZONE_LABELS": "a", "OUTPUT": "memory:"}, QgsProcessingContext(),
                                   QgsProcessingFeedback())


def test_non_finite_coordinates_are_refused_naming_the_features():
    from qgis.core import QgsCoordinateReferenceSystem

    from ondergrond.algorithms.io import check_finite

    geoms = np.array([shapely.Point(0, 0), shapely.LineString([(0, 0), (math.inf, 1)])], object)
    with pytest.raises(QgsProcessingException, match=r"wegen, feature\(s\) 8: coordinates that are not finite"):
        check_finite("wegen", np.array([7, 8]), geoms, QgsCoordinateReferenceSystem("EPSG:28992"))


# --- CRS -----------------------------------------------------------------------------------------------

def test_rd_coordinates_labelled_wgs84_are_refused(run_alg, make_layer):
    trace = make_layer("LineString", {}, [{"wkt": "LINESTRING(155000 463000, 155100 463000)"}], name="trace")
    pipes = make_layer("LineString", {}, [{"wkt": "LINESTRING(155050 462990, 155050 463010)"}], crs="EPSG:4326",
                       name="leidingen")
    message = error_of(run_alg, RESERVATION, {"TRACE": trace, "OBSTACLES": [pipes], "CONFLICTS": "memory:",
                                              "OPPORTUNITIES": "memory:"})
    assert "leidingen: the layer is labelled EPSG:4326 (degrees)" in message and "EPSG:28992" in message


def test_degrees_labelled_rd_are_refused(run_alg, make_layer):
    trace = make_layer("LineString", {}, [{"wkt": "LINESTRING(155000 463000, 155100 463000)"}], name="trace")
    gps = make_layer("LineString", {}, [{"wkt": "LINESTRING(5.38 52.15, 5.39 52.16)"}], name="gps_leidingen")
    message = error_of(run_alg, RESERVATION, {"TRACE": trace, "OBSTACLES": [gps], "CONFLICTS": "memory:",
                                              "OPPORTUNITIES": "memory:"})
    assert "gps_leidingen: the layer is labelled EPSG:28992" in message and "look like degrees" in message


def test_degrees_without_crs_are_refused_and_metres_without_crs_warned(run_alg, make_layer, tmp_path):
    degrees = make_layer("Point", {}, [{"wkt": "POINT(5.1 52.1)"}, {"wkt": "POINT(5.2 52.2)"}], crs="",
                         name="gps")
    rd = make_layer("Point", {}, [{"wkt": "POINT(155000 463000)"}], name="rd")
    message = error_of(run_alg, HEAT, {"LAYERS": [rd, degrees], "OUTPUT": str(tmp_path / "x.tif")})
    assert "gps: the layer has no CRS and its coordinates" in message and "look like degrees" in message
    metres = make_layer("Point", {}, [{"wkt": "POINT(155000 463000)"}], crs="", name="zonder")
    feedback = recorder()
    assert heat(run_alg, [rd, metres], tmp_path, feedback)["CLAIMS"] == 2
    assert any("zonder: the layer has no CRS" in w for w in feedback.warnings)


# --- numbers -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("algorithm, parameter, value, fragment", [
    (HEAT, "CELL_SIZE", math.nan, "Cell size (m): the value is nan"),
    (HEAT, "CELL_SIZE", -5.0, "Cell size (m): the value is -5; it must be at least 0"),
    (RESERVATION, "TRACE_WIDTH", math.nan, "Trace width (m): the value is nan"),
    (RESERVATION, "TRACE_DEPTH", math.inf, "Trace depth: top of the envelope (m below ground level): the value is inf"),
    (WELLS_ALG, "REGIONAL_FLUX", math.nan, "Regional groundwater flow: Darcy flux (m/d): the value is nan"),
    (WELLS_ALG, "FLOW_DIRECTION", -math.inf, "the value is -inf"),
    (WELLS_ALG, "POROSITY", 1.5, "Effective porosity (-): the value is 1.5; it must be at most 1"),
])
def test_nan_inf_and_out_of_range_numbers_name_the_parameter(run_alg, make_layer, tmp_path, algorithm, parameter,
                                                              value, fragment):
    points = make_layer("Point", {"rate_m3_year": "double"}, [{"wkt": "POINT(0 0)", "rate_m3_year": 1e5}])
    line = make_layer("LineString", {}, [{"wkt": "LINESTRING(0 0, 10 0)"}])
    base = {HEAT: {"LAYERS": [points], "OUTPUT": str(tmp_path / "x.tif")},
            RESERVATION: {"TRACE": line, "OBSTACLES": [points], "CONFLICTS": "memory:", "OPPORTUNITIES": "memory:"},
            WELLS_ALG: {"INPUT": points, "RATE_FIELD": "rate_m3_year", "METHOD": 1, "OUTPUT": "memory:"}}[algorithm]
    message = error_of(run_alg, algorithm, dict(base, **{parameter: value}))
    assert fragment in message
    assert "Incorrect parameter value" not in message


def test_travel_time_overflowing_to_infinity_is_refused(run_alg, make_layer):
    wells = make_layer("Point", {"rate_m3_year": "double"}, [{"wkt": "POINT(0 0)", "rate_m3_year": 1e5}])
    huge = "1" + "0" * 400 + "y"  # 1e400 years: float() gives infinity
    message = error_of(run_alg, WELLS_ALG, {"INPUT": wells, "RATE_FIELD": "rate_m3_year", "TRAVEL_TIMES": huge,
                                            "ZONE_LABELS": "a", "OUTPUT": "memory:"})
    assert "longer than 10,000 years" in message


def test_infinite_field_values_and_table_values_are_refused(run_alg, make_layer, tmp_path):
    with pytest.raises(ValueError, match="diameter_m: 'inf' is not a finite number"):
        canonical.to_float("inf", "diameter_m")
    table = tmp_path / "clearances.csv"
    table.write_text("type_a,type_b,clearance_m\n*,*,inf\n", encoding="utf-8")
    before = sha256(table)
    trace = make_layer("LineString", {}, [{"wkt": "LINESTRING(0 0, 10 0)"}], name="trace")
    pipes = make_layer("LineString", {"diameter_m": "double"}, [{"wkt": "LINESTRING(5 -5, 5 5)", "diameter_m": 0.1}],
                       name="leidingen")
    message = error_of(run_alg, RESERVATION, {"TRACE": trace, "OBSTACLES": [pipes], "CLEARANCES": str(table),
                                              "CONFLICTS": "memory:", "OPPORTUNITIES": "memory:"})
    assert "clearances.csv, row 2, column 'clearance_m': 'inf' is not a finite number" in message
    assert sha256(table) == before
    pipes = make_layer("LineString", {"diameter_m": "double"},
                       [{"wkt": "LINESTRING(5 -5, 5 5)", "diameter_m": math.inf}], name="leidingen")
    message = error_of(run_alg, RESERVATION, {"TRACE": trace, "OBSTACLES": [pipes], "CONFLICTS": "memory:",
                                              "OPPORTUNITIES": "memory:"})
    assert "Layer 'leidingen', feature 1, field 'diameter_m': inf is not a finite number" in message


# --- dates ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["2025-13-45", "31-02-2030", "2030/02/30"])
def test_impossible_dates_are_not_taken_as_a_year(text):
    with pytest.raises(ValueError, match="is not a real date"):
        canonical.parse_year(text, "valid_from")
    assert canonical.parse_year("29-02-2028") == 2028  # a leap day exists
    assert canonical.record_problems(valid_from=text)  # the canonical-field check flags it


@given(st.integers(1800, 2500), st.integers(0, 13), st.integers(0, 32), st.sampled_from(["iso", "dutch"]))
def test_parse_year_takes_exactly_the_calendar_dates(year, month, day, style):
    import datetime

    text = "{:04d}-{:02d}-{:02d}".format(year, month, day) if style == "iso" else "{:02d}-{:02d}-{:04d}".format(
        day, month, year)
    try:
        datetime.date(year, month, day)
    except ValueError:
        with pytest.raises(ValueError, match="is not a real date"):
            canonical.parse_year(text)
    else:
        assert canonical.parse_year(text) == year


def test_impossible_date_refused_by_cumulation_and_reservation(run_alg, make_layer, tmp_path):
    claims = make_layer("Point", {"valid_from": "string"}, [{"wkt": "POINT(0 0)", "valid_from": "2025-13-45"}],
                        name="claims")
    message = error_of(run_alg, HEAT, {"LAYERS": [claims], "YEAR": 2030, "OUTPUT": str(tmp_path / "x.tif")})
    assert "claims" in message and "'2025-13-45' is not a real date" in message
    trace = make_layer("LineString", {}, [{"wkt": "LINESTRING(0 0, 10 0)"}], name="trace")
    gas = make_layer("LineString", {"utility_type": "string", "valid_to": "string"},
                     [{"wkt": "LINESTRING(5 -5, 5 5)", "utility_type": "gasLageDruk", "valid_to": "31-02-2025"}],
                     name="gas")
    message = error_of(run_alg, RESERVATION, {"TRACE": trace, "OBSTACLES": [gas], "CONFLICTS": "memory:",
                                              "OPPORTUNITIES": "memory:"})
    assert "'31-02-2025' is not a real date" in message


# --- extents and grids ---------------------------------------------------------------------------------

def test_point_on_the_grid_edge_is_counted():
    grid = Grid.from_extent(100, 100, 200, 200, 25)  # 4 x 4 cells; (200, 100) is the south-east corner
    tile = Tile(0, 0, grid.nrows, grid.ncols)
    rows, cols, _ = grid.cover(shapely.Point(200, 100), tile)
    assert (rows.tolist(), cols.tolist()) == ([3], [3])
    rows, cols, _ = grid.cover(shapely.LineString([(100, 100), (200, 100)]), tile)  # along the south edge
    assert rows.tolist() == [3] * 4 and cols.tolist() == [0, 1, 2, 3]
    # Beyond the edge stays outside.
    assert len(grid.cover(shapely.Point(200.5, 100), tile)[0]) == 0


def test_features_on_the_default_extent_edge_are_counted_and_the_file_unchanged(run_alg, make_layer, tmp_path):
    # Whole-metre points on 25 m grid lines: the default extent's east and north-east edges lie on them.
    source = make_layer("Point", {}, [{"wkt": "POINT(100 100)"}, {"wkt": "POINT(200 200)"}, {"wkt": "POINT(200 100)"}],
                        name="putten")
    path = tmp_path / "putten.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    QgsVectorFileWriter.writeAsVectorFormatV2(source, str(path), source.transformContext(), options)
    before = sha256(path)
    layer = QgsVectorLayer(str(path), "putten", "ogr")
    result = heat(run_alg, [layer], tmp_path)
    assert result["CLAIMS"] == 3
    assert raster(result["OUTPUT"]).sum() == 3
    del layer
    assert sha256(path) == before


def test_zero_area_extent_is_refused(run_alg, sample_gpkg, tmp_path):
    message = error_of(run_alg, SUITABILITY, {
        "CONSTRAINTS": ["{}|layername=ondergrond_boringsvrije_zone".format(sample_gpkg)],
        "EXTENT": "155000,155000,463000,463500 [EPSG:28992]", "OUTPUT": str(tmp_path / "s.gpkg"),
        "MATRIX": str(tmp_path / "m.html"), "MATRIX_CSV": str(tmp_path / "m.csv")})
    assert "has no area" in message


def test_empty_layer_is_named(run_alg, make_layer, tmp_path):
    empty = make_layer("Point", {}, [], name="leeg")
    message = error_of(run_alg, HEAT, {"LAYERS": [empty], "OUTPUT": str(tmp_path / "x.tif")})
    assert "layer(s) leeg hold no features" in message and "depth and year filters" not in message


# --- field names ---------------------------------------------------------------------------------------

def test_truncated_shapefile_field_is_refused_with_the_suggestion(run_alg, make_layer, tmp_path):
    claims = make_layer("Point", {"effect_rad": "double"}, [{"wkt": "POINT(0 0)", "effect_rad": 50.0}], name="wko")
    message = error_of(run_alg, HEAT, {"LAYERS": [claims], "OUTPUT": str(tmp_path / "x.tif")})
    assert "wko has no field 'effect_radius_m'" in message and "it has 'effect_rad'" in message
    trace = make_layer("LineString", {}, [{"wkt": "LINESTRING(0 0, 10 0)"}], name="trace")
    mains = make_layer("LineString", {"utility_ty": "string"},
                       [{"wkt": "LINESTRING(5 -5, 5 5)", "utility_ty": "water"}], name="waterleiding")
    message = error_of(run_alg, RESERVATION, {"TRACE": trace, "OBSTACLES": [mains], "CONFLICTS": "memory:",
                                              "OPPORTUNITIES": "memory:"})
    assert "waterleiding has no field 'utility_type'" in message and "'utility_ty'" in message


def test_chosen_field_absent_everywhere_suggests_the_closest(run_alg, make_layer, tmp_path):
    claims = make_layer("Point", {"gewicht": "double"}, [{"wkt": "POINT(0 0)", "gewicht": 2.0}], name="claims")
    message = error_of(run_alg, HEAT, {"LAYERS": [claims], "MODE": 1, "WEIGHT_FIELD": "gewict",
                                       "OUTPUT": str(tmp_path / "x.tif")})
    assert "claims has no field 'gewict'" in message and "did you mean 'gewicht'?" in message
    feedback = recorder()  # nothing close: the documented fallback, said out loud
    heat(run_alg, [claims], tmp_path, feedback, MODE=2, CATEGORY_FIELD="soort")
    assert any("No input layer has the field 'soort'" in w for w in feedback.warnings)


# --- wells ---------------------------------------------------------------------------------------------

def test_two_wells_at_one_location_with_regional_flow(run_alg, make_layer):
    wells = make_layer("Point", {"well_id": "string", "rate_m3_year": "double"}, [
        {"wkt": "POINT(1000 1000)", "well_id": "P1", "rate_m3_year": 1e5},
        {"wkt": "POINT(1000 1000)", "well_id": "P2", "rate_m3_year": 2e5}], name="putten")
    message = error_of(run_alg, WELLS_ALG, {"INPUT": wells, "RATE_FIELD": "rate_m3_year", "METHOD": 1,
                                            "REGIONAL_FLUX": 0.05, "OUTPUT": "memory:"})
    assert "putten: P1 and P2 lie at the same location (1000.00, 1000.00)" in message


def test_general_porosity_is_not_blamed_on_a_well(run_alg, make_layer):
    wells = make_layer("Point", {"well_id": "string", "rate_m3_year": "double"},
                       [{"wkt": "POINT(0 0)", "well_id": "P1", "rate_m3_year": 1e5}])
    message = error_of(run_alg, WELLS_ALG, {"INPUT": wells, "RATE_FIELD": "rate_m3_year", "POROSITY": 0.0,
                                            "OUTPUT": "memory:"})
    assert "Effective porosity (-) is 0.0" in message and "P1" not in message


# --- files ---------------------------------------------------------------------------------------------

def test_rule_table_with_an_oversized_field(tmp_path):
    table = tmp_path / "rules.csv"
    table.write_text('function,top_m,bottom_m\n"{}",0,10\n'.format("x" * 200_000), encoding="utf-8")
    before = sha256(table)
    with pytest.raises(TableError, match=r"Table rules.csv, row 2: cannot be read as CSV"):
        read_table(table, ("function", "top_m", "bottom_m"), numeric=("top_m", "bottom_m"))
    assert sha256(table) == before


def test_layer_template_output_that_is_a_folder(run_alg, tmp_path):
    folder = tmp_path / "sjabloon.gpkg"
    folder.mkdir()
    message = error_of(run_alg, "ondergrond:layertemplate", {"OUTPUT": str(folder)})
    assert "is an existing folder, not a file" in message


# --- KLIC ----------------------------------------------------------------------------------------------

def zipped(tmp_path, data=None, name="delivery.zip"):
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("26X000001_1/" + GI_FILE.name, data if data is not None else GI_FILE.read_bytes())
    return path


def test_klic_encrypted_and_unsupported_members(tmp_path):
    path = zipped(tmp_path)
    raw = bytearray(path.read_bytes())
    central = raw.index(b"PK\x01\x02")
    encrypted = bytearray(raw)
    encrypted[central + 8] |= 0x1  # general purpose flag, bit 0: encrypted
    (tmp_path / "encrypted.zip").write_bytes(encrypted)
    with pytest.raises(klic.KlicError, match="is encrypted"):
        klic.read_klic([tmp_path / "encrypted.zip"])
    unsupported = bytearray(raw)
    unsupported[central + 10:central + 12] = (99).to_bytes(2, "little")  # compression method 99
    (tmp_path / "method.zip").write_bytes(unsupported)
    with pytest.raises(klic.KlicError, match="does not support"):
        klic.read_klic([tmp_path / "method.zip"])


def test_klic_damaged_zip_is_reported_as_a_damaged_zip(tmp_path):
    path = zipped(tmp_path)
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])  # a download cut off halfway
    with pytest.raises(klic.KlicError, match="a damaged ZIP file") as caught:
        klic.read_klic([damaged])
    assert "malformed XML" not in str(caught.value)


@pytest.mark.parametrize("replacement, fragment", [
    ("203040,000 503000.000", "point 2 of the coordinate list, x coordinate '203040,000': a decimal comma was found"),
    ("203040.000 NaN", "point 2 of the coordinate list, y coordinate 'NaN': not a finite number"),
    ("203040.000 inf", "y coordinate 'inf': not a finite number"),
])
def test_klic_bad_coordinates_name_the_coordinate(replacement, fragment):
    text = GI_FILE.read_text(encoding="utf-8")
    assert "203040.000 503000.000" in text
    with pytest.raises(klic.KlicError, match=None) as caught:
        klic.parse_delivery(text.replace("203040.000 503000.000", replacement, 1).encode())
    assert fragment in str(caught.value) and "feature" in str(caught.value)


def test_klic_huge_token_is_refused_fast():
    text = GI_FILE.read_text(encoding="utf-8")
    start = text.index(">", text.index("<gml:FeatureCollection")) + 1
    data = (text[:start] + "<!--" + "x" * (klic.MAX_TOKEN_BYTES + 1024) + "-->" + text[start:]).encode()
    began = time.perf_counter()
    with pytest.raises(klic.KlicError, match="a single XML token"):
        klic.parse_delivery(data)
    assert time.perf_counter() - began < 20  # was 57 s for 20 MB with 16 kB reads (bench/klic_huge_token.py)
    # A large but acceptable comment is read.
    data = (text[:start] + "<!--" + "x" * (2 * 1024 ** 2) + "-->" + text[start:]).encode()
    assert klic.parse_delivery(data).version == "1.2"


@pytest.mark.parametrize("data", [b"<?xml version='1.0'?>\n<a><b></a>",  # in the body
                                  b"<?xml version='1.0'?>\n<<a/>"])  # in the prolog (the safety check)
def test_klic_xml_error_gives_the_position_once(data):
    with pytest.raises(klic.KlicError) as caught:
        klic.parse_delivery(data)
    message = str(caught.value)
    assert message.count("line") == 1 and message.count("column") == 1, message


# --- models --------------------------------------------------------------------------------------------

def test_model_failure_carries_the_step_message(provider, sample_gpkg, tmp_path):
    import processing
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProject

    if QgsApplication.processingRegistry().algorithmById("ondergrond:provincemodel") is None:
        pytest.skip("the province model is not on this branch")
    wells = "{}|layername=ondergrond_winputten".format(sample_gpkg)
    constraints = ["{}|layername=ondergrond_ngr".format(sample_gpkg)]
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("ondergrond:provincemodel", {
            "WELLS": wells, "CONSTRAINTS": constraints, "BANDS": "x-y", "DEPTH_TOP": 30, "DEPTH_BOTTOM": 100,
            "YEAR": 2030, "CELL_SIZE": 100, "PROTECTIVE_LAYER_DEPTH": 45,
            "drinkingwaterprotection:ZONES": str(tmp_path / "z.gpkg"),
            "depthbandsuitability:SUITABILITY": str(tmp_path / "s.gpkg"),
            "depthbandsuitability:MATRIX": str(tmp_path / "m.html"),
            "cumulationheatmap:HEATMAP": str(tmp_path / "h.tif")}, context=context, feedback=QgsProcessingFeedback())
    message = str(caught.value)
    assert "Error encountered while running" in message and "Depth band 'x-y'" in message



def test_qgis_process_reports_nan_without_a_traceback(qgis_process, sample_gpkg, tmp_path):
    before = sha256(sample_gpkg)
    result = qgis_process(HEAT, {"LAYERS": "{}|layername=ondergrond_wko_bestaand".format(sample_gpkg),
                                 "CELL_SIZE": "nan", "OUTPUT": str(tmp_path / "x.tif")}, check=False)
    assert result["returncode"] != 0
    assert "Cell size (m): the value is nan; give a finite number." in result["stderr"]
    assert "Traceback" not in result["stderr"]
    assert sha256(sample_gpkg) == before


def test_shared_helpers_for_new_algorithms():
    from ondergrond.algorithms.validation import closest_field, finite_number

    assert finite_number("2.5", "Radius (m)") == 2.5
    for bad in ("nan", math.inf, "x"):
        with pytest.raises(ValueError, match="Radius \\(m\\)"):
            finite_number(bad, "Radius (m)")
    assert closest_field("effect_radius_m", ["fid", "effect_rad"]) == "effect_rad"
    assert closest_field("utility_type", ["UTILITY_TY"]) == "UTILITY_TY"
    assert closest_field("gewicht", ["naam", "hoogte"]) is None
