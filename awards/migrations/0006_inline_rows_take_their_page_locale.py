from django.db import migrations

from core.inline_translation_migration import fill_translation_columns

# Filled in a migration of its own: PostgreSQL refuses to alter a table with deferred checks pending.


class Migration(migrations.Migration):
    dependencies = [("awards", "0005_inline_rows_translation_columns")]

    operations = [
        fill_translation_columns("awards", "awardrecipient", "award"),
        fill_translation_columns("awards", "awardphoto", "award"),
    ]
