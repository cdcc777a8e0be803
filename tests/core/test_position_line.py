"""`includes/position_line.html`: a person's "Position, Organisation", written in one place."""

import pytest

from django.template.loader import render_to_string
from django.test import RequestFactory

from tests.factories import OrganisationPageFactory


def line(**context):
    return render_to_string("includes/position_line.html", {"request": RequestFactory().get("/"), **context})


@pytest.fixture
def live_organisation(db):
    return OrganisationPageFactory(title="SMM Information & Technology Co., Ltd.", slug="smm")


@pytest.fixture
def draft_organisation(db):
    return OrganisationPageFactory(title="Not Yet Published Co., Ltd.", live=False)


def test_position_line_links_a_live_organisation(live_organisation):
    assert line(position="Analyst", organisation=live_organisation) == (
        'Analyst, <a href="/organisations/smm/">SMM Information &amp; Technology Co., Ltd.</a>'
    )


def test_position_line_names_an_organisation_that_is_not_live_without_a_link(draft_organisation):
    assert line(position="Analyst", organisation=draft_organisation) == "Analyst, Not Yet Published Co., Ltd."


def test_position_line_plain_never_links(live_organisation):
    assert line(position="Analyst", organisation=live_organisation, plain=True) == (
        "Analyst, SMM Information &amp; Technology Co., Ltd."
    )


def test_position_line_with_one_part_has_no_comma(live_organisation):
    assert [
        line(position="Analyst", organisation=None),
        line(position="", organisation=live_organisation, plain=True),
        line(position="", organisation=None),
    ] == ["Analyst", "SMM Information &amp; Technology Co., Ltd.", ""]
