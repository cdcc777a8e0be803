"""Admin screenshots for docs/editors.md, taken by the browser tests.

They are written to docs/img/ only when DOCS_SCREENSHOTS=1 (so an ordinary test run leaves the
committed images alone), as palette PNGs 1280 pixels wide, which keeps each one small.
"""

import io
import os
from pathlib import Path

from PIL import Image

DOCS_IMAGES = Path(__file__).resolve().parents[2] / "docs" / "img"
WIDTH = 1280


def save_for_docs(page, name, *, full_page=False):
    if os.environ.get("DOCS_SCREENSHOTS") != "1":
        return None
    image = Image.open(io.BytesIO(page.screenshot(full_page=full_page))).convert("RGB")
    if image.width != WIDTH:
        image = image.resize((WIDTH, round(image.height * WIDTH / image.width)))
    DOCS_IMAGES.mkdir(parents=True, exist_ok=True)
    path = DOCS_IMAGES / f"{name}.png"
    image.quantize(colors=128).save(path, optimize=True)
    return path
