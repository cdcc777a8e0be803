"""/sitemap.xml with last-modified dates, and /robots.txt naming it."""

from lxml import etree

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def sitemap_entries(response):
    root = etree.fromstring(response.content)
    return {url.findtext(f"{SITEMAP}loc"): url.findtext(f"{SITEMAP}lastmod") for url in root.findall(f"{SITEMAP}url")}


def test_sitemap_lists_published_pages_with_last_modified(client, session):
    response = client.get("/sitemap.xml")

    entries = sitemap_entries(response)
    assert entries["http://localhost/events/silver-2025/silver-gold-prices/"] == session.last_published_at.strftime(
        "%Y-%m-%d"
    )
    assert sorted(entries) == [
        "http://localhost/",
        "http://localhost/events/",
        "http://localhost/events/silver-2025/",
        "http://localhost/events/silver-2025/silver-gold-prices/",
        "http://localhost/organisations/",
        "http://localhost/organisations/shandong-zhaojin-gold-silver-refinery-co-ltd/",
        "http://localhost/organisations/smm-information-technology-co-ltd/",
        "http://localhost/organisations/zijin-precious-metals-co-ltd/",
        "http://localhost/speakers/",
        "http://localhost/speakers/liang-yonghui/",
    ]


def test_robots_txt_names_sitemap_and_keeps_crawlers_out_of_admin(client, db):
    response = client.get("/robots.txt")

    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode().splitlines() == [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /search/",
        "",
        "Sitemap: http://localhost/sitemap.xml",
    ]
