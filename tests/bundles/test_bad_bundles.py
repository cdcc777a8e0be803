"""A bad bundle is refused with the place and the reason, and the import changes nothing."""

import json

import pytest

from django.core.management import CommandError, call_command

from bundles.errors import BundleError
from bundles.importer import import_bundle
from bundles.reader import read_bundle

from .sample_bundles import database_state, small_bundle, write_bundle

pytestmark = pytest.mark.django_db


def import_expecting_error(path):
    before = database_state()
    with pytest.raises(BundleError) as caught:
        import_bundle(read_bundle(path))
    assert database_state() == before
    return caught.value.problems


def test_invalid_json_is_reported_with_its_line(tmp_path):
    text = json.dumps(small_bundle(), indent=2).replace('"city": "Ningbo, Zhejiang",', '"city": "Ningbo, Zhejiang"', 1)
    line = next(number for number, row in enumerate(text.splitlines(), 1) if '"city"' in row) + 1

    problems = import_expecting_error(write_bundle(tmp_path, small_bundle(), text=text))

    assert [(p.path, p.line) for p in problems] == [((), line)]
    assert problems[0].message == "not valid JSON: Expecting ',' delimiter (column 5)"


def test_schema_error_names_the_json_path_and_line(tmp_path):
    data = small_bundle()
    data["sessions"][1]["kind"] = "talk"
    data["speakers"][0]["given_name"] = ""
    path = write_bundle(tmp_path, data)
    lines = path.read_text().splitlines()
    kind_line = next(n for n, row in enumerate(lines, 1) if '"kind": "talk"' in row)
    name_line = next(n for n, row in enumerate(lines, 1) if '"given_name": ""' in row)

    problems = import_expecting_error(path)

    assert [(str(p.path), p.line) for p in problems] == [
        (str(("speakers", 0, "given_name")), name_line),
        (str(("sessions", 1, "kind")), kind_line),
    ]
    assert str(problems[1]).startswith(f"$.sessions[1].kind (line {kind_line}): 'talk' is not one of [")


def test_unknown_reference_is_reported_with_a_suggestion(tmp_path):
    data = small_bundle()
    data["sessions"][0]["participants"][0]["speaker"] = "liang-yonhui"

    problems = import_expecting_error(write_bundle(tmp_path, data))

    assert [str(p).split(": ", 1)[1] for p in problems] == [
        "unknown speaker 'liang-yonhui': no speaker in the bundle has this id (did you mean 'liang-yonghui'?)"
    ]
    assert problems[0].path == ("sessions", 0, "participants", 0, "speaker")


def test_a_speaker_twice_in_the_same_role_of_a_session_is_refused(tmp_path):
    data = small_bundle()
    participants = data["sessions"][1]["participants"]
    participants.append({"speaker": "liang-yonghui", "role": "moderator"})  # another role: fine
    participants.append({"speaker": "liang-yonghui", "role": "panelist"})

    problems = import_expecting_error(write_bundle(tmp_path, data))

    assert [(p.path, str(p).split(": ", 1)[1]) for p in problems] == [
        (
            ("sessions", 1, "participants", 3),
            "the speaker 'liang-yonghui' is already a panelist of this session (participants[1]): "
            "remove one of the two",
        )
    ]


def test_consistency_problems_are_all_listed_at_once(tmp_path):
    data = small_bundle()
    data["speakers"].append(
        {"id": "yonghui-liang", "given_name": "Yonghui", "family_name": "Liang", "name_order": "given_first"}
    )
    data["sessions"][1]["date"] = "2025-06-01"
    data["awards"][0]["slug"] = "roundtable"
    path = write_bundle(tmp_path, data)
    (tmp_path / "images" / "chart.png").unlink()

    problems = import_expecting_error(path)

    assert sorted((p.path, p.message) for p in problems) == [
        (("awards", 0, "slug"), "the session or award slug 'roundtable' is used twice (first at $.sessions[1])"),
        (("images", 3, "file"), "file not found beside the bundle: images/chart.png"),
        (("sessions", 1, "date"), "2025-06-01 is outside the conference dates (2025-05-15 to 2025-05-16)"),
        (
            ("speakers", 2),
            "the same person as speakers[0] ('yonghui-liang' and 'liang-yonghui' share a spelling): "
            "merge them into one entry",
        ),
    ]


def test_failure_halfway_through_rolls_everything_back(tmp_path):
    # Valid for the schema, but the video block's own validation fails on the last session,
    # after the images, organisations, speakers, the conference and the first session were written.
    data = small_bundle()
    data["sessions"][1]["summary"] = [{"type": "video", "value": {"video": "https://video.invalid/talk"}}]

    problems = import_expecting_error(write_bundle(tmp_path, data))

    assert [p.path for p in problems] == [("sessions", 1, "summary", 0, "value", "video")]
    assert problems[0].line is not None


def test_command_reports_the_problem_and_fails(tmp_path):
    data = small_bundle()
    data["version"] = 2
    path = write_bundle(tmp_path, data)

    with pytest.raises(CommandError) as caught:
        call_command("import_conference", str(path), verbosity=0)

    assert str(caught.value) == f"{path}: 1 problem, nothing was imported\n  $.version (line 2): 1 was expected"


def test_missing_file_is_reported(tmp_path):
    with pytest.raises(BundleError) as caught:
        read_bundle(tmp_path / "nowhere.json")

    assert [p.message for p in caught.value.problems] == [f"no such file: {tmp_path / 'nowhere.json'}"]
