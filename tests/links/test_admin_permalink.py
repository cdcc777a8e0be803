"""Editors see a page's permanent link beside the page in the admin."""

from bs4 import BeautifulSoup

from tests.factories import SessionPageFactory


def parse(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def test_page_editor_shows_permanent_link_beside_page(client, superuser, session):
    client.force_login(superuser)

    response = client.get(f"/admin/pages/{session.pk}/edit/")

    soup = parse(response)
    link = soup.select_one(f'a[href="http://localhost/p/{session.pk}/"]')
    copy = soup.select_one('button[data-controller="w-clipboard"]')
    assert " ".join(link.get_text().split()) == f"Permanent link: http://localhost/p/{session.pk}/"
    assert (copy["data-w-clipboard-value-param"], " ".join(copy.get_text().split())) == (
        f"http://localhost/p/{session.pk}/",
        "Copy permanent link",
    )


def test_page_editor_says_draft_permanent_link_works_once_published(client, superuser, conference):
    draft = SessionPageFactory(parent=conference, title="Draft topic", live=False)
    client.force_login(superuser)

    response = client.get(f"/admin/pages/{draft.pk}/edit/")

    copy = parse(response).select_one('button[data-controller="w-clipboard"]')
    assert " ".join(copy.get_text().split()) == "Copy permanent link (works once published)"
