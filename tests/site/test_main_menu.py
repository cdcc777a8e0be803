"""The main menu: the home page's live children ticked "Show in menus", never one under a view
restriction, whether or not the process's list of restricted paths already knows it
(core/templatetags/navigation_tags.py)."""

import re

import pytest

from wagtail.models import PageViewRestriction

pytestmark = pytest.mark.django_db


def menu_titles(client):
    html = client.get("/").content.decode()
    menu = html.split('class="site-nav__list"', 1)[1].split("</ul>", 1)[0]
    return re.findall(r'class="site-nav__link"[^>]*>([^<]+)</a>', menu)


def test_the_menu_lists_the_sections_shown_in_menus(client, events_index, speakers_index, organisations_index):
    organisations_index.show_in_menus = False
    organisations_index.save_revision().publish()

    titles = menu_titles(client)

    assert events_index.title in titles and speakers_index.title in titles
    assert organisations_index.title not in titles


def test_a_restricted_section_leaves_the_menu_until_the_restriction_goes(
    client, speakers_index, django_capture_on_commit_callbacks
):
    assert speakers_index.title in menu_titles(client)  # the process now holds a list without it

    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(
            page=speakers_index, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
        )
    hidden = speakers_index.title not in menu_titles(client)
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()

    assert (hidden, speakers_index.title in menu_titles(client)) == (True, True)


def test_an_unpublished_section_leaves_the_menu(client, speakers_index, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        speakers_index.unpublish()

    assert speakers_index.title not in menu_titles(client)
