"""Scale benchmark: 50 conferences x 40 sessions and 2,000 speakers, then the median render time and
SQL query count of each public page type and of the admin's page explorer for one conference.

A second conference with a quarter of the sessions shows whether query counts grow with sessions.
Uses a PostgreSQL database of its own (bench_scale), created and dropped here.

    .venv/bin/python bench/scale.py [--conferences 50] [--sessions 40] [--speakers 2000] [--repeat 5]
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))
DATABASE = "bench_scale"
SERVER = "postgres://postgres@127.0.0.1:5432"


def recreate_database():
    import psycopg

    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {DATABASE}")
        connection.execute(f"CREATE DATABASE {DATABASE}")


def drop_database():
    import psycopg

    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")


def generate(conferences, sessions, speakers):
    from conference.choices import ParticipantRole, SponsorRole
    from tests.factories import (
        AwardPageFactory,
        AwardRecipientFactory,
        ConferencePageFactory,
        OrganisationPageFactory,
        SessionPageFactory,
        SessionParticipantFactory,
        SpeakerPageFactory,
        SponsorshipFactory,
        TrackFactory,
    )

    organisations = [OrganisationPageFactory(title=f"Metals Company {n}") for n in range(50)]
    people = [
        SpeakerPageFactory(given_name=f"Given{n}", family_name=f"Family{n}", organisation=organisations[n % 50])
        for n in range(speakers)
    ]
    built = []
    for number in range(conferences):
        count = sessions if number else max(1, sessions // 4)  # the first one is the small comparison
        conference = ConferencePageFactory(title=f"{2000 + number} Silver Conference", edition_number=number + 1)
        tracks = [TrackFactory(conference=conference, name=f"Forum {n}", sort_order=n) for n in range(4)]
        for n in range(5):
            SponsorshipFactory(conference=conference, organisation=organisations[n], role=SponsorRole.SPONSOR)
        for n in range(count):
            session = SessionPageFactory(parent=conference, title=f"Session {number}-{n}", track=tracks[n % 4])
            for role_number, role in enumerate((ParticipantRole.SPEAKER, ParticipantRole.MODERATOR)):
                speaker = people[(number * sessions + n * 2 + role_number) % speakers]
                SessionParticipantFactory(session=session, speaker=speaker, role=role, sort_order=role_number)
        award = AwardPageFactory(parent=conference, title=f"Silver Award {number}")
        AwardRecipientFactory(award=award, organisation=organisations[number % 50], citation="For steady pricing.")
        built.append(conference)
        print(f"\r  generated {number + 1}/{conferences} conferences", end="", flush=True)
    print()
    return built


def measure(client, url, repeat):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # renditions and first-use caches out of the way
    times, queries, status = [], 0, None
    for _ in range(repeat):
        started = time.perf_counter()
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
        queries, status = len(captured), response.status_code
    return statistics.median(times), queries, status


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conferences", type=int, default=50)
    parser.add_argument("--sessions", type=int, default=40)
    parser.add_argument("--speakers", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
    os.environ["DATABASE_URL"] = f"{SERVER}/{DATABASE}"
    recreate_database()
    try:
        import django

        django.setup()
        from django.conf import settings
        from django.contrib.auth import get_user_model
        from django.core.management import call_command
        from django.test import Client

        settings.ALLOWED_HOSTS = ["*"]
        call_command("migrate", verbosity=0)
        started = time.perf_counter()
        conferences = generate(args.conferences, args.sessions, args.speakers)
        print(f"  in {time.perf_counter() - started:.0f} s")
        run(conferences, args, Client, get_user_model())
    finally:
        from django.db import connections

        connections.close_all()
        drop_database()


def run(conferences, args, client_class, user_model):
    from awards.models import AwardPage
    from conference.models import SessionPage
    from speakers.models import OrganisationPage, SpeakerPage

    small, large = conferences[0], conferences[-1]
    session = SessionPage.objects.child_of(large).live().first()
    targets = [
        ("home", "/"),
        ("conference index", "/events/"),
        (f"conference ({SessionPage.objects.child_of(small).count()} sessions)", small.url),
        (f"conference ({SessionPage.objects.child_of(large).count()} sessions)", large.url),
        ("session", session.url),
        ("award", AwardPage.objects.child_of(large).first().url),
        ("speaker index", "/speakers/"),
        ("speaker", SpeakerPage.objects.filter(session_participations__isnull=False).first().url),
        ("organisation index", "/organisations/"),
        ("organisation", OrganisationPage.objects.first().url),
        ("search", "/search/?q=silver"),
    ]
    anonymous = client_class()
    editor = client_class()
    editor.force_login(user_model.objects.create_superuser("bench", "bench@example.com", "bench-password"))

    size = f"{args.conferences} conferences x {args.sessions} sessions, {args.speakers} speakers"
    print(f"\n{size}; median of {args.repeat}")
    print(f"{'page':<28} {'status':>6} {'median ms':>10} {'queries':>8}")
    for name, url in targets:
        median_ms, queries, status = measure(anonymous, url, args.repeat)
        print(f"{name:<28} {status:>6} {median_ms:>10.1f} {queries:>8}")
    for name, conference in (("admin explorer (small)", small), ("admin explorer (large)", large)):
        median_ms, queries, status = measure(editor, f"/admin/pages/{conference.id}/", args.repeat)
        print(f"{name:<28} {status:>6} {median_ms:>10.1f} {queries:>8}")
    print_cached_share(session)


def print_cached_share(session):
    """The share of the site's pages whose cached copy is still valid after one session is published.

    A cached page is served while none of its path's generations moved (delivery/generations.py), so
    comparing every live page's stamp before and after the publish gives the exact share, without
    rendering thousands of pages first.
    """
    from wagtail.models import Page

    from delivery.generations import path_stamp

    urls = [page.url for page in Page.objects.live().filter(depth__gte=2).specific(defer=True)]
    before = {url: path_stamp(url) for url in urls}
    session.title += " (revised)"
    session.save_revision().publish()
    still_cached = sum(path_stamp(url) == stamp for url, stamp in before.items())
    print(
        f"\nafter publishing one session: {still_cached:,} of {len(urls):,} pages still cached "
        f"({still_cached / len(urls):.1%})"
    )


if __name__ == "__main__":
    main()
