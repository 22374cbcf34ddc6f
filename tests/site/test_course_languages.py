"""The built course: every page in every language of the course, linked to each other."""

from __future__ import annotations

from pathlib import PurePosixPath
from urllib.parse import urljoin

import pytest
import yaml
from lxml import etree, html

from tests.conftest import SITE_URL, Build
from tests.course import Course, the_course
from tests.site.pages import file_of

COURSE = the_course()
PAGES = COURSE.pages


def test_the_course_has_a_home_page_and_modules_with_a_landing_page(course: Course) -> None:
    assert PurePosixPath("index.md") in course.pages
    assert course.modules, "no folder of pages below docs/"
    for module in course.modules:
        assert module.landing.name == "index.md", f"{module.folder}/ has no index.md"


@pytest.mark.parametrize("lang", COURSE.others)
@pytest.mark.parametrize("page", PAGES, ids=str)
def test_every_page_has_a_translation(course: Course, page: PurePosixPath, lang: str) -> None:
    assert course.translation_of(page, lang).is_file(), f"{page} has no {lang} translation"


@pytest.mark.parametrize("lang", COURSE.languages)
@pytest.mark.parametrize("page", PAGES, ids=str)
def test_every_page_is_built_in_its_language(
    course: Course, course_build: Build, page: PurePosixPath, lang: str
) -> None:
    document = html.fromstring(course_build.read(file_of(course.url_of(page, lang))))
    original = html.fromstring(course_build.read(file_of(course.url_of(page, course.default))))

    assert document.get("lang") == lang
    if lang != course.default:
        assert document.findtext(".//h1") != original.findtext(".//h1"), "page is not translated"


def alternates(document: html.HtmlElement, xpath: str) -> dict[str, str]:
    return {link.get("hreflang"): link.get("href") for link in document.xpath(xpath)}


@pytest.mark.parametrize("lang", COURSE.languages)
@pytest.mark.parametrize("page", PAGES, ids=str)
def test_language_switcher_stays_on_the_same_page(
    course: Course, course_build: Build, page: PurePosixPath, lang: str
) -> None:
    url = course.url_of(page, lang)
    document = html.fromstring(course_build.read(file_of(url)))
    # A course in one language has nothing to switch to, and shows no switcher.
    others = course.languages if len(course.languages) > 1 else ()
    expected = {other: course.url_of(page, other) for other in others}

    found = alternates(document, "//a[@class='md-select__link']")
    resolved = {k: urljoin(SITE_URL + url, v).removeprefix(SITE_URL) for k, v in found.items()}
    assert resolved == expected
    # The sitemap carries the hreflang alternates; head links made the theme fetch sitemaps
    # below every page (see overrides/base.html).
    assert alternates(document, "//head/link[@rel='alternate'][@hreflang]") == {}


def test_sitemap_lists_every_page_with_its_alternates(course: Course, course_build: Build) -> None:
    site_url = SITE_URL
    namespaces = {
        "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
        "x": "http://www.w3.org/1999/xhtml",
    }
    tree = etree.fromstring((course_build.site / "sitemap.xml").read_bytes())

    entries = {}
    for url in tree.findall("s:url", namespaces):
        loc = url.findtext("s:loc", namespaces=namespaces)
        links = url.findall("x:link", namespaces)
        entries[loc] = {link.get("hreflang"): link.get("href") for link in links}

    for page in course.pages:
        for lang in course.languages:
            loc = site_url + course.url_of(page, lang)
            expected = {o: site_url + course.url_of(page, o) for o in course.languages}
            expected["x-default"] = site_url + course.url_of(page, course.default)
            assert entries.get(loc) == expected, loc


def test_instant_navigation_stays_off_because_it_breaks_the_language_switcher(
    course: Course,
) -> None:
    text = course.config_file.read_text(encoding="utf-8")
    config = yaml.safe_load(text.replace("!ENV", ""))
    assert "navigation.instant" not in config["theme"]["features"]


def test_strict_build_gives_no_warning(course_build: Build) -> None:
    assert "WARNING" not in course_build.log
