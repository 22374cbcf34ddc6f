"""axe-core in Chromium over every page, in every language and both colour schemes.

Serious and critical violations fail. A moderate or minor one fails too unless
it is listed in ACCEPTED with the reason it stays.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser

from tests.conftest import Build
from tests.course import Course

pytestmark = pytest.mark.browser

AXE_SCRIPT = files("axe_playwright_python").joinpath("axe.min.js").read_text(encoding="utf-8")
RULES = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
# rule id -> why it is accepted for now.
ACCEPTED: dict[str, str] = {}


def built_pages(site: Path) -> Iterator[str]:
    for path in sorted(site.rglob("*.html")):
        relative = path.relative_to(site).as_posix()
        yield relative.removesuffix("index.html")


@pytest.fixture(scope="module")
def audit(course_build: Build, browser: Browser, site_origin: str) -> dict[str, list[Any]]:
    """Violations per (scheme, page), from one pass over the whole site."""
    found: dict[str, list[Any]] = {}
    for scheme in ("light", "dark"):
        context = browser.new_context(color_scheme=scheme)
        page = context.new_page()
        for path in built_pages(course_build.site):
            page.goto(site_origin + path)
            page.evaluate(AXE_SCRIPT)
            options = {"runOnly": {"type": "tag", "values": RULES}, "resultTypes": ["violations"]}
            results = page.evaluate("options => axe.run(document, options)", options)
            found[f"{scheme} {path or '/'}"] = results["violations"]
        context.close()
    return found


def describe(violations: list[Any]) -> list[str]:
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in violations
    ]


def test_every_page_was_audited_in_both_schemes(
    course: Course, audit: dict[str, list[Any]]
) -> None:
    pages = {key.split(" ", 1)[1] for key in audit}
    expected = {course.url_of(p, lang) or "/" for p in course.pages for lang in course.languages}
    assert expected <= pages
    assert len(audit) == 2 * len(pages)


def test_no_serious_or_critical_violations(audit: dict[str, list[Any]]) -> None:
    serious = {
        key: describe([v for v in violations if v["impact"] in ("serious", "critical")])
        for key, violations in audit.items()
    }
    assert {key: found for key, found in serious.items() if found} == {}


def test_other_violations_are_fixed_or_accepted_with_a_reason(audit: dict[str, list[Any]]) -> None:
    rest = {
        key: describe([v for v in violations if v["id"] not in ACCEPTED])
        for key, violations in audit.items()
    }
    assert {key: found for key, found in rest.items() if found} == {}
