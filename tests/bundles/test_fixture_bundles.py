"""Bundles of a real fixture build: opened as a trainer would open them."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import pytest
from lxml import html
from pypdf import PdfReader

from oer.locales import label
from tests.bundles.pdfs import page_lines
from tests.conftest import Build, run_build
from tests.outputs import pdf_text

TITLES = {"en": "Hope in practice", "es": "La esperanza en la práctica"}
NOTES = {"en": "Trainer-only note", "es": "Nota solo para quien forma"}
README = {"en": "README.txt", "es": "LEEME.txt"}


def folder(lang: str) -> str:
    return "module/downloads" if lang == "en" else f"{lang}/module/downloads"


def bundle(build: Build, lang: str) -> zipfile.ZipFile:
    data = (build.site / folder(lang) / f"module-{lang}-exercises.zip").read_bytes()
    return zipfile.ZipFile(io.BytesIO(data))


@pytest.mark.parametrize("lang", ["en", "es"])
def test_each_language_has_a_bundle_with_every_part(fixture_build: Build, lang: str) -> None:
    names = bundle(fixture_build, lang).namelist()

    assert names == sorted(names)
    assert set(names) == {
        f"module-{lang}-learner-sheets.pdf",
        f"module-{lang}-trainer-guide.pdf",
        f"module-{lang}-learner-sheets.docx",
        f"module-{lang}-learner-sheets.odt",
        f"module-{lang}-trainer-guide.docx",
        f"module-{lang}-trainer-guide.odt",
        README[lang],
        "attachments/hope-in-practice/hope-diary.txt",
    }
    assert all(not n.startswith("/") and ".." not in n for n in names)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_learner_sheets_hold_the_exercise_but_not_the_trainer_notes(
    fixture_build: Build, lang: str
) -> None:
    archive = bundle(fixture_build, lang)
    learner = archive.read(f"module-{lang}-learner-sheets.pdf")
    guide = archive.read(f"module-{lang}-trainer-guide.pdf")

    assert TITLES[lang] in pdf_text(learner)
    assert NOTES[lang] not in pdf_text(learner)
    assert TITLES[lang] in pdf_text(guide) and NOTES[lang] in pdf_text(guide)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_pdfs_are_tagged_with_their_language_and_title(fixture_build: Build, lang: str) -> None:
    archive = bundle(fixture_build, lang)
    for name in (f"module-{lang}-learner-sheets.pdf", f"module-{lang}-trainer-guide.pdf"):
        reader = PdfReader(io.BytesIO(archive.read(name)))
        root: Any = reader.trailer["/Root"]

        assert root["/Lang"] == lang
        assert root["/MarkInfo"]["/Marked"]
        assert "/StructTreeRoot" in root
        assert reader.metadata is not None and reader.metadata.title


def test_every_printed_page_carries_title_page_number_licence_and_address(
    fixture_build: Build,
) -> None:
    for kind in ("learner-sheets", "trainer-guide"):
        data = (fixture_build.site / folder("es") / f"module-es-{kind}.pdf").read_bytes()
        pages = page_lines(data)

        for number, page in enumerate(pages, start=1):
            text = " ".join(line.text for line in page)
            assert "Un módulo coproducido" in text
            footer = [line.text for line in page if not line.in_body]
            assert any(f"Página {number} / {len(pages)}" in line for line in footer)
            assert any("CC BY-SA 4.0 · example.org/fixture/es/module/" in line for line in footer)


@pytest.mark.parametrize(
    ("lang", "fmt", "part"), [("es", "docx", "word/document.xml"), ("es", "odt", "content.xml")]
)
def test_editable_sheets_open_and_hold_the_exercise(
    fixture_build: Build, lang: str, fmt: str, part: str
) -> None:
    data = bundle(fixture_build, lang).read(f"module-{lang}-learner-sheets.{fmt}")
    document = zipfile.ZipFile(io.BytesIO(data)).read(part).decode("utf-8")

    assert TITLES[lang] in document
    assert NOTES[lang] not in document


def test_readme_says_what_the_bundle_is_in_its_language(fixture_build: Build) -> None:
    readme = bundle(fixture_build, "es").read("LEEME.txt").decode("utf-8")

    assert "Un módulo coproducido" in readme
    assert "Este paquete contiene" in readme
    assert label("es", "attribution.heading") in readme and "Jordan Example" in readme
    assert "CC BY-SA 4.0" in readme and "https://example.org/fixture/es/module/" in readme
    assert label("es", "funding.erasmus-plus-2014-2020") in readme


@pytest.mark.parametrize("lang", ["en", "es"])
def test_module_page_links_each_download_with_type_and_size(
    fixture_build: Build, lang: str
) -> None:
    page = "module/index.html" if lang == "en" else f"{lang}/module/index.html"
    links = html.fromstring(fixture_build.read(page)).xpath("//section[@class='oer-downloads']//a")

    assert len(links) == 7
    for link in links:
        assert link.get("download") is not None
        target = fixture_build.site / Path(page).parent / link.get("href")
        assert target.is_file()
        size_kb = max(1, round(target.stat().st_size / 1000))
        assert f" {size_kb} kB)" in link.text_content()


def test_two_builds_give_byte_identical_bundles(fixture_build: Build, tmp_path: Path) -> None:
    from tests.conftest import FIXTURE_SITE

    again = run_build(FIXTURE_SITE / "mkdocs.yml", tmp_path / "again", fresh_cache=True)

    assert again.returncode == 0, again.log
    assert "Rendered 12 bundle files for 2 bundles" in again.log, "it must render afresh"
    for lang in ("en", "es"):
        name = f"{folder(lang)}/module-{lang}-exercises.zip"
        assert (tmp_path / "again" / name).read_bytes() == (fixture_build.site / name).read_bytes()


def test_a_rebuild_with_no_change_renders_nothing(tmp_path: Path) -> None:
    from tests.conftest import FIXTURE_SITE

    cache = {"OER_CACHE_DIR": str(tmp_path / "cache")}
    first = run_build(FIXTURE_SITE / "mkdocs.yml", tmp_path / "one", env=cache)
    second = run_build(FIXTURE_SITE / "mkdocs.yml", tmp_path / "two", env=cache)

    assert "Rendered" in first.log
    assert "Rendered" not in second.log
    zip_path = f"{folder('es')}/module-es-exercises.zip"
    assert (tmp_path / "one" / zip_path).read_bytes() == (tmp_path / "two" / zip_path).read_bytes()


# A 2 x 2 PNG, written by hand so the test needs no image library.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000002000000020802000000fdd49a73"
    "0000001649444154789c63f8cfc0f09f81e13f03c37f0600241d05fb4a1cd1cf"
    "0000000049454e44ae426082"
)


def test_an_image_in_an_exercise_is_printed_and_a_changed_image_renders_anew(
    fixture_copy: Path, tmp_path: Path
) -> None:
    lesson = fixture_copy / "docs" / "module" / "lesson.md"
    (fixture_copy / "docs" / "module" / "hope.png").write_bytes(PNG)
    lesson.write_text(
        lesson.read_text(encoding="utf-8").replace(
            "Name one thing that gives you hope at work.",
            "Name one thing that gives you hope at work.\n\n![A sun rising](hope.png)",
        ),
        encoding="utf-8",
    )
    cache = {"OER_CACHE_DIR": str(tmp_path / "cache")}

    first = run_build(fixture_copy / "mkdocs.yml", tmp_path / "one", env=cache, strict=False)
    (fixture_copy / "docs" / "module" / "hope.png").write_bytes(PNG.replace(b"\x24", b"\x25"))
    second = run_build(fixture_copy / "mkdocs.yml", tmp_path / "two", env=cache, strict=False)

    pdf = PdfReader(tmp_path / "one" / "module" / "downloads" / "module-en-learner-sheets.pdf")
    images = [image for page in pdf.pages for image in page.images]
    assert first.returncode == 0, first.log
    # The one image of the exercise (pypdf may list it once per page that shares resources).
    assert images and len({image.data for image in images}) == 1
    # Only the English page changed its image; the Spanish page has its own text, no image.
    assert "Rendered 6 bundle files for 1 bundles" in second.log
