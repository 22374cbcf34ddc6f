"""Which files below docs/ may be published at all."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from oer.problems import Problem
from oer.safety.svg import svg_problems

# Sources MkDocs reads as text: one that is not UTF-8 would stop the whole build.
TEXT_SOURCES = (".md", ".markdown")


# What a course publishes from docs/: pages, images and documents to hand out. A script
# or an HTML file would run on the site's own origin, where the CSP trusts it.
PUBLISHABLE = frozenset(
    {
        ".md", ".markdown", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".pdf",
        ".docx", ".odt", ".pptx", ".odp", ".xlsx", ".ods", ".txt", ".csv", ".epub",
        ".mp3", ".mp4", ".webm", ".vtt",
    }
)  # fmt: skip


def file_problem(docs_dir: Path, relative: str, trusted: Collection[str] = ()) -> Problem | None:
    """Why ``docs_dir/relative`` must not be published, or None when it may be.

    ``trusted`` are files the site's configuration names itself (``extra_css``), which
    may be of other types.
    """
    path = docs_dir / relative
    where = f"docs/{relative}"
    if path.suffix.lower() not in PUBLISHABLE and relative not in trusted:
        return Problem(
            where,
            f"Files of the type '{path.suffix or path.name}' are not published from docs/.",
            "Pages, images and documents to hand out are published; scripts, web pages "
            "and styles come only from the site's configuration. Remove the file, or ask "
            "a maintainer to add it to mkdocs.yml.",
        )
    try:
        resolved = path.resolve(strict=True)
    except (OSError, RuntimeError):
        return Problem(
            where, "This file is a broken link.", "Replace the link with the file itself."
        )
    if not resolved.is_relative_to(docs_dir.resolve()):
        return Problem(
            where,
            "This file is a link to a file outside docs/, which would publish that file.",
            "Put a copy of the file itself inside docs/, or remove the link.",
        )
    if path.suffix.lower() in TEXT_SOURCES:
        data = resolved.read_bytes()
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as error:
            return Problem(
                where,
                "This page is not UTF-8 text, so it cannot be published "
                f"(byte {error.start} cannot be read).",
                "Save the file as UTF-8 in your editor (in most editors: Save as → Encoding).",
                data.count(b"\n", 0, error.start) + 1,
            )
    if path.suffix.lower() == ".svg":
        reasons = svg_problems(resolved.read_bytes())
        if reasons:
            return Problem(
                where,
                f"This SVG image is not published because {'; '.join(reasons[:3])}.",
                "Export it again as a plain drawing (in Inkscape: Save as → Plain SVG), "
                "or use a PNG.",
            )
    return None
