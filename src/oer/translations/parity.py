"""A translation must keep its source's structure: exercises, images, links, credits."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from oer.exercises.checks import check_exercises
from oer.problems import Problem, line_of

_IMAGE = re.compile(r"!\[[^\]]*\]\(\s*<?([^)\s>]+)")
_HTML_IMAGE = re.compile(r"<img\b[^>]*\bsrc=[\"']([^\"']+)", re.IGNORECASE)
_PAGE_LINK = re.compile(r"(?<!!)\[[^\]]*\]\(\s*<?([^)\s>#]+\.md)(?:#[^)\s>]*)?")


def images(body: str) -> set[str]:
    return set(_IMAGE.findall(body)) | set(_HTML_IMAGE.findall(body))


def page_links(body: str) -> set[str]:
    return set(_PAGE_LINK.findall(body))


def exercise_ids(body: str) -> set[str]:
    headers, _ = check_exercises(body, "")
    return {header.id for header in headers}


def check_parity(
    source_body: str,
    source_meta: Mapping[str, Any],
    translation_text: str,
    translation_body: str,
    translation_meta: Mapping[str, Any],
    file: str,
    earlier_source_body: str | None = None,
) -> list[Problem]:
    """What the translation at ``file`` has more or less than its source.

    For a translation made from an earlier version of the source, pass that version:
    what the source added or dropped since is the translator's to-do, not a fault,
    whether or not the translation already follows it.
    """
    problems: list[Problem] = []
    comparisons = (
        ("exercise", exercise_ids, "Keep every exercise block with the same 'id:' as the source."),
        ("image", images, "Use the same image files as the source (translate only the alt text)."),
        (
            "link to the page",
            page_links,
            "Link to the same pages as the source, by their English file names.",
        ),
    )
    for what, collect, fix in comparisons:
        expected, found = collect(source_body), collect(translation_body)
        allowed = set(expected)
        if earlier_source_body is not None:
            earlier = collect(earlier_source_body)
            expected, allowed = expected & earlier, allowed | earlier
        for missing in sorted(expected - found):
            problems.append(
                Problem(file, f"The {what} '{missing}' of the source is missing here.", fix)
            )
        for extra in sorted(found - allowed):
            problems.append(
                Problem(
                    file,
                    f"The {what} '{extra}' is not in the source.",
                    fix,
                    line_of(translation_text, extra),
                )
            )
    for key in ("coproducers", "coproduction_exception"):
        if key in translation_meta and translation_meta.get(key) != source_meta.get(key):
            problems.append(
                Problem(
                    file,
                    f"'{key}:' differs from the source page.",
                    f"Remove '{key}:' from the translation; it uses the source's.",
                    line_of(translation_text, f"{key}:"),
                )
            )
    return problems
