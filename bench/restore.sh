#!/usr/bin/env bash
# Proves the backup and restore of docs/deployment.md ("Backups"): the demo on PostgreSQL and an
# S3-compatible store (moto's server on loopback), every public page and image hashed; then
# pg_dump + backup_media, the database dropped and the store thrown away; then a fresh database
# (pg_restore) and a fresh, empty store (restore_media); every page and image hashed again.
# Prints both counts and exits non-zero if a single byte differs.
#
#     bash bench/restore.sh
#
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust) with pg_dump/pg_restore, and moto[server]
# (requirements-dev.txt). Uses only databases named ops_restore_* and ports RESTORE_S3_PORT (8161).
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PY:-.venv/bin/python}"
PG="-h 127.0.0.1 -U postgres"
S3_PORT="${RESTORE_S3_PORT:-8161}"
WORK="$(mktemp -d /tmp/restore-bench.XXXXXX)"
SOURCE_DB=ops_restore_source
FRESH_DB=ops_restore_fresh

MOTO_PID=""
start_store() {
  "$PY" -m moto.server -H 127.0.0.1 -p "$S3_PORT" >"$WORK/moto.log" 2>&1 &
  MOTO_PID=$!
  for _ in $(seq 1 100); do (echo >"/dev/tcp/127.0.0.1/$S3_PORT") 2>/dev/null && return; sleep 0.1; done
  echo "the S3 server did not start" >&2; exit 1
}
stop_store() {
  if [ -n "$MOTO_PID" ]; then kill "$MOTO_PID" 2>/dev/null; wait "$MOTO_PID" 2>/dev/null || true; fi
  MOTO_PID=""
}
cleanup() {
  stop_store
  dropdb $PG --if-exists "$SOURCE_DB" 2>/dev/null; dropdb $PG --if-exists "$FRESH_DB" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

export DJANGO_SETTINGS_MODULE=config.settings.production
export DJANGO_SECRET_KEY="restore-$(head -c 32 /dev/urandom | base64 | tr -dc 'a-zA-Z0-9')-local-only"
export DJANGO_ALLOWED_HOSTS=localhost DJANGO_SECURE_SSL_REDIRECT=false DJANGO_LOG_LEVEL=ERROR
export DJANGO_STATIC_ROOT="$WORK/static"
export AWS_STORAGE_BUCKET_NAME=ops-restore-media AWS_S3_ENDPOINT_URL="http://127.0.0.1:$S3_PORT"
export AWS_ACCESS_KEY_ID=restore AWS_SECRET_ACCESS_KEY=restore-secret AWS_S3_REGION_NAME=us-east-1
export AWS_S3_ADDRESSING_STYLE=path

echo "== build: static files without secrets"
DJANGO_SETTINGS_MODULE=config.settings.build "$PY" manage.py collectstatic --noinput -v0

echo "== the site: database $SOURCE_DB, bucket on 127.0.0.1:$S3_PORT, the demo"
dropdb $PG --if-exists "$SOURCE_DB"; dropdb $PG --if-exists "$FRESH_DB"
createdb $PG "$SOURCE_DB"
export DATABASE_URL="postgres://postgres@127.0.0.1:5432/$SOURCE_DB"
start_store
"$PY" manage.py migrate --noinput -v0
"$PY" manage.py check_media --create | tail -1
"$PY" manage.py load_demo | tail -1
"$PY" bench/page_hashes.py >"$WORK/before.txt"

echo "== backup: pg_dump and backup_media"
pg_dump $PG --format=custom --file="$WORK/site.dump" "$SOURCE_DB"
"$PY" manage.py backup_media "$WORK/media"
printf 'database dump %s bytes, media %s files\n' "$(stat -c %s "$WORK/site.dump")" "$(find "$WORK/media" -type f | wc -l)"

echo "== disaster: database dropped, store thrown away"
dropdb $PG "$SOURCE_DB"
stop_store

echo "== restore: a fresh database $FRESH_DB and a fresh, empty store"
createdb $PG "$FRESH_DB"
pg_restore $PG --no-owner --exit-on-error --dbname="$FRESH_DB" "$WORK/site.dump"
export DATABASE_URL="postgres://postgres@127.0.0.1:5432/$FRESH_DB"
start_store
"$PY" manage.py check_media --create | tail -1
"$PY" manage.py restore_media "$WORK/media"
"$PY" manage.py check_media | tail -1
"$PY" bench/page_hashes.py >"$WORK/after.txt"

echo "== compare"
printf 'before: %s pages and images hashed; after: %s\n' "$(wc -l <"$WORK/before.txt")" "$(wc -l <"$WORK/after.txt")"
if diff -u "$WORK/before.txt" "$WORK/after.txt"; then
  echo "identical: every public page and image answers the same bytes after the restore"
else
  echo "DIFFERENT: see above" >&2
  exit 1
fi
