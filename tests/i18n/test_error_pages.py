"""The pages shown when the site cannot work normally speak the reader's language (they render
without a database, so from the catalogues alone)."""

import pytest
from bs4 import BeautifulSoup

from django.template.loader import render_to_string
from django.utils import translation


@pytest.mark.parametrize(
    ("template", "language", "heading", "home"),
    [
        ("500.html", "en", "Something went wrong on our side", "/"),
        ("500.html", "zh-hans", "我们这边出了问题", "/zh-hans/"),
        ("503.html", "en", "The reports are briefly unavailable", "/"),
        ("503.html", "zh-hans", "报告暂时无法访问", "/zh-hans/"),
    ],
)
def test_error_pages_are_in_the_language_of_the_address(template, language, heading, home):
    with translation.override(language):
        soup = BeautifulSoup(render_to_string(template), "html.parser")

    assert (soup.html["lang"], soup.h1.get_text(), soup.select_one(".link-arrow")["href"]) == (language, heading, home)
