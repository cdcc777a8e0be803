"""Spelling-insensitive keys for people and organisations.

The same person appears as "Liang Yonghui" and "Yonghui Liang", and the same company as
"... Gold & Silver Refinery Co., Ltd." and "... Gold and Silver Refining Co., Ltd.". Pages store
the keys of every spelling they are known by, so a lookup by any spelling finds them.
"""

import re
import unicodedata

from .choices import NameOrder

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


def pack_keys(keys):
    """Keys stored as '|k1|k2|' so one `contains` lookup finds a page by any of them."""
    unique = sorted({key for key in keys if key})
    return "|" + "|".join(unique) + "|" if unique else ""


def display_name(given_name, family_name, name_order):
    parts = [family_name, given_name] if name_order == NameOrder.FAMILY_FIRST else [given_name, family_name]
    return " ".join(part.strip() for part in parts if part and part.strip())
