"""Make a language's book and e-book, each taken from the cache when its inputs are unchanged."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache, partial
from importlib.resources import files

from oer.books import render
from oer.books.spec import BookSpec
from oer.bundles.build import layout_version as bundle_layout
from oer.bundles.cache import OutputCache
from oer.bundles.render import renderer_versions


# Templates and layout code are read once per process; a changed file means a new process.
@cache
def layout_version() -> str:
    """A hash of the book's templates and of the code that lays it out and renders it,
    with the bundles' (whose PDF renderer and helpers the book uses)."""
    package = files(__package__)
    digest = hashlib.sha256(bundle_layout().encode("ascii"))
    for template in sorted(package.joinpath("templates").iterdir(), key=str):
        digest.update(template.read_bytes())
    for module in ("documents.py", "pages.py", "render.py"):
        digest.update(package.joinpath(module).read_bytes())
    return digest.hexdigest()


@dataclass(frozen=True)
class BookFile:
    name: str
    # Key of the link's words in the labels: "book.pdf".
    label: str
    # Shown to readers next to the link: "PDF", "EPUB".
    format: str
    data: bytes


@dataclass(frozen=True)
class Book:
    spec: BookSpec
    files: tuple[BookFile, ...]


# (suffix, key of its description in the labels, format shown to readers, name in the cache)
_PARTS = (
    ("pdf", "book.pdf", "PDF", "book.pdf", render.book_pdf),
    ("epub", "book.epub", "EPUB", "book.epub", render.book_epub),
)
CACHED_FILES = tuple(part[3] for part in _PARTS)


def book_key(spec: BookSpec) -> str:
    return spec.digest(layout_version(), *renderer_versions())


@dataclass(frozen=True)
class BookJob:
    """A book for ``oer.bundles.pool``: plain data, rendered in a worker process."""

    spec: BookSpec

    def is_cached(self, cache: OutputCache) -> bool:
        key = book_key(self.spec)
        return all(cache.has(key, name) for name in CACHED_FILES)

    def build(self, cache: OutputCache) -> Book:
        key = book_key(self.spec)
        return Book(
            self.spec,
            tuple(
                BookFile(
                    f"{self.spec.stem}.{suffix}",
                    kind,
                    fmt,
                    cache.get(key, cached, partial(make, self.spec)),
                )
                for suffix, kind, fmt, cached, make in _PARTS
            ),
        )
