"""The editable DOCX and ODT files, opened as Word and LibreOffice read them."""

from __future__ import annotations

import base64
import io
import subprocess
import zipfile
from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.document import Document
from lxml import etree

from oer.bundles import render
from oer.bundles.reference_documents import generated, pandoc_version
from oer.locales import label
from tests.bundles.test_fixture_bundles import PNG
from tests.conftest import FIXTURE_SITE, Build

MODULE = {"en": "A co-produced module", "es": "Un módulo coproducido"}
EXERCISE = {"en": "Hope in practice", "es": "La esperanza en la práctica"}
NOTE = {"en": "Trainer-only note", "es": "Nota solo para quien forma"}
LANGUAGE = {"en": "en-GB", "es": "es-ES"}
KINDS = ("learner-sheets", "trainer-guide")
ODF = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def download(build: Build, lang: str, name: str) -> bytes:
    folder = "module/downloads" if lang == "en" else f"{lang}/module/downloads"
    return (build.site / folder / f"module-{lang}-{name}").read_bytes()


def word(build: Build, lang: str, kind: str) -> Document:
    return docx.Document(io.BytesIO(download(build, lang, f"{kind}.docx")))


def part(data: bytes, name: str) -> Any:
    return etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read(name))


def styled(document: Document) -> list[tuple[str, str]]:
    """Each paragraph as (its style's name, its text)."""
    return [(p.style.name if p.style else "", p.text) for p in document.paragraphs]


def committed(lang: str) -> datetime:
    """When the fixture module's pages in ``lang`` were last committed."""
    pages = ["index.md", "lesson.md"] if lang == "en" else ["index.es.md", "lesson.es.md"]
    folder = FIXTURE_SITE / "docs" / "module"
    result = subprocess.run(
        ["git", "-C", str(folder), "log", "-1", "--format=%cI", "--", *pages],
        capture_output=True,
        text=True,
        check=True,
    )
    return datetime.fromisoformat(result.stdout.strip())


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("kind", KINDS)
def test_word_files_are_a4_with_a_running_header_and_footer(
    fixture_build: Build, lang: str, kind: str
) -> None:
    section = word(fixture_build, lang, kind).sections[0]

    assert section.page_width is not None and round(section.page_width.mm) == 210
    assert section.page_height is not None and round(section.page_height.mm) == 297
    for margin in (section.top_margin, section.bottom_margin, section.left_margin):
        assert margin is not None and 15 <= margin.mm <= 25
    assert [p.text for p in section.header.paragraphs] == [MODULE[lang]]
    footer = section.footer.paragraphs[0]
    assert footer.text.startswith(f"CC BY-SA 4.0 · example.org/fixture/{'es/' * (lang == 'es')}")
    assert label(lang, "bundles.page") in footer.text
    fields = [f.get(f"{W}instr") for f in footer._p.iter(f"{W}fldSimple")]
    assert fields == ["PAGE", "NUMPAGES"]


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("kind", KINDS)
def test_word_files_say_what_they_are_in_their_language_and_date(
    fixture_build: Build, lang: str, kind: str
) -> None:
    document = word(fixture_build, lang, kind)
    properties = document.core_properties
    settings = document.settings.element

    kind_label = label(lang, "bundles.trainer_pdf" if "guide" in kind else "bundles.learner_pdf")
    assert properties.title == f"{kind_label}: {MODULE[lang]}"
    assert properties.subject == MODULE[lang]
    assert properties.author == "Fixture course"
    assert properties.language == LANGUAGE[lang]
    assert settings.find(f"{W}themeFontLang").get(f"{W}val") == LANGUAGE[lang]
    assert properties.created == properties.modified == committed(lang)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_word_files_have_real_headings_and_lines_to_write_on(
    fixture_build: Build, lang: str
) -> None:
    learner = word(fixture_build, lang, "learner-sheets")
    guide = word(fixture_build, lang, "trainer-guide")

    for document in (learner, guide):
        headings = styled(document)
        assert headings[0] == ("Heading 1", MODULE[lang])
        assert ("Heading 2", EXERCISE[lang]) in headings
        assert ("Heading 2", label(lang, "attribution.heading")) in headings
        assert not [h for h in headings if h[0] in ("Title", "Author", "Date")]
        assert not [p.text for p in document.paragraphs if "____" in p.text]
    # The fixture's exercise asks for four lines to write on.
    assert [style for style, _ in styled(learner)].count("Writing Line") == 4
    notes = label(lang, "exercises.trainer_notes")
    assert ("Heading 3", notes) in styled(guide)
    assert NOTE[lang] in "\n".join(p.text for p in guide.paragraphs)
    assert NOTE[lang] not in "\n".join(p.text for p in learner.paragraphs)


@pytest.mark.parametrize("kind", KINDS)
def test_credits_are_separate_sentences(fixture_build: Build, kind: str) -> None:
    paragraphs = styled(word(fixture_build, "es", kind))
    start = paragraphs.index(("Heading 2", label("es", "attribution.heading")))
    texts = [
        text
        for style, text in paragraphs[start + 1 :]
        if text.strip() and not style.startswith("Heading")
    ]

    profession = label("es", "attribution.professions.practitioner")
    assert f"Personas expertas por profesión: Jordan Example ({profession})." in texts
    assert label("es", "funding.erasmus-plus-2014-2020") in texts
    for text in texts:
        assert len(text) < 500, text
        # Every sentence ends as a sentence; the licence's name alone is its link.
        assert text.endswith((".", ":")) or text == "CC BY-SA 4.0", text


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("kind", KINDS)
def test_libreoffice_files_are_a4_titled_dated_and_ruled(
    fixture_build: Build, lang: str, kind: str
) -> None:
    data = download(fixture_build, lang, f"{kind}.odt")
    content, styles, meta = (part(data, n) for n in ("content.xml", "styles.xml", "meta.xml"))

    layout = styles.find(".//style:page-layout-properties", ODF)
    assert layout.get(f"{{{ODF['fo']}}}page-width") == "210mm"
    assert layout.get(f"{{{ODF['fo']}}}page-height") == "297mm"
    master = styles.find(".//style:master-page", ODF)
    assert "".join(master.find("style:header", ODF).itertext()) == MODULE[lang]
    footer = master.find("style:footer", ODF)
    assert "CC BY-SA 4.0" in "".join(footer.itertext())
    assert footer.find(".//text:page-number", ODF) is not None
    assert footer.find(".//text:page-count", ODF) is not None
    text = styles.find(
        ".//style:default-style[@style:family='paragraph']/style:text-properties", ODF
    )
    language, region = LANGUAGE[lang].split("-")
    assert text.get(f"{{{ODF['fo']}}}language") == language
    assert text.get(f"{{{ODF['fo']}}}country") == region

    headings = content.findall(".//text:h", ODF)
    assert headings[0].get(f"{{{ODF['text']}}}outline-level") == "1"
    assert "".join(headings[0].itertext()) == MODULE[lang]
    assert not content.findall(".//text:p[@text:style-name='Title']", ODF)
    if kind == "learner-sheets":
        assert len(content.findall(".//text:p[@text:style-name='Writing_20_Line']", ODF)) == 4

    assert meta.findtext(".//dc:language", namespaces=ODF) == LANGUAGE[lang]
    assert meta.findtext(".//dc:creator", namespaces=ODF) == "Fixture course"
    created = meta.findtext(".//meta:creation-date", namespaces=ODF)
    assert datetime.fromisoformat(created) == committed(lang)


def test_the_reference_documents_are_what_their_script_makes() -> None:
    """Run ``python -m oer.bundles.reference_documents`` after changing the script."""
    folder = files("oer.bundles").joinpath("templates")
    made_by = folder.joinpath("reference.pandoc-version").read_text(encoding="utf-8").strip()
    if made_by != pandoc_version():
        pytest.skip(f"made with pandoc {made_by}; this is pandoc {pandoc_version()}")
    for name, data in generated().items():
        assert folder.joinpath(name).read_bytes() == data, f"{name} is out of date"


def test_pandoc_reads_no_file_the_document_names(tmp_path: Path) -> None:
    secret = tmp_path / "secret.png"
    secret.write_bytes(PNG)
    html = (
        f'<!doctype html><html lang="en"><head><title>T</title></head><body><h1>T</h1>'
        f'<p><img src="{secret}" alt="a file on the builder"></p>'
        f'<p><img src="data:image/png;base64,{base64.b64encode(PNG).decode()}" alt="embedded"></p>'
        f'<iframe src="{secret}"></iframe></body></html>'
    )

    for fmt in ("docx", "odt"):
        data = render.editable(
            html, fmt, metadata={"title": "T"}, fills={}, date=datetime(2024, 5, 6, tzinfo=UTC)
        )
        media = [
            n
            for n in zipfile.ZipFile(io.BytesIO(data)).namelist()
            if "media" in n or "Pictures" in n
        ]
        # The embedded image only: the one named by its path on disk was not read.
        assert len(media) == 1, media
