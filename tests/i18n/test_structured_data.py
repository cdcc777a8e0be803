"""JSON-LD says the language of the page it describes."""

import json
import re

import pytest

from sharing.structured_data import in_language

pytestmark = pytest.mark.django_db


def json_ld(html):
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


def test_the_home_page_says_its_language_in_each_language(client, chinese_skeleton):
    english = json_ld(client.get("/").content.decode())
    chinese = json_ld(client.get("/zh-hans/").content.decode())

    assert (english["@type"], english["inLanguage"]) == ("WebSite", "en")
    assert (chinese["@type"], chinese["inLanguage"]) == ("WebSite", "zh-Hans")


def test_people_and_organisations_have_no_language():
    assert in_language({"@type": "Person", "name": "Liang Yonghui"}, "en") == {
        "@type": "Person",
        "name": "Liang Yonghui",
    }
