"""Build the installable plugin zip: dist/ondergrond.<version>.zip (Plugins > Install from ZIP).

    python scripts/build_zip.py [dist folder]

The version comes from metadata.txt (the one place it is written). The zip holds one folder,
``ondergrond``, with the plugin code, rules, styles, models, the compiled Dutch translation and the
generated sample GeoPackage; no tests, benchmarks, caches or VCS files (plugin repository rules).
"""

import configparser
import importlib.util
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "ondergrond"


def included():
    """What belongs in the plugin, from pb_tool.cfg (the one list, shared with `pb_tool zip`/`deploy`)."""
    config = configparser.ConfigParser(interpolation=None)
    config.read(ROOT / "pb_tool.cfg", encoding="utf-8")
    files = config["files"]
    return (files.get("python_files", "").split() + files.get("extras", "").split()
            + files.get("extra_dirs", "").split())


INCLUDE = included()
# What pb_tool leaves out too (its zip skips __pycache__ and *.pyc; pb_tool.cfg's excluded_files the rest).
EXCLUDED_PARTS = {"__pycache__", ".git", ".pytest_cache", ".ruff_cache", ".qgis-settings"}
EXCLUDED_SUFFIXES = {".pyc", ".pyo", ".gpkg-journal", ".gpkg-wal", ".gpkg-shm"}


def version():
    metadata = configparser.ConfigParser(interpolation=None)
    metadata.read(ROOT / "metadata.txt", encoding="utf-8")
    return metadata.get("general", "version")


def files():
    for entry in INCLUDE:
        path = ROOT / entry
        candidates = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        for candidate in candidates:
            relative = candidate.relative_to(ROOT)
            if EXCLUDED_PARTS.intersection(relative.parts) or candidate.suffix in EXCLUDED_SUFFIXES:
                continue
            yield candidate, relative


def build(dist):
    dist = Path(dist)
    dist.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, str(ROOT / "scripts" / "i18n.py"), "compile"], check=True,
                   stdout=subprocess.DEVNULL)
    spec = importlib.util.spec_from_file_location("make_sample_data", ROOT / "sample_data" / "make_sample_data.py")
    sample = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sample)
    target = dist / "{}.{}.zip".format(PACKAGE, version())
    with tempfile.TemporaryDirectory() as temporary:
        sample_gpkg = sample.build(Path(temporary) / "ondergrond_sample.gpkg")
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            for path, relative in files():
                if relative.name == sample_gpkg.name:
                    continue  # a stale local copy; the fresh one is added below
                archive.write(path, "{}/{}".format(PACKAGE, relative.as_posix()))
            archive.write(sample_gpkg, "{}/sample_data/{}".format(PACKAGE, sample_gpkg.name))
    return target


if __name__ == "__main__":
    print(build(sys.argv[1] if len(sys.argv) > 1 else ROOT / "dist"))
