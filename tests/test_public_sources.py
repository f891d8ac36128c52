"""What a planner reads cites public sources only: never the project's internal notes.

Scans every rule table (rules/*.csv), every translatable string (what scripts/i18n.py extracts,
English source and Dutch translation), the styles (styles/*.qml), the print layouts
(layouts/*.qpt), the bundled models (models/*.model3) and the text of the HTML reports
(core/*report*.py string literals) for references to files a user has never seen.
"""

import ast
import csv
import re

import pytest
from conftest import ROOT, load_script

# Internal notes, seeds, tickets and paths of the machine the plugin was written on.
INTERNAL = re.compile(
    r"domain\.md|design\.md|AGREEMENT\.md|\bseeds?\s*#?\s*0\d\d\b|\bseed\s+\d|\bissue\s*#?\s*\d+"
    r"|/work/|/tmp/|/home/\w|shared/realdata|C:\\\\Users",
    re.IGNORECASE)


def internal_references(text):
    return [m.group(0) for m in INTERNAL.finditer(text or "")]


def load_i18n_script():
    return load_script("scripts/i18n.py", "i18n_script")


def test_the_pattern_catches_what_it_must():
    for bad in ["zie domain.md 'Depth'", "(seed 001, regio Zuid)", "seed 000", "issue 6",
                "Issue #12", "design.md, Public contract", "/work/shared/realdata/x.gpkg"]:
        assert internal_references(bad), bad
    for good in ["DGDO regiosessies 2025", "Nota Ruimte r.2859", "CROW 280", "NEN 7171-1",
                 "so the issue shows", "Structuurvisie Ondergrond 2018", "random seed"]:
        assert not internal_references(good), good


@pytest.mark.parametrize("path", sorted((ROOT / "rules").glob("*.csv")), ids=lambda p: p.name)
def test_rule_tables_cite_public_sources(path):
    problems = []
    with open(path, newline="", encoding="utf-8") as handle:
        for number, row in enumerate(csv.DictReader(handle), start=2):
            for column, value in row.items():
                for hit in internal_references(value):
                    problems.append("{}:{} {}: {!r}".format(path.name, number, column, hit))
    assert not problems, "\n".join(problems)


def test_rule_tables_with_notes_have_a_source_for_every_row():
    """Every row of a table with a source column names one (not empty); comment rows (#) are no rows."""
    for path in sorted((ROOT / "rules").glob("*.csv")):
        with open(path, newline="", encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            if "source" not in (reader.fieldnames or []):
                continue
            for number, row in enumerate(reader, start=2):
                first = next(iter(row.values()), "") or ""
                if first.strip().startswith("#"):
                    continue  # the table reader skips comment rows too (core/tables.py)
                assert (row["source"] or "").strip(), "{}:{} has no source".format(path.name, number)


def test_translatable_strings_and_their_translations():
    script = load_i18n_script()
    messages, _ = script.extract()
    translations = script.read_ts()
    problems = []
    for text, files in messages.items():
        for hit in internal_references(text):
            problems.append("{} (in {}): {!r}".format(text[:80], ", ".join(files), hit))
        dutch = translations.get(text, ("", False))[0]
        for hit in internal_references(dutch):
            problems.append("Dutch of {!r}: {!r}".format(text[:60], hit))
    assert messages, "the extractor found no strings: the test would pass vacuously"
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("folder,pattern", [("styles", "*.qml"), ("layouts", "*.qpt"), ("models", "*.model3")])
def test_styles_layouts_and_models(folder, pattern):
    paths = sorted((ROOT / folder).glob(pattern))
    assert paths, "no {} in {}".format(pattern, folder)
    problems = []
    for path in paths:
        for hit in internal_references(path.read_text(encoding="utf-8")):
            problems.append("{}/{}: {!r}".format(folder, path.name, hit))
    assert not problems, "\n".join(problems)


def test_report_text():
    """String literals of the HTML report builders (what the planner reads in the result viewer)."""
    problems = []
    for path in sorted((ROOT / "core").glob("*report*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                      if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and node.body
                      and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
                for hit in internal_references(node.value):
                    problems.append("{}:{}: {!r}".format(path.name, node.lineno, hit))
    assert not problems, "\n".join(problems)


def test_readme_user_sections():
    problems = []
    for path in [ROOT / "README.md", ROOT / "sample_data" / "README.md", ROOT / "styles" / "README.md"]:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            for hit in internal_references(line):
                problems.append("{}:{}: {!r}".format(path.name, number, hit))
    assert not problems, "\n".join(problems)
