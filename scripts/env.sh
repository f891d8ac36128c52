#!/usr/bin/env bash
# Source this: installs what Ondergrond needs when it is missing (QGIS from Debian's packages,
# a venv on Debian's python with shapely 2 and the test tools) and exports the environment to
# run QGIS headless. Idempotent: a machine that already has everything pays a few seconds.
set -euo pipefail

ONDERGROND_VENV="${ONDERGROND_VENV:-$HOME/.cache/ondergrond/venv-system-geos}"
# libgeos-dev + python3-dev: shapely 2 is compiled against the GEOS that QGIS itself loads (see
# requirements-dev.txt); a pip wheel brings its own GEOS and crashes inside qgis_process and the desktop.
APT_PACKAGES="python3-qgis qgis-providers qgis xvfb xauth qttools5-dev-tools python3-venv python3-pip python3-dev \
  python3-matplotlib python3-pyproj libgeos-dev build-essential"

missing=""
for package in $APT_PACKAGES; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=" $package"
done
if [ -n "$missing" ]; then
  echo "Installing from Debian's packages:$missing"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

# Debian's python owns the QGIS bindings; the venv sees them through --system-site-packages.
if [ ! -x "$ONDERGROND_VENV/bin/python" ]; then
  /usr/bin/python3 -m venv --system-site-packages "$ONDERGROND_VENV"
fi
REQUIREMENTS="$(dirname "${BASH_SOURCE[0]}")/requirements-dev.txt"
STAMP="$ONDERGROND_VENV/.requirements.sha"
if [ ! -f "$STAMP" ] || ! sha1sum -c --quiet "$STAMP" >/dev/null 2>&1; then
  # Pin numpy to Debian's build: a pip numpy 2 would break QGIS, GDAL and matplotlib.
  system_numpy=$(/usr/bin/python3 -c "import numpy; print(numpy.__version__)")
  "$ONDERGROND_VENV/bin/pip" install -q --disable-pip-version-check "numpy==$system_numpy" -r "$REQUIREMENTS"
  sha1sum "$REQUIREMENTS" > "$STAMP"
fi

export PATH="$ONDERGROND_VENV/bin:$PATH"
export PYTHON="$ONDERGROND_VENV/bin/python"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
set +euo pipefail
