"""The site's name, tagline, publisher and small print in each language.

English (the default language) is the Wagtail Site's name and the site settings' own fields; every
other language may give its own in `SiteSettings.identity_translations` (filled in from the settings
form, one group of fields per language). A blank translated field falls back to the default. Kept on
the settings row itself, so a page in any language costs no query more than one in English.
"""

from django import forms
from django.conf import settings
from django.utils import translation
from django.utils.functional import cached_property

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

# (field, label, form field) of what a language can translate.
TRANSLATED_FIELDS = (
    ("site_name", "Site name", lambda: forms.CharField(max_length=255, required=False)),
    ("tagline", "Tagline", lambda: forms.CharField(max_length=200, required=False)),
    ("publisher", "Publisher", lambda: forms.CharField(max_length=200, required=False)),
    ("footer_text", "Footer text", lambda: forms.CharField(max_length=500, required=False, widget=forms.Textarea)),
)


class SiteIdentity:
    """The identity of `site` in `language`; the settings are read only when a field needs them, so
    the default language's site name (the Wagtail Site's) costs no query."""

    def __init__(self, site, load_settings, language):
        self.site = site
        self.load_settings = load_settings
        self.language = language

    @cached_property
    def settings(self):
        return self.load_settings()

    def _value(self, field, default):
        if self.language != settings.LANGUAGE_CODE:
            translated = (self.settings.identity_translations or {}).get(self.language, {})
            if translated.get(field):
                return translated[field]
        return default()

    @cached_property
    def site_name(self):
        return self._value("site_name", lambda: self.site.site_name if self.site is not None else "")

    @cached_property
    def tagline(self):
        return self._value("tagline", lambda: self.settings.tagline)

    @cached_property
    def publisher(self):
        return self._value("publisher", lambda: self.settings.publisher)

    @cached_property
    def footer_text(self):
        return self._value("footer_text", lambda: self.settings.footer_text)


def other_languages():
    return [(code, name) for code, name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def form_field_name(field, code):
    return f"{field}__{code.replace('-', '_')}"


def identity_for(site, load_settings, language=None):
    """The identity in `language` (the active one by default); `load_settings()` gives the site's settings."""
    return SiteIdentity(site, load_settings, language or translation.get_language() or settings.LANGUAGE_CODE)


class SiteSettingsForm(WagtailAdminModelForm):
    """The settings form with one group of identity fields per language other than the default."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        stored = self.instance.identity_translations or {}
        for code, _name in other_languages():
            for field, _label, _make in TRANSLATED_FIELDS:
                self.fields[form_field_name(field, code)].initial = stored.get(code, {}).get(field, "")

    def save(self, commit=True):
        self.instance.identity_translations = {
            code: {
                field: value
                for field, _label, _make in TRANSLATED_FIELDS
                if (value := self.cleaned_data.get(form_field_name(field, code), "").strip())
            }
            for code, _name in other_languages()
        }
        return super().save(commit=commit)


# Declared on the class, as Wagtail builds its form class from the declared fields its panels name.
for _code, _name in other_languages():
    for _field, _label, _make in TRANSLATED_FIELDS:
        SiteSettingsForm.base_fields[form_field_name(_field, _code)] = _make()
SiteSettingsForm.declared_fields = dict(SiteSettingsForm.base_fields)


def translation_panels():
    """One collapsed group of the translated fields per language other than the default."""
    return [
        MultiFieldPanel(
            [FieldPanel(form_field_name(field, code), heading=label) for field, label, _make in TRANSLATED_FIELDS],
            heading=f"In {name}",
            help_text="Shown on the pages in this language; a blank field shows the one above.",
            classname="collapsed",
        )
        for code, name in other_languages()
    ]
