"""Line numbers for JSON paths, so an error can say where in the file it is.

Python's json module forgets positions once it has parsed a document; this walks the text once more
(only when there is an error to report) and records where each value, or each object member's key,
starts.
"""

import re
from json.decoder import scanstring

_SPACE = re.compile(r"[ \t\n\r]*")
_SCALAR = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null")


def value_offsets(text):
    """{json path tuple: character offset} for every value of a valid JSON document."""
    offsets = {}

    def skip(index):
        return _SPACE.match(text, index).end()

    def walk(index, path):
        index = skip(index)
        offsets.setdefault(path, index)
        char = text[index]
        if char == "{":
            index = skip(index + 1)
            if text[index] == "}":
                return index + 1
            while True:
                index = skip(index)
                key_start = index
                key, index = scanstring(text, index + 1)
                # A member is reported at its key: that is the line a reader looks for.
                offsets[(*path, key)] = key_start
                index = skip(index) + 1  # the colon
                index = skip(walk(index, (*path, key)))
                if text[index] == ",":
                    index += 1
                    continue
                return index + 1
        if char == "[":
            index = skip(index + 1)
            if text[index] == "]":
                return index + 1
            position = 0
            while True:
                index = skip(walk(index, (*path, position)))
                position += 1
                if text[index] == ",":
                    index += 1
                    continue
                return index + 1
        if char == '"':
            return scanstring(text, index + 1)[1]
        return _SCALAR.match(text, index).end()

    walk(0, ())
    return offsets


class LineFinder:
    """Finds the line of a JSON path, falling back to the nearest enclosing value that exists."""

    def __init__(self, text):
        self.text = text
        self._offsets = None

    def line_of(self, path):
        if self._offsets is None:
            self._offsets = value_offsets(self.text)
        path = tuple(path)
        while path not in self._offsets and path:
            path = path[:-1]
        offset = self._offsets.get(path)
        return None if offset is None else self.text.count("\n", 0, offset) + 1
