"""A readability figure per page, with each language's own formula.

Higher always means easier. The figures guide authors; they are not a verdict
on a text, so a warning only appears when a course sets a minimum. Each language's
pack names its formula (``readability:`` in pack.yml), or says "not measured".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from importlib.metadata import version
from pathlib import Path

from lxml import html as lxml_html

from oer.engine.cache import remembered
from oer.languages.language_packs import pack

_VERSION = version("textstat")
# Fewer words of prose than this give a figure that means nothing.
MINIMUM_WORDS = 60
# Sentences and list items are prose; tables, code, headings and term lists are not.
_PROSE = (
    "//p[not(ancestor::li or ancestor::blockquote or ancestor::table or ancestor::dl)]"
    " | //li[not(ancestor::li or ancestor::table)]"
    " | //blockquote[not(ancestor::li or ancestor::table)]"
)
_ADDED = "//section[@class='oer-attribution' or @class='oer-downloads']"
_ENDS_SENTENCE = (".", "!", "?", ":", ";", "…", "»", '"', "”")


@dataclass(frozen=True)
class Readability:
    formula: str
    score: float


def _with_language(lang: str, formula: str) -> Callable[[str], float]:
    def measure(text: str) -> float:
        # Imported when a page is measured: its dictionaries take a second to load, and a
        # build whose figures all come from the cache measures nothing.
        import textstat

        # textstat keeps the language as global state.
        textstat.set_lang(lang)
        return float(getattr(textstat, formula)(text))

    return measure


# The formulas a pack may name, each with the language it counts syllables in. Each
# gives a higher figure for easier text; textstat's Flesch reading ease takes each
# language's own constants (Amstad's for German, Kandel and Moles' for French).
FORMULAS: dict[str, Callable[[str], float]] = {
    "Flesch reading ease": _with_language("en", "flesch_reading_ease"),
    "Fernández Huerta": _with_language("es", "fernandez_huerta"),
    "Flesch-Douma": _with_language("nl", "flesch_reading_ease"),
    "Gulpease": _with_language("it", "gulpease_index"),
    "Flesch-Amstad": _with_language("de", "flesch_reading_ease"),
    "Kandel-Moles": _with_language("fr", "flesch_reading_ease"),
}


def prose_text(content_html: str) -> str:
    """The author's sentences on a rendered page, each ending as a sentence does.

    Readability formulas count words per sentence; a table or a list of terms has no
    sentences, so it would score nonsense. What the toolkit adds (credits, downloads)
    is not the author's text.
    """
    if not content_html.strip():
        return ""
    root = lxml_html.fragment_fromstring(content_html, create_parent="div")
    for added in root.xpath(_ADDED):
        added.drop_tree()
    sentences = []
    for element in root.xpath(_PROSE):
        text = " ".join(element.text_content().split())
        if text:
            sentences.append(text if text.endswith(_ENDS_SENTENCE) else f"{text}.")
    return " ".join(sentences)


def formula_name(lang: str) -> str | None:
    """The formula ``lang``'s pack names, or None where readability is not measured."""
    name = pack(lang).readability
    return name if name in FORMULAS else None


def readability(text: str, lang: str) -> Readability | None:
    """The figure for ``text`` (prose), or None without a formula or with too little prose."""
    name = formula_name(lang)
    if name is None or len(text.split()) < MINIMUM_WORDS:
        return None
    return Readability(name, round(FORMULAS[name](text), 1))


def cached_readability(text: str, lang: str, folder: Path) -> Readability | None:
    """``readability`` remembered by the hash of the text.

    The formulas load a pronouncing dictionary and count syllables word by word, the
    slowest step of a build; unchanged text is measured once, whatever builds follow.
    """
    return remembered(
        folder,
        [lang, formula_name(lang) or "", _VERSION, text],
        lambda: readability(text, lang),
        lambda figure: asdict(figure) if figure else None,
        lambda saved: Readability(**saved) if saved else None,
    )
