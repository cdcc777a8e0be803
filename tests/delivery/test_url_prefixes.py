"""Named URLs the middleware checks are reversed once per URL configuration (delivery/url_prefixes.py)."""

from django.urls import reverse, set_urlconf

from delivery import url_prefixes


def test_answers_as_reverse_does_and_reverses_once_per_urlconf(monkeypatch):
    calls = []
    real_reverse = url_prefixes.reverse

    def counting_reverse(name, urlconf=None):
        calls.append((name, urlconf))
        return real_reverse(name, urlconf=urlconf)

    url_prefixes._reversed.cache_clear()
    monkeypatch.setattr(url_prefixes, "reverse", counting_reverse)
    try:
        set_urlconf("config.urls")
        answers = [url_prefixes.url_prefix("search") for _ in range(3)]
        set_urlconf("tests.browser.urls")
        other = url_prefixes.url_prefix("search")
    finally:
        set_urlconf(None)
        url_prefixes._reversed.cache_clear()

    assert (answers, other, calls) == (
        [reverse("search")] * 3,
        reverse("search", urlconf="tests.browser.urls"),
        [("search", "config.urls"), ("search", "tests.browser.urls")],
    )
