"""Checks for Chinese pages in Chromium: every Chinese character drawn from a font that has it.

Chromium's DevTools protocol reports, per element, which installed fonts drew its text
(CSS.getPlatformFontsForNode). A character none of the installed fonts has is still "drawn", as
an empty box from one of them; so each character is looked up in the character sets fontconfig
gives for the fonts that drew its element.
"""

import bisect
import functools
import re
import shutil
import subprocess

# fontconfig's font lister, installed with Chromium's fonts.
FC_LIST = shutil.which("fc-list") or "/usr/bin/fc-list"
# Han ideographs (the unified blocks, extensions A to H, compatibility blocks), CJK punctuation and
# full-width forms; in JavaScript the same class with the `u` flag.
CJK_CLASS = r"\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\U00020000-\U0003134f"
CJK = re.compile(f"[{CJK_CLASS}]")
JS_CJK_CLASS = (
    r"\u{3000}-\u{303f}\u{3400}-\u{4dbf}\u{4e00}-\u{9fff}\u{f900}-\u{faff}\u{ff00}-\u{ffef}\u{20000}-\u{3134f}"
)
# Marks each element with Chinese text of its own (not only its children's) with a number; returns how many.
MARK_CJK_ELEMENTS = """(pattern) => {
    const cjk = new RegExp(pattern, 'u');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const elements = new Set();
    while (walker.nextNode()) {
        const parent = walker.currentNode.parentElement;
        if (cjk.test(walker.currentNode.data) && parent.getClientRects().length) {
            elements.add(parent);
        }
    }
    let number = 0;
    elements.forEach(element => element.setAttribute('data-cjk-check', number++));
    return number;
}"""


@functools.cache
def character_set(postscript_name):
    """The installed font's code points, as sorted (first, last) ranges from fontconfig."""
    output = subprocess.run(  # noqa: S603 (a font name Chromium reported, as one argument)
        [FC_LIST, "-f", "%{charset}\n", f":postscriptname={postscript_name}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\n")[0]
    ranges = []
    for part in output.split():
        first, _, last = part.partition("-")
        ranges.append((int(first, 16), int(last or first, 16)))
    return sorted(ranges)


def has_character(postscript_name, character):
    ranges = character_set(postscript_name)
    index = bisect.bisect_right(ranges, (ord(character), 0x10FFFF)) - 1
    return index >= 0 and ranges[index][0] <= ord(character) <= ranges[index][1]


def own_text(page, number):
    return page.evaluate(
        """(number) => Array.from(document.querySelector(`[data-cjk-check="${number}"]`).childNodes)
            .filter(node => node.nodeType === Node.TEXT_NODE)
            .map(node => node.data).join('')""",
        number,
    )


def missing_glyphs(page):
    """Chinese characters that none of the fonts drawing their element has, with those fonts."""
    total = page.evaluate(MARK_CJK_ELEMENTS, f"[{JS_CJK_CLASS}]")
    session = page.context.new_cdp_session(page)
    session.send("DOM.enable")
    session.send("CSS.enable")
    root = session.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
    problems = []
    for number in range(total):
        node = session.send("DOM.querySelector", {"nodeId": root, "selector": f'[data-cjk-check="{number}"]'})["nodeId"]
        fonts = [
            font["postScriptName"] for font in session.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
        ]
        text = own_text(page, number)
        missing = sorted(
            {character for character in CJK.findall(text) if not any(has_character(font, character) for font in fonts)}
        )
        if missing:
            problems.append(
                f"no glyph for {''.join(missing)!r} in {text.strip()[:30]!r}, drawn with {', '.join(fonts)}"
            )
    session.detach()
    return problems


def elements_wider_than_viewport(page):
    """Elements whose box reaches past the viewport's edges, even inside a box that hides it."""
    return page.evaluate(
        """() => {
        // A table in a box that scrolls sideways is meant to be wider than the screen.
        const scrollsSideways = (el) => el && (['auto', 'scroll'].includes(getComputedStyle(el).overflowX)
                                               || scrollsSideways(el.parentElement));
        return Array.from(document.querySelectorAll('body *'))
            .filter(el => el.getClientRects().length && getComputedStyle(el).position !== 'fixed')
            .filter(el => !el.closest('.visually-hidden, .skip-link'))
            .filter(el => !scrollsSideways(el.parentElement))
            .filter(el => el.getBoundingClientRect().right > window.innerWidth + 1
                       || el.getBoundingClientRect().left < -1)
            .slice(0, 5)
            .map(el => {
                const box = el.getBoundingClientRect();
                return `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]} spans `
                       + `${Math.round(box.left)}..${Math.round(box.right)}px in a ${window.innerWidth}px viewport`;
            });
        }"""
    )
