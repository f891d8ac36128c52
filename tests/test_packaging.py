"""The installable zip follows the QGIS plugin repository's rules."""

import configparser
import zipfile

from conftest import ROOT

REQUIRED_METADATA = ["name", "description", "about", "version", "qgisMinimumVersion", "qgisMaximumVersion",
                     "author", "email", "repository", "tracker", "homepage", "tags", "changelog", "category",
                     "icon", "hasProcessingProvider", "supportsQt6"]


def read_metadata(text):
    metadata = configparser.ConfigParser(interpolation=None)
    metadata.read_string(text)
    return metadata["general"]


def test_zip_follows_the_repository_rules(plugin_zip):
    metadata = read_metadata((ROOT / "metadata.txt").read_text(encoding="utf-8"))
    assert plugin_zip.name == "ondergrond.{}.zip".format(metadata["version"])
    assert plugin_zip.stat().st_size < 25 * 1024 * 1024
    with zipfile.ZipFile(plugin_zip) as archive:
        names = archive.namelist()
        assert {name.split("/")[0] for name in names} == {"ondergrond"}
        for required in ("LICENSE", "metadata.txt", "__init__.py", "i18n/ondergrond_nl.qm",
                         "sample_data/ondergrond_sample.gpkg", metadata["icon"]):
            assert "ondergrond/" + required in names, required
        assert not [n for n in names if "__pycache__" in n or n.endswith((".pyc", ".pyo")) or "/.git" in n]
        assert not [n for n in names if n.startswith(("ondergrond/tests/", "ondergrond/bench/", "ondergrond/.ci"))]
        packed = read_metadata(archive.read("ondergrond/metadata.txt").decode("utf-8"))
        assert "GNU GENERAL PUBLIC LICENSE" in archive.read("ondergrond/LICENSE").decode("utf-8")
    for key in REQUIRED_METADATA:
        assert packed.get(key, "").strip(), "metadata.txt lacks " + key
    assert packed["qgisMinimumVersion"] == "3.22" and packed["qgisMaximumVersion"] == "4.99"
    assert packed["supportsQt6"] == "True" and packed["hasProcessingProvider"] == "yes"
    assert packed["version"] in packed["changelog"], "the changelog must describe the version released"


def test_zip_python_compiles(plugin_zip, tmp_path):
    with zipfile.ZipFile(plugin_zip) as archive:
        archive.extractall(tmp_path)
    for path in (tmp_path / "ondergrond").rglob("*.py"):
        compile(path.read_text(encoding="utf-8"), str(path), "exec")
