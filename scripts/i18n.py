"""Keep the Dutch translation complete.

    python scripts/i18n.py update   add new tr() strings to i18n/ondergrond_nl.ts, drop obsolete ones
    python scripts/i18n.py check    exit 1 when a string lacks a finished translation or its {placeholders}
    python scripts/i18n.py compile  lrelease the .ts into the .qm QGIS loads

Strings are found by reading the plugin's Python source (ast): every ``tr("literal")`` and
``self.tr("literal")``. A ``tr()`` of anything but a literal is an error: it cannot be translated.
"""

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_FILE = ROOT / "i18n" / "ondergrond_nl.ts"
CONTEXT = "Ondergrond"
SKIP_DIRS = {"tests", "bench", "scripts", "sample_data", ".venv", "build", "dist", ".git", "i18n"}
PLACEHOLDER = re.compile(r"{[^{}]*}")


def source_files():
    for path in sorted(ROOT.rglob("*.py")):
        relative = path.relative_to(ROOT)
        if not SKIP_DIRS.intersection(relative.parts[:-1]):
            yield relative


def extract():
    """{source text: [files]} in order of first appearance, and a list of problems."""
    messages, problems = {}, []
    for relative in source_files():
        tree = ast.parse((ROOT / relative).read_text(encoding="utf-8"), str(relative))
        translator_functions = {
            node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef) and node.name == "tr"}
        inside_translator = {id(n) for f in translator_functions for n in ast.walk(f)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or id(node) in inside_translator:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
            if name != "tr" or not node.args:
                continue
            argument = node.args[0]
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                files = messages.setdefault(argument.value, [])
                if str(relative) not in files:
                    files.append(str(relative))
            else:
                problems.append("{}:{}: tr() of a non-literal cannot be translated".format(relative, node.lineno))
    return messages, problems


def read_ts():
    """{source: (translation, finished)} from the .ts file."""
    if not TS_FILE.exists():
        return {}
    result = {}
    for message in ET.parse(TS_FILE).getroot().iter("message"):
        translation = message.find("translation")
        text = translation.text or "" if translation is not None else ""
        finished = translation is not None and translation.get("type") not in ("unfinished", "obsolete")
        result[message.findtext("source")] = (text, finished and bool(text.strip()))
    return result


def write_ts(messages, existing):
    root = ET.Element("TS", version="2.1", language="nl_NL", sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source, files in messages.items():
        message = ET.SubElement(context, "message")
        for filename in files:
            ET.SubElement(message, "location", filename="../" + filename)
        ET.SubElement(message, "source").text = source
        translation, finished = existing.get(source, ("", False))
        element = ET.SubElement(message, "translation")
        element.text = translation
        if not finished:
            element.set("type", "unfinished")
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    TS_FILE.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def check(messages, problems, existing):
    for source in messages:
        translation, finished = existing.get(source, ("", False))
        if not finished:
            problems.append("no finished Dutch translation for: {!r}".format(source[:80]))
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
            problems.append("placeholders differ in the translation of: {!r}".format(source[:80]))
    problems.extend(
        "obsolete translation (string no longer in the code): {!r}".format(s[:80])
        for s in existing if s not in messages)
    return problems


def lrelease_binary():
    for candidate in ("lrelease", "/usr/lib/qt5/bin/lrelease", "lrelease-qt5", "/usr/lib/qt6/bin/lrelease"):
        found = shutil.which(candidate)
        if found:
            return found
    raise SystemExit("lrelease not found: install qttools5-dev-tools (Debian) or Qt's linguist tools")


def compile_qm():
    qm = TS_FILE.with_suffix(".qm")
    subprocess.run([lrelease_binary(), "-silent", str(TS_FILE), "-qm", str(qm)], check=True)
    return qm


def main(argv):
    command = argv[1] if len(argv) > 1 else "check"
    messages, problems = extract()
    existing = read_ts()
    if command == "update":
        write_ts(messages, existing)
        todo = sum(1 for source in messages if not existing.get(source, ("", False))[1])
        print("{} strings, {} to translate in {}".format(len(messages), todo, TS_FILE.relative_to(ROOT)))
    elif command == "check":
        problems = check(messages, problems, existing)
        for problem in problems:
            print(problem)
        print("{} strings, {} problems".format(len(messages), len(problems)))
        return 1 if problems else 0
    elif command == "compile":
        print(compile_qm())
    else:
        print(__doc__)
        return 2
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
