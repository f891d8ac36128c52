"""Every user-visible string has a Dutch translation, and QGIS shows it in Dutch."""

import subprocess
import sys

from conftest import ROOT, load_script
from qgis.core import QgsApplication


def load_i18n_script():
    return load_script("scripts/i18n.py", "i18n_script")


def test_every_string_is_translated():
    completed = subprocess.run([sys.executable, str(ROOT / "scripts" / "i18n.py"), "check"],
                               capture_output=True, text=True)
    assert completed.returncode == 0, completed.stdout


def test_a_new_string_without_translation_is_caught():
    script = load_i18n_script()
    messages, _ = script.extract()
    messages = dict(messages, **{"A brand new message {n}": ["algorithms/x.py"]})
    problems = script.check(messages, [], script.read_ts())
    assert problems == ["no finished Dutch translation for: 'A brand new message {n}'"]


def test_a_translation_that_drops_a_placeholder_is_caught():
    script = load_i18n_script()
    problems = script.check({"{n} features": ["x.py"]}, [], {"{n} features": ("objecten", True)})
    assert problems and "placeholders differ" in problems[0]


def test_qgis_shows_the_dutch_translation(dutch, provider):
    algorithm = QgsApplication.processingRegistry().algorithmById("ondergrond:checkcanonicalfields")
    assert algorithm.displayName() == "Canonieke velden controleren"
    assert algorithm.group() == "Data en sjablonen"
    assert provider.longName() == "Ondergrond - ruimtelijke ordening van de ondergrond"
    assert "meters onder maaiveld" in algorithm.shortHelpString()
