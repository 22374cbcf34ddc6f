"""Images in an exercise, carried inside the document so the renderers fetch nothing.

WeasyPrint and pandoc would read any file or address an ``<img>`` names. Instead, each
image below docs/ is embedded as a ``data:`` URI; so the bundle's cache key covers the
image itself, and a renderer has nothing to fetch.
"""

from __future__ import annotations

import base64
from pathlib import Path
from urllib.parse import unquote, urlsplit

from lxml import html as lxml_html

from oer.problems import Problem

IMAGE_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".svg": "image/svg+xml",
}


def embed_images(
    fragment: str, page_folder: Path, docs_dir: Path, file: str, *, part: str = "in an exercise"
) -> tuple[str, list[Problem]]:
    """``fragment`` with every image below docs/ embedded, and what could not be.

    ``part`` says where the fragment is, for the message: "in an exercise", "on the page".
    """
    if "<img" not in fragment:
        return fragment, []
    problems: list[Problem] = []
    root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    docs = docs_dir.resolve()
    for image in root.iter("img"):
        address = image.get("src", "")
        data_uri, reason = _embedded(address, page_folder, docs)
        if data_uri is None:
            image.drop_tree()
            problems.append(
                Problem(
                    file,
                    f"The image '{address}' {part} cannot go into the downloads: {reason}.",
                    "Put the image in docs/ and link it by its path relative to the page.",
                )
            )
        else:
            image.set("src", data_uri)
    html = (root.text or "") + "".join(lxml_html.tostring(c, encoding="unicode") for c in root)
    return html, problems


def _embedded(address: str, page_folder: Path, docs: Path) -> tuple[str | None, str]:
    parts = urlsplit(address)
    if parts.scheme or parts.netloc or not parts.path:
        return None, "only images inside docs/ are used"
    media_type = IMAGE_TYPES.get(Path(parts.path).suffix.lower())
    if media_type is None:
        return None, f"use one of {', '.join(IMAGE_TYPES)}"
    path = (page_folder / unquote(parts.path)).resolve()
    if not path.is_relative_to(docs):
        return None, "it is outside docs/"
    if not path.is_file():
        return None, "the file does not exist"
    encoded = base64.b64encode(path.read_bytes()).decode("ascii")
    return f"data:{media_type};base64,{encoded}", ""
