"""The course book as HTML: for WeasyPrint (the printable book) and for pandoc (the EPUB).

Both hold the same chapters, credits and licence. The printed book adds its own cover
and a contents list with page numbers; pandoc makes the e-book's title page and
contents from the headings and the metadata.
"""

from __future__ import annotations

import textwrap
from datetime import UTC, datetime
from importlib.resources import files

from babel.dates import format_date
from babel.lists import format_list

from oer.books.pages import resolve_fragments
from oer.books.spec import BookSpec
from oer.bundles.documents import css_string, qr_data_uri, short_address
from oer.locales import label
from oer.templates import templates_for

_LABELS = {
    "kind": "book.kind",
    "contents": "book.contents",
    "credits": "book.credits",
    "credits_intro": "book.credits_intro",
    "licence": "book.licence",
    "licence_intro": "book.licence_intro",
    "tasl": "book.tasl",
    "edition": "book.edition",
    "exception_heading": "attribution.exception_heading",
    "page": "bundles.page",
    "qr_alt": "bundles.qr_alt",
}
# Ids of the book's own parts; the pages' ids all start with "page-".
CREDITS_ID = "book-credits"
LICENCE_ID = "book-licence"


def book_labels(lang: str) -> dict[str, str]:
    """The words the book prints in ``lang``; kept in the spec, so a changed word renders anew."""
    return {name: label(lang, key) for name, key in _LABELS.items()}


def source_date(spec: BookSpec) -> datetime:
    """When the book's sources last changed: the book's own date."""
    if spec.updated:
        return datetime.fromisoformat(spec.updated)
    # Only a spec made by hand has no date; the build always knows one.
    return datetime(2000, 1, 1, tzinfo=UTC)


def _context(spec: BookSpec) -> dict[str, object]:
    labels = spec.labels
    bodies = iter(resolve_fragments([page.html for c in spec.chapters for page in c.pages]))
    return {
        "spec": spec,
        "labels": labels,
        "chapters": [[next(bodies) for _ in chapter.pages] for chapter in spec.chapters],
        "credits": [
            [(line.role, format_list(list(line.names), locale=spec.lang)) for line in m.lines]
            for m in spec.credits
        ],
        "licence_intro": labels["licence_intro"].format(licence=spec.licence),
        "tasl": labels["tasl"].format(
            course=spec.course, authors=spec.authors, url=spec.url, licence=spec.licence
        ),
        "edition": labels["edition"].format(
            date=format_date(source_date(spec), "long", locale=spec.lang)
        ),
        "credits_id": CREDITS_ID,
        "licence_id": LICENCE_ID,
    }


def book_html(spec: BookSpec) -> str:
    """The printable book, for WeasyPrint: cover, contents, chapters, credits, licence."""
    return (
        templates_for(__package__)
        .get_template("book.html")
        .render(
            _context(spec),
            pdf=True,
            css=files(__package__).joinpath("templates", "book.css").read_text(encoding="utf-8"),
            footer_css=css_string(f"{spec.licence} · {short_address(spec.url)}"),
            page_label_css=css_string(spec.labels["page"]),
            qr=qr_data_uri(spec.url) if spec.url else "",
            qr_alt=spec.labels["qr_alt"].format(url=spec.url),
        )
    )


def epub_html(spec: BookSpec) -> str:
    """The e-book's text, for pandoc: chapters, credits and licence."""
    return templates_for(__package__).get_template("book.html").render(_context(spec), pdf=False)


def epub_metadata(spec: BookSpec) -> dict[str, str]:
    """The e-book's metadata (pandoc's): title and author are the course."""
    metadata = {
        "title": spec.course,
        "author": spec.course,
        "lang": spec.lang,
        "date": source_date(spec).date().isoformat(),
        # The course's address in this language names this edition of it.
        "identifier": spec.url,
        "description": spec.description,
        "rights": f"{spec.licence} ({spec.licence_url})",
        "toc-title": spec.labels["contents"],
    }
    # An empty value is an invalid EPUB, not a missing one.
    return {key: value for key, value in metadata.items() if value}


def cover_svg(spec: BookSpec) -> str:
    """The e-book's cover: the course's name on the course's colour, drawn with text only."""
    lines = textwrap.wrap(spec.course, 18) or [spec.course]
    return (
        templates_for(__package__)
        .get_template("cover.svg")
        .render(spec=spec, lines=lines, kind=spec.labels["kind"])
    )
