"""Inline rows (a conference's forums, a session's participants, an award's recipients) translated
with their page.

wagtail-localize translates a page's inline rows only when their model is translatable: each row then
has a locale and a translation key, and the Chinese session has its own participant rows, whose
positions are in Chinese and whose speaker is the speaker's Chinese page. Rows of a model that is not
translatable would be copied from the English page as they are.
https://wagtail-localize.org/stable/how-to/field-configuration/
"""

from modelcluster.fields import ParentalKey
from wagtail.models import TranslatableMixin


class TranslatableInline(TranslatableMixin):
    class Meta(TranslatableMixin.Meta):
        abstract = True

    def get_default_locale(self):
        # Wagtail asks the database for the parent's locale once per new row; the parent page is
        # usually in memory already (an import, an editor's form), so one lookup per page suffices.
        parental_key = next(field for field in self._meta.get_fields() if isinstance(field, ParentalKey))
        if parental_key.is_cached(self):
            return getattr(self, parental_key.name).locale
        return super().get_default_locale()
