"""Admin form for sessions: the forum list shows only the parent conference's forums."""

from wagtail.admin.forms import WagtailAdminPageForm


class SessionPageForm(WagtailAdminPageForm):
    def __init__(self, *args, parent_page=None, **kwargs):
        super().__init__(*args, parent_page=parent_page, **kwargs)
        conference = parent_page.specific if parent_page else None
        if "track" in self.fields:
            tracks = self.fields["track"].queryset
            conference_id = getattr(conference, "pk", None)
            self.fields["track"].queryset = tracks.filter(conference_id=conference_id)
