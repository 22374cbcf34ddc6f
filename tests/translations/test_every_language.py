"""One language never hides another: a strict build checks every language, then fails once."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_build
from tests.translations.conftest import CourseRepo

# Link text that names no target, in each language: a problem in that language's file.
VAGUE_LINKS = {"es": "[haz clic aquí](index.md)", "nl": "[klik hier](index.md)"}


def test_a_strict_build_reports_every_languages_problems_by_language_then_fails(
    course_repo: CourseRepo, tmp_path: Path
) -> None:
    for lang, link in VAGUE_LINKS.items():
        text = course_repo.read(f"translated.{lang}.md")
        course_repo.write(f"translated.{lang}.md", f"{text}\n{link}\n")
    course_repo.replace("translated.it.md", "Le persone", "Vedi [pagina](nessuna.md). Le persone")

    italian_line = (
        course_repo.read("translated.it.md")
        .splitlines()
        .index("Vedi [pagina](nessuna.md). Le persone scelgono il lavoro che vogliono.")
    )

    strict = run_build(course_repo.config, tmp_path / "strict")

    assert strict.returncode == 1
    summary = strict.log.split("oer.problems: ", 1)[1]
    spanish = summary.index("Español (es): 2 problems")
    dutch = summary.index("Nederlands (nl): 2 problems")
    italian = summary.index("Italiano (it): 2 problems")
    assert spanish < dutch < italian
    assert "docs/translated.es.md:" in summary[spanish:dutch]
    assert "'haz clic aquí' does not say where the link goes" in summary[spanish:dutch]
    assert "'klik hier' does not say where the link goes" in summary[dutch:italian]
    assert (
        f"docs/translated.it.md:{italian_line + 1}: This page contains a link 'nessuna.md', "
        "but the target is not found among documentation files. Fix: " in summary[italian:]
    )
    assert (
        "Aborted with 6 problems in strict mode "
        "(Español (es): 2; Nederlands (nl): 2; Italiano (it): 2)." in strict.log
    )


def test_a_normal_build_reports_the_same_and_publishes_every_page(
    course_repo: CourseRepo, tmp_path: Path
) -> None:
    text = course_repo.read("translated.es.md")
    course_repo.write("translated.es.md", f"{text}\n{VAGUE_LINKS['es']}\n")

    relaxed = run_build(course_repo.config, tmp_path / "relaxed", strict=False)

    assert relaxed.returncode == 0, relaxed.log
    assert "Español (es): 2 problems" in relaxed.log
    for page in ("translated", "people"):
        for lang in ("", "es/", "nl/", "it/"):
            assert (relaxed.site / lang / page / "index.html").is_file(), (lang, page)


def test_a_clean_course_prints_no_problem_list(course_repo: CourseRepo, tmp_path: Path) -> None:
    strict = run_build(course_repo.config, tmp_path / "strict")

    assert strict.returncode == 0, strict.log
    assert "oer.problems" not in strict.log
