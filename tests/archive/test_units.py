"""The pieces of an export that need no database: srcset lists, URL rewriting in HTML, archive paths."""

from archive.html_rewriter import rewrite_html
from archive.layout import archive_path, relative_url
from archive.offline_search import main_text, offline_index_script
from archive.srcset import format_srcset, parse_srcset


def test_srcset_parses_urls_with_commas_and_descriptors():
    value = " /a.jpg 1x,/b,c.jpg 2x ,\n /d.jpg 640w, /e.jpg"

    assert parse_srcset(value) == [("/a.jpg", "1x"), ("/b,c.jpg", "2x"), ("/d.jpg", "640w"), ("/e.jpg", "")]


def test_srcset_round_trips():
    candidates = [("a.jpg", "640w"), ("b.jpg", "1024w"), ("c.jpg", "")]

    assert parse_srcset(format_srcset(candidates)) == candidates


def test_archive_path_of_pages_and_files():
    assert [archive_path(path) for path in ("/events/x/", "/", "/static/css/site.css", "/media/%E7%8E%8B.jpg")] == [
        "events/x/index.html",
        "index.html",
        "static/css/site.css",
        "media/王.jpg",
    ]


def test_relative_url_between_archive_files_is_percent_encoded():
    assert relative_url("events/x/y/index.html", "media/王 1.jpg") == "../../../media/%E7%8E%8B%201.jpg"
    assert relative_url("events/x/index.html", "events/x/y/index.html") == "y/index.html"
    assert relative_url("index.html", "events/x/index.html") == "events/x/index.html"


def test_rewrite_html_changes_urls_only_and_keeps_everything_else():
    html = (
        '<!doctype html><html lang="en"><head><script type="application/ld+json">{"url": "/a/"}</script></head>'
        '<body><main id="main"><a href="/a/" class=x>A &amp; B</a>'
        '<img src="/i.jpg" srcset="/i.jpg 1x, /j.jpg 2x" alt="">'
        '<a href="/private/">Hidden</a><a data-gallery-full="/full.jpg" data-caption="a / b" href="#top">T</a>'
        "<!-- note --></main></body></html>"
    )
    links = {"/a/": "a/index.html", "/i.jpg": "i.jpg", "/j.jpg": "j.jpg", "/full.jpg": "full.jpg", "/private/": None}

    rewritten = rewrite_html(html, lambda url: links.get(url, url), mark_main=True)

    assert rewritten == (
        '<!doctype html><html lang="en"><head><script type="application/ld+json">{"url": "/a/"}</script></head>'
        '<body><main id="main" data-pagefind-body=""><a href="a/index.html" class="x">A &amp; B</a>'
        '<img src="i.jpg" srcset="i.jpg 1x, j.jpg 2x" alt="">'
        '<a>Hidden</a><a data-gallery-full="full.jpg" data-caption="a / b" href="#top">T</a>'
        "<!-- note --></main></body></html>"
    )


def test_rewrite_html_replaces_main_and_adds_to_head():
    html = (
        '<html><head><title>S</title></head><body><main id="main"><form action="/search/"></form></main></body></html>'
    )

    rewritten = rewrite_html(html, lambda url: url, main_content="<p>new</p>", extra_head="<link>")

    assert rewritten == '<html><head><title>S</title><link></head><body><main id="main"><p>new</p></main></body></html>'


def test_main_text_is_the_readable_text_of_main_only():
    html = (
        "<header>Site menu</header><main><h1>Silver &amp; gold</h1>"
        "<script>var hidden = 1;</script><p>白银市场\n  trends</p></main><footer>Contact</footer>"
    )

    assert main_text(html) == "Silver & gold 白银市场 trends"


def test_offline_index_is_a_script_assigning_every_page():
    script = offline_index_script([("白银", "../a/index.html", "<main>text</main>")]).decode()

    assert script == 'window.archiveOfflineIndex = [{"title":"白银","url":"../a/index.html","text":"text"}];\n'
