from __future__ import annotations

from oer.languages.search_index import index_path, language_of_location, split_by_language

LANGS = ("en", "es", "nl", "it")


def merged_index() -> dict[str, object]:
    return {
        "config": {"lang": ["en", "es", "nl", "it"], "separator": "[\\s]+"},
        "docs": [
            {"location": "", "title": "Home", "text": "Welcome"},
            {"location": "unit-1/values/#hope", "title": "Hope", "text": "Hope first"},
            {"location": "es/", "title": "Inicio", "text": "Bienvenida"},
            {"location": "es/unit-1/values/#hope", "title": "Esperanza", "text": "Primero"},
            {"location": "nl/unit-1/", "title": "Unit 1", "text": "Waarden"},
            {"location": "esperanza/", "title": "An English page", "text": "named like es"},
        ],
    }


def test_each_language_gets_only_its_own_pages() -> None:
    split = split_by_language(merged_index(), LANGS, "en")

    assert [d["title"] for d in split["en"]["docs"]] == ["Home", "Hope", "An English page"]
    assert [d["title"] for d in split["es"]["docs"]] == ["Inicio", "Esperanza"]
    assert [d["title"] for d in split["nl"]["docs"]] == ["Unit 1"]
    assert split["it"]["docs"] == []


def test_locations_become_relative_to_the_language_root() -> None:
    split = split_by_language(merged_index(), LANGS, "en")

    assert [d["location"] for d in split["es"]["docs"]] == ["", "unit-1/values/#hope"]
    assert split["en"]["docs"][1]["location"] == "unit-1/values/#hope"


def test_each_index_stems_words_in_its_own_language_only() -> None:
    split = split_by_language(merged_index(), LANGS, "en")

    assert {lang: index["config"]["lang"] for lang, index in split.items()} == {
        "en": ["en"],
        "es": ["es"],
        "nl": ["nl"],
        "it": ["it"],
    }
    assert split["es"]["config"]["separator"] == "[\\s]+"


def test_a_folder_that_only_starts_like_a_language_code_stays_in_the_default() -> None:
    assert language_of_location("esperanza/", LANGS, "en") == "en"
    assert language_of_location("es", LANGS, "en") == "es"


def test_index_paths() -> None:
    assert index_path("en", "en") == "search/search_index.json"
    assert index_path("nl", "en") == "nl/search/search_index.json"
