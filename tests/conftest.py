"""Fixtures against real QGIS: the provider, the sample data, memory layers, the qgis_process CLI.

The repository root is the plugin folder; it is imported here as the package ``ondergrond``
(what QGIS calls it), whatever the clone's folder is named.
"""

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Property tests judge results, not speed: a loaded CI machine must not fail them on timing. Every run tries
# the same examples (derandomize), so a failure is reproducible and never the luck of one CI run; hunting for
# new counter-examples is `pytest --hypothesis-profile=explore` (new random examples on each run).
settings.register_profile("ondergrond", deadline=None, suppress_health_check=[HealthCheck.too_slow],
                          derandomize=True)
settings.register_profile("explore", parent=settings.get_profile("ondergrond"), derandomize=False)
settings.load_profile("ondergrond")

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("ONDERGROND_SHARED", ROOT.parent / "shared"))
OUTPUT_DIR = Path(os.environ.get("ONDERGROND_TEST_OUTPUT", ROOT / "output" / "tests"))
QGIS_PROCESS = "/usr/bin/qgis_process.bin"


sys.path.insert(0, str(ROOT / "scripts"))
import headless  # noqa: E402  (scripts/headless.py: imports the repository root as ``ondergrond``)

headless.import_plugin()


def load_script(relative_path, name=None):
    """A script of the repository (not part of a package), e.g. "scripts/i18n.py", as a module."""
    path = ROOT / relative_path
    spec = importlib.util.spec_from_file_location(name or path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def dutch(provider):
    """The plugin's Dutch translation installed for one test (compiled first when the .qm is missing or older
    than the .ts, as in a fresh clone or after new strings), English again afterwards."""
    from ondergrond import i18n

    ts = ROOT / "i18n" / "ondergrond_nl.ts"
    qm = ts.with_suffix(".qm")
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        load_script("scripts/i18n.py", "i18n_script").compile_qm()
    assert i18n.install("nl")
    yield
    i18n.install("en")


def as_layer(output):
    """An output of a processing.run result as a vector layer: the layer itself, or loaded from the path
    QGIS returns for a file output."""
    from qgis.core import QgsVectorLayer

    return QgsVectorLayer(output) if isinstance(output, str) else output


def elevation_of(layer):
    """(z offset, extrusion height) of the layer's elevation properties (QGIS 3.26+) for its first feature:
    where QGIS's Elevation Profile draws it."""
    from qgis.core import QgsExpressionContext, QgsExpressionContextUtils, QgsMapLayerElevationProperties

    keys = getattr(QgsMapLayerElevationProperties, "Property", QgsMapLayerElevationProperties)
    properties = layer.elevationProperties().dataDefinedProperties()
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(next(layer.getFeatures()))
    return (properties.property(keys.ZOffset).value(context)[0],
            properties.property(keys.ExtrusionHeight).value(context)[0])


def load_sample_builder():
    return load_script("sample_data/make_sample_data.py")


def recorder():
    """A Processing feedback that keeps what an algorithm reports (infos, warnings, errors)."""
    from qgis.core import QgsProcessingFeedback

    class Recorder(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.infos, self.warnings, self.errors = [], [], []

        def pushInfo(self, text):
            self.infos.append(text)

        def pushWarning(self, text):
            self.warnings.append(text)

        def reportError(self, text, fatalError=False):
            self.errors.append(text)

        @property
        def messages(self):
            return self.warnings + self.errors

    return Recorder()


@pytest.fixture(scope="session", autouse=True)
def iface_layer_tree_view(qgis_iface):
    """pytest-qgis' stand-in iface has no layerTreeView(), which Processing calls from QGIS 3.40 on when it
    loads results (processing.runAndLoadResults): a real QgsLayerTreeView on the project's layer tree."""
    if hasattr(qgis_iface, "layerTreeView"):
        yield None
        return
    from qgis.core import QgsLayerTreeModel, QgsProject
    from qgis.gui import QgsLayerTreeView

    view = QgsLayerTreeView()
    model = QgsLayerTreeModel(QgsProject.instance().layerTreeRoot(), view)
    view.setModel(model)
    qgis_iface.layerTreeView = lambda: view
    yield view


@pytest.fixture(scope="session")
def output_dir():
    OUTPUT_DIR.mkdir(parents=True, exist_ok=True)
    return OUTPUT_DIR


@pytest.fixture(scope="session")
def provider(qgis_app, qgis_processing):
    """The Ondergrond provider registered in the real Processing registry (English strings)."""
    from qgis.core import QgsApplication

    from ondergrond import i18n
    from ondergrond.provider import OndergrondProvider

    i18n.install("en")
    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("ondergrond")
    if existing is not None:
        yield existing
        return
    instance = OndergrondProvider()
    assert registry.addProvider(instance)
    yield instance
    registry.removeProvider(instance)


@pytest.fixture
def run_alg(provider):
    """processing.run with a fresh context; raises QgsProcessingException on bad input."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    def run(algorithm_id, parameters, feedback=None):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return processing.run(algorithm_id, parameters, context=context,
                              feedback=feedback or QgsProcessingFeedback())

    return run


@pytest.fixture(scope="session")
def sample_gpkg(tmp_path_factory, qgis_app):
    """The embedded sample GeoPackage, freshly generated by sample_data/make_sample_data.py."""
    path = tmp_path_factory.mktemp("sample") / "ondergrond_sample.gpkg"
    load_sample_builder().build(path)
    return path


@pytest.fixture
def sample_layer(sample_gpkg):
    from qgis.core import QgsVectorLayer

    def load(name):
        layer = QgsVectorLayer("{}|layername={}".format(sample_gpkg, name), name, "ogr")
        assert layer.isValid(), "sample layer {} missing".format(name)
        return layer

    return load


@pytest.fixture
def make_layer(qgis_app):
    """A memory layer from WKT and attribute dicts: make_layer("LineString", {"depth_m": "double"}, rows)."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    def make(geometry_type, fields, rows, crs="EPSG:28992", name="test"):
        spec = "{}?crs={}".format(geometry_type, crs) + "".join(
            "&field={}:{}".format(field, kind) for field, kind in fields.items())
        layer = QgsVectorLayer(spec, name, "memory")
        assert layer.isValid(), spec
        features = []
        for row in rows:
            feature = QgsFeature(layer.fields())
            wkt = row.get("wkt")
            if wkt:
                feature.setGeometry(QgsGeometry.fromWkt(wkt))
            for field in fields:
                if field in row:
                    feature[field] = row[field]
            features.append(feature)
        layer.dataProvider().addFeatures(features)
        layer.updateExtents()
        return layer

    return make


@pytest.fixture(scope="session")
def realdata():
    path = SHARED / "realdata"
    if not path.is_dir():
        pytest.skip("../shared/realdata is not beside this clone")
    return path


@pytest.fixture(scope="session")
def qgis_profile(tmp_path_factory):
    """A fresh QGIS settings folder with this plugin installed and enabled (for qgis_process/desktop)."""
    return headless.plugin_profile(tmp_path_factory.mktemp("qgis-config"))


qgis_environment = headless.qgis_environment


@pytest.fixture(scope="session")
def plugin_zip(tmp_path_factory):
    """The installable zip, built as a user gets it (scripts/build_zip.py)."""
    return load_script("scripts/build_zip.py").build(tmp_path_factory.mktemp("dist"))


@pytest.fixture
def desktop(plugin_zip, tmp_path, output_dir):
    """Run Python inside the real QGIS desktop under Xvfb, with the plugin installed from the zip into a
    fresh profile. ``desktop(code)`` runs ``code`` 2 s after start-up (``result`` is a dict it fills,
    ``screenshot(name)`` saves the main window under the test output folder, ``screenshot(name, widget)``
    that widget) and returns ``result``; ``desktop(code, locale="nl")`` runs QGIS in that language;
    ``desktop(code, preinstalled=False)`` starts without the plugin (``PLUGIN_ZIP`` is the zip's path)."""
    if not shutil.which("xvfb-run") or not shutil.which("qgis"):
        pytest.skip("the QGIS desktop or xvfb-run is not installed")
    profiles = tmp_path / "profiles-root"
    plugins = profiles / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    ini = profiles / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)

    def run(code, timeout=240, locale=None, preinstalled=True):
        if preinstalled and not (plugins / "ondergrond").exists():
            with zipfile.ZipFile(plugin_zip) as archive:
                archive.extractall(plugins)
        if not preinstalled:  # a fresh profile: the code installs it (PLUGIN_ZIP), as a new user does
            shutil.rmtree(plugins / "ondergrond", ignore_errors=True)
        settings = "[PythonPlugins]\nondergrond=true\n" if preinstalled else ""
        if locale:  # QGIS's own language setting (Settings > Options > General > Locale)
            settings += "\n[locale]\noverrideFlag=true\nuserLocale={}\n".format(locale)
        ini.write_text(settings, encoding="utf-8")
        result_file = tmp_path / "result.json"
        script = tmp_path / "desktop_code.py"
        script.write_text(DESKTOP_TEMPLATE.format(
            result=str(result_file), shots=str(output_dir), zip=str(plugin_zip),
            body=textwrap.indent(textwrap.dedent(code), "        ")), encoding="utf-8")
        environment = qgis_environment(profiles)
        environment.pop("QT_QPA_PLATFORM", None)
        completed = subprocess.run(
            ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", "qgis", "--nologo", "--noversioncheck",
             "--profiles-path", str(profiles), "--code", str(script)],
            capture_output=True, text=True, env=environment, timeout=timeout)
        if not result_file.exists():
            raise AssertionError("QGIS desktop gave no result (exit {}):\n{}".format(
                completed.returncode, (completed.stdout + completed.stderr)[-4000:]))
        result = json.loads(result_file.read_text(encoding="utf-8"))
        if "error" in result:
            raise AssertionError("inside QGIS: " + result["error"])
        return result

    return run


DESKTOP_TEMPLATE = """
import json, traceback
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface

result = {{}}
PLUGIN_ZIP = {zip!r}

def screenshot(name, widget=None):
    QgsApplication.processEvents()
    path = {shots!r} + "/" + name
    (widget or iface.mainWindow()).grab().save(path)
    result.setdefault("screenshots", []).append(path)
    return path

def main():
    try:
{body}
    except Exception:
        result["error"] = traceback.format_exc()
    with open({result!r}, "w", encoding="utf-8") as handle:
        json.dump(result, handle, default=str)
    QgsApplication.exit(0)

QTimer.singleShot(2000, main)
"""


@pytest.fixture(scope="session")
def reference_run(provider, sample_gpkg, tmp_path_factory):
    """``reference_run(algorithm_id)`` -> loaded outputs of the algorithm's workflow case
    (tests/workflow_cases.py) run once per session through processing.run on the sample GeoPackage,
    written to GeoPackage/GeoTIFF: what the PostGIS, qgis_process and model runs are compared with."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject
    from workflow_cases import CASES, gpkg_parameters, load_outputs

    cache = {}

    def run(algorithm_id):
        if algorithm_id not in cache:
            case = CASES[algorithm_id]
            folder = tmp_path_factory.mktemp("reference-" + case.name)
            context = QgsProcessingContext()
            context.setProject(QgsProject.instance())
            result = processing.run(algorithm_id, gpkg_parameters(case, sample_gpkg, folder), context=context,
                                    feedback=QgsProcessingFeedback())
            loaded = load_outputs(case, result)
            if case.check:
                case.check(result, loaded)
            cache[algorithm_id] = loaded
        return cache[algorithm_id]

    yield run
    # Drop the cached layers while QGIS still runs: collected after exitQgis they crash the interpreter.
    cache.clear()
    import gc

    gc.collect()


class PostGIS:
    """Connection to the throw-away PostGIS server: ``uri(table)`` for QGIS layers, ``destination(table)``
    for Processing outputs (``postgres://`` URIs as qgis_process and the modeler accept them)."""

    def __init__(self, host, port, user, dbname, data_dir):
        self.host, self.port, self.user, self.dbname, self.data_dir = host, int(port), user, dbname, data_dir

    @property
    def connection(self):
        return "dbname='{}' host={} port={} user='{}' sslmode=disable".format(
            self.dbname, self.host, self.port, self.user)

    @property
    def ogr(self):
        return "PG:dbname={} host={} port={} user={}".format(self.dbname, self.host, self.port, self.user)

    def uri(self, table, geometry_column="geom", key="fid", schema="public"):
        column = " ({})".format(geometry_column) if geometry_column else ""
        return '{} key=\'{}\' table="{}"."{}"{}'.format(self.connection, key, schema, table, column)

    def layer(self, table, **kwargs):
        from qgis.core import QgsVectorLayer

        layer = QgsVectorLayer(self.uri(table, **kwargs), table, "postgres")
        assert layer.isValid(), "PostGIS table {} is not a valid layer".format(table)
        return layer

    def destination(self, table, schema="public", geometry=True):
        """A new table; ``geometry=False`` for tables without geometry (a "(geom)" column would fail)."""
        return 'postgres://{} table="{}"."{}"{}'.format(self.connection, schema, table, " (geom)" if geometry else "")

    def psql(self, sql):
        return subprocess.run(["psql", "-h", self.host, "-p", str(self.port), "-U", self.user, "-d", self.dbname,
                               "-At", "-v", "ON_ERROR_STOP=1", "-c", sql],
                              check=True, capture_output=True, text=True).stdout


def _free_port():
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def postgis(sample_gpkg):
    """A real PostgreSQL + PostGIS server on localhost (scripts/postgis.sh installs Debian's packages when
    missing), with every layer of the sample GeoPackage loaded by ogr2ogr (feature ids kept). Stopped and
    deleted at the end of the session. Skips only where it cannot be installed, never in CI."""
    script = ROOT / "scripts" / "postgis.sh"
    started = subprocess.run(["bash", str(script), "start", str(_free_port())], capture_output=True, text=True,
                             timeout=900)
    if started.returncode != 0:
        reason = "PostGIS could not be installed or started: " + (started.stderr or started.stdout)[-1500:]
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    values = dict(line.split("=", 1) for line in started.stdout.split() if "=" in line)
    server = PostGIS(values["PGHOST"], values["PGPORT"], values["PGUSER"], values["PGDATABASE"], values["PGDATA"])
    try:
        subprocess.run(["ogr2ogr", "-f", "PostgreSQL", server.ogr, str(sample_gpkg), "-preserve_fid",
                        "-lco", "FID=fid", "-lco", "GEOMETRY_NAME=geom", "-lco", "SPATIAL_INDEX=GIST",
                        "--config", "PG_USE_COPY", "YES"],
                       check=True, capture_output=True, text=True, timeout=300)
        yield server
    finally:
        subprocess.run(["bash", str(script), "stop", server.data_dir], capture_output=True, timeout=120)


@pytest.fixture
def qgis_process(qgis_profile):
    """Run ``qgis_process run <alg> --json`` with this plugin; returns the parsed JSON."""
    if not Path(QGIS_PROCESS).exists() and not shutil.which("qgis_process"):
        pytest.skip("qgis_process is not installed")
    executable = QGIS_PROCESS if Path(QGIS_PROCESS).exists() else shutil.which("qgis_process")

    def run(algorithm_id, parameters, check=True):
        # Deprecation warnings printed (Python hides them outside __main__): none may come from the plugin.
        environment = dict(qgis_environment(qgis_profile), QT_QPA_PLATFORM="offscreen",
                           PYTHONWARNINGS="default::DeprecationWarning")
        arguments = [executable, "run", algorithm_id, "--json"]
        for key, value in parameters.items():  # a list (multiple layers) repeats the parameter
            arguments += ["--{}={}".format(key, item) for item in (value if isinstance(value, list) else [value])]
        completed = subprocess.run(arguments, capture_output=True, text=True, env=environment, timeout=300)
        if check and completed.returncode != 0:
            raise AssertionError("qgis_process failed ({}):\n{}\n{}".format(
                completed.returncode, completed.stdout[-3000:], completed.stderr[-3000:]))
        ours = [line for line in (completed.stdout + completed.stderr).splitlines()
                if "DeprecationWarning" in line and ("plugins/ondergrond/" in line or str(ROOT) in line)]
        assert not ours, "DeprecationWarnings from the plugin's code:\n" + "\n".join(ours)
        start = completed.stdout.find("{")
        return json.loads(completed.stdout[start:]) if start >= 0 else {"returncode": completed.returncode,
                                                                         "stderr": completed.stderr}

    return run
