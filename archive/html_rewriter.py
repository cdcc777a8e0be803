"""Rewrite the URLs of an HTML document, leaving every other byte as it was.

Built on the standard library's tolerant HTML tokenizer (`html.parser`): start tags that carry a
URL are written anew from their parsed attributes, everything else (text, scripts, comments, end
tags) is passed through as it came. No tree is built, so nothing is reordered or "repaired".
"""

from html import escape
from html.parser import HTMLParser

from .srcset import format_srcset, parse_srcset

# Attributes that hold one URL, by the HTML standard, and those that hold a srcset list.
URL_ATTRIBUTES = {"href", "src", "poster", "action", "formaction", "data", "cite"}
SRCSET_ATTRIBUTES = {"srcset", "imagesrcset"}


def is_site_path(value):
    """Custom data attributes are rewritten only when they hold a site path such as `/media/x.jpg`."""
    return value.startswith("/") and not value.startswith("//") and " " not in value


class _Rewriter(HTMLParser):
    def __init__(self, rewrite, *, mark_main, main_content, extra_head):
        super().__init__(convert_charrefs=False)
        self.rewrite = rewrite
        self.mark_main = mark_main
        self.main_content = main_content
        self.extra_head = extra_head
        self.out = []
        self.inside_replaced_main = False

    # Text and markup other than start tags pass through unchanged (or are dropped inside a replaced <main>).
    def emit(self, text):
        if not self.inside_replaced_main:
            self.out.append(text)

    def handle_data(self, data):
        self.emit(data)

    def handle_entityref(self, name):
        self.emit(f"&{name};")

    def handle_charref(self, name):
        self.emit(f"&#{name};")

    def handle_comment(self, data):
        self.emit(f"<!--{data}-->")

    def handle_decl(self, decl):
        self.emit(f"<!{decl}>")

    def handle_pi(self, data):
        self.emit(f"<?{data}>")

    def unknown_decl(self, data):
        self.emit(f"<![{data}]>")

    def handle_endtag(self, tag):
        if tag == "main" and self.inside_replaced_main:
            self.inside_replaced_main = False
        if tag == "head" and self.extra_head:
            self.emit(self.extra_head)
        self.emit(f"</{tag}>")

    def handle_starttag(self, tag, attrs):
        self._start(tag, attrs, closing="")

    def handle_startendtag(self, tag, attrs):
        self._start(tag, attrs, closing=" /")

    def _start(self, tag, attrs, closing):
        new_attrs = self._rewritten(tag, attrs)
        if tag == "main" and self.mark_main:
            new_attrs.append(("data-pagefind-body", ""))
        if new_attrs == attrs:
            self.emit(self.get_starttag_text())
        else:
            self.emit(f"<{tag}{''.join(_attribute(name, value) for name, value in new_attrs)}{closing}>")
        if tag == "main" and self.main_content is not None:
            self.out.append(self.main_content)
            self.inside_replaced_main = True

    def _rewritten(self, tag, attrs):
        result = []
        for name, value in attrs:
            if value is None:
                result.append((name, value))
                continue
            if name in SRCSET_ATTRIBUTES:
                candidates = [(self.rewrite(url), descriptor) for url, descriptor in parse_srcset(value)]
                value = format_srcset([(url, descriptor) for url, descriptor in candidates if url is not None])
            elif name in URL_ATTRIBUTES or (name.startswith("data-") and is_site_path(value)):
                value = self.rewrite(value.strip())
                if value is None:  # a link to a page readers cannot see: keep the text, drop the link
                    continue
            result.append((name, value))
        return result


def _attribute(name, value):
    return f" {name}" if value is None else f' {name}="{escape(value, quote=True)}"'


def rewrite_html(html, rewrite, *, mark_main=False, main_content=None, extra_head=""):
    """The document with each URL replaced by `rewrite(url)` (None drops the attribute).

    `mark_main` marks <main> as the part a search index reads (Pagefind's `data-pagefind-body`);
    `main_content` replaces what <main> holds; `extra_head` goes in just before </head>.
    """
    parser = _Rewriter(rewrite, mark_main=mark_main, main_content=main_content, extra_head=extra_head)
    parser.feed(html)
    parser.close()
    return "".join(parser.out)


def urls_in_html(html):
    """Every URL the document names in a URL attribute, srcset included, in order."""
    found = []

    def collect(url):
        found.append(url)
        return url

    rewrite_html(html, collect)
    return found
