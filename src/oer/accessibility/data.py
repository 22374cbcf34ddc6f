"""Per-language accessibility data: vague link texts and respectful-language rules.

They are the ``wording.yml`` of each language's pack (``oer.languages.language_packs``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from oer.accessibility.wording import Rule, WordingDataError, compile_rules, tokens
from oer.languages.language_packs import PackFolders, active_folders, pack, shown_path, toolkit_file


@dataclass(frozen=True)
class LanguageData:
    lang: str
    vague_links: frozenset[str]
    wording: tuple[Rule, ...]
    # Why the respectful-language rules could not be read, if they could not.
    wording_error: str | None = None


def data_file(lang: str) -> str:
    """The wording file an author should look at: the course's, if it has one, else ours."""
    sources = pack(lang).sources.get("wording.yml") or ()
    return " and ".join(shown_path(path) for path in sources) or toolkit_file(lang, "wording.yml")


def language_data(lang: str) -> LanguageData:
    return _language_data(lang, active_folders())


@lru_cache(maxsize=64)
def _language_data(lang: str, folders: PackFolders) -> LanguageData:
    found = pack(lang, folders)
    unreadable = [(path, error) for path, error in found.errors if path.name == "wording.yml"]
    if unreadable:
        single = len(found.sources["wording.yml"]) == 1
        why = "; ".join(
            f"{'it' if single else shown_path(path)} {error}" for path, error in unreadable
        )
        return LanguageData(lang, frozenset(), (), why)
    raw = found.wording
    vague = frozenset(str(text).casefold() for text in raw.get("vague_links") or [])
    try:
        rules = compile_rules(raw.get("respectful_language"), raw.get("word_sets"))
    except WordingDataError as error:
        return LanguageData(lang, vague, (), str(error))
    try:
        tokens("a", lang)
    except ValueError:
        missing = f"the simplemma library has no dictionary for '{lang}', so no word can be matched"
        return LanguageData(lang, vague, (), missing)
    return LanguageData(lang, vague, rules)
