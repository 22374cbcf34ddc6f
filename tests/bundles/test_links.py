from __future__ import annotations

import pytest
from lxml import html

from oer.bundles.build import Bundle, BundleFile
from oer.bundles.links import downloads_html, size_text
from tests.bundles.test_documents import spec


@pytest.mark.parametrize(
    ("size", "lang", "expected"),
    [(210_400, "en", "210 kB"), (1_400_000, "es", "1,4 MB"), (300, "nl", "1 kB")],
)
def test_sizes_read_as_in_the_readers_language(size: int, lang: str, expected: str) -> None:
    assert size_text(size, lang) == expected


def test_links_are_downloads_with_type_and_size_in_the_page_language() -> None:
    pdf = BundleFile("m-nl-learner-sheets.pdf", "learner_pdf", "PDF", b"x" * 210_000)
    archive = BundleFile("m-nl-exercises.zip", "zip", "ZIP", b"x" * 500_000)
    section = html.fromstring(downloads_html(Bundle(spec(), (pdf,), archive), "downloads"))

    links = section.xpath("//a")
    assert [link.text_content() for link in links] == [
        "Oefenbladen voor deelnemers (PDF, 210 kB)",
        "Alles in één pakket (ZIP, 500 kB)",
    ]
    assert all(link.get("download") is not None for link in links)
    assert links[0].get("href") == "downloads/m-nl-learner-sheets.pdf"
    assert links[0].get("type") == "application/pdf"
