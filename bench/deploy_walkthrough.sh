#!/usr/bin/env bash
# Follows docs/deployment.md step by step on loopback services and checks what an operator would:
# the demo served at its public address with its images, the admin logging in, mail delivered, and,
# once the worker exists (`manage.py run_worker`), a scheduled page going live by itself.
#
#     bash bench/deploy_walkthrough.sh
#
# Services, all its own: PostgreSQL database ops_walkthrough (127.0.0.1:5432, user postgres, trust),
# redis-server on 6390, moto's S3 server on 8163, an aiosmtpd SMTP server on 8164 writing a Maildir,
# the site (honcho + the Procfile) on 8165. Everything is stopped and removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV_BIN="$(cd .venv/bin && pwd)"
PY="$VENV_BIN/python"
PG="-h 127.0.0.1 -U postgres"
DB=ops_walkthrough
REDIS_PORT=6390 S3_PORT=8163 SMTP_PORT=8164 SITE_PORT=8165
SITE_URL="http://127.0.0.1:$SITE_PORT"
WORK="$(mktemp -d /tmp/deploy-walkthrough.XXXXXX)"
PIDS=()

wait_for_port() {
  for _ in $(seq 1 300); do (echo >"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return; sleep 0.2; done
  echo "nothing listens on 127.0.0.1:$1" >&2; exit 1
}
start() {  # start NAME PORT COMMAND...: a service in its own process group, stopped at the end
  local name=$1 port=$2; shift 2
  setsid "$@" >"$WORK/$name.log" 2>&1 &
  PIDS+=($!)
  wait_for_port "$port"
}
cleanup() {
  for pid in "${PIDS[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  dropdb $PG --if-exists "$DB" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
step() { printf '\n== %s\n' "$*"; }

step "What you need: PostgreSQL, Redis, an S3-compatible store, an SMTP server (all on loopback)"
dropdb $PG --if-exists "$DB"; createdb $PG "$DB"
start redis "$REDIS_PORT" redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no
start s3 "$S3_PORT" "$PY" -m moto.server -H 127.0.0.1 -p "$S3_PORT"
start smtp "$SMTP_PORT" "$PY" -m aiosmtpd -n -l "127.0.0.1:$SMTP_PORT" -c aiosmtpd.handlers.Mailbox "$WORK/mail"
echo "ok"

step "1. Build: collectstatic without secrets"
DJANGO_SETTINGS_MODULE=config.settings.build DJANGO_STATIC_ROOT="$WORK/static" \
  "$PY" manage.py collectstatic --noinput -v0
echo "ok    $(find "$WORK/static" -type f | wc -l) static files"

step "2. Configure: one environment file"
cat >"$WORK/env" <<ENV
DJANGO_SETTINGS_MODULE=config.settings.production
DJANGO_SECRET_KEY=walkthrough-$(head -c 32 /dev/urandom | base64 | tr -dc 'a-zA-Z0-9')-local-only
DJANGO_ALLOWED_HOSTS=127.0.0.1
DJANGO_CSRF_TRUSTED_ORIGINS=https://127.0.0.1:$SITE_PORT
DJANGO_SITE_URL=$SITE_URL
WAGTAILADMIN_BASE_URL=$SITE_URL
DJANGO_SECURE_SSL_REDIRECT=false
DJANGO_STATIC_ROOT=$WORK/static
DATABASE_URL=postgres://postgres@127.0.0.1:5432/$DB
REDIS_URL=redis://127.0.0.1:$REDIS_PORT/0
AWS_STORAGE_BUCKET_NAME=ops-walkthrough-media
AWS_S3_ENDPOINT_URL=http://127.0.0.1:$S3_PORT
AWS_S3_REGION_NAME=us-east-1
AWS_ACCESS_KEY_ID=walkthrough
AWS_SECRET_ACCESS_KEY=walkthrough-secret
AWS_S3_ADDRESSING_STYLE=path
DJANGO_EMAIL_URL=smtp://127.0.0.1:$SMTP_PORT
DJANGO_DEFAULT_FROM_EMAIL=reports@example.org
DJANGO_LOG_FORMAT=json
GUNICORN_BIND=127.0.0.1:$SITE_PORT
GUNICORN_WORKERS=2
ENV
set -a; . "$WORK/env"; set +a
echo "ok    $WORK/env"

step "3. The media bucket"
"$PY" manage.py check_media --create

step "4. Database and the first admin"
"$PY" manage.py migrate --noinput -v0
ADMIN_PASSWORD="walk-$(head -c 16 /dev/urandom | base64 | tr -dc 'a-zA-Z0-9')"
DJANGO_ADMIN_USERNAME=operator DJANGO_ADMIN_EMAIL=operator@example.org DJANGO_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
  "$PY" manage.py ensure_admin

step "5. The first edition"
"$PY" manage.py load_demo | tail -1

step "6. Processes (Procfile under honcho)"
WORKER=no
if "$PY" manage.py help run_worker >/dev/null 2>&1; then WORKER=yes; fi
cp "$WORK/env" "$WORK/.env"
if [ "$WORKER" = yes ]; then
  start honcho "$SITE_PORT" env PATH="$VENV_BIN:$PATH" "$VENV_BIN/honcho" -f Procfile -d . -e "$WORK/.env" start
else
  echo "(no run_worker in this build: the web process only)"
  start honcho "$SITE_PORT" env PATH="$VENV_BIN:$PATH" "$VENV_BIN/honcho" -f Procfile -d . -e "$WORK/.env" start web
fi
curl -sf -H "Host: 10.0.0.1" "$SITE_URL/healthz"; echo "   <- /healthz probed by IP address"
curl -sf "$SITE_URL/readyz"; echo "   <- /readyz"

step "7 and 8. Mail and the checks: images, admin login, password reset mail"
"$PY" manage.py check --deploy
"$PY" bench/walkthrough_checks.py "$SITE_URL" "$WORK/mail" operator "$ADMIN_PASSWORD" operator@example.org

step "Scheduled pages going live"
if [ "$WORKER" = yes ]; then
  "$PY" manage.py shell -c "
import datetime
from django.utils import timezone
from wagtail.models import Page
page = Page.objects.get(slug='2025-smm-silver-conference').get_children().live().first().specific
page.unpublish()
page.go_live_at = timezone.now() + datetime.timedelta(seconds=5)
page.save_revision().publish()
print(page.url)" >"$WORK/scheduled_url"
  URL="$(tail -1 "$WORK/scheduled_url")"
  for _ in $(seq 1 90); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$SITE_URL$URL")" = 200 ]; then echo "ok    $URL went live by itself"; break; fi
    sleep 1
  done
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$SITE_URL$URL")" = 200 ] || { echo "FAIL  $URL did not go live" >&2; exit 1; }
else
  echo "skipped: needs the worker (manage.py run_worker) of the tasks branch"
fi

step "Logs: one JSON object a line"
grep -c '^.*web\.1 *| {' "$WORK/honcho.log" | sed 's/^/ok    JSON log lines from web: /'
echo
echo "walkthrough complete"
