"""Time and memory of `manage.py export_static`: the demo edition, then a 40-session edition with 200
speakers (each with a photo), each exported cold (renditions made on the way), again with nothing
changed, and after one session changed. Prints seconds, files written/unchanged/removed and the
process's peak resident memory (getrusage).

Uses a SQLite database and media folder of its own in a temporary folder, removed at the end:

    .venv/bin/python bench/export_static.py [--sessions 40] [--speakers 200]
"""

import argparse
import os
import resource
import sys
import tempfile
import time
from io import StringIO
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def export(label, slug, out):
    from django.core.management import call_command

    stdout = StringIO()
    started = time.perf_counter()
    call_command("export_static", slug, "--out", str(out), stdout=stdout)
    seconds = time.perf_counter() - started
    print(f"  {label:<38} {seconds:6.1f} s   peak {peak_mb():6.0f} MB   {stdout.getvalue().strip()}")
    return seconds


def build_edition(sessions, speakers):
    from django.utils import timezone

    from conference.choices import ParticipantRole
    from tests.factories import (
        AwardPageFactory,
        AwardRecipientFactory,
        ConferencePageFactory,
        ImageFactory,
        OrganisationPageFactory,
        SessionPageFactory,
        SessionParticipantFactory,
        SpeakerPageFactory,
        SponsorshipFactory,
        TrackFactory,
    )

    organisations = [OrganisationPageFactory(title=f"Metals Company {n}") for n in range(20)]
    people = [
        SpeakerPageFactory(
            given_name=f"Given{n}",
            family_name=f"Family{n}",
            organisation=organisations[n % 20],
            photo=ImageFactory(title=f"Portrait {n}"),
        )
        for n in range(speakers)
    ]
    # Published pages: a calendar's DTSTAMP is the publish time (the time of the request without one).
    published = timezone.now()
    conference = ConferencePageFactory(
        title="2030 Silver Conference", slug="bench-edition", last_published_at=published
    )
    tracks = [TrackFactory(conference=conference, name=f"Forum {n}", sort_order=n) for n in range(4)]
    for n in range(5):
        SponsorshipFactory(conference=conference, organisation=organisations[n])
    per_session = max(1, speakers // sessions)
    for n in range(sessions):
        session = SessionPageFactory(
            parent=conference,
            title=f"Session {n}",
            slug=f"session-{n}",
            track=tracks[n % 4],
            last_published_at=published,
        )
        for place in range(per_session):
            SessionParticipantFactory(
                session=session,
                speaker=people[(n * per_session + place) % speakers],
                role=ParticipantRole.SPEAKER,
                sort_order=place,
            )
    award = AwardPageFactory(parent=conference, title="Silver Award 2030")
    AwardRecipientFactory(award=award, organisation=organisations[0])
    return conference


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=40)
    parser.add_argument("--speakers", type=int, default=200)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-export-") as scratch:
        scratch = Path(scratch)
        os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
        os.environ["DATABASE_URL"] = f"sqlite:///{scratch / 'bench.db'}"
        import django
        from django.conf import settings

        settings.MEDIA_ROOT = str(scratch / "media")
        django.setup()
        from django.core.management import call_command

        from conference.models import SessionPage

        call_command("migrate", verbosity=0)
        call_command("load_demo", stdout=StringIO())
        print(f"after migrate and load_demo: peak {peak_mb():.0f} MB")

        print("demo edition:")
        demo = "2025-smm-silver-conference"
        export("cold (renditions made)", demo, scratch / "demo")
        export("again, nothing changed", demo, scratch / "demo")

        started = time.perf_counter()
        build_edition(args.sessions, args.speakers)
        print(f"{args.sessions} sessions, {args.speakers} speakers built in {time.perf_counter() - started:.0f} s")
        export("cold (renditions made)", "bench-edition", scratch / "big")
        export("again, nothing changed", "bench-edition", scratch / "big")
        session = SessionPage.objects.get(slug="session-0")
        session.teaser = "A changed teaser."
        session.save_revision().publish()
        export("after one session changed", "bench-edition", scratch / "big")


if __name__ == "__main__":
    main()
