"""Finding a language's book and e-book the way a reader does: from its home page."""

from __future__ import annotations

from pathlib import Path

from lxml import html

from tests.conftest import DEFAULT_LANGUAGE


def home_page(site: Path, lang: str) -> Path:
    return site / "index.html" if lang == DEFAULT_LANGUAGE else site / lang / "index.html"


def book_links(site: Path, lang: str) -> list[html.HtmlElement]:
    page = html.fromstring(home_page(site, lang).read_text(encoding="utf-8"))
    links: list[html.HtmlElement] = page.xpath(
        "//section[@class='oer-downloads'][@aria-labelledby='oer-book-heading']//a"
    )
    return links


def book_file(site: Path, lang: str, suffix: str) -> Path:
    """The file the home page links to whose name ends with ``suffix`` (".pdf", ".epub")."""
    hrefs = [str(a.get("href", "")) for a in book_links(site, lang)]
    href = next(h for h in hrefs if h.endswith(suffix))
    return home_page(site, lang).parent / href
