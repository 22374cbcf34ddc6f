"""Read exercises back from the HTML the ``/// exercise`` block renders."""

from __future__ import annotations

import copy
from dataclasses import dataclass

from lxml import html as lxml_html


@dataclass(frozen=True)
class Exercise:
    id: str
    title: str
    # The section as learners see it: no trainer notes.
    learner_html: str
    # The trainer notes alone, without their collapsible wrapper ('' if none).
    notes_html: str
    duration_minutes: int | None
    lang: str | None = None


def exercises_in(page_html: str, lang: str | None = None) -> list[Exercise]:
    """Every exercise on a rendered page, in page order."""
    if "oer-exercise" not in page_html:
        return []
    root = lxml_html.fragment_fromstring(page_html, create_parent="div")
    found = []
    for section in root.xpath("//section[contains(concat(' ', @class, ' '), ' oer-exercise ')]"):
        learner = copy.deepcopy(section)
        notes_html = ""
        for notes in learner.xpath(".//details[contains(@class, 'oer-trainer-notes')]"):
            body = notes.xpath("./div[contains(@class, 'oer-trainer-notes__body')]")
            if body:
                notes_html += "".join(_inner(body[0]))
            notes.drop_tree()
        duration = section.xpath(".//dd[@data-field='duration']/@data-minutes")
        title = section.xpath(".//*[contains(@class, 'oer-exercise__title')]")
        found.append(
            Exercise(
                id=section.get("data-exercise-id", ""),
                title=title[0].text_content().strip() if title else "",
                learner_html=lxml_html.tostring(learner, encoding="unicode"),
                notes_html=notes_html,
                duration_minutes=int(duration[0]) if duration else None,
                lang=lang,
            )
        )
    return found


def _inner(element: lxml_html.HtmlElement) -> list[str]:
    parts = [element.text or ""]
    parts += [lxml_html.tostring(child, encoding="unicode") for child in element]
    return parts
