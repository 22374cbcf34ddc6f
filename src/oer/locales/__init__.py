"""Interface text the toolkit adds to pages, in every language it publishes.

One YAML file per language; partners adding a language copy ``en.yml``.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Any

from oer.content.yaml_text import load_yaml


class MissingLabel(KeyError):
    """A label is missing from a language file."""


@cache
def _load(lang: str) -> dict[str, Any]:
    resource = files(__package__).joinpath(f"{lang}.yml")
    if not resource.is_file():
        return {}
    data: dict[str, Any] = load_yaml(resource.read_text(encoding="utf-8")) or {}
    return data


def available_languages() -> list[str]:
    return sorted(
        entry.name.removesuffix(".yml")
        for entry in files(__package__).iterdir()
        if entry.name.endswith(".yml")
    )


def label(lang: str, key: str, default_lang: str = "en") -> str:
    """Return the text for a dotted ``key`` in ``lang``, falling back to ``default_lang``."""
    for candidate in (lang, default_lang):
        node: Any = _load(candidate)
        for part in key.split("."):
            node = node.get(part) if isinstance(node, dict) else None
        if isinstance(node, str):
            return node
    raise MissingLabel(f"No label '{key}' in {lang}.yml or {default_lang}.yml")
