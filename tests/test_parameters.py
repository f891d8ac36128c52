"""Every number parameter of every algorithm works when given as a QgsProperty, as the graphical modeler
and data-defined overrides pass it: the workflow case of each algorithm (tests/workflow_cases.py) is
run with all its number parameters (the case's own values and the defaults) wrapped in
QgsProperty.fromValue, and must give what the plain run gives.
"""

import pytest
from qgis.core import QgsProcessingParameterNumber, QgsProperty
from workflow_cases import CASES, compare_runs, gpkg_parameters, load_outputs


def number_parameters(algorithm, parameters):
    """The number parameters that a run sets, explicitly or through their default."""
    wrapped = dict(parameters)
    names = []
    for definition in algorithm.parameterDefinitions():
        if not isinstance(definition, QgsProcessingParameterNumber):
            continue
        value = parameters.get(definition.name(), definition.defaultValue())
        if value is None or value == "":
            continue
        wrapped[definition.name()] = QgsProperty.fromValue(value)
        names.append(definition.name())
    return wrapped, names


@pytest.mark.parametrize("algorithm_id", sorted(CASES))
def test_number_parameters_as_qgsproperty(provider, reference_run, sample_gpkg, tmp_path, algorithm_id):
    import processing
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProject

    case = CASES[algorithm_id]
    algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    parameters, names = number_parameters(algorithm, gpkg_parameters(case, sample_gpkg, tmp_path))
    if not names:
        pytest.skip("{} has no number parameter".format(algorithm_id))
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    result = processing.run(algorithm_id, parameters, context=context, feedback=QgsProcessingFeedback())
    compare = case.compare or compare_runs
    compare(case, reference_run(algorithm_id), load_outputs(case, result))


def test_optional_number_set_through_a_property_is_used(provider, run_alg, sample_gpkg, tmp_path):
    """An optional number given as a QgsProperty (YEAR of the cumulation) filters as the plain value does."""
    layers = ["{}|layername={}".format(sample_gpkg, name) for name in (
        "ondergrond_wko_bestaand", "ondergrond_geothermie_gepland")]
    runs = {}
    for key, year in (("plain", 2030), ("property", QgsProperty.fromValue(2030)), ("none", None)):
        parameters = {"LAYERS": layers, "MODE": 0, "CELL_SIZE": 250, "OUTPUT": str(tmp_path / "{}.tif".format(key))}
        if year is not None:
            parameters["YEAR"] = year
        runs[key] = run_alg("ondergrond:cumulationheatmap", parameters)["CLAIMS"]
    assert runs["property"] == runs["plain"]
    assert runs["none"] >= runs["plain"]
