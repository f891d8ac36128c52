"""PostGIS workflow: every algorithm with PostGIS layers in and PostGIS tables out gives the GeoPackage result.

The server is real (scripts/postgis.sh: Debian's PostgreSQL + PostGIS on 127.0.0.1, a throw-away
cluster), the sample GeoPackage is loaded into it with ogr2ogr (feature ids kept), and each algorithm
is run twice through processing.run: GeoPackage in/out, then ``postgres://`` layers in and
``postgres://`` destination tables out (raster and file outputs stay files). The two runs must agree:
feature counts, attributes, geometries within 1e-6 m, identical raster cells.
"""

import pytest
from workflow_cases import CASES, compare_runs, load_outputs, postgis_outputs, postgis_parameters

pytestmark = pytest.mark.postgis


def test_sample_data_is_in_postgis(postgis, sample_layer):
    # Every layer of the GeoPackage became a table with the same number of rows and the same CRS.
    for name in ("netwerk_kabels_leidingen", "ondergrond_winputten", "netwerk_reserveringen"):
        layer = postgis.layer(name)
        assert layer.featureCount() == sample_layer(name).featureCount()
        assert layer.crs().authid() == "EPSG:28992"


@pytest.mark.parametrize("algorithm", sorted(CASES))
def test_postgis_run_equals_geopackage_run(algorithm, provider, postgis, run_alg, reference_run, sample_gpkg,
                                           tmp_path):
    from qgis.core import QgsApplication

    case = CASES[algorithm]
    if QgsApplication.processingRegistry().algorithmById(algorithm) is None:
        pytest.skip("{} is not registered on this branch".format(algorithm))
    if not case.layers and not case.vector_outputs:
        pytest.skip("{} reads no layers and writes no tables: nothing of it goes through PostGIS".format(algorithm))
    reference = reference_run(algorithm)  # GeoPackage in, GeoPackage/GeoTIFF out
    pg_result = run_alg(algorithm, postgis_parameters(case, postgis, sample_gpkg, tmp_path))
    for output in case.vector_outputs:
        assert str(pg_result[output]).startswith("postgres://"), pg_result[output]
    other = load_outputs(case, pg_result, vector_layers=postgis_outputs(case, postgis))
    if case.check:
        case.check(pg_result, other)
    (case.compare or compare_runs)(case, reference, other)

def test_the_comparison_catches_differences(make_layer):
    # The equality check the PostGIS/qgis_process/model tests rely on must fail on a 1 mm shift, another
    # attribute value or a missing feature, and pass on the same rows in another order.
    from workflow_cases import compare_vector_layers

    rows = [{"wkt": "LINESTRING(0 0, 10 0)", "name": "a", "v": 1.5}, {"wkt": "LINESTRING(5 5, 6 6)", "name": "b"}]
    fields = {"name": "string", "v": "double"}
    reference = make_layer("LineString", fields, rows)
    compare_vector_layers(reference, make_layer("LineString", fields, rows[::-1]))
    shifted = [dict(rows[0], wkt="LINESTRING(0 0.001, 10 0)"), rows[1]]
    changed = [dict(rows[0], v=1.6), rows[1]]
    for other in (shifted, changed, rows[:1]):
        with pytest.raises(AssertionError):
            compare_vector_layers(reference, make_layer("LineString", fields, other))


def test_qgis_process_reads_and_writes_postgis(provider, postgis, qgis_process, reference_run):
    # The README's command-line form: postgres:// URIs for the input layer and the output table.
    case = CASES["ondergrond:checkcanonicalfields"]
    output = qgis_process(case.algorithm, dict(
        case.parameters, INPUT="postgres://" + postgis.uri("netwerk_kabels_leidingen"),
        OUTPUT=postgis.destination("cli_checkcanonicalfields_output")))
    assert output["results"]["PROBLEMS"] == 12
    table = postgis.layer("cli_checkcanonicalfields_output", key="id")
    compare_runs(case, reference_run(case.algorithm), load_outputs(
        case, output["results"], vector_layers={"OUTPUT": table}))
