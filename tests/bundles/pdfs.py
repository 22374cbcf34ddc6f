"""Reading printed bundles back: the text of each page, line by line, and where it sits."""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader

from oer.bundles.documents import PAGE

_MM_PER_PT = 25.4 / 72


@dataclass(frozen=True)
class Line:
    # Millimetres from the page's top edge.
    top: float
    # As a reader sees it: non-breaking spaces are spaces.
    text: str

    @property
    def in_body(self) -> bool:
        """Between the top and bottom margins: not the running header or footer."""
        return PAGE.top <= self.top <= PAGE.content_bottom


def page_lines(data: bytes) -> list[list[Line]]:
    """Each page's lines of text, top to bottom."""
    pages = []
    for page in PdfReader(io.BytesIO(data)).pages:
        pieces = _pieces(page)
        lines: list[list[tuple[float, float, str]]] = []
        for top, x, text in sorted(pieces):
            if lines and abs(lines[-1][0][0] - top) < 1:
                lines[-1].append((top, x, text))
            else:
                lines.append([(top, x, text)])
        pages.append([Line(line[0][0], _joined(line)) for line in lines])
    return pages


def _joined(line: list[tuple[float, float, str]]) -> str:
    text = " ".join(piece.strip() for _, _, piece in sorted(line, key=lambda p: p[1]))
    return text.replace("\u00a0", " ")


def _pieces(page: Any) -> list[tuple[float, float, str]]:
    """Each run of text on ``page`` with where it starts: (mm from the top, x, text)."""
    height = float(page.mediabox.height)
    pieces: list[tuple[float, float, str]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if text.strip():
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
            pieces.append(((height - y) * _MM_PER_PT, x, text))

    page.extract_text(visitor_text=visit)
    return pieces


def letters(text: str) -> str:
    """Only letters and digits, lower case: text compared across line breaks and hyphenation."""
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", text)).lower()
