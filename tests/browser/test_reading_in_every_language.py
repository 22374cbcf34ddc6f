"""What a reader does in a browser: open the site, switch language, search."""

from __future__ import annotations

import json
import re

import pytest
from lxml import html
from playwright.sync_api import Page, Response, expect

from tests.conftest import Build
from tests.course import Course, the_course
from tests.site.pages import file_of

pytestmark = pytest.mark.browser
COURSE = the_course()
# Each language's switcher is tried once: from every language to the next one.
SWITCHES = list(zip(COURSE.languages, COURSE.languages[1:] + COURSE.languages[:1], strict=True))


def search_word(course: Course, build: Build, lang: str) -> str:
    """The longest word of the first module's title as published in ``lang``: a word the
    language's own index must find, whatever the course is about."""
    document = html.fromstring(build.read(file_of(course.url_of(course.modules[0].landing, lang))))
    words: list[str] = re.findall(r"[^\W\d_]{4,}", document.findtext(".//h1") or "")
    assert words, f"the first module's title in {lang} has no word to search for"
    return max(words, key=len)


@pytest.mark.parametrize("lang", COURSE.languages)
def test_home_page_opens_with_every_resource(page: Page, site_origin: str, lang: str) -> None:
    failures: list[str] = []

    def record(response: Response) -> None:
        if response.status >= 400:
            failures.append(f"{response.status} {response.url}")

    page.on("response", record)
    page.goto(site_origin + COURSE.folder(lang))

    expect(page.locator("html")).to_have_attribute("lang", lang)
    expect(page.locator("h1")).to_be_visible()
    page.wait_for_load_state("networkidle")
    assert failures == []


@pytest.mark.parametrize(("start", "target"), SWITCHES if len(SWITCHES) > 1 else [])
def test_switching_language_keeps_the_reader_on_the_same_page(
    page: Page, site_origin: str, course: Course, start: str, target: str
) -> None:
    page.goto(site_origin + course.url_of(course.reading_page, start))

    page.locator(".md-header__option .md-select").hover()
    page.locator(f".md-select__link[hreflang='{target}']").click()

    expect(page).to_have_url(site_origin + course.url_of(course.reading_page, target))
    expect(page.locator("html")).to_have_attribute("lang", target)


def search_ready_text(page: Page) -> str:
    """What the result line says once the search worker has loaded the index.

    Material shows its "initialising" text until the worker reports that it is ready, then
    this placeholder, in the page's language; the theme's config on the page carries both.
    """
    config = json.loads(page.locator("#__config").text_content() or "{}")
    return str(config["translations"]["search.result.placeholder"])


@pytest.mark.parametrize("lang", COURSE.languages)
def test_search_returns_pages_in_the_readers_language_only(
    page: Page, site_origin: str, course: Course, course_build: Build, lang: str
) -> None:
    word = search_word(course, course_build, lang)
    page.goto(site_origin + course.url_of(course.modules[0].landing, lang))
    search = page.locator("input.md-search__input")

    search.click()
    # Typing before the worker has loaded the index gives no results at all, so wait for the
    # ready state itself rather than for the "initialising" text to change.
    expect(page.locator(".md-search-result__meta")).to_have_text(search_ready_text(page))
    search.press_sequentially(word)
    results = page.locator(".md-search-result__item a")
    expect(results.first).to_be_visible()

    hrefs = results.evaluate_all("links => links.map(link => link.href)")
    assert hrefs
    for href in hrefs:
        path = href.removeprefix(site_origin)
        head = path.split("/", 1)[0]
        if lang == course.default:
            assert head not in course.languages, href
        else:
            assert head == lang, href
