"""What the security tests look for in a response: server errors, live script, leaked sentinels.

Each finder counts what it finds in the figures (figures.py) and returns it, so the test asserts
on the exact list and the bench prints the total.
"""

import re

from bs4 import BeautifulSoup

from . import figures

# A payload that can only show up unescaped if something marked hostile text as safe.
SCRIPT_PAYLOAD = '<script>alert("xss")</script>'
IMG_PAYLOAD = '<img src="x" onerror="alert(1)">'
HOSTILE_TEXT = f'Evil {SCRIPT_PAYLOAD}{IMG_PAYLOAD} "quoted" & more'

EXECUTABLE_SCHEMES = ("javascript:", "vbscript:", "data:")
# Browsers drop ASCII tab, newline and carriage return inside a URL scheme: jav\tascript: runs.
URL_NOISE = re.compile(r"[\x00-\x20]")


class Probe:
    """The Django test client, with every answer counted in the figures."""

    def __init__(self, client):
        # A view that raises answers 500, as in production, and is counted instead of stopping the probe.
        client.raise_request_exception = False
        self.client = client

    def get(self, path, data=None, **extra):
        return figures.count_response(self.client.get(path, data, **extra))

    def post(self, path, data=None, **extra):
        return figures.count_response(self.client.post(path, data, **extra))


DATA_BLOCKS = ("application/ld+json", "application/json")


def live_scripts(content):
    """Markup that would run in a browser: script elements, on* handlers, script URLs.

    JSON-LD (`type="application/ld+json"`) and the script's strings (`application/json`) are data
    blocks no browser executes; JSON-LD is read by `json_ld_blocks` instead, where a `</script>` inside
    it would show up as a broken block.
    """
    if isinstance(content, bytes):
        content = content.decode("utf-8", "replace")
    soup = BeautifulSoup(content, "html.parser")
    found = []
    for element in soup.find_all(True):
        if element.name == "script" and element.get("type") not in DATA_BLOCKS and not element.get("src"):
            found.append(f"<script>{element.get_text()[:40]}")
        for name, value in element.attrs.items():
            if name.lower().startswith("on"):
                found.append(f"{element.name}[{name}]")
            if name.lower() in ("href", "src", "action", "formaction", "xlink:href") and isinstance(value, str):
                scheme_part = URL_NOISE.sub("", value).lower()
                # data: images are harmless in img src (the policy allows them); data: links are not.
                if scheme_part.startswith(EXECUTABLE_SCHEMES) and not (element.name == "img" and name == "src"):
                    found.append(f"{element.name}[{name}={value[:30]}]")
    figures.count("unescaped_scripts", len(found))
    return found


def raw_payloads(content, payloads=(SCRIPT_PAYLOAD, IMG_PAYLOAD)):
    """Hostile markup reflected byte for byte, in any format (HTML, XML, iCal, JSON)."""
    if isinstance(content, bytes):
        content = content.decode("utf-8", "replace")
    found = [payload for payload in payloads if payload in content]
    figures.count("unescaped_scripts", len(found))
    return found


def leaked(content, sentinels):
    """The sentinels of private content that appear in a response."""
    if isinstance(content, bytes):
        content = content.decode("utf-8", "replace")
    found = [sentinel for sentinel in sentinels if sentinel in content]
    figures.count("leaks", len(found))
    return found
