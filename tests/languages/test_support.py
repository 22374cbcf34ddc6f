"""A language the toolkit cannot publish is one clear error when the site loads."""

from __future__ import annotations

from pathlib import Path

from oer.languages.support import missing_support
from tests.conftest import run_build


def test_the_course_languages_are_supported() -> None:
    assert missing_support(["en", "es", "nl", "it"]) == []


def test_an_unknown_code_and_a_language_without_files_are_named() -> None:
    problems = missing_support(["xx", "fi"])

    assert "'xx' is not a language code" in problems[0].message
    assert any("src/oer/languages/packs/fi/labels.yml is missing" in p.message for p in problems)
    assert all("Fix:" in str(p) for p in problems)


def test_a_build_with_an_unknown_language_stops_with_one_clear_error(
    fixture_copy: Path, tmp_path: Path
) -> None:
    config = fixture_copy / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("        - locale: es\n", "        - locale: xx\n"), "utf-8")

    build = run_build(config, tmp_path / "site", strict=False)

    assert build.returncode != 0
    assert "'xx' is not a language code" in build.log
    assert "Traceback" not in build.log
