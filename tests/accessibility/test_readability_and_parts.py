from __future__ import annotations

import pytest

from oer.accessibility.readability import prose_text, readability
from oer.accessibility.report import (
    FindingEntry,
    PageReport,
    report_html,
    report_json,
    summary_lines,
)
from oer.languages.parts import mark_language

EASY = {
    "en": "Work can help recovery. A job brings money and friends. You choose the job. "
    "We help you find it. We stay with you after you start. You can ask us anything.",
    "es": "El trabajo ayuda a la recuperación. Un empleo trae dinero y amigos. Tú eliges el "
    "empleo. Te ayudamos a buscarlo. Seguimos contigo después. Puedes preguntarnos todo.",
    "nl": "Werk helpt bij herstel. Een baan geeft geld en vrienden. Jij kiest de baan. Wij "
    "helpen je zoeken. Wij blijven bij je als je begint. Je kunt ons alles vragen.",
    "it": "Il lavoro aiuta la recovery. Un lavoro porta soldi e amici. Tu scegli il lavoro. "
    "Ti aiutiamo a cercarlo. Restiamo con te dopo. Puoi chiederci tutto quello che vuoi.",
    "de": "Arbeit hilft bei der Genesung. Ein Job bringt Geld und Freunde. Sie wählen den Job. "
    "Wir helfen Ihnen bei der Suche. Wir bleiben danach an Ihrer Seite. Fragen Sie uns alles.",
    "fr": "Le travail aide au rétablissement. Un emploi apporte de l'argent et des amis. Vous "
    "choisissez. Nous vous aidons à chercher. Nous restons avec vous. Demandez-nous tout.",
}
HARD = (
    "Notwithstanding considerable methodological heterogeneity, contemporaneous "
    "epidemiological investigations substantiate the proposition that individualised "
    "vocational rehabilitation interventions demonstrably outperform conventional "
    "prevocational preparatory programmes regarding competitive employment acquisition."
)


def enough(text: str) -> str:
    """Enough words of prose for a figure that means something."""
    return " ".join([text] * 3)


@pytest.mark.parametrize(
    ("lang", "formula"),
    [
        ("en", "Flesch reading ease"),
        ("es", "Fernández Huerta"),
        ("nl", "Flesch-Douma"),
        ("it", "Gulpease"),
        ("de", "Flesch-Amstad"),
        ("fr", "Kandel-Moles"),
    ],
)
def test_each_language_uses_its_own_formula(lang: str, formula: str) -> None:
    figure = readability(enough(EASY[lang]), lang)

    assert figure is not None and figure.formula == formula
    assert figure.score > 50


def test_harder_text_scores_lower() -> None:
    easy, hard = readability(enough(EASY["en"]), "en"), readability(enough(HARD), "en")

    assert easy is not None and hard is not None and hard.score < easy.score


def test_short_texts_get_no_figure() -> None:
    assert readability("Too short to say.", "en") is None
    assert readability(EASY["en"], "en") is None


def test_only_sentences_are_measured_not_tables_code_or_term_lists() -> None:
    page = (
        "<h1>Terms</h1><p>Use these terms.</p>"
        "<table><tr><td>co-production</td><td>coproducción</td></tr></table>"
        "<pre><code>make serve</code></pre><dl><dt>Time</dt><dd>20 minutes</dd></dl>"
        "<ul><li>Hope</li><li><p>Choice matters</p></li></ul>"
        '<section class="oer-attribution"><p>Co-produced by Robin.</p></section>'
    )

    assert prose_text(page) == "Use these terms. Hope. Choice matters."


def test_a_page_that_is_mostly_a_table_is_not_measured() -> None:
    rows = "".join(f"<tr><td>term {n}</td><td>término {n}</td></tr>" for n in range(80))
    page = f"<p>Translators use these terms.</p><table>{rows}</table>"

    assert readability(prose_text(page), "en") is None


def test_fallback_text_is_marked_with_its_own_language() -> None:
    assert mark_language("<h1>Hope</h1>\n<p>Work</p>", "en", "es") == (
        '<h1 lang="en">Hope</h1>\n<p lang="en">Work</p>'
    )
    assert mark_language("<p>Hope</p>", "es", "es") == "<p>Hope</p>"


def test_report_lists_pages_checks_and_findings() -> None:
    pages = [
        PageReport("es", "es/a/", "A", "docs/a.es.md", False, ("image-alt",),
                   (FindingEntry("image-alt", "Sin texto", "Describe", 4),)),
        PageReport("es", "es/b/", "B", "docs/b.md", True, ("image-alt",)),
        PageReport("en", "a/", "A", "docs/a.md", False, ("image-alt",)),
    ]  # fmt: skip

    data = report_json(pages)
    table = report_html(pages, "es", {"es/a/": "../a/"}, "../accessibility.json")

    assert '"by_language": {\n      "en": 0,\n      "es": 1\n    }' in data
    assert "Páginas revisadas en este idioma: 2. Problemas encontrados: 1." in table
    assert "docs/a.es.md:4" in table and "aún sin traducir" in table


def test_many_findings_of_one_check_end_with_one_summary_line_per_language() -> None:
    def page(lang: str, source: str, findings: int, fallback: bool = False) -> PageReport:
        entry = FindingEntry("alt-text", "An image has no alternative text.", "Describe it.", 1)
        return PageReport(lang, source, "T", source, fallback, ("alt-text",), (entry,) * findings)

    pages = [
        page("es", "docs/a.es.md", 150),
        page("es", "docs/b.es.md", 50),
        page("nl", "docs/a.nl.md", 2),
        page("it", "docs/a.md", 200, fallback=True),
    ]

    assert summary_lines(pages) == [
        "Summary for 'es': 200 findings of the check 'alt-text' on 2 pages."
    ]


def test_the_report_tells_too_little_prose_from_a_language_nobody_measures() -> None:
    pages = [
        PageReport("de", "de/a/", "A", "docs/a.de.md", False, ("image-alt",)),
        PageReport("de", "de/b/", "B", "docs/b.de.md", False, ("image-alt",), measured=False),
    ]

    table = report_html(pages, "de", {}, "../accessibility.json")

    assert "nicht gemessen (zu wenig Fließtext)" in table
    assert "nicht gemessen (keine Formel für diese Sprache)" in table
