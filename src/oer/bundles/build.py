"""Make every file of one bundle, each taken from the cache when its inputs are unchanged."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, partial
from importlib.resources import files
from pathlib import Path

from oer.bundles import render
from oer.bundles.archive import deterministic_zip
from oer.bundles.cache import OutputCache
from oer.bundles.documents import (
    editable_html,
    editable_properties,
    fitted_learner_sheets,
    readme_text,
    running_text,
    sheets_html,
    source_date,
)
from oer.bundles.spec import BundleSpec
from oer.locales import label


# Templates and layout code are read once per process; a changed file means a new process.
@cache
def layout_version() -> str:
    """A hash of the templates, reference documents and the code that lays documents out
    and renders them, so changing any of them renders anew."""
    package = files(__package__)
    digest = hashlib.sha256()
    for template in sorted(package.joinpath("templates").iterdir(), key=str):
        digest.update(template.read_bytes())
    for module in ("documents.py", "render.py"):
        digest.update(package.joinpath(module).read_bytes())
    return digest.hexdigest()


@dataclass(frozen=True)
class BundleFile:
    name: str
    # Key of the file's description in the locale files ("bundles.<kind>").
    kind: str
    # Shown to readers next to the link: "PDF", "DOCX"…
    format: str
    data: bytes


@dataclass(frozen=True)
class Bundle:
    spec: BundleSpec
    files: tuple[BundleFile, ...]
    archive: BundleFile


@dataclass(frozen=True)
class Part:
    """One rendered file of a bundle."""

    # After the bundle's stem in the file's name: "learner-sheets.pdf".
    suffix: str
    kind: str
    format: str
    # Its name in the cache.
    cached: str
    make: Callable[[BundleSpec], bytes]


def _editable(spec: BundleSpec, fmt: str, *, guide: bool) -> bytes:
    return render.editable(
        editable_html(spec, guide=guide),
        fmt,
        metadata=editable_properties(spec, guide=guide),
        fills=running_text(spec),
        date=source_date(spec),
    )


PARTS = (
    Part(
        "learner-sheets.pdf",
        "learner_pdf",
        "PDF",
        "learner.pdf",
        lambda spec: render.pdf(fitted_learner_sheets(spec, render.positions)),
    ),
    Part(
        "trainer-guide.pdf",
        "trainer_pdf",
        "PDF",
        "trainer.pdf",
        lambda spec: render.pdf(sheets_html(spec, guide=True)),
    ),
    Part(
        "learner-sheets.docx",
        "docx",
        "DOCX",
        "sheets.docx",
        lambda spec: _editable(spec, "docx", guide=False),
    ),
    Part(
        "learner-sheets.odt",
        "odt",
        "ODT",
        "sheets.odt",
        lambda spec: _editable(spec, "odt", guide=False),
    ),
    Part(
        "trainer-guide.docx",
        "guide_docx",
        "DOCX",
        "guide.docx",
        lambda spec: _editable(spec, "docx", guide=True),
    ),
    Part(
        "trainer-guide.odt",
        "guide_odt",
        "ODT",
        "guide.odt",
        lambda spec: _editable(spec, "odt", guide=True),
    ),
)
CACHED_FILES = tuple(part.cached for part in PARTS)


def bundle_key(spec: BundleSpec) -> str:
    return spec.digest(layout_version(), *render.renderer_versions())


def is_cached(spec: BundleSpec, cache: OutputCache) -> bool:
    """True when every rendered file of this bundle is in the cache already."""
    key = bundle_key(spec)
    return all(cache.has(key, name) for name in CACHED_FILES)


def build_bundle(spec: BundleSpec, cache: OutputCache) -> Bundle:
    key = bundle_key(spec)
    lang = spec.lang
    files = tuple(
        BundleFile(
            f"{spec.stem}-{part.suffix}",
            part.kind,
            part.format,
            cache.get(key, part.cached, partial(part.make, spec)),
        )
        for part in PARTS
    )
    readme_name = label(lang, "bundles.readme_name")
    contents = [(f.name, label(lang, f"bundles.{f.kind}")) for f in files]
    contents += [(name, label(lang, "exercises.attachments")) for name, _ in spec.attachments]
    contents.append((readme_name, label(lang, "bundles.readme")))
    entries = {f.name: f.data for f in files}
    for name, path in spec.attachments:
        entries[name] = Path(path).read_bytes()
    entries[readme_name] = readme_text(spec, contents).encode("utf-8")
    # Compressing takes longer than reading: the archive is kept under a hash of what it holds.
    digest = hashlib.sha256(key.encode("utf-8"))
    for name, data in entries.items():
        digest.update(name.encode("utf-8"))
        digest.update(hashlib.sha256(data).digest())
    zipped = cache.get(
        digest.hexdigest(), "exercises.zip", lambda: deterministic_zip(entries), document=False
    )
    archive = BundleFile(f"{spec.stem}-exercises.zip", "zip", "ZIP", zipped)
    return Bundle(spec, files, archive)
