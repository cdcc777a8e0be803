from django.db import migrations

from core.inline_translation_migration import add_translation_columns

# Inline rows become translatable (core/inline_translations.py): nullable columns first.


class Migration(migrations.Migration):
    dependencies = [("conference", "0008_participants_in_a_stable_order"), ("wagtailcore", "0054_initial_locale")]

    operations = [
        *add_translation_columns("track"),
        *add_translation_columns("sponsorship"),
        *add_translation_columns("conferencehighlight"),
        *add_translation_columns("sessionparticipant"),
        *add_translation_columns("sessionlink"),
    ]
