"""Interface text the toolkit adds to pages, in every language it publishes.

Each language's labels are ``labels.yml`` in its pack (``oer/languages/packs/<lang>/``).
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
    resource = files("oer.languages").joinpath("packs", lang, "labels.yml")
    if not resource.is_file():
        return {}
    data: dict[str, Any] = load_yaml(resource.read_text(encoding="utf-8")) or {}
    return data


def available_languages() -> list[str]:
    packs = files("oer.languages").joinpath("packs")
    return sorted(entry.name for entry in packs.iterdir() if entry.joinpath("labels.yml").is_file())


def label(lang: str, key: str, default_lang: str = "en") -> str:
    """Return the text for a dotted ``key`` in ``lang``, falling back to ``default_lang``."""
    for candidate in (lang, default_lang):
        node: Any = _load(candidate)
        for part in key.split("."):
            node = node.get(part) if isinstance(node, dict) else None
        if isinstance(node, str):
            return node
    raise MissingLabel(f"No label '{key}' in the {lang} or {default_lang} labels.yml")
