"""Every spelling a bundle entry is known by, the same way the page models list theirs.

A speaker is found by these spellings through the name matcher (`speakers.naming`), so "Liang Yonghui"
in one bundle and "Yonghui Liang" in another land on one page.
"""

from speakers.choices import NameOrder
from speakers.naming import display_name, organisation_spellings, person_spellings


def speaker_name(entry):
    return display_name(entry["given_name"], entry.get("family_name", ""), _order(entry))


def speaker_entry_spellings(entry):
    """The display name, the name in the other order, the native name and the other spellings."""
    return person_spellings(
        entry["given_name"],
        entry.get("family_name", ""),
        _order(entry),
        entry.get("native_name", ""),
        entry.get("other_names", []),
    )


def organisation_entry_spellings(entry):
    return organisation_spellings(
        entry["name"], entry.get("native_name", ""), entry.get("short_name", ""), entry.get("other_names", [])
    )


def _order(entry):
    return entry.get("name_order", NameOrder.FAMILY_FIRST)
