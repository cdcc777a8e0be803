"""Two editors on one page: every save kept as a revision, the last one wins, the other is warned.

Wagtail 8 warns in two ways: the editing-sessions ping tells an open editor that someone saved a
newer revision since they loaded the page ("<user> saved a new version"), and an autosave over a
newer revision is refused ("Saving will overwrite a newer version"). An explicit save is still
accepted and becomes a new revision, so nothing is lost.
"""

import pytest

from django.urls import reverse

from wagtail.admin.models import EditingSession
from wagtail.test.utils.form_data import nested_form_data, rich_text

from tests.conftest import make_user
from tests.factories import SpeakerPageFactory

from . import figures

pytestmark = pytest.mark.django_db
ROUNDS = 10


@pytest.fixture
def second_editor(django_user_model):
    return make_user(django_user_model, "second-editor", "Editors", email="second@example.com")


def speaker_form(position, loaded_revision_id, loaded_created_at):
    return nested_form_data(
        {
            "given_name": "Yonghui",
            "family_name": "Liang",
            "name_order": "family_first",
            "other_names": "",
            "position": position,
            "biography": rich_text(f"<p>{position}</p>"),
            "slug": "liang-yonghui",
            "loaded_revision_id": loaded_revision_id or "",
            "loaded_revision_created_at": loaded_created_at or "",
        }
    )


class OpenEditor:
    """One editor's browser tab on the edit view: what it loaded, and its editing session."""

    def __init__(self, client, user, page):
        self.client, self.user, self.page = client, user, page
        self.edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])

    def open(self):
        self.client.force_login(self.user)
        response = figures.count_response(self.client.get(self.edit_url))
        self.loaded_revision_id = self.page.__class__.objects.get(pk=self.page.pk).latest_revision_id
        self.loaded_created_at = response.context["loaded_revision_created_at"]
        self.session_id = EditingSession.objects.filter(user=self.user).latest("pk").pk
        return response

    def ping(self):
        self.client.force_login(self.user)
        url = reverse("wagtailadmin_editing_sessions:ping", args=("wagtailcore", "page", self.page.pk, self.session_id))
        data = {"revision_id": self.loaded_revision_id, "revision_created_at": self.loaded_created_at}
        return figures.count_response(self.client.post(url, data)).json()

    def save(self, position, autosave=False):
        self.client.force_login(self.user)
        accept = "application/json" if autosave else "text/html"
        data = speaker_form(position, self.loaded_revision_id, self.loaded_created_at)
        return figures.count_response(self.client.post(self.edit_url, data, HTTP_ACCEPT=accept))


def test_two_editors_saving_alternately_lose_nothing_and_the_second_is_warned(client, editor, second_editor):
    page = SpeakerPageFactory(given_name="Yonghui", family_name="Liang", slug="liang-yonghui", position="Start")
    start = page.save_revision()
    first, second = OpenEditor(client, editor, page), OpenEditor(client, second_editor, page)
    saved, warnings, refused_autosaves = [], [], []

    for round_number in range(ROUNDS):
        first.open()
        second.open()
        saved.append((first.save(f"first {round_number}").status_code, f"first {round_number}"))
        newest = page.__class__.objects.get(pk=page.pk).latest_revision_id
        warnings.append([(other["user"], other["revision_id"] == newest) for other in second.ping()["other_sessions"]])
        refused_autosaves.append(second.save(f"second autosave {round_number}", autosave=True).json()["error_code"])
        saved.append((second.save(f"second {round_number}").status_code, f"second {round_number}"))

    revisions = list(page.revisions.exclude(pk=start.pk).order_by("created_at", "pk"))
    lost = figures.count("lost_revisions", len(saved) - len(revisions))
    assert (lost, [status for status, _ in saved]) == (0, [302] * 2 * ROUNDS)
    assert [revision.as_object().position for revision in revisions] == [position for _, position in saved]
    assert type(page).objects.get(pk=page.pk).get_latest_revision_as_object().position == f"second {ROUNDS - 1}"
    assert warnings == [[(editor.get_username(), True)]] * ROUNDS
    assert refused_autosaves == ["invalid_revision"] * ROUNDS
