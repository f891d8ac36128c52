"""core/arrays.py: the shared array idioms."""

import numpy as np
import pytest
import shapely

from ondergrond.core import arrays


@pytest.mark.parametrize("fromiter", ["numpy", "older numpy"])
def test_objects_keeps_every_geometry_once(monkeypatch, fromiter):
    if fromiter == "older numpy":  # numpy before 1.23 has no object fromiter
        monkeypatch.setattr(np, "fromiter", lambda *args, **kwargs: (_ for _ in ()).throw(ValueError("object")))
    lines = [shapely.LineString([(0, 0), (i, 1)]) for i in range(3)]
    found = arrays.objects(lines)
    assert found.dtype == object and found.shape == (3,)
    assert all(a is b for a, b in zip(found, lines))
    assert shapely.length(found).round(6).tolist() == [1.0, 1.414214, 2.236068]
    assert arrays.objects([]).shape == (0,)
