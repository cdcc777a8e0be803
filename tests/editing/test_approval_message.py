"""'Approve and Publish' in the editor confirms that the page was published."""

import pytest

from django.contrib.messages import get_messages
from django.urls import reverse

from tests.factories import ConferencePageFactory, SessionPageFactory

from .session_form import edit_form

pytestmark = pytest.mark.django_db


def test_approve_and_publish_says_the_page_was_published(client, editor, moderator):
    session = SessionPageFactory(parent=ConferencePageFactory(), live=False, title="Silver and Gold Price Trends")
    session.save_revision(user=editor)
    session.get_workflow().start(session, editor)
    client.force_login(moderator)

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=(session.pk,)),
        edit_form(session, [], **{"action-workflow-action": "true", "workflow-action-name": "approve"}),
    )

    session.refresh_from_db()
    assert session.live
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        "Page 'Silver and Gold Price Trends' has been approved and published."
    ]
