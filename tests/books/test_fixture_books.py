"""The fixture site's books: reproducible, a page not yet translated, renderer warnings."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from oer.locales import label
from tests.books.books import book_file
from tests.bundles.pdfs import letters
from tests.conftest import FIXTURE_SITE, Build, run_build
from tests.outputs import pdf_text


def test_two_builds_give_byte_identical_books(fixture_build: Build, tmp_path: Path) -> None:
    again = run_build(FIXTURE_SITE / "mkdocs.yml", tmp_path / "again", fresh_cache=True)

    assert again.returncode == 0, again.log
    assert again.log.count("Rendered 2 files of the book") == 2, "it must render afresh"
    for lang in ("en", "es"):
        for suffix in (".pdf", ".epub"):
            first = book_file(fixture_build.site, lang, suffix)
            second = book_file(again.site, lang, suffix)
            assert second.read_bytes() == first.read_bytes(), second.name


EXTRA_PAGE = """# Hope at work

Hope grows when someone believes in you.
"""


@pytest.fixture
def with_untranslated_page(fixture_copy: Path, tmp_path: Path) -> Build:
    """The fixture with a module page that has no Spanish translation yet."""
    (fixture_copy / "docs" / "module" / "extra.md").write_text(EXTRA_PAGE, encoding="utf-8")
    config = fixture_copy / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "      - module/lesson.md\n", "      - module/lesson.md\n      - module/extra.md\n"
        ),
        encoding="utf-8",
    )
    build = run_build(config, tmp_path / "site")
    assert build.returncode == 0, build.log
    return build


def test_a_page_not_yet_translated_is_in_the_book_in_its_original_and_says_so(
    with_untranslated_page: Build,
) -> None:
    notice = label("es", "translations.not_translated").format(
        language="español", original="inglés"
    )

    text = letters(pdf_text(book_file(with_untranslated_page.site, "es", ".pdf").read_bytes()))

    assert letters("Hope grows when someone believes in you.") in text
    assert letters(notice) in text


def test_the_e_book_marks_a_page_not_yet_translated_as_english(
    with_untranslated_page: Build,
) -> None:
    data = book_file(with_untranslated_page.site, "es", ".epub").read_bytes()
    epub = zipfile.ZipFile(io.BytesIO(data))
    chapters = "".join(epub.read(name).decode("utf-8") for name in epub.namelist() if "/ch" in name)

    assert 'lang="en"' in chapters
    start = chapters.index('id="page-module-extra"')
    section = chapters[chapters.rindex("<section", 0, start) : chapters.index("</section>", start)]
    assert 'lang="en"' in section and "Hope grows when someone believes in you." in section
    assert "Hope at work" in epub.read("EPUB/nav.xhtml").decode("utf-8")


# A file that says it is a PNG and is not one: WeasyPrint warns that it cannot load it.
BROKEN_PNG = b"\x89PNG\r\n\x1a\nnot really a png"


def test_a_renderer_warning_fails_a_strict_build_and_names_the_book(
    fixture_copy: Path, tmp_path: Path
) -> None:
    (fixture_copy / "docs" / "module" / "broken.png").write_bytes(BROKEN_PNG)
    landing = fixture_copy / "docs" / "module" / "index.md"
    landing.write_text(
        landing.read_text(encoding="utf-8") + "\n![A drawing of a path](broken.png)\n",
        encoding="utf-8",
    )

    build = run_build(fixture_copy / "mkdocs.yml", tmp_path / "site", fresh_cache=True)

    assert build.returncode != 0
    warning = next(line for line in build.log.splitlines() if "the renderer said" in line)
    assert warning.startswith("WARNING") and "oer.books: fixture-course-en:" in warning
    # The image's bytes are not repeated in the message.
    assert "data:image/png;base64,…" in warning
