"""Speed and memory of the conference bundle import, on generated bundles.

    .venv/bin/python bench/import.py            # both sizes: 40 sessions / 200 speakers, 2,000 / 5,000
    .venv/bin/python bench/import.py --small    # the small one only

Each measurement runs in a fresh process on a copy of one freshly migrated SQLite database, so the
peak memory printed is the import's own. Printed for each size: the first import (seconds and peak
RSS) and the re-import of the unchanged bundle (seconds, and how many times faster it is).

Publishing a page enqueues background tasks (share cards). On a deployment they run in a task worker;
the "worker" rows measure the import that way (tasks queued, not run). The "inline" row runs them in
the import process, as Django's default ImmediateBackend does in development.
"""

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
QUEUED_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
INLINE_TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
TARGETS = {"small": (40, 200, 10.0), "large": (2000, 5000, 180.0)}  # sessions, speakers, seconds allowed
MEMORY_LIMIT_MB = 500
IMAGES = 20


def generate_bundle(folder, sessions, speakers):
    """A bundle shaped like a real one: forums, sponsors, sessions with 2-3 speakers and a summary."""
    from PIL import Image

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "images").mkdir(exist_ok=True)
    images = []
    for index in range(IMAGES):
        path = f"images/portrait-{index}.png"
        Image.new("RGB", (400, 400), (40 + index * 9, 80, 120)).save(folder / path)
        images.append({"id": f"portrait-{index}", "file": path, "title": f"Portrait {index}"})
    organisations = [
        {"id": f"company-{i}", "name": f"Company {i} Materials Co., Ltd.", "short_name": f"Company {i}"}
        for i in range(max(20, speakers // 10))
    ]
    people = [
        {
            "id": f"speaker-{i}",
            "given_name": f"Given{i}",
            "family_name": f"Family{i}",
            "position": "Analyst",
            "organisation": organisations[i % len(organisations)]["id"],
            "photo": f"portrait-{i % IMAGES}",
        }
        for i in range(speakers)
    ]
    tracks = [{"id": f"forum-{i}", "name": f"Forum {i}", "day": "2025-05-16"} for i in range(4)]
    agenda = []
    for i in range(sessions):
        # Spread the speakers over the sessions so every one of them speaks at least once.
        count = 2 + i % 2
        participants = [
            {"speaker": f"speaker-{(i * 3 + j) % speakers}", "role": "speaker" if j == 0 else "panelist"}
            for j in range(count)
        ]
        agenda.append(
            {
                "slug": f"session-{i}",
                "title": f"Session {i}: silver supply and demand",
                "kind": "keynote",
                "track": tracks[i % len(tracks)]["id"],
                "date": "2025-05-16",
                "teaser": "Where silver goes next.",
                "participants": participants,
                "summary": [
                    {"type": "heading", "value": {"text": "Outlook", "level": "h2"}},
                    {"type": "paragraph", "value": f"<p>Session {i} looked at the silver market.</p>"},
                    {"type": "key_points", "value": {"points": ["Supply grows slowly.", "Demand shifts to PV."]}},
                ],
            }
        )
    bundle = {
        "version": 1,
        "conference": {
            "slug": "bench-conference",
            "title": "Benchmark Conference",
            "series": "Benchmark",
            "start_date": "2025-05-15",
            "end_date": "2025-05-16",
            "city": "Ningbo, Zhejiang",
            "tracks": tracks,
            "sponsorships": [{"organisation": o["id"], "role": "sponsor"} for o in organisations[:13]],
        },
        "organisations": organisations,
        "speakers": people,
        "sessions": agenda,
        "awards": [
            {"slug": f"award-{i}", "title": f"Award {i}", "recipients": [{"organisation": organisations[i]["id"]}]}
            for i in range(5)
        ],
        "images": images,
    }
    path = folder / "conference.json"
    path.write_text(json.dumps(bundle), encoding="utf-8")
    return path


def migrated_database(folder):
    database = folder / "template.sqlite3"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}", "DJANGO_SETTINGS_MODULE": "config.settings.test"}
    subprocess.run([sys.executable, "manage.py", "migrate", "--noinput", "-v0"], cwd=PROJECT, env=env, check=True)
    return database


def measure(database, bundle, tasks, media):
    """Run one import in a child process; returns {"seconds", "rss_mb", "changed"}."""
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}", "DJANGO_SETTINGS_MODULE": "config.settings.test"}
    command = [sys.executable, __file__, "--child", str(bundle), "--tasks", tasks, "--media", str(media)]
    # This same script, with arguments built here: nothing untrusted reaches the command line.
    output = subprocess.run(command, cwd=PROJECT, env=env, check=True, capture_output=True, text=True).stdout  # noqa: S603
    return json.loads(output.strip().splitlines()[-1])


def child(bundle_path, tasks, media):
    sys.path.insert(0, str(PROJECT))
    from django.conf import settings

    settings.TASKS = QUEUED_TASKS if tasks == "worker" else INLINE_TASKS
    settings.MEDIA_ROOT = media
    import django

    django.setup()
    from bundles.importer import import_bundle
    from bundles.reader import read_bundle

    before = resource.getrusage(resource.RUSAGE_SELF)
    cpu_before = before.ru_utime + before.ru_stime
    started = time.perf_counter()
    result = import_bundle(read_bundle(bundle_path))
    seconds = time.perf_counter() - started  # includes work run when the transaction commits
    usage = resource.getrusage(resource.RUSAGE_SELF)
    cpu = usage.ru_utime + usage.ru_stime - cpu_before
    report = {"seconds": round(seconds, 2), "cpu": round(cpu, 2), "rss_mb": round(usage.ru_maxrss / 1024)}
    print(json.dumps({**report, "changed": bool(result.changed)}))


def run(sizes, with_inline):
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-import-") as temp:
        folder = Path(temp)
        print("Migrating a template database...", flush=True)
        template = migrated_database(folder)
        plans = [(size, "worker") for size in sizes] + ([("small", "inline")] if with_inline else [])
        for size, tasks in plans:
            sessions, speakers, allowed = TARGETS[size]
            bundle = generate_bundle(folder / size, sessions, speakers)
            database = folder / f"{size}-{tasks}.sqlite3"
            shutil.copyfile(template, database)
            media = folder / f"media-{size}-{tasks}"
            print(f"Importing {sessions} sessions / {speakers} speakers (tasks: {tasks})...", flush=True)
            first = measure(database, bundle, tasks, media)
            again = measure(database, bundle, tasks, media)
            rows.append((size, sessions, speakers, tasks, first, again, allowed))
    print()
    header = f"{'bundle':<22} {'tasks':<7} {'first import':>13} {'(CPU)':>8} {'peak RSS':>9} {'re-import':>10}"
    print(f"{header} {'speed-up':>9}  verdict")
    for _size, sessions, speakers, tasks, first, again, allowed in rows:
        speedup = first["seconds"] / max(again["seconds"], 0.01)
        checks = [first["seconds"] < allowed, first["rss_mb"] < MEMORY_LIMIT_MB, speedup >= 5, not again["changed"]]
        verdict = "(reference)" if tasks == "inline" else "ok" if all(checks) else "MISSED"
        print(
            f"{sessions:>5} sessions/{speakers:>5} spk {tasks:<7} {first['seconds']:>12.1f}s {first['cpu']:>7.1f}s"
            f" {first['rss_mb']:>6} MB {again['seconds']:>9.2f}s {speedup:>8.0f}x  {verdict}"
        )
    print(f"\nTargets: small < 10 s, large < 180 s, peak RSS < {MEMORY_LIMIT_MB} MB, re-import >= 5x faster.")
    print(f"Load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs.")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="Only the 40 sessions / 200 speakers bundle.")
    parser.add_argument("--no-inline", action="store_true", help="Skip the reference run with tasks run inline.")
    parser.add_argument("--child", metavar="BUNDLE", help=argparse.SUPPRESS)
    parser.add_argument("--tasks", default="worker", help=argparse.SUPPRESS)
    parser.add_argument("--media", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.tasks, args.media)
        return
    run(["small"] if args.small else ["small", "large"], with_inline=not args.no_inline)


if __name__ == "__main__":
    main()
