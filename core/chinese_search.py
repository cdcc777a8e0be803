"""Chinese words found inside longer runs of Chinese text by the database search backends.

Chinese is written without spaces between words. PostgreSQL's text parser and SQLite's FTS5
tokenizer both take a whole run of Chinese characters as one word, so a reader's "白银" (silver)
found nothing in "白银市场" (silver market). As Lucene's CJK analyzer does, each run is indexed as
its single characters and its overlapping pairs (bigrams), and a query's run is looked up as its
pairs, all of them required: "白银" finds any text holding the pair 白银, "白银市场" text holding
白银, 银市 and 市场, and a single character finds itself. No dictionary is needed, on either database.
https://lucene.apache.org/core/9_0_0/analysis/common/org/apache/lucene/analysis/cjk/CJKBigramFilter.html
"""

import re

from django.utils.html import strip_tags

from wagtail.search import index

# Han ideographs: the unified blocks, extensions A to H, and the compatibility ideographs.
HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")

# The method search field of `ChineseSearchMixin`.
CHINESE_TERMS = "chinese_terms"


CHINESE_TERMS_FIELD = index.SearchField(CHINESE_TERMS)


def han_runs(text):
    return HAN_RUN.findall(text or "")


def bigrams(run):
    return [run[start : start + 2] for start in range(len(run) - 1)]


def index_terms(text):
    """The characters and pairs of every Han run in `text`, space separated, each once."""
    terms = []
    for run in han_runs(text):
        terms += [*run, *bigrams(run)]
    return " ".join(dict.fromkeys(terms))


def query_terms(run):
    """What one Han run of a query is looked up as: its pairs, or the character alone."""
    return bigrams(run) or [run]


def searchable_text(obj):
    """The text of the object's other search fields that are model fields, as the backend reads them.

    Method search fields are left out: they may query the database (a session's participants), and
    indexing would then pay for them twice. Such a method adds the `index_terms` of its own text.
    """
    for search_field in obj.search_fields:
        if not isinstance(search_field, index.SearchField) or search_field.field_name == CHINESE_TERMS:
            continue
        if callable(getattr(obj, search_field.field_name, None)):
            continue
        value = search_field.get_value(obj)  # a StreamField gives the text of its blocks, as a list
        if isinstance(value, list | tuple):
            value = " ".join(str(item) for item in value)
        if isinstance(value, str):
            yield strip_tags(value)


class ChineseSearchMixin:
    """For page models: the Chinese terms of the page's searchable text, for the search index.

    The model lists `CHINESE_TERMS_FIELD` last in its `search_fields`.
    """

    def chinese_terms(self):
        return index_terms(" ".join(searchable_text(self)))
