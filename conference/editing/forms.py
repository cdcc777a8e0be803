"""Forms of the report tools: a time to publish the report, and the next edition's key facts."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.text import slugify

from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput


class ScheduleReportForm(forms.Form):
    go_live_at = forms.DateTimeField(
        label="Go live at",
        widget=AdminDateTimeInput,
        help_text="Every page listed above goes live at this time, e.g. the morning after the conference.",
    )

    def clean_go_live_at(self):
        go_live_at = self.cleaned_data["go_live_at"]
        if go_live_at <= timezone.now():
            raise ValidationError("Choose a time in the future; to publish now, approve or publish the pages.")
        return go_live_at


def _next_year(date):
    try:
        return date.replace(year=date.year + 1)
    except ValueError:  # 29 February
        return date + datetime.timedelta(days=365)


def ordinal(number):
    """'1st', '2nd', '3rd', '4th', ..., '11th', '12th', '13th', '21st'."""
    suffix = "th" if 11 <= number % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


class NextEditionForm(forms.Form):
    title = forms.CharField(
        max_length=255, help_text="e.g. '2026 SMM (7th) Silver Industry Chain Innovation Conference'."
    )
    slug = forms.SlugField(
        max_length=255,
        allow_unicode=True,
        required=False,
        help_text="The address under /events/; made from the title if empty.",
    )
    edition_number = forms.IntegerField(min_value=1, required=False, help_text="e.g. 7 for the 7th edition.")
    start_date = forms.DateField(widget=AdminDateInput, help_text="First day of the new edition.")
    end_date = forms.DateField(widget=AdminDateInput, help_text="Last day; the same as the first for a one-day event.")

    def __init__(self, *args, conference, **kwargs):
        self.conference = conference
        super().__init__(*args, **kwargs)

    @staticmethod
    def suggestions(conference):
        """The obvious next edition: a year later, numbered one more, year and ordinal in the title moved on."""
        year = conference.start_date.year
        edition = conference.edition_number
        title = conference.title.replace(str(year), str(year + 1))
        if edition:
            title = title.replace(ordinal(edition), ordinal(edition + 1))
        return {
            "title": title,
            "edition_number": edition + 1 if edition else None,
            "start_date": _next_year(conference.start_date),
            "end_date": _next_year(conference.end_date),
        }

    def clean(self):
        data = super().clean()
        if data.get("start_date") and data.get("end_date") and data["end_date"] < data["start_date"]:
            self.add_error("end_date", "The last day cannot be before the first day.")
        if data.get("title") and not data.get("slug"):
            data["slug"] = slugify(data["title"], allow_unicode=True)
        parent = self.conference.get_parent()
        if data.get("slug") and parent.get_children().filter(slug=data["slug"]).exists():
            self.add_error("slug", f"/events/{data['slug']}/ is taken; choose another address.")
        return data


class TranslateReportForm(forms.Form):
    """The language to translate a report into: any of the site's other languages."""

    locale = forms.ModelChoiceField(
        queryset=None, label="Language", widget=forms.RadioSelect, empty_label=None, to_field_name="language_code"
    )

    def __init__(self, *args, locales, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["locale"].queryset = locales
        self.fields["locale"].label_from_instance = lambda locale: locale.get_display_name()
