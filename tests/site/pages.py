"""What the course's docs/ folder says the built site must contain."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from tests.conftest import DEFAULT_LANGUAGE, LANGUAGES, REPO

DOCS = REPO / "docs"


def source_pages() -> list[PurePosixPath]:
    """English source pages (no language suffix), relative to docs/."""
    pages = []
    for path in sorted(DOCS.rglob("*.md")):
        relative = PurePosixPath(path.relative_to(DOCS).as_posix())
        if PurePosixPath(relative.stem).suffix.lstrip(".") not in LANGUAGES:
            pages.append(relative)
    return pages


def translation_of(page: PurePosixPath, lang: str) -> Path:
    if lang == DEFAULT_LANGUAGE:
        return DOCS / page
    return DOCS / page.with_suffix(f".{lang}.md")


def url_of(page: PurePosixPath, lang: str) -> str:
    """The page's URL below the site root, with directory URLs, as MkDocs writes it."""
    stem = page.with_suffix("")
    path = "" if stem.name == "index" else f"{stem.as_posix()}/"
    if stem.name == "index" and stem.parent != PurePosixPath("."):
        path = f"{stem.parent.as_posix()}/"
    prefix = "" if lang == DEFAULT_LANGUAGE else f"{lang}/"
    return prefix + path


def file_of(url: str) -> str:
    return f"{url}index.html"
