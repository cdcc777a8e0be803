"""`manage.py compile_translations` turns the project's .po catalogues into the .mo files Django reads."""

import gettext
from io import StringIO

import pytest

from django.core.management import CommandError, call_command

PO = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "Speakers"
msgstr "演讲嘉宾"
"""


def test_every_catalogue_is_compiled_to_a_mo_file_django_can_read(tmp_path, settings):
    folder = tmp_path / "zh_Hans" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "django.po").write_text(PO, encoding="utf-8")
    settings.LOCALE_PATHS = [tmp_path]

    call_command("compile_translations", stdout=StringIO())

    with open(folder / "django.mo", "rb") as compiled:
        assert gettext.GNUTranslations(compiled).gettext("Speakers") == "演讲嘉宾"


def test_a_broken_catalogue_is_a_clear_error(tmp_path, settings):
    folder = tmp_path / "zh_Hans" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "django.po").write_text('msgid "Speakers"\nthis line is not a catalogue line\n', encoding="utf-8")
    settings.LOCALE_PATHS = [tmp_path]

    with pytest.raises(CommandError, match="django.po"):
        call_command("compile_translations", stdout=StringIO())
