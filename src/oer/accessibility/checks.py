"""Accessibility checks over a page's rendered HTML.

Each check takes the parsed content and returns findings; ``check_page`` runs
them all. A finding carries a snippet of the source (``locate``) so the hook can
point the author at a line of their Markdown.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any, TypeAlias

from lxml import html as lxml_html

from oer.accessibility.data import LanguageData, data_file, language_data
from oer.accessibility.wording import find
from oer.engine.cache import remembered
from oer.languages.language_packs import PackFolders, active_folders, pack
from oer.problems import line_of


@dataclass(frozen=True)
class Finding:
    check: str
    message: str
    fix: str
    # Text to look for in the source file to find the line.
    locate: str | None = None


# lxml ships no type information; an element is whatever lxml.html gives back.
Page: TypeAlias = Any
Check = Callable[[Page, LanguageData], list[Finding]]

_IMAGE_FILE = re.compile(r"\.(png|jpe?g|gif|svg|webp|avif)$", re.IGNORECASE)
_PLACEHOLDER_ALT = {
    "image", "picture", "photo", "img", "alt", "placeholder", "graphic", "icon",
    "imagen", "foto", "afbeelding", "plaatje", "immagine", "figura",
}  # fmt: skip
_DOWNLOAD = re.compile(r"\.(pdf|zip|docx?|odt|pptx?|odp|xlsx?|ods|epub)(?:[?#].*)?$", re.IGNORECASE)
_SIZE = re.compile(r"\d[\d.,]*\s*(?:[kKMG]i?B|kbyte|Mbyte|bytes?)\b")


def _text(element: Page) -> str:
    return " ".join(element.text_content().split())


def _accessible_name(element: Page) -> str:
    names = [element.get("aria-label", ""), element.get("title", ""), _text(element)]
    names += [img.get("alt", "") for img in element.iter("img")]
    return " ".join(name for name in names if name).strip()


def images(page: Page, data: LanguageData) -> list[Finding]:
    found = []
    for image in page.iter("img"):
        src = image.get("src", "")
        name = src.rsplit("/", 1)[-1]
        alt = image.get("alt")
        if image.get("role") in ("presentation", "none") or image.get("aria-hidden") == "true":
            continue
        if alt is None or not alt.strip():
            message = f"The image '{name}' has no alternative text."
        elif _IMAGE_FILE.search(alt.strip()) or alt.strip() == name:
            message = f"The image '{name}' has its file name as alternative text."
        elif alt.strip().casefold() in _PLACEHOLDER_ALT:
            message = f"The image '{name}' has the placeholder '{alt}' as alternative text."
        else:
            continue
        found.append(
            Finding(
                "image-alt",
                message,
                "Describe what the image shows in the brackets: ![A trainer and two learners "
                "at a table](photo.jpg). For a purely decorative image, add { role=presentation }.",
                name,
            )
        )
    return found


def headings(page: Page, data: LanguageData) -> list[Finding]:
    found = []
    levels = [(int(h.tag[1]), _text(h)) for h in page.iter("h1", "h2", "h3", "h4", "h5", "h6")]
    first_levels = [level for level, _ in levels if level == 1]
    if len(first_levels) > 1:
        title = next(text for level, text in levels[1:] if level == 1)
        found.append(
            Finding(
                "headings",
                f"The page has {len(first_levels)} top-level headings; the second is '{title}'.",
                "Keep one '# Title' per page and make the others '## Section'.",
                title,
            )
        )
    previous = 0
    for level, text in levels:
        if previous and level > previous + 1:
            found.append(
                Finding(
                    "headings",
                    f"The heading '{text}' jumps from level {previous} to level {level}.",
                    f"Use {'#' * (previous + 1)} for it, or add the missing level above it.",
                    text,
                )
            )
        previous = level
    return found


def link_text(page: Page, data: LanguageData) -> list[Finding]:
    vague = data.vague_links | language_data("en").vague_links
    found = []
    for link in page.iter("a"):
        if link.get("href") is None:
            continue
        name = _accessible_name(link)
        if not name:
            found.append(
                Finding(
                    "empty-control",
                    f"A link to '{link.get('href')}' has no text.",
                    "Put words in the brackets of the link: [What the page is about](page.md).",
                    link.get("href"),
                )
            )
        elif _text(link).casefold().strip(" .:…") in vague:
            found.append(
                Finding(
                    "link-text",
                    f"The link text '{_text(link)}' does not say where the link goes.",
                    "Make the link text name its target, e.g. "
                    "'[the eight IPS principles](models.md)'.",
                    _text(link),
                )
            )
    for button in page.iter("button"):
        if not _accessible_name(button):
            found.append(
                Finding(
                    "empty-control",
                    "A button has no text or label.",
                    "Give the button visible text or an aria-label.",
                )
            )
    return found


def tables(page: Page, data: LanguageData) -> list[Finding]:
    found = []
    for table in page.iter("table"):
        if not table.xpath(".//th"):
            first = table.xpath(".//td")
            found.append(
                Finding(
                    "table-headers",
                    "A table has no header cells.",
                    "Give the table a header row: in Markdown, the row above '| --- |'.",
                    _text(first[0]) if first else None,
                )
            )
    return found


def frames(page: Page, data: LanguageData) -> list[Finding]:
    found = []
    for frame in page.iter("iframe", "video", "audio"):
        if not (frame.get("title") or frame.get("aria-label")):
            found.append(
                Finding(
                    "frame-title",
                    f"An embedded {frame.tag} ('{frame.get('src', '')}') has no title.",
                    f'Add a title that says what it is: <{frame.tag} title="…">.',
                    frame.get("src"),
                )
            )
    return found


def duplicate_ids(page: Page, data: LanguageData) -> list[Finding]:
    counts = Counter(element.get("id") for element in page.iter() if element.get("id"))
    return [
        Finding(
            "duplicate-id",
            f"The id '{identifier}' is used {count} times on the page.",
            "Give each heading, exercise and anchor its own id.",
            identifier,
        )
        for identifier, count in counts.items()
        if count > 1
    ]


def download_links(page: Page, data: LanguageData) -> list[Finding]:
    found = []
    for link in page.iter("a"):
        match = _DOWNLOAD.search(link.get("href", ""))
        if match is None:
            continue
        text = _text(link)
        kind = match.group(1).upper()
        if kind.rstrip("X") not in text.upper() or not _SIZE.search(text):
            found.append(
                Finding(
                    "download-details",
                    f"The link '{text}' to a {kind} file does not say its type and size.",
                    f"Add both to the link text, e.g. '[Exercise sheet ({kind}, 210 kB)](…)'.",
                    text or link.get("href"),
                )
            )
    return found


# Passages that show stigmatising words on purpose (a "say this, not that" table) carry this
# class; CONTRIBUTING.md documents it for authors.
EXAMPLES_CLASS = "oer-language-examples"
# Text in these is not prose (or is the course quoting wording on purpose).
_NOT_PROSE = frozenset({"code", "pre", "kbd", "samp", "script", "style", "template"})
# A phrase never runs across these: each starts a passage of its own.
_BLOCKS = frozenset({
    "p", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th",
    "tr", "table", "caption", "figcaption", "figure", "blockquote", "div", "section",
    "article", "aside", "details", "summary", "br", "hr", "header", "footer", "nav",
})  # fmt: skip
_BREAK = "\u2029"


def _prose_passages(page: Page) -> list[str]:
    """The page's prose, one passage per block, without code or marked examples."""
    parts: list[str] = []

    def walk(element: Page) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        classes = (element.get("class") or "").split() if tag else []
        if not tag or tag in _NOT_PROSE or EXAMPLES_CLASS in classes:
            parts.extend((_BREAK, element.tail or ""))
            return
        block = tag in _BLOCKS
        parts.extend((_BREAK if block else "", element.text or ""))
        for child in element:
            walk(child)
        parts.extend((_BREAK if block else "", element.tail or ""))

    walk(page)
    passages = (" ".join(passage.split()) for passage in "".join(parts).split(_BREAK))
    return [passage for passage in passages if passage]


def respectful_language(page: Page, data: LanguageData) -> list[Finding]:
    if data.wording_error:
        return [
            Finding(
                "respectful-language",
                f"The respectful-language list {data_file(data.lang)} cannot be read: "
                f"{data.wording_error}.",
                "Correct the entry as the header of that file explains.",
            )
        ]
    found = []
    for passage in _prose_passages(page):
        for hit in find(passage, data.lang, data.wording):
            phrase = passage[hit.start : hit.end]
            found.append(
                Finding(
                    "respectful-language",
                    f"'{phrase}' can stigmatise: {hit.rule.why}.",
                    f"Use person-first, recovery-oriented wording: {hit.rule.use}.",
                    phrase,
                )
            )
    return found


CHECKS: dict[str, Check] = {
    "image-alt": images,
    "headings": headings,
    "link-text": link_text,
    "table-headers": tables,
    "frame-title": frames,
    "duplicate-id": duplicate_ids,
    "download-details": download_links,
    "respectful-language": respectful_language,
}


def source_line(source: str, locate: str) -> int | None:
    """The line of ``source`` where a finding's text starts, also when it runs over lines.

    A rendered phrase has single spaces where its Markdown may break the line or add
    emphasis ("padecen\\nansiedad", "**sufre** de").
    """
    line = line_of(source, locate, ignore_case=True)
    if line is not None or not locate.strip():
        return line
    between = r"[\s*_]+"
    pattern = between.join(re.escape(word) for word in locate.split())
    match = re.search(pattern, source, re.IGNORECASE)
    return source.count("\n", 0, match.start()) + 1 if match else None


def check_page(content_html: str, lang: str) -> list[Finding]:
    """Run every check over a page's content in ``lang``."""
    if not content_html.strip():
        return []
    page = lxml_html.fragment_fromstring(content_html, create_parent="div")
    data = language_data(lang)
    return [finding for check in CHECKS.values() for finding in check(page, data)]


def _rules_version(lang: str) -> str:
    """What decides the findings besides the page: this code and the wording data it reads."""
    return _rules_digest(lang, active_folders())


@lru_cache(maxsize=64)
def _rules_digest(lang: str, folders: PackFolders) -> str:
    digest = hashlib.sha256()
    package = files("oer.accessibility")
    for name in ("checks.py", "wording.py", "data.py"):
        digest.update(package.joinpath(name).read_bytes())
    # A page's links are also checked against the English link texts.
    for data in (pack(lang, folders).wording, pack("en", folders).wording):
        digest.update(json.dumps(data, sort_keys=True, default=str).encode())
    return digest.hexdigest()


def cached_check_page(content_html: str, lang: str, folder: Path) -> list[Finding]:
    """``check_page`` remembered by the hash of the page, the rules and their data.

    Finding stigmatising wording reads every word's dictionary form; an unchanged page
    is checked once, whatever builds follow.
    """
    return remembered(
        folder,
        [lang, _rules_version(lang), content_html],
        lambda: check_page(content_html, lang),
        lambda found: [asdict(finding) for finding in found],
        lambda saved: [Finding(**finding) for finding in saved],
    )
