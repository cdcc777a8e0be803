"""Admin form for speakers: the page title and slug follow from the name fields."""

from django.utils.text import slugify

from wagtail.admin.forms import WagtailAdminPageForm

from .naming import display_name


class SpeakerPageForm(WagtailAdminPageForm):
    """Editors type given and family name once; title and slug are derived from them."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False
            self.fields["slug"].help_text = "Leave empty to make it from the name."

    def clean(self):
        data = self.cleaned_data
        name = display_name(data.get("given_name"), data.get("family_name"), data.get("name_order"))
        if name:
            self.instance.title = name
            self.instance.draft_title = name
            if "slug" in self.fields and not data.get("slug"):
                data["slug"] = slugify(name, allow_unicode=True)
        return super().clean()
