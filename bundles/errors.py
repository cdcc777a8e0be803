"""What goes wrong with a bundle, said with the place in the file where it went wrong."""

from dataclasses import dataclass

# A bad file can have hundreds of problems; the first ones are enough to start fixing it.
MAX_LISTED = 25


def format_path(path):
    """('sessions', 3, 'participants', 0) -> '$.sessions[3].participants[0]' (JSONPath-style)."""
    text = "$"
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        elif part.isidentifier():
            text += f".{part}"
        else:
            text += f"[{part!r}]"
    return text


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the bundle: where (JSON path and line, when known) and what."""

    path: tuple
    message: str
    line: int | None = None

    def __str__(self):
        where = format_path(self.path)
        if self.line is not None:
            where += f" (line {self.line})"
        return f"{where}: {self.message}"


class BundleError(Exception):
    """The bundle cannot be imported; nothing was changed. Carries every problem found."""

    def __init__(self, problems, source=""):
        self.problems = sorted(problems, key=lambda p: (p.line or 0, format_path(p.path)))
        self.source = source
        super().__init__(str(self))

    def __str__(self):
        count = len(self.problems)
        heading = f"{self.source or 'The bundle'}: {count} problem{'s' if count != 1 else ''}, nothing was imported"
        lines = [heading, *(f"  {problem}" for problem in self.problems[:MAX_LISTED])]
        if count > MAX_LISTED:
            lines.append(f"  ... and {count - MAX_LISTED} more")
        return "\n".join(lines)
