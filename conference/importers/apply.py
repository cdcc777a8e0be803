"""Writes an imported schedule into a conference: tracks, sessions, their times, rooms and speakers.

Everything runs in one transaction, so a problem found half-way leaves the site as it was.

What the file decides and what the editors decide:
- Schedule fields follow the file on every import: title, kind, date, times, room, track, speakers.
- The teaser and summary are the editors' report; the file's abstract and description only fill
  them while they are empty, so a re-import never overwrites a written report.
- A session is matched by the event GUID it was imported under (core's import record, source
  `schedule:<conference id>`, the one record the bundle importer keeps too), or, for a schedule
  exported by this site, by the GUID our export gives it; anything else becomes a new session.
- Changes go through core's page writer (core/imports.py), as revisions like an editor's: a live
  session without pending draft changes is republished; a draft, or a page with draft changes, gets
  a new draft revision for an editor to publish. New sessions and speakers are published. A session
  the file leaves as it is gets no revision.
"""

import dataclasses
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.html import linebreaks

from wagtail.rich_text import RichText

from core.imports import UNCHANGED, ImportRecord, PageWriter, fingerprint, schedule_source
from delivery.invalidation import one_change_for_all

from ..choices import ParticipantRole
from ..exporters.identifiers import event_guid, site_for
from ..exporters.times import conference_zone
from ..models import SessionPage, SessionParticipant, Track
from ..session_times import end_time_for
from .kinds import kind_for_type
from .schedule import ScheduleError
from .speakers import SpeakerDirectory

TITLE_LENGTH = 255
ROOM_LENGTH = 100
TEASER_LENGTH = 400
KEY_LENGTH = 255


@dataclass
class ImportResult:
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)
    speakers_created: list = field(default_factory=list)
    tracks_created: list = field(default_factory=list)
    # Events too long for a session's end time (a day or more): imported without an end.
    ends_dropped: list = field(default_factory=list)


def import_schedule(schedule, conference):
    """Import `schedule` (an ImportedSchedule) into `conference`; ScheduleError leaves no change."""
    # The schedule's sessions go stale together at the end, not each with the pages that show it.
    with transaction.atomic(), one_change_for_all():
        importer = _Importer(conference)
        result = importer.run(schedule.events)
    return result


class _Importer:
    def __init__(self, conference):
        self.conference = conference
        self.zone = conference_zone(conference)
        self.speakers = SpeakerDirectory()
        self.result = ImportResult()
        self.record = ImportRecord(schedule_source(conference.pk))
        self.writer = PageWriter()
        sessions = {session.pk: session for session in SessionPage.objects.child_of(conference)}
        site = site_for(conference)
        self.by_external_id = {
            key: sessions[page_id] for key, page_id in self.record.pages.items() if page_id in sessions
        }
        self.by_own_guid = {event_guid(session.id, site): session for session in sessions.values()}

    def run(self, events):
        self.tracks = self._ensure_tracks([event.track for event in events if event.track])
        for event in events:
            self._import_event(event)
        self.record.save()
        self.result.speakers_created = self.speakers.created
        return self.result

    def _ensure_tracks(self, names):
        """Tracks by folded name, creating those the conference lacks."""
        tracks = {track.name.casefold(): track for track in Track.objects.filter(conference=self.conference)}
        next_order = max((track.sort_order or 0 for track in tracks.values()), default=-1) + 1
        for name in dict.fromkeys(names):
            if name.casefold() not in tracks:
                track = Track.objects.create(conference=self.conference, name=name[:200], sort_order=next_order)
                next_order += 1
                tracks[name.casefold()] = track
                self.result.tracks_created.append(track)
        if self.result.tracks_created:
            self._keep_tracks_in_draft(self.result.tracks_created)
        return tracks

    def _keep_tracks_in_draft(self, new_tracks):
        # A pending draft of the conference was saved before these tracks existed; publishing it
        # as it is would delete them, so the draft gets them too.
        conference = self.conference
        if conference.has_unpublished_changes and conference.latest_revision_id:
            draft = conference.get_latest_revision_as_object()
            draft.tracks = [*draft.tracks.all(), *new_tracks]
            draft.save_revision(log_action=True)

    def _import_event(self, event):
        key = event.external_id[:KEY_LENGTH]
        try:
            if key in self.by_external_id:
                page = self._update(self.by_external_id[key], event)
            elif event.external_id in self.by_own_guid:
                # Our own export: the GUID is derived from the page, so nothing needs recording.
                self._update(self.by_own_guid[event.external_id], event)
                return
            else:
                page = self._create(event)
        except ValidationError as error:
            raise ScheduleError(f"{event.where}: {'; '.join(error.messages)}") from error
        self.record.note(key, page.pk, _fingerprint(event))

    def _schedule_fields(self, event):
        local_start = event.start.astimezone(self.zone) if event.start.tzinfo else event.start
        end_time = None
        if event.duration:  # 00:00 means "end unknown" (that is how our export writes it)
            if event.start.tzinfo:  # a fixed offset: the end is right across a change of the clocks too
                local_end = (event.start + event.duration).astimezone(self.zone)
            else:
                local_end = local_start + event.duration
            # Past midnight, end_time is earlier than start_time (conference/session_times.py).
            end_time = end_time_for(local_start, local_end)
            if end_time is None:
                self.result.ends_dropped.append(event.where)
        return {
            "title": event.title[:TITLE_LENGTH],
            "kind": kind_for_type(event.type),
            "date": local_start.date(),
            "start_time": local_start.time(),
            "end_time": end_time,
            "room": event.room[:ROOM_LENGTH],
            "track": self.tracks[event.track.casefold()] if event.track else None,
        }

    def _participants(self, page, event):
        """The file's persons in order; a speaker already on the session keeps their role and title."""
        current = {participant.speaker_id: participant for participant in page.participants.all()}
        participants = []
        for number, person in enumerate(event.persons, start=1):
            speaker = self.speakers.get(person, f"{event.where}, person {number}")
            if any(existing.speaker_id == speaker.id for existing in participants):
                continue
            participant = current.get(speaker.id) or SessionParticipant(speaker=speaker, role=ParticipantRole.SPEAKER)
            participant.sort_order = len(participants)
            participants.append(participant)
        return participants

    def _fill_report(self, page, event):
        """Abstract and description only fill an empty teaser and summary."""
        changed = False
        if not page.teaser and event.abstract:
            page.teaser = event.abstract[:TEASER_LENGTH]
            changed = True
        if not page.summary and event.description:
            page.summary = [("paragraph", RichText(linebreaks(event.description, autoescape=True)))]
            changed = True
        return changed

    def _create(self, event):
        page = SessionPage(**self._schedule_fields(event))
        page.participants = self._participants(page, event)
        self._fill_report(page, event)
        self.writer.write(page, parent=self.conference)
        self.by_external_id[event.external_id[:KEY_LENGTH]] = page
        self.result.created.append(page)
        return page

    def _update(self, page, event):
        publish = page.live and not page.has_unpublished_changes
        working = page.get_latest_revision_as_object()
        self.writer.remember(working, _snapshot)
        for name, value in self._schedule_fields(event).items():
            setattr(working, name, value)
        working.participants = self._participants(working, event)
        self._fill_report(working, event)
        if self.writer.write(working, publish=publish) == UNCHANGED:
            self.result.unchanged.append(page)
        else:
            self.result.updated.append(page)
        return page


def _snapshot(page):
    """What an import can change, to skip writing a revision when nothing did."""
    return (
        page.title,
        page.kind,
        page.date,
        page.start_time,
        page.end_time,
        page.room,
        page.track_id,
        [(participant.speaker_id, participant.role) for participant in page.participants.all()],
        # The report is only ever filled while empty (`_fill_report`).
        page.teaser,
        bool(page.summary),
    )


def _fingerprint(event):
    """The event's data as the file gives it, for the import record (`where` is only for messages)."""
    return fingerprint("event", {name: value for name, value in dataclasses.asdict(event).items() if name != "where"})
