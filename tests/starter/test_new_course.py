"""A course made by `make new-course` builds strictly and passes its own tests as it comes:
English and Dutch, and German alone (a course whose first language is not English)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from oer.starter.__main__ import main
from oer.starter.course import StarterError, starter_files, starter_languages
from tests.conftest import REPO, run_build
from tests.course import COURSE_VARIABLE

NEW_COURSES = [("en", "nl"), ("de",)]


def run_course_tests(course: Path, temp: Path) -> subprocess.CompletedProcess[str]:
    """The new course's own `make test`: the toolkit's course tests, on that course."""
    # Outside this run's workers, with temporary files of its own.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    env[COURSE_VARIABLE] = str(course)
    command = [sys.executable, "-m", "pytest", "-m", "course", "-q", "-p", "no:cacheprovider"]
    return subprocess.run(
        [*command, f"--basetemp={temp}"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.starter
@pytest.mark.parametrize("languages", NEW_COURSES, ids="+".join)
def test_a_new_course_builds_strictly_and_passes_its_own_tests(
    tmp_path: Path, languages: tuple[str, ...]
) -> None:
    course = tmp_path / "my-course"
    assert main([str(course), "--languages", " ".join(languages)]) == 0

    build = run_build(course / "mkdocs.yml", tmp_path / "site")
    tests = run_course_tests(course, tmp_path / "tests")

    assert build.returncode == 0 and "WARNING" not in build.log, build.log
    html = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert f'lang="{languages[0]}"' in html
    assert tests.returncode == 0, tests.stdout[-6000:]
    assert " passed" in tests.stdout.splitlines()[-1]


def test_the_new_course_holds_no_example_course_content(tmp_path: Path) -> None:
    made = starter_files(tmp_path / "course", starter_languages())
    pages = {path: text for path, text in made.items() if path.endswith(".md")}
    example = (REPO / "coproducers.yml").read_text(encoding="utf-8")
    people = yaml.safe_load(example)

    text = "\n".join(made[path] for path in made if not path.endswith(".css"))
    for word in ("EQUIL", "Erasmus", "Equality in Learning", "employment", "empleo"):
        assert word not in text, word
    for entry in people["people"] + people["organisations"]:
        for name in (entry.get("name"), entry.get("chosen_name")):
            assert not name or name not in text, name
    # One module with one exercise, in every language offered.
    assert sum(text.count("/// exercise |") for text in pages.values()) == len(starter_languages())


def test_every_credit_preference_has_a_commented_example(tmp_path: Path) -> None:
    registry = starter_files(tmp_path / "course", ["en", "nl"])["coproducers.yml"]

    for preference in ("full", "chosen", "anonymous"):
        assert f"#     credit: {preference}" in registry
    assert yaml.safe_load(registry)["people"]


@pytest.mark.parametrize(
    ("languages", "expected"),
    [
        (["xx"], "LANGS: The starter has no texts in xx. Fix: Choose from"),
        (["en", "en"], "LANGS: A language is named twice. Fix: Name each language once."),
        ([], "LANGS: No language was given."),
    ],
)
def test_a_language_it_cannot_write_is_refused_with_a_fix(
    tmp_path: Path, languages: list[str], expected: str
) -> None:
    with pytest.raises(StarterError) as refused:
        starter_files(tmp_path / "course", languages)

    assert str(refused.value.problem).startswith(expected)


def test_an_existing_folder_is_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")

    assert main([str(tmp_path), "--languages", "en"]) == 1

    assert "already exists and is not empty; nothing was written" in capsys.readouterr().err
    assert [path.name for path in tmp_path.iterdir()] == ["notes.txt"]
