from django.db import migrations

from core.inline_translation_migration import add_translation_columns

# Inline rows become translatable (core/inline_translations.py): nullable columns first.


class Migration(migrations.Migration):
    dependencies = [("awards", "0004_help_text_photo_image"), ("wagtailcore", "0054_initial_locale")]

    operations = [
        *add_translation_columns("awardrecipient"),
        *add_translation_columns("awardphoto"),
    ]
