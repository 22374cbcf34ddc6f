"""A rendered page made ready for the course book, where every page shares one document.

MkDocs renders each page on its own: ids repeat from page to page, links are relative to
the page's address, every page opens with a Heading 1, and some parts only work in a
browser (a trainer's notes that fold away, a frame that plays a video). In the book a
module is a chapter (Heading 1) and each of its pages a section (Heading 2); ids are
made unique; a link to a page in the book leads to it inside the book, and a link to
anything else leads to the site.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from urllib.parse import urljoin, urlsplit

from lxml import html as lxml_html
from lxml.html import HtmlElement

# A stand-in for the site's root while relative addresses are resolved.
_ROOT = "https://site.invalid/"
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# Parts a printed page or an e-book cannot play: each becomes a link to what it shows.
_MEDIA = "//iframe | //video | //audio | //object | //embed"


def page_anchor(base_uri: str) -> str:
    """The id of a page in the book: ``module-1/values.md`` → ``page-module-1-values``;
    a module's landing page ``module-1/index.md`` → ``page-module-1``."""
    stem = base_uri.removesuffix(".md").removesuffix("/index").removesuffix("index")
    return "page-" + (re.sub(r"[^A-Za-z0-9_-]+", "-", stem).strip("-") or "home")


def book_page(
    html: str,
    *,
    url: str,
    anchors: Mapping[str, str],
    site_url: str,
    landing: bool,
    title: str,
    notice: str = "",
) -> str:
    """The page's content ``html`` as a part of the book.

    ``url`` is the page's address below the site's root, ``anchors`` maps the address of
    every page in the book to its anchor, ``site_url`` is where the site is published
    ("" when unknown: links to pages outside the book then become plain text). A
    module's ``landing`` page keeps its Heading 1, which opens the chapter; others move
    one level down. ``notice`` goes under the title, as on the site.
    """
    anchor = anchors[url]
    root = lxml_html.fragment_fromstring(html, create_parent="div")
    _unique_ids(root, anchor)
    heading = _title_heading(root, anchor, title)
    if landing:
        # The landing page's own sections are not entries of the e-book's contents
        # (pandoc leaves out headings of this class); the module's pages are.
        for section in root.iter("h2"):
            section.set("class", f"{section.get('class', '')} unlisted".strip())
    else:
        for element in root.iter(*_HEADINGS):
            element.tag = f"h{min(int(element.tag[1]) + 1, 6)}"
    for link in root.iter("a"):
        _relink(link, url, anchor, anchors, site_url)
    _unfold(root)
    _media_as_links(root)
    if notice:
        heading.addnext(_note(notice, heading.tail))
        heading.tail = None
    return _serialise(root)


def _unique_ids(root: HtmlElement, anchor: str) -> None:
    """Every id prefixed with the page's anchor, and every reference to one with it."""
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.get("id"):
            element.set("id", f"{anchor}--{element.get('id')}")
        for attribute in ("aria-labelledby", "aria-describedby"):
            if element.get(attribute):
                names = element.get(attribute, "").split()
                element.set(attribute, " ".join(f"{anchor}--{name}" for name in names))


def _title_heading(root: HtmlElement, anchor: str, title: str) -> HtmlElement:
    """The page's Heading 1, which carries the page's anchor; made from ``title`` if the
    page has none."""
    heading = next(root.iter("h1"), None)
    if heading is None:
        heading = lxml_html.etree.Element("h1")
        heading.text = title
        root.insert(0, heading)
        heading.tail, root.text = root.text, None
    heading.set("id", anchor)
    return heading


def _relink(
    link: HtmlElement, url: str, anchor: str, anchors: Mapping[str, str], site_url: str
) -> None:
    """Point ``link`` into the book where its target is in the book, else at the site."""
    for attribute in ("download", "type"):
        link.attrib.pop(attribute, None)
    href = link.get("href")
    if href is None:
        return
    parts = urlsplit(href)
    if parts.scheme or parts.netloc:
        return
    address = urljoin(_ROOT + url, href)
    path, _, fragment = address.removeprefix(_ROOT).partition("#")
    path = path.split("?")[0]
    target = anchor if not path and href.startswith("#") else anchors.get(path)
    if target is not None:
        link.set("href", f"#{target}--{fragment}" if fragment else f"#{target}")
    elif site_url:
        link.set("href", urljoin(site_url, address.removeprefix(_ROOT)))
    else:
        link.drop_tag()


def _unfold(root: HtmlElement) -> None:
    """Folded parts (``<details>``: a trainer's notes) open, their summary a label."""
    for details in list(root.iter("details")):
        details.tag = "div"
        details.attrib.pop("open", None)
        details.set("class", f"{details.get('class', '')} book-details".strip())
        summary = details.find("summary")
        if summary is not None:
            # In bold rather than by a class: pandoc keeps no class on a paragraph.
            title = lxml_html.etree.Element("p", {"class": "book-details__title"})
            title.tail = summary.tail
            summary.tag, summary.tail = "strong", None
            summary.addprevious(title)
            title.append(summary)
    # A learner's space to write is an empty box on the site; the book names it.
    for space in root.xpath("//div[contains(@class, 'oer-worksheet')]"):
        space.getparent().replace(space, _note(space.get("aria-label", ""), space.tail))


def _note(text: str, tail: str | None) -> HtmlElement:
    """A paragraph of the book's own, in italics (pandoc keeps no class on a paragraph)."""
    note = lxml_html.etree.Element("p", {"class": "book-note"})
    lxml_html.etree.SubElement(note, "em").text = text
    note.tail = tail
    return note


def _media_as_links(root: HtmlElement) -> None:
    for media in root.xpath(_MEDIA):
        address = media.get("src") or media.get("data") or ""
        paragraph = lxml_html.etree.Element("p", {"class": "book-media"})
        if urlsplit(address).scheme in ("http", "https"):
            link = lxml_html.etree.SubElement(paragraph, "a", {"href": address})
            link.text = media.get("title") or address
        else:
            paragraph.text = media.get("title") or ""
        paragraph.tail = media.tail
        media.getparent().replace(media, paragraph)


def resolve_fragments(fragments: Sequence[str]) -> list[str]:
    """The book's pages with every link inside the book leading somewhere.

    A link may name an id its target page does not have (a heading renamed since, a
    page title's own id); the page's anchor is the nearest place that exists. A link
    whose page is not in the book either loses its address and stays as text.
    """
    roots = [lxml_html.fragment_fromstring(f, create_parent="div") for f in fragments]
    ids = {element.get("id") for root in roots for element in root.iter() if element.get("id")}
    for root in roots:
        for link in root.iter("a"):
            href = link.get("href", "")
            if not href.startswith("#") or href[1:] in ids:
                continue
            page = href[1:].split("--")[0]
            if page in ids:
                link.set("href", f"#{page}")
            else:
                link.drop_tag()
    return [_serialise(root) for root in roots]


def _serialise(root: HtmlElement) -> str:
    return (root.text or "") + "".join(
        lxml_html.tostring(child, encoding="unicode") for child in root
    )
