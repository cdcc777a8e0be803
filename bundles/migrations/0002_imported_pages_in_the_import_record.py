"""`bundles.ImportedPage` moves into core's one import record (`core.ImportedPage`, core/imports.py).

Each row keeps its page, source (the conference's slug) and fingerprint. The old rows knew no bundle
entry, so their key is `page:<id>` until the bundle is imported again and the page is recorded under
its entry's key.
"""

from django.db import migrations


def carry_imported_pages(apps, schema_editor):
    old = apps.get_model("bundles", "ImportedPage")
    new = apps.get_model("core", "ImportedPage")
    rows = list(
        old.objects.order_by("imported_at", "pk").values_list("page_id", "source", "fingerprint", "imported_at")
    )
    created = new.objects.bulk_create(
        [
            new(source=source, key=f"page:{page_id}", page_id=page_id, fingerprint=value)
            for page_id, source, value, _ in rows
        ],
        batch_size=500,
    )
    # auto_now stamped them all now; the order of imports (which one a page holds) is kept.
    for row, (_, _, _, imported_at) in zip(created, rows, strict=True):
        row.imported_at = imported_at
    new.objects.bulk_update(created, ["imported_at"], batch_size=500)


def restore_imported_pages(apps, schema_editor):
    old = apps.get_model("bundles", "ImportedPage")
    new = apps.get_model("core", "ImportedPage")
    rows = new.objects.exclude(source__startswith="schedule:").values_list("page_id", "source", "fingerprint")
    old.objects.bulk_create(
        [old(page_id=page_id, source=source, fingerprint=value) for page_id, source, value in rows],
        batch_size=500,
        ignore_conflicts=True,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("bundles", "0001_initial"),
        ("core", "0002_imported_page"),
    ]

    operations = [
        migrations.RunPython(carry_imported_pages, restore_imported_pages),
        migrations.DeleteModel(name="ImportedPage"),
    ]
