"""Small bundles written to a temporary folder, with real PNG files beside them."""

import copy
import json

from PIL import Image

from wagtail.images import get_image_model
from wagtail.models import Page, PageLogEntry, Revision

from core.models import ImportedPage

COLOURS = {"portrait": "#475569", "logo": "#0f766e", "hero": "#1e293b", "chart": "#a16207"}


def database_state():
    """Counts an import that fails must leave as they were."""
    return (
        Page.objects.count(),
        Revision.objects.count(),
        get_image_model().objects.count(),
        ImportedPage.objects.count(),
        PageLogEntry.objects.count(),
    )


def small_bundle():
    """Two sessions, two speakers, two organisations, one award, one forum, three images."""
    return copy.deepcopy(
        {
            "version": 1,
            "conference": {
                "slug": "silver-2025",
                "title": "2025 Silver Conference",
                "series": "Silver Conference",
                "edition_number": 6,
                "start_date": "2025-05-15",
                "end_date": "2025-05-16",
                "city": "Ningbo, Zhejiang",
                "hero_image": "hero",
                "contact_name": "Lemon Zhao",
                "contact_email": "lemonzhao@smm.cn",
                "tracks": [{"id": "panorama", "name": "Silver Panorama Forum", "day": "2025-05-16"}],
                "sponsorships": [
                    {"organisation": "smm", "role": "host"},
                    {"organisation": "zhaojin", "role": "sponsor", "tier": "Gold"},
                ],
                "highlights": [{"image": "hero", "caption": "The hall"}],
            },
            "organisations": [
                {"id": "smm", "name": "SMM Information & Technology Co., Ltd.", "short_name": "SMM", "logo": "logo"},
                {"id": "zhaojin", "name": "Shandong Zhaojin Gold & Silver Refinery Co., Ltd."},
            ],
            "speakers": [
                {
                    "id": "liang-yonghui",
                    "given_name": "Yonghui",
                    "family_name": "Liang",
                    "name_order": "family_first",
                    "position": "Deputy General Manager",
                    "organisation": "zhaojin",
                    "photo": "portrait",
                },
                {
                    "id": "xiaolei-liu",
                    "given_name": "Xiaolei",
                    "family_name": "Liu",
                    "name_order": "given_first",
                    "position": "Director of SMM Big Data",
                    "organisation": "smm",
                },
            ],
            "sessions": [
                {
                    "slug": "price-trends",
                    "title": "Analysis of Silver and Gold Price Trends",
                    "kind": "keynote",
                    "track": "panorama",
                    "date": "2025-05-16",
                    "start_time": "09:30",
                    "teaser": "Gold, silver and copper.",
                    "participants": [
                        {
                            "speaker": "liang-yonghui",
                            "role": "speaker",
                            "position": "Deputy General Manager",
                            "organisation": "zhaojin",
                        }
                    ],
                    "summary": [
                        {"type": "heading", "value": {"text": "Price logic", "level": "h2"}},
                        {"type": "paragraph", "value": "<p>Silver follows copper.</p>"},
                        {"type": "key_points", "value": {"title": "Key points", "points": ["One", "Two"]}},
                        {"type": "figure", "value": {"image": "chart", "alt_text": "A chart", "caption": "Deficit"}},
                    ],
                    "links": [{"title": "Coverage", "url": "https://news.example.com/a"}],
                },
                {
                    "slug": "roundtable",
                    "title": "Current Opportunities and Challenges for Silver",
                    "kind": "roundtable",
                    "track": "panorama",
                    "date": "2025-05-16",
                    "participants": [
                        {"speaker": "xiaolei-liu", "role": "moderator"},
                        {"speaker": "liang-yonghui", "role": "panelist", "organisation": "zhaojin"},
                    ],
                },
            ],
            "awards": [
                {
                    "slug": "silver-glory-award",
                    "title": "2025 Silver Glory Award",
                    "series": "Silver Glory Award",
                    "presented_at": "roundtable",
                    "recipients": [{"organisation": "zhaojin", "citation": "Top trader", "rank": 1}],
                }
            ],
            "images": [
                {"id": "hero", "file": "images/hero.png", "title": "Hero", "description": "A wide view"},
                {"id": "logo", "file": "images/logo.png", "title": "SMM logo"},
                {"id": "portrait", "file": "images/portrait.png", "title": "Liang Yonghui"},
                {"id": "chart", "file": "images/chart.png", "title": "Chart"},
            ],
        }
    )


def write_bundle(folder, data, *, name="conference.json", text=None):
    """Write `data` (or raw `text`) as the bundle file in `folder`, and a PNG for each listed image."""
    folder.mkdir(parents=True, exist_ok=True)
    for entry in data.get("images", []):
        path = folder / entry["file"]
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            colour = COLOURS.get(entry["id"], "#64748b")
            Image.new("RGB", (120, 80), colour).save(path, format="PNG")
    path = folder / name
    path.write_text(text if text is not None else json.dumps(data, indent=2), encoding="utf-8")
    return path
