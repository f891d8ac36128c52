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
    raster_outputs: Tuple[str, ...] = ()
    file_outputs: Tuple[str, ...] = ()  # e.g. HTML reports: (parameter, extension) pairs
    number_outputs: Tuple[str, ...] = ()  # numeric outputs that must agree between runs
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


CASES = {case.algorithm: case for case in [
    Case("ondergrond:checkcanonicalfields",
         layers={"INPUT": "netwerk_kabels_leidingen"},
         parameters={"TOP_FIELD": "depth_m", "BOTTOM_FIELD": "diameter_m", "DEPTH_FIELD": "", "DIAMETER_FIELD": ""},
         number_outputs=("CHECKED", "PROBLEMS"),
         check=_check_canonical_fields),
]}


# ---- building the parameters --------------------------------------------------------------------

def _literal(value, sample_dir):
    return value(sample_dir) if callable(value) else value


def _table(case, output):
    return "{}_{}".format(case.name, output).lower()


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


def postgis_parameters(case, postgis, sample_gpkg, out_dir, prefix="pg_"):
    """Inputs as PostGIS layers (``postgres://`` URIs), vector outputs as new PostGIS tables."""
    parameters = gpkg_parameters(case, sample_gpkg, out_dir)
    for key, names in case.layers.items():
        source = ["postgres://" + postgis.uri(name) for name in _as_tuple(names)]
        parameters[key] = source if isinstance(names, (list, tuple)) else source[0]
    for output in case.vector_outputs:
        parameters[output] = postgis.destination(prefix + _table(case, output))
    return parameters


def postgis_outputs(case, postgis, prefix="pg_"):
    """The output tables of a PostGIS run, as layers."""
    # QgsVectorLayerExporter gives a new PostGIS table the serial primary key "id".
    return {output: postgis.layer(prefix + _table(case, output), key="id") for output in case.vector_outputs}


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
