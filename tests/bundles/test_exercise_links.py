"""The download line under each exercise, and where each exercise is in the learner sheets."""

from __future__ import annotations

from dataclasses import replace

import pytest
from lxml import html
from weasyprint import HTML

from oer.bundles.build import Bundle, BundleFile
from oer.bundles.exercise_links import exercise_line_html, fill_markers, with_markers
from oer.bundles.sheet_pages import exercise_pages
from tests.bundles.test_documents import spec

EXERCISE = '<section class="oer-exercise" id="exercise-{0}" data-exercise-id="{0}">{1}</section>'


def test_a_marker_ends_each_exercise_and_nothing_else() -> None:
    page = (
        "<h1>Page</h1>"
        + EXERCISE.format("a", "<p>One</p><section><p>Nested</p></section><p>Still one</p>")
        + "<section class='other'><p>Not an exercise</p></section>"
        + EXERCISE.format("b", "<p>Two</p>")
    )

    marked = with_markers(page)
    filled = fill_markers(marked, ["[line a]", "[line b]"])

    assert filled == page.replace(
        "<p>Still one</p></section>", "<p>Still one</p>[line a]</section>"
    ).replace("<p>Two</p></section>", "<p>Two</p>[line b]</section>")


def test_a_marker_without_a_line_leaves_nothing_behind() -> None:
    marked = with_markers(EXERCISE.format("a", "<p>One</p>"))

    assert "oer-exercise-downloads" in marked
    assert fill_markers(marked, []) == EXERCISE.format("a", "<p>One</p>")


def test_an_unclosed_exercise_gets_no_marker() -> None:
    page = '<section class="oer-exercise" data-exercise-id="a"><p>One</p>'

    assert with_markers(page) == page


def pdf_with_headings(*pages: list[str]) -> bytes:
    """A PDF whose pages carry these second-level headings, as the learner sheets do."""
    body = "".join(
        "<div style='break-before: page'>" + "".join(f"<h2>{t}</h2>" for t in headings) + "</div>"
        for headings in pages
    )
    data: bytes = HTML(string=f"<h1>Module</h1>{body}").write_pdf()
    return data


def test_exercises_are_found_on_their_pages_in_order_even_with_the_same_title() -> None:
    pdf = pdf_with_headings(["Hope"], [], ["Strengths"], ["Hope", "Co-produced by"])

    assert exercise_pages(pdf, ["Hope", "Strengths", "Hope", "Missing"]) == [2, 4, 5, None]


def bundle_in(lang: str) -> Bundle:
    sheets = BundleFile(f"m-{lang}-learner-sheets.pdf", "learner_pdf", "PDF", b"x" * 210_000)
    archive = BundleFile(f"m-{lang}-exercises.zip", "zip", "ZIP", b"x" * 1_400_000)
    return Bundle(replace(spec(), lang=lang), (sheets,), archive)


@pytest.mark.parametrize(
    ("lang", "lead", "sheet", "zip_text"),
    [
        (
            "en",
            "Download:",
            "Exercise sheets for learners, page 3 (PDF, 210 kB)",
            "Everything for this module (ZIP, 1.4 MB)",
        ),
        (
            "es",
            "Descargar:",
            "Hojas de ejercicios para participantes, página 3 (PDF, 210 kB)",
            "Todo el material del módulo (ZIP, 1,4 MB)",
        ),
        (
            "nl",
            "Downloaden:",
            "Oefenbladen voor deelnemers, pagina 3 (PDF, 210 kB)",
            "Alles voor deze module (ZIP, 1,4 MB)",
        ),
        (
            "it",
            "Scarica:",
            "Schede degli esercizi per chi partecipa, pagina 3 (PDF, 210 kB)",
            "Tutto il materiale del modulo (ZIP, 1,4 MB)",
        ),
    ],
)
def test_the_line_names_the_sheet_page_and_the_bundle_with_type_and_size(
    lang: str, lead: str, sheet: str, zip_text: str
) -> None:
    line = html.fromstring(exercise_line_html(bundle_in(lang), "../downloads", 3))

    links = line.xpath(".//a")
    assert line.get("lang") == lang
    assert line.xpath("string(./span)") == lead
    assert [link.text_content() for link in links] == [sheet, zip_text]
    assert [link.get("href") for link in links] == [
        f"../downloads/m-{lang}-learner-sheets.pdf",
        f"../downloads/m-{lang}-exercises.zip",
    ]
    assert [link.get("type") for link in links] == ["application/pdf", "application/zip"]
    assert all(link.get("download") is not None for link in links)


def test_without_a_known_page_the_line_names_the_sheets_alone() -> None:
    line = html.fromstring(exercise_line_html(bundle_in("en"), "downloads", None))

    assert line.xpath("string(.//a[1])") == "Exercise sheets for learners (PDF, 210 kB)"
