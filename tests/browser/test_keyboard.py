"""Keyboard readers: a working skip link first, and a focus they can see."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.course import Course, the_course

pytestmark = pytest.mark.browser
COURSE = the_course()


@pytest.mark.parametrize("lang", COURSE.languages)
def test_the_first_tab_reaches_a_visible_skip_link_that_works(
    page: Page, site_origin: str, course: Course, lang: str
) -> None:
    page.goto(site_origin + course.url_of(course.reading_page, lang))

    page.keyboard.press("Tab")
    skip = page.locator("a.md-skip")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()
    target = skip.get_attribute("href")
    assert target and target.startswith("#")

    page.keyboard.press("Enter")
    assert page.url.endswith(target)
    expect(page.locator(target)).to_be_in_viewport()


def test_focused_links_show_a_focus_indicator(page: Page, site_origin: str, course: Course) -> None:
    page.goto(site_origin + course.url_of(course.modules[0].landing, course.default))
    # A link in the text itself, not the edit button.
    link = page.locator("article :is(p, li) > a[href]").first

    link.focus()
    style = link.evaluate(
        "e => { const s = getComputedStyle(e); return [s.outlineStyle, s.outlineWidth]; }"
    )

    assert style[0] != "none" and style[1] != "0px", style
