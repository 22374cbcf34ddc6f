"""Printed sheets and guides, opened and read page by page as a trainer would print them."""

from __future__ import annotations

import itertools
import re

import pytest

from oer.bundles import render
from oer.bundles.documents import fitted_learner_sheets, sheets_html
from oer.bundles.spec import BundleSpec
from oer.exercises.extract import Exercise
from oer.locales import label
from tests.bundles.pdfs import Line, letters, page_lines
from tests.bundles.samples import WORDS, exercise, spec


def is_write_page(page: list[Line], lang: str) -> bool:
    """A page holding only an exercise's writing space, under its title."""
    words = label(lang, "exercises.worksheet_lines").split("{")[0]
    return any(line.in_body and words in line.text for line in page)


def learner_pdf(bundle: BundleSpec) -> list[list[Line]]:
    return page_lines(render.pdf(fitted_learner_sheets(bundle, render.positions)))


def guide_pdf(bundle: BundleSpec) -> list[list[Line]]:
    return page_lines(render.pdf(sheets_html(bundle, guide=True)))


def page_of(pages: list[list[Line]], text: str) -> int:
    """The first page holding ``text``, whatever line breaks and hyphens split it."""
    found = [
        n
        for n, page in enumerate(pages)
        if letters(text) in letters(" ".join(line.text for line in page))
    ]
    assert found, f"'{text}' is on no page"
    return found[0]


def heading_page(pages: list[list[Line]], title: str) -> int:
    """The page where ``title`` stands on a line of its own (not in the guide's overview)."""
    found = [n for n, page in enumerate(pages) if any(line.text == title for line in page)]
    assert found, f"no heading '{title}'"
    return found[0]


def body(page: list[Line]) -> str:
    return " ".join(line.text for line in page if line.in_body)


def test_the_first_exercise_starts_on_page_1_under_a_compact_header() -> None:
    pages = learner_pdf(spec("en", (exercise("en", 1, steps=2), exercise("en", 2, steps=2))))

    first = body(pages[0])
    assert "Equality in Learning" in first
    assert "Module 9 in en" in first
    assert "https://partner.example.org/equality-in-learning/en/module-9/" in first
    assert "Exercise 1 in en" in first
    # One exercise per page, so a trainer can hand out one; the credits come at the end.
    assert page_of(pages, "Exercise 2 in en") == 1
    assert page_of(pages, "Co-produced by") == len(pages) - 1 == 1


@pytest.mark.parametrize("lang", ["en", "nl", "it"])
def test_long_exercises_stay_on_their_page_and_no_page_holds_a_few_lines(lang: str) -> None:
    exercises = (
        exercise(lang, 1, steps=7, space="lines: 8"),
        exercise(lang, 2, steps=3),
        exercise(lang, 3, steps=8),
        exercise(lang, 4, steps=10, space="boxes: 6"),
    )
    bundle = spec(lang, exercises)

    for pages in (learner_pdf(bundle), guide_pdf(bundle)):
        for number, page in enumerate(pages, start=1):
            lines = [line for line in page if line.in_body]
            assert len(lines) >= 3 or is_write_page(page, lang), (
                f"page {number} holds {[line.text for line in lines]}"
            )
        for item in exercises:
            title_page = heading_page(pages, item.title)
            steps = item.learner_html.count("<li>")
            last_step = page_of(pages, f"{WORDS[lang]} ({item.id[-1]}.{steps})")
            assert last_step == title_page, f"{item.title} runs over to the next page"


def test_an_exercise_that_runs_over_gets_closer_lines() -> None:
    bundle = spec("en", (exercise("en", 1, steps=7, space="lines: 8"),))

    html = fitted_learner_sheets(bundle, render.positions)
    pages = page_lines(render.pdf(html))

    heights = {float(h) for h in re.findall(r'<span style="height: ([\d.]+)mm', html)}
    assert len(heights) == 1 and 6.6 <= heights.pop() < 11
    assert page_of(pages, f"{WORDS['en']} (1.7)") == page_of(pages, "Exercise 1 in en") == 0


def test_writing_space_that_cannot_fit_gets_its_own_page_under_the_title() -> None:
    bundle = spec("en", (exercise("en", 1, steps=10, space="boxes: 6"),))

    pages = learner_pdf(bundle)

    assert len(pages) == 3  # the exercise, its writing space, the credits
    assert "Exercise 1 in en" in body(pages[1])
    assert label("en", "exercises.worksheet_boxes").format(count=6) in body(pages[1])


def test_the_guide_keeps_each_exercise_with_its_trainer_notes() -> None:
    exercises = tuple(exercise("it", n, steps=5) for n in range(1, 5))

    pages = guide_pdf(spec("it", exercises))

    for item in exercises:
        assert heading_page(pages, item.title) == page_of(
            pages, f"Last words of note {item.id[-1]}"
        )


def test_labels_stay_with_their_values_and_the_footer_address_on_one_line() -> None:
    # Laid out as plain text, this Dutch header line ends with "Materiaal:".
    bundle = spec("nl", (exercise("nl", 1, steps=2), exercise("nl", 2, steps=2)))
    address = "partner.example.org/equality-in-learning/nl/module-9/"

    for pages in (learner_pdf(bundle), guide_pdf(bundle)):
        for number, page in enumerate(pages, start=1):
            for line in page:
                for name in ("Tijd", "Groepsgrootte", "Materiaal"):
                    assert not line.text.endswith(f"{name}:"), f"'{name}:' ends a line"
            footer = [line.text for line in page if not line.in_body]
            assert any(f"CC BY-SA 4.0 · {address}" in text for text in footer), footer
            assert any(f"Pagina {number} / {len(pages)}" in text for text in footer), footer
            if number > 1:
                assert any("Module 9 in nl" in text for text in footer), footer


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "arbeidsbemiddelingsgesprekken werkgeversbenadering ervaringsdeskundigheid"),
        ("it", "riorganizzazione dell'inserimento lavorativo accompagnamento personalizzato"),
    ],
)
def test_text_is_hyphenated_in_the_sheets_language(lang: str, text: str) -> None:
    item = exercise(lang, 1, steps=2)
    item = Exercise(
        item.id,
        item.title,
        item.learner_html.replace("</ol>", f"</ol><p>{(text + ' ') * 12}</p>"),
        item.notes_html,
        item.duration_minutes,
        lang,
    )
    lines = [line.text for page in guide_pdf(spec(lang, (item,))) for line in page]

    # A word of ``text`` broken at a line's end and carried on at the next line's start.
    hyphenated = [
        before.split()[-1] + after.split()[0]
        for before, after in itertools.pairwise(lines)
        if before.endswith(("-", "\u2010"))
        and letters(before.split()[-1] + after.split()[0]) in letters(text)
    ]
    assert hyphenated, f"no word hyphenated in {lang}"
