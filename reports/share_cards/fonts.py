"""Fonts for share cards, found on the system with a graceful fallback.

The cards look best with DejaVu Sans (Debian package `fonts-dejavu-core`, installed in CI and in the
image). Without it Pillow's bundled scalable default font is used, so a missing font never breaks
publishing. https://pillow.readthedocs.io/en/stable/reference/ImageFont.html
"""

import unicodedata
from functools import cache
from pathlib import Path

from PIL import ImageFont

FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu")]
FILES = {"regular": "DejaVuSans.ttf", "bold": "DejaVuSans-Bold.ttf"}
# Optional: CJK glyphs for names written in Chinese (Debian `fonts-noto-cjk`).
CJK_FILES = {
    "regular": [Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")],
    "bold": [Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc")],
}


def _first_existing(paths):
    return next((path for path in paths if path.is_file()), None)


@cache
def font(weight, size, cjk=False):
    """A FreeType font of `weight` ("regular" or "bold") at `size` pixels."""
    path = _first_existing(CJK_FILES[weight]) if cjk else None
    path = path or _first_existing(directory / FILES[weight] for directory in FONT_DIRS)
    if path is None:
        return ImageFont.load_default(size=size)
    return ImageFont.truetype(str(path), size=size)


def needs_cjk(text):
    """True when the text has wide (Chinese, Japanese, Korean) characters that DejaVu lacks."""
    return any(unicodedata.east_asian_width(char) in ("W", "F") for char in text)


def font_for(text, weight, size):
    return font(weight, size, cjk=needs_cjk(text))
