"""What the benchmarks that run Processing share: QGIS headless with the Ondergrond provider, and a work folder.

    from _qgis import start
    application, provider, processing, work = start("bench_<id>_")
"""

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def start(prefix):
    """Start QGIS and Processing headless (English), register the provider, make GDAL raise on errors and
    return (application, provider, the processing module, a new temporary folder named ``prefix``...).
    Keep application and provider referenced while algorithms run."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from osgeo import gdal

    sys.path.insert(0, str(ROOT / "scripts"))
    import headless

    application, provider = headless.start_qgis("en")
    import processing

    gdal.UseExceptions()
    return application, provider, processing, Path(tempfile.mkdtemp(prefix=prefix))
