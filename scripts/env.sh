#!/usr/bin/env bash
# Source this: installs what Ondergrond needs when it is missing (QGIS from Debian's packages,
# a venv on Debian's python with shapely 2 and the test tools) and exports the environment to
# run QGIS headless. Idempotent: a machine that already has everything pays a few seconds.
set -euo pipefail

ONDERGROND_VENV="${ONDERGROND_VENV:-$HOME/.cache/ondergrond/venv-system-geos}"
APT_PACKAGES="python3-qgis qgis-providers qgis xvfb xauth qttools5-dev-tools python3-venv python3-pip \
  python3-matplotlib python3-pyproj zip"
# Shapely 2 must use the GEOS that QGIS itself loads (a pip wheel brings its own GEOS and crashes inside
# qgis_process and the desktop). Debian 13+ / Ubuntu 24.04+ package shapely 2 as python3-shapely: use it.
# Older releases (Debian 12: 1.8) compile it against the system GEOS (libgeos-dev + python3-dev).
BUILD_PACKAGES="python3-dev libgeos-dev build-essential"

apt_install() {
  local missing="" package
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=" $package"
  done
  [ -n "$missing" ] || return 0
  echo "Installing from Debian's packages:$missing"
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  [ -n "${ONDERGROND_APT_UPDATED:-}" ] || { $sudo apt-get update -qq; ONDERGROND_APT_UPDATED=1; }
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

system_shapely2() {
  /usr/bin/python3 -c 'import shapely, sys; sys.exit(0 if callable(getattr(shapely, "from_wkb", None)) else 1)' \
    2>/dev/null
}

# shellcheck disable=SC2086
apt_install $APT_PACKAGES
if ! system_shapely2; then
  candidate=$(apt-cache policy python3-shapely 2>/dev/null | sed -n 's/^ *Candidate: *//p')
  if [ -n "$candidate" ] && [ "$candidate" != "(none)" ] && dpkg --compare-versions "$candidate" ge 2; then
    apt_install python3-shapely
  fi
fi
REQUIREMENTS="$(dirname "${BASH_SOURCE[0]}")/requirements-dev.txt"
if system_shapely2; then
  SHAPELY_FROM="debian"
else
  SHAPELY_FROM="source"
  # shellcheck disable=SC2086
  apt_install $BUILD_PACKAGES
fi

# Debian's python owns the QGIS bindings; the venv sees them through --system-site-packages.
if [ ! -x "$ONDERGROND_VENV/bin/python" ]; then
  /usr/bin/python3 -m venv --system-site-packages "$ONDERGROND_VENV"
fi
STAMP="$ONDERGROND_VENV/.requirements.stamp"
STAMP_TEXT="$(sha1sum "$REQUIREMENTS" | cut -d' ' -f1) shapely from $SHAPELY_FROM"
if [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "$STAMP_TEXT" ]; then
  # Pin numpy to Debian's build: a pip numpy 2 would break QGIS, GDAL and matplotlib.
  system_numpy=$(/usr/bin/python3 -c "import numpy; print(numpy.__version__)")
  requirements="$REQUIREMENTS"
  if [ "$SHAPELY_FROM" = debian ]; then
    requirements=$(mktemp)
    grep -v -E '^(--no-binary shapely|shapely)' "$REQUIREMENTS" > "$requirements"
  fi
  "$ONDERGROND_VENV/bin/pip" install -q --disable-pip-version-check "numpy==$system_numpy" -r "$requirements"
  [ "$requirements" = "$REQUIREMENTS" ] || rm -f "$requirements"
  echo "$STAMP_TEXT" > "$STAMP"
fi

export PATH="$ONDERGROND_VENV/bin:$PATH"
export PYTHON="$ONDERGROND_VENV/bin/python"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
set +euo pipefail
