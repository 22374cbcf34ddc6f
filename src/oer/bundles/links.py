"""The download links on a module page: real ``<a download>`` links with type and size."""

from __future__ import annotations

from babel.units import format_unit

from oer.bundles.build import Bundle, BundleFile
from oer.bundles.preview import Preview
from oer.locales import label
from oer.templates import templates_for


def size_text(size: int, lang: str) -> str:
    """A file size as readers of ``lang`` write it: "210 kB", "1,4 MB"."""
    if size < 1_000_000:
        kilobytes = max(1, round(size / 1000))
        return str(format_unit(kilobytes, "digital-kilobyte", "short", locale=lang))
    megabytes = round(size / 1_000_000, 1)
    return str(format_unit(megabytes, "digital-megabyte", "short", locale=lang))


def file_link(file: BundleFile, text: str, folder: str, lang: str) -> dict[str, str]:
    """What a download link to ``file`` (published below ``folder``) shows and says."""
    return {
        "href": f"{folder}/{file.name}",
        "text": text,
        "details": f"{file.format}, {size_text(len(file.data), lang)}",
        "type": _MEDIA_TYPES[file.format],
    }


def downloads_html(bundle: Bundle, folder: str, preview: Preview | None = None) -> str:
    """Links for ``bundle``, whose files are published below ``folder`` (relative to the page),
    beside the picture of its learner sheets' first page when there is one."""
    lang = bundle.spec.lang
    links = [
        file_link(f, label(lang, f"bundles.{f.kind}"), folder, lang)
        for f in (*bundle.files, bundle.archive)
    ]
    picture = None
    if preview is not None:
        picture = {
            "src": f"{folder}/{preview.name}",
            "alt": label(lang, "bundles.preview_alt"),
            "width": preview.width,
            "height": preview.height,
        }
    return (
        templates_for(__package__)
        .get_template("downloads.html")
        .render(
            heading=label(lang, "bundles.heading"),
            intro=label(lang, "bundles.intro"),
            links=links,
            preview=picture,
        )
    )


_MEDIA_TYPES = {
    "PDF": "application/pdf",
    "DOCX": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "ODT": "application/vnd.oasis.opendocument.text",
    "ZIP": "application/zip",
}
