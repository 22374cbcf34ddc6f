"""Markup a partner's page may not carry: scripts, event handlers, javascript: URLs, foreign frames.

``unsafe_markup`` reports each with its line; ``without_unsafe_markup`` removes
them from the rendered page, so a non-strict build publishes nothing that runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from lxml import html as lxml_html

from oer.problems import Problem

DEFAULT_FRAME_HOSTS = ("www.youtube-nocookie.com", "player.vimeo.com")

_FENCE = re.compile(r"^\s*(```|~~~)")
_INLINE_CODE = re.compile(r"`[^`]*`")
_SCRIPT = re.compile(r"<\s*script\b", re.IGNORECASE)
_HANDLER = re.compile(r"<[^>]*\s(on[a-z]+)\s*=", re.IGNORECASE)
_JAVASCRIPT_URL = re.compile(
    r"(?:href|src|action)\s*=\s*[\"']?\s*javascript:|\]\(\s*javascript:", re.IGNORECASE
)
_FRAME = re.compile(r"<\s*iframe\b[^>]*\bsrc\s*=\s*[\"']([^\"']+)", re.IGNORECASE)


def unsafe_markup(text: str, file: str, frame_hosts: Iterable[str]) -> list[Problem]:
    allowed = set(frame_hosts)
    problems = []
    in_fence = False
    for number, raw in enumerate(text.splitlines(), start=1):
        if _FENCE.match(raw):
            in_fence = not in_fence
        if in_fence:
            continue
        line = _INLINE_CODE.sub("", raw)
        if _SCRIPT.search(line):
            problems.append(
                Problem(
                    file,
                    "The page contains a <script> element.",
                    "Remove it: pages may not run scripts. Ask a maintainer about interaction.",
                    number,
                )
            )
        for handler in _HANDLER.findall(line):
            problems.append(
                Problem(
                    file, f"The page contains an '{handler}=' event handler.", "Remove it.", number
                )
            )
        if _JAVASCRIPT_URL.search(line):
            problems.append(
                Problem(
                    file,
                    "The page contains a 'javascript:' link.",
                    "Link to a page or a file instead.",
                    number,
                )
            )
        for source in _FRAME.findall(line):
            host = urlsplit(source).hostname or ""
            if host not in allowed:
                problems.append(
                    Problem(
                        file,
                        f"The page embeds a frame from '{host or source}', which is not allowed.",
                        f"Embed only from: {', '.join(sorted(allowed))} "
                        "(the list is extra.course.frame_hosts in mkdocs.yml).",
                        number,
                    )
                )
    return problems


def without_unsafe_markup(content_html: str, frame_hosts: Iterable[str]) -> str:
    """The rendered page minus scripts, handlers, javascript: URLs and foreign frames."""
    lowered = content_html.lower()
    if not any(mark in lowered for mark in ("<script", " on", "javascript:", "<iframe")):
        return content_html
    allowed = set(frame_hosts)
    root = lxml_html.fragment_fromstring(content_html, create_parent="div")
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        if element.tag == "script" or (
            element.tag == "iframe" and urlsplit(element.get("src", "")).hostname not in allowed
        ):
            element.drop_tree()
            continue
        for name in list(element.attrib):
            value = element.attrib[name].strip().lower()
            if name.lower().startswith("on") or value.startswith("javascript:"):
                del element.attrib[name]
    return "".join(
        [root.text or ""] + [lxml_html.tostring(child, encoding="unicode") for child in root]
    )
