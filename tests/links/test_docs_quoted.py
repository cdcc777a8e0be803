"""Every site URL and every command that README.md and docs/*.md quote works against the demo.

The documents are read when the tests run, so a URL or command added to any of them is covered
without touching this file. Placeholders such as `<conference URL>`, `<id>` or `SLUG` are filled in
from the demo; patterns with `…` are descriptions, not addresses, and are left out.
"""

import re
import shlex
import subprocess
from io import StringIO
from pathlib import Path

import pytest

from django.conf import settings
from django.core.management import CommandError, call_command, get_commands, load_command_class
from django.db import transaction
from django.test import override_settings
from django.urls import LocalePrefixPattern, get_resolver

from wagtail.models import Locale, Page

from awards.models import AwardPage
from conference.models import ConferencePage, SessionPage
from speakers.models import OrganisationPage, SpeakerPage

BASE_DIR = Path(settings.BASE_DIR)
DEPLOYED_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
DEMO_SLUG = "2025-smm-silver-conference"
# Quoted on purpose as prefixes, not pages: where documents are served, and the API's root, which
# Wagtail's API does not answer (its endpoints are below it).
EXPECTED_STATUS = {"/documents/": 404, "/api/v2/": 404}
# Commands cheap and harmless enough to run for real against the demo, with the arguments to use.
RUN_FOR_REAL = {"check": [], "check_media": [], "export_conference": [DEMO_SLUG, "--output", "{tmp}/c.json"]}
OUR_HOSTS = re.compile(r"^https?://(?:127\.0\.0\.1|localhost)(?::\d+)?(?=/)")


def doc_files():
    return [BASE_DIR / "README.md", *sorted((BASE_DIR / "docs").glob("*.md"))]


def quoted_snippets():
    """(file name, text) of every inline code span, every line of a fenced code block and every
    address of a local server written out in the prose."""
    snippets = []
    for path in doc_files():
        text = path.read_text(encoding="utf-8")
        fenced = re.findall(r"^```[^\n]*\n(.*?)^```", text, flags=re.MULTILINE | re.DOTALL)
        without_fences = re.sub(r"^```.*?^```", "", text, flags=re.MULTILINE | re.DOTALL)
        lines = [line for block in fenced for line in block.splitlines()]
        spans = re.findall(r"`([^`\n]+)`", without_fences)
        local = re.findall(r"https?://(?:127\.0\.0\.1|localhost)(?::\d+)?/[^\s`)>]*", without_fences)
        snippets += [(path.name, snippet) for snippet in spans + lines + local]
    return snippets


def site_roots():
    """First path segments the site answers: the URLconf's literal prefixes and the top-level pages."""
    roots = set()
    patterns = list(get_resolver().url_patterns)
    for pattern in patterns:
        if isinstance(pattern.pattern, LocalePrefixPattern):
            # i18n_patterns: what is inside answers unprefixed in English.
            patterns.extend(pattern.url_patterns)
            continue
        literal = re.match(r"\^?([A-Za-z0-9_.-]+)", str(pattern.pattern))
        if literal:
            roots.add(literal.group(1))
    roots.update(Page.objects.filter(depth=3).values_list("slug", flat=True))
    # The language prefixes of i18n_patterns, which the URLconf shows only while that language is active.
    roots.update(code for code, _name in settings.LANGUAGES)
    return roots


@pytest.fixture(scope="module")
def loaded_demo(django_db_setup, django_db_blocker):
    """The demo, loaded once for the module and rolled back at its end."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", stdout=StringIO())
        yield
        transaction.set_rollback(True)


@pytest.fixture
def placeholders(loaded_demo, db):
    conference = ConferencePage.objects.get(slug=DEMO_SLUG, locale=Locale.get_default())
    session = SessionPage.objects.child_of(conference).live().order_by("path").first()
    award = AwardPage.objects.child_of(conference).live().first()
    speaker = SpeakerPage.objects.live().order_by("path").first()
    organisation = OrganisationPage.objects.live().order_by("path").first()
    # Most specific first: `<slug>` names a different page under each section.
    return {
        "/speakers/<slug>/": speaker.url,
        "/organisations/<slug>/": organisation.url,
        "<conference URL>": conference.url,
        "<session URL>": session.url,
        "<slug>": conference.slug,
        "<s>": session.slug,
        "<a>": award.slug,
        "<conference id>": str(conference.pk),
        "<id>": str(conference.pk),
    }


def quoted_paths(placeholders):
    """{path: document} of the site URLs the documents quote, placeholders filled in."""
    roots = site_roots()
    paths = {}
    for name, snippet in quoted_snippets():
        for placeholder, value in placeholders.items():
            snippet = snippet.replace(placeholder, value)
        for token in snippet.split():
            token = OUR_HOSTS.sub("", token).rstrip(".,;:")
            segment = token[1:].split("/", 1)[0].split("?", 1)[0]
            if not token.startswith("/") or segment not in roots or "…" in token or "<" in token:
                continue
            paths.setdefault(token, name)
    return paths


def quoted_commands(prefix):
    """(document, argument list) of each quoted command line that runs `prefix`."""
    found = []
    for name, snippet in quoted_snippets():
        for line in snippet.split("&&"):
            try:
                words = shlex.split(line.split(" #", 1)[0])
            except ValueError:  # an unbalanced quote in prose: plain words will do
                words = line.split()
            if prefix in words and words.index(prefix) + 1 < len(words):
                found.append((name, words[words.index(prefix) + 1 :]))
    return found


def test_documents_quote_urls_and_commands(placeholders):
    """The extraction itself finds what the documents are known to quote."""
    paths = quoted_paths(placeholders)
    assert f"/events/{DEMO_SLUG}/calendar.ics" in paths
    assert "/api/v2/pages/" in paths
    assert {"load_demo", "import_schedule"} <= {args[0] for _, args in quoted_commands("manage.py")}
    assert "run" in {args[0] for _, args in quoted_commands("make")}


def test_every_quoted_url_answers(client, placeholders):
    answers = {}
    for path, document in quoted_paths(placeholders).items():
        response = client.get(path, follow=True)
        answers[f"{document}: {path}"] = response.status_code
    expected = {
        f"{document}: {path}": EXPECTED_STATUS.get(path, 200) for path, document in quoted_paths(placeholders).items()
    }
    assert answers == expected


def fill_arguments(arguments, tmp_path):
    """Placeholders replaced with real values; optional parts written as `[--user USERNAME]` dropped."""
    arguments = re.sub(r"\[[^\]]*\]", "", " ".join(arguments)).split()
    filled = {"SLUG": DEMO_SLUG, "PATH": str(tmp_path / "c.json"), "URL_OR_PATH": str(tmp_path / "s.json")}
    return [filled.get(argument, argument) for argument in arguments]


def test_every_quoted_management_command_exists_and_accepts_its_arguments(loaded_demo, db, tmp_path):
    commands = get_commands()
    problems = []
    for document, (name, *arguments) in quoted_commands("manage.py"):
        if name not in commands:
            problems.append(f"{document}: manage.py {name}: no such command")
            continue
        try:
            # The documents describe a deployment, whose task queue is the database one (the
            # worker's options are checked against it); the tests run tasks at once instead.
            with override_settings(TASKS=DEPLOYED_TASKS):
                parser = load_command_class(commands[name], name).create_parser("manage.py", name)
                parser.format_help()  # what `manage.py <name> --help` prints
                parser.parse_args(fill_arguments(arguments, tmp_path))
        except (SystemExit, CommandError) as error:
            problems.append(f"{document}: manage.py {name} {' '.join(arguments)}: {error}")
    assert problems == []


@pytest.mark.parametrize("name", sorted(RUN_FOR_REAL))
def test_cheap_quoted_commands_run_for_real(loaded_demo, db, tmp_path, name):
    quoted = {args[0] for _, args in quoted_commands("manage.py")}
    assert name in quoted, f"no document quotes manage.py {name} any more: update RUN_FOR_REAL"
    arguments = [argument.format(tmp=tmp_path) for argument in RUN_FOR_REAL[name]]
    call_command(name, *arguments, stdout=StringIO(), stderr=StringIO())


def test_every_quoted_make_target_exists():
    problems = []
    for document, (target, *_rest) in quoted_commands("make"):
        make = ["make", "-n", target]
        result = subprocess.run(make, cwd=BASE_DIR, capture_output=True, text=True, check=False)  # noqa: S603, S607
        if result.returncode != 0:
            problems.append(f"{document}: make {target}: {result.stderr.strip()}")
    assert problems == []
    make_help = ["make", "help"]
    help_text = subprocess.run(make_help, cwd=BASE_DIR, capture_output=True, text=True, check=True).stdout  # noqa: S603, S607
    assert "run" in help_text


def test_every_quoted_script_answers_help():
    problems = []
    for document, (script, *_arguments) in quoted_commands(".venv/bin/python"):
        if not script.endswith(".py") or script == "manage.py":  # manage.py: tested above
            continue
        path = BASE_DIR / script
        result = subprocess.run(  # noqa: S603
            [str(BASE_DIR / ".venv/bin/python"), str(path), "--help"], capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            problems.append(f"{document}: {script} --help: {result.stderr.strip()[-200:]}")
    assert problems == []
