#!/usr/bin/env bash
# The main job on the embedded sample data: every algorithm chained as a planner would, outputs
# (GeoPackage, GeoTIFF, HTML) and maps rendered by QGIS with the plugin's styles.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
set -euo pipefail
python scripts/i18n.py compile >/dev/null
python scripts/demo.py "${1:-output/demo}"
