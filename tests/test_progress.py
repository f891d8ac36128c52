"""The progress/cancel contract between algorithms and kernels (core/progress.py, algorithms/base.py)."""

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback
from workflow_cases import CASES, gpkg_parameters

from ondergrond.algorithms.base import check_canceled, progress
from ondergrond.core.progress import NONE, Progress, of


class Recording(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.seen = []

    def setProgress(self, percent):
        self.seen.append(percent)
        super().setProgress(percent)


def test_adapter_maps_the_kernel_fraction_onto_its_share():
    feedback = Recording()
    share = progress(feedback, 20.0, 90.0)
    share.set(0.0)
    share.set(0.5)
    share.set(1.0)
    # 20 + 70 * fraction
    assert feedback.seen == [pytest.approx(20.0), pytest.approx(55.0), pytest.approx(90.0)]
    assert not share.canceled()
    feedback.cancel()
    assert share.canceled()


def test_part_of_a_part():
    feedback = Recording()
    inner = progress(feedback).part(0.5, 1.0).part(0.0, 0.5)
    inner.set(1.0)  # half of the second half: 75 %
    assert feedback.seen == [pytest.approx(75.0)]


def test_none_is_silent_and_never_cancelled():
    assert of(None) is NONE and not NONE.canceled()
    NONE.set(0.5)
    own = Progress()
    assert of(own) is own


def test_cancel_raises_the_one_message():
    feedback = QgsProcessingFeedback()
    check_canceled(feedback)
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="Cancelled."):
        check_canceled(feedback)


class CancelAfter(Progress):
    """Records the fractions and is cancelled from the ``after``-th call of ``canceled()`` on."""

    def __init__(self, after):
        self.after, self.calls, self.seen = after, 0, []

    def set(self, fraction):
        self.seen.append(fraction)

    def canceled(self):
        self.calls += 1
        return self.calls > self.after


def _grid_kernels():
    """A 4-tile suitability (10 x 10 cells of 10 m, tiles of 25 cells) and its preference ladder."""
    import shapely

    from ondergrond.core import preference, suitability
    from ondergrond.core.grid import Grid

    functions = {"wko": suitability.Function("wko", 0.0, 300.0)}
    rules = [suitability.Rule("wko", "zone", "excluded")]
    constraints = suitability.Constraints.build([shapely.box(0, 0, 30, 30)], ["zone"], [0.0], [100.0])
    suit = suitability.Suitability(Grid.from_extent(0, 0, 100, 100, 10), constraints, functions, rules,
                                   suitability.parse_bands("0-30,30-300"), tile_cells=25)
    ladder = preference.Ladder([preference.Step("*", 1, "wko")], functions)
    return suit, preference.PreferenceLadder(suit, ladder)


@pytest.mark.parametrize("kernel", ["suitability", "preference"])
def test_tile_kernels_report_per_tile_and_stop_on_cancel(kernel):
    """The grid kernels take the contract: progress 1/n .. n/n over their n tiles, and a cancel seen at
    any check ends the run early (the algorithm then raises Cancelled.)."""
    suit, ranked = _grid_kernels()
    runner = suit if kernel == "suitability" else ranked
    tiles = len(suit.tiles())
    assert tiles == 4  # 10 x 10 cells in tiles of 5 x 5
    silent = CancelAfter(10 ** 6)
    assert len(list(runner.run(silent))) == tiles
    assert silent.seen == pytest.approx([(i + 1) / tiles for i in range(tiles)])
    for after in range(silent.calls):
        stopped = CancelAfter(after)
        assert len(list(runner.run(stopped))) < tiles, after
    assert runner.evaluate_tile(suit.tiles()[2], CancelAfter(0)) is None  # the tile with the zone
    assert len(list(runner.run())) == tiles  # None: never cancelled


@pytest.mark.parametrize("algorithm", ["depthbandsuitability", "preferenceladder"])
def test_grid_algorithms_raise_cancelled(algorithm, provider, make_layer, tmp_path):
    """A cancelled feedback stops the grid algorithms with the one message, never a partial output."""
    import processing
    from qgis.core import QgsProcessingContext

    zones = make_layer("Polygon", {"kind": "string", "top_m": "double", "bottom_m": "double"},
                       [{"wkt": "POLYGON((0 0, 30 0, 30 30, 0 30, 0 0))", "kind": "grondwaterbeschermingsgebied",
                         "top_m": 0.0, "bottom_m": 100.0}])
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    parameters = {"CONSTRAINTS": [zones], "CELL_SIZE": 10.0, "EXTENT": "0,100,0,100 [EPSG:28992]",
                  "OUTPUT": str(tmp_path / "out.gpkg")}
    if algorithm == "depthbandsuitability":
        parameters["MATRIX"] = str(tmp_path / "matrix.html")
    with pytest.raises(QgsProcessingException, match="Cancelled."):
        processing.run("ondergrond:" + algorithm, parameters, context=QgsProcessingContext(), feedback=feedback)


@pytest.mark.parametrize("algorithm_id", sorted(a for a in CASES if not a.endswith("model")))
def test_every_algorithm_stops_with_the_one_message_when_cancelled(provider, sample_gpkg, tmp_path, algorithm_id):
    """One cancel behaviour: every algorithm, cancelled before it starts, raises 'Cancelled.' rather than
    returning a partial result (the workflow case of tests/workflow_cases.py, on the sample data). The two
    models are left out: QGIS's model runner decides what a cancelled model does."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="Cancelled."):
        processing.run(algorithm_id, gpkg_parameters(CASES[algorithm_id], sample_gpkg, tmp_path), context=context,
                       feedback=feedback)
