"""Editors' and Moderators' page rights and the "Conference report review" workflow on the
translated trees too (the Chinese home page and sections already made), and both groups may start
translations. Pages translated later get them when they are made (site_setup/translation_rights.py)."""

from django.db import migrations

from site_setup.translation_rights import let_groups_translate, share_rights_with_translations


def share_rights(apps, schema_editor):
    share_rights_with_translations(apps)
    let_groups_translate(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("site_setup", "0002_english_and_simplified_chinese_locales"),
        ("wagtail_localize", "0006_create_submit_translation_permission"),
    ]

    # No reverse: the rights may have been changed by hand since.
    operations = [migrations.RunPython(share_rights, migrations.RunPython.noop)]
