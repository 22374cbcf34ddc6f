"""The 404 page and the search index come out once per language, in that language."""

from __future__ import annotations

import json
import re
from pathlib import PurePosixPath
from urllib.parse import urljoin

import pytest
from lxml import html

from tests.conftest import DEFAULT_LANGUAGE, LANGUAGES, SITE_URL, Build
from tests.site.pages import DOCS, file_of, source_pages, url_of

PAGES = source_pages()
# Pages whose front matter keeps them out of search (reports).
SEARCHABLE = [page for page in PAGES if "exclude: true" not in (DOCS / page).read_text("utf-8")]


def folder(lang: str) -> str:
    return "" if lang == DEFAULT_LANGUAGE else f"{lang}/"


def theme_base(page_html: str) -> str:
    match = re.search(r'<script id="__config" type="application/json">(.*?)</script>', page_html)
    assert match is not None
    base: str = json.loads(match.group(1))["base"]
    return base


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_has_a_404_page_in_that_language(course_build: Build, lang: str) -> None:
    document = html.fromstring(course_build.read(f"{folder(lang)}404.html"))

    assert document.get("lang") == lang
    nav_links = document.xpath("//nav[contains(@class, 'md-nav--primary')]//a/@href")
    module_links = [href for href in nav_links if "module-1/" in href]
    assert module_links, "404 page has no navigation"
    assert all(href.startswith(f"/course/{folder(lang)}module-1/") for href in module_links)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_search_index_holds_only_that_language(course_build: Build, lang: str) -> None:
    index = json.loads(course_build.read(f"{folder(lang)}search/search_index.json"))
    page_titles = set()
    for page in SEARCHABLE:
        document = html.fromstring(course_build.read(file_of(url_of(page, lang))))
        page_titles.add(document.findtext(".//h1").strip())

    indexed_titles = {doc["title"] for doc in index["docs"]}
    assert index["config"]["lang"] == [lang]
    assert page_titles <= indexed_titles
    for other in LANGUAGES:
        if other == lang:
            continue
        other_titles = set()
        for page in SEARCHABLE:
            document = html.fromstring(course_build.read(file_of(url_of(page, other))))
            other_titles.add(document.findtext(".//h1").strip())
        assert not (other_titles & indexed_titles), f"{other} pages in the {lang} index"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_search_results_resolve_to_pages_of_that_language(course_build: Build, lang: str) -> None:
    """The browser joins each result to the theme's base; both must land in the language."""
    page = PAGES[-1]
    url = url_of(page, lang)
    base = urljoin(SITE_URL + url, theme_base(course_build.read(file_of(url))))
    index = json.loads(course_build.read(f"{folder(lang)}search/search_index.json"))

    assert base == SITE_URL + folder(lang)
    for doc in index["docs"]:
        target = urljoin(base, doc["location"]).split("#")[0].removeprefix(SITE_URL)
        assert target.startswith(folder(lang))
        assert (course_build.site / file_of(target)).is_file(), target
