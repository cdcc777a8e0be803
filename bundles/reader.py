"""Reading a bundle file: JSON syntax, then the JSON Schema, then the bundle's own consistency.

Every check runs before the import touches the database, so most bad files fail here with all their
problems listed at once, each with its JSON path and line.
"""

import json
from functools import cache
from pathlib import Path

from jsonschema import Draft202012Validator, FormatChecker

from .errors import BundleError, Problem
from .locate import LineFinder

SCHEMA_PATH = Path(__file__).with_name("conference-bundle.schema.json")
FORMAT_VERSION = 1


@cache
def schema():
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@cache
def _validator():
    return Draft202012Validator(schema(), format_checker=FormatChecker())


class Bundle:
    """A parsed, validated bundle and the folder its images and documents are found in."""

    def __init__(self, data, *, base_dir, source="", text=None):
        self.data = data
        self.base_dir = Path(base_dir)
        self.source = source
        self._lines = LineFinder(text) if text is not None else None

    @property
    def conference(self):
        return self.data["conference"]

    def items(self, name):
        return self.data.get(name, [])

    def problem(self, path, message):
        line = self._lines.line_of(path) if self._lines else None
        return Problem(tuple(path), message, line)

    def error(self, path, message):
        return BundleError([self.problem(path, message)], source=self.source)

    def file_path(self, relative):
        return self.base_dir / relative


def parse(text, *, base_dir, source=""):
    """Text -> validated Bundle, or BundleError listing every problem with its place."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        message = f"not valid JSON: {exc.msg} (column {exc.colno})"
        raise BundleError([Problem((), message, exc.lineno)], source=source) from exc
    bundle = Bundle(data, base_dir=base_dir, source=source, text=text)
    if not isinstance(data, dict):
        raise bundle.error((), "the file must hold one JSON object, the bundle")
    problems = [bundle.problem(error.absolute_path, error.message) for error in _validator().iter_errors(data)]
    if problems:
        raise BundleError(problems, source=source)
    # Imported here: consistency checks need Django's app registry, the schema check does not.
    from .consistency import check_consistency  # noqa: PLC0415 — needs the app registry; the schema check does not

    problems = check_consistency(bundle)
    if problems:
        raise BundleError(problems, source=source)
    return bundle


def read_bundle(path):
    """Read and validate the bundle file at `path`; its images are found relative to its folder."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise BundleError([Problem((), f"no such file: {path}")], source=str(path)) from exc
    except UnicodeDecodeError as exc:
        raise BundleError([Problem((), f"not UTF-8 text (byte {exc.start})")], source=str(path)) from exc
    return parse(text, base_dir=path.resolve().parent, source=str(path))
