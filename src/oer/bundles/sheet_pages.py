"""A bundle's learner sheets, and on which of their pages each exercise starts."""

from __future__ import annotations

from collections.abc import Sequence

from oer.bundles.build import Bundle, BundleFile


def learner_sheets(bundle: Bundle) -> BundleFile | None:
    return next((file for file in bundle.files if file.kind == "learner_pdf"), None)


def _plain(text: str) -> str:
    return " ".join(text.split())


def exercise_pages(pdf: bytes, titles: Sequence[str]) -> list[int | None]:
    """The page (counted from 1) where each title's exercise starts, in the given order.

    The sheets' headings are the PDF's bookmarks. Titles are matched in order, so two
    exercises with the same title get their own pages; a title with no bookmark gets
    None.
    """
    # Imported here: a build whose bundles all come from the cache never opens a PDF.
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        marks = []
        for bookmark in document.get_toc():
            destination = bookmark.get_dest()
            index = destination.get_index() if destination is not None else None
            if index is not None:
                marks.append((_plain(bookmark.get_title()), index + 1))
    finally:
        document.close()
    pages: list[int | None] = []
    start = 0
    for title in titles:
        found = next((i for i in range(start, len(marks)) if marks[i][0] == _plain(title)), None)
        if found is None:
            pages.append(None)
            continue
        pages.append(marks[found][1])
        start = found + 1
    return pages
