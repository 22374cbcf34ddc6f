from __future__ import annotations

from oer.exercises.checks import check_exercises, without_invalid_options

PAGE = """\
# Values

/// exercise | What do I believe?
    id: beliefs
    duration: 20
    materials: [paper]

Steps.

//// worksheet
    lines: 6
////
///

```
/// exercise
inside a code fence: not a block
```
"""


def test_a_valid_exercise_is_found_without_problems() -> None:
    found, problems = check_exercises(PAGE, "docs/p.md")

    assert problems == []
    assert [(e.id, e.title, e.line) for e in found] == [("beliefs", "What do I believe?", 3)]


def test_unknown_options_and_bad_values_are_reported_at_their_line() -> None:
    text = PAGE.replace("    materials: [paper]", "    colour: red").replace(
        "duration: 20", "duration: soon"
    )

    _, problems = check_exercises(text, "docs/p.md")

    assert [(p.line, p.message) for p in problems] == [
        (5, "The exercise option 'duration' has the value 'soon'."),
        (6, "'colour' is not an option of the exercise block."),
    ]
    assert "duration: 20" in problems[0].fix
    assert "id, duration, group_size, materials" in problems[1].fix


def test_missing_title_missing_id_and_duplicate_ids_are_reported() -> None:
    text = """\
/// exercise
    id: one
///

/// exercise | Second
///

/// exercise | Third
    id: one
///
"""
    _, problems = check_exercises(text, "docs/p.md")

    assert [(p.line, p.message.split(".")[0]) for p in problems] == [
        (1, "This exercise has no title"),
        (5, "This exercise has no id"),
        (8, "The exercise id 'one' is already used on line 1"),
    ]


def test_worksheet_options_are_checked_too() -> None:
    _, problems = check_exercises(PAGE.replace("lines: 6", "lines: 400"), "docs/p.md")

    assert [(p.line, "1 to 40" in p.fix) for p in problems] == [(11, True)]


def test_invalid_option_lines_are_dropped_so_the_block_still_renders() -> None:
    text = PAGE.replace("    materials: [paper]", "    colour: red").replace(
        "lines: 6", "lines: 400"
    )

    repaired = without_invalid_options(text)

    assert "colour" not in repaired and "lines: 400" not in repaired
    assert "    id: beliefs\n    duration: 20\n" in repaired
    assert without_invalid_options(PAGE) == PAGE
