"""`manage.py load_demo`: the 2025 SMM Silver conference, imported like any other bundle.

The demo goes through the same import as `import_conference`, so it is built by the code paths editors'
bundles use and survives model changes; like that import, running it twice changes nothing.
"""

import tempfile

from django.core.management.base import BaseCommand, CommandError

from wagtail.models import Site

from bundles.errors import BundleError
from bundles.importer import import_bundle
from bundles.reader import read_bundle
from core.models import SiteSettings
from demo import prepare
from site_setup.skeleton_translations import translate_skeleton

# Filled in only where empty, so an editor's own settings survive a second run.
SITE_SETTINGS = {
    "publisher": "SMM Information & Technology Co., Ltd. (SMM)",
    "tagline": "Reports from SMM industry conferences",
    "contact_email": "service.en@smm.cn",
    # The same identity on the Chinese pages (core/site_identity.py).
    "identity_translations": {
        "zh-hans": {
            "site_name": "会议报告",
            "tagline": "SMM 产业会议报告",
            "publisher": "上海有色网信息科技股份有限公司（SMM）",
        }
    },
}


class Command(BaseCommand):
    help = "Load the demo conference (2025 SMM Silver Industry Chain Innovation Conference). Harmless to repeat."

    def add_arguments(self, parser):
        parser.add_argument(
            "--write-to",
            metavar="DIR",
            help="Write the demo bundle and its drawn images to DIR instead of importing them.",
        )

    def handle(self, *args, write_to=None, **options):
        if write_to:
            path = prepare(write_to)
            self.stdout.write(self.style.SUCCESS(f"Wrote {path}; import it with: manage.py import_conference {path}"))
            return
        # The Chinese home page and sections (/zh-hans/) first: the bundle's Chinese pages go below them.
        translate_skeleton("zh-hans")
        with tempfile.TemporaryDirectory(prefix="demo-bundle-") as folder:
            try:
                result = import_bundle(read_bundle(prepare(folder)))
            except BundleError as exc:
                raise CommandError(str(exc)) from exc
        for line in result.summary_lines():
            self.stdout.write(f"  {line}")
        self._fill_site_settings()
        verb = "Loaded the demo:" if result.changed else "The demo is already loaded:"
        self.stdout.write(self.style.SUCCESS(f"{verb} {result.conference.title} at {result.conference.url}"))

    def _fill_site_settings(self):
        site = Site.objects.get(is_default_site=True)
        settings = SiteSettings.for_site(site)
        changed = False
        for field, value in SITE_SETTINGS.items():
            if not getattr(settings, field):
                setattr(settings, field, value)
                changed = True
        if changed:
            settings.save()
