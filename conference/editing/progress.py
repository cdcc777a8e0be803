"""Where a conference report stands: each session's state and what it still lacks.

State and gaps are read from the latest draft (the latest revision when the page has unpublished
changes), because that is what the editors are working on. The whole report costs a fixed number of
queries however many sessions and speakers it has: sessions with their latest revision, their
participants, the speakers, the workflow states and the scheduled revisions, one query each.
"""

import json
from dataclasses import dataclass, field
from functools import cached_property

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Prefetch
from django.urls import reverse

from wagtail.models import Locale, Page, Revision, WorkflowState

from ..queries import AGENDA_ORDER

DRAFT = "draft"
CHANGES_REQUESTED = "changes_requested"
IN_MODERATION = "in_moderation"
SCHEDULED = "scheduled"
LIVE = "live"
STATE_LABELS = {
    DRAFT: "Draft",
    CHANGES_REQUESTED: "Changes requested",
    IN_MODERATION: "In moderation",
    SCHEDULED: "Scheduled",
    LIVE: "Live",
}


@dataclass(frozen=True)
class SessionContent:
    """The parts of a session's latest draft that the progress view checks."""

    has_summary: bool
    has_teaser: bool
    has_photo: bool
    speaker_ids: tuple


@dataclass
class SessionProgress:
    session: Page
    state: str
    lacks: list = field(default_factory=list)
    has_draft_changes: bool = False
    go_live_at: object = None
    # {gap: admin URL where it is fixed}, e.g. the edit page of a speaker who is not published.
    gap_links: dict = field(default_factory=dict)
    # A TranslationStatus per language of ReportProgress.languages (translation_progress.py).
    translations: list = field(default_factory=list)

    @property
    def lack_items(self):
        """(gap, URL or None) pairs, as the progress table lists them."""
        return [(gap, self.gap_links.get(gap)) for gap in self.lacks]

    @property
    def state_label(self):
        return STATE_LABELS[self.state]

    @property
    def is_complete(self):
        return not self.lacks

    @property
    def edit_url(self):
        return reverse("wagtailadmin_pages:edit", args=(self.session.pk,))


@dataclass
class ReportProgress:
    conference: Page
    sessions: list
    # The site's other languages, and the conference's (locale, TranslationStatus) in each, when the
    # progress page asks for them (translation_progress.py).
    languages: list = field(default_factory=list)
    conference_translations: list = field(default_factory=list)
    # The report's awards and the speakers and organisations it names, as PageTranslations.
    other_pages: list = field(default_factory=list)
    # For a report translated in the translation editor: its original, where its progress is followed.
    original: Page | None = None

    @cached_property
    def counts(self):
        counts = {state: 0 for state in STATE_LABELS}
        for item in self.sessions:
            counts[item.state] += 1
        complete = sum(1 for item in self.sessions if item.is_complete)
        return {
            "sessions": len(self.sessions),
            **counts,
            "complete": complete,
            "incomplete": len(self.sessions) - complete,
        }

    @property
    def count_items(self):
        """(label, number) pairs for the counts shown at the top."""
        counts = self.counts
        return [
            ("Sessions", counts["sessions"]),
            *((STATE_LABELS[state], counts[state]) for state in STATE_LABELS),
            ("Complete", counts["complete"]),
            ("Missing something", counts["incomplete"]),
        ]


def _stream_is_empty(raw):
    if raw in (None, "", "[]"):
        return True
    if isinstance(raw, str):
        raw = json.loads(raw)
    return len(raw) == 0


def latest_content(session):
    """What the session says in its latest draft; `participants` must be prefetched."""
    revision = session.latest_revision if session.has_unpublished_changes else None
    if revision is None:
        return SessionContent(
            has_summary=len(session.summary) > 0,
            has_teaser=bool(session.teaser.strip()),
            has_photo=session.image_id is not None,
            speaker_ids=tuple(participant.speaker_id for participant in session.participants.all()),
        )
    content = revision.content
    return SessionContent(
        has_summary=not _stream_is_empty(content.get("summary")),
        has_teaser=bool((content.get("teaser") or "").strip()),
        has_photo=content.get("image") is not None,
        speaker_ids=tuple(item["speaker"] for item in content.get("participants", []) if item.get("speaker")),
    )


def speaker_gaps(speaker):
    gaps = []
    if speaker.photo_id is None:
        gaps.append(f"photo of {speaker.title}")
    if not (speaker.biography or "").strip():
        gaps.append(f"biography of {speaker.title}")
    if not speaker.live:
        gaps.append(unpublished_gap(speaker))
    return gaps


def unpublished_gap(speaker):
    return f"{speaker.title} is not published"


def unpublished_speaker_links(content, speakers):
    """{gap: edit URL} for each of the session's speakers that is not published."""
    return {
        unpublished_gap(speaker): reverse("wagtailadmin_pages:edit", args=(speaker.pk,))
        for speaker in (speakers.get(speaker_id) for speaker_id in content.speaker_ids)
        if speaker is not None and not speaker.live
    }


def content_gaps(content, speakers):
    gaps = []
    if not content.has_summary:
        gaps.append("summary")
    if not content.has_teaser:
        gaps.append("teaser")
    if not content.has_photo:
        gaps.append("photo")
    if not content.speaker_ids:
        gaps.append("speakers")
    for speaker_id in dict.fromkeys(content.speaker_ids):
        if speaker_id in speakers:
            gaps.extend(speaker_gaps(speakers[speaker_id]))
    return gaps


def session_state(session, workflow_status, go_live_at):
    if workflow_status == WorkflowState.STATUS_IN_PROGRESS:
        return IN_MODERATION
    if go_live_at is not None:
        return SCHEDULED
    if workflow_status == WorkflowState.STATUS_NEEDS_CHANGES:
        return CHANGES_REQUESTED
    return LIVE if session.live else DRAFT


def _sessions(conference):
    session_model = apps.get_model("conference", "SessionPage")
    participant_model = apps.get_model("conference", "SessionParticipant")
    participants = participant_model.objects.only("id", "session_id", "speaker_id", "sort_order").order_by(
        "sort_order", "pk"
    )
    return list(
        session_model.objects.child_of(conference)
        .select_related("latest_revision")
        .prefetch_related(Prefetch("participants", queryset=participants))
        .order_by(*AGENDA_ORDER)
    )


def _speakers(speaker_ids):
    speaker_model = apps.get_model("speakers", "SpeakerPage")
    speakers = speaker_model.objects.filter(pk__in=speaker_ids).only("id", "title", "photo_id", "biography", "live")
    return {speaker.pk: speaker for speaker in speakers}


def _workflow_statuses(object_ids, page_type):
    states = WorkflowState.objects.filter(
        base_content_type=page_type,
        object_id__in=object_ids,
        status__in=[WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES],
    ).values_list("object_id", "status")
    return dict(states)


def _scheduled_times(object_ids, page_type):
    revisions = Revision.objects.filter(
        base_content_type=page_type, object_id__in=object_ids, approved_go_live_at__isnull=False
    ).values_list("object_id", "approved_go_live_at")
    return dict(revisions)


def report_progress(conference):
    """Every session of `conference` in agenda order with its state and gaps, plus counts."""
    sessions = _sessions(conference)
    contents = {session.pk: latest_content(session) for session in sessions}
    speakers = _speakers({speaker_id for content in contents.values() for speaker_id in content.speaker_ids})
    page_type = ContentType.objects.get_for_model(Page)
    object_ids = [str(session.pk) for session in sessions]
    statuses = _workflow_statuses(object_ids, page_type) if sessions else {}
    scheduled = _scheduled_times(object_ids, page_type) if sessions else {}
    items = []
    for session in sessions:
        status = statuses.get(str(session.pk))
        go_live_at = scheduled.get(str(session.pk))
        items.append(
            SessionProgress(
                session=session,
                state=session_state(session, status, go_live_at),
                lacks=content_gaps(contents[session.pk], speakers),
                has_draft_changes=session.live and session.has_unpublished_changes,
                go_live_at=go_live_at,
                gap_links=unpublished_speaker_links(contents[session.pk], speakers),
            )
        )
    return ReportProgress(conference=conference, sessions=items)


def recent_reports(limit=3):
    """The progress of the `limit` most recent editions in the default language (their translations
    are followed on their progress pages), for the dashboard."""
    conference_model = apps.get_model("conference", "ConferencePage")
    conferences = conference_model.objects.filter(locale=Locale.get_default()).order_by("-start_date", "-pk")[:limit]
    return [report_progress(conference) for conference in conferences]
