"""The links to a language's book and e-book on its home page: type and size in the text."""

from __future__ import annotations

from oer.books.build import Book
from oer.bundles.links import size_text
from oer.locales import label
from oer.templates import templates_for

MEDIA_TYPES = {"PDF": "application/pdf", "EPUB": "application/epub+zip"}


def book_links_html(book: Book, folder: str) -> str:
    """Links to ``book``, whose files are published below ``folder`` (relative to the page)."""
    lang = book.spec.lang
    links = [
        {
            "href": f"{folder}/{file.name}",
            "text": label(lang, file.label),
            "details": f"{file.format}, {size_text(len(file.data), lang)}",
            "type": MEDIA_TYPES[file.format],
        }
        for file in book.files
    ]
    return (
        templates_for(__package__)
        .get_template("links.html")
        .render(heading=label(lang, "book.heading"), intro=label(lang, "book.intro"), links=links)
    )
