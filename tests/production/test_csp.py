"""The content security policy: strict and nonce-free on public pages, loosened under /admin/ only."""

from .policy import PUBLIC_POLICY, policy_directives


def test_public_page_policy_is_strict(client, home):
    response = client.get(home.url)

    assert policy_directives(response["Content-Security-Policy"]) == policy_directives(PUBLIC_POLICY)


def test_public_page_policy_is_identical_between_requests(client, home):
    # No nonce: a page cache or CDN may hand one response to many readers.
    first = client.get(home.url)["Content-Security-Policy"]

    second = client.get(home.url)["Content-Security-Policy"]

    assert (first, "nonce-" in first) == (second, False)


def test_admin_policy_allows_inline_code_and_own_frames(client, superuser):
    client.force_login(superuser)

    response = client.get("/admin/")

    directives = policy_directives(response["Content-Security-Policy"])
    assert (
        directives["script-src"],
        directives["style-src"],
        directives["frame-ancestors"],
        directives["img-src"],
    ) == (
        "'self' 'unsafe-inline' 'unsafe-eval'",
        "'self' 'unsafe-inline'",
        "'self'",
        "'self' data: blob: https://www.gravatar.com",
    )


def test_search_page_policy_is_the_public_one(client, db):
    response = client.get("/search/?q=silver")

    assert policy_directives(response["Content-Security-Policy"]) == policy_directives(PUBLIC_POLICY)
