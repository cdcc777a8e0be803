import pytest

from django.core.management import call_command

from site_setup.skeleton_translations import translate_skeleton


@pytest.fixture
def chinese_skeleton(db):
    """The home page and the three sections in Simplified Chinese, under /zh-hans/."""
    return {page.slug: page for page in translate_skeleton("zh-hans")}


@pytest.fixture(scope="session", autouse=True)
def compiled_catalogues():
    """The .mo files are build products (`make install`); compiled here too, so these tests read
    the .po files as they are in the checkout."""
    call_command("compile_translations", verbosity=0)
