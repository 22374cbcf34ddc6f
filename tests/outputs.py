"""Every byte a build wrote, unpacked: ZIP members, DOCX/ODT parts and PDF text included."""

from __future__ import annotations

import gzip
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

from pypdf import PdfReader


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    parts = [page.extract_text() or "" for page in reader.pages]
    parts += [str(value) for value in (reader.metadata or {}).values()]
    return "\n".join(parts)


def unpacked(name: str, data: bytes) -> Iterator[tuple[str, bytes]]:
    """``data`` itself, then whatever it contains, each with a path-like name."""
    yield name, data
    if name.endswith(".gz"):
        yield from unpacked(name[:-3], gzip.decompress(data))
    elif data[:4] == b"PK\x03\x04":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for info in archive.infolist():
                yield from unpacked(f"{name}!{info.filename}", archive.read(info))
    elif data[:5] == b"%PDF-":
        yield f"{name}#text", pdf_text(data).encode("utf-8")


def every_output(site: Path) -> Iterator[tuple[str, bytes]]:
    for path in sorted(site.rglob("*")):
        if path.is_file():
            yield from unpacked(str(path.relative_to(site)), path.read_bytes())
