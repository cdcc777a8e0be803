from django.db import migrations

from core.inline_translation_migration import require_translation_columns

# Every row has its locale and key now.


class Migration(migrations.Migration):
    dependencies = [("awards", "0006_inline_rows_take_their_page_locale")]

    operations = [
        *require_translation_columns("awardrecipient"),
        *require_translation_columns("awardphoto"),
    ]
