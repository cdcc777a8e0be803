"""Migration operations that make existing inline rows translatable (core/inline_translations.py).

Wagtail's BootstrapTranslatableModel gives every row the default locale; a row of a page that is
already a translation must take its page's locale instead, or the Chinese page's rows would claim
to be English. Each row gets a translation key of its own.
"""

import uuid

from django.db import migrations, models
from django.db.models import OuterRef, Subquery


def add_translation_columns(model_name):
    """Nullable columns first; `fill_translation_columns` fills them, `require_translation_columns` locks them."""
    return [
        migrations.AddField(model_name, "translation_key", models.UUIDField(null=True, editable=False)),
        migrations.AddField(
            model_name,
            "locale",
            models.ForeignKey(
                "wagtailcore.locale",
                null=True,
                editable=False,
                on_delete=models.PROTECT,
                related_name="+",
                verbose_name="locale",
            ),
        ),
    ]


def fill_translation_columns(app_label, model_name, parent_field):
    def forwards(apps, schema_editor):
        model = apps.get_model(app_label, model_name)
        page = apps.get_model("wagtailcore", "Page")
        parent_locale = page.objects.filter(pk=OuterRef(f"{parent_field}_id")).values("locale_id")[:1]
        model.objects.update(locale_id=Subquery(parent_locale))
        for pk in model.objects.filter(translation_key__isnull=True).values_list("pk", flat=True).iterator():
            model.objects.filter(pk=pk).update(translation_key=uuid.uuid4())

    return migrations.RunPython(forwards, migrations.RunPython.noop)


def require_translation_columns(model_name):
    return [
        migrations.AlterField(model_name, "translation_key", models.UUIDField(default=uuid.uuid4, editable=False)),
        migrations.AlterField(
            model_name,
            "locale",
            models.ForeignKey(
                "wagtailcore.locale", editable=False, on_delete=models.PROTECT, related_name="+", verbose_name="locale"
            ),
        ),
        migrations.AlterUniqueTogether(model_name, {("translation_key", "locale")}),
    ]


def make_translatable(app_label, model_name, parent_field):
    return [
        *add_translation_columns(model_name),
        fill_translation_columns(app_label, model_name, parent_field),
        *require_translation_columns(model_name),
    ]
