"""A reader's browser asks nothing of any host but the course's own: nothing tells a third
party who reads the course, and the site works the same on a closed network."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, Route

from tests.course import Course, the_course

pytestmark = pytest.mark.browser
COURSE = the_course()

# A request the Content-Security-Policy stops never reaches the network, so the attempt is
# recorded too: a page that tried to call home would still be caught.
RECORD_BLOCKED = """
window.__blocked = [];
document.addEventListener('securitypolicyviolation', e => window.__blocked.push(e.blockedURI));
"""


def origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def elsewhere(page: Page, url: str, *, rewrite: tuple[str, str] | None = None) -> list[str]:
    """Every address on another host that ``url`` asks for or tries to, until it is idle.

    Nothing leaves this machine: requests to other hosts are recorded and refused.
    ``rewrite`` changes the page's markup first, to show that an attempt is caught.
    """
    own = origin(url)
    asked: list[str] = []

    def record(route: Route) -> None:
        request = route.request
        asked.append(request.url)
        if origin(request.url) != own:
            route.abort()
        elif rewrite and request.url == url:
            body = route.fetch().text().replace(*rewrite, 1)
            route.fulfill(body=body, content_type="text/html")
        else:
            route.continue_()

    page.context.route("**/*", record)
    page.add_init_script(RECORD_BLOCKED)
    page.goto(url)
    page.wait_for_load_state("networkidle")
    tried = asked + page.evaluate("window.__blocked")
    return sorted(
        {address for address in tried if address.startswith(("http", "ws"))}
        - {address for address in tried if origin(address) == own}
    )


@pytest.mark.parametrize("where", ["", f"{COURSE.modules[0].folder}/"], ids=["home", "module"])
@pytest.mark.parametrize("lang", COURSE.languages)
def test_a_page_asks_no_other_host(
    page: Page, site_origin: str, course: Course, lang: str, where: str
) -> None:
    url = f"{site_origin}{course.folder(lang)}{where}"

    assert elsewhere(page, url) == []
    # The page did load its own styles and scripts, so the record is not empty by mistake.
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')")


def test_the_themes_repository_widget_would_be_caught(
    page: Page, site_origin: str, course: Course
) -> None:
    # Material's own source partial marks a repository link so; its script then asks
    # api.github.com for stars and forks (overrides/partials/source.html leaves it out).
    # The link is added whether or not the course names a repository.
    widget = (
        '<a href="https://github.com/example/course" class="md-source" '
        'data-md-component="source"><div class="md-source__repository">course</div></a>'
    )
    marked = ("</header>", f"{widget}</header>")

    url = site_origin + course.url_of(course.modules[0].landing, course.default)
    tried = elsewhere(page, url, rewrite=marked)

    assert any(urlsplit(address).hostname == "api.github.com" for address in tried)
