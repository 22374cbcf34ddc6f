"""Every page of the built course is valid HTML to the W3C Nu HTML checker (vnu)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO, Build
from tests.course import Course

# `make test` installs it from npm (vnu-jar); OER_VNU_JAR points at another copy.
VNU_JAR = Path(os.environ.get("OER_VNU_JAR") or REPO / "node_modules/vnu-jar/build/dist/vnu.jar")


def vnu(*targets: Path) -> list[dict[str, Any]]:
    """The checker's errors over ``targets`` (pages or folders), as it reports them."""
    java = shutil.which("java")
    if java is None or not VNU_JAR.is_file():
        pytest.fail("vnu not found: run `make test`, which installs Java and the vnu-jar package")
    # Warnings are left out: vnu's "info" about the pages' Content-Security-Policy cannot
    # resolve 'self' for a file on disk (tests/browser checks the policy in Chromium).
    command = [java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", "--skip-non-html"]
    result = subprocess.run(
        [*command, *map(str, targets)], capture_output=True, text=True, check=False
    )
    messages: list[dict[str, Any]] = json.loads(result.stderr)["messages"]
    return [message for message in messages if message["type"] != "info"]


def summary(errors: list[dict[str, Any]], root: Path) -> str:
    """One line per kind of error: how often, on how many pages, and the first place."""
    kinds = Counter(error["message"] for error in errors)
    lines = []
    for message, count in kinds.most_common():
        where = [e for e in errors if e["message"] == message]
        pages = {e.get("url", "") for e in where}
        first = where[0].get("url", "").removeprefix(f"file:{root}/")
        place = f"{first}:{where[0].get('lastLine')}"
        lines.append(f"{count} times on {len(pages)} pages, e.g. {place}: {message}")
    return "\n".join(lines)


def test_the_checker_reports_an_invalid_page(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        '<!doctype html><html lang="en"><title>t</title>'
        '<input type="checkbox" id="t" autocomplete="off"><label for="missing">x</label>',
        encoding="utf-8",
    )

    errors = vnu(page)

    assert len(errors) == 2
    assert "autocomplete" in errors[0]["message"]


def test_every_page_in_every_language_is_valid_html(course: Course, course_build: Build) -> None:
    pages = list(course_build.site.rglob("*.html"))

    errors = vnu(course_build.site)

    print(f"vnu: {len(errors)} errors over {len(pages)} pages")
    site = course_build.site
    # The checker saw every language's pages and 404 page, not only the default's.
    last = course.module_pages[-1]
    for lang in course.languages:
        assert site / course.folder(lang) / "404.html" in pages
        assert site / course.url_of(last, lang) / "index.html" in pages
    assert errors == [], summary(errors, course_build.site)
