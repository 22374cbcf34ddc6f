"""Where the built site keeps a page (the course's own pages are in tests/course.py)."""

from __future__ import annotations


def file_of(url: str) -> str:
    return f"{url}index.html"
