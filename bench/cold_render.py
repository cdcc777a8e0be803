"""Cold render of the public pages in-process: every cache a DummyCache, production settings.

Prints, per page, the SQL query count and the median render time through Django's test client;
`--profile URL` prints a pyinstrument profile of that page's renders instead, and `--calls` the
number of Python function calls per render (cProfile), a measure of work that, unlike time, does
not depend on what else the machine is doing. Needs a database
with the demo loaded (`manage.py load_demo`) in DATABASE_URL:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/perf_dev .venv/bin/python bench/cold_render.py
    DATABASE_URL=... .venv/bin/python bench/cold_render.py --profile /events/2025-smm-silver-conference/

`--language zh-hans` measures the same pages' Chinese translations (a page type not translated yet
is listed as such); `--warm` keeps production's caches instead of emptying them, so every render
after the first is a warm one.
"""

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
os.environ.setdefault("DJANGO_SECRET_KEY", "cold-render-bench-local-only")
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver,localhost")
os.environ.setdefault("DJANGO_SECURE_SSL_REDIRECT", "false")
os.environ.pop("REDIS_URL", None)


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--profile", metavar="URL", help="print a pyinstrument profile of this page")
    parser.add_argument("--queries", metavar="URL", help="print the SQL statements of this page")
    parser.add_argument("--calls", action="store_true", help="print Python function calls per render")
    parser.add_argument("--language", default="en", help="measure the pages' translations in this language")
    parser.add_argument("--warm", action="store_true", help="keep the caches: renders after the first are warm")
    return parser.parse_args()


ARGS = arguments()

from django.conf import settings  # noqa: E402

if not ARGS.warm:
    # As side-by-side.sh with CACHE=off: every cache alias is a DummyCache.
    settings.CACHES = {alias: {"BACKEND": "django.core.cache.backends.dummy.DummyCache"} for alias in settings.CACHES}
else:
    # Production's caches with this process's memory standing in for Redis (the page cache stays
    # off, as production turns it on only with Redis): fragments and memos warm after one render.
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "template_fragments": {
            "BACKEND": "delivery.fragment_cache.LocalFirstCache",
            "OPTIONS": {"SHARED": "default"},
        },
    }

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402


def translated(page, language):
    """The URL of the page in `language`, or None while it is not translated."""
    if page.locale.language_code == language:
        return page.url
    translation = page.get_translations().live().filter(locale__language_code=language).first()
    return translation.url if translation else None


def demo_urls(language="en"):
    from wagtail.models import Site

    from awards.models import AwardPage
    from conference.models import ConferencePage, SessionPage
    from speakers.models import OrganisationPage, SpeakerPage

    # The English pages; `translated` finds their translations.
    conference = ConferencePage.objects.live().filter(locale__language_code="en").order_by("-start_date").first()
    # The session side-by-side.sh measures against bakerydemo's richest blog post.
    richest = SessionPage.objects.child_of(conference).live().get(slug="silver-market-2025-status-and-trends")
    speaker = SpeakerPage.objects.live().filter(locale=conference.locale).order_by("path").first()
    organisation = OrganisationPage.objects.live().filter(locale=conference.locale).order_by("path").first()
    award = AwardPage.objects.live().filter(locale=conference.locale).first()
    home = Site.objects.get(is_default_site=True).root_page
    section = {page.slug: page for page in home.get_children()}
    pages = {
        "home": home,
        "events": section["events"],
        "conference": conference,
        "session": richest,
        "award": award,
        "speakers": section["speakers"],
        "speaker": speaker,
        "organisations": section["organisations"],
        "organisation": organisation,
    }
    return {name: translated(page, language) for name, page in pages.items()}


def measure(client, url, repeat):
    times = []
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - start) * 1000)
    return response.status_code, statistics.median(times), len(queries)


def count_calls(client, url, repeat):
    """Python function calls per render, counted by cProfile: the same on a busy machine as on a quiet one."""
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(repeat):
        client.get(url)
    profiler.disable()
    return pstats.Stats(profiler).total_calls / repeat


def main():
    args = ARGS
    client = Client()
    if args.queries:
        with CaptureQueriesContext(connection) as queries:
            client.get(args.queries)
        for query in queries:
            print(query["time"], query["sql"][:400])
        return
    if args.profile:
        from pyinstrument import Profiler

        client.get(args.profile)
        profiler = Profiler(interval=0.0005)
        with profiler:
            for _ in range(args.repeat):
                client.get(args.profile)
        print(profiler.output_text(unicode=True, color=False, show_all=False))
        return
    urls = demo_urls(args.language)
    if args.calls:
        print(f"{'page':<14} {'calls/render':>12}  url")
        for name, url in urls.items():
            if url:
                client.get(url)
                print(f"{name:<14} {count_calls(client, url, args.repeat):>12.0f}  {url}")
        return
    print(f"{'page':<14} {'status':>6} {'median ms':>10} {'queries':>8}  url")
    for name, url in urls.items():
        if not url:
            print(f"{name:<14} not translated into {args.language}")
            continue
        client.get(url)
        status, median, queries = measure(client, url, args.repeat)
        print(f"{name:<14} {status:>6} {median:>10.1f} {queries:>8}  {url}")


if __name__ == "__main__":
    main()
