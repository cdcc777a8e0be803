"""What every public page must pass in a real browser, each check returning a list of problems.

An empty list means the check passed; the problems name what is wrong so a failing test says why.
"""

from pathlib import Path

AXE_SCRIPT = Path(__file__).parent / "vendor" / "axe.min.js"
# axe impact levels that fail a page; "minor" and "moderate" are reported by axe but tolerated.
BLOCKING_IMPACTS = {"serious", "critical"}
# srcset candidates step by about 2x, so the browser may pick one up to twice the displayed width.
OVERSIZE_FACTOR = 2


def load_all_images(page):
    """Make lazy images load now, then wait for every image to finish (or fail) loading."""
    page.evaluate("document.querySelectorAll('img[loading=lazy]').forEach(img => { img.loading = 'eager'; })")
    page.wait_for_load_state("networkidle")
    page.wait_for_function("Array.from(document.images).every(img => img.complete)")


def horizontal_overflow(page):
    width = page.evaluate("document.documentElement.scrollWidth")
    viewport = page.evaluate("window.innerWidth")
    if width <= viewport:
        return []
    culprits = page.evaluate(
        """(viewport) => Array.from(document.querySelectorAll('body *'))
            .filter(el => el.getBoundingClientRect().right > viewport + 1)
            .slice(0, 5)
            .map(el => el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ')[0] : ''))""",
        viewport,
    )
    return [f"page is {width}px wide in a {viewport}px viewport; widest: {', '.join(culprits)}"]


def broken_images(page):
    return page.evaluate(
        """Array.from(document.images)
            .filter(img => !img.naturalWidth)
            .map(img => 'broken image: ' + (img.currentSrc || img.src))"""
    )


def oversized_images(page):
    """Images downloaded much larger than the box they are shown in (hidden images are skipped)."""
    return page.evaluate(
        """(factor) => Array.from(document.images)
            .filter(img => img.clientWidth > 0)
            .filter(img => img.naturalWidth > Math.ceil(img.clientWidth * window.devicePixelRatio * factor))
            .map(img => `oversized: ${img.currentSrc} is ${img.naturalWidth}px, shown at ${img.clientWidth}px`)""",
        OVERSIZE_FACTOR,
    )


def accessibility_violations(page):
    """axe-core's serious and critical violations, as 'rule (impact): target' lines.

    The site's Content-Security-Policy blocks inline scripts, and `add_script_tag(path=...)` adds the
    file as one; evaluating it through the DevTools protocol runs it without weakening the policy
    the page is tested under.
    """
    page.evaluate(AXE_SCRIPT.read_text(encoding="utf-8"))
    violations = page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations")
    return [
        f"axe {violation['id']} ({violation['impact']}): {node['target']}"
        for violation in violations
        if violation["impact"] in BLOCKING_IMPACTS
        for node in violation["nodes"][:3]
    ]


def run_all(page):
    load_all_images(page)
    return horizontal_overflow(page) + broken_images(page) + oversized_images(page) + accessibility_violations(page)
