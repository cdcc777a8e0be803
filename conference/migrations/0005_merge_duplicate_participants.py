"""Merges rows that store one speaker twice in the same role of a session, before the database
refuses them (0006). The first row in the session's order is kept; a position or organisation
only a later row had is carried over to it."""

from django.db import migrations


def merge_duplicate_participants(apps, schema_editor):
    SessionParticipant = apps.get_model("conference", "SessionParticipant")
    kept = {}
    for row in SessionParticipant.objects.order_by("session_id", "sort_order", "pk"):
        key = (row.session_id, row.speaker_id, row.role)
        first = kept.setdefault(key, row)
        if first is row:
            continue
        changed = False
        if not first.position and row.position:
            first.position, changed = row.position, True
        if first.organisation_id is None and row.organisation_id is not None:
            first.organisation_id, changed = row.organisation_id, True
        if changed:
            first.save(update_fields=["position", "organisation"])
        row.delete()


class Migration(migrations.Migration):
    dependencies = [("conference", "0004_help_text_and_examples")]

    operations = [migrations.RunPython(merge_duplicate_participants, migrations.RunPython.noop)]
