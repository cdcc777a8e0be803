"""The frab/pretalx GUIDs move from `SessionPage.external_id` into core's one import record.

Each session imported from a schedule gets a `core.ImportedPage` row: source `schedule:<id of the
conference it is in>` (core/imports.py `schedule_source`), key its GUID. Sessions without a GUID
have none. Then the column goes.
"""

from django.db import migrations

STEPLEN = 4  # treebeard's path step for Wagtail pages: a page's parent has its path minus one step


def carry_external_ids(apps, schema_editor):
    session_model = apps.get_model("conference", "SessionPage")
    page_model = apps.get_model("wagtailcore", "Page")
    imported_page = apps.get_model("core", "ImportedPage")
    sessions = list(session_model.objects.exclude(external_id="").order_by("path").values_list("pk", "path", "external_id"))
    parents = dict(
        page_model.objects.filter(path__in={path[:-STEPLEN] for _, path, _ in sessions}).values_list("path", "pk")
    )
    rows = {}
    for pk, path, external_id in sessions:
        # Two sessions of one conference under one GUID: the importer matched the later one in the tree.
        rows[(f"schedule:{parents[path[:-STEPLEN]]}", external_id)] = pk
    imported_page.objects.bulk_create(
        [imported_page(source=source, key=key, page_id=pk, fingerprint="") for (source, key), pk in rows.items()],
        batch_size=500,
        ignore_conflicts=True,  # a page already recorded under this source keeps its row
    )


def restore_external_ids(apps, schema_editor):
    session_model = apps.get_model("conference", "SessionPage")
    imported_page = apps.get_model("core", "ImportedPage")
    rows = imported_page.objects.filter(source__startswith="schedule:").values_list("page_id", "key")
    sessions = set(session_model.objects.values_list("pk", flat=True))
    for page_id, key in rows:
        if page_id in sessions:
            session_model.objects.filter(pk=page_id).update(external_id=key[:100])


class Migration(migrations.Migration):
    dependencies = [
        ("conference", "0011_inline_rows_translatable"),
        ("core", "0002_imported_page"),
    ]

    operations = [
        migrations.RunPython(carry_external_ids, restore_external_ids),
        migrations.RemoveField(model_name="sessionpage", name="external_id"),
    ]
