import pytest

from speakers.models import SpeakerPage


@pytest.mark.django_db
def test_every_page_type_renders(client, report):
    speaker = SpeakerPage.objects.first()
    urls = [
        "/",
        "/events/",
        report["conference"].url,
        report["sessions"][0].url,
        report["award"].url,
        "/speakers/",
        speaker.url,
        "/organisations/",
        report["organisations"][0].url,
        "/search/?q=silver",
        "/nothing-here/",
    ]
    statuses = [client.get(url).status_code for url in urls]
    assert statuses == [200] * 10 + [404]
