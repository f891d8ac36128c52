"""ondergrond:drinkingwaterprotection through processing.run, qgis_process and on the sample data."""

import math

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

ALG = "ondergrond:drinkingwaterprotection"
WELL_FIELDS = {"well_id": "string", "rate_m3_year": "double", "thickness_m": "double", "porosity": "double"}


def features(result):
    layer = result["OUTPUT"]
    if isinstance(layer, str):
        layer = QgsVectorLayer(layer)
    return list(layer.getFeatures())


def test_smoke_sample(run_alg, sample_gpkg):
    result = run_alg(ALG, {"INPUT": "{}|layername=ondergrond_winputten".format(sample_gpkg), "OUTPUT": "memory:",
                           "METHOD": 1, "REGIONAL_FLUX": 0.02, "FLOW_DIRECTION": 45, "PROTECTIVE_LAYER_DEPTH": 3})
    for f in features(result):
        print(f.attributes(), f.geometry().area())
