from django.db import migrations

from core.inline_translation_migration import require_translation_columns

# Every row has its locale and key now.


class Migration(migrations.Migration):
    dependencies = [("conference", "0010_inline_rows_take_their_page_locale")]

    operations = [
        *require_translation_columns("track"),
        *require_translation_columns("sponsorship"),
        *require_translation_columns("conferencehighlight"),
        *require_translation_columns("sessionparticipant"),
        *require_translation_columns("sessionlink"),
    ]
