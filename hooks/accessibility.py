"""Check every rendered page for accessibility and respectful language; write the report.

Warnings name the source file and, where the problem's text can be found in it,
the line. The report (``accessibility.json`` and the accessibility page) covers
every page in every language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from oer.accessibility.checks import CHECKS, cached_check_page, source_line
from oer.accessibility.readability import cached_readability, formula_name, prose_text
from oer.accessibility.report import (
    FindingEntry,
    PageReport,
    report_html,
    report_json,
    summary_lines,
)
from oer.course import course_of
from oer.engine.build_state import build_state
from oer.engine.cache import cache_folder
from oer.engine.logs import hook_logger
from oer.engine.mkdocs_i18n import file_language, language_state
from oer.problems import Problem

log = hook_logger("accessibility")
REPORT_PLACEHOLDER = '<div class="oer-accessibility-report"></div>'


@dataclass
class AccessibilityRun:
    """Every page's report in every language of this build, and where the report pages are."""

    reports: dict[tuple[str, str], PageReport] = field(default_factory=dict)
    # Where each language's report page was written, and its URL.
    report_pages: dict[str, tuple[str, str]] = field(default_factory=dict)


# Last of the content hooks: credits and downloads are checked too.
@event_priority(-50)
def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    state = language_state(config)
    lang = state.current if state else str(config.theme["language"])
    text_lang = file_language(page, state) or lang
    own_build = text_lang == lang
    source = course_of(config).source(page.file.src_uri)
    text = source.text if source else ""
    where = f"docs/{page.file.src_uri}"

    entries = []
    for finding in cached_check_page(html, text_lang, cache_folder(config, "accessibility")):
        line = source_line(text, finding.locate) if finding.locate else None
        entries.append(FindingEntry(finding.check, finding.message, finding.fix, line))
        if own_build:
            log.warning(str(Problem(where, finding.message, finding.fix, line)))

    figure = cached_readability(prose_text(html), text_lang, cache_folder(config, "readability"))
    minimum = course_of(config).settings.readability_minimum.get(text_lang)
    if figure is not None and minimum is not None and figure.score < minimum and own_build:
        log.warning(
            str(
                Problem(
                    where,
                    f"Readability is {figure.score} ({figure.formula}); the course asks for "
                    f"at least {minimum}.",
                    "Shorten long sentences and explain or replace long words.",
                )
            )
        )
    run = build_state(config, AccessibilityRun)
    run.reports[(lang, page.url)] = PageReport(
        lang=lang,
        url=page.url,
        title=page.title or page.url,
        source=where,
        fallback=not own_build,
        checks=tuple(CHECKS),
        findings=tuple(entries),
        readability=figure,
        measured=formula_name(text_lang) is not None,
    )
    if page.meta.get("accessibility_report"):
        run.report_pages[lang] = (page.file.abs_dest_path, page.url)
        html += REPORT_PLACEHOLDER
    return html


@event_priority(-150)
def on_post_build(config: MkDocsConfig) -> None:
    state = language_state(config)
    if state is not None and not state.is_last_call:
        return
    run = build_state(config, AccessibilityRun)
    site = Path(config.site_dir)
    pages = list(run.reports.values())
    for line in summary_lines(pages):
        log.info(line)
    (site / "accessibility.json").write_text(report_json(pages), encoding="utf-8")
    for lang, (path, url) in run.report_pages.items():
        hrefs: dict[str, Any] = {p.url: get_relative_url(p.url, url) for p in pages}
        built = Path(path).read_text(encoding="utf-8")
        table = report_html(pages, lang, hrefs, get_relative_url("accessibility.json", url))
        Path(path).write_text(built.replace(REPORT_PLACEHOLDER, table, 1), encoding="utf-8")
