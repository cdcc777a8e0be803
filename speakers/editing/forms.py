"""Forms of the choosers' "Create" tab: a missing speaker or organisation, made without leaving the page.

Each refuses a name that an existing page already has in any spelling, so the chooser never grows a
second "Yonghui Liang" beside "Liang Yonghui". The page title follows from the name, as in the editor.
"""

from django import forms

from ..models import OrganisationPage, SpeakerPage
from ..naming import display_name


class NewPageForm(forms.ModelForm):
    """Rejects a name already known in any spelling; subclasses say how to title it."""

    def page_title(self):
        raise NotImplementedError

    def clean(self):
        cleaned_data = super().clean()
        existing = self._meta.model.objects.spelled(self.page_title()).first()
        if existing is not None:
            raise forms.ValidationError(
                f"'{existing.title}' already exists under that name: find it in the Search tab.",
                code="duplicate",
            )
        return cleaned_data

    def save(self, commit=False):
        page = super().save(commit=False)
        page.title = page.draft_title = self.page_title()
        return page


class NewSpeakerForm(NewPageForm):
    class Meta:
        model = SpeakerPage
        fields = ["given_name", "family_name", "name_order", "native_name", "other_names", "position", "organisation"]
        widgets = {"other_names": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A plain list: a chooser cannot open inside the chooser's own modal.
        self.fields["organisation"].queryset = OrganisationPage.objects.order_by("title")

    def page_title(self):
        data = self.cleaned_data
        return display_name(data.get("given_name"), data.get("family_name"), data.get("name_order"))


class NewOrganisationForm(NewPageForm):
    name = forms.CharField(max_length=255, help_text="The full name, e.g. 'Ningbo Jintian Copper (Group) Co., Ltd.'.")
    website = forms.URLField(required=False, assume_scheme="https", help_text="e.g. https://www.smm.cn")

    class Meta:
        model = OrganisationPage
        fields = ["name", "native_name", "short_name", "website"]

    def page_title(self):
        return self.cleaned_data.get("name", "").strip()
