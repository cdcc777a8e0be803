"""Chooser search that matches names by their spelling keys, in either name order.

`name_keys` stores the key of every known spelling as '|k1|k2|' (see `speakers.naming`). A query
matches when each of its key tokens appears in the stored keys, so "Yonghui Liang", "liang yong"
and "LIANG Yonghui" all find "Liang Yonghui". When no name matches, the query falls back to
Wagtail search over the other indexed fields (position, description, ...).
"""

from django import forms

from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.search.backends import get_search_backend

from ..naming import organisation_key, person_key


class SpellingSearchForm(BaseFilterForm):
    """The chooser's search box; `key_function` turns the query into comparable tokens."""

    key_function = None

    q = forms.CharField(
        label="Search term",
        widget=forms.TextInput(attrs={"placeholder": "Name in any spelling or order"}),
        required=False,
    )

    def filter(self, objects):
        query = (self.cleaned_data.get("q") or "").strip()
        if not query:
            return objects
        self.is_searching = True
        self.search_query = query
        by_name = objects
        for token in type(self).key_function(query).split():
            by_name = by_name.filter(name_keys__contains=token)
        if by_name.exists():
            return by_name
        return get_search_backend().search(query, objects)


class SpeakerSearchForm(SpellingSearchForm):
    key_function = staticmethod(person_key)


class OrganisationSearchForm(SpellingSearchForm):
    key_function = staticmethod(organisation_key)
