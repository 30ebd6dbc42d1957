#!/usr/bin/env bash
# rasad's test command: installs what the tests need, then runs the whole suite twice — on SQLite and on a real,
# throwaway PostgreSQL server listening on 127.0.0.1 only. Works as root (CI, fresh machines) or as a user who
# already has PostgreSQL's binaries and Chromium installed.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "== installing system packages: ${need[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "missing system packages: ${need[*]} (install them with apt-get, or run this as root)" >&2
    exit 2
  fi
fi

echo "== python environment"
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e ".[test]"

echo "== PostgreSQL (throwaway, 127.0.0.1)"
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
PGPORT=${RASAD_TEST_PGPORT:-54329}
PGDIR=$(mktemp -d /tmp/rasad-pg.XXXXXX)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$PGDIR"
fi
as_pg "$PGBIN/initdb" -D "$PGDIR/data" -A trust -U postgres --no-instructions >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGDIR -c fsync=off -c full_page_writes=off" start >/dev/null
trap 'as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$PGDIR"' EXIT

if [ "${CI:-}" = "true" ]; then export RASAD_REQUIRE_BROWSER=1; fi

echo "== lint"
.venv/bin/ruff check rasad tests benchmarks

echo "== tests on SQLite"
.venv/bin/python -m pytest -q "$@"

echo "== tests on PostgreSQL"
RASAD_TEST_DB="postgresql://postgres@127.0.0.1:$PGPORT/postgres" .venv/bin/python -m pytest -q "$@"
