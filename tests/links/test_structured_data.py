"""schema.org JSON-LD: conference and sessions as Event, speakers as Person, organisations as Organization."""

import datetime
import re

from conference.choices import SponsorRole
from tests.factories import OrganisationPageFactory, SponsorshipFactory

from .conftest import make_session, publish
from .html import json_ld


def test_conference_is_event_with_sessions_organiser_and_sponsor(client, conference, session):
    make_session(conference, title="Closing Remarks", start_time=datetime.time(17, 0), end_time=datetime.time(17, 30))

    (data,) = json_ld(client.get(conference.url))

    assert {key: value for key, value in data.items() if key not in ("subEvent", "image")} == {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": "2025 Silver Conference",
        "url": "http://localhost/events/silver-2025/",
        "inLanguage": "en",
        "description": "The silver industry met in Ningbo.",
        # No session on the first day has a time, so that day stays a date; the last session ends at 17:30.
        "startDate": "2025-05-15",
        "endDate": "2025-05-16T17:30:00+08:00",
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "location": {
            "@type": "Place",
            "name": "Ningbo Marriott",
            "address": {
                "@type": "PostalAddress",
                "addressLocality": "Ningbo",
                "addressRegion": "Zhejiang",
                "addressCountry": "China",
            },
        },
        "organizer": [
            {
                "@type": "Organization",
                "name": "SMM Information & Technology Co., Ltd.",
                "url": "http://localhost/organisations/smm-information-technology-co-ltd/",
            }
        ],
        "sponsor": [
            {
                "@type": "Organization",
                "name": "Zijin Precious Metals Co., Ltd.",
                "url": "http://localhost/organisations/zijin-precious-metals-co-ltd/",
            }
        ],
    }
    assert [(event["@type"], event["name"], event["startDate"]) for event in data["subEvent"]] == [
        ("Event", "Analysis of Silver and Gold Price Trends", "2025-05-16T09:30:00+08:00"),
        ("Event", "Closing Remarks", "2025-05-16T17:00:00+08:00"),
    ]


def test_session_is_event_with_performer_and_conference_as_super_event(client, conference, session, speaker):
    (data,) = json_ld(client.get(session.url))

    assert {key: value for key, value in data.items() if key != "image"} == {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": "Analysis of Silver and Gold Price Trends",
        "url": "http://localhost/events/silver-2025/silver-gold-prices/",
        "inLanguage": "en",
        "description": "Silver follows copper.",
        "startDate": "2025-05-16T09:30:00+08:00",
        "endDate": "2025-05-16T10:00:00+08:00",
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "location": {
            "@type": "Place",
            "name": "Hall A, Ningbo Marriott",
            "address": {
                "@type": "PostalAddress",
                "addressLocality": "Ningbo",
                "addressRegion": "Zhejiang",
                "addressCountry": "China",
            },
        },
        "performer": [
            {
                "@type": "Person",
                "name": "Liang Yonghui",
                "url": "http://localhost/speakers/liang-yonghui/",
                "jobTitle": "Deputy General Manager",
                "affiliation": {
                    "@type": "Organization",
                    "name": "Shandong Zhaojin Gold & Silver Refinery Co., Ltd.",
                    "url": "http://localhost/organisations/shandong-zhaojin-gold-silver-refinery-co-ltd/",
                },
            }
        ],
        "superEvent": {
            "@type": "Event",
            "name": "2025 Silver Conference",
            "url": "http://localhost/events/silver-2025/",
        },
    }


def test_speaker_is_person_with_affiliation(client, speaker):
    speaker.other_names = "梁永辉"
    publish(speaker)

    (data,) = json_ld(client.get(speaker.url))

    organisation = {
        "@type": "Organization",
        "name": "Shandong Zhaojin Gold & Silver Refinery Co., Ltd.",
        "url": "http://localhost/organisations/shandong-zhaojin-gold-silver-refinery-co-ltd/",
    }
    assert {key: value for key, value in data.items() if key != "image"} == {
        "@context": "https://schema.org",
        "@type": "Person",
        "name": "Liang Yonghui",
        "givenName": "Yonghui",
        "familyName": "Liang",
        "alternateName": ["Yonghui Liang", "梁永辉"],
        "jobTitle": "Deputy General Manager",
        "affiliation": organisation,
        "worksFor": organisation,
        "url": "http://localhost/speakers/liang-yonghui/",
    }
    # A rendition the page shows, never the original (private, behind expiring URLs in production).
    assert re.fullmatch(r"http://localhost/media/images/.+\.format-jpeg\.fill-400x400\.jpg", data["image"])


def test_organisation_is_organization_with_website(client, db):
    organisation = publish(
        OrganisationPageFactory(
            title="SMM Information & Technology Co., Ltd.",
            short_name="SMM",
            website="https://www.smm.cn",
            description="<p>Metals <b>data</b> and events.</p>",
        )
    )

    (data,) = json_ld(client.get(organisation.url))

    assert data == {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": "SMM Information & Technology Co., Ltd.",
        "alternateName": ["SMM"],
        "url": "http://localhost/organisations/smm-information-technology-co-ltd/",
        "sameAs": ["https://www.smm.cn"],
        "description": "Metals data and events.",
    }


def test_conference_sponsor_with_draft_page_is_left_out(client, conference):
    draft = OrganisationPageFactory(title="Draft Sponsor Ltd.", live=False)
    SponsorshipFactory(conference=conference, organisation=draft, role=SponsorRole.SUPPORTER)

    (data,) = json_ld(client.get(conference.url))

    assert [organisation["name"] for organisation in data["sponsor"]] == ["Zijin Precious Metals Co., Ltd."]


def test_session_past_midnight_ends_the_next_day_and_so_does_the_conference(client, conference):
    late = make_session(conference, title="Gala Dinner", start_time=datetime.time(22, 0), end_time=datetime.time(0, 30))

    (conference_data,) = json_ld(client.get(conference.url))
    (session_data,) = json_ld(client.get(late.url))

    assert (session_data["startDate"], session_data["endDate"]) == (
        "2025-05-16T22:00:00+08:00",
        "2025-05-17T00:30:00+08:00",
    )
    assert conference_data["endDate"] == "2025-05-17T00:30:00+08:00"
