"""Mail from DJANGO_EMAIL_URL, delivered to a real SMTP server on loopback with links to the public address."""

import json
import re

import pytest

from wagtail.models import Page

from tests.factories import ConferencePageFactory

from .test_settings import REQUIRED, run_production

PUBLIC = "https://reports.example.org"
DUMP_MAIL = """
import json, django
from django.conf import settings
django.setup()
names = ["EMAIL_BACKEND", "EMAIL_HOST", "EMAIL_PORT", "EMAIL_HOST_USER", "EMAIL_HOST_PASSWORD", "EMAIL_USE_TLS",
         "EMAIL_USE_SSL", "EMAIL_TIMEOUT", "DEFAULT_FROM_EMAIL", "SERVER_EMAIL"]
print(json.dumps({name: getattr(settings, name) for name in names}))
"""


def test_production_mail_settings_come_from_the_environment():

    env = {
        **REQUIRED,
        "DJANGO_EMAIL_URL": "submission://reports%40example.org:s3cr%2Ft@smtp.example.net",
        "DJANGO_DEFAULT_FROM_EMAIL": "Conference Reports <reports@example.org>",
        "DJANGO_SERVER_EMAIL": "errors@example.org",
    }

    result = run_production(["-c", DUMP_MAIL], env)

    assert json.loads(result.stdout) == {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "smtp.example.net",
        "EMAIL_PORT": 587,
        "EMAIL_HOST_USER": "reports@example.org",
        "EMAIL_HOST_PASSWORD": "s3cr/t",
        "EMAIL_USE_TLS": True,
        "EMAIL_USE_SSL": False,
        "EMAIL_TIMEOUT": 10,
        "DEFAULT_FROM_EMAIL": "Conference Reports <reports@example.org>",
        "SERVER_EMAIL": "errors@example.org",
    }, result.stderr


def test_production_refuses_an_email_url_of_unknown_scheme():
    result = run_production(
        ["-c", "import django; django.setup()"], {**REQUIRED, "DJANGO_EMAIL_URL": "carrier-pigeon://x"}
    )

    assert result.stderr.strip().splitlines()[-1] == (
        "django.core.exceptions.ImproperlyConfigured: DJANGO_EMAIL_URL has an unknown scheme: 'carrier-pigeon'."
    )


@pytest.fixture
def public_address(settings):
    settings.WAGTAILADMIN_BASE_URL = PUBLIC
    settings.DEFAULT_FROM_EMAIL = "Conference Reports <reports@example.org>"


def test_password_reset_mail_arrives_with_a_link_to_the_public_address(client, editor, smtp_server, public_address):
    response = client.post("/admin/password_reset/", {"email": editor.email})

    [message] = smtp_server.messages()
    link = re.search(r"https?://\S+", message.get_content()).group(0)
    assert (response.status_code, message["To"], message["From"]) == (
        302,
        editor.email,
        "Conference Reports <reports@example.org>",
    )
    assert link.startswith(f"{PUBLIC}/admin/password_reset/confirm/")
    # The link works: it leads to the form for a new password.
    confirm = client.get(link.removeprefix(PUBLIC), follow=True)
    assert (confirm.status_code, "new_password1" in confirm.content.decode()) == (200, True)


def test_moderation_request_mail_reaches_the_moderator_with_a_link_to_review(
    editor, moderator, smtp_server, public_address, django_capture_on_commit_callbacks
):
    conference = ConferencePageFactory(parent=Page.objects.get(slug="events"), live=False, title="Silver 2026")
    conference.save_revision(user=editor)

    with django_capture_on_commit_callbacks(execute=True):
        conference.get_workflow().start(conference, editor)

    [message] = [m for m in smtp_server.messages() if m["To"] == moderator.email]
    body = message.get_content()
    assert ("Silver 2026" in message["Subject"], f"{PUBLIC}/admin/pages/{conference.pk}/" in body) == (True, True)
