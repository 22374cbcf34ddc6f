"""A language without a complete pack is one clear error listing everything it lacks."""

from __future__ import annotations

from pathlib import Path

import pytest

from oer.languages.language_packs import pack_folders, toolkit_languages
from oer.languages.support import missing_support
from tests.conftest import run_build


def write(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_every_shipped_language_is_complete() -> None:
    assert missing_support(toolkit_languages()) == []


def test_unknown_codes_and_languages_without_a_pack_are_one_problem_naming_each_gap() -> None:
    problems = missing_support(["en", "xx", "fi"])

    assert len(problems) == 1
    problem = problems[0]
    assert problem.error and "Fix:" in str(problem)
    assert "xx: not a language code the toolkit knows" in problem.message
    assert (
        "fi: no labels (labels.yml), no respectful-language data (wording.yml), no pack.yml"
        in problem.message
    )
    assert "en:" not in problem.message
    assert "extra.course.language_packs" in problem.fix


def test_a_course_pack_that_lacks_labels_and_sets_a_wrong_pack_file_is_named(
    tmp_path: Path,
) -> None:
    write(
        tmp_path,
        {
            "pt/pack.yml": "name: Português\nreadability: Flesch-Kincaid\nsearch: xx\n",
            "pt/labels.yml": "bundles:\n  heading: Materiais\n  qr_alt: Código QR\n",
            "pt/wording.yml": "vague_links: [aqui]\n",
        },
    )

    [problem] = missing_support(["pt"], folders=pack_folders(tmp_path))

    assert "pt: labels.yml lacks " in problem.message
    assert "bundles.qr_alt must use the placeholders {url}" in problem.message
    assert "readability formula 'Flesch-Kincaid', which the toolkit does not know" in (
        problem.message
    )
    assert "search language 'xx' is not one the theme's search knows" in problem.message
    assert f"to {tmp_path.as_posix()}/<language>/" in problem.fix


def test_a_language_simplemma_cannot_lemmatise_is_named(tmp_path: Path) -> None:
    write(tmp_path, {"eu/wording.yml": "vague_links: [hemen]\n"})

    [problem] = missing_support(["eu"], folders=pack_folders(tmp_path))

    assert "eu: no labels (labels.yml), no dictionary forms for 'eu'" in problem.message


def test_a_pack_file_that_is_not_yaml_is_named_with_its_line(tmp_path: Path) -> None:
    write(tmp_path, {"de/labels.yml": "bundles:\n  heading: [unclosed\n"})

    [problem] = missing_support(["de"], folders=pack_folders(tmp_path))

    assert "de/labels.yml is not valid YAML (line 3" in problem.message


def test_a_readability_minimum_for_a_language_not_measured_is_an_error(tmp_path: Path) -> None:
    write(tmp_path, {"de/pack.yml": "readability: not measured\n"})

    [problem] = missing_support(
        ["en", "de"], folders=pack_folders(tmp_path), readability_minimum={"en": 60, "de": 50}
    )

    assert problem.error
    assert "readability_minimum is set for de, whose language pack says readability is" in (
        problem.message
    )


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("xx", "xx: not a language code the toolkit knows"),
        ("pt", "pt: no labels (labels.yml), no respectful-language data (wording.yml)"),
    ],
)
def test_a_build_with_a_language_without_a_pack_stops_with_one_clear_error(
    fixture_copy: Path, tmp_path: Path, locale: str, expected: str
) -> None:
    config = fixture_copy / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace("        - locale: es\n", f"        - locale: {locale}\n"), "utf-8"
    )

    build = run_build(config, tmp_path / "site", strict=False)

    assert build.returncode != 0
    errors = [line for line in build.log.splitlines() if line.startswith("ERROR")]
    assert len(errors) == 1 and expected in errors[0] and "Fix:" in errors[0]
    assert "Traceback" not in build.log
