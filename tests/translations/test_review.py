"""mark-current refuses to hide an English change the translation has not followed."""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.utils.meta import get_data

from oer.content.sources import SourceReader
from oer.translations.__main__ import main
from oer.translations.status import CURRENT, OUTDATED, translation_status
from tests.translations.conftest import CourseRepo

CHOICE = ("People choose the work they want.", "People choose the work they want, with support.")
HOPE = ("Employment support begins with hope.", "Employment support always begins with hope.")
DUTCH_CHOICE = ("Mensen kiezen zelf het werk dat ze willen.", "Mensen kiezen zelf hun werk.")


def state(repo: CourseRepo, lang: str = "nl") -> str:
    reader = SourceReader(repo.root / "docs")
    source, translation = reader.read("translated.md"), reader.read(f"translated.{lang}.md")
    assert source is not None and translation is not None
    return translation_status(get_data(source.text)[0], translation.meta).state


def test_refuses_while_a_changed_section_was_not_edited_and_names_it(
    course_repo: CourseRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    course_repo.replace("translated.md", *CHOICE)
    course_repo.commit("English: choice with support")
    before = course_repo.read("translated.nl.md")

    assert main(["mark-current", "translated.nl.md"], cwd=course_repo.root) == 1

    assert capsys.readouterr().err == (
        "error: docs/translated.nl.md: The English page changed in sections that this "
        "translation has not been edited in since it was last marked current: 'Keuze' "
        "(English 'Choice'). Nothing was marked. Fix: Update those sections ('make "
        "translations LANG=nl' shows exactly what changed), then run this again. If the "
        "change needs nothing in the translation (a typo fix, say), run it again with --force.\n"
    )
    assert course_repo.read("translated.nl.md") == before
    assert state(course_repo) == OUTDATED


def test_accepts_once_the_section_is_edited_even_if_already_committed(
    course_repo: CourseRepo,
) -> None:
    course_repo.replace("translated.md", *CHOICE)
    course_repo.commit("English: choice with support")
    course_repo.replace("translated.nl.md", *DUTCH_CHOICE)
    course_repo.commit("Dutch: choice followed")

    assert main(["mark-current", "docs/translated.nl.md"], cwd=course_repo.root) == 0

    assert state(course_repo) == CURRENT


def test_force_accepts_a_typo_only_change(course_repo: CourseRepo) -> None:
    course_repo.replace("translated.md", *CHOICE)
    course_repo.commit("English: choice with support")

    assert main(["mark-current", "--force", "translated.nl.md"], cwd=course_repo.root) == 0

    assert state(course_repo) == CURRENT


def test_names_only_the_sections_left_behind(
    course_repo: CourseRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    course_repo.replace("translated.md", *CHOICE)
    course_repo.replace("translated.md", *HOPE)
    course_repo.commit("English: two sections")
    course_repo.replace("translated.nl.md", *DUTCH_CHOICE)

    assert main(["mark-current", "translated.nl.md"], cwd=course_repo.root) == 1

    err = capsys.readouterr().err
    assert "marked current: 'Hoop en keuze' (English 'Hope and choice'). Nothing" in err
    assert "Keuze'" not in err.replace("'Hoop en keuze'", "")


def test_without_history_it_marks_and_says_it_could_not_check(
    fixture_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    english = fixture_copy / "docs" / "translated.md"
    english.write_text(english.read_text("utf-8").replace(*CHOICE), encoding="utf-8")

    assert main(["mark-current", "translated.es.md"], cwd=fixture_copy) == 0

    assert capsys.readouterr().out == (
        "docs/translated.es.md: marked current against docs/translated.md.\n"
        "  (Not checked whether the changed sections were updated: the last record of this "
        "file is not in the git history.)\n"
    )
