"""The course: attribution on every page of every module, whatever the module's folder is
called, and a co-producers page, in every language of the course."""

from __future__ import annotations

import json
from pathlib import PurePosixPath

import pytest
from lxml import html

from tests.conftest import Build
from tests.course import Course, the_course
from tests.site.pages import file_of

COURSE = the_course()


@pytest.mark.parametrize("lang", COURSE.languages)
@pytest.mark.parametrize("page", COURSE.module_pages, ids=str)
def test_every_module_page_has_its_attribution_and_metadata(
    course: Course, course_build: Build, page: PurePosixPath, lang: str
) -> None:
    document = html.fromstring(course_build.read(file_of(course.url_of(page, lang))))
    groups = document.xpath("//section[@class='oer-attribution']//div[@class]/@class")
    exception = document.xpath(
        "//section[@class='oer-attribution']//*[@class='oer-coproduction-exception']"
    )
    scripts = document.xpath("//script[@type='application/ld+json']/text()")

    assert scripts, f"{page} in {lang} has no attribution"
    data = json.loads(scripts[0])
    # Co-production needs both kinds of expert, unless the module says why not.
    assert exception or any("expert-by-experience" in g for g in groups)
    assert exception or any("expert-by-profession" in g for g in groups)
    assert document.xpath("//section[@class='oer-attribution']//a[@rel='license']")
    assert data["inLanguage"] == lang
    assert data["license"] == course.licence.url
    if lang != course.default:
        assert data["isBasedOn"].endswith("/" + course.url_of(page, course.default))
        assert document.xpath("//dl[@class='oer-translation-credits']")


@pytest.mark.parametrize("lang", COURSE.languages)
def test_the_co_producers_page_lists_everyone_in_every_language(
    course: Course, course_build: Build, lang: str
) -> None:
    assert course.directory_pages, "no page has 'coproducers_directory: true' in its front matter"
    page = course.directory_pages[0]
    document = html.fromstring(course_build.read(file_of(course.url_of(page, lang))))
    entries = document.xpath("//ul[@class='oer-directory']/li")
    partners = document.xpath("//ul[@class='oer-partners']/li")

    assert document.get("lang") == lang
    # Everyone in the registry is listed, named or not; organisations when they co-produced.
    assert len(course.registry.people) <= len(entries)
    assert len(partners) == len(course.registry.partners)
