"""Rich text from outside the editor, held to the editor's own rules.

Wagtail renders stored rich text as it is: only its editor removes what a field's features do not
allow, such as `<script>`, `on*` attributes and `javascript:` or `data:` links (its `check_url`).
Rich text that arrives another way (the bundle import) goes through Wagtail's own whitelister for
the same features here, so it can hold nothing an editor could not have typed. The whitelister
parses with BeautifulSoup, so malformed markup cannot make it fail.
https://docs.wagtail.org/en/stable/extending/rich_text_internals.html
"""

from wagtail import blocks
from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter
from wagtail.rich_text import RichText
from wagtail.rich_text import features as feature_registry

# Everything our rich text fields and blocks offer between them (see core/blocks.py and the models).
IMPORTED_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "superscript", "subscript"]


def clean_rich_text(html, features=None):
    """The HTML an editor with these features would have saved for the same content."""
    if not html:
        return html
    converter = EditorHTMLConverter(features or feature_registry.get_default_features())
    # Through the editor format and back, so links to pages and documents (`linktype`) survive.
    return converter.to_database_format(converter.from_database_format(html))


def clean_stream_rich_text(block, value):
    """The same StreamField value, every RichTextBlock in it cleaned with that block's features."""
    if isinstance(block, blocks.RichTextBlock):
        return RichText(clean_rich_text(value.source, block.features)) if value is not None else value
    if isinstance(block, blocks.StreamBlock):
        for child in value:
            child.value = clean_stream_rich_text(child.block, child.value)
        return value
    if isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            value[name] = clean_stream_rich_text(child_block, value[name])
        return value
    if isinstance(block, blocks.ListBlock):
        for child in value.bound_blocks:
            child.value = clean_stream_rich_text(block.child_block, child.value)
        return value
    return value
