"""Credit co-producers on module pages, list everyone on the co-producers page,
and describe each credited page for machines (schema.org JSON-LD).

The rules live in ``oer.attribution``; this file only feeds them MkDocs' pages.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from oer.attribution.citation import check_citation, course_citation
from oer.attribution.course_labels import untranslated
from oer.attribution.credits import (
    Credits,
    check_module,
    check_translation,
    read_coproducers,
    read_translators,
)
from oer.attribution.directory import ModuleCredits, directory, render_directory
from oer.attribution.jsonld import learning_resource, script_json
from oer.attribution.presentation import attribution_block, render_attribution
from oer.attribution.registry import Contributor, Registry, registry_from_file
from oer.content.sources import (
    Source,
    SourceReader,
    module_landings,
    shared_reader,
    split_language,
    translation_uri,
)
from oer.engine.build_state import build_state
from oer.engine.logs import hook_logger, report
from oer.engine.mkdocs_i18n import alternate_url, file_language, language_state
from oer.settings import CourseSettings, read_settings

log = hook_logger("attribution")


@dataclass
class AttributionRun:
    """What one build knows about credits: read at its start, gone with it."""

    settings: CourseSettings = field(default_factory=CourseSettings)
    registry: Registry = field(default_factory=Registry)
    # Each page's schema.org description, by output path, for the page template.
    jsonld: dict[str, str] = field(default_factory=dict)


def on_config(config: MkDocsConfig) -> None:
    run = build_state(config, AttributionRun)
    # hooks/settings.py reports the settings' own problems.
    run.settings, _ = read_settings(config.extra)
    registry_file = Path(config.config_file_path).parent / run.settings.registry
    run.registry, registry_problems = registry_from_file(registry_file, run.settings.registry)
    state = language_state(config)
    # static-i18n calls on_config once per language; say each problem once per build.
    if state is None or state.current == state.default:
        languages = state.languages if state else (str(config.theme["language"]),)
        for problem in registry_problems + untranslated(
            run.registry.labels, languages, run.settings.registry
        ):
            report(log, problem)
        expected = course_citation(config, run.settings, run.registry)
        stale = check_citation(Path(config.config_file_path).parent, expected)
        if stale is not None:
            report(log, stale)


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    run = build_state(config, AttributionRun)
    state = language_state(config)
    lang = state.current if state else str(config.theme["language"])
    default = state.default if state else lang
    languages = state.languages if state else (lang,)
    reader = shared_reader(config.docs_dir)
    own = reader.read(page.file.src_uri)
    if own is None:
        return html
    base_uri, written_in = split_language(page.file.src_uri, languages)
    in_own_build = state is None or file_language(page, state) == state.current

    holder = _coproduction_holder(reader, own, base_uri)
    credits, problems = Credits(labels=run.registry.labels), []
    if holder is not None:
        credits, found = read_coproducers(
            holder.meta, run.registry, f"docs/{holder.uri}", holder.text
        )
        if holder is own:
            problems += found
            if PurePosixPath(base_uri).name == "index.md" and written_in is None:
                problems += check_module(credits, f"docs/{own.uri}", own.text)
    if written_in is not None:
        translation, found = read_translators(own.meta, run.registry, f"docs/{own.uri}", own.text)
        problems += found
        # Broken front matter or an unknown id has its own message; "does not credit its
        # translator" would be a false follow-on.
        if not own.problems and not found:
            problems += check_translation(translation, f"docs/{own.uri}")
        credits = replace(credits, translation=translation)
    if in_own_build:
        for problem in problems:
            log.warning(str(problem))

    if own.meta.get("coproducers_directory"):
        html += render_directory(
            directory(
                run.registry, _modules(reader, run.registry, page, lang, default, languages), lang
            )
        )
    if holder is None and not credits.translation:
        return html

    url = page.canonical_url or page.url
    html += render_attribution(
        attribution_block(
            credits,
            lang=lang,
            title=page.title or "",
            course=config.site_name,
            url=url,
            licence=run.settings.licence,
            funding=run.settings.funding_text(lang, default),
        )
    )
    original = alternate_url(page, default) if written_in is not None else None
    run.jsonld[page.file.dest_uri] = script_json(
        learning_resource(
            credits,
            lang=lang,
            title=page.title or "",
            url=url,
            licence=run.settings.licence,
            course=config.site_name,
            description=page.meta.get("description"),
            based_on=(config.site_url or "") + original if original is not None else None,
            audience=run.settings.audience,
            educational_level=run.settings.educational_level,
        )
    )
    return html


def _coproduction_holder(reader: SourceReader, own: Source, base_uri: str) -> Source | None:
    """The page, its default-language source, or its module: whichever names co-producers."""
    candidates = [own, reader.read(base_uri), *(reader.read(u) for u in module_landings(base_uri))]
    return next((s for s in candidates if s is not None and s.meta.get("coproducers")), None)


def _modules(
    reader: SourceReader,
    registry: Registry,
    page: Page,
    lang: str,
    default: str,
    languages: tuple[str, ...],
) -> list[ModuleCredits]:
    """Every module (a folder whose index.md names co-producers), as read in ``lang``."""
    pages = reader.pages(languages)
    modules = []
    for uri in pages:
        landing = reader.read(uri) if PurePosixPath(uri).name == "index.md" else None
        if uri == "index.md" or landing is None or not landing.meta.get("coproducers"):
            continue
        credits, _ = read_coproducers(landing.meta, registry, f"docs/{uri}")
        folder = str(PurePosixPath(uri).parent)
        if lang != default:
            in_module = [p for p in pages if p.startswith(f"{folder}/")]
            credits = replace(
                credits, translation=_translators(reader, registry, in_module, lang, default)
            )
        translated = reader.read(translation_uri(uri, lang, default)) or landing
        target = f"{folder}/" if lang == default else f"{lang}/{folder}/"
        modules.append(
            ModuleCredits(
                title=str(translated.meta.get("title") or folder),
                url=get_relative_url(target, page.url),
                credits=credits,
            )
        )
    return modules


def _translators(
    reader: SourceReader, registry: Registry, pages: list[str], lang: str, default: str
) -> dict[str, tuple[Contributor, ...]]:
    """Everyone who translated or reviewed any of ``pages`` into ``lang``, each once."""
    merged: dict[str, dict[str, Contributor]] = {}
    for uri in pages:
        version = reader.read(translation_uri(uri, lang, default))
        if version is None:
            continue
        found, _ = read_translators(version.meta, registry, uri)
        for role, people in found.items():
            for person in people:
                merged.setdefault(role, {})[person.id] = person
    return {role: tuple(people.values()) for role, people in merged.items()}


def on_page_context(
    context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Navigation
) -> dict[str, Any]:
    context["oer_jsonld"] = build_state(config, AttributionRun).jsonld.get(page.file.dest_uri)
    return context
