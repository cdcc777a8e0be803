"""Checks the JSON Schema cannot express: references, unique ids, dates, files, one person twice."""

import datetime
import difflib
import zoneinfo

from conference.choices import ParticipantRole
from conference.session_times import end_is_too_late
from speakers.naming import organisation_key, person_key, spelling_keys

from .errors import format_path
from .naming import organisation_entry_spellings, speaker_entry_spellings
from .summary import REFERENCE_KEYS
from .translations import KINDS, ORDER, bundle_language, entries, language_names


def check_consistency(bundle):
    """Every problem of a schema-valid bundle, as a list (empty when it can be imported)."""
    checker = _Checker(bundle)
    checker.run()
    return checker.problems


class _Checker:
    def __init__(self, bundle):
        self.bundle = bundle
        self.problems = []
        conference = bundle.conference
        self.ids = {
            "image": self._unique_ids("images", "id"),
            "document": self._unique_ids("documents", "id"),
            "organisation": self._unique_ids("organisations", "id"),
            "speaker": self._unique_ids("speakers", "id"),
            "track": self._unique_ids_in(("conference", "tracks"), conference.get("tracks", []), "id"),
        }
        # Sessions and awards are both children of the conference page, so their slugs share one space.
        children = [("sessions", i, s["slug"]) for i, s in enumerate(bundle.items("sessions"))]
        children += [("awards", i, a["slug"]) for i, a in enumerate(bundle.items("awards"))]
        self._unique(children, "slug", "session or award")
        # Only sessions can be referred to (an award's `presented_at`).
        self.ids["session"] = {session["slug"] for session in bundle.items("sessions")}

    def add(self, path, message):
        self.problems.append(self.bundle.problem(path, message))

    # --- ids ---------------------------------------------------------------------------------

    def _unique_ids(self, list_name, field):
        entries = [(list_name, i, item[field]) for i, item in enumerate(self.bundle.items(list_name))]
        return self._unique(entries, field, list_name.rstrip("s"))

    def _unique_ids_in(self, path, items, field):
        entries = [(*path, i, item[field]) for i, item in enumerate(items)]
        return self._unique(entries, field, path[-1].rstrip("s"))

    def _unique(self, entries, field, what):
        seen = {}
        for *path, value in entries:
            if value in seen:
                self.add((*path, field), f"the {what} {field} '{value}' is used twice (first at {seen[value]})")
            else:
                seen[value] = format_path(path)
        return set(seen)

    def ref(self, path, value, kind):
        if value is None or value in self.ids[kind]:
            return
        message = f"unknown {kind} '{value}': no {kind} in the bundle has this id"
        close = difflib.get_close_matches(value, sorted(self.ids[kind]), n=1)
        if close:
            message += f" (did you mean '{close[0]}'?)"
        self.add(path, message)

    # --- the checks --------------------------------------------------------------------------

    def run(self):
        self.check_files()
        self.check_conference()
        self.check_people()
        self.check_sessions()
        self.check_awards()
        self.check_translations()

    def check_files(self):
        for list_name in ("images", "documents"):
            for i, item in enumerate(self.bundle.items(list_name)):
                if not self.bundle.file_path(item["file"]).is_file():
                    self.add((list_name, i, "file"), f"file not found beside the bundle: {item['file']}")

    def check_conference(self):
        conference = self.bundle.conference
        base = ("conference",)
        start, end = _date(conference["start_date"]), _date(conference["end_date"])
        self.start, self.end = start, end
        if end < start:
            self.add((*base, "end_date"), "the last day is before the first day")
        time_zone = conference.get("time_zone")
        if time_zone and time_zone not in zoneinfo.available_timezones():
            self.add((*base, "time_zone"), f"'{time_zone}' is not a time zone name such as 'Asia/Shanghai'")
        self.ref((*base, "hero_image"), conference.get("hero_image"), "image")
        names = {}
        for i, track in enumerate(conference.get("tracks", [])):
            path = (*base, "tracks", i)
            if track["name"] in names:
                self.add((*path, "name"), f"two forums are called '{track['name']}'")
            names[track["name"]] = i
            if track.get("day"):
                self.check_day((*path, "day"), track["day"])
        for i, sponsorship in enumerate(conference.get("sponsorships", [])):
            self.ref((*base, "sponsorships", i, "organisation"), sponsorship["organisation"], "organisation")
        for i, highlight in enumerate(conference.get("highlights", [])):
            self.ref((*base, "highlights", i, "image"), highlight["image"], "image")

    def check_day(self, path, value):
        day = _date(value)
        if self.start <= self.end and not self.start <= day <= self.end:
            self.add(path, f"{value} is outside the conference dates ({self.start} to {self.end})")

    def check_people(self):
        for i, organisation in enumerate(self.bundle.items("organisations")):
            self.ref(("organisations", i, "logo"), organisation.get("logo"), "image")
        for i, speaker in enumerate(self.bundle.items("speakers")):
            self.ref(("speakers", i, "organisation"), speaker.get("organisation"), "organisation")
            self.ref(("speakers", i, "photo"), speaker.get("photo"), "image")
        # Two entries one spelling apart would both land on the same page: say so now.
        self.check_same_names("organisations", organisation_entry_spellings, organisation_key, "organisation")
        self.check_same_names("speakers", speaker_entry_spellings, person_key, "person")

    def check_same_names(self, list_name, spellings, key_function, what):
        owners = {}
        for i, item in enumerate(self.bundle.items(list_name)):
            for key in spelling_keys(key_function, spellings(item)):
                first = owners.setdefault(key, i)
                if first != i:
                    self.add(
                        (list_name, i),
                        f"the same {what} as {list_name}[{first}] ('{item['id']}' and "
                        f"'{self.bundle.items(list_name)[first]['id']}' share a spelling): merge them into one entry",
                    )
                    break

    def check_sessions(self):
        for i, session in enumerate(self.bundle.items("sessions")):
            path = ("sessions", i)
            self.check_day((*path, "date"), session["date"])
            start, end = session.get("start_time"), session.get("end_time")
            if start and end and end_is_too_late(_time(start), _time(end)):
                # An end before the start is on the next day, as the model reads it.
                self.add((*path, "end_time"), "the session ends before it starts (too long to end after midnight)")
            self.ref((*path, "track"), session.get("track"), "track")
            self.ref((*path, "image"), session.get("image"), "image")
            self.ref((*path, "slides"), session.get("slides"), "document")
            for j, participant in enumerate(session.get("participants", [])):
                self.ref((*path, "participants", j, "speaker"), participant["speaker"], "speaker")
                self.ref((*path, "participants", j, "organisation"), participant.get("organisation"), "organisation")
            self.check_participants_once(path, session.get("participants", []))
            for j, block in enumerate(session.get("summary", [])):
                if block["type"] == "figure":
                    self.ref((*path, "summary", j, "value", "image"), block["value"]["image"], "image")
                elif block["type"] == "document":
                    self.ref((*path, "summary", j, "value", "document"), block["value"]["document"], "document")

    def check_participants_once(self, path, participants):
        """A speaker holds each role in a session once (the database refuses a second row)."""
        first_at = {}
        for j, participant in enumerate(participants):
            key = (participant["speaker"], participant.get("role", ParticipantRole.SPEAKER))
            if key in first_at:
                self.add(
                    (*path, "participants", j),
                    f"the speaker '{key[0]}' is already a {key[1]} of this session "
                    f"(participants[{first_at[key]}]): remove one of the two",
                )
            else:
                first_at[key] = j

    def check_awards(self):
        for i, award in enumerate(self.bundle.items("awards")):
            path = ("awards", i)
            self.ref((*path, "presented_at"), award.get("presented_at"), "session")
            for j, recipient in enumerate(award.get("recipients", [])):
                if not recipient.get("organisation") and not recipient.get("speaker"):
                    self.add((*path, "recipients", j), "a recipient needs an organisation or a speaker")
                self.ref((*path, "recipients", j, "organisation"), recipient.get("organisation"), "organisation")
                self.ref((*path, "recipients", j, "speaker"), recipient.get("speaker"), "speaker")
            for j, photo in enumerate(award.get("photos", [])):
                self.ref((*path, "photos", j, "image"), photo["image"], "image")

    # --- translations ------------------------------------------------------------------------

    def check_translations(self):
        """Languages the site has, entries and rows the bundle has, summaries of the same blocks."""
        languages = language_names()
        source_language = bundle_language(self.bundle.data)
        if source_language not in languages:
            self.add(("language",), f"'{source_language}' is not a language of this site ({', '.join(languages)})")
        sources = {name: self._entries_by_id(name) for name in ORDER}
        for language, translation in self.bundle.data.get("translations", {}).items():
            base = ("translations", language)
            if language not in languages or language == source_language:
                what = "the bundle's own language" if language == source_language else "not a language of this site"
                self.add(base, f"'{language}' is {what} ({', '.join(languages)})")
            for name in ORDER:
                for entry_id, entry in entries(translation, name):
                    path = (*base, name) if entry_id is None else (*base, name, entry_id)
                    source = sources[name].get(entry_id)
                    if source is None:
                        self.add(path, f"no {name.rstrip('s')} of the bundle has the id '{entry_id}'")
                        continue
                    self._check_translated_rows(path, KINDS[name], source, entry)
                    if "summary" in entry:
                        self._check_translated_summary((*path, "summary"), source.get("summary", []), entry["summary"])

    def _entries_by_id(self, name):
        if name == "conference":
            return {None: self.bundle.conference}
        key = "id" if name in ("organisations", "speakers") else "slug"
        return {entry[key]: entry for entry in self.bundle.items(name)}

    def _check_translated_rows(self, path, kind, source, entry):
        for name, rows in kind.rows.items():
            known = {_row_key(rows, row) for row in source.get(name, [])}
            for row_id, row in entry.get(name, {}).items():
                if row_id not in known:
                    self.add((*path, name, row_id), f"the source has no row of {name} for '{row_id}'")
                for key in sorted(set(row) - set(rows.keys)):
                    only = ", ".join(rows.keys)
                    self.add((*path, name, row_id, key), f"'{key}' is not translated in {name} (only {only})")

    def _check_translated_summary(self, path, source_blocks, blocks):
        if len(blocks) != len(source_blocks):
            self.add(path, f"has {len(blocks)} blocks where the source has {len(source_blocks)}: translate each block")
            return
        for j, (source_block, block) in enumerate(zip(source_blocks, blocks, strict=True)):
            if block["type"] != source_block["type"]:
                self.add((*path, j, "type"), f"is '{block['type']}' where the source has '{source_block['type']}'")
            elif block["type"] in REFERENCE_KEYS:
                key = REFERENCE_KEYS[block["type"]][0]
                if block["value"].get(key) != source_block["value"].get(key):
                    self.add((*path, j, "value", key), f"must be the source's '{source_block['value'].get(key)}'")


def _row_key(rows, row):
    """The id a bundle row is known by in translations (`translations.Rows`, read from bundle keys)."""
    for attr, _kind in rows.by:
        key = "id" if attr == "pk" else attr.removesuffix("_id")
        if row.get(key) is not None:
            return row[key]
    return None


def _date(value):
    return datetime.date.fromisoformat(value)


def _time(value):
    return datetime.time.fromisoformat(value)
