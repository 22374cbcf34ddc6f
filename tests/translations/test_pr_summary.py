"""Pull requests: what a change does to the translations, and marking them from the browser."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from oer.translations.__main__ import main
from tests.conftest import REPO
from tests.translations.conftest import CourseRepo, git

CHOICE = ("People choose the work they want.", "People choose the work they want, with support.")
DUTCH_CHOICE = ("Mensen kiezen zelf het werk dat ze willen.", "Mensen kiezen zelf hun werk.")
WORKFLOWS = REPO / ".github" / "workflows"


def summary(repo: CourseRepo, base: str, head: str, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert main(["pr-summary", "--base", base, "--head", head], cwd=repo.root) == 0
    return capsys.readouterr().out


def test_lists_what_an_english_edit_makes_outdated_and_whether_an_edited_one_is_current(
    course_repo: CourseRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    base = git(course_repo.root, "rev-parse", "HEAD").strip()
    course_repo.replace("translated.md", *CHOICE)
    course_repo.replace("translated.nl.md", *DUTCH_CHOICE)
    assert main(["mark-current", "translated.nl.md"], cwd=course_repo.root) == 0
    head = course_repo.commit("English: choice with support; Dutch follows")

    assert summary(course_repo, base, head, capsys) == (
        "## Translations\n"
        "\n"
        "### Translations this change makes out of date\n"
        "\n"
        "| Translation | Sections that changed |\n"
        "| --- | --- |\n"
        "| `docs/translated.es.md` | Elección (Choice) |\n"
        "| `docs/translated.it.md` | Scelta (Choice) |\n"
        "\n"
        "Readers will see that these may be out of date; translators see exactly what changed "
        "on the translation status page and with `make translations LANG=…`.\n"
        "\n"
        "### Translations this pull request edits\n"
        "\n"
        "- `docs/translated.nl.md`: ✓ Current.\n"
    )


def test_a_translators_pull_request_says_what_is_left_to_do(
    course_repo: CourseRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    course_repo.replace("translated.md", *CHOICE)
    base = course_repo.commit("English: choice with support")
    course_repo.replace("translated.nl.md", "Arbeidsbemiddeling", "Begeleiding naar werk")
    course_repo.write("people.nl.md", "---\ntranslators: [translator-nl]\n---\n\n# Mensen\n")
    head = course_repo.commit("Dutch: a new page, and an edit")

    out = summary(course_repo, base, head, capsys)

    assert "makes out of date" not in out
    assert (
        "- `docs/people.nl.md`: New — not yet reviewed. Once reviewed, run `.venv/bin/python -m "
        "oer.translations mark-current docs/people.nl.md` or add the label "
        "`translation-reviewed`.\n"
    ) in out
    assert (
        "- `docs/translated.nl.md`: May be out of date; sections not yet recorded as reviewed: "
        "Keuze (Choice)."
    ) in out


def test_an_unknown_revision_is_a_clear_error(
    course_repo: CourseRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["pr-summary", "--base", "nope", "--head", "HEAD"], cwd=course_repo.root) == 1

    assert capsys.readouterr().err.startswith(
        "error: nope: This revision is not in the repository's history. Fix: Fetch the full history"
    )


def test_marking_what_a_pull_request_changed_as_the_label_workflow_does(
    course_repo: CourseRepo, capsys: pytest.CaptureFixture[str]
) -> None:
    base = git(course_repo.root, "rev-parse", "HEAD").strip()
    course_repo.replace("translated.md", *CHOICE)
    course_repo.replace("translated.nl.md", *DUTCH_CHOICE)
    course_repo.commit("English: choice with support; Dutch follows")

    assert main(["mark-current", "--changed-since", base], cwd=course_repo.root) == 0

    assert capsys.readouterr().out.splitlines() == [
        "docs/translated.nl.md: marked current against docs/translated.md."
    ]
    # Only the reviewed translation is written; the others stay out of date.
    assert git(course_repo.root, "status", "--porcelain", "--", "docs") == (
        " M docs/translated.nl.md\n"
    )


def load(name: str) -> dict[Any, Any]:
    loaded: dict[Any, Any] = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    return loaded


def test_the_pull_request_check_writes_the_summary_with_the_history_it_needs() -> None:
    job = load("pull-request.yml")["jobs"]["check"]
    checkout = next(s for s in job["steps"] if "actions/checkout" in s.get("uses", ""))
    step = next(s for s in job["steps"] if "pr-summary" in s.get("run", ""))
    later = job["steps"][job["steps"].index(step) + 1 :]

    assert checkout["with"]["fetch-depth"] == 0
    assert step["run"].endswith('--base "$BASE" --head "$HEAD" > "$RUNNER_TEMP/translations.md"')
    assert any(
        "translations.md" in s.get("run", "") and '>> "$GITHUB_STEP_SUMMARY"' in s.get("run", "")
        for s in later
    )
    assert step["env"] == {
        "BASE": "${{ github.event.pull_request.base.sha }}",
        "HEAD": "${{ github.event.pull_request.head.sha }}",
    }


def test_the_label_workflow_writes_only_to_branches_of_this_repository() -> None:
    workflow = load("mark-current.yml")
    job = workflow["jobs"]["mark-current"]
    checkout = next(s for s in job["steps"] if "actions/checkout" in s.get("uses", ""))
    text = (WORKFLOWS / "mark-current.yml").read_text(encoding="utf-8")

    assert workflow[True] == {"pull_request": {"types": ["labeled"]}}
    assert workflow["permissions"] == {}
    assert job["permissions"] == {"contents": "write"}
    assert "github.event.pull_request.head.repo.full_name == github.repository" in job["if"]
    assert checkout["with"]["persist-credentials"] is False
    assert checkout["with"]["fetch-depth"] == 0
    assert "--changed-since" in text and "${{" not in "".join(
        step.get("run", "") for step in job["steps"]
    )
