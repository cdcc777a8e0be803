"""No model offers editors a raw HTML block: every StreamField's block tree, walked to the leaves."""

from django.apps import apps

from wagtail import blocks
from wagtail.fields import StreamField


def block_tree(block):
    """The block and every block inside it: struct children, list items, stream children."""
    yield block
    children = list(getattr(block, "child_blocks", {}).values())
    if isinstance(block, blocks.ListBlock):
        children.append(block.child_block)
    for child in children:
        yield from block_tree(child)


def raw_html_blocks():
    return [
        f"{model._meta.label}.{field.name}"
        for model in apps.get_models()
        for field in model._meta.get_fields()
        if isinstance(field, StreamField)
        for block in block_tree(field.stream_block)
        if isinstance(block, blocks.RawHTMLBlock)
    ]


def stream_fields():
    return sorted(
        f"{model._meta.label}.{field.name}"
        for model in apps.get_models()
        for field in model._meta.get_fields()
        if isinstance(field, StreamField)
    )


def test_no_stream_field_offers_a_raw_html_block():
    assert raw_html_blocks() == []


def test_stream_fields_are_the_ones_walked():
    # If a new StreamField appears, it is walked too; this list says which ones exist today.
    assert stream_fields() == ["conference.SessionPage.summary"]


def test_block_tree_finds_raw_html_nested_in_lists_and_structs():
    nested = blocks.StreamBlock([("section", blocks.StructBlock([("items", blocks.ListBlock(blocks.RawHTMLBlock()))]))])

    found = [type(block).__name__ for block in block_tree(nested) if isinstance(block, blocks.RawHTMLBlock)]

    assert found == ["RawHTMLBlock"]
