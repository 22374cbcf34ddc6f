"""Every language file of the toolkit's interface text has every label."""

from __future__ import annotations

from importlib.resources import files
from typing import Any

import pytest
import yaml

from oer.locales import available_languages


def keys(node: Any, prefix: str = "") -> set[str]:
    if not isinstance(node, dict):
        return {prefix}
    return {k for key, value in node.items() for k in keys(value, f"{prefix}{key}.")}


def load(lang: str) -> Any:
    return yaml.safe_load(
        files("oer.languages").joinpath("packs", lang, "labels.yml").read_text(encoding="utf-8")
    )


def test_the_four_languages_are_shipped() -> None:
    assert available_languages() == ["en", "es", "it", "nl"]


@pytest.mark.parametrize("lang", ["es", "nl", "it"])
def test_each_language_has_exactly_the_english_labels(lang: str) -> None:
    assert keys(load(lang)) == keys(load("en"))


@pytest.mark.parametrize("lang", ["es", "nl", "it"])
def test_placeholders_match_the_english_ones(lang: str) -> None:
    import re

    english, other = load("en"), load(lang)

    def value(data: Any, key: str) -> str:
        for part in key.rstrip(".").split("."):
            data = data[part]
        return str(data)

    for key in keys(english):
        expected = set(re.findall(r"\{\w+\}", value(english, key)))
        assert set(re.findall(r"\{\w+\}", value(other, key))) == expected, key
