"""Pausing Python's cyclic garbage collector around a bulk job, safely from worker threads.

Why: reading a KLIC delivery creates millions of small acyclic objects (parsed elements, records),
and writing it keeps 100,000s of features alive; each allocation burst triggers collector passes that
walk all of them and find nothing to free. Measured on a generated IMKL 2.0 delivery of 100,000 links
(bench/importklic.py's generator, core.klic.read_klic alone, a busy 2-core machine): 24 s and 49 s
with the collector paused against 80 s and 101 s with it running.

The collector is process-wide: pausing it in a Processing worker thread pauses it for QGIS as a whole.
So the pause is scoped (``with paused():``), counted across threads (it stays off while any paused
section runs and comes back when the last one ends, even if two imports overlap) and never turns the
collector on when someone else had turned it off. Reference counting frees almost everything anyway;
only cycles wait until the end of the section.
"""

import contextlib
import gc
import threading

_lock = threading.Lock()
_depth = 0
_restore = False


@contextlib.contextmanager
def paused():
    global _depth, _restore
    with _lock:
        if _depth == 0:
            _restore = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _restore:
                gc.enable()
