"""Reading the <head> metadata of a rendered page."""

import json

from bs4 import BeautifulSoup


def head(response):
    return BeautifulSoup(response.content.decode(), "html.parser").head


def meta(response):
    """Open Graph and Twitter fields as {property or name: content}."""
    tags = head(response).find_all("meta")
    return {tag.get("property") or tag.get("name"): tag.get("content") for tag in tags if tag.get("content")}


def links(response, rel):
    return [(tag.get("type"), tag["href"]) for tag in head(response).find_all("link", rel=rel)]


def json_ld(response):
    return [json.loads(tag.string) for tag in head(response).find_all("script", type="application/ld+json")]
