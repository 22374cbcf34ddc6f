"""HTML to tagged PDF (WeasyPrint) and to DOCX/ODT (pandoc), reproducibly.

Both libraries are imported when first needed, so a build whose bundles all
come from the cache never pays for loading them.
"""

from __future__ import annotations

import os
import tempfile
from importlib.metadata import version
from pathlib import Path
from typing import Any

# Pandoc stamps DOCX and ODT with the build time unless told otherwise.
_REPRODUCIBLE_EPOCH = "315532800"


def renderer_versions() -> tuple[str, ...]:
    return (f"weasyprint {version('weasyprint')}", f"pypandoc-binary {version('pypandoc-binary')}")


# CSS pixels per millimetre: WeasyPrint reports positions in CSS pixels.
_PX_PER_MM = 96 / 25.4


def _document(html: str) -> Any:
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    # Images are embedded before rendering (oer.bundles.images); whatever else the markup
    # names is refused rather than read from the builder's disk or the network.
    embedded_only = URLFetcher(allowed_protocols={"data"}, allow_redirects=False)
    return HTML(string=html, url_fetcher=embedded_only)


def positions(html: str) -> dict[str, list[tuple[int, float, float]]]:
    """Where each element with an id falls once laid out, one entry per page it is on:
    (page index, top and bottom in mm from the page's top edge)."""
    found: dict[str, list[tuple[int, float, float]]] = {}
    for index, page in enumerate(_document(html).render().pages):
        for name, (_, top, _, bottom) in page.anchors.items():
            found.setdefault(name, []).append((index, top / _PX_PER_MM, bottom / _PX_PER_MM))
    return found


def pdf(html: str) -> bytes:
    """Tagged PDF/UA-1; language, title and author come from ``<html lang>``, ``<title>``
    and ``<meta name="author">``."""
    data: bytes = _document(html).write_pdf(pdf_variant="pdf/ua-1", finisher=_finish_tags)
    return data


def _finish_tags(document: Any, pdf: Any) -> None:
    """Complete what WeasyPrint 70 leaves out of the structure of a PDF/UA-1 file.

    WeasyPrint marks the text of page margins (running header and footer) as content
    but keeps it out of the structure tree: a screen reader would meet it on every page,
    and PDF/UA-1 has no place for it but as an artifact (WeasyPrint issue #1836; it can
    only join the tree in PDF 2.0). Here that text becomes a pagination artifact.
    Table header cells get the /Scope that WeasyPrint does not write.
    Runs through WeasyPrint's ``finisher``, on its own objects, before the file is written.
    """
    import pydyf  # type: ignore[import-untyped]

    objects = pdf.objects

    def resolve(reference: bytes) -> Any:
        return objects[int(reference.split()[0])]

    root = resolve(pdf.catalog["StructTreeRoot"])
    reachable: set[int] = set()
    waiting = list(root["K"])
    while waiting:
        kid = waiting.pop()
        if not isinstance(kid, bytes) or int(kid.split()[0]) in reachable:
            continue  # a marked-content id, or an element seen already
        reachable.add(int(kid.split()[0]))
        element = resolve(kid)
        if element.get("Type") != "/StructElem":
            continue
        waiting.extend(element["K"])
        if element["S"] == "/TH":
            section = resolve(resolve(element["P"])["P"])["S"]
            element["A"]["Scope"] = "/Column" if section == "/THead" else "/Row"

    nums = resolve(root["ParentTree"])["Nums"]
    for key, parents in zip(nums[::2], nums[1::2], strict=True):
        if not isinstance(parents, pydyf.Array):
            continue  # an annotation's entry, not a page's
        margins = {
            mcid for mcid, parent in enumerate(parents) if int(parent.split()[0]) not in reachable
        }
        for mcid in margins:
            resolve(parents[mcid]).clear()
            parents[mcid] = "null"
        page = resolve(pdf.page_references[key])
        operations = resolve(page["Contents"]).stream
        for index, operation in enumerate(operations):
            if isinstance(operation, pydyf.Dictionary) and operation.get("MCID") in margins:
                operations[index - 1] = "/Artifact"
                operations[index] = pydyf.Dictionary({"Type": "/Pagination"})


def editable(html: str, fmt: str, *, lang: str, title: str) -> bytes:
    """``html`` as an editable ``docx`` or ``odt`` document."""
    import pypandoc

    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = _REPRODUCIBLE_EPOCH
    try:
        with tempfile.TemporaryDirectory() as folder:
            target = Path(folder) / f"out.{fmt}"
            pypandoc.convert_text(
                html,
                fmt,
                format="html",
                outputfile=str(target),
                # --sandbox: pandoc reads no file and no address named in the document.
                extra_args=[
                    "--sandbox",
                    "--metadata",
                    f"lang={lang}",
                    "--metadata",
                    f"title={title}",
                ],
            )
            return target.read_bytes()
    finally:
        if previous is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous
