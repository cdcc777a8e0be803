"""Session summaries: bundle blocks <-> the StreamField data of `core.blocks.SummaryBlock`.

In the bundle a block is `{"type": ..., "value": ...}` as Wagtail stores it, except that a figure
names its image and a document block its document by bundle id, and block ids are left out. The
import validates every summary with the StreamBlock itself, so the bundle obeys the same rules as
the admin form. https://docs.wagtail.org/en/stable/topics/streamfield.html
"""

import copy

from django.core.exceptions import ValidationError

from core.rich_text import clean_stream_rich_text

from .fields import DOCUMENT, IMAGE

# Block type -> (key of the reference in its value, reference kind).
REFERENCE_KEYS = {"figure": ("image", IMAGE), "document": ("document", DOCUMENT)}


def to_stream_data(blocks, refs):
    """Bundle blocks -> raw StreamField data, references turned into primary keys."""
    data = []
    for block in blocks:
        value = copy.deepcopy(block["value"])
        if block["type"] in REFERENCE_KEYS:
            key, kind = REFERENCE_KEYS[block["type"]]
            value[key] = refs[kind][value[key]]
        data.append({"type": block["type"], "value": value})
    return data


def clean_stream_data(stream_block, data):
    """The StreamValue for `data`, or ValidationError with {relative path: message} in `.problems`."""
    value = stream_block.to_python(data)
    try:
        # Rich text blocks whitelisted like the editor does: no script, handlers or script links.
        return clean_stream_rich_text(stream_block, stream_block.clean(value))
    except ValidationError as exc:
        error = ValidationError("summary is not valid")
        error.problems = dict(_flatten(exc.as_json_data(), ()))
        raise error from exc


def _flatten(error_data, path):
    """Wagtail's nested block errors -> (path inside the bundle's summary, message) pairs."""
    for message in error_data.get("messages", []):
        yield path, message
    for key, child in (error_data.get("blockErrors") or {}).items():
        step = int(key) if str(key).isdigit() else key
        # A summary's own children are {"type", "value"} blocks: their fields sit under "value".
        child_path = (*path, step, "value") if not path else (*path, step)
        yield from _flatten(child, child_path)


def to_bundle_blocks(stream_value, refs):
    """A saved summary -> bundle blocks (no block ids, references as bundle ids)."""
    blocks = []
    for raw in stream_value.raw_data:
        value = copy.deepcopy(raw["value"])
        if raw["type"] in REFERENCE_KEYS:
            key, kind = REFERENCE_KEYS[raw["type"]]
            value[key] = refs[kind].get(value[key])
        if raw["type"] == "key_points":
            # ListBlock stores items as {"type": "item", "value": ..., "id": ...}; the bundle keeps plain strings.
            value["points"] = [item["value"] if isinstance(item, dict) else item for item in value.get("points", [])]
        blocks.append({"type": raw["type"], "value": value})
    return blocks


def referenced_ids(stream_value, block_type):
    """Primary keys that a saved summary's blocks of `block_type` refer to."""
    key = REFERENCE_KEYS[block_type][0]
    return [raw["value"].get(key) for raw in stream_value.raw_data if raw["type"] == block_type]
