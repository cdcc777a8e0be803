"""Search is per language: /search/ finds English pages, /zh-hans/search/ their Chinese translations."""

from wagtail.models import Locale

from tests.factories import ConferencePageFactory, SessionPageFactory, publish


def result_titles(client, path):
    return [result.title for result in client.get(path).context["results"]]


def test_each_language_searches_its_own_pages(client, chinese_skeleton):
    chinese = Locale.objects.get(language_code="zh-hans")
    conference = ConferencePageFactory(slug="search-languages")
    session = SessionPageFactory(parent=conference, slug="outlook", title="Silver outlook")
    conference.copy_for_translation(chinese).save_revision().publish()
    copy = session.copy_for_translation(chinese)
    copy.title = "白银展望 Silver outlook"
    publish(copy)
    publish(session)

    assert result_titles(client, "/search/?q=outlook") == ["Silver outlook"]
    assert result_titles(client, "/zh-hans/search/?q=outlook") == ["白银展望 Silver outlook"]
    assert result_titles(client, "/zh-hans/search/?q=白银") == ["白银展望 Silver outlook"]


def test_a_chinese_page_searches_in_chinese(client, chinese_skeleton):
    html = client.get("/zh-hans/").content.decode()

    assert 'action="/zh-hans/search/"' in html
