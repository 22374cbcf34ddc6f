"""The allow-list sanitiser for a page's rendered content (Markdown → HTML, before the theme).

nh3 (the maintained binding of the Rust sanitiser ammonia) does the cleaning: whatever is
not on these lists is removed, however it is spelled or encoded. What was removed is then
found by comparing the elements and attributes before and after, so that a strict build can
tell the author exactly what went, without a second set of rules that could drift.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from urllib.parse import urlsplit

import nh3
from lxml import html as lxml_html

from oer.safety.urls import LINK_SCHEMES, frame_allowed

# Everything Python-Markdown, its standard extensions, pymdownx (details, superfences,
# blocks) and the course's own blocks produce.
ELEMENTS = frozenset(
    {
        "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup",
        "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure",
        "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "iframe", "img", "ins", "kbd", "li",
        "mark", "ol", "p", "pre", "q", "s", "samp", "section", "small", "span", "strong",
        "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time",
        "tr", "u", "ul", "var", "wbr",
    }
)  # fmt: skip
# Removed together with everything inside them.
REMOVED_WITH_CONTENT = frozenset({"script", "style", "template", "noscript", "title", "textarea"})
GLOBAL_ATTRIBUTES = frozenset({"id", "class", "title", "lang", "dir", "role", "hidden"})
ARIA_ATTRIBUTES = frozenset(
    {"aria-label", "aria-labelledby", "aria-describedby", "aria-hidden", "aria-level"}
)
ATTRIBUTES: dict[str, frozenset[str]] = {
    "a": frozenset({"href", "hreflang", "download", "type", "rel"}),
    "img": frozenset({"src", "alt", "width", "height", "loading"}),
    "iframe": frozenset(
        {"src", "width", "height", "allow", "allowfullscreen", "loading", "referrerpolicy"}
    ),
    "td": frozenset({"colspan", "rowspan", "style"}),
    "th": frozenset({"colspan", "rowspan", "scope", "style"}),
    "ol": frozenset({"start", "type", "reversed"}),
    "col": frozenset({"span"}),
    "colgroup": frozenset({"span"}),
    "details": frozenset({"open"}),
    "q": frozenset({"cite"}),
    "blockquote": frozenset({"cite"}),
    "time": frozenset({"datetime"}),
    "section": frozenset({"data-exercise-id"}),
    "dd": frozenset({"data-field", "data-minutes"}),
    "div": frozenset({"data-kind", "data-count", "style"}),
}
# Material names its own elements "__config", "__search", "__drawer", "__palette_0"…
THEME_IDS = ("__",)
# Material names its own elements "__config", "__search", "__drawer", "__palette_0"…
THEME_IDS = ("__",)
# Tables align columns with style="text-align"; worksheets size themselves with a variable.
STYLE_PROPERTIES = frozenset({"text-align", "--oer-count"})


@dataclass(frozen=True)
class Removal:
    """One element or attribute the sanitiser took out."""

    element: str
    attribute: str | None = None

    def describe(self) -> str:
        if self.attribute is None:
            return f"a <{self.element}> element"
        return f"the '{self.attribute}' attribute of a <{self.element}> element"


@dataclass(frozen=True)
class CleanedHtml:
    html: str
    removals: tuple[Removal, ...]


def clean_page_html(content: str, frame_hosts: Iterable[str]) -> CleanedHtml:
    """The page's rendered content with only allowed elements, attributes and addresses."""
    hosts = tuple(frame_hosts)
    cleaned = nh3.clean(
        content,
        tags=set(ELEMENTS),
        clean_content_tags=set(REMOVED_WITH_CONTENT),
        attributes={"*": set(GLOBAL_ATTRIBUTES | ARIA_ATTRIBUTES)}
        | {tag: set(names) for tag, names in ATTRIBUTES.items()},
        attribute_filter=partial(_filter_attribute, hosts=hosts),
        url_schemes=set(LINK_SCHEMES),
        filter_style_properties=set(STYLE_PROPERTIES),
        link_rel=None,
        strip_comments=True,
    )
    return CleanedHtml(cleaned, _removals(content, cleaned))


def _filter_attribute(
    element: str, attribute: str, value: str, hosts: tuple[str, ...]
) -> str | None:
    if element == "iframe" and attribute == "src":
        return value if frame_allowed(value, hosts) else None
    if element == "img" and attribute == "src" and _remote(value):
        # Images come from the site itself: a remote image tracks readers and breaks offline.
        return None
    if attribute == "id" and value.startswith(THEME_IDS):
        # The theme finds its own elements (its settings, the search box) by these ids; an
        # element of the page with the same id would be found first.
        return None
    return value


def _remote(address: str) -> bool:
    parts = urlsplit(address.strip())
    return bool(parts.scheme or parts.netloc or address.strip().startswith(("//", "\\")))


def _inventory(fragment: str) -> tuple[Counter[str], Counter[tuple[str, str]]]:
    elements: Counter[str] = Counter()
    attributes: Counter[tuple[str, str]] = Counter()
    if not fragment.strip():
        return elements, attributes
    root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    for node in root.iterdescendants():
        if not isinstance(node.tag, str):
            continue
        tag = node.tag.lower().rsplit("}", 1)[-1]
        elements[tag] += 1
        for name in node.attrib:
            attributes[(tag, str(name).lower())] += 1
    return elements, attributes


def _removals(before: str, after: str) -> tuple[Removal, ...]:
    elements_before, attributes_before = _inventory(before)
    elements_after, attributes_after = _inventory(after)
    removed = [Removal(tag) for tag in sorted(elements_before - elements_after)]
    removed += [
        Removal(tag, name)
        for tag, name in sorted(attributes_before - attributes_after)
        if tag not in elements_before - elements_after or tag in elements_after
    ]
    return tuple(removed)
