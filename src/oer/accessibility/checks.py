"""Accessibility checks over a page's rendered HTML.

Each check takes the parsed content and returns findings; ``check_page`` runs
them all. A finding carries a snippet of the source (``locate``) so the hook can
point the author at a line of their Markdown.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeAlias

from lxml import html as lxml_html

from oer.accessibility.data import LanguageData, language_data


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


def respectful_language(page: Page, data: LanguageData) -> list[Finding]:
    found = []
    # Passages that show stigmatising words on purpose (a "say instead" table) opt out.
    quoted = page.xpath("//*[contains(@class, 'oer-language-examples')]")
    for element in quoted:
        element.drop_tree()
    text = " ".join(page.text_content().split())
    for rule in data.terms:
        for match in rule.pattern.finditer(text):
            found.append(
                Finding(
                    "respectful-language",
                    f"'{match.group(0)}' can stigmatise.",
                    f"Use person-first, recovery-oriented wording: {rule.use}.",
                    match.group(0),
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
    # Last: it removes quoted passages from the tree it is given.
    "respectful-language": respectful_language,
}


def check_page(content_html: str, lang: str) -> list[Finding]:
    """Run every check over a page's content in ``lang``."""
    if not content_html.strip():
        return []
    page = lxml_html.fragment_fromstring(content_html, create_parent="div")
    data = language_data(lang)
    return [finding for check in CHECKS.values() for finding in check(page, data)]
