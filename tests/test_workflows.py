"""The GitHub workflows cannot run here; check they ask for what the project needs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import REPO

WORKFLOWS = REPO / ".github" / "workflows"


def load(name: str) -> dict[Any, Any]:
    loaded: dict[Any, Any] = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    return loaded


def commands(workflow: dict[Any, Any], job: str) -> list[str]:
    return [step["run"] for step in workflow["jobs"][job]["steps"] if "run" in step]


def test_pull_requests_build_strictly_and_fail_only_on_the_files_they_change() -> None:
    workflow = load("pull-request.yml")
    check = next(c for c in commands(workflow, "check") if "oer.checks pr-check" in c)
    step = next(s for s in workflow["jobs"]["check"]["steps"] if s.get("run") == check)

    # PyYAML reads the bare key `on` as True.
    assert "pull_request" in workflow[True]
    assert check.startswith('.venv/bin/python -m oer.checks pr-check --base "$BASE"')
    assert '--head "$HEAD"' in check and '--markdown "$RUNNER_TEMP/check.md"' in check
    assert step["env"]["BASE"] == "${{ github.event.pull_request.base.sha }}"
    assert step["env"]["HEAD"] == "${{ github.event.pull_request.head.sha }}"
    # The check's own exit status fails the job; nothing after it may hide that.
    assert "continue-on-error" not in step
    assert "--strict" in (REPO / "Makefile").read_text(encoding="utf-8").split("\nsite:")[1]


def test_the_report_goes_to_the_job_summary_for_every_pull_request_forks_included() -> None:
    job = load("pull-request.yml")["jobs"]["check"]
    write = next(s for s in job["steps"] if '>> "$GITHUB_STEP_SUMMARY"' in s.get("run", ""))

    assert "check.md" in write["run"] and "translations.md" in write["run"]
    assert write["if"] == "${{ !cancelled() }}"
    assert "if" not in job


def test_main_deploys_the_built_site_to_pages_with_its_own_address() -> None:
    workflow = load("deploy.yml")
    build = workflow["jobs"]["build"]
    build_step = next(step for step in build["steps"] if step.get("run") == "make site")
    upload = next(s for s in build["steps"] if "upload-pages-artifact" in s.get("uses", ""))

    assert workflow[True]["push"]["branches"] == ["main"]
    assert "SITE_URL" in build_step["env"]
    assert upload["with"]["path"] == "site/"
    assert workflow["permissions"] == {}
    assert workflow["jobs"]["deploy"]["permissions"]["pages"] == "write"
    assert "write" not in build["permissions"].values()
    assert any("deploy-pages" in s.get("uses", "") for s in workflow["jobs"]["deploy"]["steps"])


def test_ci_runs_exactly_the_test_command() -> None:
    script = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    lines = [line for line in script.splitlines() if line and not line.startswith("#")]
    assert lines[-1] == "make test"


def test_untrusted_pull_requests_get_a_read_only_token_that_is_not_kept() -> None:
    workflow = load("pull-request.yml")

    assert "pull_request_target" not in workflow[True]
    assert workflow["permissions"] == {}
    for job in workflow["jobs"].values():
        checkouts = [s for s in job["steps"] if "actions/checkout" in s.get("uses", "")]
        runs_pull_request_code = bool(checkouts) or any(
            "make" in s.get("run", "") or ".venv" in s.get("run", "") for s in job["steps"]
        )
        if runs_pull_request_code:
            assert set(job["permissions"].values()) <= {"read"}
        for checkout in checkouts:
            assert checkout["with"]["persist-credentials"] is False


def test_only_the_job_that_runs_no_pull_request_code_may_comment_and_only_in_this_repository() -> (
    None
):
    workflow = load("pull-request.yml")
    writers = {
        name: job
        for name, job in workflow["jobs"].items()
        if "write" in job["permissions"].values()
    }

    assert list(writers) == ["comment"]
    job = writers["comment"]
    assert job["permissions"] == {"pull-requests": "write"}
    assert job["needs"] == "check"
    assert "github.event.pull_request.head.repo.full_name == github.repository" in job["if"]
    assert "!cancelled()" in job["if"]
    assert not any("actions/checkout" in s.get("uses", "") for s in job["steps"])
    assert all(".venv" not in s.get("run", "") for s in job["steps"])


def comment_script() -> str:
    job = load("pull-request.yml")["jobs"]["comment"]
    return next(str(step["run"]) for step in job["steps"] if "run" in step)


FAKE_GH = """#!/bin/sh
# Stands in for GitHub's CLI: records each call, lists the comments the test gives.
echo "$*" >> "$CALLS"
case "$*" in
  *--jq*) cat "$COMMENTS" | jq -r "$(printf '%s' "$*" | sed 's/.*--jq //')";;
esac
"""


def post_report(tmp_path: Path, comments: list[dict[str, Any]]) -> list[str]:
    """Run the comment job's script against a stand-in ``gh`` and return its calls."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(parents=True)
    gh = bin_dir / "gh"
    gh.write_text(FAKE_GH, encoding="utf-8")
    gh.chmod(0o755)
    (tmp_path / "report").mkdir()
    (tmp_path / "report" / "comment.md").write_text(
        "<!-- oer-pull-request-report -->\n## Build check\n", encoding="utf-8"
    )
    (tmp_path / "comments.json").write_text(json.dumps(comments), encoding="utf-8")
    env = {
        **os.environ,
        "PATH": f"{bin_dir}:{os.environ['PATH']}",
        "CALLS": str(tmp_path / "calls"),
        "COMMENTS": str(tmp_path / "comments.json"),
        "GITHUB_REPOSITORY": "partner/course",
        "PR": "7",
        "GH_TOKEN": "not-a-token",
    }
    subprocess.run(["bash", "-e", "-c", comment_script()], cwd=tmp_path, env=env, check=True)
    return (tmp_path / "calls").read_text(encoding="utf-8").splitlines()


@pytest.mark.skipif(shutil.which("jq") is None, reason="the stand-in for gh filters with jq")
def test_the_report_comment_is_posted_once_then_updated(tmp_path: Path) -> None:
    first = post_report(tmp_path / "first", [{"id": 1, "user": {"login": "a"}, "body": "Hi"}])
    again = post_report(
        tmp_path / "again",
        [
            # Someone quoting the report is not the report.
            {"id": 4, "user": {"login": "a"}, "body": "<!-- oer-pull-request-report -->"},
            {
                "id": 9,
                "user": {"login": "github-actions[bot]"},
                "body": "<!-- oer-pull-request-report -->\nold",
            },
        ],
    )

    assert first[-1] == "api -X POST repos/partner/course/issues/7/comments -F body=@body.md"
    assert again[-1] == "api -X PATCH repos/partner/course/issues/comments/9 -F body=@body.md"


def test_zizmor_finds_nothing_in_the_workflows() -> None:
    zizmor = Path(sys.executable).parent / "zizmor"
    result = subprocess.run(
        [str(zizmor), "--offline", str(WORKFLOWS)],
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings to report" in result.stdout


def test_every_action_is_pinned_to_a_commit() -> None:
    for path in WORKFLOWS.glob("*.yml"):
        for job in load(path.name)["jobs"].values():
            for step in job["steps"]:
                if "uses" in step:
                    reference = step["uses"].split("@", 1)[1]
                    assert len(reference) == 40 and int(reference, 16) >= 0, step["uses"]


def test_ci_builds_and_tests_new_courses_and_the_course_without_two_languages() -> None:
    workflow = load("any-course.yml")
    new_course = workflow["jobs"]["new-course"]
    fewer = commands(workflow, "fewer-languages")

    assert new_course["strategy"]["matrix"]["languages"] == ["en nl", "de"]
    assert [c.split()[0:2] for c in commands(workflow, "new-course")[1:]] == [
        ["make", "new-course"],
        ["make", "-C"],
        ["make", "-C"],
    ]
    assert commands(workflow, "new-course")[-1].endswith(" test")
    assert any("scripts/course_without_languages.py es it" in c for c in fewer)
    assert workflow["permissions"] == {}
    for job in workflow["jobs"].values():
        assert set(job["permissions"].values()) <= {"read"}
