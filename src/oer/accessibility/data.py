"""Per-language accessibility data: vague link texts and stigmatising terms (YAML files)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import yaml


@dataclass(frozen=True)
class TermRule:
    pattern: re.Pattern[str]
    use: str


@dataclass(frozen=True)
class LanguageData:
    vague_links: frozenset[str]
    terms: tuple[TermRule, ...]


@cache
def language_data(lang: str) -> LanguageData:
    resource = files(__package__).joinpath("data", f"{lang}.yml")
    raw = yaml.safe_load(resource.read_text(encoding="utf-8")) if resource.is_file() else {}
    raw = raw or {}
    return LanguageData(
        vague_links=frozenset(text.casefold() for text in raw.get("vague_links", [])),
        terms=tuple(
            TermRule(re.compile(rf"\b(?:{rule['pattern']})\b", re.IGNORECASE), rule["use"])
            for rule in raw.get("respectful_language", [])
        ),
    )
