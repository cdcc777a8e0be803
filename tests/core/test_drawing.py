"""core/drawing.py: the text helpers that share cards and the demo's artwork draw with."""

from core import drawing

# Pillow's bundled font at 20 px: the same widths on every machine.
FONT = drawing.font(drawing.BUNDLED, 20)


def width_of(text):
    return drawing.text_width(FONT, text)


def test_wrap_breaks_between_words_within_the_width():
    text = "Current Status and Future Trends of the Silver Market"

    lines = drawing.wrap(text, FONT, width_of("Current Status and Future"))

    assert lines == ["Current Status and Future", "Trends of the Silver", "Market"]


def test_wrap_with_max_lines_ellipsizes_the_last_line():
    text = "Current Status and Future Trends of the Silver Market"

    lines = drawing.wrap(text, FONT, width_of("Current Status and Future"), max_lines=2)

    assert (len(lines), lines[0], lines[1].endswith("\u2026")) == (2, "Current Status and Future", True)
    assert width_of(lines[1]) <= width_of("Current Status and Future")


def test_fit_text_takes_the_largest_size_that_fits():
    room = drawing.text_width(drawing.font(drawing.BUNDLED, 40), "Silver Market")

    font, lines = drawing.fit_text("Silver Market", drawing.BUNDLED, room, 1, [60, 50, 40, 30])

    assert (font.size, lines) == (40, ["Silver Market"])


def test_fit_text_ellipsizes_at_the_smallest_size_when_nothing_fits():
    font, lines = drawing.fit_text("Silver Market Outlook", drawing.BUNDLED, 60, 1, [30, 20])

    assert (font.size, len(lines), lines[0].endswith("\u2026")) == (20, 1, True)


def test_initials_are_the_first_letters_of_two_words():
    assert [drawing.initials(name) for name in ["Wang Huilin", "smm", "梁永辉", ""]] == ["WH", "S", "梁", "?"]
