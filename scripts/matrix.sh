#!/usr/bin/env bash
# The test suite on other QGIS versions, each in a cached Debian chroot (QGIS from Debian's packages).
#
#   bash scripts/matrix.sh build SUITE            build (once) or update the chroot of SUITE
#   bash scripts/matrix.sh run SUITE [PYTEST ARGS] run the suite (or the given tests) in SUITE's chroot
#   bash scripts/matrix.sh exec SUITE COMMAND...  run a command there, in a copy of the working tree
#   bash scripts/matrix.sh version SUITE          print the QGIS version in SUITE's chroot
#   bash scripts/matrix.sh suite QGIS_VERSION     print the Debian suite that packages QGIS_VERSION
#
# Suites: bookworm (Debian 12, QGIS 3.22), trixie (Debian 13, QGIS 3.40 LTR), sid (Debian unstable,
# QGIS 3.44). Usually called through `bash scripts/test.sh --qgis 3.40` (see README).
#
# A chroot is a `debootstrap --variant=minbase` tree under $ONDERGROND_CHROOTS (default
# /var/cache/ondergrond/chroots/SUITE, outside the repository so every clone on the machine shares it)
# with QGIS, shapely 2 from Debian, PostgreSQL + PostGIS, Xvfb, Qt's lrelease and a venv with the
# test tools. Building one takes about 5 minutes and 1 GB; later runs reuse it and only install
# what the package lists below gained since (a stamp file records them). Delete the folder to rebuild.
#
# A run copies the working tree (tracked and untracked, not ignored files) into the chroot, binds
# ../shared (the real data, when present) read-only, and runs pytest there in a private mount
# namespace, so nothing stays mounted when the run ends, however it ends. Runs of different clones
# may share a chroot at the same time. Needs root (debootstrap, chroot, mount).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CHROOTS="${ONDERGROND_CHROOTS:-/var/cache/ondergrond/chroots}"
MIRROR="${ONDERGROND_MIRROR:-http://deb.debian.org/debian}"
SHARED_DIR="${ONDERGROND_SHARED:-$ROOT/../shared}"
VENV=/opt/ondergrond-venv

# What the suite needs inside (the same as scripts/env.sh installs on the host, with Debian's
# python3-shapely, which is shapely 2 from Debian 13 on). Optional packages may be missing in a suite.
APT_PACKAGES="python3-qgis qgis-providers qgis python3-shapely python3-matplotlib python3-pyproj python3-venv \
  python3-pip xvfb xauth ca-certificates gdal-bin postgresql postgresql-client postgis zip"
APT_OPTIONAL="qttools5-dev-tools qt6-l10n-tools"
# Test tools from PyPI (ruff, flake8-qgis and timml stay on the host: lint runs once; the TimML
# cross-check skips where timml is missing).
PIP_PACKAGES="pytest>=7.4,<9 pytest-qgis>=2.0,<3 pytest-timeout>=2.2 hypothesis>=6.90 pb-tool>=3.1"

suite_of() {
  case "$1" in
    3.22*|bookworm) echo bookworm ;;
    3.40*|trixie) echo trixie ;;
    3.44*|sid|unstable) echo sid ;;
    *) echo "matrix.sh: no Debian suite known for QGIS '$1' (known: 3.22 bookworm, 3.40 trixie, 3.44 sid)" >&2
       return 2 ;;
  esac
}

need_root() {
  [ "$(id -u)" -eq 0 ] && return 0
  echo "matrix.sh: building and entering chroots needs root (debootstrap, chroot, mount); run it with sudo" >&2
  exit 2
}

stamp_text() {
  printf 'apt: %s\noptional: %s\npip: %s\n' "$APT_PACKAGES" "$APT_OPTIONAL" "$PIP_PACKAGES"
}

# Run a command inside a chroot, in a private mount namespace (mounts vanish with the process).
in_chroot() {
  local root="$1"; shift
  unshare --mount --propagation private -- /bin/bash -euo pipefail -c '
    root="$1"; shift
    mount -t proc proc "$root/proc"
    mount --rbind /dev "$root/dev"
    mount --rbind /sys "$root/sys"
    # /tmp of the host: xvfb-run -a picks a free X display by the lock files in /tmp, and the abstract
    # X sockets are shared with the host anyway; pytest numbers its temp folders there safely.
    mount --rbind /tmp "$root/tmp"
    if [ -n "${ONDERGROND_BIND_SHARED:-}" ]; then
      mkdir -p "$root/src/shared"
      mount --bind "$ONDERGROND_BIND_SHARED" "$root/src/shared"
      mount -o remount,bind,ro "$root/src/shared"
    fi
    exec chroot "$root" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
      HOME=/root LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=dumb DEBIAN_FRONTEND=noninteractive \
      PIP_CERT=/etc/ssl/certs/host-ca.crt PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_DEFAULT_TIMEOUT=180 \
      "$@"
  ' in_chroot "$root" "$@"
}

provision() {
  # Install (or top up) what the stamp lists, inside an existing minbase tree.
  local root="$1" suite="$2"
  cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
  # The host's CA bundle: pip must trust what the host trusts (a proxy's CA, if any).
  mkdir -p "$root/etc/ssl/certs"
  cp /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/host-ca.crt" 2>/dev/null \
    || cp "$root/etc/ssl/certs/ca-certificates.crt" "$root/etc/ssl/certs/host-ca.crt"
  cat > "$root/etc/apt/apt.conf.d/99ondergrond" <<'EOF'
// sid's Release files expire within days; a mirror a little behind must still be usable.
Acquire::Check-Valid-Until "false";
APT::Install-Recommends "false";
EOF
  # Keep services from starting inside the chroot (postgresql's package would start a cluster).
  printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d"
  chmod 755 "$root/usr/sbin/policy-rc.d"
  local optional="" package
  in_chroot "$root" apt-get update -qq
  for package in $APT_OPTIONAL; do
    if in_chroot "$root" apt-cache show "$package" >/dev/null 2>&1; then optional+=" $package"; fi
  done
  # shellcheck disable=SC2086
  in_chroot "$root" apt-get install -y -qq -o Dpkg::Use-Pty=0 $APT_PACKAGES $optional >/dev/null
  in_chroot "$root" apt-get clean
  [ -x "$root$VENV/bin/python" ] || in_chroot "$root" /usr/bin/python3 -m venv --system-site-packages "$VENV"
  # shellcheck disable=SC2086
  in_chroot "$root" "$VENV/bin/pip" install -q $PIP_PACKAGES
  stamp_text > "$root/.ondergrond-stamp"
  echo "matrix.sh: $suite ready: QGIS $(qgis_version "$root")" >&2
}

qgis_version() {
  in_chroot "$1" /usr/bin/python3 -c "from qgis.core import Qgis; print(Qgis.QGIS_VERSION)" 2>/dev/null | tail -1
}

build() {
  local suite="$1"
  need_root
  local root="$CHROOTS/$suite"
  mkdir -p "$CHROOTS"
  exec 9>"$CHROOTS/$suite.lock"
  flock 9  # one builder per suite; runs of other clones wait here until it is ready
  if [ -f "$root/.ondergrond-stamp" ] && [ "$(cat "$root/.ondergrond-stamp")" = "$(stamp_text)" ]; then
    exec 9>&-; return 0
  fi
  local started=$SECONDS
  if [ ! -x "$root/usr/bin/apt-get" ]; then
    command -v debootstrap >/dev/null || {
      echo "matrix.sh: installing debootstrap from Debian's packages" >&2
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
    }
    echo "matrix.sh: building the $suite chroot in $root (debootstrap --variant=minbase; about 5 minutes)" >&2
    rm -rf "$root.partial"
    debootstrap --variant=minbase --include=ca-certificates "$suite" "$root.partial" "$MIRROR" >"$CHROOTS/$suite.debootstrap.log" 2>&1 || {
      tail -20 "$CHROOTS/$suite.debootstrap.log" >&2
      echo "matrix.sh: debootstrap of $suite failed (log: $CHROOTS/$suite.debootstrap.log)" >&2
      exit 1
    }
    provision "$root.partial" "$suite"
    rm -rf "$root"
    mv "$root.partial" "$root"
  else
    echo "matrix.sh: updating the $suite chroot (package lists changed)" >&2
    provision "$root" "$suite"
  fi
  echo "matrix.sh: $suite chroot built in $(( (SECONDS - started + 30) / 60 )) min ($(du -sh "$root" | cut -f1))" >&2
  exec 9>&-  # closing the lock file releases the lock (and the tests do not inherit it)
}

run() {
  local mode="$1" suite="$2"; shift 2
  build "$suite"
  local root="$CHROOTS/$suite"
  # Copies left by runs that were killed (a normal end removes its own) go after half a day.
  find "$root/src" -mindepth 1 -maxdepth 1 -name 'run-*' -mmin +720 -exec rm -rf {} + 2>/dev/null || true
  # This run's own copy of the working tree: tracked and untracked files that git does not ignore.
  local run_dir="/src/run-$$-$RANDOM"
  local copy="$root$run_dir/ondergrond"
  mkdir -p "$copy"
  trap 'rm -rf "'"$root$run_dir"'"' EXIT
  if git -C "$ROOT" rev-parse --git-dir >/dev/null 2>&1; then
    (cd "$ROOT" && git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' f; do
      [ -e "$f" ] && printf '%s\0' "$f"; done | tar --null -T - -cf -) | tar -C "$copy" -xf -
  else
    tar -C "$ROOT" --exclude=.git --exclude=__pycache__ --exclude=.qgis-settings --exclude=output -cf - . \
      | tar -C "$copy" -xf -
  fi
  local shared=""
  [ -d "$SHARED_DIR" ] && shared="$(cd "$SHARED_DIR" && pwd)"
  local inner
  inner=$(cat <<'EOF'
set -euo pipefail
cd "$RUN_DIR/ondergrond"
export PATH="$VENV/bin:$PATH" HOME="$RUN_DIR/home" XDG_RUNTIME_DIR="$RUN_DIR/runtime" QT_QPA_PLATFORM=offscreen
export ONDERGROND_SHARED=/src/shared ONDERGROND_TEST_OUTPUT="$RUN_DIR/output"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# The PostGIS tests start their own server as the "postgres" user, who must be able to reach its folder.
chmod 755 "$RUN_DIR"
python scripts/i18n.py compile >/dev/null
if [ "$MODE" = exec ]; then "$@"; else python -m pytest "$@"; fi
EOF
)
  local status=0
  export ONDERGROND_BIND_SHARED="$shared"
  in_chroot "$root" RUN_DIR="$run_dir" VENV="$VENV" MODE="$mode" \
    /bin/bash -c "$inner" bash "$@" || status=$?
  return "$status"
}

command="${1:-}"; shift || true
case "$command" in
  build) build "$(suite_of "${1:?suite}")" ;;
  run) suite="$(suite_of "${1:?suite}")"; shift; run pytest "$suite" "$@" ;;
  exec) suite="$(suite_of "${1:?suite}")"; shift; run exec "$suite" "$@" ;;
  version) need_root; qgis_version "$CHROOTS/$(suite_of "${1:?suite}")" ;;
  suite) suite_of "${1:?QGIS version}" ;;
  *) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
