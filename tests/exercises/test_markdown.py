from __future__ import annotations

import markdown
from lxml import html

SOURCE = """\
/// exercise | What do *I* believe?
    id: beliefs
    duration: 20
    group_size: pairs
    materials: [paper, pens]

1. Write three beliefs.

//// trainer-notes
Keep to **time**.
////

//// worksheet
    boxes: 3
////
///
"""


def render(lang: str) -> html.HtmlElement:
    md = markdown.Markdown(
        extensions=["oer.exercises.markdown"],
        extension_configs={"oer.exercises.markdown": {"lang": lang}},
    )
    return html.fromstring(f"<div>{md.convert(SOURCE)}</div>")


def test_exercise_is_a_labelled_section_with_its_details_in_the_page_language() -> None:
    page = render("nl")
    section = page.xpath("//section[@class='oer-exercise']")[0]

    assert section.get("id") == "exercise-beliefs"
    assert section.get("aria-labelledby") == "exercise-beliefs-title"
    assert page.get_element_by_id("exercise-beliefs-title").text_content() == "What do I believe?"
    assert section.findtext("p") == "Oefening"
    meta = dict(zip(section.xpath(".//dt/text()"), section.xpath(".//dd/text()"), strict=True))
    assert meta == {
        "Tijd": "20 minuten",
        "Groepsgrootte": "pairs",
        "Materiaal": "paper, pens",
    }


def test_trainer_notes_are_collapsible_and_labelled() -> None:
    notes = render("it").xpath("//details[@class='oer-trainer-notes']")[0]

    assert notes.get("open") is None
    assert notes.findtext("summary") == "Note per chi conduce la formazione"
    assert "Keep to time." in notes.text_content()


def test_worksheet_space_is_described_for_screen_readers() -> None:
    space = render("es").xpath("//div[contains(@class, 'oer-worksheet')]")[0]

    assert space.get("data-kind") == "boxes" and space.get("data-count") == "3"
    assert space.get("role") == "img"
    assert space.get("aria-label") == "Espacio para escribir: 3 recuadros"
