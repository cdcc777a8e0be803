"""Every spelling a bundle entry is known by, the same way the page models list theirs.

A speaker is found by the keys of these spellings (`speakers.naming.person_key`), so "Liang Yonghui"
in one bundle and "Yonghui Liang" in another land on one page.
"""

from speakers.choices import NameOrder
from speakers.naming import display_name


def speaker_name(entry):
    return display_name(entry["given_name"], entry.get("family_name", ""), _order(entry))


def speaker_spellings(entry):
    """The display name, the name in the other order, the native name and the other spellings."""
    given, family, order = entry["given_name"], entry.get("family_name", ""), _order(entry)
    other_order = NameOrder.GIVEN_FIRST if order == NameOrder.FAMILY_FIRST else NameOrder.FAMILY_FIRST
    names = [display_name(given, family, order), display_name(given, family, other_order)]
    names += [entry.get("native_name", ""), *entry.get("other_names", [])]
    return [name for name in dict.fromkeys(names) if name]


def organisation_spellings(entry):
    names = [entry["name"], entry.get("native_name", ""), entry.get("short_name", ""), *entry.get("other_names", [])]
    return [name for name in dict.fromkeys(names) if name]


def _order(entry):
    return entry.get("name_order", NameOrder.FAMILY_FIRST)
