"""Keep share cards in step with publishing.

Publishing a page redraws its card and the cards that show it (a speaker's sessions, a conference's
sessions and awards); unpublishing removes the card; deleting a card deletes its file.
https://docs.wagtail.org/en/stable/reference/signals.html#page-published
"""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete

from wagtail.signals import page_published, page_unpublished

from awards.models import AwardPage
from conference.models import ConferencePage, SessionPage
from speakers.models import OrganisationPage, SpeakerPage

from .models import ShareCard
from .service import remove_card
from .tasks import refresh_share_card


def pages_showing(page):
    """Ids of the live pages whose card shows something of `page`."""
    if isinstance(page, ConferencePage):
        return list(page.get_children().live().values_list("pk", flat=True))
    if isinstance(page, SpeakerPage):
        sessions = SessionPage.objects.live().filter(participants__speaker=page)
        awards = AwardPage.objects.live().filter(recipients__speaker=page)
    elif isinstance(page, OrganisationPage):
        sessions = SessionPage.objects.live().filter(participants__organisation=page)
        awards = AwardPage.objects.live().filter(recipients__organisation=page)
    else:
        return []
    return sorted({*sessions.values_list("pk", flat=True), *awards.values_list("pk", flat=True)})


def refresh_after_publish(sender, instance, **kwargs):
    # After commit, so a task worker sees the published page.
    for page_id in [instance.pk, *pages_showing(instance)]:
        transaction.on_commit(partial(refresh_share_card.enqueue, page_id))


def remove_after_unpublish(sender, instance, **kwargs):
    remove_card(instance.pk)


def delete_file(sender, instance, **kwargs):
    name, storage = instance.image.name, instance.image.storage
    if name:
        transaction.on_commit(partial(storage.delete, name))


def connect():
    page_published.connect(refresh_after_publish, dispatch_uid="share_cards_refresh")
    page_unpublished.connect(remove_after_unpublish, dispatch_uid="share_cards_remove")
    post_delete.connect(delete_file, sender=ShareCard, dispatch_uid="share_cards_delete_file")
