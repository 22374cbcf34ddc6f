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
    assert workflow["permissions"]["pages"] == "write"
    assert any("deploy-pages" in s.get("uses", "") for s in workflow["jobs"]["deploy"]["steps"])


def test_ci_runs_exactly_the_test_command() -> None:
    script = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    lines = [line for line in script.splitlines() if line and not line.startswith("#")]
    assert lines[-1] == "make test"
