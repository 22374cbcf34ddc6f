"""The accessibility report: what each page was checked for and what was found."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field

from oer.accessibility.readability import Readability
from oer.locales import label
from oer.templates import templates_for


@dataclass(frozen=True)
class FindingEntry:
    check: str
    message: str
    fix: str
    line: int | None


@dataclass(frozen=True)
class PageReport:
    lang: str
    url: str
    title: str
    source: str
    # True when the page shows the default language's text (no translation yet).
    fallback: bool
    checks: tuple[str, ...]
    findings: tuple[FindingEntry, ...] = field(default_factory=tuple)
    readability: Readability | None = None
    # False where the language's pack says readability is "not measured".
    measured: bool = True


def report_json(pages: Sequence[PageReport]) -> str:
    ordered = sorted(pages, key=lambda p: (p.lang, p.url))
    summary = {
        "pages": len(ordered),
        "findings": sum(len(p.findings) for p in ordered),
        "by_language": {
            lang: sum(len(p.findings) for p in ordered if p.lang == lang)
            for lang in sorted({p.lang for p in ordered})
        },
    }
    return json.dumps(
        {"summary": summary, "pages": [asdict(p) for p in ordered]},
        ensure_ascii=False,
        indent=2,
    )


def report_html(
    pages: Sequence[PageReport], lang: str, hrefs: dict[str, str], json_href: str
) -> str:
    """The report table for readers of ``lang``; ``hrefs`` maps page URLs to links."""
    mine = sorted((p for p in pages if p.lang == lang), key=lambda p: p.url)
    checks = sorted({check for page in mine for check in page.checks})
    findings = sum(len(p.findings) for p in mine)
    labels = {
        key: label(lang, f"accessibility.{key}")
        for key in (
            "page",
            "readability",
            "not_measured",
            "no_formula",
            "findings",
            "fallback",
            "none",
            "checks",
        )
    }
    labels["summary"] = label(lang, "accessibility.summary").format(
        pages=len(mine), findings=findings
    )
    rows = [
        {**asdict(page), "href": hrefs.get(page.url, page.url), "readability": page.readability}
        for page in mine
    ]
    return (
        templates_for(__package__)
        .get_template("report.html")
        .render(pages=rows, labels=labels, checks=checks, json_href=json_href)
    )


def summary_lines(pages: Sequence[PageReport], at_least: int = 5) -> list[str]:
    """One line per check and language that found a problem ``at_least`` times.

    Two hundred images without alternative text are two hundred warnings; this line
    says how big the job is without reading them all.
    """
    counts: dict[tuple[str, str], tuple[int, set[str]]] = {}
    for page in pages:
        if page.fallback:
            continue  # the original's findings are counted in its own language
        for finding in page.findings:
            found, sources = counts.get((page.lang, finding.check), (0, set()))
            counts[(page.lang, finding.check)] = (found + 1, sources | {page.source})
    return [
        f"Summary for '{lang}': {found} findings of the check '{check}' on "
        f"{len(sources)} page{'s' if len(sources) != 1 else ''}."
        for (lang, check), (found, sources) in sorted(counts.items())
        if found >= at_least
    ]
