"""A short download line under every exercise: its learner sheet and the module's bundle.

A trainer on a phone reads an exercise and wants to print it there, not on the module's
overview page. While a page renders its bundle does not exist yet, so each exercise gets
a marker; once the bundles are built, each marker becomes the line, with the page of the
learner sheets where the exercise starts and the files' types and sizes.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence

from oer.bundles.build import Bundle
from oer.bundles.cache import OutputCache
from oer.bundles.links import file_link
from oer.bundles.sheet_pages import exercise_pages, learner_sheets
from oer.exercises.extract import Exercise
from oer.locales import label
from oer.templates import templates_for

_MARKER = "<!-- oer-exercise-downloads {number} -->"
_MARKERS = re.compile(r"<!-- oer-exercise-downloads (\d+) -->")
# The ``/// exercise`` block's section, as the sanitiser writes it back.
_EXERCISE = re.compile(r"<section\b[^>]*\bclass=\"oer-exercise\"[^>]*>")
_SECTION_TAG = re.compile(r"<(/?)section\b")


def with_markers(page_html: str) -> str:
    """``page_html`` with a marker at the end of each exercise, numbered in page order."""
    parts: list[str] = []
    done = 0
    for number, opening in enumerate(_EXERCISE.finditer(page_html)):
        end = _closing_tag(page_html, opening.end())
        if end is None or opening.start() < done:
            continue
        parts += [page_html[done:end], _MARKER.format(number=number)]
        done = end
    return "".join([*parts, page_html[done:]])


def _closing_tag(page_html: str, after: int) -> int | None:
    """Where the section opened just before ``after`` closes."""
    depth = 1
    for tag in _SECTION_TAG.finditer(page_html, after):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            return tag.start()
    return None


def fill_markers(page_html: str, lines: Sequence[str]) -> str:
    """Each marker replaced by the line of its exercise; a marker with none, by nothing."""

    def line(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return lines[number] if number < len(lines) else ""

    return _MARKERS.sub(line, page_html)


def sheet_pages(bundle: Bundle, outputs: OutputCache) -> dict[Exercise, int | None]:
    """The page of the bundle's learner sheets on which each of its exercises starts.

    Kept beside the PDF it was read from: an unchanged bundle opens no PDF.
    """
    sheets = learner_sheets(bundle)
    if sheets is None:
        return {}
    titles = [exercise.title for exercise in bundle.spec.exercises]
    digest = hashlib.sha256(sheets.data)
    digest.update(json.dumps(titles).encode("utf-8"))
    found = outputs.get(
        digest.hexdigest(),
        "exercise-pages.json",
        lambda: json.dumps(exercise_pages(sheets.data, titles)).encode("utf-8"),
    )
    return dict(zip(bundle.spec.exercises, json.loads(found), strict=True))


def exercise_line_html(bundle: Bundle, folder: str, page: int | None) -> str:
    """The line under one exercise; ``folder`` holds the bundle's files, relative to the page."""
    lang = bundle.spec.lang
    sheets = learner_sheets(bundle)
    links = []
    if sheets is not None:
        text = label(lang, "bundles.learner_pdf")
        if page is not None:
            text = label(lang, "bundles.exercise_sheet").format(page=page)
        links.append(file_link(sheets, text, folder, lang))
    links.append(file_link(bundle.archive, label(lang, "bundles.module_bundle"), folder, lang))
    return (
        templates_for(__package__)
        .get_template("exercise_downloads.html")
        .render(lang=lang, lead=label(lang, "bundles.exercise_downloads"), links=links)
        .strip()
    )
