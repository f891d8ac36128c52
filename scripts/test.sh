#!/usr/bin/env bash
# The whole test suite against real QGIS, plus lint. Works on a fresh Debian 12 machine (installs
# QGIS from Debian's packages when missing) and on one that already has QGIS.
#
#   bash scripts/test.sh [OPTIONS] [PYTEST ARGS]
#     (no option)        lint, then the suite on this machine's QGIS; with CI=true: on every version
#     --all              also on every other QGIS version of the matrix (3.22, 3.40, 3.44)
#     --qgis VERSION     only on that version (3.22, 3.40, 3.44; repeatable); the local QGIS runs here,
#                        the others in a cached Debian chroot (scripts/matrix.sh, needs root)
#     --no-lint          skip lint and the translation check
#   PYTEST ARGS go to every run, e.g. `bash scripts/test.sh --qgis 3.44 tests/test_styles.py -x`.
#
# A failure on any version fails the run; the end prints passed/failed counts and minutes per version.
set -euo pipefail
cd "$(dirname "$0")/.."

MATRIX_VERSIONS="3.22 3.40 3.44"
versions=()
lint=1
pytest_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --all) versions=(all); shift ;;
    --qgis) versions+=("${2:?--qgis needs a version, e.g. 3.40}"); shift 2 ;;
    --qgis=*) versions+=("${1#--qgis=}"); shift ;;
    --no-lint) lint=0; shift ;;
    *) pytest_args+=("$1"); shift ;;
  esac
done
if [ ${#versions[@]} -eq 0 ]; then
  if [ "${CI:-}" = "true" ]; then versions=(all); else versions=(local); fi
fi

source scripts/env.sh
set -euo pipefail
LOCAL_VERSION=$(python -c 'from qgis.core import Qgis; print(Qgis.QGIS_VERSION.split("-")[0])')
LOCAL_SHORT=$(echo "$LOCAL_VERSION" | cut -d. -f1,2)

if [ "${versions[0]}" = "all" ]; then
  versions=("$LOCAL_SHORT")
  for version in $MATRIX_VERSIONS; do [ "$version" = "$LOCAL_SHORT" ] || versions+=("$version"); done
elif [ "${versions[0]}" = "local" ]; then
  versions=("$LOCAL_SHORT")
fi

if [ "$lint" = 1 ]; then
  echo "== lint (ruff; flake8-qgis for Qt6/QGIS 4: QGS4xx)"
  ruff check .
  flake8 --select=QGS4 --exclude=.git,__pycache__,.venv,build,dist,output,.qgis-settings .
  echo "== translations"
  python scripts/i18n.py check
  python scripts/i18n.py compile >/dev/null
fi

summary=()
total_passed=0
total_failed=0
total_skipped=0
failed_versions=0
LOG_DIR=$(mktemp -d)
trap 'rm -rf "$LOG_DIR"' EXIT

count() {  # count WORD LOG: the number before WORD in pytest's closing line
  tail -n 5 "$2" | grep -Eo "[0-9]+ $1" | tail -1 | cut -d' ' -f1 || true
}

for version in "${versions[@]}"; do
  log="$LOG_DIR/$version.log"
  started=$SECONDS
  status=0
  if [ "$version" = "$LOCAL_SHORT" ]; then
    echo "== PostgreSQL + PostGIS (Debian packages, for tests/test_postgis.py)"
    bash scripts/postgis.sh install || echo "PostGIS could not be installed; tests/test_postgis.py will say why"
    echo "== tests (pytest, real QGIS $LOCAL_VERSION, this machine)"
    set +e
    python -m pytest "${pytest_args[@]}" 2>&1 | tee "$log"
    status=${PIPESTATUS[0]}
    set -e
    label="QGIS $LOCAL_VERSION (this machine)"
  else
    suite=$(bash scripts/matrix.sh suite "$version")
    echo "== tests (pytest, QGIS $version in the Debian $suite chroot, scripts/matrix.sh)"
    set +e
    bash scripts/matrix.sh run "$suite" "${pytest_args[@]}" 2>&1 | tee "$log"
    status=${PIPESTATUS[0]}
    set -e
    label="QGIS $(bash scripts/matrix.sh version "$suite" | cut -d- -f1) (Debian $suite)"
  fi
  minutes=$(awk "BEGIN { printf \"%.1f\", ($SECONDS - $started) / 60 }")
  passed=$(count passed "$log"); failed=$(count failed "$log"); errors=$(count error "$log")
  skipped=$(count skipped "$log")
  passed=${passed:-0}; failed=$(( ${failed:-0} + ${errors:-0} )); skipped=${skipped:-0}
  total_passed=$(( total_passed + passed )); total_failed=$(( total_failed + failed ))
  total_skipped=$(( total_skipped + skipped ))
  verdict="ok"
  if [ "$status" -ne 0 ]; then verdict="FAILED (pytest exit $status)"; failed_versions=$(( failed_versions + 1 )); fi
  summary+=("$(printf '%-34s %5s passed %4s failed %4s skipped %6s min  %s' "$label" "$passed" "$failed" "$skipped" "$minutes" "$verdict")")
done

echo
echo "== QGIS versions"
printf '%s\n' "${summary[@]}"
echo "total: $total_passed passed, $total_failed failed, $total_skipped skipped"
[ "$failed_versions" -eq 0 ]
