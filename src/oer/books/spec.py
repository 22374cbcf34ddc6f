"""What a course book holds, as plain data: enough to render it and to hash it."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class BookPage:
    """One page of the course as the book prints it (see ``oer.books.pages``)."""

    title: str
    # The id of its heading in the book: where the contents and cross-references lead.
    anchor: str
    html: str
    # The language its text is written in: the book's, or the original's where the
    # page is not translated yet.
    lang: str


@dataclass(frozen=True)
class Chapter:
    """One module: its landing page first (its title is the chapter's), then its pages."""

    title: str
    anchor: str
    pages: tuple[BookPage, ...]
    lang: str


@dataclass(frozen=True)
class CreditLine:
    role: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class ModuleCredits:
    title: str
    lines: tuple[CreditLine, ...]
    # Why the module has no co-producer in a role, where the module says so.
    exception: str | None = None


@dataclass(frozen=True)
class BookSpec:
    lang: str
    # The course's name and description in the book's language: the book's title.
    course: str
    description: str
    # The course's home page in this language.
    url: str
    chapters: tuple[Chapter, ...]
    credits: tuple[ModuleCredits, ...]
    # Everyone credited, as the line a reuser copies names them.
    authors: str
    # The licence's short name ("CC BY-SA 4.0") and its deed in the book's language.
    licence: str
    licence_url: str
    funding: str | None
    # The file names without their suffix: "equality-in-learning-es".
    stem: str
    # The words the book prints, in its language (oer.books.documents.book_labels).
    labels: dict[str, str] = field(default_factory=dict)
    # When the book's sources last changed (ISO 8601): its own date.
    updated: str = ""

    def digest(self, *versions: str) -> str:
        """A hash of everything that decides the output, plus the renderers' versions."""
        payload = json.dumps([asdict(self), versions], sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()
