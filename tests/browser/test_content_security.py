"""The Content-Security-Policy is a real second wall: markup that got past the sanitiser
still does not run, while the site's own scripts (search, palette) keep working."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, Route

from tests.course import Course, the_course

pytestmark = pytest.mark.browser
COURSE = the_course()

INJECTED = '<img src="missing.png" onerror="document.body.dataset.injected = \'ran\'">'
RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener(
  'securitypolicyviolation', e => window.__violations.push(e.violatedDirective));
"""


def serve_with_injection(page: Page, url: str, *, keep_policy: bool) -> None:
    """Answer ``url`` with the built page plus a handler, as if the sanitiser had missed it."""

    def inject(route: Route) -> None:
        body = route.fetch().text()
        if not keep_policy:
            body = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", body)
        route.fulfill(body=body.replace("</article>", INJECTED + "</article>", 1),
                      content_type="text/html")  # fmt: skip

    page.route(url, inject)


def test_an_injected_handler_is_blocked_by_the_policy(
    page: Page, site_origin: str, course: Course
) -> None:
    url = site_origin + course.url_of(course.reading_page, course.default)
    page.add_init_script(RECORD_VIOLATIONS)
    serve_with_injection(page, url, keep_policy=True)

    page.goto(url)

    page.wait_for_function("window.__violations.some(d => d.startsWith('script-src'))")
    assert page.evaluate("document.body.dataset.injected") is None
    # The theme's own inline scripts ran: they set the colour scheme on <body>.
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')")


def test_without_the_policy_the_same_handler_would_run(
    page: Page, site_origin: str, course: Course
) -> None:
    url = site_origin + course.url_of(course.reading_page, course.default)
    serve_with_injection(page, url, keep_policy=False)

    page.goto(url)

    page.wait_for_function("document.body.dataset.injected === 'ran'")


@pytest.mark.parametrize("lang", COURSE.languages)
def test_the_pages_own_scripts_run_without_a_violation(
    page: Page, site_origin: str, course: Course, lang: str
) -> None:
    page.add_init_script(RECORD_VIOLATIONS)

    page.goto(site_origin + course.url_of(course.modules[0].landing, lang))
    page.locator("input.md-search__input").click()
    ready = page.evaluate("JSON.parse(document.getElementById('__config').textContent)")
    page.locator(".md-search-result__meta").filter(
        has_text=ready["translations"]["search.result.placeholder"]
    ).wait_for()

    assert page.evaluate("window.__violations") == []
