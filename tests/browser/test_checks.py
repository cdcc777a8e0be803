"""The browser checks themselves: each one must catch the fault it exists for."""

import base64
import io

import pytest
from PIL import Image

from .checks import accessibility_violations, broken_images, horizontal_overflow, load_all_images, oversized_images

TINY_PNG = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII="
)


def png_data_url(width, height):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "silver").save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


def check_html(browser, html, check, css=""):
    """Run one check on a 390px-wide page holding `html` (in the browser thread)."""
    context = browser.new_context(viewport={"width": 390, "height": 800})
    page = context.new_page()
    page.set_content(html)
    if css:
        page.add_style_tag(content=css)
    load_all_images(page)
    problems = check(page)
    context.close()
    return problems


@pytest.mark.browser
def test_horizontal_overflow_reports_a_page_wider_than_the_viewport(chromium):
    html = '<html lang="en"><body><div class="wide">x</div></body></html>'

    problems = chromium.run(check_html, html, horizontal_overflow, "body { margin: 0; } .wide { width: 600px; }")

    assert problems == ["page is 600px wide in a 390px viewport; widest: div.wide"]


@pytest.mark.browser
def test_broken_images_reports_an_image_that_does_not_load(chromium):
    html = '<img src="data:image/png;base64,broken" alt="x">'

    problems = chromium.run(check_html, html, broken_images)

    assert problems == ["broken image: data:image/png;base64,broken"]


@pytest.mark.browser
def test_oversized_images_reports_an_image_shown_far_smaller_than_downloaded(chromium):
    wide_png = png_data_url(100, 10)
    html = f'<img src="{wide_png}" alt="x" width="10" height="1"><img src="{TINY_PNG}" alt="y">'

    problems = chromium.run(check_html, html, oversized_images)

    assert problems == [f"oversized: {wide_png} is 100px, shown at 10px"]


@pytest.mark.browser
def test_accessibility_violations_reports_an_image_without_alt_text(chromium):
    html = f'<html lang="en"><head><title>t</title></head><body><main><img src="{TINY_PNG}"></main></body></html>'

    problems = chromium.run(check_html, html, accessibility_violations)

    assert problems == ["axe image-alt (critical): ['img']"]
