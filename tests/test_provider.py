"""The provider registers in real Processing and every algorithm meets QGIS's expectations."""

import re

import pytest
from qgis.core import QgsApplication, QgsProcessingDestinationParameter

# Every algorithm the provider registers (models aside): the compliance test runs on each, and a provider
# that lost one fails here instead of skipping its tests.
EXPECTED_ALGORITHMS = {
    "bodemenergie", "checkcanonicalfields", "crosssection", "cumulationheatmap", "depthbandsuitability",
    "drinkingwaterprotection", "exportmap", "importesdl", "importklic", "importlayermodel", "importlegalzones",
    "layertemplate", "locationreport", "naptodepth", "preferenceladder", "reservationcheck", "streetprofile",
}
MODELS = {"provincemodel", "municipalitymodel"}


def algorithms(provider):
    return {algorithm.name(): algorithm for algorithm in provider.algorithms()}


def test_provider_is_registered_with_all_algorithms(provider):
    registered = QgsApplication.processingRegistry().providerById("ondergrond")
    assert registered is provider
    assert set(algorithms(provider)) == EXPECTED_ALGORITHMS | MODELS
    assert provider.versionInfo() == "0.1.0" or re.match(r"^\d+\.\d+\.\d+", provider.versionInfo())
    assert not provider.icon().isNull()


@pytest.mark.parametrize("name", sorted(EXPECTED_ALGORITHMS))
def test_algorithm_compliance(provider, name):
    algorithm = QgsApplication.processingRegistry().algorithmById("ondergrond:" + name)
    assert algorithm is not None
    # Stable ids: lowercase ascii letters and digits only (modelers and qgis_process depend on them).
    assert re.fullmatch(r"[a-z0-9]+", algorithm.name())
    assert algorithm.id() == "ondergrond:" + algorithm.name()
    assert algorithm.displayName() and algorithm.group() and algorithm.groupId() in {"subsurface", "street", "data"}
    assert len(algorithm.shortHelpString()) > 200, "help must explain inputs, method, units and defaults"
    assert algorithm.helpUrl().startswith("https://")
    for parameter in algorithm.parameterDefinitions():
        assert re.fullmatch(r"[A-Z][A-Z0-9_]*", parameter.name()), parameter.name()
        assert parameter.description()
    outputs = {output.name() for output in algorithm.outputDefinitions()}
    for parameter in algorithm.destinationParameterDefinitions():
        assert isinstance(parameter, QgsProcessingDestinationParameter)
        assert parameter.name() in outputs, "destination {} has no declared output".format(parameter.name())
    copy = algorithm.create()
    assert copy is not algorithm and copy.name() == algorithm.name()
