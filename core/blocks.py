"""The StreamField blocks a session summary is written with.

Every block declares an icon, a template, a description and a preview value so the admin's block
picker shows what each one looks like (https://docs.wagtail.org/en/stable/topics/streamfield.html).
"""

import copy

from wagtail_localize.segments import StringSegmentValue

from django.core.exceptions import ValidationError

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

# Rich text in summaries: structure and emphasis, never raw HTML.
SUMMARY_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "superscript", "subscript"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=200, help_text="A section title, e.g. 'Silver supply and demand'.")
    level = blocks.ChoiceBlock(
        choices=[("h2", "Section (H2)"), ("h3", "Subsection (H3)")],
        default="h2",
        help_text="H2 for a main section of the talk, H3 for a part of one.",
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        description = "A section heading inside the summary"
        preview_value = {"text": "Logic of gold and silver price analysis", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=SUMMARY_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph_block.html"
        description = "Running text with bold, italics, links and lists"
        preview_value = (
            "<p>The speaker argued that silver follows copper in the short term while "
            "gold sets its long-term direction.</p>"
        )


class KeyPointsBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, max_length=120, help_text="Optional, e.g. 'Key points' or 'Takeaways'.")
    points = blocks.ListBlock(
        blocks.CharBlock(max_length=400, label="Point"),
        min_num=1,
        help_text="One short sentence each; they are shown as a highlighted list.",
    )

    class Meta:
        icon = "list-ul"
        template = "blocks/key_points_block.html"
        description = "A highlighted list of the talk's main points"
        preview_value = {
            "title": "Key points",
            "points": [
                "The global silver deficit narrows to 117.6 million ounces in 2025.",
                "Industrial demand keeps growing; photovoltaic growth slows.",
            ],
        }


class FigureBlock(blocks.StructBlock):
    """A figure always has alt text: the editor's own, or else the image's description.

    The check runs in `clean`, so it holds on Save draft too (Wagtail defers `required` to submit).
    """

    image = ImageChooserBlock(help_text="A slide, chart or photo from the session.")
    alt_text = blocks.CharBlock(
        required=False,
        max_length=250,
        help_text=(
            "Describe what the image shows for readers who cannot see it. "
            "Leave empty to use the image's own description."
        ),
    )
    caption = blocks.CharBlock(required=False, max_length=300, help_text="Shown under the image.")
    credit = blocks.CharBlock(required=False, max_length=120, help_text="e.g. 'Slide: SMM'.")

    class Meta:
        icon = "image"
        template = "blocks/figure_block.html"
        description = "An image with alt text, caption and credit"

    def clean(self, value):
        value = super().clean(value)
        image = value.get("image")
        if image and not value.get("alt_text"):
            if not image.description:
                raise blocks.StructBlockValidationError(
                    block_errors={
                        "alt_text": ValidationError(
                            "Alt text is required: this image has no description of its own. Describe what it shows."
                        )
                    }
                )
            value["alt_text"] = image.description
        return value


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(help_text="The words as said, without quotation marks.")
    attribution = blocks.CharBlock(required=False, max_length=120, help_text="Who said it.")
    role = blocks.CharBlock(required=False, max_length=200, help_text="Their position, optional.")

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        description = "A quotation with its speaker"
        preview_value = {
            "text": "Silver prices are focusing on copper prices.",
            "attribution": "Liang Yonghui",
            "role": "Deputy General Manager",
        }


class CalloutBlock(blocks.StructBlock):
    tone = blocks.ChoiceBlock(
        choices=[("info", "Information"), ("figure", "Key figure"), ("note", "Note")],
        default="info",
        help_text="Changes the colour and icon of the box.",
    )
    title = blocks.CharBlock(required=False, max_length=120)
    text = blocks.RichTextBlock(features=["bold", "italic", "link"])

    class Meta:
        icon = "help"
        template = "blocks/callout_block.html"
        description = "A boxed note or key figure that stands out from the text"
        preview_value = {
            "tone": "figure",
            "title": "17,000 mt",
            "text": "<p>SMM1# silver production in 2024.</p>",
        }


class TableBlockWithCaption(blocks.StructBlock):
    caption = blocks.CharBlock(required=False, max_length=200, help_text="What the table shows.")
    table = TableBlock(help_text="Use the first row as column headings.")

    # wagtail-localize skips a TableBlock (it does not know where its text is), which would leave a
    # translated summary's tables in the source language: the caption and every cell with text are
    # segments of the translation, at paths "caption" and "table.<row>.<column>".
    def get_translatable_segments(self, value):
        segments = [StringSegmentValue("caption", value["caption"])] if value["caption"] else []
        for row_number, row in enumerate((value["table"] or {}).get("data") or []):
            segments += [
                StringSegmentValue(f"table.{row_number}.{column}", cell)
                for column, cell in enumerate(row)
                if isinstance(cell, str) and cell
            ]
        return segments

    def restore_translated_segments(self, value, segments):
        caption, table = value["caption"], copy.deepcopy(value["table"])
        for segment in segments:
            if segment.path == "caption":
                caption = segment.render_text()
            else:
                _, row, column = segment.path.split(".")
                table["data"][int(row)][int(column)] = segment.render_text()
        return blocks.StructValue(self, [("caption", caption), ("table", table)])

    class Meta:
        icon = "table"
        template = "blocks/table_block.html"
        description = "A table of figures with an optional caption"
        preview_value = {
            "caption": "Discarded photovoltaic modules in China",
            "table": {
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "data": [["Year", "Cumulative"], ["2030", "18 GW"], ["2050", "253 GW"]],
            },
        }


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(help_text="A link to the video page, e.g. on YouTube or Vimeo.")
    caption = blocks.CharBlock(required=False, max_length=200)

    class Meta:
        icon = "media"
        template = "blocks/video_block.html"
        description = "An embedded video"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(help_text="Slides, a report or a handout.")
    title = blocks.CharBlock(required=False, max_length=150, help_text="Link text; the document's title if empty.")

    class Meta:
        icon = "doc-full"
        template = "blocks/document_block.html"
        description = "A download link to a document"


class SummaryBlock(blocks.StreamBlock):
    """The body of a session report, in the shapes such reports are written in."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    key_points = KeyPointsBlock()
    figure = FigureBlock()
    table = TableBlockWithCaption()
    quote = QuoteBlock()
    callout = CalloutBlock()
    video = VideoBlock()
    document = DocumentBlock()

    class Meta:
        template = "blocks/summary_block.html"
