"""Exercises and bundles made up for tests, rendered as the real course renders them."""

from __future__ import annotations

import markdown

from oer.bundles.spec import BundleSpec
from oer.exercises.extract import Exercise, exercises_in

WORDS = {
    "en": "Talk with your partner about a time when work gave you hope and purpose",
    "nl": "Bespreek met je partner een moment waarop werk je hoop en richting gaf",
    "it": "Parlate in coppia di un momento in cui il lavoro vi ha dato speranza",
}
NOTES = {
    "en": "Keep the pairs mixed and leave five minutes for the whole group at the end",
    "nl": "Houd de tweetallen gemengd en bewaar vijf minuten voor de hele groep",
    "it": "Tenete le coppie miste e lasciate cinque minuti per tutto il gruppo",
}


CREDITS = """<section class="oer-attribution"><h2>Co-produced by</h2>
<h3>Experts by experience</h3><ul><li>Name withheld at their request</li><li>Sam Rivera</li></ul>
<h3>Experts by profession</h3><ul><li>Jordan Example (employment practitioner)</li></ul>
<h3>Reuse this page</h3><p>You may copy and adapt this page under the CC BY-SA 4.0 licence.
Credit it like this:</p><blockquote><p>"Module 9" by Sam Rivera, Jordan Example and co-producers
whose names are withheld at their request, from Equality in Learning
(https://partner.example.org/equality-in-learning/), licensed under CC BY-SA 4.0.</p></blockquote>
<p><a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a></p>
<p>This project has been funded with support from the European Commission. This publication
reflects the views only of the author, and the Commission cannot be held responsible for any use
which may be made of the information contained therein.</p></section>"""


def exercise(
    lang: str, number: int, *, steps: int, space: str = "lines: 6", extra: str = ""
) -> Exercise:
    """One exercise as the ``/// exercise`` block renders it online."""
    body = "\n".join(f"{n}. {WORDS[lang]} ({number}.{n})." for n in range(1, steps + 1))
    source = f"""/// exercise | Exercise {number} in {lang}
    id: ex-{number}
    duration: 20
    group_size: {"tweetallen, dan samen" if lang == "nl" else "pairs"}
    materials: [{"20 kaartjes, stiften" if lang == "nl" else "paper"}]

{body}

{extra}

//// trainer-notes
{" ".join([NOTES[lang]] * 3)}. Last words of note {number}.
////

//// worksheet
    {space}
////
///
"""
    md = markdown.Markdown(
        extensions=["oer.exercises.markdown", "tables"],
        extension_configs={"oer.exercises.markdown": {"lang": lang}},
    )
    html = md.convert(source)
    return exercises_in(html, lang=lang)[0]


def spec(lang: str, exercises: tuple[Exercise, ...]) -> BundleSpec:
    return BundleSpec(
        module="module-9",
        lang=lang,
        module_title=f"Module 9 in {lang}: a module with a long title about work and hope",
        course="Equality in Learning",
        url=f"https://partner.example.org/equality-in-learning/{lang}/module-9/",
        exercises=exercises,
        attribution_html=CREDITS,
        attribution_text="Co-produced by Jordan Example.",
        licence="CC BY-SA 4.0",
        licence_url="https://creativecommons.org/licenses/by-sa/4.0/deed.nl",
    )
