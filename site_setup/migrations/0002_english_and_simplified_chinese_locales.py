"""The site's two locales: English as "en" (databases built before i18n have Wagtail's "en-gb",
renamed in place so every page keeps its locale) and Simplified Chinese, "zh-hans"."""

from django.db import migrations


def set_up_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore.Locale")
    if not Locale.objects.filter(language_code="en").exists():
        english = Locale.objects.filter(language_code__in=["en-gb", "en-us"]).order_by("pk").first()
        if english is not None:
            english.language_code = "en"
            english.save(update_fields=["language_code"])
    Locale.objects.get_or_create(language_code="en")
    Locale.objects.get_or_create(language_code="zh-hans")


def back_to_english_only(apps, schema_editor):
    Locale = apps.get_model("wagtailcore.Locale")
    Locale.objects.filter(language_code="zh-hans", pages__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [("site_setup", "0001_site_structure_and_groups"), ("wagtailcore", "0098_apitoken")]

    operations = [migrations.RunPython(set_up_locales, back_to_english_only)]
