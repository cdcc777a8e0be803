#!/usr/bin/env bash
# Load benchmark: gunicorn (2 workers, config/gunicorn.py) on PostgreSQL with the demo loaded, wrk at
# 16 connections against five public pages, page cache off and on, median of 3 rounds each.
# Prints req/s, p50, p99 and non-2xx/3xx answers per page, then each worker's resident memory.
# Loopback only; uses its own database (bench_load), Redis (port 6395) and port (8105); cleans up.
#   bash bench/load.sh                # DURATION=10 ROUNDS=3 CONNECTIONS=16 by default
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10}
ROUNDS=${ROUNDS:-3}
CONNECTIONS=${CONNECTIONS:-16}
PORT=${PORT:-8105}
REDIS_PORT=${REDIS_PORT:-6395}
DB=bench_load
PY=.venv/bin/python
WORK=$(mktemp -d /tmp/bench-load.XXXXXX)

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

export DATABASE_URL="postgres://postgres@127.0.0.1:5432/$DB"
source bench/production_env.sh

cleanup() {
  stop_servers
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB" postgres >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "== Preparing: database $DB, demo, static files"
psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB" postgres
psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $DB" postgres
redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no --logfile "$WORK/redis.log" &
REDIS_PID=$!
$PY manage.py migrate --noinput -v 0
$PY manage.py load_demo -v 0 >/dev/null
$PY manage.py collectstatic --noinput -v 0

# One page of each type from the demo.
read -r CONFERENCE SESSION < <($PY -c "
import django; django.setup()
from conference.models import ConferencePage, SessionPage
conference = ConferencePage.objects.live().order_by('-start_date').first()
session = SessionPage.objects.child_of(conference).live().order_by('date', 'start_time').first()
print(conference.url, session.url)")
declare -A PAGES=(
  [home]=/ [conference]=$CONFERENCE [session]=$SESSION [speakers]=/speakers/ [search]="/search/?q=silver"
)
ORDER="home conference session speakers search"

start_gunicorn() {
  DJANGO_PAGE_CACHE_SECONDS=$1 GUNICORN_WORKERS=2 .venv/bin/gunicorn -c config/gunicorn.py \
    --bind "127.0.0.1:$PORT" config.wsgi &
  GUNICORN_PID=$!
  for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && return; sleep 0.2; done
  echo "gunicorn did not start" >&2; exit 1
}

stop_gunicorn() {
  kill "$GUNICORN_PID"; wait "$GUNICORN_PID" 2>/dev/null || true; GUNICORN_PID=""
}

# wrk's latency figures in ms, whatever unit it printed.
to_ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; printf "%.1f", v}'; }
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

run_mode() {
  local label=$1 seconds=$2
  start_gunicorn "$seconds"
  for name in $ORDER; do curl -s -o /dev/null "http://127.0.0.1:$PORT${PAGES[$name]}"; done  # warm up
  printf '\n== %s (gunicorn 2 workers, %s connections, %ss x %s rounds, median)\n' "$label" "$CONNECTIONS" "$DURATION" "$ROUNDS"
  printf '%-11s %10s %10s %10s %12s\n' page "req/s" "p50 ms" "p99 ms" "non-2xx/3xx"
  for name in $ORDER; do
    local rps="" p50="" p99="" bad=""
    for _ in $(seq 1 "$ROUNDS"); do
      out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "http://127.0.0.1:$PORT${PAGES[$name]}")
      rps="$rps $(awk '/Requests\/sec/ {print $2}' <<<"$out")"
      p50="$p50 $(awk '$1=="50%" {print $2}' <<<"$out" | to_ms)"
      p99="$p99 $(awk '$1=="99%" {print $2}' <<<"$out" | to_ms)"
      bad="$bad $( (grep -E 'Non-2xx' <<<"$out" || echo 'x x x x 0') | awk '{print $NF}')"
    done
    printf '%-11s %10s %10s %10s %12s\n' "$name" "$(median <<<"$rps")" "$(median <<<"$p50")" \
      "$(median <<<"$p99")" "$(median <<<"$bad")"
  done
  printf 'worker RSS after the run (MB):'
  for pid in $(pgrep -P "$GUNICORN_PID"); do printf ' %s' "$(( $(ps -o rss= -p "$pid") / 1024 ))"; done
  printf '\n'
  stop_gunicorn
}

echo "pages: $(for n in $ORDER; do printf '%s=%s ' "$n" "${PAGES[$n]}"; done)"
# The first visits make the image renditions, as on a running site they already exist; made in a
# server of their own so the encoders' memory does not count against the measured workers.
start_gunicorn 0
for name in $ORDER; do curl -s -o /dev/null "http://127.0.0.1:$PORT${PAGES[$name]}"; done
stop_gunicorn
run_mode "Page cache off (Redis still holds Wagtail's and the templates' fragments)" 0
run_mode "Page cache on" 600
