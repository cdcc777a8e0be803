"""Editors get clear errors for impossible dates and times, and figures need alt text."""

import datetime

import pytest

from django.core.exceptions import ValidationError

from core.blocks import FigureBlock
from tests.factories import ConferencePageFactory, ImageFactory, SessionPageFactory


@pytest.mark.django_db
def test_conference_end_before_start_is_refused():
    conference = ConferencePageFactory()
    conference.end_date = datetime.date(2025, 5, 1)

    with pytest.raises(ValidationError) as error:
        conference.full_clean()

    assert error.value.message_dict["end_date"] == ["The last day cannot be before the first day."]


@pytest.mark.django_db
def test_conference_unknown_time_zone_is_refused():
    conference = ConferencePageFactory()
    conference.time_zone = "Mars/Olympus"

    with pytest.raises(ValidationError) as error:
        conference.full_clean()

    assert list(error.value.message_dict) == ["time_zone"]


@pytest.mark.django_db
def test_session_ending_before_it_starts_is_refused():
    session = SessionPageFactory(parent=ConferencePageFactory(), start_time=datetime.time(10, 0))
    session.end_time = datetime.time(9, 0)

    with pytest.raises(ValidationError) as error:
        session.full_clean()

    assert error.value.message_dict["end_time"] == [
        "The session cannot end before it starts. An end after midnight (23:00 to 01:00) may be up to 12 hours "
        "after the start."
    ]


@pytest.mark.django_db
def test_session_ending_after_midnight_is_accepted_and_ends_the_next_day():
    session = SessionPageFactory(parent=ConferencePageFactory(), start_time=datetime.time(23, 0))
    session.end_time = datetime.time(1, 0)

    session.full_clean()

    assert session.end_date == session.date + datetime.timedelta(days=1)


@pytest.mark.django_db
def test_figure_without_alt_text_is_refused():
    block = FigureBlock()
    value = block.to_python({"image": ImageFactory().pk, "alt_text": "", "caption": "A chart"})

    with pytest.raises(ValidationError) as error:
        block.clean(value)

    assert list(error.value.block_errors) == ["alt_text"]
