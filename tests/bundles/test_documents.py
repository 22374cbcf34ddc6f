from __future__ import annotations

import pytest
from lxml import html

from oer.bundles.documents import (
    css_string,
    editable_exercise,
    language_tag,
    printable,
    sheets_html,
)
from oer.bundles.spec import BundleSpec
from oer.exercises.extract import Exercise

SECTION = (
    '<section class="oer-exercise" data-exercise-id="x"><h2 class="oer-exercise__title">Hope</h2>'
    '<div class="oer-worksheet oer-worksheet--lines" data-kind="lines" data-count="3"'
    ' aria-label="Ruimte: 3 regels"></div>'
    "</section>"
)


def spec() -> BundleSpec:
    exercise = Exercise("x", "Hope", SECTION, "<p>Only for trainers</p>", 20, "nl")
    return BundleSpec(
        module="m",
        lang="nl",
        module_title='Module "1"',
        course="Cursus",
        url="https://x.test/nl/m/",
        exercises=(exercise,),
        attribution_html="<section class='oer-attribution'>credits</section>",
        attribution_text="credits",
        licence="CC BY-SA 4.0",
        licence_url="https://creativecommons.org/licenses/by-sa/4.0/deed.nl",
    )


def test_css_strings_cannot_break_out_of_the_stylesheet() -> None:
    assert css_string('a "b"\nc</style>') == '"a \\"b\\"\\A c\\3C /style>"'


def test_worksheet_space_becomes_lines_on_paper_and_styled_paragraphs_when_editable() -> None:
    printed = html.fromstring(printable(SECTION, guide=False))
    noted = html.fromstring(printable(SECTION, guide=True))
    editable = html.fromstring(editable_exercise(SECTION, guide=False))

    assert len(printed.xpath("//div[contains(@class, 'oer-worksheet')]/span")) == 3
    assert noted.xpath("//p[@class='oer-worksheet-note']/text()") == ["Ruimte: 3 regels"]
    lines = editable.xpath("//div[@data-custom-style='Writing Line']/p")
    assert len(lines) == 3 and not editable.xpath("//p[contains(text(), '___')]")


@pytest.mark.parametrize(
    ("lang", "tag"),
    [("en", "en-GB"), ("es", "es-ES"), ("nl", "nl-NL"), ("it", "it-IT"), ("pt-BR", "pt-BR")],
)
def test_editable_documents_name_their_language_with_a_region(lang: str, tag: str) -> None:
    assert language_tag(lang) == tag


def test_learner_sheets_leave_out_trainer_notes_and_the_guide_keeps_them() -> None:
    learner = html.fromstring(sheets_html(spec(), guide=False))
    guide = html.fromstring(sheets_html(spec(), guide=True))

    assert learner.get("lang") == guide.get("lang") == "nl"
    assert "Only for trainers" not in learner.text_content()
    assert "Only for trainers" in guide.text_content()
    assert guide.xpath("//table//td/text()")[:2] == ["Hope", "20 minuten"]
    assert learner.findtext(".//title") == 'Oefenbladen voor deelnemers: Module "1"'
    assert learner.xpath("//img[@class='qr']/@alt") == [
        "QR-code met een link naar https://x.test/nl/m/"
    ]
