from django.db import migrations

from core.inline_translation_migration import fill_translation_columns

# Filled in a migration of its own: PostgreSQL refuses to alter a table with deferred checks pending.


class Migration(migrations.Migration):
    dependencies = [("conference", "0009_inline_rows_translation_columns")]

    operations = [
        fill_translation_columns("conference", "track", "conference"),
        fill_translation_columns("conference", "sponsorship", "conference"),
        fill_translation_columns("conference", "conferencehighlight", "conference"),
        fill_translation_columns("conference", "sessionparticipant", "session"),
        fill_translation_columns("conference", "sessionlink", "session"),
    ]
