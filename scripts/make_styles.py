"""Regenerate the generated styles in styles/: the lagenbenadering template layers and the algorithm outputs.

    python scripts/make_styles.py                  # every family      (source scripts/env.sh first)
    python scripts/make_styles.py klic cumulation  # only these families
    python scripts/make_styles.py --list           # the families and what they write
    python scripts/make_styles.py --check          # exit 1 if a generated style differs from styles/

The QMLs are built with the QGIS API, so every QML is one QGIS itself wrote. A style is rewritten only
where it changed: attribute order, rule keys and other noise QGIS varies from run to run do not count
(stylegen/common.py, ``canonical``), so regenerating leaves `git diff styles/` empty unless a style
really changed. The families live in scripts/stylegen/ (template.py: the template layers from
core/templates.py; outputs.py: one function per algorithm family); colours, symbols, labels and writing
are shared in stylegen/common.py. Styles not listed here (e.g. reservation_conflicts.qml,
depthbandsuitability.qml) are written by hand.
"""

import argparse
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# Qt writes XML attributes in hash order; a fixed seed keeps new files stable from run to run.
os.environ.setdefault("QT_HASH_SEED", "0")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def families():
    from stylegen import outputs, template

    return {"template": template.write_all, **outputs.FAMILIES}


def _start_qgis():
    from qgis.core import QgsApplication

    application = QgsApplication([], False)
    QgsApplication.setPrefixPath("/usr", True)
    application.initQgis()
    from qgis._3d import Qgs3D

    Qgs3D.initialize()
    sys.path.insert(0, HERE)
    import headless

    headless.import_plugin()
    return application


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("family", nargs="*", help="which families to write (default: all)")
    parser.add_argument("--list", action="store_true", help="list the families and stop")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if a style would change")
    arguments = parser.parse_args(argv)
    application = _start_qgis()  # noqa: F841 - keep the application alive while writing
    available = families()
    if arguments.list:
        for name, write in available.items():
            print("{:14} {}".format(name, (write.__doc__ or "").strip().split("\n")[0]))
        return 0
    unknown = set(arguments.family) - set(available)
    if unknown:
        parser.error("unknown famil{} {}; choose from {}".format(
            "y" if len(unknown) == 1 else "ies", ", ".join(sorted(unknown)), ", ".join(available)))
    from stylegen import common

    common.CHECK_ONLY = arguments.check
    for name in arguments.family or available:
        available[name]()
    return 1 if arguments.check and common.CHANGED else 0


if __name__ == "__main__":
    sys.exit(main())
