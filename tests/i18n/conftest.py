import pytest

from django.core.management import call_command


@pytest.fixture(scope="session", autouse=True)
def compiled_catalogues():
    """The .mo files are build products (`make install`); compiled here too, so these tests read
    the .po files as they are in the checkout."""
    call_command("compile_translations", verbosity=0)
