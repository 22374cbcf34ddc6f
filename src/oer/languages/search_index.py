"""Split the one search index the build writes into one index per language.

The i18n plugin builds every language into the same ``search/search_index.json``;
a reader searching from a Spanish page would otherwise get English, Dutch and
Italian hits for every page. Each language gets its own index below its own
folder, with locations relative to that folder.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

SearchIndex = dict[str, Any]


def language_of_location(location: str, languages: Sequence[str], default: str) -> str:
    """Return the language whose folder holds ``location`` (the default one lives at the root)."""
    head = location.split("/", 1)[0]
    return head if head in languages and head != default else default


def split_by_language(
    index: SearchIndex,
    languages: Sequence[str],
    default: str,
    search_languages: Mapping[str, str] | None = None,
) -> dict[str, SearchIndex]:
    """Return one search index per language, each listing only its own pages.

    Locations of a non-default language lose their ``<lang>/`` prefix because
    the reader's browser resolves them against that language's root. Each index
    names the language the theme's search stems its words in (``search_languages``,
    from each language's pack; the language itself where none is given).
    """
    stemming = search_languages or {}
    docs_by_language: dict[str, list[dict[str, Any]]] = {lang: [] for lang in languages}
    for doc in index.get("docs", []):
        lang = language_of_location(doc["location"], languages, default)
        location = doc["location"] if lang == default else doc["location"][len(lang) + 1 :]
        docs_by_language[lang].append({**doc, "location": location})

    config = index.get("config", {})
    return {
        lang: {"config": {**config, "lang": [stemming.get(lang, lang)]}, "docs": docs}
        for lang, docs in docs_by_language.items()
    }


def index_path(lang: str, default: str) -> str:
    """Where a language's index lives, relative to the site root."""
    prefix = "" if lang == default else f"{lang}/"
    return f"{prefix}search/search_index.json"
