"""Bad exercise markup in a partner's page fails the strict build with file, line and fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import FIXTURE_SITE, run_build

LESSON = "docs/module/lesson.es.md"

# The line of the exercise header in the Spanish lesson, wherever its front matter ends.
HEADER = 1 + next(
    number
    for number, line in enumerate((FIXTURE_SITE / LESSON).read_text("utf-8").splitlines())
    if line.startswith("/// exercise")
)

BREAKAGES = {
    "unknown option": (
        "    group_size: parejas\n",
        "    group_size: parejas\n    colour: red\n",
        f"{LESSON}:{HEADER + 4}: 'colour' is not an option of the exercise block.",
    ),
    "missing title": (
        "/// exercise | La esperanza en la práctica",
        "/// exercise",
        f"{LESSON}:{HEADER}: This exercise has no title.",
    ),
    "duplicate id": (
        "Di una cosa",
        "/// exercise | Otra\n    id: hope-in-practice\n///\n\nDi una cosa",
        f"The exercise id 'hope-in-practice' is already used on line {HEADER}.",
    ),
    "attachment outside docs": (
        "attachments: [hope-diary.txt]",
        "attachments: [../../../../etc/passwd]",
        f"{LESSON}:{HEADER}: The attachment '../../../../etc/passwd' points outside the "
        "docs/ folder.",
    ),
    "missing attachment": (
        "attachments: [hope-diary.txt]",
        "attachments: [hope-dairy.txt]",
        f"{LESSON}:{HEADER}: The attachment 'hope-dairy.txt' does not exist.",
    ),
}


@pytest.mark.parametrize("breakage", BREAKAGES, ids=str)
def test_bad_exercise_markup_is_reported_and_the_site_still_builds(
    fixture_copy: Path, tmp_path: Path, breakage: str
) -> None:
    old, new, message = BREAKAGES[breakage]
    page = fixture_copy / LESSON
    text = page.read_text(encoding="utf-8")
    assert old in text
    page.write_text(text.replace(old, new, 1), encoding="utf-8")

    strict = run_build(fixture_copy / "mkdocs.yml", tmp_path / "strict")
    relaxed = run_build(fixture_copy / "mkdocs.yml", tmp_path / "relaxed", strict=False)

    assert strict.returncode != 0
    assert message in strict.log, strict.log
    assert "Fix:" in strict.log
    assert relaxed.returncode == 0
    bundle = tmp_path / "relaxed" / "es" / "module" / "downloads" / "module-es-exercises.zip"
    assert bundle.is_file()
    assert b"passwd" not in bundle.read_bytes()
