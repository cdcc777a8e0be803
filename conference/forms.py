"""Admin form for sessions: the forum list shows only the parent conference's forums, and a
participant is stored once however the saves of one page overlap."""

from django.db import transaction

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Page


class SessionPageForm(WagtailAdminPageForm):
    def __init__(self, *args, parent_page=None, **kwargs):
        super().__init__(*args, parent_page=parent_page, **kwargs)
        conference = parent_page.specific if parent_page else None
        if "track" in self.fields:
            tracks = self.fields["track"].queryset
            conference_id = getattr(conference, "pk", None)
            self.fields["track"].queryset = tracks.filter(conference_id=conference_id)

    def save(self, commit=True):
        if not commit or self.instance.pk is None or "participants" not in self.formsets:
            return super().save(commit=commit)
        with transaction.atomic():
            # The editor's autosave and "Save draft" can be sent together, both carrying a new
            # participant without an id. Saves of one page take turns (a lock on its row until the
            # transaction ends), and a new row the first save already stored is updated, not added.
            list(Page.objects.select_for_update().filter(pk=self.instance.pk).values_list("pk"))
            self.reuse_stored_participants()
            return super().save(commit=commit)

    def reuse_stored_participants(self):
        formset = self.formsets["participants"]
        stored = {
            (row.speaker_id, row.role): row.pk
            for row in formset.model.objects.filter(session_id=self.instance.pk).only("pk", "speaker", "role")
        }
        claimed = {form.instance.pk for form in formset.forms if form.instance.pk is not None}
        for form in formset.extra_forms:
            if not form.has_changed() or form in formset.deleted_forms:
                continue
            stored_pk = stored.get((form.instance.speaker_id, form.instance.role))
            if stored_pk is not None and stored_pk not in claimed:
                form.instance.pk = stored_pk
                claimed.add(stored_pk)
