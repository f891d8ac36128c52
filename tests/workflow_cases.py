"""One case per algorithm: how to run it on the sample data, and how to compare two runs of it.

Shared by the workflow tests (PostGIS, qgis_process, models): every algorithm with a case here is run
on the sample GeoPackage, through PostGIS and from the command line, and the results are compared.
Adding an algorithm to the provider means adding its case here (tests/test_qgis_process.py fails
otherwise).

A case names its input layers by sample-data layer name; ``gpkg_parameters`` / ``postgis_parameters`` /
``cli_parameters`` turn it into the parameter dict for each way of running it.
"""

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, Optional, Tuple, Union

import numpy


@dataclass(frozen=True)
class Case:
    algorithm: str
    # parameter -> sample layer name (or a list of names for a multiple-layer parameter)
    layers: Dict[str, Union[str, Tuple[str, ...]]] = field(default_factory=dict)
    # literal parameters; a callable gets the sample GeoPackage's folder and returns the value
    parameters: Dict[str, object] = field(default_factory=dict)
    vector_outputs: Tuple[str, ...] = ("OUTPUT",)
    table_outputs: Tuple[str, ...] = ()  # those of vector_outputs without geometry (tables)
    raster_outputs: Tuple[str, ...] = ()
    file_outputs: Tuple[str, ...] = ()  # e.g. HTML reports: (parameter, extension) pairs
    number_outputs: Tuple[str, ...] = ()  # numeric outputs that must agree between runs
    text_outputs: Tuple[str, ...] = ()  # file outputs whose text must agree between runs (CSV)
    # sanity check of one run on the sample data: check(result, loaded) with loaded[name] -> layer / path
    check: Optional[Callable] = None
    # compare(reference, other) -> None; raises AssertionError (default: compare_runs)
    compare: Optional[Callable] = None

    @property
    def name(self):
        return self.algorithm.split(":", 1)[1]


def _check_canonical_fields(result, loaded):
    # 17 cables and pipes (sample_data/README.md). The field mapping below deliberately reads depth_m as
    # the top and diameter_m as the bottom of a volume, so every pipe with a known depth (all but every
    # third: fids 3, 6, 9, 12, 15 have depth_m NULL -> 12 left; depth 0.6-1.0 m > diameter <= 0.3 m) is
    # reported "top lies below bottom": the problems layer is not empty, which the run comparisons need.
    assert result["CHECKED"] == 17
    assert result["PROBLEMS"] == loaded["OUTPUT"].featureCount() == 12
    reported = {feature["source_fid"] for feature in loaded["OUTPUT"].getFeatures()}
    assert reported == set(range(1, 18)) - {3, 6, 9, 12, 15}


ROOT = Path(__file__).resolve().parent.parent
KLIC_FIXTURES = ROOT / "tests" / "fixtures" / "imkl"

# The province's claims in the subsurface (sample_data/README.md, "The region").
REGIONAL_CLAIMS = ("ondergrond_boringsvrije_zone", "ondergrond_ngr", "ondergrond_aquifer", "ondergrond_breukzone",
                   "ondergrond_zoutstructuur", "ondergrond_wko_bestaand", "ondergrond_geothermie_gepland")
STREET_OBSTACLES = ("netwerk_kabels_leidingen", "netwerk_bomen", "netwerk_infiltratiekratten", "netwerk_reserveringen")


def klic_deliveries(_sample_dir=None):
    return [str(path) for path in sorted(KLIC_FIXTURES.glob("*/GI_gebiedsinformatielevering_*.xml"))]


def sample_esdl(sample_dir):
    """The sample street's ESDL heat-network design (sample_data/make_sample_data.py: write_esdl)."""
    from conftest import load_sample_builder

    return str(load_sample_builder().write_esdl(Path(sample_dir) / "ontwerp_B.esdl"))


def _check_esdl(result, loaded):
    # Trace B: 2 routes of supply and return pipes (sample_data/README.md), 3 point assets.
    assert result["TRACES"] == loaded["OUTPUT"].featureCount() == 2 and result["PIPES"] == 4
    assert loaded["OUTPUT_POINTS"].featureCount() == 3


def _check_cumulation(result, loaded):
    # Between 30 and 100 m in 2030 the sample has NGR (50-250 m), the aquifer (40-140 m), the WKO systems
    # (40-120 m) and the boringsvrije zone (45 m - unbounded): claims counted, a non-zero maximum.
    assert result["CLAIMS"] > 0 and result["MAX_VALUE"] > 0
    assert loaded["HOTSPOTS"].featureCount() == result["HOTSPOT_COUNT"] > 0


def _check_location_report(result, loaded):
    # The sample wells (sample_data/README.md) lie in the aquifer and the boringsvrije zone: every function that
    # reaches a band has a verdict per well, and the shares of each well, function and band add up to 1.
    shares = {}
    for feature in loaded["TABLE"].getFeatures():
        key = (feature["location_id"], feature["function"], feature["band"])
        shares[key] = shares.get(key, 0.0) + feature["share"]
    assert shares and all(abs(total - 1.0) < 1e-9 for total in shares.values())
    kinds = {feature["kind"] for feature in loaded["PRESENT"].getFeatures()}
    assert {"boringsvrije zone", "aquifer"} <= kinds


def _check_preference_ladder(result, loaded):
    preferred = {feature["preferred"] for feature in loaded["OUTPUT"].getFeatures()}
    assert len(preferred - {None, ""}) > 1, preferred


def _check_suitability(result, loaded):
    assert loaded["OUTPUT"].featureCount() > 0
    verdicts = {feature["verdict"] for feature in loaded["OUTPUT"].getFeatures()}
    assert verdicts <= {1, 2, 3} and len(verdicts) > 1, verdicts


def _check_klic(result, loaded):
    assert result["LINES"] == loaded["OUTPUT"].featureCount() > 0
    assert result["ZONES"] == loaded["OUTPUT_ZONES"].featureCount()


def _check_reservation(result, loaded):
    # The sample's warmtenet trace (2028-2087) meets gas pipes, trees and the 10 kV reservation, and lies
    # along the sewer (2029) and water-main (2027) replacements (tests/test_reservationcheck.py).
    assert result["CONFLICT_COUNT"] == loaded["CONFLICTS"].featureCount() > 0
    assert result["OPPORTUNITY_COUNT"] == loaded["OPPORTUNITIES"].featureCount() == 2


def _check_template(result, loaded):
    from osgeo import ogr

    dataset = ogr.Open(loaded["OUTPUT"])
    spatial = [dataset.GetLayer(i) for i in range(dataset.GetLayerCount())
               if dataset.GetLayer(i).GetGeomType() != ogr.wkbNone]
    assert len(spatial) == result["LAYER_COUNT"] > 0
    # every layer opens in the plugin's house style: a default style in the GeoPackage's layer_styles
    styles = dataset.GetLayerByName("layer_styles")
    styled = {feature.GetField("f_table_name") for feature in styles} if styles else set()
    assert {layer.GetName() for layer in spatial} <= styled


def _template_schema(path):
    from osgeo import ogr

    dataset = ogr.Open(path)
    schema = {}
    for index in range(dataset.GetLayerCount()):
        layer = dataset.GetLayer(index)
        definition = layer.GetLayerDefn()
        schema[layer.GetName()] = (layer.GetGeomType(), layer.GetSpatialRef().GetAuthorityCode(None)
                                   if layer.GetSpatialRef() else None,
                                   [(definition.GetFieldDefn(i).GetName(), definition.GetFieldDefn(i).GetTypeName())
                                    for i in range(definition.GetFieldCount())])
    return schema


def _compare_template(case, reference, other):
    assert _template_schema(reference["OUTPUT"]) == _template_schema(other["OUTPUT"])
    assert reference["LAYER_COUNT"] == other["LAYER_COUNT"]


def _check_protection_zones(result, loaded):
    # 7 wells (Schellerbroek 6, Hessenweg 1) with three travel times each, plus a boringsvrije zone.
    zones = loaded["OUTPUT"]
    assert zones.featureCount() > 0
    assert zones.fields().lookupField("zone") >= 0


def _check_province_model(result, loaded):
    assert loaded["drinkingwaterprotection:ZONES"].featureCount() > 0
    assert loaded["depthbandsuitability:SUITABILITY"].featureCount() > 0


def _check_municipality_model(result, loaded):
    # The chain of importklic and reservationcheck (see their cases): KLIC lines read, the warmtenet
    # trace's conflicts with the sample street, the two coupling opportunities.
    assert loaded["importklic:KLIC_LINES"].featureCount() > 0
    assert loaded["reservationcheck:CONFLICTS"].featureCount() > 0
    assert loaded["reservationcheck:OPPORTUNITIES"].featureCount() == 2
    assert "<html" in Path(loaded["reservationcheck:REPORT"]).read_text(encoding="utf-8").lower()


def _check_bodemenergie(result, loaded):
    # Stadshagen in 2030 (sample_data/README.md): WKO-03's doublet too tight and next to the hospital's warm
    # well, the Kindcentrum loop beside it, six neighbouring house loops; WKO-06 pierces the boringsvrije zone.
    assert result["INTERFERENCE_COUNT"] >= 8
    assert loaded["CONFLICTS"].featureCount() == result["CONFLICT_COUNT"] > 0
    assert loaded["OUTPUT"].featureCount() == 17  # 5 doublets valid in 2030 and 7 closed systems


def _check_streetprofile(result, loaded):
    # The sample street (tests/test_streetprofile.py): Hoofdweg 400 m and Schoolstraat 300 m, stations every
    # 5 m; the warmtenet fits at most stations, the crossing is a bottleneck, a drawing at each bottleneck.
    assert result["STATION_COUNT"] == loaded["SLOTS"].featureCount() == 142
    assert result["BOTTLENECK_COUNT"] == loaded["BOTTLENECKS"].featureCount() > 0
    assert result["PROFILE_VIOLATION_COUNT"] == loaded["PROFILE_CHECK"].featureCount() > 0
    assert loaded["TRACE"].featureCount() > 0


LEGAL_ZONE_FIXTURES = ROOT / "tests" / "fixtures" / "legalzones"


def legal_zone_publication(_sample_dir=None):
    return [str(LEGAL_ZONE_FIXTURES)]


def _check_legal_zones(result, loaded):
    # tests/fixtures/legalzones/README.md: 7 Locaties -> 4 zones (a duplicate, a complement and one without
    # geometry left out), one of them without a kind.
    assert result["ZONES"] == loaded["OUTPUT"].featureCount() == 4
    assert result["DUPLICATES"] == 1 and result["UNMAPPED"] == 1


def _check_nap_to_depth(result, loaded):
    # The sample aquifer's top_m read as a height in m NAP under a ground level of 45 m NAP.
    assert result["CONVERTED"] == loaded["OUTPUT"].featureCount() > 0
    assert all(feature["top_m"] >= 0 for feature in loaded["OUTPUT"].getFeatures())


def _check_export_map(result, loaded):
    data = Path(loaded["OUTPUT"]).read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 10000
    assert result["LEGEND_ENTRIES"] >= 2  # a well symbol and at least the boringsvrije zone


def _compare_export_map(case, reference, other):
    # PDFs carry creation dates and a PostGIS layer may get another name: compare that both are maps.
    for run in (reference, other):
        assert Path(run["OUTPUT"]).read_bytes().startswith(b"%PDF")


def layer_model(sample_dir):
    """A small layer model in the REGIS II / nlmod netCDF layout over the sample area (written once beside the
    sample GeoPackage): cover HLc, Boxtel clay in the north-west, Kreftenheye sand, Peize-Waalre sand."""
    from ondergrond.core.layermodel import write_layer_model

    path = Path(sample_dir) / "layer_model_sample.nc"
    if not path.exists():
        gx, gy = numpy.meshgrid(numpy.arange(20) / 20, numpy.arange(15) / 15)
        top = (1.0 + 2.0 * gx).astype(numpy.float32)
        thickness = numpy.stack([numpy.full_like(top, 4.0), numpy.where(gx + gy < 0.9, 8.0 * (0.9 - gx - gy), 0.0),
                                 30.0 + 10.0 * gy, numpy.full_like(top, 60.0)])
        bottoms = (top - numpy.cumsum(numpy.round(thickness * 4) / 4, axis=0)).astype(numpy.float32)
        x = 199000.0 + (numpy.arange(20) + 0.5) * 200.0
        y = 506000.0 - (numpy.arange(15) + 0.5) * 200.0
        write_layer_model(path, ["HLc", "BXk1", "KRz1", "PZWAz1"], x, y, top, bottoms)
    return str(path)


def _check_layer_model(result, loaded):
    kinds = {feature["kind"] for feature in loaded["OUTPUT"].getFeatures()}
    assert {"kleilaag", "aquifer"} <= kinds
    assert loaded["OUTPUT"].featureCount() > 4


def section_across_hoofdweg(sample_dir):
    """A GeoJSON file with one section line across the Hoofdweg at x = 201100 (south to north, 30 m)."""
    path = Path(sample_dir) / "doorsnede_hoofdweg.geojson"
    path.write_text('{"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": '
                    '"urn:ogc:def:crs:EPSG::28992"}}, "features": [{"type": "Feature", "properties": {}, '
                    '"geometry": {"type": "LineString", "coordinates": [[201100, 505135], [201100, 505165]]}}]}',
                    encoding="utf-8")
    return str(path)


def _check_crosssection(result, loaded):
    # tests/test_crosssection.py: the water main (offset -6.5 m) at 8.5 m along the section, among >= 10 items
    assert result["COUNT"] == loaded["OUTPUT"].featureCount() >= 10
    assert [round(f["distance_m"], 3) for f in loaded["OUTPUT"].getFeatures() if f["utility_type"] == "water"] == [8.5]


CASES = {case.algorithm: case for case in [
    Case("ondergrond:bodemenergie",
         layers={"WELLS": "bodemenergie_wko_bronnen", "LOOPS": "bodemenergie_gesloten",
                 "CONSTRAINTS": ("ondergrond_boringsvrije_zone", "ondergrond_ngr")},
         parameters={"YEAR": 2030, "CELL_SIZE": 25},
         vector_outputs=("OUTPUT", "INTERFERENCE", "CONFLICTS"), raster_outputs=("FREE_SPACE",),
         number_outputs=("INTERFERENCE_COUNT", "CONFLICT_COUNT"),
         check=_check_bodemenergie),
    Case("ondergrond:checkcanonicalfields",
         layers={"INPUT": "netwerk_kabels_leidingen"},
         parameters={"TOP_FIELD": "depth_m", "BOTTOM_FIELD": "diameter_m", "DEPTH_FIELD": "", "DIAMETER_FIELD": ""},
         number_outputs=("CHECKED", "PROBLEMS"),
         check=_check_canonical_fields),
    Case("ondergrond:crosssection",
         layers={"LAYERS": STREET_OBSTACLES},
         parameters={"SECTION": section_across_hoofdweg, "YEAR": 2031, "DEPTH_MAX": 3, "CLEARANCE_TYPE": "warmte"},
         number_outputs=("COUNT",),
         check=_check_crosssection),
    Case("ondergrond:cumulationheatmap",
         layers={"LAYERS": REGIONAL_CLAIMS},
         parameters={"MODE": 1, "CELL_SIZE": 250, "DEPTH_TOP": 30, "DEPTH_BOTTOM": 100, "YEAR": 2030,
                     "THRESHOLD": 3},
         vector_outputs=("HOTSPOTS",), raster_outputs=("OUTPUT",),
         number_outputs=("MAX_VALUE", "CLAIMS", "HOTSPOT_COUNT"),
         check=_check_cumulation),
    Case("ondergrond:depthbandsuitability",
         layers={"CONSTRAINTS": REGIONAL_CLAIMS},
         parameters={"BANDS": "0-30,30-100,100-500,1500-4000", "CELL_SIZE": 250},
         file_outputs=(("MATRIX", "html"), ("MATRIX_CSV", "csv")),
         text_outputs=("MATRIX_CSV",),
         check=_check_suitability),
    Case("ondergrond:locationreport",
         layers={"LOCATIONS": "ondergrond_winputten", "CONSTRAINTS": REGIONAL_CLAIMS,
                 "NETWORK": ("netwerk_kabels_leidingen", "netwerk_bomen")},
         parameters={"BANDS": "0-30,30-100,100-500,1500-4000", "YEAR": 2030},
         vector_outputs=("TABLE", "PRESENT"), table_outputs=("TABLE", "PRESENT"), file_outputs=(("REPORT", "html"),),
         check=_check_location_report),
    Case("ondergrond:drinkingwaterprotection",
         layers={"INPUT": "ondergrond_winputten"},
         parameters={"PROTECTIVE_LAYER_DEPTH": 45},
         check=_check_protection_zones),
    Case("ondergrond:exportmap",
         layers={"LAYERS": ("ondergrond_winputten", "ondergrond_boringsvrije_zone")},
         parameters={"TEMPLATE": 5, "TITLE": "Winputten"},
         vector_outputs=(), file_outputs=(("OUTPUT", "pdf"),),
         check=_check_export_map, compare=_compare_export_map),
    Case("ondergrond:importesdl",
         parameters={"INPUT": sample_esdl, "CONSTRUCTION_YEAR": 2028},
         vector_outputs=("OUTPUT", "OUTPUT_POINTS"),
         number_outputs=("TRACES", "PIPES"),
         check=_check_esdl),
    Case("ondergrond:importklic",
         parameters={"INPUT": klic_deliveries},
         vector_outputs=("OUTPUT", "OUTPUT_POINTS", "OUTPUT_ZONES"),
         number_outputs=("LINES", "LINES_WITH_DEPTH", "POINTS", "ZONES"),
         check=_check_klic),
    Case("ondergrond:importlayermodel",
         parameters={"INPUT": layer_model},
         check=_check_layer_model),
    Case("ondergrond:importlegalzones",
         parameters={"INPUT": legal_zone_publication},
         number_outputs=("ZONES", "DUPLICATES", "UNMAPPED"),
         check=_check_legal_zones),
    Case("ondergrond:naptodepth",
         layers={"INPUT": "ondergrond_aquifer"},
         parameters={"TOP_NAP_FIELD": "top_m", "GROUND_LEVEL_VALUE": 45.0},
         number_outputs=("CONVERTED", "TOP_CLIPPED", "OFF_RASTER"),
         check=_check_nap_to_depth),
    Case("ondergrond:layertemplate",
         vector_outputs=(), file_outputs=(("OUTPUT", "gpkg"),), number_outputs=("LAYER_COUNT",),
         check=_check_template, compare=_compare_template),
    # The bundled graphical models (models/*.model3) run like any algorithm.
    Case("ondergrond:provincemodel",
         layers={"WELLS": "ondergrond_winputten", "CONSTRAINTS": REGIONAL_CLAIMS[1:]},
         parameters={"PROTECTIVE_LAYER_DEPTH": 45, "BANDS": "0-30,30-100,100-500", "DEPTH_TOP": 30,
                     "DEPTH_BOTTOM": 100, "YEAR": 2030, "CELL_SIZE": 250},
         vector_outputs=("drinkingwaterprotection:ZONES", "depthbandsuitability:SUITABILITY"),
         raster_outputs=("cumulationheatmap:HEATMAP",), file_outputs=(("depthbandsuitability:MATRIX", "html"),),
         check=_check_province_model),
    Case("ondergrond:municipalitymodel",
         layers={"TRACE": "netwerk_warmtenet_trace",
                 "OBSTACLES": ("netwerk_bomen", "netwerk_infiltratiekratten", "netwerk_reserveringen"),
                 "WORKS": ("netwerk_geplande_werken", "netwerk_geplande_werken_vlak")},
         parameters={"KLIC": klic_deliveries, "CONSTRUCTION_YEAR": 2028},
         vector_outputs=("importklic:KLIC_LINES", "reservationcheck:CONFLICTS", "reservationcheck:OPPORTUNITIES"),
         file_outputs=(("reservationcheck:REPORT", "html"),),
         check=_check_municipality_model),
    Case("ondergrond:preferenceladder",
         layers={"CONSTRAINTS": REGIONAL_CLAIMS},
         parameters={"BANDS": "0-30,30-100,100-500,1500-4000", "CELL_SIZE": 250},
         check=_check_preference_ladder),
    Case("ondergrond:reservationcheck",
         layers={"TRACE": "netwerk_warmtenet_trace", "OBSTACLES": STREET_OBSTACLES,
                 "WORKS": ("netwerk_geplande_werken", "netwerk_geplande_werken_vlak")},
         parameters={"CONSTRUCTION_YEAR": 2028},
         vector_outputs=("CONFLICTS", "OPPORTUNITIES"), file_outputs=(("REPORT", "html"),),
         number_outputs=("CONFLICT_COUNT", "CLASH_COUNT", "OPPORTUNITY_COUNT"),
         check=_check_reservation),
    Case("ondergrond:streetprofile",
         layers={"AXIS": "netwerk_straatassen", "OBSTACLES": STREET_OBSTACLES},
         parameters={"HALF_WIDTH": 8.0, "YEAR": 2028},
         vector_outputs=("SLOTS", "BOTTLENECKS", "PROFILE_CHECK", "TRACE"),
         number_outputs=("STATION_COUNT", "FIT_COUNT", "BOTTLENECK_COUNT", "PROFILE_VIOLATION_COUNT"),
         check=_check_streetprofile),
]}


# ---- building the parameters --------------------------------------------------------------------

def _literal(value, sample_dir):
    return value(sample_dir) if callable(value) else value


def _table(case, output):
    """A file and table name for an output (model outputs are named 'child:OUTPUT')."""
    return "{}_{}".format(case.name, output).lower().replace(":", "_")


def gpkg_parameters(case, sample_gpkg, out_dir):
    """Inputs as GeoPackage layers, outputs as GeoPackage / GeoTIFF / files in ``out_dir``."""
    sample_gpkg, out_dir = Path(sample_gpkg), Path(out_dir)
    parameters = {key: _literal(value, sample_gpkg.parent) for key, value in case.parameters.items()}
    for key, names in case.layers.items():
        source = ["{}|layername={}".format(sample_gpkg, name) for name in _as_tuple(names)]
        parameters[key] = source if isinstance(names, (list, tuple)) else source[0]
    for output in case.vector_outputs:
        parameters[output] = str(out_dir / "{}.gpkg".format(_table(case, output)))
    for output in case.raster_outputs:
        parameters[output] = str(out_dir / "{}.tif".format(_table(case, output)))
    for output, extension in case.file_outputs:
        parameters[output] = str(out_dir / "{}.{}".format(_table(case, output), extension))
    return parameters


def postgis_parameters(case, postgis, sample_gpkg, out_dir, prefix=""):
    """Inputs as PostGIS layers (``postgres://`` URIs), vector outputs as new PostGIS tables, named as the
    GeoPackage run's layers (outputs that mention their inputs' layer names then agree)."""
    parameters = gpkg_parameters(case, sample_gpkg, out_dir)
    for key, names in case.layers.items():
        source = ["postgres://" + postgis.uri(name) for name in _as_tuple(names)]
        parameters[key] = source if isinstance(names, (list, tuple)) else source[0]
    for output in case.vector_outputs:
        parameters[output] = postgis.destination(prefix + _table(case, output),
                                                 geometry=output not in case.table_outputs)
    return parameters


def postgis_outputs(case, postgis, prefix=""):
    """The output tables of a PostGIS run, as layers."""
    # QgsVectorLayerExporter gives a new PostGIS table the serial primary key "id".
    return {output: postgis.layer(prefix + _table(case, output), key="id",
                                  geometry_column=None if output in case.table_outputs else "geom")
            for output in case.vector_outputs}


def _as_tuple(names):
    return tuple(names) if isinstance(names, (list, tuple)) else (names,)


# ---- loading and comparing results ---------------------------------------------------------------

def load_outputs(case, result, vector_layers=None):
    """{output: QgsVectorLayer | raster path | file path | number} of one run."""
    from qgis.core import QgsVectorLayer

    loaded = {}
    for output in case.vector_outputs:
        if vector_layers and output in vector_layers:
            loaded[output] = vector_layers[output]
            continue
        value = result[output]
        layer = value if isinstance(value, QgsVectorLayer) else QgsVectorLayer(str(value), output, "ogr")
        assert layer.isValid(), "output {} of {} is not a valid layer: {}".format(output, case.algorithm, value)
        loaded[output] = layer
    for output in case.raster_outputs:
        loaded[output] = str(result[output])
        assert Path(loaded[output]).exists(), loaded[output]
    for output, _extension in case.file_outputs:
        loaded[output] = str(result[output])
        assert Path(loaded[output]).exists(), loaded[output]
    for output in case.number_outputs:
        loaded[output] = result[output]
    return loaded


def compare_runs(case, reference, other):
    """Assert two runs' loaded outputs are equal: vectors (counts, attributes, geometry within 1e-6),
    rasters (identical cells, transform and nodata), numbers."""
    for output in case.vector_outputs:
        compare_vector_layers(reference[output], other[output], label="{} {}".format(case.algorithm, output))
    for output in case.raster_outputs:
        compare_rasters(reference[output], other[output], label="{} {}".format(case.algorithm, output))
    for output in case.number_outputs:
        assert float(reference[output]) == float(other[output]), (output, reference[output], other[output])
    for output in case.text_outputs:
        assert Path(reference[output]).read_text(encoding="utf-8") == Path(other[output]).read_text(encoding="utf-8"), \
            "{} {}: the files differ".format(case.algorithm, output)


def python_value(value):
    """A comparable Python value of an attribute (NULL -> None, QDate -> ISO string, floats rounded)."""
    if value is None:
        return None
    if hasattr(value, "isNull") and value.isNull():
        return None
    if hasattr(value, "toPyDateTime"):
        return value.toPyDateTime().isoformat()
    if hasattr(value, "toPyDate"):
        return value.toPyDate().isoformat()
    if type(value).__name__ == "QVariant":
        return None
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float)):
        if isinstance(value, float) and math.isnan(value):
            return None
        return round(float(value), 6)
    return str(value)


def feature_rows(layer, fields):
    """Sorted (attributes, shapely geometry) rows of a layer, for order-independent comparison."""
    import shapely

    rows = []
    for feature in layer.getFeatures():
        attributes = tuple(python_value(feature[name]) for name in fields)
        geometry = feature.geometry()
        shape = None if geometry.isNull() else shapely.normalize(shapely.from_wkb(bytes(geometry.asWkb())))
        if shape is not None and shape.has_z:
            shape = shapely.force_2d(shape)
        rows.append((attributes, shape))
    rows.sort(key=lambda row: (repr(row[0]), "" if row[1] is None else shapely.to_wkt(row[1], rounding_precision=3)))
    return rows


# Columns a database adds of its own (primary keys) that are not part of an algorithm's result.
KEY_FIELDS = {"fid", "id", "ogc_fid"}


def compare_vector_layers(reference, other, label="", tolerance=1e-6):
    import shapely

    fields = [f.name() for f in reference.fields() if f.name().lower() not in KEY_FIELDS]
    other_fields = {f.name() for f in other.fields()}
    missing = [name for name in fields if name not in other_fields]
    assert not missing, "{}: fields {} missing (has {})".format(label, missing, sorted(other_fields))
    assert reference.featureCount() == other.featureCount(), "{}: {} features vs {}".format(
        label, reference.featureCount(), other.featureCount())
    assert reference.wkbType() == other.wkbType() or _same_geometry_kind(reference, other), label
    reference_rows, other_rows = feature_rows(reference, fields), feature_rows(other, fields)
    for index, ((attributes_a, shape_a), (attributes_b, shape_b)) in enumerate(zip(reference_rows, other_rows)):
        assert attributes_a == attributes_b, "{}: feature {} attributes differ:\n{}\n{}".format(
            label, index, dict(zip(fields, attributes_a)), dict(zip(fields, attributes_b)))
        if shape_a is None or shape_b is None:
            assert shape_a is None and shape_b is None, "{}: feature {} geometry NULL in one run".format(label, index)
        else:
            assert shapely.equals_exact(shape_a, shape_b, tolerance=tolerance), \
                "{}: feature {} geometry differs:\n{}\n{}".format(label, index, shape_a.wkt[:300], shape_b.wkt[:300])


def _same_geometry_kind(a, b):
    from qgis.core import QgsWkbTypes

    return QgsWkbTypes.geometryType(a.wkbType()) == QgsWkbTypes.geometryType(b.wkbType())


def compare_rasters(reference, other, label=""):
    from osgeo import gdal

    a, b = gdal.Open(str(reference)), gdal.Open(str(other))
    assert a is not None and b is not None, label
    assert (a.RasterXSize, a.RasterYSize, a.RasterCount) == (b.RasterXSize, b.RasterYSize, b.RasterCount), label
    assert numpy.allclose(a.GetGeoTransform(), b.GetGeoTransform(), atol=1e-9), label
    for band in range(1, a.RasterCount + 1):
        band_a, band_b = a.GetRasterBand(band), b.GetRasterBand(band)
        assert band_a.GetNoDataValue() == band_b.GetNoDataValue() or (
            math.isnan(band_a.GetNoDataValue() or 0) and math.isnan(band_b.GetNoDataValue() or 0)), label
        values_a, values_b = band_a.ReadAsArray(), band_b.ReadAsArray()
        assert numpy.array_equal(values_a, values_b, equal_nan=numpy.issubdtype(values_a.dtype, numpy.floating)), \
            "{}: band {} differs in {} cells".format(label, band, int((values_a != values_b).sum()))
