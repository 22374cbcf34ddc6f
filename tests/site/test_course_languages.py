"""The built course: every page in four languages, linked to each other."""

from __future__ import annotations

from pathlib import PurePosixPath
from urllib.parse import urljoin

import pytest
import yaml
from lxml import etree, html

from tests.conftest import DEFAULT_LANGUAGE, LANGUAGES, REPO, SITE_URL, Build
from tests.site.pages import file_of, source_pages, translation_of, url_of

PAGES = source_pages()


def test_the_course_has_a_home_page_and_a_complete_first_module() -> None:
    names = {page.as_posix() for page in PAGES}
    assert {"index.md", "module-1/index.md"} <= names
    assert len([n for n in names if n.startswith("module-1/")]) >= 3


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != DEFAULT_LANGUAGE])
@pytest.mark.parametrize("page", PAGES, ids=str)
def test_every_page_has_a_translation(page: PurePosixPath, lang: str) -> None:
    assert translation_of(page, lang).is_file(), f"{page} has no {lang} translation"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("page", PAGES, ids=str)
def test_every_page_is_built_in_its_language(
    course_build: Build, page: PurePosixPath, lang: str
) -> None:
    document = html.fromstring(course_build.read(file_of(url_of(page, lang))))
    english = html.fromstring(course_build.read(file_of(url_of(page, DEFAULT_LANGUAGE))))

    assert document.get("lang") == lang
    if lang != DEFAULT_LANGUAGE:
        assert document.findtext(".//h1") != english.findtext(".//h1"), "page is not translated"


def alternates(document: html.HtmlElement, xpath: str) -> dict[str, str]:
    return {link.get("hreflang"): link.get("href") for link in document.xpath(xpath)}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("page", PAGES, ids=str)
def test_language_switcher_stays_on_the_same_page(
    course_build: Build, page: PurePosixPath, lang: str
) -> None:
    url = url_of(page, lang)
    document = html.fromstring(course_build.read(file_of(url)))
    expected = {other: url_of(page, other) for other in LANGUAGES}

    found = alternates(document, "//a[@class='md-select__link']")
    resolved = {k: urljoin(SITE_URL + url, v).removeprefix(SITE_URL) for k, v in found.items()}
    assert resolved == expected
    # The sitemap carries the hreflang alternates; head links made the theme fetch sitemaps
    # below every page (see overrides/base.html).
    assert alternates(document, "//head/link[@rel='alternate'][@hreflang]") == {}


def test_sitemap_lists_every_page_with_its_alternates(course_build: Build) -> None:
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

    for page in PAGES:
        for lang in LANGUAGES:
            loc = site_url + url_of(page, lang)
            expected = {o: site_url + url_of(page, o) for o in LANGUAGES}
            expected["x-default"] = site_url + url_of(page, DEFAULT_LANGUAGE)
            assert entries.get(loc) == expected, loc


def test_instant_navigation_stays_off_because_it_breaks_the_language_switcher() -> None:
    text = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    config = yaml.safe_load(text.replace("!ENV", ""))
    assert "navigation.instant" not in config["theme"]["features"]


def test_strict_build_gives_no_warning(course_build: Build) -> None:
    assert "WARNING" not in course_build.log
