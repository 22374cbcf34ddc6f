"""Per-language outputs on a small site, including a page nobody has translated yet."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import Build, run_build


def titles(build: Build, index_path: str) -> dict[str, str]:
    index = json.loads(build.read(index_path))
    return {doc["title"]: doc["location"] for doc in index["docs"]}


def test_untranslated_page_is_searchable_in_every_language_once(fixture_build: Build) -> None:
    english = titles(fixture_build, "search/search_index.json")
    spanish = titles(fixture_build, "es/search/search_index.json")

    assert english["Fixture home"] == ""
    assert english["Hope and choice"] == "translated/"
    assert english["Rapid job search"] == "untranslated/"
    assert spanish["Inicio del curso de prueba"] == ""
    assert spanish["Esperanza y elección"] == "translated/"
    assert spanish["Rapid job search"] == "untranslated/"
    assert "Inicio del curso de prueba" not in english
    assert "Fixture home" not in spanish


def test_a_content_error_fails_strict_but_a_normal_build_still_writes_the_site(
    fixture_copy: Path, tmp_path: Path
) -> None:
    page = fixture_copy / "docs" / "translated.es.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n[Ver](no-such-page.md)\n", "utf-8")

    strict = run_build(fixture_copy / "mkdocs.yml", tmp_path / "strict")
    relaxed = run_build(fixture_copy / "mkdocs.yml", tmp_path / "relaxed", strict=False)

    assert strict.returncode != 0
    assert "translated.es.md" in strict.log and "no-such-page.md" in strict.log
    assert relaxed.returncode == 0
    assert (tmp_path / "relaxed" / "es" / "translated" / "index.html").is_file()
