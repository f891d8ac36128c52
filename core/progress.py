"""The one progress and cancel contract between the algorithms and the kernels.

A kernel that reports progress or can be cancelled takes ``progress=None`` and talks to it through two
methods only: ``set(fraction)`` (0..1 of the kernel's own work) and ``canceled()``. ``NONE`` stands in
when the caller passes nothing, so kernels never test for None. The algorithms feed it from their
QgsProcessingFeedback (or a QgsProcessingMultiStepFeedback step) through one adapter,
``algorithms/base.py:progress``; tests pass a small object with the same two methods.

On cancel a kernel stops at its next check and returns what its docstring says (None, or a generator
that ends); the algorithm then raises ``Cancelled.`` (see CONTRIBUTING.md).
"""


class Progress:
    """Reports nothing and is never cancelled; the base of every adapter."""

    def set(self, fraction):
        pass

    def canceled(self):
        return False

    def part(self, start, stop):
        """A Progress whose 0..1 runs over ``start``..``stop`` of this one (for a kernel calling another)."""
        return _Part(self, start, stop)


class _Part(Progress):
    def __init__(self, outer, start, stop):
        self.outer, self.start, self.stop = outer, start, stop

    def set(self, fraction):
        self.outer.set(self.start + (self.stop - self.start) * fraction)

    def canceled(self):
        return self.outer.canceled()


NONE = Progress()


def of(progress):
    """``progress`` or ``NONE``."""
    return NONE if progress is None else progress
