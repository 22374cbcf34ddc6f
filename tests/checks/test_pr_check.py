"""A translator's pull request fails only on problems in the files it touches."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import SHARED_CACHE
from tests.translations.conftest import CourseRepo, git

SPANISH_PROBLEM = "\n[haz clic aquí](index.md)\n"
DUTCH_EDIT = ("Mensen kiezen zelf het werk dat ze willen.", "Mensen kiezen zelf hun werk.")
DUTCH_PROBLEM = "\n[klik hier](index.md)\n"


def pr_check(repo: CourseRepo, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The command the pull-request workflow runs, as it runs it."""
    cache = os.environ.get(SHARED_CACHE) or str(tmp_path / "cache")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "OER_CACHE_DIR": cache}
    command = [sys.executable, "-m", "oer.checks", "pr-check", "-d", str(tmp_path / "site")]
    return subprocess.run(
        [*command, *args], cwd=repo.root, env=env, capture_output=True, text=True, check=False
    )


def spanish_problem_on_main(repo: CourseRepo) -> str:
    repo.write("translated.es.md", repo.read("translated.es.md") + SPANISH_PROBLEM)
    base = repo.commit("Spanish: a vague link")
    git(repo.root, "switch", "-q", "-c", "dutch")
    return base


def test_a_dutch_pull_request_passes_while_a_spanish_file_has_a_problem(
    course_repo: CourseRepo, tmp_path: Path
) -> None:
    base = spanish_problem_on_main(course_repo)
    course_repo.replace("translated.nl.md", *DUTCH_EDIT)
    head = course_repo.commit("Dutch: plainer")
    report = tmp_path / "check.md"

    result = pr_check(
        course_repo, tmp_path, "--base", base, "--head", head, "--markdown", str(report)
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith(
        "✓ No problem in the files this pull request changes. "
        "2 other problems, not caused by this pull request.\n"
    )
    others = result.stdout.split("Not caused by this pull request:\n", 1)[1]
    assert others.startswith("Español (es):\n  docs/translated.es.md:")
    assert "'haz clic aquí' does not say where the link goes" in others
    markdown = report.read_text(encoding="utf-8")
    assert "### Not caused by this pull request\n\n**Español (es)**\n\n```text\n" in markdown
    assert (tmp_path / "site" / "nl" / "translated" / "index.html").is_file()


def test_it_fails_when_the_dutch_file_has_a_problem_and_lists_the_spanish_one_apart(
    course_repo: CourseRepo, tmp_path: Path
) -> None:
    base = spanish_problem_on_main(course_repo)
    course_repo.write("translated.nl.md", course_repo.read("translated.nl.md") + DUTCH_PROBLEM)
    # Not yet committed: a translator checks before pushing.

    result = pr_check(course_repo, tmp_path, "--base", base)

    assert result.returncode == 1, result.stdout + result.stderr
    caused, others = result.stdout.split("Not caused by this pull request:\n", 1)
    assert caused.startswith("✗ 2 problems in the files this pull request changes.")
    assert "Nederlands (nl):\n  docs/translated.nl.md:" in caused
    assert "'klik hier' does not say where the link goes" in caused
    assert "docs/translated.es.md" not in caused
    assert "docs/translated.es.md" in others


def test_a_change_to_the_registry_makes_every_problem_count(
    course_repo: CourseRepo, tmp_path: Path
) -> None:
    base = spanish_problem_on_main(course_repo)
    registry = course_repo.root / "coproducers.yml"
    registry.write_text(
        registry.read_text(encoding="utf-8").replace("chosen_name: Noor", "chosen_name: N."),
        encoding="utf-8",
    )

    result = pr_check(course_repo, tmp_path, "--base", base)

    assert result.returncode == 1, result.stdout + result.stderr
    assert "It changes site-wide files (coproducers.yml), so every problem counts." in result.stdout
    assert "Español (es):\n  docs/translated.es.md:" in result.stdout.split("Not caused")[0]


def test_an_unknown_base_is_one_clear_error(course_repo: CourseRepo, tmp_path: Path) -> None:
    result = pr_check(course_repo, tmp_path, "--base", "no-such-branch")

    assert result.returncode == 1
    assert result.stderr.startswith(
        "error: no-such-branch: This revision is not in the repository's history."
    )
    assert "Traceback" not in result.stderr
