"""Per-language accessibility data: vague link texts and respectful-language rules (YAML files)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import yaml

from oer.accessibility.wording import Rule, WordingDataError, compile_rules, tokens
from oer.content.yaml_text import load_yaml


@dataclass(frozen=True)
class LanguageData:
    lang: str
    vague_links: frozenset[str]
    wording: tuple[Rule, ...]
    # Why the respectful-language rules could not be read, if they could not.
    wording_error: str | None = None


def data_file(lang: str) -> str:
    return f"src/oer/languages/packs/{lang}/wording.yml"


@cache
def language_data(lang: str) -> LanguageData:
    resource = files("oer.languages").joinpath("packs", lang, "wording.yml")
    try:
        raw = load_yaml(resource.read_text(encoding="utf-8")) if resource.is_file() else {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        problem = getattr(error, "problem", None) or "unreadable"
        return LanguageData(lang, frozenset(), (), f"it is not valid YAML{where} ({problem})")
    raw = raw if isinstance(raw, dict) else {}
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
