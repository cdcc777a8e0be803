"""Reading and writing `srcset` attributes: a list of image candidates, each a URL and an optional descriptor.

Split as the HTML standard says (https://html.spec.whatwg.org/#parsing-a-srcset-attribute): a URL runs
to the next white space, and a comma ends a candidate only after its URL, so a URL may itself contain
commas.
"""

import re

SPACE_OR_COMMA = re.compile(r"[\s,]*")
URL = re.compile(r"\S+")


def parse_srcset(value):
    """`"a.jpg 1x, b.jpg 2x"` -> [("a.jpg", "1x"), ("b.jpg", "2x")]."""
    candidates = []
    position = 0
    while True:
        position = SPACE_OR_COMMA.match(value, position).end()
        if position >= len(value):
            return candidates
        url = URL.match(value, position).group()
        position += len(url)
        if url.endswith(","):
            candidates.append((url.rstrip(","), ""))
            continue
        descriptor, depth = [], 0
        while position < len(value):
            character = value[position]
            position += 1
            if character == "(":
                depth += 1
            elif character == ")":
                depth = max(depth - 1, 0)
            elif character == "," and depth == 0:
                break
            descriptor.append(character)
        candidates.append((url, " ".join("".join(descriptor).split())))


def format_srcset(candidates):
    return ", ".join(f"{url} {descriptor}" if descriptor else url for url, descriptor in candidates)
