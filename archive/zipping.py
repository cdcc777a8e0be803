"""One zip file of an archive folder, for handing over or attaching to a release."""

import os
import tempfile
import zipfile
from pathlib import Path

from .errors import ArchiveError


def zip_folder(folder, zip_path):
    """Write every file of `folder` into `zip_path`, replacing it only once complete."""
    folder, zip_path = Path(folder), Path(zip_path).absolute()
    try:
        zip_path.parent.mkdir(parents=True, exist_ok=True)
        handle, partial = tempfile.mkstemp(prefix=f".{zip_path.name}.", suffix=".partial", dir=zip_path.parent)
    except OSError as error:
        raise ArchiveError(f"Cannot write the zip file {zip_path}: {error.strerror or error}.") from error
    os.close(handle)
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(folder.rglob("*")):
                if path.is_file():
                    archive.write(path, path.relative_to(folder).as_posix())
        os.chmod(partial, 0o644)
        os.replace(partial, zip_path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return zip_path
