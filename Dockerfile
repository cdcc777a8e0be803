# The application image: `docker build -t reports .`, then run it with the variables of
# docs/deployment.md. Two stages: the build stage installs the requirements and collects the static
# files (no secrets needed: config.settings.build); the runtime stage copies the result and runs as an
# unprivileged user. The same image runs the web process (default) and the worker:
#   docker run ... reports                          (gunicorn)
#   docker run ... reports python manage.py run_worker
#   docker run ... reports python manage.py migrate --noinput   (release job, once per release)

FROM python:3.11-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONDONTWRITEBYTECODE=1
RUN python -m venv /opt/venv
COPY requirements.txt /tmp/requirements.txt
RUN /opt/venv/bin/pip install -r /tmp/requirements.txt
WORKDIR /app
COPY . .
RUN DJANGO_SETTINGS_MODULE=config.settings.build DJANGO_STATIC_ROOT=/app/staticfiles \
    /opt/venv/bin/python manage.py collectstatic --noinput -v0 \
    && DJANGO_SETTINGS_MODULE=config.settings.build /opt/venv/bin/python manage.py compile_translations -v0

FROM python:3.11-slim-bookworm
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=config.settings.production \
    DJANGO_STATIC_ROOT=/app/staticfiles \
    GUNICORN_BIND=0.0.0.0:8000 \
    XDG_RUNTIME_DIR=/tmp
RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin app
COPY --from=build /opt/venv /opt/venv
COPY --from=build /app /app
WORKDIR /app
USER app
EXPOSE 8000
CMD ["gunicorn", "-c", "config/gunicorn.py", "config.wsgi"]
