"""Line numbers for JSON paths in a bundle's text."""

from bundles.errors import format_path
from bundles.locate import LineFinder

TEXT = """{
  "version": 1,
  "sessions": [
    {"slug": "a", "title": "A"},
    {
      "slug": "b",
      "participants": [{"speaker": "x, \\"quoted\\" [not a list]"}]
    }
  ]
}
"""


def test_line_of_a_member_is_the_line_of_its_key():
    finder = LineFinder(TEXT)

    assert [finder.line_of(path) for path in [("version",), ("sessions", 0, "title"), ("sessions", 1, "slug")]] == [
        2,
        4,
        6,
    ]


def test_line_of_a_missing_path_falls_back_to_the_nearest_enclosing_value():
    finder = LineFinder(TEXT)

    assert finder.line_of(("sessions", 1, "participants", 0, "role")) == 7
    assert finder.line_of(("sessions", 1, "participants", 0, "speaker")) == 7
    assert finder.line_of(()) == 1


def test_paths_are_written_like_jsonpath():
    assert format_path(("sessions", 3, "participants", 0, "speaker")) == "$.sessions[3].participants[0].speaker"
    assert format_path(("$schema",)) == "$['$schema']"
