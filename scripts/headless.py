"""QGIS without a window, with this plugin's provider registered: for the demo and the benchmarks.

    sys.path.insert(0, str(ROOT / "scripts")); import headless
    application, provider = headless.start_qgis()     # keep both referenced while you run algorithms
"""

import importlib.util
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def import_plugin():
    """Import the repository root as the package ``ondergrond`` (what QGIS calls the plugin folder)."""
    if "ondergrond" in sys.modules:
        return sys.modules["ondergrond"]
    spec = importlib.util.spec_from_file_location(
        "ondergrond", ROOT / "__init__.py", submodule_search_locations=[str(ROOT)])
    module = importlib.util.module_from_spec(spec)
    sys.modules["ondergrond"] = module
    spec.loader.exec_module(module)
    return module


def plugin_profile(folder):
    """A fresh QGIS settings folder under ``folder`` with this repository installed as the enabled plugin
    ``ondergrond`` (a link), for qgis_process and the desktop; returns ``folder``."""
    folder = Path(folder)
    plugins = folder / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    (plugins / "ondergrond").symlink_to(ROOT, target_is_directory=True)
    ini = folder / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("[PythonPlugins]\nondergrond=true\n", encoding="utf-8")
    return folder


def qgis_environment(config_path, **extra):
    """Environment for a QGIS executable: the settings folder ``config_path``, and this Python's
    site-packages (the venv's shapely 2) before the system's."""
    import site

    python_path = os.pathsep.join(site.getsitepackages() + [os.environ.get("PYTHONPATH", "")]).strip(os.pathsep)
    return dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(config_path), PYTHONPATH=python_path, **extra)


def start_qgis(locale=None):
    """Start QGIS and Processing headless and register the Ondergrond provider.

    ``locale``: the translation to use ("en", "nl"); default: QGIS's own setting.
    """
    from qgis.core import QgsApplication

    application = QgsApplication([], False)
    application.initQgis()
    sys.path.append(os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))
    from processing.core.Processing import Processing

    Processing.initialize()
    import_plugin()
    from ondergrond import i18n
    from ondergrond.provider import OndergrondProvider

    i18n.install(locale)
    provider = OndergrondProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return application, provider
