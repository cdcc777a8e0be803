"""manage.py import_schedule: pretalx and frab files, our own exports, re-imports and broken files."""

import datetime
import json
from io import StringIO

import pytest

from django.core.management import CommandError, call_command

from wagtail.models import Locale

from conference.choices import SessionKind
from conference.importers.kinds import kind_for_type
from conference.models import SessionPage, Track
from core.imports import schedule_source
from core.models import ImportedPage
from speakers.choices import NameOrder
from speakers.models import SpeakerPage
from tests import factories

from .imported import imported_session
from .schemas import PRETALX_EXAMPLE

pytestmark = pytest.mark.django_db


def run_import(location, conference):
    out = StringIO()
    call_command("import_schedule", str(location), conference=conference.slug, stdout=out)
    return out.getvalue()


def pretalx_events():
    data = json.loads(PRETALX_EXAMPLE.read_text())
    return [
        event for day in data["schedule"]["conference"]["days"] for events in day["rooms"].values() for event in events
    ]


def write_json(tmp_path, data, name="schedule.json"):
    path = tmp_path / name
    path.write_text(json.dumps(data))
    return path


def small_pretalx():
    """The pretalx example cut to its first day, two talks a room: each import creates pages with
    revisions as editors do, so the full example is kept for the tests that need all of it."""
    data = json.loads(PRETALX_EXAMPLE.read_text())
    conference = data["schedule"]["conference"]
    conference["days"] = conference["days"][:1]
    rooms = conference["days"][0]["rooms"]
    for name in rooms:
        rooms[name] = rooms[name][:2]
    return data


@pytest.fixture
def small_file(tmp_path):
    return write_json(tmp_path, small_pretalx(), "small.json")


def sessions_of(conference):
    return SessionPage.objects.child_of(conference).order_by("date", "start_time", "title")


def session_rows(conference):
    return [
        (
            session.title,
            session.kind,
            session.date,
            session.start_time,
            session.end_time,
            session.room,
            session.track.name if session.track else None,
            [participant.speaker.title for participant in session.participants.order_by("sort_order", "pk")],
        )
        for session in sessions_of(conference)
    ]


def test_import_pretalx_example_creates_its_sessions(conference):
    output = run_import(PRETALX_EXAMPLE, conference)

    events = pretalx_events()
    keys = dict(ImportedPage.objects.filter(source=schedule_source(conference.pk)).values_list("page_id", "key"))
    assert sorted(keys[session.pk] for session in sessions_of(conference)) == sorted(e["guid"] for e in events)
    assert sorted(session.title for session in sessions_of(conference)) == sorted(e["title"] for e in events)
    assert sorted(Track.objects.filter(conference=conference).values_list("name", flat=True)) == sorted(
        {event["track"] for event in events}
    )
    assert output.strip().endswith("36 sessions created, 0 updated, 0 unchanged; 27 new speakers, 2 new tracks.")


def test_import_converts_times_to_the_conference_time_zone(conference, small_file):
    run_import(small_file, conference)

    session = imported_session("8079583e-8321-506c-95af-fd2903a5f075")
    # 09:00 at UTC+1 in the file is 16:00 in Shanghai; 30 minutes long.
    assert (session.date, session.start_time, session.end_time, session.room) == (
        datetime.date(2020, 12, 14),
        datetime.time(16, 0),
        datetime.time(16, 30),
        "Gray Room",
    )


def test_import_fills_teaser_summary_kind_and_speaker(conference, small_file):
    run_import(small_file, conference)

    session = imported_session("8079583e-8321-506c-95af-fd2903a5f075")
    assert (session.title, session.kind, session.teaser, session.live) == (
        "Focused 5thgeneration hardware",
        SessionKind.PRESENTATION,
        "Brand back-end models!",
        True,
    )
    assert [(block.block_type, block.value.source) for block in session.summary] == [
        (
            "paragraph",
            "<p>Station provide certain mean. Toward region beautiful language blood.<br>"
            "Professional economic pattern a. Human plan institution thus.</p>",
        )
    ]
    assert [participant.speaker.title for participant in session.participants.all()] == ["Brian Robinson"]


def test_import_finds_existing_speaker_by_another_spelling(conference, small_file):
    existing = factories.SpeakerPageFactory(
        given_name="Brian", family_name="Robinson", title="Robinson Brian", name_order=NameOrder.FAMILY_FIRST
    )

    output = run_import(small_file, conference)

    session = imported_session("8079583e-8321-506c-95af-fd2903a5f075")
    assert [participant.speaker_id for participant in session.participants.all()] == [existing.id]
    assert SpeakerPage.objects.spelled("Brian Robinson").count() == 1
    assert "; 4 new speakers" in output


def test_reimport_changes_nothing_when_the_file_is_the_same(conference, small_file):
    run_import(small_file, conference)
    rows = session_rows(conference)
    speakers = SpeakerPage.objects.count()

    output = run_import(small_file, conference)

    assert (session_rows(conference), SpeakerPage.objects.count()) == (rows, speakers)
    assert output.strip().endswith("0 sessions created, 0 updated, 4 unchanged; 0 new speakers, 0 new tracks.")


def test_reimport_updates_changed_sessions_without_duplicates(conference, small_file, tmp_path):
    run_import(small_file, conference)
    data = small_pretalx()
    first = data["schedule"]["conference"]["days"][0]["rooms"]["Gray Room"][0]
    first["title"] = "Focused hardware, retitled"
    first["date"] = "2020-12-14T10:00:00+01:00"
    first["duration"] = "00:45"
    first["persons"].append({"public_name": "Zhou Bai", "id": 999})

    output = run_import(write_json(tmp_path, data), conference)

    session = imported_session(first["guid"])
    assert (session.title, session.start_time, session.end_time) == (
        "Focused hardware, retitled",
        datetime.time(17, 0),
        datetime.time(17, 45),
    )
    assert [participant.speaker.title for participant in session.participants.order_by("sort_order")] == [
        "Brian Robinson",
        "Zhou Bai",
    ]
    assert sessions_of(conference).count() == 4
    assert "0 sessions created, 1 updated, 3 unchanged" in output


def test_reimport_keeps_the_report_editors_wrote(conference, small_file, tmp_path):
    run_import(small_file, conference)
    session = imported_session("8079583e-8321-506c-95af-fd2903a5f075")
    session.teaser = "Our own teaser."
    session.summary = [("paragraph", "<p>Our own report.</p>")]
    session.save_revision().publish()
    data = small_pretalx()
    data["schedule"]["conference"]["days"][0]["rooms"]["Gray Room"][0]["abstract"] = "Changed abstract"

    run_import(write_json(tmp_path, data), conference)

    session.refresh_from_db()
    assert (session.teaser, [block.value.source for block in session.summary]) == (
        "Our own teaser.",
        ["<p>Our own report.</p>"],
    )


def test_reimport_leaves_a_pending_draft_unpublished(conference, small_file, tmp_path):
    run_import(small_file, conference)
    session = imported_session("8079583e-8321-506c-95af-fd2903a5f075")
    session.teaser = "Draft teaser in progress."
    session.save_revision()
    data = small_pretalx()
    data["schedule"]["conference"]["days"][0]["rooms"]["Gray Room"][0]["title"] = "New title"

    run_import(write_json(tmp_path, data), conference)

    session.refresh_from_db()
    draft = session.get_latest_revision_as_object()
    assert (session.title, session.teaser) == ("Focused 5thgeneration hardware", "Brand back-end models!")
    assert (draft.title, draft.teaser, session.has_unpublished_changes) == (
        "New title",
        "Draft teaser in progress.",
        True,
    )


def test_new_tracks_survive_publishing_a_pending_conference_draft(conference, small_file):
    conference.venue = "Changed in a draft"
    conference.save_revision()

    run_import(small_file, conference)
    conference.refresh_from_db()
    conference.get_latest_revision().publish()

    assert sorted(Track.objects.filter(conference=conference).values_list("name", flat=True)) == [
        "Horizontal",
        "Phased",
    ]
    assert sessions_of(conference).filter(track__isnull=True).count() == 0


@pytest.mark.parametrize("file_name", ["schedule.json", "schedule.xml"])
def test_round_trip_of_our_own_export_into_another_conference(client, sample, tmp_path, file_name):
    export = tmp_path / file_name
    export.write_bytes(client.get(f"{sample.conference.url}{file_name}").content)
    other = factories.ConferencePageFactory(time_zone="Asia/Shanghai")

    run_import(export, other)

    timed = [row for row in session_rows(sample.conference) if row[3] is not None]
    assert session_rows(other) == [row for row in timed if not row[0].startswith(("Draft", "Private"))]


def test_importing_our_own_export_into_its_conference_changes_nothing(client, sample, tmp_path):
    export = write_json(tmp_path, json.loads(client.get(f"{sample.conference.url}schedule.json").content))
    rows = session_rows(sample.conference)

    output = run_import(export, sample.conference)

    assert session_rows(sample.conference) == rows
    assert "0 sessions created, 0 updated, 2 unchanged; 0 new speakers, 0 new tracks." in output


def test_import_reads_an_old_style_frab_xml(conference, tmp_path):
    path = tmp_path / "schedule.xml"
    path.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<schedule><version>1</version><conference><title>Old</title></conference>
  <day index="1" date="2025-05-16" start="2025-05-16T08:00:00+08:00" end="2025-05-16T20:00:00+08:00">
    <room name="Hall A">
      <event id="42" guid="4b2c7c44-1f1e-4c2c-9b5e-0d6a1f1f4a42">
        <start>09:30</start><duration>01:00</duration><room>Hall A</room>
        <title>Welcome Speech</title><track>Plenary</track><type>Welcome speech</type>
        <abstract>Opening words.</abstract>
        <persons><person id="7">Sun Jing</person></persons>
      </event>
    </room>
  </day>
</schedule>"""
    )

    run_import(path, conference)

    assert session_rows(conference) == [
        (
            "Welcome Speech",
            SessionKind.WELCOME_SPEECH,
            datetime.date(2025, 5, 16),
            datetime.time(9, 30),
            datetime.time(10, 30),
            "Hall A",
            "Plenary",
            ["Sun Jing"],
        )
    ]


def test_malformed_event_is_named_and_nothing_is_imported(conference, tmp_path):
    data = json.loads(PRETALX_EXAMPLE.read_text())
    data["schedule"]["conference"]["days"][1]["rooms"]["Tan Room"][1]["date"] = "tomorrow morning"
    path = write_json(tmp_path, data)

    with pytest.raises(CommandError) as error:
        run_import(path, conference)

    assert str(error.value) == (
        "Nothing was imported.\n"
        f"{path}: day 2 (2020-12-15), room 'Tan Room', event 2: 'date' is not a date and time: 'tomorrow morning'"
    )
    assert sessions_of(conference).count() == 0


def test_problem_found_while_writing_rolls_everything_back(conference, tmp_path):
    data = small_pretalx()
    last_day = data["schedule"]["conference"]["days"][-1]
    last_room = list(last_day["rooms"].values())[-1]
    last_room[-1]["persons"] = [{"public_name": "***", "id": 1}]
    speakers = SpeakerPage.objects.count()

    with pytest.raises(CommandError) as error:
        run_import(write_json(tmp_path, data), conference)

    assert "person 1: the person '***' has no name we can match" in str(error.value)
    assert (sessions_of(conference).count(), SpeakerPage.objects.count()) == (0, speakers)
    assert Track.objects.filter(conference=conference).count() == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{"schedule": ', "not valid JSON: Expecting value: line 1 column 14 (char 13)"),
        (b'{"schedule": {"version": "1"}}', "schedule: 'conference' is missing or not an object"),
        (b"<schedule><day><room", "not well-formed XML"),
        (b"<rss/>", "line 1: the root element is <rss>, not <schedule>"),
        (b"Date,Title\n", "neither a JSON nor an XML schedule"),
    ],
)
def test_unreadable_file_gets_a_clear_error(conference, tmp_path, content, message):
    path = tmp_path / "schedule.txt"
    path.write_bytes(content)

    with pytest.raises(CommandError) as error:
        run_import(path, conference)

    assert str(error.value).startswith(f"Nothing was imported.\n{path}: {message}")


def test_missing_file_gets_a_clear_error(conference, tmp_path):
    with pytest.raises(CommandError) as error:
        run_import(tmp_path / "nowhere.json", conference)

    assert str(error.value) == (
        f"Nothing was imported.\n{tmp_path / 'nowhere.json'}: cannot read the file: No such file or directory"
    )


def test_unknown_conference_is_named(conference):
    with pytest.raises(CommandError) as error:
        call_command("import_schedule", str(PRETALX_EXAMPLE), conference="no-such-conference")

    assert str(error.value) == (
        f"No conference with the slug 'no-such-conference' in en. Known slugs: {conference.slug}."
    )


def test_event_types_map_to_session_kinds():
    types = ["Talk", "Workshop", "keynote", "Keynote speech", "Panel discussion", "", "award_ceremony"]

    assert [kind_for_type(name) for name in types] == [
        SessionKind.PRESENTATION,
        SessionKind.OTHER,
        SessionKind.KEYNOTE,
        SessionKind.KEYNOTE,
        SessionKind.ROUNDTABLE,
        SessionKind.OTHER,
        SessionKind.AWARD_CEREMONY,
    ]


def test_import_goes_to_the_conference_in_the_language_asked_for(conference, small_file, chinese_skeleton):
    # A translation shares its original's slug: the English page unless another language is named.
    chinese = conference.copy_for_translation(Locale.objects.get(language_code="zh-hans"), copy_parents=True)
    out = StringIO()

    call_command("import_schedule", str(small_file), conference=conference.slug, stdout=StringIO())
    after_english = (sessions_of(conference).count(), sessions_of(chinese).count())
    call_command("import_schedule", str(small_file), conference=conference.slug, language="zh-hans", stdout=out)

    assert after_english[0] > 0 and after_english[1] == 0
    assert (sessions_of(conference).count(), sessions_of(chinese).count()) == (after_english[0], after_english[0])
    assert f"-> {chinese.title}" in out.getvalue()
