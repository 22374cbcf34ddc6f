"""What the course tests expect comes from the course's own files, whatever they hold."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path, PurePosixPath

import pytest

from oer.starter.course import starter_files, write_course
from tests.course import COURSE_VARIABLE, modules_of, the_course


@pytest.fixture
def other_course(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """``OER_COURSE`` naming a German course with a licence of its own, for one test."""
    course = tmp_path / "kurs"
    made = starter_files(course, ["de"], licence="CC-BY-4.0")
    made["coproducers.yml"] = made["coproducers.yml"].replace(
        "organisations: []",
        "organisations:\n  - {id: college, name: College, project_partner: true}",
    )
    write_course(course, made)
    monkeypatch.setenv(COURSE_VARIABLE, str(course))
    the_course.cache_clear()
    yield course
    monkeypatch.undo()
    the_course.cache_clear()


def test_every_folder_of_pages_is_a_module_whatever_its_name() -> None:
    pages = tuple(
        PurePosixPath(p)
        for p in ("index.md", "sessions/b.md", "sessions/index.md", "module-2/a.md", "x.md")
    )

    modules = modules_of(pages)

    assert [m.folder for m in modules] == ["module-2", "sessions"]
    assert modules[1].landing == PurePosixPath("sessions/index.md")


def test_the_course_under_test_is_read_from_its_own_files(other_course: Path) -> None:
    course = the_course()

    assert course.config_file == other_course / "mkdocs.yml"
    assert (course.default, course.languages) == ("de", ("de",))
    assert [m.folder for m in course.modules] == ["first-module"]
    assert course.licence.id == "CC-BY-4.0"
    assert [org.name for org in course.registry.partners] == ["College"]
    assert course.exercise_pages() == (PurePosixPath("first-module/first-session.md"),)
    assert course.url_of(PurePosixPath("first-module/index.md"), "de") == "first-module/"
