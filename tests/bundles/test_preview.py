"""The picture of the learner sheets' first page beside a module's downloads."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from lxml import html
from PIL import Image
from weasyprint import HTML

from oer.bundles.build import Bundle, BundleFile
from oer.bundles.cache import OutputCache
from oer.bundles.links import downloads_html
from oer.bundles.preview import first_page_png, learner_sheets_preview
from tests.bundles.test_documents import spec

# A black band across the top of the first page; the second page is blank.
SHEETS = """<style>@page { size: A4; margin: 0 } div { height: 40mm; background: black }</style>
<div></div><p style="break-before: page">Second page</p>"""


@pytest.fixture(scope="module")
def sheets_pdf() -> bytes:
    data: bytes = HTML(string=SHEETS).write_pdf()
    return data


def chunks(png: bytes) -> list[bytes]:
    """The PNG's chunk types, in order."""
    found, position = [], 8
    while position < len(png):
        length = int.from_bytes(png[position : position + 4], "big")
        found.append(png[position + 4 : position + 8])
        position += 12 + length
    return found


def test_the_first_page_becomes_a_small_png_with_no_metadata(sheets_pdf: bytes) -> None:
    png = first_page_png(sheets_pdf)

    with Image.open(io.BytesIO(png)) as image:
        assert image.format == "PNG"
        assert image.size == (300, 425)  # A4, 210 x 297 mm; PDFium rounds up
        grey = image.convert("L")
        # The band is on the first page, at the top: dark above 40 mm, light below.
        assert grey.getpixel((150, 20)) == 0
        assert grey.getpixel((150, 300)) == 255
    assert set(chunks(png)) <= {b"IHDR", b"PLTE", b"tRNS", b"IDAT", b"IEND"}
    assert len(png) < 20_000


def test_the_same_pdf_gives_the_same_bytes(sheets_pdf: bytes) -> None:
    assert first_page_png(sheets_pdf) == first_page_png(sheets_pdf)


def bundle_with(pdf: bytes) -> Bundle:
    sheets = BundleFile("m-nl-learner-sheets.pdf", "learner_pdf", "PDF", pdf)
    return Bundle(spec(), (sheets,), BundleFile("m-nl-exercises.zip", "zip", "ZIP", b"zip"))


def test_a_pictured_pdf_is_read_from_the_cache_and_a_changed_one_renders_anew(
    sheets_pdf: bytes, tmp_path: Path
) -> None:
    first, second, third = (OutputCache(tmp_path) for _ in range(3))

    made = learner_sheets_preview(bundle_with(sheets_pdf), first)
    again = learner_sheets_preview(bundle_with(sheets_pdf), second)
    other = HTML(string=SHEETS.replace("black", "navy")).write_pdf()
    changed = learner_sheets_preview(bundle_with(other), third)

    assert made is not None and again is not None and changed is not None
    assert (first.rendered, second.rendered, third.rendered) == (1, 0, 1)
    assert again == made
    assert made.name == "m-nl-learner-sheets.png"
    assert (made.width, made.height) == (300, 425)
    assert changed.data != made.data


def test_a_bundle_without_learner_sheets_has_no_picture(tmp_path: Path) -> None:
    archive = BundleFile("m-nl-exercises.zip", "zip", "ZIP", b"zip")

    assert learner_sheets_preview(Bundle(spec(), (), archive), OutputCache(tmp_path)) is None


def test_the_picture_stands_beside_the_links_with_its_size_and_alt_text_in_the_page_language(
    sheets_pdf: bytes, tmp_path: Path
) -> None:
    bundle = bundle_with(sheets_pdf)
    preview = learner_sheets_preview(bundle, OutputCache(tmp_path))

    section = html.fromstring(downloads_html(bundle, "downloads", preview))

    image = section.xpath("//img")[0]
    assert image.get("src") == "downloads/m-nl-learner-sheets.png"
    assert image.get("alt") == "Eerste pagina van de oefenbladen voor deelnemers"
    assert (image.get("width"), image.get("height")) == ("300", "425")
    assert image.get("loading") == "lazy"
    assert len(section.xpath("//a")) == 2


def test_without_a_picture_the_links_stand_alone(sheets_pdf: bytes) -> None:
    section = html.fromstring(downloads_html(bundle_with(sheets_pdf), "downloads"))

    assert section.xpath("//img") == []
    assert len(section.xpath("//a")) == 2
