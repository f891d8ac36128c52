#!/usr/bin/env bash
# The whole test suite against real QGIS, plus lint. Works on a fresh Debian 12 machine (installs
# QGIS from Debian's packages when missing) and on one that already has QGIS.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
set -euo pipefail

echo "== lint (ruff)"
ruff check .
echo "== translations"
python scripts/i18n.py check
python scripts/i18n.py compile >/dev/null
echo "== tests (pytest, real QGIS $(python -c 'from qgis.core import Qgis; print(Qgis.QGIS_VERSION)'))"
python -m pytest "$@"
