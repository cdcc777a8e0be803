"""The one drawing toolkit on Pillow: fonts, measuring, wrapping and fitting text, initials.

Share cards (`sharing/share_cards/render.py`) and the demo's placeholder artwork (`demo/artwork.py`)
draw with it; each keeps its own palette and shapes. It names no model, so any app may use it.
https://pillow.readthedocs.io/en/stable/reference/ImageDraw.html

Fonts: cards look best with DejaVu Sans (Debian package `fonts-dejavu-core`, installed in CI and in
the image); without it Pillow's bundled scalable font is used, so a missing font never breaks
publishing. The weight `BUNDLED` asks for Pillow's bundled font on every machine, for drawings that
must come out byte-identical everywhere (the demo's). https://pillow.readthedocs.io/en/stable/reference/ImageFont.html
"""

import unicodedata
from functools import cache
from pathlib import Path

from PIL import ImageFont

BUNDLED = "bundled"
FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu")]
FILES = {"regular": "DejaVuSans.ttf", "bold": "DejaVuSans-Bold.ttf"}
# Optional: CJK glyphs for names written in Chinese (Debian `fonts-noto-cjk`).
CJK_FILES = {
    "regular": [Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")],
    "bold": [Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc")],
}
ELLIPSIS = "\u2026"


# --- fonts ----------------------------------------------------------------------------------------


def _first_existing(paths):
    return next((path for path in paths if path.is_file()), None)


@cache
def font(weight, size, cjk=False):
    """A FreeType font of `weight` ("regular", "bold" or `BUNDLED`) at `size` pixels."""
    if weight == BUNDLED:
        return ImageFont.load_default(size=size)
    path = _first_existing(CJK_FILES[weight]) if cjk else None
    path = path or _first_existing(directory / FILES[weight] for directory in FONT_DIRS)
    if path is None:
        return ImageFont.load_default(size=size)
    return ImageFont.truetype(str(path), size=size)


def needs_cjk(text):
    """True when the text has wide (Chinese, Japanese, Korean) characters that DejaVu lacks."""
    return any(unicodedata.east_asian_width(char) in ("W", "F") for char in text)


def font_for(text, weight, size):
    """The font of `weight` at `size` that has glyphs for `text`."""
    return font(weight, size, cjk=needs_cjk(text))


# --- text -----------------------------------------------------------------------------------------


def text_width(font, text):
    return font.getlength(text)


def ellipsize(text, font, width):
    """`text`, cut at the end with an ellipsis where it is wider than `width`."""
    if text_width(font, text) <= width:
        return text
    while text and text_width(font, text + ELLIPSIS) > width:
        text = text[:-1]
    return text.rstrip(" ,.;:-") + ELLIPSIS


def wrap(text, font, width, max_lines=None):
    """Greedy word wrap; with `max_lines`, at most that many lines, the last ellipsized if the text
    is longer. A single word wider than `width` is ellipsized."""
    words = text.split()
    lines, current = [], ""
    for index, word in enumerate(words):
        candidate = f"{current} {word}".strip()
        if text_width(font, candidate) <= width or not current:
            current = candidate
            continue
        lines.append(current)
        current = word
        if len(lines) == max_lines:
            lines[-1] = ellipsize(" ".join([lines[-1], *words[index:]]), font, width)
            return lines
    if current:
        lines.append(current)
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[: max_lines - 1] + [ellipsize(" ".join(lines[max_lines - 1 :]), font, width)]
    return [ellipsize(line, font, width) for line in lines]


def fit_text(text, weight, width, max_lines, sizes):
    """The font at the largest of `sizes` at which `text` wraps into `max_lines`, with the lines;
    at the smallest, the last line ellipsized, when it fits at none."""
    for size in sizes:
        font = font_for(text, weight, size)
        lines = wrap(text, font, width, max_lines + 1)
        if len(lines) <= max_lines:
            return font, lines
    font = font_for(text, weight, sizes[-1])
    return font, wrap(text, font, width, max_lines)


def draw_lines(draw, xy, lines, font, fill, spacing=1.18):
    """Each line under the one before, `spacing` times the font size apart; returns the y below them."""
    x, y = xy
    step = round(font.size * spacing)
    for line in lines:
        draw.text((x, y), line, font=font, fill=fill)
        y += step
    return y


def initials(name):
    """The first letters of the first two words, for a portrait or logo without a picture."""
    parts = [part for part in name.split() if part]
    return "".join(part[0] for part in parts[:2]).upper() or "?"
