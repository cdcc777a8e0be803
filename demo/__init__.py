"""The demo conference: the 2025 SMM (6th) Silver Industry Chain Innovation Conference.

`smm-silver-2025/conference.json` is a conference bundle (docs/conference-bundle.md) holding every
fact of the published report, with summaries written in our own words. Its images are not in the
repository: `prepare()` draws them with Pillow (demo/artwork.py) beside a copy of the bundle, ready
for `bundles.read_bundle`.
"""

import json
import shutil
from pathlib import Path

from .artwork import render_images

BUNDLE_PATH = Path(__file__).parent / "smm-silver-2025" / "conference.json"


def prepare(target_dir):
    """Copy the demo bundle into `target_dir`, draw its images beside it, return the bundle's path."""
    target_dir = Path(target_dir)
    target_dir.mkdir(parents=True, exist_ok=True)
    bundle_path = target_dir / BUNDLE_PATH.name
    shutil.copyfile(BUNDLE_PATH, bundle_path)
    render_images(json.loads(BUNDLE_PATH.read_text(encoding="utf-8")), target_dir)
    return bundle_path
