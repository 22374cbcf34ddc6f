"""Interface text the toolkit adds to pages, in every language it publishes.

Each language's labels are the ``labels.yml`` of its language pack
(``src/oer/languages/packs/<lang>/``, or the course's own packs); see
``oer.languages.language_packs``.
"""

from __future__ import annotations

from typing import Any

from oer.languages.language_packs import pack, toolkit_languages


class MissingLabel(KeyError):
    """A label is missing from a language's labels."""


def available_languages() -> list[str]:
    """The languages the toolkit ships labels for."""
    return [lang for lang in toolkit_languages() if pack(lang).has("labels.yml")]


def label(lang: str, key: str, default_lang: str = "en") -> str:
    """Return the text for a dotted ``key`` in ``lang``, falling back to ``default_lang``."""
    for candidate in (lang, default_lang):
        node: Any = pack(candidate).labels
        for part in key.split("."):
            node = node.get(part) if isinstance(node, dict) else None
        if isinstance(node, str):
            return node
    raise MissingLabel(f"No label '{key}' in the {lang} or {default_lang} labels.yml")
