"""The one error an export reports to the person running it; the command turns it into a CommandError."""


class ArchiveError(Exception):
    """Why an edition cannot be exported, in words for the person who asked."""
