"""The bundle's documents as HTML (for PDF and for pandoc) and its README as text.

Each exercise arrives as the section readers see online; ``printable`` and
``editable`` reshape it for paper and for a word processor.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.resources import files
from urllib.parse import urlsplit

import segno
from babel.core import get_global
from babel.lists import format_list
from babel.units import format_unit
from lxml import html as lxml_html
from lxml.html import HtmlElement

from oer.bundles.spec import BundleSpec
from oer.languages.language_packs import pack
from oer.locales import label
from oer.templates import templates_for

NBSP = "\u00a0"


@dataclass(frozen=True)
class PageGeometry:
    """The printed page, in millimetres; the print stylesheet's ``@page`` is written from it."""

    height: float = 297
    top: float = 20
    right: float = 18
    bottom: float = 22
    left: float = 18

    @property
    def css_margin(self) -> str:
        return f"{self.top}mm {self.right}mm {self.bottom}mm {self.left}mm"

    @property
    def content_bottom(self) -> float:
        return self.height - self.bottom


PAGE = PageGeometry()
# Writing space on a learner's sheet, per line and per box, before any fitting.
LINE_MM = 11.0
BOX_MM = 32.0
# A line inside a writing box of an editable document (see reference_documents).
BOX_LINE_MM = 8.0
# Fitting never shrinks the writing space below this share of its full height.
SMALLEST_SCALE = 0.6


def css_string(text: str) -> str:
    """``text`` as a quoted CSS string that cannot close the ``<style>`` element around it."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("<", "\\3C ")
    return '"' + escaped.replace("\n", "\\A ") + '"'


def _fragment(section_html: str) -> HtmlElement:
    return lxml_html.fragment_fromstring(section_html, create_parent="div")


def _serialise(root: HtmlElement) -> str:
    return (root.text or "") + "".join(
        lxml_html.tostring(child, encoding="unicode") for child in root
    )


def _element(markup: str) -> HtmlElement:
    return lxml_html.fragment_fromstring(markup)


def _glued(text: str) -> str:
    """A label that never wraps inside itself ("Group size" stays on one line)."""
    return text.strip().replace(" ", NBSP)


def _meta_paragraph(meta: HtmlElement, separator: str = " ") -> HtmlElement:
    """The exercise's details as "Label: value" pairs, each label glued to its value.

    A definition list flows as inline boxes with no break between one value and the
    next label, so a line could only break after a colon, splitting "Materials:"
    from its value. Here the only breaks are inside values and between pairs.
    """
    paragraph = _element('<p class="oer-exercise__meta"></p>')
    for number, term in enumerate(meta.findall("dt")):
        value = term.getnext()
        pair = lxml_html.etree.SubElement(paragraph, "span", {"class": "oer-pair"})
        name = lxml_html.etree.SubElement(pair, "strong")
        name.text = f"{_glued(term.text_content())}:"
        name.tail = NBSP + (value.text_content().strip() if value is not None else "")
        pair.tail = separator if number < len(meta.findall("dt")) - 1 else None
    return paragraph


def _unwrap_local_links(root: HtmlElement) -> None:
    """Links to the site's own files become plain text: a printed sheet cannot follow them.

    Handouts named in an exercise travel in the bundle's ZIP; a relative link from
    the page would lead nowhere once the sheet is downloaded.
    """
    for link in root.iter("a"):
        if urlsplit(link.get("href", "")).scheme not in ("http", "https", "mailto"):
            link.drop_tag()


def worksheet_height(section_html: str) -> float:
    """Millimetres of writing space the exercise asks for, at full size."""
    if "oer-worksheet" not in section_html:
        return 0.0
    return sum(
        int(space.get("data-count", "5"))
        * (BOX_MM if "boxes" in space.get("class", "") else LINE_MM)
        for space in _fragment(section_html).xpath("//div[contains(@class, 'oer-worksheet')]")
    )


# A web address written out in text; a closing bracket or full stop after it is not part of it.
_ADDRESS = re.compile(r"https?://[^\s<>()\"']+[^\s<>()\"'.,;:!?]")


def _in_link(node: HtmlElement | None) -> bool:
    return node is not None and (node.tag == "a" or any(a.tag == "a" for a in node.iterancestors()))


def _link_addresses(root: HtmlElement) -> None:
    """Make every address written out in text a link, which also keeps it from being hyphenated."""
    for node in list(root.iter()):
        if not _in_link(node):
            _link_in(node, "text")
        if node is not root and not _in_link(node.getparent()):
            _link_in(node, "tail")


def _link_in(node: HtmlElement, attribute: str) -> None:
    """Split ``node.text`` or ``node.tail`` into text and links, in place."""
    text = getattr(node, attribute) or ""
    matches = list(_ADDRESS.finditer(text))
    if not matches:
        return
    setattr(node, attribute, text[: matches[0].start()])
    links = []
    for number, match in enumerate(matches):
        link = lxml_html.etree.Element("a", {"href": match.group()})
        link.text = match.group()
        end = matches[number + 1].start() if number + 1 < len(matches) else len(text)
        link.tail = text[match.end() : end]
        links.append(link)
    parent, start = (
        (node, 0) if attribute == "text" else (node.getparent(), node.getparent().index(node) + 1)
    )
    for offset, link in enumerate(links):
        parent.insert(start + offset, link)


def credits_html(attribution_html: str, lang: str) -> str:
    """The module's credits for a document: each group of co-producers one sentence
    ("Experts by experience: Robin M. and Sam Okafor."), addresses made links."""
    root = _fragment(attribution_html)
    for group in root.xpath("//div[contains(concat(' ', @class, ' '), ' oer-credit-group ')]"):
        heading = group.find("h3")
        names = [item.text_content().strip() for item in group.iter("li")]
        group.getparent().replace(
            group, _sentence(heading.text_content() if heading is not None else "", names, lang)
        )
    for listing in root.xpath("//dl[contains(@class, 'oer-translation-credits')]"):
        for term in listing.findall("dt"):
            value = term.getnext()
            names = [value.text_content().strip()] if value is not None else []
            listing.addprevious(_sentence(term.text_content(), names, lang))
        listing.getparent().remove(listing)
    for wrapper in root.xpath("//div[contains(@class, 'oer-credit-groups')]"):
        wrapper.drop_tag()
    _link_addresses(root)
    return _serialise(root)


def _sentence(role: str, names: list[str], lang: str) -> HtmlElement:
    paragraph = _element('<p class="oer-credit"></p>')
    name = lxml_html.etree.SubElement(paragraph, "strong")
    name.text = f"{role.strip()}:"
    name.tail = f" {format_list(names, locale=lang)}."
    return paragraph


@dataclass(frozen=True)
class WritingSpace:
    """How an exercise's writing space is printed on a learner's sheet."""

    # Share of the full height of its lines and boxes.
    scale: float = 1.0
    # On a page of its own, under the exercise's title, when the exercise leaves too
    # little room for it even at the smallest scale.
    own_page: bool = False


def printable(
    section_html: str, *, guide: bool, space: WritingSpace = WritingSpace(), title: str = ""
) -> str:
    """An exercise made for paper.

    On a learner's sheet each empty worksheet block becomes lines or boxes to write in,
    sized as ``space`` says; the trainer guide names the space instead of printing it,
    so the exercise and its notes fit on one page.
    """
    root = _fragment(section_html)
    spaces = root.xpath("//div[contains(@class, 'oer-worksheet')]")
    for block in spaces:
        if guide:
            note = _element('<p class="oer-worksheet-note"></p>')
            note.text = block.get("aria-label", "")
            block.getparent().replace(block, note)
            continue
        unit = BOX_MM if "boxes" in block.get("class", "") else LINE_MM
        for _ in range(int(block.get("data-count", "5"))):
            line = lxml_html.etree.SubElement(block, "span")
            line.set("style", f"height: {unit * space.scale:.1f}mm")
    if spaces and space.own_page and not guide:
        page = lxml_html.etree.SubElement(root[0], "div", {"class": "oer-write-page"})
        heading = lxml_html.etree.SubElement(page, "p", {"class": "oer-write-page__title"})
        name = lxml_html.etree.SubElement(heading, "strong")
        name.text = title
        name.tail = " · " + "; ".join(block.get("aria-label", "") for block in spaces)
        for block in spaces:
            page.append(block)
    for meta in root.xpath("//dl[contains(@class, 'oer-exercise__meta')]"):
        meta.getparent().replace(meta, _meta_paragraph(meta))
    for listing in root.xpath("//p[contains(@class, 'oer-exercise__attachments')]"):
        listing.text = (listing.text or "").rstrip().rstrip(":") + ":" + NBSP
    _unwrap_local_links(root)
    _link_addresses(root)
    return _serialise(root)


def qr_data_uri(url: str) -> str:
    svg = segno.make(url, error="m").svg_inline(scale=4, border=0)
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def duration_text(minutes: int | None, lang: str) -> str:
    return str(format_unit(minutes, "duration-minute", locale=lang)) if minutes else "-"


def document_title(spec: BundleSpec, *, guide: bool) -> str:
    kind = label(spec.lang, "bundles.trainer_pdf" if guide else "bundles.learner_pdf")
    return f"{kind}: {spec.module_title}"


def short_address(url: str) -> str:
    """The address without its scheme, as printed in a footer: "example.org/course/m/"."""
    parts = urlsplit(url)
    return url.removeprefix(f"{parts.scheme}://") if parts.scheme else url


def sheets_html(
    spec: BundleSpec,
    *,
    guide: bool,
    spaces: Mapping[int, WritingSpace] | None = None,
) -> str:
    """Learner sheets (``guide=False``) or the trainer guide, for WeasyPrint.

    Learner sheets give each exercise a page of its own, so a trainer can hand out one;
    the first starts on page 1 under a compact header. The guide flows, keeping each
    exercise with its notes. ``spaces`` sizes the writing space of some exercises.
    """
    lang = spec.lang
    total = sum(e.duration_minutes or 0 for e in spec.exercises)
    spaces = spaces or {}
    return (
        templates_for(__package__)
        .get_template("sheets.html")
        .render(
            spec=spec,
            guide=guide,
            title=document_title(spec, guide=guide),
            kind=label(lang, "bundles.trainer_pdf" if guide else "bundles.learner_pdf"),
            css=files(__package__).joinpath("templates", "print.css").read_text(encoding="utf-8"),
            page_margin=PAGE.css_margin,
            header_css=css_string(spec.module_title),
            footer_css=css_string(f"{spec.licence} · {short_address(spec.url)}"),
            page_label_css=css_string(label(lang, "bundles.page")),
            qr=qr_data_uri(spec.url),
            qr_alt=label(lang, "bundles.qr_alt").format(url=spec.url),
            credits=credits_html(spec.attribution_html, lang),
            sheets=[
                printable(
                    e.learner_html,
                    guide=guide,
                    space=spaces.get(index, WritingSpace()),
                    title=e.title,
                )
                for index, e in enumerate(spec.exercises)
            ],
            durations=[duration_text(e.duration_minutes, lang) for e in spec.exercises],
            total=duration_text(total, lang),
            labels=_overview_labels(lang),
        )
    )


# Where each element with an id fell in a laid-out document: for each page it is on,
# (page index, top, bottom), in millimetres from the page's top edge.
Positions = Mapping[str, Sequence[tuple[int, float, float]]]


def fitted_learner_sheets(spec: BundleSpec, measure: Callable[[str], Positions]) -> str:
    """Learner sheets that keep each exercise on its page, rather than leave a page
    holding its last few lines.

    ``measure`` lays out a document and says where its elements fell. Where an exercise
    runs over, its writing space shrinks; where even the smallest would not fit, the
    writing space gets a page of its own.
    """
    spaces: dict[int, WritingSpace] = {}
    for _ in range(3):
        laid_out = measure(sheets_html(spec, guide=False, spaces=spaces))
        changed = False
        for index, exercise in enumerate(spec.exercises):
            full = worksheet_height(exercise.learner_html)
            pieces = laid_out.get(f"sheet-{index + 1}", ())
            space = spaces.get(index, WritingSpace())
            if not full or space.own_page or len(pieces) < 2:
                continue
            # What spilled over, plus a little for the line that widows/orphans pushed along.
            overflow = pieces[1][2] - PAGE.top + 4 if len(pieces) == 2 else full
            scale = (full * space.scale - overflow) / full
            spaces[index] = (
                WritingSpace(scale) if scale >= SMALLEST_SCALE else WritingSpace(own_page=True)
            )
            changed = True
        if not changed:
            break
    return sheets_html(spec, guide=False, spaces=spaces)


def language_tag(lang: str) -> str:
    """``lang`` with a region, as word processors want it: "es" → "es-ES".

    A word processor shows and checks spelling in a language with a region: the one the
    language's pack names (``region:`` in pack.yml; English is British), or else babel's
    most likely one.
    """
    if "-" in lang or "_" in lang:
        return lang.replace("_", "-")
    if region := pack(lang).region:
        return region
    likely = get_global("likely_subtags").get(lang, "")
    region = next((part for part in likely.split("_")[1:] if part.isupper() and len(part) == 2), "")
    return f"{lang}-{region}" if region else lang


def _style(name: str) -> dict[str, str]:
    """Pandoc gives the paragraphs of a div with this attribute the paragraph style ``name``."""
    return {"data-custom-style": name}


def editable_exercise(section_html: str, *, guide: bool) -> str:
    """An exercise made for a word processor: no "Exercise" label above its heading,
    its details as one line, and room to write as ruled lines or bordered boxes that
    pandoc gives the reference document's "Writing Line" and "Writing Box" styles."""
    root = _fragment(section_html)
    for kicker in root.xpath("//p[contains(@class, 'oer-exercise__label')]"):
        kicker.getparent().remove(kicker)
    for space in root.xpath("//div[contains(@class, 'oer-worksheet')]"):
        replacement = _element("<div></div>")
        if guide:
            note = lxml_html.etree.SubElement(replacement, "p")
            note.text = space.get("aria-label", "")
        elif "boxes" in space.get("class", ""):
            for number in range(int(space.get("data-count", "5"))):
                if number:
                    lxml_html.etree.SubElement(replacement, "p").text = NBSP
                box = lxml_html.etree.SubElement(
                    replacement, "div", {"custom-style": "Writing Box"}
                )
                for _ in range(round(BOX_MM / BOX_LINE_MM)):
                    lxml_html.etree.SubElement(box, "p").text = NBSP
        else:
            lines = lxml_html.etree.SubElement(replacement, "div", _style("Writing Line"))
            for _ in range(int(space.get("data-count", "5"))):
                lxml_html.etree.SubElement(lines, "p").text = NBSP
        space.getparent().replace(space, replacement)
    for meta in root.xpath("//dl[contains(@class, 'oer-exercise__meta')]"):
        meta.getparent().replace(meta, _meta_paragraph(meta, separator=" · "))
    for listing in root.xpath("//p[contains(@class, 'oer-exercise__attachments')]"):
        listing.text = (listing.text or "").rstrip().rstrip(":") + ":" + NBSP
    _unwrap_local_links(root)
    _link_addresses(root)
    return _serialise(root)


def editable_html(spec: BundleSpec, *, guide: bool) -> str:
    """Learner sheets or the trainer guide in plain HTML, for pandoc to write as DOCX and ODT.

    Its only Heading 1 is the module's title; exercises are Heading 2, trainer notes
    Heading 3. On learner sheets each exercise starts a page, as on paper.
    """
    lang = spec.lang
    total = sum(e.duration_minutes or 0 for e in spec.exercises)
    return (
        templates_for(__package__)
        .get_template("editable.html")
        .render(
            spec=spec,
            guide=guide,
            language=language_tag(lang),
            title=document_title(spec, guide=guide),
            kind=label(lang, "bundles.trainer_pdf" if guide else "bundles.learner_pdf"),
            sheets=[editable_exercise(e.learner_html, guide=guide) for e in spec.exercises],
            durations=[duration_text(e.duration_minutes, lang) for e in spec.exercises],
            total=duration_text(total, lang),
            credits=credits_html(spec.attribution_html, lang),
            labels=_overview_labels(lang),
        )
    )


def editable_properties(spec: BundleSpec, *, guide: bool) -> dict[str, str]:
    """The editable document's properties (pandoc metadata): what Word and LibreOffice
    show as the file's properties, and the language they check spelling in."""
    return {
        "title": document_title(spec, guide=guide),
        "subject": spec.module_title,
        "author": spec.course,
        "lang": language_tag(spec.lang),
        "licence": spec.licence,
        "source": spec.url,
    }


def running_text(spec: BundleSpec) -> dict[str, str]:
    """What the editable document's header and footer say (see render.PLACEHOLDERS)."""
    return {
        "module": spec.module_title,
        "licence": spec.licence,
        "address": short_address(spec.url),
        "page": label(spec.lang, "bundles.page"),
        "language": language_tag(spec.lang),
    }


def source_date(spec: BundleSpec) -> datetime:
    """When the module's sources last changed: the documents' created and modified date."""
    if spec.updated:
        return datetime.fromisoformat(spec.updated)
    # Only a spec made by hand has no date; the build always knows one.
    return datetime(2000, 1, 1, tzinfo=UTC)


def readme_text(spec: BundleSpec, contents: list[tuple[str, str]]) -> str:
    return (
        templates_for(__package__)
        .get_template("readme.txt")
        .render(
            spec=spec, contents=contents, labels={"contents": label(spec.lang, "bundles.contents")}
        )
    )


def _overview_labels(lang: str) -> dict[str, str]:
    """The words of the exercises-at-a-glance table, in the PDF and the editable guide."""
    keys = {
        "overview": "bundles.overview",
        "exercise": "exercises.label",
        "duration": "exercises.duration",
        "total": "bundles.total",
        "notes": "exercises.trainer_notes",
    }
    return {name: label(lang, key) for name, key in keys.items()}
