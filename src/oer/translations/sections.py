"""A Markdown page as sections, each with a short hash of its text."""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
# The text before the first heading.
INTRODUCTION = "(introduction)"


def short_hash(text: str) -> str:
    normal = "\n".join(line.rstrip() for line in text.strip().splitlines() if line.strip())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:12]


def sections(body: str) -> list[tuple[str, str]]:
    """(heading, text) pairs in page order; a repeated heading gets ' (2)', ' (3)'…"""
    return list(_sections(body))


# Every language's build and the status report split the same pages again; the answer
# depends on the text only.
@lru_cache(maxsize=2048)
def _sections(body: str) -> tuple[tuple[str, str], ...]:
    found: list[tuple[str, list[str]]] = [(INTRODUCTION, [])]
    in_fence = False
    seen: dict[str, int] = {}
    for line in body.splitlines():
        if _FENCE.match(line):
            in_fence = not in_fence
        match = None if in_fence else _HEADING.match(line)
        if match:
            title = match.group(2).strip()
            seen[title] = seen.get(title, 0) + 1
            if seen[title] > 1:
                title = f"{title} ({seen[title]})"
            found.append((title, [line]))
        else:
            found[-1][1].append(line)
    return tuple(
        (title, "\n".join(lines))
        for title, lines in found
        if title != INTRODUCTION or any(line.strip() for line in lines)
    )


def section_hashes(body: str) -> dict[str, str]:
    return dict(_section_hashes(body))


@lru_cache(maxsize=2048)
def _section_hashes(body: str) -> tuple[tuple[str, str], ...]:
    return tuple((title, short_hash(text)) for title, text in _sections(body))


def page_hash(body: str) -> str:
    return short_hash(body)
