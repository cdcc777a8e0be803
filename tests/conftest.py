"""Fixtures shared by every test area."""

import pytest
from pytest_django.plugin import blocking_manager_key

from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command
from django.db import connections

from wagtail.models import Locale, Page

from conference.models import ConferenceIndexPage
from delivery.generations import StampMemo
from site_setup.skeleton_translations import translate_skeleton
from speakers.models import OrganisationIndexPage, SpeakerIndexPage


def _is_transactional(item):
    marker = item.get_closest_marker("django_db")
    fixtures = set(getattr(item, "fixturenames", ()))
    return bool(marker and marker.kwargs.get("transaction")) or bool({"live_server", "transactional_db"} & fixtures)


def pytest_collection_modifyitems(config, items):
    """Transactional tests roll back by serialization, so the test database keeps a copy of the
    migrations' rows to put back (pytest_runtest_teardown below)."""
    for item in items:
        marker = item.get_closest_marker("django_db")
        if _is_transactional(item) and not (marker and marker.kwargs.get("serialized_rollback")):
            kwargs = {**(marker.kwargs if marker else {}), "transaction": True, "serialized_rollback": True}
            item.add_marker(pytest.mark.django_db(**kwargs), append=False)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After a transactional test has emptied the tables, put back the rows the migrations made
    (locales, the site and its pages, groups, collections), as they were when the test database
    was created.

    `make test` runs test files in two processes, a file's tests together, so a test that needs
    those rows may follow a transactional one in its process; in one process pytest-django runs
    every transactional test last, which hid this. Serialized rollback alone puts the rows back at
    the start of the transactional test that asks for it, not for the tests after it.
    """
    result = yield
    if _is_transactional(item):
        with item.config.stash[blocking_manager_key].unblock():
            for connection in connections.all(initialized_only=True):
                if contents := getattr(connection, "_test_serialized_contents", None):
                    connection.creation.deserialize_db_from_string(contents)
    return result


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache and no per-process memo: page ids and generations are
    reused after a rollback, so what one test cached would otherwise be served to the next."""
    cache.clear()
    StampMemo.clear_all()
    yield
    cache.clear()


@pytest.fixture
def home(db):
    return Page.objects.get(depth=2, locale=Locale.get_default()).specific


@pytest.fixture
def events_index(db):
    return ConferenceIndexPage.objects.get(locale=Locale.get_default())


@pytest.fixture
def speakers_index(db):
    return SpeakerIndexPage.objects.get(locale=Locale.get_default())


@pytest.fixture
def organisations_index(db):
    return OrganisationIndexPage.objects.get(locale=Locale.get_default())


@pytest.fixture(scope="session", autouse=True)
def compiled_catalogues():
    """The .mo files are build products (`make install`); compiled before any test, so every test
    reads the .po files as they are in the checkout (Django keeps the first catalogue it loads)."""
    call_command("compile_translations", verbosity=0)


@pytest.fixture
def chinese_skeleton(db):
    """The home page and the three sections in Simplified Chinese, under /zh-hans/."""
    return {page.slug: page for page in translate_skeleton("zh-hans")}


def make_user(django_user_model, username, group_name=None, **extra):
    user = django_user_model.objects.create_user(username=username, password="pass-for-tests", **extra)
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor(django_user_model):
    return make_user(django_user_model, "editor", "Editors", email="editor@example.com")


@pytest.fixture
def moderator(django_user_model):
    return make_user(django_user_model, "moderator", "Moderators", email="moderator@example.com")


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("admin", "admin@example.com", "pass-for-tests")
