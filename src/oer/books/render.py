"""The book as a tagged PDF (WeasyPrint, as the bundles) and as an EPUB 3 (pandoc).

The PDF goes through ``oer.bundles.render.pdf``: the same PDF/UA-1 variant, the same
finisher, and a url_fetcher that reads nothing but the ``data:`` images in the book.
"""

from __future__ import annotations

import tempfile
from importlib.resources import files
from pathlib import Path

from oer.books.documents import book_html, cover_svg, epub_html, epub_metadata, source_date
from oer.books.spec import BookSpec
from oer.bundles import render


def book_pdf(spec: BookSpec) -> bytes:
    return render.pdf(book_html(spec))


def book_epub(spec: BookSpec) -> bytes:
    """The book as EPUB 3, the same bytes for the same spec.

    Dated by its sources (SOURCE_DATE_EPOCH: the files in the archive, and the
    modification date pandoc records), named by the course's address rather than a
    random identifier, with a cover drawn from text.
    """
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        cover = work / "cover.svg"
        cover.write_text(cover_svg(spec), encoding="utf-8")
        css = work / "epub.css"
        css.write_bytes(files(__package__).joinpath("templates", "epub.css").read_bytes())
        target = work / "book.epub"
        # Not --sandbox: a sandboxed pandoc cannot read the cover and stylesheet, and
        # dates the book 1970. It has nothing else to read: the text has only embedded
        # images, and no frame or media (see oer.bundles.render.run_pandoc).
        arguments = [
            render.pandoc_path(),
            "--from=html",
            "--to=epub3",
            "--toc",
            "--toc-depth=2",
            f"--epub-cover-image={cover}",
            f"--css={css}",
            f"--resource-path={work}",
            f"--output={target}",
        ]
        for key, value in epub_metadata(spec).items():
            arguments += ["--metadata", f"{key}={value}"]
        render.run_pandoc(arguments, epub_html(spec), source_date(spec), "the EPUB file", work)
        return target.read_bytes()
