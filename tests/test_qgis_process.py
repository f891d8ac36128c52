"""Every algorithm from the command line: qgis_process on the sample data, JSON results checked.

Each algorithm's workflow case (tests/workflow_cases.py) runs through the real ``qgis_process``
executable with the plugin enabled in a fresh profile; its JSON must name every declared output, and
the outputs must equal those of the same case run in-process through processing.run. The README's
province batch example is run in a reduced form (one band, one year).
"""

import re
import subprocess
from pathlib import Path

import pytest
from conftest import QGIS_PROCESS, ROOT, qgis_environment
from workflow_cases import CASES, compare_runs, gpkg_parameters, load_outputs


def test_every_algorithm_has_a_workflow_case(provider):
    missing = sorted(algorithm.id() for algorithm in provider.algorithms() if algorithm.id() not in CASES)
    assert not missing, "add a Case for {} to tests/workflow_cases.py (sample-data parameters)".format(missing)


@pytest.mark.parametrize("algorithm", sorted(CASES))
def test_qgis_process_run_on_sample_data(algorithm, provider, qgis_process, reference_run, sample_gpkg, tmp_path):
    from qgis.core import QgsApplication

    definition = QgsApplication.processingRegistry().algorithmById(algorithm)
    if definition is None:
        pytest.skip("{} is not registered on this branch".format(algorithm))
    case = CASES[algorithm]
    output = qgis_process(algorithm, gpkg_parameters(case, sample_gpkg, tmp_path))
    assert output["algorithm_details"]["id"] == algorithm
    results = output["results"]
    declared = {definition.name() for definition in definition.outputDefinitions()}
    assert declared <= set(results), "outputs missing from the JSON: {}".format(declared - set(results))
    loaded = load_outputs(case, results)
    if case.check:
        case.check(results, loaded)
    (case.compare or compare_runs)(case, reference_run(algorithm), loaded)


def batch_example():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"<!-- batch-example:start -->\s*```bash\n(.*?)```\s*<!-- batch-example:end -->", text, re.S)
    assert match, "README.md lost its batch example"
    return match.group(1)


def test_readme_province_batch_example(provider, qgis_profile, sample_gpkg, tmp_path):
    from qgis.core import QgsApplication

    script = batch_example()
    used = set(re.findall(r"ondergrond:[a-z0-9]+", script))
    absent = sorted(a for a in used if QgsApplication.processingRegistry().algorithmById(a) is None)
    if absent:
        pytest.skip("the batch example uses {} which is not registered on this branch".format(absent))
    if not Path(QGIS_PROCESS).exists():
        pytest.skip("qgis_process is not installed")
    out = tmp_path / "provincie"
    environment = dict(qgis_environment(qgis_profile), QT_QPA_PLATFORM="offscreen", QGIS_PROCESS=QGIS_PROCESS,
                       DATA=str(sample_gpkg), OUT=str(out), BANDS="30-100", YEARS="2030")
    completed = subprocess.run(["bash", "-euo", "pipefail", "-c", script], cwd=tmp_path, env=environment,
                               capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    produced = sorted(path.name for path in out.iterdir())
    for expected in ("geschiktheid_30-100m.gpkg", "geschiktheid_30-100m.html", "stapeling_30-100m_2030.tif"):
        assert expected in produced, produced
    import json

    heatmap = json.loads((out / "stapeling_30-100m_2030.json").read_text(encoding="utf-8"))
    # Between 30 and 100 m in 2030 the sample holds claims (NGR 50-250 m, aquifer 40-140 m, WKO 40-120 m).
    assert heatmap["results"]["CLAIMS"] > 0 and heatmap["results"]["MAX_VALUE"] > 0
