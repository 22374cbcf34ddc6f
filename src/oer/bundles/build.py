"""Make every file of one bundle, each taken from the cache when its inputs are unchanged."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from oer.bundles import render
from oer.bundles.archive import deterministic_zip
from oer.bundles.cache import OutputCache
from oer.bundles.documents import (
    editable_html,
    fitted_learner_sheets,
    readme_text,
    sheets_html,
)
from oer.bundles.spec import BundleSpec
from oer.locales import label


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


CACHED_FILES = ("learner.pdf", "trainer.pdf", "sheets.docx", "sheets.odt")


def bundle_key(spec: BundleSpec) -> str:
    return spec.digest(layout_version(), *render.renderer_versions())


def is_cached(spec: BundleSpec, cache: OutputCache) -> bool:
    """True when every rendered file of this bundle is in the cache already."""
    key = bundle_key(spec)
    return all(cache.has(key, name) for name in CACHED_FILES)


def build_bundle(spec: BundleSpec, cache: OutputCache) -> Bundle:
    key = bundle_key(spec)
    lang = spec.lang
    title = f"{label(lang, 'bundles.learner_pdf')}: {spec.module_title}"
    files = (
        BundleFile(
            f"{spec.stem}-learner-sheets.pdf",
            "learner_pdf",
            "PDF",
            cache.get(
                key,
                "learner.pdf",
                lambda: render.pdf(fitted_learner_sheets(spec, render.positions)),
            ),
        ),
        BundleFile(
            f"{spec.stem}-trainer-guide.pdf",
            "trainer_pdf",
            "PDF",
            cache.get(key, "trainer.pdf", lambda: render.pdf(sheets_html(spec, guide=True))),
        ),
        BundleFile(
            f"{spec.stem}-learner-sheets.docx",
            "docx",
            "DOCX",
            cache.get(
                key,
                "sheets.docx",
                lambda: render.editable(editable_html(spec), "docx", lang=lang, title=title),
            ),
        ),
        BundleFile(
            f"{spec.stem}-learner-sheets.odt",
            "odt",
            "ODT",
            cache.get(
                key,
                "sheets.odt",
                lambda: render.editable(editable_html(spec), "odt", lang=lang, title=title),
            ),
        ),
    )
    readme_name = label(lang, "bundles.readme_name")
    contents = [(f.name, label(lang, f"bundles.{f.kind}")) for f in files]
    contents += [(name, label(lang, "exercises.attachments")) for name, _ in spec.attachments]
    contents.append((readme_name, label(lang, "bundles.readme")))
    entries = {f.name: f.data for f in files}
    for name, path in spec.attachments:
        entries[name] = Path(path).read_bytes()
    entries[readme_name] = readme_text(spec, contents).encode("utf-8")
    archive = BundleFile(f"{spec.stem}-exercises.zip", "zip", "ZIP", deterministic_zip(entries))
    return Bundle(spec, files, archive)
