"""A readability figure per page, with each language's own formula.

Higher always means easier. The figures guide authors; they are not a verdict
on a text, so a warning only appears when a course sets a minimum.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import textstat


@dataclass(frozen=True)
class Readability:
    formula: str
    score: float


def _with_language(lang: str, formula: Callable[[str], float]) -> Callable[[str], float]:
    def measure(text: str) -> float:
        # textstat keeps the language as global state.
        textstat.set_lang(lang)
        return float(formula(text))

    return measure


FORMULAS: dict[str, tuple[str, Callable[[str], float]]] = {
    "en": ("Flesch reading ease", _with_language("en", textstat.flesch_reading_ease)),
    "es": ("Fernández Huerta", _with_language("es", textstat.fernandez_huerta)),
    "nl": ("Flesch-Douma", _with_language("nl", textstat.flesch_reading_ease)),
    "it": ("Gulpease", _with_language("it", textstat.gulpease_index)),
}


def readability(text: str, lang: str) -> Readability | None:
    """The page's figure, or None for a language without a formula or a page without prose."""
    if lang not in FORMULAS or len(text.split()) < 20:
        return None
    name, formula = FORMULAS[lang]
    return Readability(name, round(formula(text), 1))
