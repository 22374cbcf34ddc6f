"""HTML to tagged PDF (WeasyPrint) and to DOCX/ODT (pandoc), reproducibly.

Both libraries are imported when first needed, so a build whose bundles all
come from the cache never pays for loading them.
"""

from __future__ import annotations

import io
import logging
import os
import subprocess
import tempfile
import zipfile
from collections.abc import Mapping
from datetime import UTC, datetime
from functools import cache
from importlib.metadata import version
from importlib.resources import files
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape


@cache
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


# Words in the reference documents' header, footer and settings that each document fills
# in (oer.bundles.reference_documents puts them there).
PLACEHOLDERS = {
    "module": "OER-MODULE-TITLE",
    "licence": "OER-LICENCE",
    "address": "OER-ADDRESS",
    "page": "OER-PAGE-LABEL",
    "language": "OER-LANGUAGE",
}
_TEMPLATES = files(__package__).joinpath("templates")
_TEMPLATE_NAMES = {"docx": "editable.openxml", "odt": "editable.opendocument"}


def pandoc_path() -> str:
    """The pandoc that pypandoc-binary ships."""
    import pypandoc

    return str(pypandoc.get_pandoc_path())


def editable(
    html: str,
    fmt: str,
    *,
    metadata: Mapping[str, str],
    fills: Mapping[str, str],
    date: datetime,
) -> bytes:
    """``html`` as an editable ``docx`` or ``odt`` document.

    Styled by the repository's reference document, whose header and footer placeholders
    are filled from ``fills``; ``metadata`` (title, subject, author, lang…) becomes the
    document's properties, and ``date`` its created and modified date.
    """
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        reference = work / f"reference.{fmt}"
        reference.write_bytes(
            _filled(_TEMPLATES.joinpath(f"reference.{fmt}").read_bytes(), fills, date)
        )
        template = work / _TEMPLATE_NAMES[fmt]
        template.write_bytes(_TEMPLATES.joinpath(_TEMPLATE_NAMES[fmt]).read_bytes())
        lua = work / "editable.lua"
        lua.write_bytes(_TEMPLATES.joinpath("editable.lua").read_bytes())
        target = work / f"out.{fmt}"
        # Not --sandbox: a sandboxed pandoc dates every file 1970-01-01 whatever
        # SOURCE_DATE_EPOCH says. The one thing pandoc would read for the document, an
        # image, is embedded in it (oer.bundles.images) or dropped here, with any frame.
        arguments = [
            pandoc_path(),
            "--from=html",
            f"--to={fmt}",
            f"--reference-doc={reference}",
            f"--template={template}",
            f"--lua-filter={lua}",
            f"--output={target}",
        ]
        for key, value in metadata.items():
            arguments += ["--metadata", f"{key}={value}"]
        run_pandoc(arguments, html, date, f"the {fmt} file")
        return target.read_bytes()


def run_pandoc(
    arguments: list[str], html: str, date: datetime, what: str, cwd: Path | None = None
) -> None:
    """Run pandoc on ``html`` with nothing in it to fetch, dated ``date``.

    Pandoc's warnings go to the ``pypandoc`` logger, which the render pool reports where
    --strict counts them; a failure names ``what`` could not be written.
    """
    # Pandoc stamps the file with this time rather than the build's.
    epoch = str(int(date.astimezone(UTC).timestamp()))
    result = subprocess.run(
        arguments,
        input=_nothing_to_fetch(html).encode("utf-8"),
        capture_output=True,
        cwd=cwd,
        env={**os.environ, "SOURCE_DATE_EPOCH": epoch},
        check=False,
    )
    for line in result.stderr.decode("utf-8", "replace").splitlines():
        if line.strip():
            logging.getLogger("pypandoc").warning(line.strip())
    if result.returncode != 0:
        raise RuntimeError(f"pandoc could not write {what}")


def _nothing_to_fetch(html: str) -> str:
    """``html`` without anything pandoc could fetch from a file or an address: images
    not embedded in it, frames or media (a video an exercise embeds online), and
    stylesheet or script links."""
    from lxml import html as lxml_html

    document = lxml_html.document_fromstring(html)
    for element in document.xpath(
        "//img[not(starts-with(@src, 'data:'))] | //iframe | //object | //embed"
        " | //video | //audio | //source | //track | //link | //script"
    ):
        element.drop_tree()
    return str(lxml_html.tostring(document, encoding="unicode", doctype="<!doctype html>"))


def _filled(reference: bytes, fills: Mapping[str, str], date: datetime) -> bytes:
    """The reference document with its placeholders replaced by this document's words,
    and its parts dated ``date``, as pandoc dates the parts it writes itself."""
    source = zipfile.ZipFile(io.BytesIO(reference))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            data = source.read(entry)
            if entry.filename.endswith(".xml"):
                text = data.decode("utf-8")
                for key, value in fills.items():
                    text = text.replace(PLACEHOLDERS[key], xml_escape(value))
                data = text.encode("utf-8")
            entry.date_time = date.astimezone(UTC).timetuple()[:6]
            target.writestr(entry, data)
    return buffer.getvalue()
