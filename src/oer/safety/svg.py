"""Which SVG images may be published: drawings only, nothing that runs or reaches out.

An SVG opened on its own is a document that can run scripts, so an SVG from a pull
request is published only when every element is a known drawing element and nothing in
it refers to another file or address.
"""

from __future__ import annotations

import re

from lxml import etree

SVG_NAMESPACE = "http://www.w3.org/2000/svg"
XLINK_NAMESPACE = "http://www.w3.org/1999/xlink"
DRAWING_ELEMENTS = frozenset(
    {
        "svg", "g", "defs", "symbol", "use", "title", "desc", "metadata", "path", "rect",
        "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "textPath",
        "linearGradient", "radialGradient", "stop", "clipPath", "mask", "pattern", "marker",
        "filter", "feGaussianBlur", "feOffset", "feBlend", "feColorMatrix", "feFlood",
        "feComposite", "feMerge", "feMergeNode", "feMorphology", "switch",
    }
)  # fmt: skip
# Editors (Inkscape, Illustrator) keep their own notes in other namespaces; they are inert
# only inside <metadata>, or as attributes.
_REFERENCE = re.compile(r"url\(\s*['\"]?\s*(?!#)", re.IGNORECASE)


def svg_problems(data: bytes) -> list[str]:
    """What makes this SVG unsafe to publish, in plain words; empty when it is a drawing."""
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        return [f"it is not a well-formed SVG file ({error.msg})"]
    if root.getroottree().docinfo.internalDTD is not None:
        return ["it declares a DTD (entities can read other files)"]
    problems: list[str] = []
    _check(root, problems)
    return problems


def _check(element: etree._Element, problems: list[str]) -> None:
    if not isinstance(element.tag, str):
        return  # comments and processing instructions draw nothing and run nothing
    namespace, _, name = element.tag.rpartition("}")
    namespace = namespace.lstrip("{")
    if namespace != SVG_NAMESPACE or name not in DRAWING_ELEMENTS:
        problems.append(f"it contains a <{name}> element, which is not a drawing element")
        return
    for attribute, value in element.attrib.items():
        local = str(attribute).rpartition("}")[2].lower()
        if local.startswith("on"):
            problems.append(f"<{name}> has an event handler '{local}'")
        elif local == "href" and not str(value).strip().startswith("#"):
            problems.append(f"<{name}> refers to '{value}'; only '#…' references are allowed")
        elif _REFERENCE.search(str(value)):
            problems.append(f"<{name}> '{local}' refers to another file or address")
    if name == "metadata":
        return
    for child in element:
        _check(child, problems)
