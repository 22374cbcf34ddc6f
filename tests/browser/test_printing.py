"""Printing a module page from the browser gives the text and whole exercises, nothing else."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from oer.locales import label
from tests.course import Course, the_course

pytestmark = pytest.mark.browser
COURSE = the_course()

HIDDEN_ON_PAPER = [".md-header", ".md-sidebar--primary", ".md-footer", ".oer-downloads"]


def test_print_layout_hides_navigation_and_keeps_exercises_whole(
    page: Page, site_origin: str, course: Course
) -> None:
    page.goto(site_origin + course.url_of(course.modules[0].landing, course.default))
    assert page.locator(".md-header").is_visible()

    page.emulate_media(media="print")

    for selector in HIDDEN_ON_PAPER:
        display = page.locator(selector).first.evaluate("e => getComputedStyle(e).display")
        assert display == "none", selector
    page.goto(site_origin + course.url_of(course.exercise_pages()[0], course.default))
    page.emulate_media(media="print")
    exercise = page.locator(".oer-exercise").first
    assert exercise.is_visible()
    assert exercise.evaluate("e => getComputedStyle(e).breakInside") == "avoid"
    assert page.locator(".oer-trainer-notes").first.is_hidden()


@pytest.mark.parametrize("lang", COURSE.languages)
def test_exercise_block_reads_as_a_labelled_region(
    page: Page, site_origin: str, course: Course, lang: str
) -> None:
    page.goto(site_origin + course.url_of(course.exercise_pages(lang)[0], lang))

    title = page.locator("section.oer-exercise h2").first.inner_text()

    assert page.get_by_role("region", name=title).is_visible()
    notes = page.locator("details.oer-trainer-notes").first
    assert notes.locator("summary").inner_text() == label(lang, "exercises.trainer_notes")
    assert not notes.evaluate("e => e.open")
    notes.locator("summary").click()
    assert notes.evaluate("e => e.open")
