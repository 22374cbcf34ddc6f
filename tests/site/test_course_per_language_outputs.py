"""The 404 page and the search index come out once per language, in that language."""

from __future__ import annotations

import json
import re
from urllib.parse import urljoin, urlsplit

import pytest
from lxml import html

from tests.conftest import SITE_URL, Build
from tests.course import Course, the_course
from tests.site.pages import file_of

COURSE = the_course()
# Pages whose front matter keeps them out of search (reports).
SEARCHABLE = [
    page for page in COURSE.pages if not COURSE.meta(page).get("search", {}).get("exclude")
]


def theme_base(page_html: str) -> str:
    match = re.search(r'<script id="__config" type="application/json">(.*?)</script>', page_html)
    assert match is not None
    base: str = json.loads(match.group(1))["base"]
    return base


@pytest.mark.parametrize("lang", COURSE.languages)
def test_each_language_has_a_404_page_in_that_language(
    course: Course, course_build: Build, lang: str
) -> None:
    document = html.fromstring(course_build.read(f"{course.folder(lang)}404.html"))
    module = f"{course.modules[0].folder}/"

    assert document.get("lang") == lang
    nav_links = document.xpath("//nav[contains(@class, 'md-nav--primary')]//a/@href")
    module_links = [href for href in nav_links if module in href]
    assert module_links, "404 page has no navigation"
    # The 404 page may be shown at any depth, so its links start at the site's root.
    root = urlsplit(SITE_URL).path
    assert all(href.startswith(f"{root}{course.folder(lang)}{module}") for href in module_links)


def titles(course: Course, build: Build, lang: str) -> set[str]:
    """The main headings of the searchable pages as published in ``lang``."""
    found = set()
    for page in SEARCHABLE:
        document = html.fromstring(build.read(file_of(course.url_of(page, lang))))
        found.add(document.findtext(".//h1").strip())
    return found


@pytest.mark.parametrize("lang", COURSE.languages)
def test_search_index_holds_only_that_language(
    course: Course, course_build: Build, lang: str
) -> None:
    index = json.loads(course_build.read(f"{course.folder(lang)}search/search_index.json"))

    indexed_titles = {doc["title"] for doc in index["docs"]}
    assert index["config"]["lang"] == [lang]
    assert titles(course, course_build, lang) <= indexed_titles
    for other in course.languages:
        if other != lang:
            other_titles = titles(course, course_build, other)
            assert not (other_titles & indexed_titles), f"{other} pages in the {lang} index"


@pytest.mark.parametrize("lang", COURSE.languages)
def test_search_results_resolve_to_pages_of_that_language(
    course: Course, course_build: Build, lang: str
) -> None:
    """The browser joins each result to the theme's base; both must land in the language."""
    url = course.url_of(course.pages[-1], lang)
    base = urljoin(SITE_URL + url, theme_base(course_build.read(file_of(url))))
    index = json.loads(course_build.read(f"{course.folder(lang)}search/search_index.json"))

    assert base == SITE_URL + course.folder(lang)
    for doc in index["docs"]:
        target = urljoin(base, doc["location"]).split("#")[0].removeprefix(SITE_URL)
        assert target.startswith(course.folder(lang))
        assert (course_build.site / file_of(target)).is_file(), target
