"""`manage.py compile_translations`: the project's .po catalogues compiled to the .mo files Django reads.

Django's own `compilemessages` calls GNU gettext's `msgfmt`, a system package that a fresh machine
may lack; polib (a dependency of wagtail-localize) compiles the same catalogues in Python, so
`make install` needs nothing beyond the virtual environment. Only the project's LOCALE_PATHS are
compiled: installed packages ship their own .mo files.
"""

import os
from pathlib import Path

import polib

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Compile the project's translation catalogues (LOCALE_PATHS/*/LC_MESSAGES/*.po) to .mo files."

    def handle(self, *args, **options):
        catalogues = sorted(po for folder in settings.LOCALE_PATHS for po in Path(folder).glob("*/LC_MESSAGES/*.po"))
        for po_path in catalogues:
            try:
                catalogue = polib.pofile(str(po_path))
            except (OSError, ValueError) as error:
                raise CommandError(f"{po_path}: {error}") from error
            # Written aside then renamed: the test workers compile at once, and a reader must
            # never see half a file.
            target = po_path.with_suffix(".mo")
            partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
            catalogue.save_as_mofile(str(partial))
            os.replace(partial, target)
            if options["verbosity"] > 1:
                self.stdout.write(f"{po_path.with_suffix('.mo')}: {len(catalogue.translated_entries())} messages")
        if options["verbosity"] > 0:
            self.stdout.write(f"Compiled {len(catalogues)} translation catalogue(s).")
