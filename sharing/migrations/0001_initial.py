"""ShareCard, moved here from the former `reports` app (core/moved_models.py)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from core.moved_models import CreateMovedModel


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        CreateMovedModel(
            old_table="reports_sharecard",
            name='ShareCard',
            fields=[
                ('page', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name='share_card', serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('image', models.FileField(max_length=255, upload_to='share-cards/')),
                ('fingerprint', models.CharField(max_length=64)),
                ('updated_at', models.DateTimeField(auto_now=True)),
            ],
            options={
                'verbose_name': 'share card',
            },
        ),
    ]
