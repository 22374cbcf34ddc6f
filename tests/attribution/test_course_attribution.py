"""The course: attribution on every module page and a co-producers page, in four languages."""

from __future__ import annotations

import json
from pathlib import PurePosixPath

import pytest
from lxml import html

from tests.conftest import DEFAULT_LANGUAGE, LANGUAGES, Build
from tests.site.pages import file_of, source_pages, url_of

MODULE_PAGES = [page for page in source_pages() if page.parts[0].startswith("module-")]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("page", MODULE_PAGES, ids=str)
def test_every_module_page_has_its_attribution_and_metadata(
    course_build: Build, page: PurePosixPath, lang: str
) -> None:
    document = html.fromstring(course_build.read(file_of(url_of(page, lang))))
    groups = document.xpath("//section[@class='oer-attribution']//div[@class]/@class")
    data = json.loads(document.xpath("//script[@type='application/ld+json']/text()")[0])

    assert any("expert-by-experience" in g for g in groups)
    assert any("expert-by-profession" in g for g in groups)
    assert document.xpath("//section[@class='oer-attribution']//a[@rel='license']")
    assert data["inLanguage"] == lang
    assert data["license"] == "https://creativecommons.org/licenses/by-sa/4.0/"
    if lang != DEFAULT_LANGUAGE:
        assert data["isBasedOn"].endswith("/" + url_of(page, DEFAULT_LANGUAGE))
        assert document.xpath("//dl[@class='oer-translation-credits']")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_co_producers_page_exists_in_every_language(course_build: Build, lang: str) -> None:
    document = html.fromstring(
        course_build.read(file_of(url_of(PurePosixPath("coproducers.md"), lang)))
    )
    entries = document.xpath("//ul[@class='oer-directory']/li")

    assert document.get("lang") == lang
    assert len(entries) >= 4
    assert len(document.xpath("//ul[@class='oer-partners']/li")) == 6
