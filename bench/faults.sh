#!/usr/bin/env bash
# Fault benchmark: gunicorn (2 workers) on a throwaway PostgreSQL cluster (port 55432) and a throwaway
# Redis (port 6396), under wrk load; each is stopped for a few seconds and started again. Prints the
# errors before, during and after each outage: the site must recover by itself. First, for comparison,
# the rate with every cache empty (the Redis outage must not fall below it). Loopback only.
#   bash bench/faults.sh              # OUTAGE=5 PHASE=5 CONNECTIONS=8
set -euo pipefail
cd "$(dirname "$0")/.."

OUTAGE=${OUTAGE:-5}
PHASE=${PHASE:-5}
CONNECTIONS=${CONNECTIONS:-8}
PORT=${PORT:-8106}
PG_PORT=${PG_PORT:-55432}
REDIS_PORT=${REDIS_PORT:-6396}
PY=.venv/bin/python
WORK=$(mktemp -d /tmp/bench-faults.XXXXXX)
chmod 755 "$WORK"
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGDATA="$WORK/pg"

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
RUN="$WORK/run"  # the server's log and socket, writable by the postgres user
pg() { as_postgres "$PG_BIN/pg_ctl" -D "$PGDATA" -l "$RUN/pg.log" -o "-p $PG_PORT -k $RUN -c listen_addresses=127.0.0.1" "$@" >/dev/null; }

export DATABASE_URL="postgres://postgres@127.0.0.1:$PG_PORT/reports"
source bench/production_env.sh

cleanup() {
  stop_servers
  pg stop -m immediate 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

start_redis() {
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no --logfile "$WORK/redis.log" &
  REDIS_PID=$!
  for _ in $(seq 1 50); do (exec 3<>"/dev/tcp/127.0.0.1/$REDIS_PORT") 2>/dev/null && return; sleep 0.1; done
}

echo "== Throwaway PostgreSQL ($PG_BIN, port $PG_PORT) and Redis (port $REDIS_PORT)"
mkdir -p "$PGDATA" "$RUN" && chown postgres "$PGDATA" "$RUN" 2>/dev/null || true
as_postgres "$PG_BIN/initdb" -D "$PGDATA" -U postgres -A trust >/dev/null
pg -w start
as_postgres "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres reports
start_redis
$PY manage.py migrate --noinput -v 0
$PY manage.py load_demo -v 0 >/dev/null
$PY manage.py collectstatic --noinput -v 0
URL="http://127.0.0.1:$PORT$($PY -c "
import django; django.setup()
from conference.models import ConferencePage
print(ConferencePage.objects.live().first().url)")"

start_gunicorn() {
  DJANGO_PAGE_CACHE_SECONDS=$1 GUNICORN_WORKERS=2 .venv/bin/gunicorn -c config/gunicorn.py \
    --bind "127.0.0.1:$PORT" config.wsgi 2>>"$WORK/gunicorn.log" &  # the outage's tracebacks
  GUNICORN_PID=$!
  for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.2; done
  curl -s -o /dev/null "$URL"
}
stop_gunicorn() { kill "$GUNICORN_PID"; wait "$GUNICORN_PID" 2>/dev/null || true; GUNICORN_PID=""; }

# One wrk run: "<requests> <non-2xx/3xx> <socket errors> <req/s>".
load() {
  local out
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${1}s" --timeout 10s "$URL")
  local requests bad sockets rps
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  bad=$( (grep 'Non-2xx' <<<"$out" || echo '0') | awk '{print $NF}')
  sockets=$( (grep 'Socket errors' <<<"$out" || echo 'x 0, x 0, x 0, x 0') | tr -dc '0-9 ,' | tr ',' '\n' |
    awk '{s+=$NF} END {print s+0}')
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  echo "$requests $bad $sockets $rps"
}

# "HTTP <status>" and the headers that say how it was answered.
answer() {
  curl -s -o /dev/null -D - "$1" | tr -d '\r' |
    awk 'NR == 1 {printf "HTTP %s", $2} tolower($1) ~ /^(x-page-cache|retry-after):$/ {printf ", %s %s", $1, $2}'
}

report() { read -r requests bad sockets rps <<<"$2"; printf '%-8s %9s %10s %14s %9s\n' "$1" "$requests" "$bad" "$sockets" "$rps"; }

outage() {
  local label=$1 stop=$2 start=$3 seconds=$4
  start_gunicorn "$seconds"
  printf '\n== %s stopped for %ss under load (%s connections, page cache %ss)\n' "$label" "$OUTAGE" "$CONNECTIONS" "$seconds"
  printf '%-8s %9s %10s %14s %9s\n' phase requests non-2xx/3xx "socket errors" "req/s"
  report before "$(load "$PHASE")"
  $stop
  report during "$(load "$OUTAGE")"
  printf 'a cached page during the outage: %s\n' "$(answer "$URL")"
  printf 'a page not in the cache during the outage: %s\n' "$(answer "$URL?not-cached=$RANDOM")"
  $start
  sleep 1
  report after "$(load "$PHASE")"
  printf 'healthz after: %s\n' "$(curl -s "http://127.0.0.1:$PORT/healthz")"
  stop_gunicorn
}

stop_pg() { pg -m fast stop; }
start_pg() { pg -w start; }
stop_redis() { kill "$REDIS_PID"; wait "$REDIS_PID" 2>/dev/null || true; REDIS_PID=""; }

# The cold rate to compare the Redis outage with: every cache a DummyCache, no page cache.
cold_rate() {
  cat >"$WORK/cold_settings.py" <<'PY'
from config.settings.production import *  # noqa: F403

CACHES = {name: {"BACKEND": "django.core.cache.backends.dummy.DummyCache"} for name in ("default", "template_fragments")}
PY
  PYTHONPATH="$WORK" DJANGO_SETTINGS_MODULE=cold_settings start_gunicorn 0
  printf '\n== Every cache empty, for comparison (DummyCache, no page cache, %s connections)\n' "$CONNECTIONS"
  printf '%-8s %9s %10s %14s %9s\n' phase requests non-2xx/3xx "socket errors" "req/s"
  report cold "$(load "$PHASE")"
  stop_gunicorn
}

echo "page: $URL"
cold_rate
# The page cache on: the page wrk asks for is cached (served stale during the outage), others are 503.
outage PostgreSQL stop_pg start_pg 600
outage Redis stop_redis start_redis 600
