"""What a reader does in a browser: open the site, switch language, search."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import Page, Response, expect

from tests.conftest import DEFAULT_LANGUAGE, LANGUAGES

pytestmark = pytest.mark.browser

SEARCH_WORDS = {"en": "employment", "es": "empleo", "nl": "werk", "it": "lavoro"}


def folder(lang: str) -> str:
    return "" if lang == DEFAULT_LANGUAGE else f"{lang}/"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_page_opens_with_every_resource(page: Page, site_origin: str, lang: str) -> None:
    failures: list[str] = []

    def record(response: Response) -> None:
        if response.status >= 400:
            failures.append(f"{response.status} {response.url}")

    page.on("response", record)
    page.goto(site_origin + folder(lang))

    expect(page.locator("html")).to_have_attribute("lang", lang)
    expect(page.locator("h1")).to_be_visible()
    page.wait_for_load_state("networkidle")
    assert failures == []


@pytest.mark.parametrize(
    ("start", "target"), [("es", "nl"), ("nl", "it"), ("it", "en"), ("en", "es")]
)
def test_switching_language_keeps_the_reader_on_the_same_page(
    page: Page, site_origin: str, start: str, target: str
) -> None:
    page.goto(f"{site_origin}{folder(start)}module-1/models/")

    page.locator(".md-header__option .md-select").hover()
    page.locator(f".md-select__link[hreflang='{target}']").click()

    expect(page).to_have_url(f"{site_origin}{folder(target)}module-1/models/")
    expect(page.locator("html")).to_have_attribute("lang", target)


def search_ready_text(page: Page) -> str:
    """What the result line says once the search worker has loaded the index.

    Material shows its "initialising" text until the worker reports that it is ready, then
    this placeholder, in the page's language; the theme's config on the page carries both.
    """
    config = json.loads(page.locator("#__config").text_content() or "{}")
    return str(config["translations"]["search.result.placeholder"])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_search_returns_pages_in_the_readers_language_only(
    page: Page, site_origin: str, lang: str
) -> None:
    page.goto(f"{site_origin}{folder(lang)}module-1/")
    search = page.locator("input.md-search__input")

    search.click()
    # Typing before the worker has loaded the index gives no results at all, so wait for the
    # ready state itself rather than for the "initialising" text to change.
    expect(page.locator(".md-search-result__meta")).to_have_text(search_ready_text(page))
    search.press_sequentially(SEARCH_WORDS[lang])
    results = page.locator(".md-search-result__item a")
    expect(results.first).to_be_visible()

    hrefs = results.evaluate_all("links => links.map(link => link.href)")
    assert hrefs
    for href in hrefs:
        path = href.removeprefix(site_origin)
        head = path.split("/", 1)[0]
        if lang == DEFAULT_LANGUAGE:
            assert head not in LANGUAGES, href
        else:
            assert head == lang, href
