"""Plain-text views of a session for formats that carry no HTML: who takes part, what was said."""

from wagtail import blocks

from ..choices import ParticipantRole


def _block_text(block, value):
    """The words in one block; each block type already knows its text for the search index."""
    if value is None or isinstance(block, blocks.ChoiceBlock):  # a choice's label is not content
        return []
    if isinstance(block, blocks.StructBlock):
        return [text for name, child in block.child_blocks.items() for text in _block_text(child, value.get(name))]
    if isinstance(block, blocks.ListBlock):
        return [text for item in value for text in _block_text(block.child_block, item)]
    if isinstance(block, blocks.StreamBlock):
        return [text for child in value for text in _block_text(child.block, child.value)]
    return block.get_searchable_content(value)


def summary_text(session):
    """The session's summary as plain text, one paragraph per piece of text."""
    chunks = _block_text(session.summary.stream_block, session.summary)
    return "\n\n".join(chunk.strip() for chunk in chunks if chunk and chunk.strip())


def participant_label(participant):
    """'Liang Yonghui (Moderator), Deputy General Manager, Shandong Zhaojin ...' as of the session."""
    name = participant.speaker.title
    if participant.role != ParticipantRole.SPEAKER:
        name = f"{name} ({participant.get_role_display()})"
    organisation = participant.organisation.title if participant.organisation else ""
    return ", ".join(part for part in [name, participant.position, organisation] if part)


def absolute_url(site, path):
    """A site-relative path such as a document URL made absolute for readers outside the site."""
    return path if path.startswith(("http://", "https://")) else f"{site.root_url}{path}"
