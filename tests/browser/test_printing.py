"""Printing a module page from the browser gives the text and whole exercises, nothing else."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from oer.locales import label

pytestmark = pytest.mark.browser

HIDDEN_ON_PAPER = [".md-header", ".md-sidebar--primary", ".md-footer", ".oer-downloads"]


def test_print_layout_hides_navigation_and_keeps_exercises_whole(
    page: Page, site_origin: str
) -> None:
    page.goto(f"{site_origin}module-1/")
    assert page.locator(".md-header").is_visible()

    page.emulate_media(media="print")

    for selector in HIDDEN_ON_PAPER:
        display = page.locator(selector).first.evaluate("e => getComputedStyle(e).display")
        assert display == "none", selector
    page.goto(f"{site_origin}module-1/values/")
    page.emulate_media(media="print")
    exercise = page.locator(".oer-exercise").first
    assert exercise.is_visible()
    assert exercise.evaluate("e => getComputedStyle(e).breakInside") == "avoid"
    assert page.locator(".oer-trainer-notes").first.is_hidden()


def test_exercise_block_reads_as_a_labelled_region(page: Page, site_origin: str) -> None:
    page.goto(f"{site_origin}es/module-1/models/")

    title = page.locator("section.oer-exercise h2").first.inner_text()

    assert page.get_by_role("region", name=title).is_visible()
    notes = page.locator("details.oer-trainer-notes").first
    assert notes.locator("summary").inner_text() == label("es", "exercises.trainer_notes")
    assert not notes.evaluate("e => e.open")
    notes.locator("summary").click()
    assert notes.evaluate("e => e.open")
