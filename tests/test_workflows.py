"""The GitHub workflows cannot run here; check they ask for what the project needs."""

from __future__ import annotations

from typing import Any

import yaml

from tests.conftest import REPO

WORKFLOWS = REPO / ".github" / "workflows"


def load(name: str) -> dict[Any, Any]:
    loaded: dict[Any, Any] = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    return loaded


def commands(workflow: dict[Any, Any], job: str) -> list[str]:
    return [step["run"] for step in workflow["jobs"][job]["steps"] if "run" in step]


def test_pull_requests_build_strictly() -> None:
    workflow = load("pull-request.yml")

    # PyYAML reads the bare key `on` as True.
    assert "pull_request" in workflow[True]
    assert "make site" in commands(workflow, "build")
    assert "--strict" in (REPO / "Makefile").read_text(encoding="utf-8").split("\nsite:")[1]


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
        assert set(job["permissions"].values()) <= {"read"}
        checkout = next(s for s in job["steps"] if "actions/checkout" in s.get("uses", ""))
        assert checkout["with"]["persist-credentials"] is False


def test_every_action_is_pinned_to_a_commit() -> None:
    for path in WORKFLOWS.glob("*.yml"):
        for job in load(path.name)["jobs"].values():
            for step in job["steps"]:
                if "uses" in step:
                    reference = step["uses"].split("@", 1)[1]
                    assert len(reference) == 40 and int(reference, 16) >= 0, step["uses"]
