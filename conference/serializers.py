"""Nested objects in the Wagtail API: a participant's speaker and organisation, a sponsor, a recipient.

The default serializer of a related page gives only its id and API URL, so a reader would need one
request per participant; these give the name and the public page URL inline. They are attached with
`APIField(..., serializer=...)` (https://docs.wagtail.org/en/stable/advanced_topics/api/v2/configuration.html).
"""

from rest_framework import serializers


class PageSummarySerializer(serializers.Field):
    """A related page as {id, name, url}; the URL only while the page is live."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, page):
        url = page.get_full_url(self.context.get("request")) if page.live else None
        return {"id": page.id, "name": page.title, "url": url}


class TrackSerializer(serializers.Field):
    """A session's forum as {id, name, day}."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, track):
        return {"id": track.id, "name": track.name, "day": track.day.isoformat() if track.day else None}
