"""Validation against the frab schemas in `data/` (copied from voc/schedule)."""

import json
from functools import cache
from pathlib import Path

from jsonschema import Draft6Validator, FormatChecker
from lxml import etree

DATA = Path(__file__).parent / "data"
PRETALX_EXAMPLE = DATA / "example-pretalx-democon.json"


@cache
def xml_schema():
    return etree.XMLSchema(etree.parse(str(DATA / "frab-schedule.xsd")))


@cache
def json_validator():
    schema = json.loads((DATA / "frab-schedule.schema.json").read_text())
    # Every format the library knows (date, date-time, uuid...), not only draft 6's short list.
    return Draft6Validator(schema, format_checker=FormatChecker())


def xml_errors(content):
    """[] for a schedule.xml the XSD accepts, else each error with its line."""
    schema = xml_schema()
    schema.validate(etree.fromstring(content))
    return [f"line {error.line}: {error.message}" for error in schema.error_log]


def json_errors(data):
    """[] for a schedule.json the JSON Schema accepts, else each error with its path."""
    return [f"{error.json_path}: {error.message}" for error in json_validator().iter_errors(data)]
