"""ImportedPage, moved here from the former `reports` app (core/moved_models.py)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from core.moved_models import CreateMovedModel


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        CreateMovedModel(
            old_table="reports_importedpage",
            name='ImportedPage',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('source', models.CharField(help_text='The slug of the conference whose bundle wrote the page.', max_length=255)),
                ('fingerprint', models.CharField(help_text="SHA-256 of the page's data in that bundle.", max_length=64)),
                ('imported_at', models.DateTimeField(auto_now=True)),
                ('page', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.WAGTAIL_PAGE_MODEL)),
            ],
            options={
                'verbose_name': 'imported page',
                'constraints': [models.UniqueConstraint(fields=('page', 'source'), name='imported_page_once_per_source')],
            },
        ),
    ]
