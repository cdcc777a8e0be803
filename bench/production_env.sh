# Sourced by the benchmarks: production settings on loopback, plain HTTP, no access log.
# Needs DATABASE_URL, REDIS_PORT and WORK set by the caller.
export DJANGO_SETTINGS_MODULE=config.settings.production
export DJANGO_SECRET_KEY="bench-$(head -c 32 /dev/urandom | base64 | tr -dc 'a-zA-Z0-9')-local-only"
export DJANGO_ALLOWED_HOSTS=127.0.0.1 DJANGO_SECURE_SSL_REDIRECT=false
export REDIS_URL="redis://127.0.0.1:$REDIS_PORT/0"
export DJANGO_STATIC_ROOT="$WORK/static" DJANGO_MEDIA_ROOT="$WORK/media"
export DJANGO_LOG_LEVEL=CRITICAL GUNICORN_ACCESS_LOG="" GUNICORN_LOG_LEVEL=critical

GUNICORN_PID=""
REDIS_PID=""
stop_servers() {
  if [ -n "$GUNICORN_PID" ]; then kill "$GUNICORN_PID" 2>/dev/null; wait "$GUNICORN_PID" 2>/dev/null || true; fi
  if [ -n "$REDIS_PID" ]; then kill "$REDIS_PID" 2>/dev/null; wait "$REDIS_PID" 2>/dev/null || true; fi
  GUNICORN_PID="" REDIS_PID=""
}
