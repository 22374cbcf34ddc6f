from __future__ import annotations

from mkdocs.utils.meta import get_data

from oer.translations.changes import (
    ADDED,
    CHANGED,
    REMOVED,
    SAME,
    Piece,
    section_changes,
    side,
    title_of,
    word_diff,
)
from oer.translations.record import with_record
from oer.translations.sections import INTRODUCTION
from oer.translations.status import translation_status

BEFORE = """\
Intro.

# Values

## Hope

Believe people can work.

## Choice

People choose.
"""
TRANSLATION = "# Valores\n\n## Esperanza\n\nCreer que pueden.\n\n## Elección\n\nEligen.\n"


def test_a_word_diff_marks_only_the_words_that_changed() -> None:
    pieces = word_diff("People choose the work they want.", "People choose the job they want, now.")

    assert pieces == (
        Piece(SAME, "People choose the "),
        Piece(REMOVED, "work"),
        Piece(ADDED, "job"),
        Piece(SAME, " they want"),
        Piece(ADDED, ", now"),
        Piece(SAME, "."),
    )


def test_rewrapping_a_paragraph_is_no_change() -> None:
    assert word_diff("one two\nthree four", "one two three\nfour") == (
        Piece(SAME, "one two three\nfour"),
    )


def test_long_unchanged_text_is_cut_the_same_way_on_both_sides() -> None:
    words = " ".join(f"w{n}" for n in range(30))
    pieces = word_diff(f"{words} old {words}", f"{words} new {words}")

    before, now = side(pieces, REMOVED, context=3), side(pieces, ADDED, context=3)

    assert "".join(p.text for p in before) == "… w27 w28 w29 old w0 w1 w2 …"
    assert "".join(p.text for p in now) == "… w27 w28 w29 new w0 w1 w2 …"


def test_changed_sections_are_named_by_the_translations_own_headings() -> None:
    record = get_data(with_record("# Valores\n", BEFORE))[1]["translation_of"]
    after = BEFORE.replace("People choose.", "People choose their work.") + "\n## Support\n\nYes.\n"
    status = translation_status(after, {"translation_of": record})

    changes = section_changes(status.changed_sections, after, BEFORE, record, TRANSLATION)

    assert [(c.source_title, c.local_title, c.kind) for c in changes.sections] == [
        ("Choice", "Elección", CHANGED),
        ("Support", None, ADDED),
    ]
    assert [p for p in changes.sections[0].pieces if p.kind != SAME] == [
        Piece(ADDED, " their work")
    ]
    assert changes.exact and changes.words == 4
    assert title_of(changes.sections[0], "es") == ("Elección", False)
    assert title_of(changes.sections[1], "es") == ("Support", True)


def test_headings_are_not_guessed_when_the_translation_has_a_different_number() -> None:
    record = get_data(with_record("# Valores\n", BEFORE))[1]["translation_of"]
    after = BEFORE.replace("People choose.", "People choose their work.")
    status = translation_status(after, {"translation_of": record})
    shorter = TRANSLATION.split("## Elección")[0]

    changes = section_changes(status.changed_sections, after, None, record, shorter)

    assert [(c.source_title, c.local_title) for c in changes.sections] == [("Choice", None)]
    assert not changes.exact and changes.sections[0].pieces == ()
    assert changes.words == 5


def test_the_introduction_is_named_in_the_readers_language() -> None:
    record = get_data(with_record("# Valores\n", BEFORE))[1]["translation_of"]
    after = BEFORE.replace("Intro.", "Introduction.")
    status = translation_status(after, {"translation_of": record})

    changes = section_changes(status.changed_sections, after, BEFORE, record, TRANSLATION)

    assert changes.sections[0].source_title == INTRODUCTION
    assert title_of(changes.sections[0], "nl") == ("Inleiding", False)


def test_a_translation_that_already_follows_the_new_headings_is_paired_with_them() -> None:
    record = get_data(with_record("# Valores\n", BEFORE))[1]["translation_of"]
    after = BEFORE.replace("People choose.", "People choose their work.") + "\n## Support\n\nYes.\n"
    status = translation_status(after, {"translation_of": record})
    ahead = TRANSLATION + "\n## Apoyo\n\nSí.\n"

    changes = section_changes(status.changed_sections, after, BEFORE, record, ahead)

    assert [(c.source_title, c.local_title) for c in changes.sections] == [
        ("Choice", "Elección"),
        ("Support", "Apoyo"),
    ]
