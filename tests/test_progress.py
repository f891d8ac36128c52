"""The progress/cancel contract between algorithms and kernels (core/progress.py, algorithms/base.py)."""

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback

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
