"""Every language pack the toolkit ships has every label of the English one."""

from __future__ import annotations

import re
from typing import Any

import pytest

from oer.languages.language_packs import PACK_FILES, pack, toolkit_languages
from oer.locales import available_languages, label

OTHERS = [lang for lang in toolkit_languages() if lang != "en"]


def keys(node: Any, prefix: str = "") -> set[str]:
    if not isinstance(node, dict):
        return {prefix}
    return {k for key, value in node.items() for k in keys(value, f"{prefix}{key}.")}


def value(data: Any, key: str) -> str:
    for part in key.rstrip(".").split("."):
        data = data[part]
    return str(data)


def test_the_toolkit_ships_complete_packs_for_six_languages() -> None:
    assert available_languages() == ["de", "en", "es", "fr", "it", "nl"]
    for lang in toolkit_languages():
        assert all(pack(lang).has(name) for name in PACK_FILES), lang
        assert pack(lang).errors == ()


@pytest.mark.parametrize("lang", OTHERS)
def test_each_language_has_exactly_the_english_labels(lang: str) -> None:
    assert keys(dict(pack(lang).labels)) == keys(dict(pack("en").labels))


@pytest.mark.parametrize("lang", OTHERS)
def test_placeholders_match_the_english_ones(lang: str) -> None:
    english, other = dict(pack("en").labels), dict(pack(lang).labels)

    for key in keys(english):
        expected = set(re.findall(r"\{\w+\}", value(english, key)))
        assert set(re.findall(r"\{\w+\}", value(other, key))) == expected, key


# Words both languages write alike; any other label equal to the English one was forgotten.
ALIKE = {
    "de": {
        "attribution.role_singular.organisation",
        "exercises.attachments",
        "translations.status",
    },
    "fr": {
        "attribution.roles.organisation",
        "attribution.role_singular.organisation",
        "bundles.page",
        "book.licence",
        "accessibility.page",
        "translations.page",
        "translations.introduction",
    },
}


@pytest.mark.parametrize("lang", sorted(ALIKE))
def test_the_new_languages_leave_no_label_in_english(lang: str) -> None:
    english, other = dict(pack("en").labels), dict(pack(lang).labels)

    same = {key.rstrip(".") for key in keys(english) if value(english, key) == value(other, key)}

    assert same <= ALIKE[lang]


def test_a_missing_label_falls_back_to_english_and_an_unknown_one_is_an_error() -> None:
    assert label("xx", "bundles.zip") == label("en", "bundles.zip")
    with pytest.raises(KeyError, match=r"no\.such"):
        label("de", "no.such")
