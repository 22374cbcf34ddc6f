"""Build each module's exercise bundles from the pages MkDocs rendered, on every core.

What trainers print is what readers see: exercises are read from each page's rendered
content, after the sanitiser, with its images embedded. The module's landing page gets
a placeholder; once every language is built, the bundles not in the cache render in a
process pool, their files are written, and each placeholder becomes download links
with the files' sizes, beside a picture of the learner sheets' first page. Every
exercise ends with a line linking its page of the learner sheets and the module's ZIP.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from oer.attribution.course_credits import module_credits, module_title
from oer.attribution.presentation import attribution_block, attribution_text, render_attribution
from oer.bundles.archive import unique_entry_names
from oer.bundles.build import Bundle
from oer.bundles.cache import OutputCache
from oer.bundles.dates import newest_change
from oer.bundles.exercise_links import exercise_line_html, fill_markers, sheet_pages, with_markers
from oer.bundles.images import embed_images
from oer.bundles.links import downloads_html
from oer.bundles.pool import BundleJob, Rendered, RenderQueue
from oer.bundles.preview import learner_sheets_preview
from oer.bundles.spec import BundleSpec
from oer.content.sources import split_language
from oer.course import course_of
from oer.engine.build_state import build_state
from oer.engine.cache import cache_folder
from oer.engine.logs import hook_logger
from oer.engine.mkdocs_i18n import file_language, language_state
from oer.exercises.checks import check_attachments, check_exercises
from oer.exercises.extract import Exercise, exercises_in

log = hook_logger("bundles")
DOWNLOADS = "downloads"
# After hooks/safety.py (100) has sanitised the page, before the toolkit adds its own parts.
AFTER_SANITISER = 90
# After static-i18n (-100) has chosen this language's files and translated the navigation.
AFTER_LANGUAGES = -110


@dataclass
class ModuleBundle:
    """One module in one language, filled in as its pages render."""

    spec: BundleSpec
    pages: list[str]
    site_folder: Path
    exercises: dict[str, list[Exercise]] = field(default_factory=dict)
    landing: Path | None = None
    # Where each page with exercises is written, to put a download line under each.
    written: dict[str, Path] = field(default_factory=dict)

    @property
    def placeholder(self) -> str:
        return f"<!-- oer-downloads {self.spec.module} -->"


@dataclass
class BundleRun:
    """Every module bundle of this build, across its languages."""

    modules: dict[tuple[str, str], ModuleBundle] = field(default_factory=dict)


@event_priority(AFTER_LANGUAGES)
def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    state = language_state(config)
    lang = state.current if state else str(config.theme["language"])
    languages = state.languages if state else (lang,)
    run = build_state(config, BundleRun)
    course = course_of(config)
    modules: dict[str, list[Page]] = {}
    for page in nav.pages:
        holder = course.module_of(split_language(page.file.src_uri, languages)[0])
        if holder is not None:
            modules.setdefault(holder.folder, []).append(page)
    site_folder = Path(config.site_dir) / (state.folder if state else "")
    for module, pages in modules.items():
        attachments = [a for page in pages for a in _attachments(page, config)]
        spec = replace(
            _spec(module, config, lang),
            attachments=tuple(unique_entry_names(attachments)),
            updated=newest_change([Path(p.file.abs_src_path or "") for p in pages]),
        )
        run.modules[(lang, module)] = ModuleBundle(
            spec, [page.file.src_uri for page in pages], site_folder
        )
    return nav


@event_priority(AFTER_SANITISER)
def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    state = language_state(config)
    lang = state.current if state else str(config.theme["language"])
    languages = state.languages if state else ()
    base, _ = split_language(page.file.src_uri, languages)
    in_module = course_of(config).module_of(base)
    module = build_state(config, BundleRun).modules.get(
        (lang, in_module.folder if in_module else "")
    )
    if module is None or page.file.src_uri not in module.pages:
        return html
    if "oer-exercise" in html:
        docs = Path(config.docs_dir)
        # The page's images, found from where the page is published (its links are
        # relative to its URL), read from docs/.
        url = page.url.removeprefix(f"{state.folder}/" if state and state.folder else "")
        embedded, problems = embed_images(html, docs / url, docs, f"docs/{page.file.src_uri}")
        if state is None or file_language(page, state) == lang:
            for problem in problems:
                log.warning(str(problem))
        written_in = file_language(page, state) or lang
        module.exercises[page.file.src_uri] = exercises_in(embedded, lang=written_in)
        module.written[page.file.src_uri] = Path(page.file.abs_dest_path)
        html = with_markers(html)
    if in_module is not None and base == in_module.landing:
        module.landing = Path(page.file.abs_dest_path)
        html += module.placeholder
    return html


# Below static-i18n's -100, which builds the other languages from its own on_post_build.
@event_priority(-150)
def on_post_build(config: MkDocsConfig) -> None:
    state = language_state(config)
    if state is not None and not state.is_last_call:
        return  # every language's pages first, then all bundles at once
    run = build_state(config, BundleRun)
    chosen = [m for m in run.modules.values() if any(m.exercises.values())]
    specs = [
        replace(m.spec, exercises=tuple(e for uri in m.pages for e in m.exercises.get(uri, [])))
        for m in chosen
    ]
    queue = build_state(config, RenderQueue)
    counts: list[int] = []
    outputs = OutputCache(cache_folder(config, "bundles"))
    for module, spec in zip(chosen, specs, strict=True):
        queue.add(BundleJob(spec), partial(_deliver, module, counts, outputs))
    # hooks/books.py queued the course books at a higher priority: one pool renders all.
    queue.render(cache_folder(config, "bundles"))
    for module in run.modules.values():
        if module not in chosen:
            _fill_placeholder(module, "")
    if sum(counts):
        log.info(f"Rendered {sum(counts)} bundle files for {sum(map(bool, counts))} bundles")


def _deliver(
    module: ModuleBundle, counts: list[int], outputs: OutputCache, rendered: Rendered[Bundle]
) -> None:
    bundle = rendered.result
    counts.append(rendered.count)
    for warning in dict.fromkeys(rendered.warnings):
        log.warning(f"{bundle.spec.stem}: the renderer said: {warning}")
    target = module.site_folder / bundle.spec.module / DOWNLOADS
    target.mkdir(parents=True, exist_ok=True)
    for file in (*bundle.files, bundle.archive):
        (target / file.name).write_bytes(file.data)
    preview = learner_sheets_preview(bundle, outputs)
    if preview is not None:
        (target / preview.name).write_bytes(preview.data)
    _fill_placeholder(module, downloads_html(bundle, DOWNLOADS, preview))
    _fill_exercise_lines(module, bundle, target, outputs)


def _fill_placeholder(module: ModuleBundle, html: str) -> None:
    if module.landing is None or not module.landing.is_file():
        return
    page = module.landing.read_text(encoding="utf-8")
    module.landing.write_text(page.replace(module.placeholder, html, 1), encoding="utf-8")


def _fill_exercise_lines(
    module: ModuleBundle, bundle: Bundle, downloads: Path, outputs: OutputCache
) -> None:
    pages = sheet_pages(bundle, outputs)
    for uri, written in module.written.items():
        if not written.is_file():
            continue
        folder = Path(os.path.relpath(downloads, written.parent)).as_posix()
        lines = [exercise_line_html(bundle, folder, pages.get(e)) for e in module.exercises[uri]]
        html = fill_markers(written.read_text(encoding="utf-8"), lines)
        written.write_text(html, encoding="utf-8")


def _attachments(page: Page, config: MkDocsConfig) -> list[tuple[str, str]]:
    """Files the page's exercises hand out, as ``attachments/<exercise id>/<name>``."""
    source = course_of(config).source(page.file.src_uri)
    if source is None or "attachments" not in source.text:
        return []
    headers, _ = check_exercises(source.text, f"docs/{source.uri}")
    # Paths outside docs/ or missing files were reported by hooks/exercises.py; skip them here.
    found, _ = check_attachments(headers, source.uri, Path(config.docs_dir))
    return [
        (f"attachments/{exercise_id}/{path.name}", str(path))
        for exercise_id, paths in found.items()
        for path in paths
    ]


def _spec(folder: str, config: MkDocsConfig, lang: str) -> BundleSpec:
    course = course_of(config)
    module = next(m for m in course.modules if m.folder == folder)
    settings = course.settings
    title = module_title(course, module, lang)
    prefix = "" if lang == course.default else f"{lang}/"
    url = f"{config.site_url or ''}{prefix}{folder}/"
    block = attribution_block(
        module_credits(course, module, lang),
        lang=lang,
        title=title,
        course=config.site_name,
        url=url,
        licence=settings.licence,
        funding=settings.funding_text(lang, course.default),
    )
    return BundleSpec(
        module=folder,
        lang=lang,
        module_title=title,
        course=config.site_name,
        url=url,
        exercises=(),
        attribution_html=render_attribution(block),
        attribution_text=attribution_text(block),
        licence=settings.licence.name,
        licence_url=settings.licence.deed(lang),
    )
