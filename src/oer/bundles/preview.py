"""A small picture of the learner sheets' first page, shown beside a module's downloads.

A trainer sees what they will print before they download it. The picture is rendered
from the PDF itself (PDFium, through pypdfium2), so it can never disagree with it, and
kept in the bundle cache under the hash of that PDF: a PDF that did not change is never
rendered again, and the same PDF always gives the same bytes.
"""

from __future__ import annotations

import hashlib
import io
import struct
from dataclasses import dataclass
from functools import cache
from importlib.metadata import version
from pathlib import PurePosixPath

from oer.bundles.build import Bundle
from oer.bundles.cache import OutputCache
from oer.bundles.sheet_pages import learner_sheets

# Wide enough to recognise the layout, the title and the QR code; about 8 kB.
WIDTH = 300
# The sheets are black text, grey rules and one accent colour: 32 colours keep them sharp
# at a third of the size of a full-colour PNG.
COLOURS = 32
CACHED_NAME = "preview.png"


@dataclass(frozen=True)
class Preview:
    # Published beside the PDF it shows: "module-1-en-learner-sheets.png".
    name: str
    data: bytes
    width: int
    height: int


@cache
def renderer_versions() -> tuple[str, ...]:
    """What decides the picture besides the PDF: another PDFium or Pillow may draw
    or compress differently, so a new one renders anew."""
    return (
        # The wheel ships its own PDFium: its version names the binary too.
        f"pypdfium2 {version('pypdfium2')}",
        f"pillow {version('pillow')}",
        f"{WIDTH}px {COLOURS} colours",
    )


def first_page_png(pdf: bytes, width: int = WIDTH) -> bytes:
    """The PDF's first page as a PNG ``width`` pixels wide, with no metadata."""
    # Imported here: a build whose previews all come from the cache loads neither.
    import pypdfium2
    from PIL import Image

    document = pypdfium2.PdfDocument(pdf)
    try:
        page = document[0]
        image = page.render(scale=width / page.get_width()).to_pil()
    finally:
        document.close()
    picture = image.convert("RGB").quantize(
        colors=COLOURS, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
    )
    out = io.BytesIO()
    picture.save(out, format="PNG", optimize=True)
    return out.getvalue()


def learner_sheets_preview(bundle: Bundle, outputs: OutputCache) -> Preview | None:
    """The first page of the bundle's learner sheets, from the cache when that very PDF
    was pictured before; None for a bundle without learner sheets."""
    sheets = learner_sheets(bundle)
    if sheets is None:
        return None
    digest = hashlib.sha256(sheets.data)
    for part in renderer_versions():
        digest.update(part.encode("utf-8"))
    data = outputs.get(digest.hexdigest(), CACHED_NAME, lambda: first_page_png(sheets.data))
    width, height = png_size(data)
    return Preview(PurePosixPath(sheets.name).with_suffix(".png").name, data, width, height)


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's header (its first chunk, IHDR, always comes first)."""
    width, height = struct.unpack(">II", data[16:24])
    return width, height
