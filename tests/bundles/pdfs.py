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
    # Marked as an artifact (a running header or footer), not as the document's content.
    artifact: bool = False

    @property
    def in_body(self) -> bool:
        """Between the top and bottom margins: not the running header or footer."""
        return PAGE.top <= self.top <= PAGE.content_bottom


def page_lines(data: bytes) -> list[list[Line]]:
    """Each page's lines of text, top to bottom."""
    pages = []
    for page in PdfReader(io.BytesIO(data)).pages:
        pieces = _pieces(page)
        lines: list[list[Piece]] = []
        for piece in sorted(pieces):
            if lines and abs(lines[-1][0][0] - piece[0]) < 1:
                lines[-1].append(piece)
            else:
                lines.append([piece])
        pages.append([Line(line[0][0], _joined(line), all(p[3] for p in line)) for line in lines])
    return pages


# A run of text: mm from the page's top, x, the text, and whether it is an artifact.
Piece = tuple[float, float, str, bool]


def _joined(line: list[Piece]) -> str:
    text = " ".join(piece[2].strip() for piece in sorted(line, key=lambda p: p[1]))
    return text.replace("\u00a0", " ")


def _pieces(page: Any) -> list[Piece]:
    """Each run of text on ``page``, where it starts and whether it is an artifact."""
    height = float(page.mediabox.height)
    pieces: list[Piece] = []
    # The open marked-content sequences, innermost last: is each an artifact?
    marked: list[bool] = []

    def before(operator: bytes, operands: Any, cm: Any, tm: Any) -> None:
        if operator in (b"BDC", b"BMC"):
            marked.append(str(operands[0]) == "/Artifact")
        elif operator == b"EMC" and marked:
            marked.pop()

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if text.strip():
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
            pieces.append(((height - y) * _MM_PER_PT, x, text, any(marked)))

    page.extract_text(visitor_text=visit, visitor_operand_before=before)
    return pieces


def letters(text: str) -> str:
    """Only letters and digits, lower case: text compared across line breaks and hyphenation."""
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", text)).lower()
