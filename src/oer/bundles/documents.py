"""The bundle's documents as HTML (for PDF and for pandoc) and its README as text."""

from __future__ import annotations

import base64
from importlib.resources import files

import segno
from babel.units import format_unit
from lxml import html as lxml_html

from oer.bundles.spec import BundleSpec
from oer.locales import label
from oer.templates import templates_for


def css_string(text: str) -> str:
    """``text`` as a quoted CSS string that cannot close the ``<style>`` element around it."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("<", "\\3C ")
    return '"' + escaped.replace("\n", "\\A ") + '"'


def worksheet_space(section_html: str, *, editable: bool = False) -> str:
    """Turn each empty worksheet block into lines or boxes to write in.

    Online the block is an empty, described box; on paper it needs real lines,
    and in a word processor plain underscores a trainer can delete.
    """
    if "oer-worksheet" not in section_html:
        return section_html
    root = lxml_html.fragment_fromstring(section_html, create_parent="div")
    for space in root.xpath("//div[contains(@class, 'oer-worksheet')]"):
        count = int(space.get("data-count", "5"))
        if editable:
            lines = "".join(f"<p>{'_' * 60}</p>" for _ in range(count))
            space.getparent().replace(space, lxml_html.fragment_fromstring(f"<div>{lines}</div>"))
        else:
            for _ in range(count):
                lxml_html.etree.SubElement(space, "span")
    return "".join(lxml_html.tostring(child, encoding="unicode") for child in root)


def qr_data_uri(url: str) -> str:
    svg = segno.make(url, error="m").svg_inline(scale=4, border=0)
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def duration_text(minutes: int | None, lang: str) -> str:
    return str(format_unit(minutes, "duration-minute", locale=lang)) if minutes else "-"


def sheets_html(spec: BundleSpec, *, guide: bool) -> str:
    """Learner sheets (``guide=False``) or the trainer guide: one exercise per page."""
    lang = spec.lang
    title = label(lang, "bundles.trainer_pdf" if guide else "bundles.learner_pdf")
    total = sum(e.duration_minutes or 0 for e in spec.exercises)
    return (
        templates_for(__package__)
        .get_template("sheets.html")
        .render(
            spec=spec,
            guide=guide,
            title=f"{title}: {spec.module_title}",
            css=files(__package__).joinpath("templates", "print.css").read_text(encoding="utf-8"),
            footer_css=css_string(f"{spec.module_title}\n{spec.licence_line} · {spec.url}"),
            page_label_css=css_string(label(lang, "bundles.page")),
            qr=qr_data_uri(spec.url),
            qr_alt=label(lang, "bundles.qr_alt").format(url=spec.url),
            sheets=[worksheet_space(e.learner_html) for e in spec.exercises],
            durations=[duration_text(e.duration_minutes, lang) for e in spec.exercises],
            total=duration_text(total, lang),
            labels={
                "overview": label(lang, "bundles.overview"),
                "exercise": label(lang, "exercises.label"),
                "duration": label(lang, "exercises.duration"),
                "total": label(lang, "bundles.total"),
                "notes": label(lang, "exercises.trainer_notes"),
            },
        )
    )


def editable_html(spec: BundleSpec) -> str:
    """Learner sheets in plain HTML, for pandoc to turn into DOCX and ODT."""
    return (
        templates_for(__package__)
        .get_template("editable.html")
        .render(
            spec=spec,
            title=f"{label(spec.lang, 'bundles.learner_pdf')}: {spec.module_title}",
            sheets=[worksheet_space(e.learner_html, editable=True) for e in spec.exercises],
        )
    )


def readme_text(spec: BundleSpec, contents: list[tuple[str, str]]) -> str:
    return (
        templates_for(__package__)
        .get_template("readme.txt")
        .render(
            spec=spec, contents=contents, labels={"contents": label(spec.lang, "bundles.contents")}
        )
    )
