"""The Chinese-page checks themselves: each one must catch the fault it exists for."""

import pytest

from .cjk import elements_wider_than_viewport, missing_glyphs
from .test_checks import check_html


@pytest.mark.browser
def test_missing_glyphs_reports_han_characters_no_installed_font_has(chromium):
    # U+30000 (CJK Extension G) is in no font Debian's fonts-noto-cjk installs; 会议 is.
    html = '<html lang="zh-hans"><body><p>会议</p><p id="missing">\U00030000</p></body></html>'

    problems = chromium.run(check_html, html, missing_glyphs)

    assert len(problems) == 1
    assert problems[0].startswith("no glyph for '\U00030000' in '\U00030000', drawn with ")


@pytest.mark.browser
def test_missing_glyphs_passes_chinese_text_in_a_cjk_font(chromium):
    html = '<html lang="zh-hans"><body><h1>白银产业链创新大会</h1><p>上海有色网 SMM 首席分析师</p></body></html>'

    assert chromium.run(check_html, html, missing_glyphs) == []


@pytest.mark.browser
def test_elements_wider_than_viewport_reports_text_cut_off_by_a_hidden_overflow(chromium):
    name = "上海有色金属信息科技股份有限公司贵金属事业部"
    html = f'<html lang="zh-hans"><body><div class="box"><span class="name">{name}</span></div></body></html>'
    css = "body { margin: 0; } .box { overflow: hidden; } .name { white-space: nowrap; font-size: 40px; }"

    problems = chromium.run(check_html, html, elements_wider_than_viewport, css)

    assert len(problems) == 1
    assert problems[0].startswith("span.name spans 0..")


@pytest.mark.browser
def test_elements_wider_than_viewport_allows_a_table_in_a_box_that_scrolls(chromium):
    html = '<div class="scroll"><table class="wide"><tr><td>年份</td></tr></table></div>'
    css = "body { margin: 0; } .scroll { overflow-x: auto; } .wide { width: 900px; }"

    assert chromium.run(check_html, html, elements_wider_than_viewport, css) == []
