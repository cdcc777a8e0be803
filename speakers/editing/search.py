"""Chooser search by any spelling, in either name order, through the one name matcher.

"Yonghui Liang", "liang yong" and "LIANG Yonghui" all find "Liang Yonghui" (`spelled_like`, see
`speakers.naming`). When no name matches, the query falls back to Wagtail search over the other
indexed fields (position, description, ...).
"""

from django import forms

from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.search.backends import get_search_backend


class SpellingSearchForm(BaseFilterForm):
    """The chooser's search box, for speakers and organisations alike."""

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
        by_name = objects.spelled_like(query)
        if by_name.exists():
            return by_name
        return get_search_backend().search(query, objects)
