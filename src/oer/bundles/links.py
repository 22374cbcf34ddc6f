"""The download links on a module page: real ``<a download>`` links with type and size."""

from __future__ import annotations

from babel.units import format_unit

from oer.bundles.build import Bundle
from oer.locales import label
from oer.templates import templates_for


def size_text(size: int, lang: str) -> str:
    """A file size as readers of ``lang`` write it: "210 kB", "1,4 MB"."""
    if size < 1_000_000:
        kilobytes = max(1, round(size / 1000))
        return str(format_unit(kilobytes, "digital-kilobyte", "short", locale=lang))
    megabytes = round(size / 1_000_000, 1)
    return str(format_unit(megabytes, "digital-megabyte", "short", locale=lang))


def downloads_html(bundle: Bundle, folder: str) -> str:
    """Links for ``bundle``, whose files are published below ``folder`` (relative to the page)."""
    lang = bundle.spec.lang
    links = [
        {
            "href": f"{folder}/{f.name}",
            "text": label(lang, f"bundles.{f.kind}"),
            "details": f"{f.format}, {size_text(len(f.data), lang)}",
            "type": _MEDIA_TYPES[f.format],
        }
        for f in (*bundle.files, bundle.archive)
    ]
    return (
        templates_for(__package__)
        .get_template("downloads.html")
        .render(
            heading=label(lang, "bundles.heading"), intro=label(lang, "bundles.intro"), links=links
        )
    )


_MEDIA_TYPES = {
    "PDF": "application/pdf",
    "DOCX": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "ODT": "application/vnd.oasis.opendocument.text",
    "ZIP": "application/zip",
}
