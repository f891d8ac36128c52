"""The installable zip follows the QGIS plugin repository's rules."""

import configparser
import zipfile

import pytest
from conftest import ROOT, load_script

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


def _names(path):
    """The files of a zip (directory entries left out: pb_tool's zip stores them, build_zip.py does not)."""
    with zipfile.ZipFile(path) as archive:
        return {name for name in archive.namelist() if not name.endswith("/")}


def test_pb_tool_zip_holds_the_same_files_as_build_zip(plugin_zip, tmp_path):
    """`pb_tool zip` (PyPI pb-tool, reading pb_tool.cfg) packs exactly the files scripts/build_zip.py packs."""
    import shutil
    import subprocess
    import sys

    pb_tool = shutil.which("pb_tool")
    if pb_tool is None or shutil.which("zip") is None:
        pytest.skip("pb_tool (scripts/requirements-dev.txt) or the zip command is not installed")
    # pb_tool works on the plugin folder itself; a copy of it (what git tracks or would add) keeps the
    # checkout clean. As its users do first: compile the translation and write the sample GeoPackage.
    source = tmp_path / "plugin"
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                            capture_output=True, check=False) if shutil.which("git") else None
    if listed is not None and listed.returncode == 0:
        paths = [p for p in listed.stdout.decode("utf-8").split("\0") if p and (ROOT / p).is_file()]
    else:  # not a git checkout: everything but caches
        paths = [str(p.relative_to(ROOT)) for p in ROOT.rglob("*") if p.is_file()
                 and not {".git", "__pycache__", ".qgis-settings", "output"} & set(p.relative_to(ROOT).parts)]
    for relative in paths:
        (source / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / relative, source / relative)
    subprocess.run([sys.executable, str(source / "scripts" / "i18n.py"), "compile"], check=True,
                   stdout=subprocess.DEVNULL)
    from conftest import load_sample_builder

    load_sample_builder().build(source / "sample_data" / "ondergrond_sample.gpkg")
    completed = subprocess.run([pb_tool, "zip", "--quick", "--no-docs", "--plugin_path", str(tmp_path / "deployed")],
                               cwd=source, capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    pb_zip = source / "ondergrond.zip"
    assert _names(pb_zip) == _names(plugin_zip)
    assert "ondergrond/compat.py" in _names(pb_zip) and "ondergrond/i18n/ondergrond_nl.qm" in _names(pb_zip)
    # pb_tool deploy put the same files into the plugin folder it deploys to.
    deployed = {"ondergrond/" + p.relative_to(tmp_path / "deployed" / "ondergrond").as_posix()
                for p in (tmp_path / "deployed" / "ondergrond").rglob("*")
                if p.is_file() and "__pycache__" not in p.parts}
    assert deployed == _names(plugin_zip)


def test_build_zip_reads_its_file_list_from_pb_tool_cfg():
    """One list of what belongs in the plugin: pb_tool.cfg; scripts/build_zip.py has none of its own."""

    config = configparser.ConfigParser(interpolation=None)
    config.read(ROOT / "pb_tool.cfg", encoding="utf-8")
    listed = set()
    for key in ("python_files", "extras", "extra_dirs"):
        listed.update(config["files"][key].split())
    module = load_script("scripts/build_zip.py", "build_zip_list")
    assert set(module.INCLUDE) == listed
    assert config["plugin"]["name"] == module.PACKAGE
    top_level = {p.name for p in ROOT.iterdir() if p.suffix == ".py"}
    assert top_level <= listed, "a top-level module is missing from pb_tool.cfg's python_files"
