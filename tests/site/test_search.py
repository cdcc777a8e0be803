"""Search finds what readers type: a table of queries and the pages each must (and must not) find.

Runs on whichever database the suite uses (SQLite by default, PostgreSQL with DATABASE_URL); both
database search backends read the same queries differently, so the table is run on both in CI.
"""

import datetime

import pytest

from tests.factories import (
    AwardPageFactory,
    ConferencePageFactory,
    OrganisationPageFactory,
    SessionPageFactory,
    SessionParticipantFactory,
    SpeakerPageFactory,
    TrackFactory,
    publish,
)


@pytest.fixture
def pages(db):
    conference = ConferencePageFactory(title="2025 Silver Conference", slug="silver-2025")
    refinery = OrganisationPageFactory(
        title="Shandong Zhaojin Gold & Silver Refinery Co., Ltd.", slug="zhaojin", other_names="招金银业"
    )
    smm = OrganisationPageFactory(title="SMM Information & Technology Co., Ltd.", slug="smm", short_name="SMM")
    kuang = SpeakerPageFactory(
        given_name="Peilin", family_name="Kuang", title="Peilin Kuang", slug="peilin-kuang", organisation=smm
    )
    chen = SpeakerPageFactory(
        given_name="Hang", family_name="Chen", title="Chen Hang", slug="hang-chen", other_names="Chen Hang (陈航)"
    )
    track = TrackFactory(conference=conference, name="Silver Panorama Forum")
    roundtable = SessionPageFactory(
        parent=conference, track=track, title="Roundtable: Opportunities and Challenges", slug="roundtable"
    )
    SessionParticipantFactory(session=roundtable, speaker=kuang)
    SessionParticipantFactory(session=roundtable, speaker=chen, organisation=refinery)
    publish(roundtable)
    prices = SessionPageFactory(
        parent=conference,
        track=track,
        title="Analysis of Silver Price Trends",
        slug="prices",
        date=datetime.date(2025, 5, 15),
    )
    gold = SessionPageFactory(parent=conference, title="Gold reserves in 2025", slug="gold-reserves")
    award = AwardPageFactory(parent=conference, title="Silver Glory Award 2025", slug="glory")
    return {
        "conference": conference,
        "refinery": refinery,
        "smm": smm,
        "kuang": kuang,
        "chen": chen,
        "roundtable": roundtable,
        "prices": prices,
        "gold": gold,
        "award": award,
    }


def found_slugs(client, query, **params):
    response = client.get("/search/", {"q": query, **params})
    assert response.status_code == 200
    return [result.slug for result in response.context["results"].object_list]


# (query, slugs it must find, slugs it must not find)
QUERIES = [
    ("Gold & Silver Refinery", {"zhaojin"}, set()),
    ("SMM Information & Technology", {"smm"}, set()),
    ("gold and silver refinery", {"zhaojin"}, set()),
    ('"Silver Price" Trends: analysis', {"prices"}, set()),
    ("Gold OR Silver", {"prices", "gold-reserves", "zhaojin", "glory"}, set()),
    ("NOT silver", {"prices", "glory"}, set()),
    ("Peilin Kuang", {"peilin-kuang", "roundtable"}, {"prices"}),
    ("Kuang Peilin", {"peilin-kuang", "roundtable"}, {"prices"}),
    ("hang chen", {"hang-chen", "roundtable"}, {"gold-reserves"}),
    ("陈航", {"hang-chen", "roundtable"}, set()),
    # The organisation a participant spoke for finds the session.
    ("Zhaojin", {"zhaojin", "roundtable"}, {"prices"}),
    ("&", set(), set()),
    ("AND", set(), set()),
]


@pytest.mark.parametrize(("query", "must_find", "must_not_find"), QUERIES)
def test_query_finds(client, pages, query, must_find, must_not_find):
    found = set(found_slugs(client, query))
    assert must_find <= found
    assert not (must_not_find & found)


def test_or_finds_at_least_what_either_word_finds(client, pages):
    either = set(found_slugs(client, "Gold OR Silver"))
    assert set(found_slugs(client, "silver")) <= either
    assert set(found_slugs(client, "gold")) <= either


def test_results_name_their_kind(client, pages):
    content = client.get("/search/", {"q": "silver"}).content.decode()
    for label in ("Session", "Organisation", "Award"):
        assert f'<p class="eyebrow">{label}</p>' in content


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("session", {"roundtable"}),
        ("speaker", {"hang-chen"}),
        ("organisation", set()),
        ("award", set()),
    ],
)
def test_results_narrow_to_one_kind(client, pages, kind, expected):
    assert set(found_slugs(client, "Hang Chen", kind=kind)) == expected


def test_kind_filter_counts_each_kind(client, pages):
    response = client.get("/search/", {"q": "silver"})
    counts = {item["value"]: item["count"] for item in response.context["kinds"]}
    # The price trends session, and the roundtable through its participant's Gold & Silver Refinery.
    assert counts["session"] == 2
    assert counts["organisation"] == 1
    assert counts["award"] == 1
    assert '<option value="award">Awards (1)</option>' in response.content.decode()


def test_unknown_kind_shows_everything(client, pages):
    assert set(found_slugs(client, "Hang Chen", kind="nonsense")) == {"hang-chen", "roundtable"}


def test_renamed_speaker_finds_their_sessions_by_the_new_name(client, pages):
    kuang = pages["kuang"]
    kuang.other_names = "Kwong Pui Lam"
    publish(kuang)
    assert "roundtable" in found_slugs(client, "Kwong Pui Lam", kind="session")
