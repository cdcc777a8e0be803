"""Write an archive folder all at once, and only what changed.

Everything goes into a new folder beside the target (`.<name>.*.partial`); the target is swapped for
it only when the export finished, so a failed export leaves no half-written archive. A file whose
content equals the previous archive's is hard-linked from it rather than written again, so its
modification time stays and tools that sync by time or size (rsync, `aws s3 sync`) skip it.
"""

import json
import os
import shutil
import tempfile
from collections import Counter
from pathlib import Path

from .errors import ArchiveError

# Marks a folder as an archive of ours, which a later export of the same edition may replace.
MANIFEST = "archive.json"


def _archive_edition(folder):
    """The edition slug of the archive in `folder`, or None when it holds something else."""
    try:
        return json.loads((folder / MANIFEST).read_text())["edition"]
    except (OSError, ValueError, KeyError, TypeError):
        return None


class ArchiveFolder:
    """A context manager: files written inside it appear in `target` together when it exits without error."""

    def __init__(self, target, edition):
        self.target = Path(target).absolute()
        self.edition = edition
        self.previous = None
        self.counts = Counter(written=0, unchanged=0, removed=0)
        self.files = set()
        self.partial = None

    def __enter__(self):
        if self.target.exists():
            if not self.target.is_dir():
                raise ArchiveError(f"{self.target} is a file, not a folder.")
            if any(self.target.iterdir()):
                edition = _archive_edition(self.target)
                if edition is None:
                    raise ArchiveError(f"{self.target} is not empty and holds no archive: choose an empty or new one.")
                if edition != self.edition:
                    raise ArchiveError(f"{self.target} holds the archive of {edition!r}, not of {self.edition!r}.")
                self.previous = self.target
        try:
            self.target.parent.mkdir(parents=True, exist_ok=True)
            partial = tempfile.mkdtemp(prefix=f".{self.target.name}.", suffix=".partial", dir=self.target.parent)
            self.partial = Path(partial)
        except OSError as error:
            raise ArchiveError(f"Cannot write beside {self.target}: {error.strerror or error}.") from error
        return self

    def write(self, name, content):
        """Put `content` (bytes) at the archive path `name`, e.g. `events/x/index.html`."""
        destination = self.partial / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        self.files.add(name)
        old = self.previous / name if self.previous else None
        if old is not None and old.is_file() and old.stat().st_size == len(content) and old.read_bytes() == content:
            try:
                os.link(old, destination)
            except OSError:  # another file system or no hard links: a copy keeps the time too
                shutil.copy2(old, destination)
            self.counts["unchanged"] += 1
        else:
            destination.write_bytes(content)
            self.counts["written"] += 1

    def __exit__(self, kind, error, traceback):
        if kind is not None:
            shutil.rmtree(self.partial, ignore_errors=True)
            return False
        self.write(MANIFEST, json.dumps({"edition": self.edition}, indent=2).encode() + b"\n")
        if self.previous is not None:
            old_files = {str(path.relative_to(self.previous)) for path in self.previous.rglob("*") if path.is_file()}
            self.counts["removed"] = len(old_files - self.files)
        self._swap()
        return False

    def _swap(self):
        self.partial.chmod(0o755)  # mkdtemp makes it private; an archive is for everyone to read
        retired = None
        if self.target.exists():
            retired = self.partial.with_name(self.partial.name.replace(".partial", ".retired"))
            os.rename(self.target, retired)
        os.rename(self.partial, self.target)
        if retired is not None:
            shutil.rmtree(retired, ignore_errors=True)
