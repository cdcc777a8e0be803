"""Reading rendered pages in tests: the text of the elements a CSS selector picks, in order."""

from bs4 import BeautifulSoup


def parse(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def texts(response, selector):
    """Whitespace-normalised text of every element matching the selector."""
    return [" ".join(element.get_text().split()) for element in parse(response).select(selector)]


def attributes(response, selector, name):
    return [element.get(name) for element in parse(response).select(selector)]
