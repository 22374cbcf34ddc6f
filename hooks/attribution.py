"""Credit co-producers on module pages, list everyone on the co-producers page,
and describe each credited page for machines (schema.org JSON-LD).

The rules live in ``oer.attribution``; this file only feeds them MkDocs' pages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from oer.attribution.citation import check_citation, course_citation
from oer.attribution.course_credits import (
    credited_modules,
    module_credits,
    module_title,
    page_credits,
)
from oer.attribution.course_labels import untranslated
from oer.attribution.directory import ModuleCredits, directory, render_directory
from oer.attribution.jsonld import learning_resource, script_json
from oer.attribution.presentation import attribution_block, render_attribution
from oer.content.sources import split_language
from oer.course import Course, course_of
from oer.engine.build_state import build_state
from oer.engine.logs import hook_logger, report
from oer.engine.mkdocs_i18n import alternate_url, file_language, language_state

log = hook_logger("attribution")


@dataclass
class AttributionRun:
    """Each page's schema.org description, by output path, for the page template."""

    jsonld: dict[str, str] = field(default_factory=dict)


def on_config(config: MkDocsConfig) -> None:
    state = language_state(config)
    # static-i18n calls on_config once per language; say each problem once per build.
    if state is None or state.current == state.default:
        course = course_of(config)
        for problem in course.registry_problems + tuple(
            untranslated(course.registry.labels, course.languages, course.settings.registry)
        ):
            report(log, problem)
        expected = course_citation(config, course.settings, course.registry)
        stale = check_citation(Path(config.config_file_path).parent, expected)
        if stale is not None:
            report(log, stale)


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    course = course_of(config)
    state = language_state(config)
    lang = state.current if state else course.default
    own = course.source(page.file.src_uri)
    if own is None:
        return html
    base_uri, written_in = split_language(page.file.src_uri, course.languages)
    in_own_build = state is None or file_language(page, state) == state.current

    credits, problems = page_credits(course, own, base_uri, written_in)
    if in_own_build:
        for problem in problems:
            log.warning(str(problem))

    if own.meta.get("coproducers_directory"):
        html += render_directory(directory(course.registry, _modules(course, page, lang), lang))
    if credits is None:
        return html

    settings = course.settings
    url = page.canonical_url or page.url
    html += render_attribution(
        attribution_block(
            credits,
            lang=lang,
            title=page.title or "",
            course=config.site_name,
            url=url,
            licence=settings.licence,
            funding=settings.funding_text(lang, course.default),
        )
    )
    original = alternate_url(page, course.default) if written_in is not None else None
    build_state(config, AttributionRun).jsonld[page.file.dest_uri] = script_json(
        learning_resource(
            credits,
            lang=lang,
            title=page.title or "",
            url=url,
            licence=settings.licence,
            course=config.site_name,
            description=page.meta.get("description"),
            based_on=(config.site_url or "") + original if original is not None else None,
            audience=settings.audience,
            educational_level=settings.educational_level,
        )
    )
    return html


def _modules(course: Course, page: Page, lang: str) -> list[ModuleCredits]:
    """Every credited module, as read in ``lang``, linked from ``page``."""
    folder = "" if lang == course.default else f"{lang}/"
    return [
        ModuleCredits(
            title=module_title(course, module, lang),
            url=get_relative_url(f"{folder}{module.folder}/", page.url),
            credits=module_credits(course, module, lang),
        )
        for module in credited_modules(course)
    ]


def on_page_context(
    context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Navigation
) -> dict[str, Any]:
    context["oer_jsonld"] = build_state(config, AttributionRun).jsonld.get(page.file.dest_uri)
    return context
