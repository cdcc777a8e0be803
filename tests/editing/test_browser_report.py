"""An afternoon's work in a real browser: an editor writes a session report, a moderator publishes it."""

import datetime

import pytest
from bs4 import BeautifulSoup

from conference.models import SessionPage
from tests.chromium import requires_chromium
from tests.factories import ConferencePageFactory, ImageFactory, OrganisationPageFactory, SpeakerPageFactory

from .screenshots import save_for_docs

pytestmark = [pytest.mark.browser, requires_chromium, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

TOPIC = "Analysis of Silver and Gold Price Trends"


@pytest.fixture
def report_setting(editor, moderator):
    smm = OrganisationPageFactory(title="SMM Information & Technology Co., Ltd.", short_name="SMM")
    conference = ConferencePageFactory(
        title="2025 SMM (6th) Silver Industry Chain Innovation Conference",
        slug="2025-silver",
        edition_number=6,
        start_date=datetime.date(2025, 5, 15),
        end_date=datetime.date(2025, 5, 16),
    )
    liang = SpeakerPageFactory(
        given_name="Yonghui",
        family_name="Liang",
        title="Liang Yonghui",
        position="Deputy General Manager",
        organisation=smm,
    )
    zhang = SpeakerPageFactory(
        given_name="Wei", family_name="Zhang", title="Zhang Wei", position="Silver Analyst", organisation=smm
    )
    ImageFactory(title="Silver price chart")
    return conference, liang, zhang


def add_summary_block(page, label):
    page.locator("#panel-child-content-summary-section button[title='Insert a block']").last.click()
    page.get_by_role("option", name=label, exact=True).click()


def choose_speaker(page, query, name):
    """Opens the participants' speaker chooser, searches, ticks the one result and confirms."""
    page.get_by_role("button", name="Add participant").click()
    modal = page.locator(".modal-dialog")
    modal.locator("#id_q").fill(query)
    # The unfiltered list is there first; wait for the search's own results before ticking.
    modal.get_by_text("There is 1 match").wait_for()
    row = modal.locator("tbody tr", has_text=name)
    return modal, row


def write_session(page, conference):
    page.goto(f"/admin/conference-reports/{conference.pk}/progress/")
    page.get_by_role("link", name="Add a session").click()
    page.fill("#id_title", TOPIC)
    page.fill("#id_date", "2025-05-16")
    page.fill("#id_start_time", "10:00")
    page.fill("#id_teaser", "Why silver follows copper in the short term and gold in the long term.")

    add_summary_block(page, "Heading")
    page.fill("#summary-0-value-text", "Logic of gold and silver price analysis")
    add_summary_block(page, "Key points")
    page.fill("#summary-1-value-title", "Key points")
    page.fill("#summary-1-value-points-0-value", "The global silver deficit narrows to 117.6 million ounces.")
    add_summary_block(page, "Figure")
    page.locator("#summary-2-value-image-chooser").get_by_role("button", name="Choose an image").click()
    page.locator(".modal-dialog").get_by_role("link", name="Silver price chart").click()
    page.fill("#summary-2-value-alt_text", "Line chart of silver and copper prices, 2020 to 2025")
    page.fill("#summary-2-value-caption", "Silver has tracked copper since 2023.")
    page.locator("#summary-0-value-text").evaluate("element => element.scrollIntoView({block: 'start'})")
    save_for_docs(page, "session-summary")


def add_speakers(page):
    page.get_by_role("tab", name="Participants").click()
    modal, row = choose_speaker(page, "Yonghui Liang", "Liang Yonghui")
    save_for_docs(page, "speaker-chooser")
    row.locator("input[type=checkbox]").check()
    modal.get_by_role("button", name="Confirm selection").click()
    modal.wait_for(state="detached")
    modal, row = choose_speaker(page, "zhang", "Zhang Wei")
    row.locator("input[type=checkbox]").check()
    modal.get_by_role("button", name="Confirm selection").click()
    modal.wait_for(state="detached")
    page.locator("#id_participants-1-position").scroll_into_view_if_needed()
    save_for_docs(page, "participants")


def submit_for_moderation(page):
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Submit to Conference report review").click()
    # The editor lands on the report's progress page, not the page listing.
    page.wait_for_url("**/admin/conference-reports/*/progress/")


def approve_and_publish(page, session):
    page.goto("/admin/")
    save_for_docs(page, "dashboard", full_page=True)
    page.goto(f"/admin/pages/{session.pk}/edit/")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Approve and Publish").click()
    page.wait_for_url("**/admin/pages/*/")


def linked_from(client, url, target):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return len(soup.select(f'a[href="{target}"]')) > 0


def test_editor_writes_session_report_and_moderator_publishes_it(client, sign_in, report_setting):
    conference, liang, zhang = report_setting

    editor_page = sign_in("editor")
    write_session(editor_page, conference)
    add_speakers(editor_page)
    prefilled = [editor_page.input_value(f"#id_participants-{index}-position") for index in (0, 1)]
    submit_for_moderation(editor_page)
    session = SessionPage.objects.get(title=TOPIC)
    editor_page.goto(f"/admin/conference-reports/{conference.pk}/progress/")
    progress_state = editor_page.locator("tr", has_text=TOPIC).locator("td:nth-child(3) .w-status").inner_text()
    save_for_docs(editor_page, "report-progress")
    live_before_approval = session.live

    moderator_page = sign_in("moderator")
    approve_and_publish(moderator_page, session)
    session.refresh_from_db()

    summary_types = [block.block_type for block in session.summary]
    participants = [(p.speaker, p.position, p.organisation) for p in session.participants.order_by("sort_order")]
    assert prefilled == ["Deputy General Manager", "Silver Analyst"]
    assert (progress_state.lower(), live_before_approval) == ("in moderation", False)
    assert summary_types == ["heading", "key_points", "figure"]
    assert participants == [
        (liang, "Deputy General Manager", liang.organisation),
        (zhang, "Silver Analyst", zhang.organisation),
    ]
    assert (session.live, session.url) == (True, f"/events/2025-silver/{session.slug}/")
    assert [linked_from(client, page.url, session.url) for page in (conference, liang, zhang)] == [True, True, True]
    assert client.get(session.url).content.decode().count("Logic of gold and silver price analysis") == 1
