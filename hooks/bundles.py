"""Build each module's exercise bundle in the language being built, link it, publish it.

Bundles are made from the module's Markdown sources when the navigation is
known, before pages render, so the module page can state each file's size.
Every output comes from the content-hash cache when its inputs are unchanged.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path, PurePosixPath

import markdown as markdown_lib
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.meta import get_data

from oer.attribution.credits import Credits, read_coproducers, read_translators
from oer.attribution.presentation import attribution_block, attribution_text, render_attribution
from oer.attribution.registry import registry_from_file
from oer.bundles.archive import unique_entry_names
from oer.bundles.build import Bundle, build_bundle
from oer.bundles.cache import OutputCache
from oer.bundles.images import embed_images
from oer.bundles.links import downloads_html
from oer.bundles.spec import BundleSpec
from oer.content.sources import shared_reader, split_language, translation_uri
from oer.engine.logs import hook_logger
from oer.engine.mkdocs_i18n import language_state
from oer.exercises.checks import check_attachments, check_exercises, without_invalid_options
from oer.exercises.extract import Exercise, exercises_in
from oer.safety.page_html import clean_page_html
from oer.settings import read_settings

log = hook_logger("bundles")
DOWNLOADS = "downloads"

_bundles: dict[str, Bundle] = {}


# After static-i18n (-100) has chosen this language's files and translated the navigation.
@event_priority(-110)
def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    state = language_state(config)
    lang = state.current if state else str(config.theme["language"])
    default = state.default if state else lang
    languages = state.languages if state else (lang,)
    cache = OutputCache(_cache_folder(config))
    _bundles.clear()

    modules: dict[str, list[Page]] = {}
    for page in nav.pages:
        base, _ = split_language(page.file.src_uri, languages)
        if len(PurePosixPath(base).parts) > 1:
            modules.setdefault(PurePosixPath(base).parts[0], []).append(page)

    for module, pages in modules.items():
        exercises = [e for page in pages for e in _exercises(page, config, languages)]
        if not exercises:
            continue
        spec = _spec(module, exercises, config, lang, default, languages)
        attachments = unique_entry_names([a for page in pages for a in _attachments(page, config)])
        _bundles[module] = build_bundle(replace(spec, attachments=tuple(attachments)), cache)
    if cache.rendered:
        log.info(f"Rendered {cache.rendered} bundle files for '{lang}'")
    return nav


def _cache_folder(config: MkDocsConfig) -> Path:
    """``.cache/bundles`` beside mkdocs.yml, unless OER_CACHE_DIR names another folder."""
    override = os.environ.get("OER_CACHE_DIR")
    if override:
        return Path(override)
    return Path(config.config_file_path).parent / ".cache" / "bundles"


def _exercises(page: Page, config: MkDocsConfig, languages: tuple[str, ...]) -> list[Exercise]:
    source = shared_reader(config.docs_dir).read(page.file.src_uri)
    if source is None or "exercise" not in source.text:
        return []
    body, _ = get_data(without_invalid_options(source.text))
    md = markdown_lib.Markdown(
        extensions=config.markdown_extensions, extension_configs=config.mdx_configs
    )
    _, written_in = split_language(page.file.src_uri, languages)
    settings, _ = read_settings(config.extra)
    # The same allow-list as the web page: downloads carry nothing the page could not.
    html = clean_page_html(md.convert(body), settings.frame_hosts).html
    docs = Path(config.docs_dir)
    html, problems = embed_images(
        html, (docs / page.file.src_uri).parent, docs, f"docs/{source.uri}"
    )
    for problem in problems:
        log.warning(str(problem))
    return exercises_in(html, lang=written_in or languages[0])


def _attachments(page: Page, config: MkDocsConfig) -> list[tuple[str, str]]:
    """Files the page's exercises hand out, as ``attachments/<exercise id>/<name>``."""
    source = shared_reader(config.docs_dir).read(page.file.src_uri)
    if source is None or "attachments" not in source.text:
        return []
    headers, _ = check_exercises(source.text, source.uri)
    # Paths outside docs/ or missing files were reported by hooks/exercises.py; skip them here.
    found, _ = check_attachments(headers, source.uri, Path(config.docs_dir))
    return [
        (f"attachments/{exercise_id}/{path.name}", str(path))
        for exercise_id, paths in found.items()
        for path in paths
    ]


def _spec(
    module: str,
    exercises: list[Exercise],
    config: MkDocsConfig,
    lang: str,
    default: str,
    languages: tuple[str, ...],
) -> BundleSpec:
    reader = shared_reader(config.docs_dir)
    settings, _ = read_settings(config.extra)
    registry, _ = registry_from_file(
        Path(config.config_file_path).parent / settings.registry, settings.registry
    )
    landing_uri = f"{module}/index.md"
    landing = reader.read(landing_uri)
    translated = reader.read(translation_uri(landing_uri, lang, default)) or landing
    credits = Credits()
    if landing is not None:
        credits, _ = read_coproducers(landing.meta, registry, landing_uri)
    if translated is not None and translated is not landing:
        translation, _ = read_translators(translated.meta, registry, translated.uri)
        credits = replace(credits, translation=translation)
    title = str((translated.meta.get("title") if translated else None) or module)
    prefix = "" if lang == default else f"{lang}/"
    url = f"{config.site_url or ''}{prefix}{module}/"
    block = attribution_block(
        credits,
        lang=lang,
        title=title,
        course=config.site_name,
        url=url,
        licence=settings.licence,
        funding=settings.funding_text(lang, default),
    )
    return BundleSpec(
        module=module,
        lang=lang,
        module_title=title,
        course=config.site_name,
        url=url,
        exercises=tuple(exercises),
        attribution_html=render_attribution(block),
        attribution_text=attribution_text(block),
        licence_line=f"{settings.licence.name} ({settings.licence.url})",
    )


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    state = language_state(config)
    languages = state.languages if state else ()
    base, _ = split_language(page.file.src_uri, languages)
    path = PurePosixPath(base)
    if len(path.parts) == 2 and path.name == "index.md" and path.parts[0] in _bundles:
        html += downloads_html(_bundles[path.parts[0]], DOWNLOADS)
    return html


def on_post_build(config: MkDocsConfig) -> None:
    state = language_state(config)
    folder = Path(config.site_dir) / (state.folder if state else "")
    for module, bundle in _bundles.items():
        target = folder / module / DOWNLOADS
        target.mkdir(parents=True, exist_ok=True)
        for file in (*bundle.files, bundle.archive):
            (target / file.name).write_bytes(file.data)
