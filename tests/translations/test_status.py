from __future__ import annotations

from mkdocs.utils.meta import get_data

from oer.translations.record import with_record
from oer.translations.sections import INTRODUCTION, sections
from oer.translations.status import CURRENT, MISSING, NEW, OUTDATED, Status, translation_status

SOURCE = """\
Intro line.

# Values

## Hope

Believe people can work.

```
# not a heading
```

## Choice

People choose.

## Choice

Again.
"""
TRANSLATION = "---\ntitle: Valores\ntranslators: [t]\n---\n\n# Valores\n"


def test_sections_follow_headings_outside_code_and_number_repeats() -> None:
    titles = [title for title, _ in sections(SOURCE)]

    assert titles == [INTRODUCTION, "Values", "Hope", "Choice", "Choice (2)"]


def test_a_translation_is_missing_new_outdated_or_current() -> None:
    marked = get_data(with_record(TRANSLATION, SOURCE))[1]

    assert translation_status(SOURCE, None).state == MISSING
    assert translation_status(SOURCE, {"title": "Valores"}) == Status(NEW)
    assert translation_status(SOURCE, marked).state == CURRENT
    assert translation_status(SOURCE + "More.\n", marked).state == OUTDATED


def test_an_outdated_translation_names_the_sections_that_changed() -> None:
    marked = get_data(with_record(TRANSLATION, SOURCE))[1]
    changed = SOURCE.replace("People choose.", "People choose their work.")
    changed = changed.replace("## Choice\n\nAgain.\n", "## Support\n\nAlways.\n")

    status = translation_status(changed, marked)

    assert status.state == OUTDATED
    assert status.changed_sections == ("Choice", "Support", "Choice (2)")


def test_whitespace_alone_does_not_make_a_translation_outdated() -> None:
    marked = get_data(with_record(TRANSLATION, SOURCE))[1]

    assert (
        translation_status(SOURCE.replace("People choose.", "People choose.   "), marked).state
        == CURRENT
    )


def test_marking_keeps_the_rest_of_the_front_matter_and_replaces_an_old_record() -> None:
    once = with_record(TRANSLATION, SOURCE)
    twice = with_record(once, SOURCE + "\nMore.\n")

    meta = get_data(twice)[1]
    assert twice.count("translation_of:") == 1
    assert meta["title"] == "Valores" and meta["translators"] == ["t"]
    assert twice.endswith("# Valores\n")
    assert translation_status(SOURCE + "\nMore.\n", meta).state == CURRENT


def test_a_page_without_front_matter_gets_one() -> None:
    marked = with_record("# Valores\n", SOURCE)

    assert marked.startswith("---\ntranslation_of:\n")
    assert get_data(marked)[0].strip() == "# Valores"
