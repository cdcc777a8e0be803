"""Print a SHA-256 for every public page of the site and every image those pages show.

    DJANGO_SETTINGS_MODULE=config.settings.production ... python bench/page_hashes.py > hashes.txt

Pages are the sitemap's, plus the sitemap itself, robots.txt and the feeds, fetched in-process as an
anonymous reader on the default site's host; images are every rendition URL in those pages, fetched
from the media store (or CDN) as a browser would. bench/restore.sh compares two runs.
"""

import hashlib
import os
import re
import sys
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

import django  # noqa: E402

django.setup()

from django.test import Client  # noqa: E402

from wagtail.models import Site  # noqa: E402

EXTRA_PATHS = ["/sitemap.xml", "/robots.txt", "/feeds/reports.rss", "/feeds/reports.atom"]
MEDIA_URL = re.compile(r"""(?:src|srcset)="([^"]+)\"""")


def sha256(content):
    return hashlib.sha256(content).hexdigest()


def main():
    site = Site.objects.get(is_default_site=True)
    client = Client(HTTP_HOST=site.hostname)
    sitemap = client.get("/sitemap.xml").content.decode()
    paths = sorted({urlsplit(loc).path for loc in re.findall(r"<loc>([^<]+)</loc>", sitemap)} | set(EXTRA_PATHS))
    images = set()
    for path in paths:
        response = client.get(path)
        if response.status_code != 200:
            raise SystemExit(f"{path} answered {response.status_code}")
        print(sha256(response.content), path)
        for value in MEDIA_URL.findall(response.content.decode()):
            images.update(part.split()[0] for part in value.split(",") if part.strip().startswith("http"))
    for url in sorted(images):
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - the site's own media URLs
            print(sha256(response.read()), url)
    print(f"{len(paths)} pages, {len(images)} images", file=sys.stderr)


if __name__ == "__main__":
    main()
