#!/usr/bin/env bash
# A throw-away PostgreSQL + PostGIS server on localhost, for the PostGIS workflow tests.
#
#   bash scripts/postgis.sh install          install Debian's postgresql + postgis when missing
#   bash scripts/postgis.sh start PORT       start a fresh cluster on 127.0.0.1:PORT with a database
#                                            "ondergrond" that has the postgis extension; prints
#                                            PGDATA=... PGHOST=... PGPORT=... PGUSER=... PGDATABASE=...
#   bash scripts/postgis.sh stop PGDATA      stop that server and delete its folder
#
# Everything lives in a temp folder; nothing touches the machine's own clusters. The server refuses to
# run as root, so as root the cluster belongs to the "postgres" system user (created by Debian's
# postgresql-common package); as any other user it belongs to that user. Authentication is "trust" on
# 127.0.0.1 only: never use this for anything but tests.
set -euo pipefail

DATABASE=ondergrond
DB_USER=postgres

pg_bindir() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ]; then echo "$dir"; return 0; fi
  done
  return 1
}

has_postgis() {
  local bindir version
  bindir=$(pg_bindir) || return 1
  version=$(basename "$(dirname "$bindir")")
  [ -f "/usr/share/postgresql/$version/extension/postgis.control" ]
}

install() {
  if pg_bindir >/dev/null && has_postgis && command -v ogr2ogr >/dev/null; then
    return 0
  fi
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "postgis.sh: not root and no sudo: cannot install PostgreSQL/PostGIS" >&2; return 2; }
    sudo="sudo -n"
  fi
  echo "postgis.sh: installing PostgreSQL + PostGIS from Debian's packages" >&2
  $sudo apt-get update -qq >&2
  # Debian 12: postgresql-15 + postgresql-15-postgis-3; other releases: the version apt offers.
  local version
  version=$(apt-cache depends postgresql 2>/dev/null | sed -n 's/.*Depends: postgresql-\([0-9]\+\)$/\1/p' | head -1)
  version=${version:-15}
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "postgresql-$version" "postgresql-$version-postgis-3" postgresql-client gdal-bin >&2
}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u "$DB_USER" -- "$@"
  else
    "$@"
  fi
}

start() {
  local port=${1:?usage: postgis.sh start PORT}
  install
  local bindir
  bindir=$(pg_bindir)
  if [ "$(id -u)" -eq 0 ]; then
    id "$DB_USER" >/dev/null 2>&1 || useradd --system --home-dir /nonexistent --shell /usr/sbin/nologin "$DB_USER"
  else
    DB_USER=$(id -un)
  fi
  local pgdata
  pgdata=$(mktemp -d /tmp/ondergrond-postgis.XXXXXX)
  chmod 700 "$pgdata"
  [ "$(id -u)" -eq 0 ] && chown "$DB_USER" "$pgdata"
  as_owner "$bindir/initdb" -D "$pgdata/data" -U "$DB_USER" --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  # Small, fast and local: TCP on 127.0.0.1 only, the socket inside the temp folder, no durability.
  as_owner "$bindir/pg_ctl" -D "$pgdata/data" -l "$pgdata/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$pgdata -c fsync=off \
        -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=64MB" >/dev/null \
    || { cat "$pgdata/server.log" >&2; return 1; }
  "$bindir/createdb" -h 127.0.0.1 -p "$port" -U "$DB_USER" "$DATABASE"
  "$bindir/psql" -h 127.0.0.1 -p "$port" -U "$DB_USER" -d "$DATABASE" -q -v ON_ERROR_STOP=1 \
    -c "CREATE EXTENSION postgis;" >/dev/null
  echo "PGDATA=$pgdata"
  echo "PGHOST=127.0.0.1"
  echo "PGPORT=$port"
  echo "PGUSER=$DB_USER"
  echo "PGDATABASE=$DATABASE"
}

stop() {
  local pgdata=${1:?usage: postgis.sh stop PGDATA}
  case "$pgdata" in /tmp/ondergrond-postgis.*) ;; *) echo "postgis.sh: refusing to remove $pgdata" >&2; return 2;; esac
  local bindir
  bindir=$(pg_bindir)
  if [ -f "$pgdata/data/postmaster.pid" ]; then
    [ "$(id -u)" -eq 0 ] && DB_USER=$(stat -c %U "$pgdata")
    as_owner "$bindir/pg_ctl" -D "$pgdata/data" -m fast -w stop >/dev/null || true
  fi
  rm -rf "$pgdata"
}

command=${1:-}
shift || true
case "$command" in
  install) install ;;
  start) start "$@" ;;
  stop) stop "$@" ;;
  *) echo "usage: postgis.sh install | start PORT | stop PGDATA" >&2; exit 2 ;;
esac
