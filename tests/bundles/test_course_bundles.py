"""Every printed bundle of the course itself, in every language, read page by page."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html
from pdfua import validate

from oer.exercises.extract import Exercise, exercises_in
from tests.bundles.pdfs import Line, letters, page_lines
from tests.bundles.test_pdf_accessibility import SKIPPED_BY_THE_CHECKER
from tests.conftest import Build
from tests.course import Course, the_course

COURSE = the_course()


def module_folders(course: Course, site: Path, lang: str) -> list[Path]:
    """Every module with exercises, whatever its folder is called, as published in ``lang``."""
    with_exercises = {page.parts[0] for page in course.exercise_pages()}
    return [
        site / course.folder(lang) / module.folder
        for module in course.modules
        if module.folder in with_exercises
    ]


def exercises_of(module: Path) -> list[Exercise]:
    """The exercises of a module as its published pages show them, without the line that
    links the web page's downloads (the sheets themselves do not print it)."""
    found = []
    for page in sorted(module.rglob("index.html")):
        document = html.fromstring(page.read_text(encoding="utf-8"))
        for line in document.xpath("//*[@class='oer-exercise-downloads']"):
            line.drop_tree()
        for section in document.xpath("//section[contains(@class, 'oer-exercise')]"):
            found += exercises_in(html.tostring(section, encoding="unicode"))
    return found


def last_words(fragment: str) -> str:
    return letters(html.fromstring(f"<div>{fragment}</div>").text_content())[-30:]


def pages_holding(pages: list[list[Line]], text: str) -> list[int]:
    return [
        n for n, page in enumerate(pages) if text in letters(" ".join(line.text for line in page))
    ]


def heading_page(pages: list[list[Line]], title: str) -> int:
    return next(n for n, page in enumerate(pages) if any(line.text == title for line in page))


@pytest.mark.parametrize("lang", COURSE.languages)
def test_every_exercise_is_printed_whole_and_no_page_holds_a_few_lines(
    course: Course, course_build: Build, lang: str
) -> None:
    modules = module_folders(course, course_build.site, lang)
    assert modules, "no module has an exercise"
    for module in modules:
        exercises = exercises_of(module)
        assert exercises, module
        for kind in ("learner-sheets", "trainer-guide"):
            name = f"{module.name}-{lang}-{kind}.pdf"
            pages = page_lines((module / "downloads" / name).read_bytes())
            for number, page in enumerate(pages, start=1):
                lines = [line for line in page if line.in_body]
                # A learner's writing space may have a page of its own, under its title.
                write_page = kind == "learner-sheets" and any(
                    lines and lines[0].text.startswith(e.title) for e in exercises
                )
                assert len(lines) >= 3 or write_page, (
                    f"{name}: page {number} holds {[line.text for line in lines]}"
                )
            for exercise in exercises:
                last = exercise.notes_html if kind == "trainer-guide" else exercise.learner_html
                title_page = heading_page(pages, exercise.title)
                assert title_page in pages_holding(
                    pages, last_words(last or exercise.learner_html)
                ), f"{name}: '{exercise.title}' runs over from page {title_page + 1}"


@pytest.mark.parametrize("lang", COURSE.languages)
def test_every_printed_bundle_passes_the_pdf_ua_checker(
    course: Course, course_build: Build, lang: str
) -> None:
    for module in module_folders(course, course_build.site, lang):
        for path in sorted((module / "downloads").glob("*.pdf")):
            report = validate(str(path))

            assert [(f.rule_id, f.message) for f in report.findings] == [], path.name
            assert {o.rule_id for o in report.skipped} <= SKIPPED_BY_THE_CHECKER, path.name
            for page in page_lines(path.read_bytes()):
                assert all(line.artifact != line.in_body for line in page), path.name
