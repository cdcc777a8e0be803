# Conference report platform. `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000

.DEFAULT_GOAL := help

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  %-12s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed ## Create the virtual environment, install everything, compile the translations
	$(PY) manage.py compile_translations -v0

migrate: install ## Apply database migrations
	$(PY) manage.py migrate --noinput

demo: migrate ## Load the demo conference (harmless to repeat)
	@if $(PY) manage.py help load_demo >/dev/null 2>&1; then $(PY) manage.py load_demo; fi

# The public address for every absolute URL; migrate (a prerequisite of run) writes it into the Site.
run: export DJANGO_SITE_URL ?= http://127.0.0.1:$(PORT)
# The task worker (jobs/) runs beside the dev server and stops with it: Ctrl-C, or the server failing.
run: demo ## Install, migrate, load the demo, print the admin login, serve on http://127.0.0.1:8000
	$(PY) manage.py ensure_admin
	$(PY) manage.py run_worker & worker=$$!; trap 'kill $$worker 2>/dev/null; wait $$worker' EXIT INT TERM; \
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

test: install ## Run the whole test suite (one process per core, each test module kept in one)
	$(PY) -m pytest -n auto --dist loadfile

lint: install ## ruff check and format check
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

check: install ## Django system checks and missing migrations
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run

.PHONY: help install migrate demo run test lint check
