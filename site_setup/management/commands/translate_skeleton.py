"""`manage.py translate_skeleton [LANGUAGE]`: the home page and the sections in another language."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from site_setup.skeleton_translations import translate_skeleton


class Command(BaseCommand):
    help = "Translate the home page and its sections into another language (default: zh-hans). Harmless to repeat."

    def add_arguments(self, parser):
        parser.add_argument("language", nargs="?", default="zh-hans")

    def handle(self, *args, language, **options):
        if language not in dict(settings.LANGUAGES) or language == settings.LANGUAGE_CODE:
            raise CommandError(f"{language!r} is not one of the site's other languages")
        made = translate_skeleton(language)
        for page in made:
            self.stdout.write(f"  {page.title} at {page.url}")
        self.stdout.write(self.style.SUCCESS(f"{len(made)} pages translated into {language}."))
