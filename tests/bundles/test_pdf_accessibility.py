"""Printed bundles opened as assistive technology reads them: structure, links, metadata,
and a PDF/UA checker."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest
from pdfua import validate
from pypdf import PdfReader

from oer.bundles import render
from oer.bundles.documents import fitted_learner_sheets, sheets_html
from oer.bundles.spec import BundleSpec
from tests.bundles.pdfs import page_lines
from tests.bundles.samples import exercise, spec
from tests.conftest import Build

# pdfua 0.1.3 cannot read a heading whose /K is an array (it asks a pikepdf array for
# an attribute, which pikepdf refuses), so it skips its empty-heading rule on every file
# WeasyPrint writes; test_headings_mark_real_text below checks that instead.
SKIPPED_BY_THE_CHECKER = {"UA-14-001"}

TABLE = """| Role | What to watch for |
| --- | --- |
| Speaker | Words that close a door |
| Listener | Questions that open one |
"""
LINK = "Read more at https://partner.example.org/resources/hope-at-work/ before you start."


@pytest.fixture(scope="module")
def documents() -> dict[str, bytes]:
    """A learner sheet and a guide with a table, an address in the text and a note."""
    bundle = spec(
        "it",
        (
            exercise("it", 1, steps=3, extra=f"{TABLE}\n{LINK}"),
            exercise("it", 2, steps=2, space="boxes: 2"),
        ),
    )
    return {
        "learner": render.pdf(fitted_learner_sheets(bundle, render.positions)),
        "guide": render.pdf(sheets_html(bundle, guide=True)),
    }


def structure(data: bytes) -> list[Any]:
    """Every structure element reachable from the document's structure tree root."""
    catalog: Any = PdfReader(io.BytesIO(data)).trailer["/Root"]
    root = catalog["/StructTreeRoot"]
    found, waiting = [], [root]
    while waiting:
        node = waiting.pop().get_object()
        if not hasattr(node, "get"):
            continue
        if node.get("/Type") == "/StructElem":
            found.append(node)
        kids = node.get("/K")
        waiting += kids if isinstance(kids, list) else [kids] if kids is not None else []
    return found


def checked(data: bytes, tmp_path: Path, name: str) -> Any:
    path = tmp_path / name
    path.write_bytes(data)
    return validate(str(path))


@pytest.mark.parametrize("kind", ["learner", "guide"])
def test_a_pdf_ua_checker_finds_nothing(
    documents: dict[str, bytes], kind: str, tmp_path: Path
) -> None:
    report = checked(documents[kind], tmp_path, f"{kind}.pdf")

    assert [(f.rule_id, f.message) for f in report.findings] == []
    assert {outcome.rule_id for outcome in report.skipped} <= SKIPPED_BY_THE_CHECKER


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_published_bundles_pass_the_checker_too(
    fixture_build: Build, lang: str, tmp_path: Path
) -> None:
    folder = "module/downloads" if lang == "en" else f"{lang}/module/downloads"
    for kind in ("learner-sheets", "trainer-guide"):
        data = (fixture_build.site / folder / f"module-{lang}-{kind}.pdf").read_bytes()
        report = checked(data, tmp_path, f"{kind}.pdf")

        assert [(f.rule_id, f.message) for f in report.findings] == []
        assert {outcome.rule_id for outcome in report.skipped} <= SKIPPED_BY_THE_CHECKER


@pytest.mark.parametrize("kind", ["learner", "guide"])
def test_running_headers_and_footers_are_artifacts_and_the_rest_is_content(
    documents: dict[str, bytes], kind: str
) -> None:
    pages = page_lines(documents[kind])

    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        margins = [line for line in page if not line.in_body]
        assert any("CC BY-SA 4.0" in line.text for line in margins)
        if number > 1:
            assert any("Module 9 in it" in line.text for line in margins)
        assert all(line.artifact for line in margins), [m.text for m in margins if not m.artifact]
        assert not any(line.artifact for line in page if line.in_body)


def test_table_header_cells_say_what_they_head(documents: dict[str, bytes]) -> None:
    cells = [e for e in structure(documents["guide"]) if e["/S"] == "/TH"]

    scopes = [str(cell["/A"]["/Scope"]) for cell in cells]
    # The exercise's own table (two column headers) and the overview (two, and a row).
    assert scopes.count("/Column") == 4
    assert scopes.count("/Row") == 1


@pytest.mark.parametrize("kind", ["learner", "guide"])
def test_headings_mark_real_text(documents: dict[str, bytes], kind: str) -> None:
    headings = [e for e in structure(documents[kind]) if re.fullmatch(r"/H[1-6]", e["/S"])]

    def marks_text(node: Any) -> bool:
        kids = node.get("/K")
        kids = kids if isinstance(kids, list) else [kids]
        return any(
            isinstance(kid, int) or (hasattr(kid, "get_object") and marks_text(kid.get_object()))
            for kid in kids
        )

    assert {str(h["/S"]) for h in headings} >= {"/H1", "/H2"}
    assert all(marks_text(heading) for heading in headings)


@pytest.mark.parametrize("kind", ["learner", "guide"])
def test_every_address_on_a_page_is_a_link(documents: dict[str, bytes], kind: str) -> None:
    reader = PdfReader(io.BytesIO(documents[kind]))
    pages = page_lines(documents[kind])
    expected = {
        "https://partner.example.org/equality-in-learning/it/module-9/",
        "https://partner.example.org/equality-in-learning/",
        "https://partner.example.org/resources/hope-at-work/",
    }

    linked: set[str] = set()
    for page, lines in zip(reader.pages, pages, strict=True):
        targets = [
            str(annotation.get_object()["/A"]["/URI"])
            for annotation in page.get("/Annots", [])
            if annotation.get_object().get("/Subtype") == "/Link"
        ]
        linked.update(targets)
        text = " ".join(line.text for line in lines if line.in_body)
        for address in re.findall(r"https?://\S+", text):
            address = address.rstrip(").,")
            assert any(target.startswith(address) for target in targets), address
    assert expected <= linked


@pytest.mark.parametrize("kind", ["learner", "guide"])
def test_title_author_and_language_are_set(documents: dict[str, bytes], kind: str) -> None:
    reader = PdfReader(io.BytesIO(documents[kind]))
    root: Any = reader.trailer["/Root"]
    bundle: BundleSpec = spec("it", ())

    assert root["/Lang"] == "it"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"]
    assert reader.metadata is not None
    assert reader.metadata.title and bundle.module_title in reader.metadata.title
    assert reader.metadata.author == bundle.course
