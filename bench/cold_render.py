"""Cold render of the public pages in-process: every cache a DummyCache, production settings.

Prints, per page, the SQL query count and the median render time through Django's test client;
`--profile URL` prints a pyinstrument profile of that page's renders instead, and `--calls` the
number of Python function calls per render (cProfile), a measure of work that, unlike time, does
not depend on what else the machine is doing. Needs a database
with the demo loaded (`manage.py load_demo`) in DATABASE_URL:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/perf_dev .venv/bin/python bench/cold_render.py
    DATABASE_URL=... .venv/bin/python bench/cold_render.py --profile /events/2025-smm-silver-conference/
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

from django.conf import settings  # noqa: E402

# As side-by-side.sh with CACHE=off: every cache alias is a DummyCache.
settings.CACHES = {alias: {"BACKEND": "django.core.cache.backends.dummy.DummyCache"} for alias in settings.CACHES}

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402


def demo_urls():
    from awards.models import AwardPage
    from conference.models import ConferencePage, SessionPage
    from speakers.models import OrganisationPage, SpeakerPage

    conference = ConferencePage.objects.live().order_by("-start_date").first()
    # The session side-by-side.sh measures against bakerydemo's richest blog post.
    richest = SessionPage.objects.child_of(conference).live().get(slug="silver-market-2025-status-and-trends")
    speaker = SpeakerPage.objects.live().order_by("path").first()
    organisation = OrganisationPage.objects.live().order_by("path").first()
    award = AwardPage.objects.live().first()
    return {
        "home": "/",
        "events": "/events/",
        "conference": conference.url,
        "session": richest.url,
        "award": award.url,
        "speakers": "/speakers/",
        "speaker": speaker.url,
        "organisations": "/organisations/",
        "organisation": organisation.url,
    }


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
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--profile", metavar="URL", help="print a pyinstrument profile of this page")
    parser.add_argument("--queries", metavar="URL", help="print the SQL statements of this page")
    parser.add_argument("--calls", action="store_true", help="print Python function calls per render")
    args = parser.parse_args()
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
    if args.calls:
        print(f"{'page':<14} {'calls/render':>12}  url")
        for name, url in demo_urls().items():
            client.get(url)
            print(f"{name:<14} {count_calls(client, url, args.repeat):>12.0f}  {url}")
        return
    print(f"{'page':<14} {'status':>6} {'median ms':>10} {'queries':>8}  url")
    for name, url in demo_urls().items():
        client.get(url)
        status, median, queries = measure(client, url, args.repeat)
        print(f"{name:<14} {status:>6} {median:>10.1f} {queries:>8}  {url}")


if __name__ == "__main__":
    main()
