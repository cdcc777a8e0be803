"""Turns what a reader typed into a search the database backends cannot misread.

Readers type company names with "&", paste titles with quotes and colons, and write "gold OR silver".
The backends pass each word to the database's full-text syntax, where a lone "&" matches nothing and
makes the whole query match nothing. So only the words are kept, and they are combined with OR:
results matching more of the words rank first, and "gold OR silver" finds everything "silver" finds.
The words AND, OR and NOT are read as connectors the reader meant, never as filters. A run of
Chinese characters is looked up as its character pairs, all required (core/chinese_search.py).
"""

import re
from functools import reduce
from operator import or_

from wagtail.search.query import PlainText

from .chinese_search import HAN_RUN, han_runs, query_terms

# Long enough for any real query; longer terms only cost time.
MAX_QUERY_LENGTH = 200
CONNECTOR_WORDS = {"and", "or", "not"}


def clean_query(raw):
    """The query as shown back to the reader: no NUL bytes, trimmed, bounded."""
    return raw.replace("\x00", "").strip()[:MAX_QUERY_LENGTH]


def search_terms(query):
    """The words of a query; connector words dropped unless they are all there is."""
    words = re.findall(r"\w+", query)
    meaningful = [word for word in words if word.casefold() not in CONNECTOR_WORDS]
    return meaningful or words


def reader_query(query):
    """A search query object for the backend, or None when the text holds no word at all."""
    words, chinese = [], []
    for term in search_terms(query):
        # "SMM白银" is one word to \w+: its Latin and its Chinese parts are looked up each their way.
        words += [part for part in HAN_RUN.split(term) if part]
        chinese += [PlainText(" ".join(query_terms(run)), operator="and") for run in han_runs(term)]
    parts = ([PlainText(" ".join(words), operator="or")] if words else []) + chinese
    return reduce(or_, parts) if parts else None
