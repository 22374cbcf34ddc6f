"""Translations: reader notices, structure checks, orphans, and the status report.

Listed after hooks/language_of_parts.py, so notices (in the reader's language)
sit outside the untranslated text that is marked as English.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url
from mkdocs.utils.meta import get_data

from oer.content.sources import Source, SourceReader, split_language
from oer.course import course_of
from oer.engine.build_state import build_state
from oer.engine.logs import hook_logger
from oer.engine.mkdocs_i18n import LanguageState, alternate_url, file_language, language_state
from oer.translations.changes import Changes
from oer.translations.history import GitHistory
from oer.translations.notices import (
    not_translated_notice,
    outdated_notice,
    status_page_html,
    todo_anchor,
    under_title,
)
from oer.translations.overview import Entry, overview, page_path, what_changed
from oer.translations.page_checks import translation_problems
from oer.translations.report import status_json
from oer.translations.status import (
    OUTDATED,
    translation_status,
    unpublishable_translation,
)

log = hook_logger("translations")
STATUS_PLACEHOLDER = '<div class="oer-translation-status"></div>'
CONTRIBUTOR_GUIDE = "contributing/"
STATUS_JSON = "translation-status.json"


@dataclass
class _Build:
    """Everything this hook keeps between events of one build (all languages)."""

    # Earlier versions of the sources, each asked of git once per build.
    history: GitHistory | None = None
    # Language → (built file, URL) of its status page, filled as each language renders.
    status_pages: dict[str, tuple[str, str]] = field(default_factory=dict)
    # The source URI of the page that shows the status ("" until looked up, None if none).
    status_page: str | None = ""
    # What changed in a source since each outdated translation, asked once per build.
    _changes: dict[str, Changes | None] = field(default_factory=dict)

    def changes(self, source_uri: str, source_body: str, translation: Source) -> Changes | None:
        if translation.uri not in self._changes:
            self._changes[translation.uri] = what_changed(
                self.history, source_uri, source_body, translation
            )
        return self._changes[translation.uri]


def _build(config: MkDocsConfig) -> _Build:
    build = build_state(config, _Build)
    if build.history is None:
        build.history = GitHistory(Path(config.docs_dir))
    return build


def on_files(files: Files, config: MkDocsConfig) -> Files:
    state = language_state(config)
    if state is None:
        return files
    first_build = state.current == state.default
    reader = course_of(config).sources
    unpublished = set()
    for file in files.documentation_pages():
        problem = unpublishable_translation(reader, file.src_uri, state.languages)
        if problem is not None:
            unpublished.add(file.src_uri)
            if first_build:
                log.warning(str(problem))
    # Not published in any language: readers of that language get the original instead.
    for file in [f for f in files if f.src_uri in unpublished]:
        files.remove(file)
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    state = language_state(config)
    if state is not None and file_language(page, state) != state.current:
        return markdown
    reader = course_of(config).sources
    own = reader.read(page.file.src_uri)
    if own is None or state is None:
        return markdown
    base, lang = split_language(own.uri, state.languages)
    source = reader.read(base) if lang is not None else None
    if source is None:
        return markdown
    problems, lagging = translation_problems(source, own, markdown, _build(config).history)
    for problem in lagging:
        log.info(f"{problem} (Not counted: the source changed since this translation.)")
    for problem in problems:
        log.warning(str(problem))
    return markdown


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    state = language_state(config)
    if page.meta.get("translation_status_report") and state is not None:
        _build(config).status_pages[state.current] = (page.file.abs_dest_path, page.url)
        html += STATUS_PLACEHOLDER
    if state is None or state.current == state.default:
        return html
    lang, default = state.current, state.default
    guide = get_relative_url(f"{lang}/{CONTRIBUTOR_GUIDE}", page.url)
    if file_language(page, state) != lang:
        return under_title(html, not_translated_notice(lang, default, guide))
    reader = course_of(config).sources
    base, _ = split_language(page.file.src_uri, state.languages)
    source, own = reader.read(base), reader.read(page.file.src_uri)
    if source is None or own is None:
        return html
    source_body = get_data(source.text)[0]
    status = translation_status(source_body, own.meta)
    if status.state != OUTDATED:
        return html
    changes = _build(config).changes(base, source_body, own)
    entry = Entry(base, lang, "", status, changes, base)
    original = alternate_url(page, default)
    href = get_relative_url(original, page.url) if original is not None else guide
    status_page = _status_page(_build(config), reader, state)
    changes_href = (
        get_relative_url(_page_url(status_page, lang, default), page.url)
        + f"#{todo_anchor(base, lang)}"
        if status_page is not None
        else None
    )
    return under_title(html, outdated_notice(lang, default, href, entry, changes_href))


def _status_page(build: _Build, reader: SourceReader, state: LanguageState) -> str | None:
    """The source URI of the page that shows the translation status, if the site has one."""
    if build.status_page == "":
        build.status_page = next(
            (
                uri
                for uri in reader.pages(state.languages)
                if (source := reader.read(uri)) is not None
                and source.meta.get("translation_status_report")
            ),
            None,
        )
    return build.status_page


@event_priority(-150)
def on_post_build(config: MkDocsConfig) -> None:
    state = language_state(config)
    if state is None or not state.is_last_call:
        return
    build = _build(config)
    reader = course_of(config).sources
    entries = overview(reader, state.languages, state.default, changes_of=build.changes)
    site = Path(config.site_dir)
    (site / STATUS_JSON).write_text(
        status_json(entries, state.languages, state.default, config.site_url or ""),
        encoding="utf-8",
    )
    status_page = _status_page(build, reader, state)
    for lang, (path, url) in build.status_pages.items():
        # The default language's page lists every language's to-do; the others their own.
        todo = [other for other in state.languages if other != state.default]
        if lang != state.default:
            todo = [lang]

        def page_href(page: str, in_lang: str, url: str = url) -> str:
            return get_relative_url(_page_url(page, in_lang, state.default), url)

        def todo_href(page: str, in_lang: str, url: str = url, todo: list[str] = todo) -> str:
            anchor = f"#{todo_anchor(page, in_lang)}"
            if in_lang in todo or status_page is None:
                return anchor
            return get_relative_url(_page_url(status_page, in_lang, state.default), url) + anchor

        table = status_page_html(
            entries,
            reader_lang=lang,
            original=state.default,
            todo_languages=todo,
            page_href=page_href,
            todo_href=todo_href,
            json_href=get_relative_url(STATUS_JSON, url),
        )
        built = Path(path).read_text(encoding="utf-8")
        Path(path).write_text(built.replace(STATUS_PLACEHOLDER, table, 1), encoding="utf-8")


def _page_url(uri: str, lang: str, default: str) -> str:
    return page_path(uri, lang, default) or "./"
