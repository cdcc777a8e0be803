"""The one name matcher: people and organisations found by any spelling.

The same person appears as "Liang Yonghui" and "Yonghui Liang", and the same company as
"... Gold & Silver Refinery Co., Ltd." and "... Gold and Silver Refining Co., Ltd.". Every spelling
becomes a key (`person_key`, `organisation_key`); a `NamedPage` stores the keys of all its spellings
and is found by any of them through its manager (`SpeakerPage.objects.spelled(name)`, and
`.spelled_like(text)` as you type) or, for many names at once, a `SpellingIndex`. How the keys are
stored is known to this module only.

Custom page managers: https://docs.wagtail.org/en/stable/topics/pages.html#custom-page-managers
"""

import re
import unicodedata
from collections import defaultdict
from functools import reduce
from operator import and_, or_

from django.db import models
from django.db.models import Q

from wagtail.models import PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from core.pages import ReportPage

from .choices import NameOrder

# The keys of all spellings are stored as '|k1|k2|', so one `contains` lookup on "|key|" finds a
# page by any of them; keys never contain the separator (they are words joined by spaces).
SEPARATOR = "|"

# Legal-form words that vary between spellings of one company and say nothing about which it is.
LEGAL_FORMS = {
    "co",
    "ltd",
    "limited",
    "inc",
    "incorporated",
    "corp",
    "corporation",
    "company",
    "llc",
    "plc",
    "gmbh",
    "spa",
    "ag",
    "sa",
    "bv",
}
# Endings stripped until none applies, so "Refinery"/"Refining", "Metallurgy"/"Metallurgical"
# and "Material"/"Materials" reach the same stem.
SUFFIXES = ("ical", "ing", "ery", "ies", "al", "es", "s", "y")
MIN_STEM = 4


def _fold(text):
    """Lower case, accents and width variants removed."""
    text = unicodedata.normalize("NFKD", text or "")
    return "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()


def person_key(name):
    """The same key for a name in either order and with any spacing, hyphens or case."""
    text = re.sub(r"[-'’.·•]", "", _fold(name))
    tokens = re.findall(r"\w+", text)
    return " ".join(sorted(tokens))


def _stem(token):
    changed = True
    while changed:
        changed = False
        for suffix in SUFFIXES:
            if token.endswith(suffix) and len(token) - len(suffix) >= MIN_STEM:
                token = token[: -len(suffix)]
                changed = True
                break
    return token


def organisation_key(name):
    """The same key for spellings that differ in '&'/'and', legal form, case and word endings."""
    text = _fold(name).replace("&", " and ").replace(".", "")
    tokens = [t for t in re.findall(r"\w+", text) if t not in LEGAL_FORMS]
    return " ".join(_stem(t) for t in tokens)


def split_lines(text):
    """Non-blank lines of a multi-line text field."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def display_name(given_name, family_name, name_order):
    parts = [family_name, given_name] if name_order == NameOrder.FAMILY_FIRST else [given_name, family_name]
    return " ".join(part.strip() for part in parts if part and part.strip())


def person_spellings(given_name, family_name, name_order, native_name="", other_names=()):
    """Every way a person's name is written: both orders, the name in its own script, the others."""
    other_order = NameOrder.GIVEN_FIRST if name_order == NameOrder.FAMILY_FIRST else NameOrder.FAMILY_FIRST
    names = [display_name(given_name, family_name, name_order), display_name(given_name, family_name, other_order)]
    return _distinct([*names, native_name, *other_names])


def organisation_spellings(name, native_name="", short_name="", other_names=()):
    """Every way an organisation's name is written: full, in its own script, short, the others."""
    return _distinct([name, native_name, short_name, *other_names])


def _distinct(names):
    return list(dict.fromkeys(name for name in names if name))


def spelling_keys(key_function, spellings):
    """The distinct non-empty keys of some spellings."""
    return {key_function(name) for name in spellings} - {""}


# For the admin's page search, which matches as you type (autocomplete): any spelling finds the page.
SPELLING_SEARCH_FIELDS = [index.AutocompleteField("native_name"), index.AutocompleteField("name_keys")]


class SpellingQuerySet(PageQuerySet):
    """Pages with `name_keys` and a `spelling_key` function, filtered by any spelling of a name."""

    def spelled(self, *spellings):
        """Pages known by any of these spellings (the same key, in any name order or variant)."""
        keys = sorted(spelling_keys(self.model.spelling_key, spellings))
        lookups = [Q(name_keys__contains=f"{SEPARATOR}{key}{SEPARATOR}") for key in keys]
        return self.filter(reduce(or_, lookups)) if lookups else self.none()

    def spelled_like(self, text):
        """Pages whose title contains the text, or whose spellings contain each of its words.

        For searches as you type: "liang yong", "Yonghui Liang" and "梁永辉" all find Liang Yonghui.
        """
        condition = Q(title__icontains=text)
        words = self.model.spelling_key(text).split()
        if words:
            condition |= reduce(and_, (Q(name_keys__contains=word) for word in words))
        return self.filter(condition)


class NamedPage(ReportPage):
    """A report page found by any spelling of its name; a subclass lists its `spellings` and names a `spelling_key`."""

    # Derived on save: the keys of all spellings.
    name_keys = models.TextField(editable=False, blank=True, default="")

    objects = PageManager.from_queryset(SpellingQuerySet)()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        keys = sorted(spelling_keys(self.spelling_key, self.spellings))
        self.name_keys = SEPARATOR + SEPARATOR.join(keys) + SEPARATOR if keys else ""
        super().save(*args, **kwargs)


class SpellingIndex:
    """The pages of a queryset by the keys of their spellings, read in one query, for matching many names."""

    def __init__(self, queryset):
        self.key_function = queryset.model.spelling_key
        self.pages_by_key = defaultdict(set)
        for pk, stored in queryset.values_list("pk", "name_keys"):
            self._add(pk, stored)

    def add(self, page):
        """A page saved since the index was read."""
        self._add(page.pk, page.name_keys)

    def _add(self, pk, stored):
        for key in stored.split(SEPARATOR):
            if key:
                self.pages_by_key[key].add(pk)

    def find(self, spellings):
        """The ids of the pages known by any of the spellings."""
        return set().union(*(self.pages_by_key.get(key, ()) for key in spelling_keys(self.key_function, spellings)))
