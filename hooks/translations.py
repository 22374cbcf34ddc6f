"""Translations: reader notices, structure checks, orphans, and the status report.

Listed after hooks/language_of_parts.py, so notices (in the reader's language)
sit outside the untranslated text that is marked as English.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url
from mkdocs.utils.meta import get_data

from oer.content.sources import shared_reader, split_language
from oer.engine.logs import hook_logger
from oer.engine.mkdocs_i18n import alternate_url, file_language, language_state
from oer.problems import Problem
from oer.translations.notices import (
    language_name,
    not_translated_notice,
    outdated_notice,
    status_page_html,
    under_title,
)
from oer.translations.overview import overview, status_json
from oer.translations.parity import check_parity
from oer.translations.status import (
    NEW,
    OUTDATED,
    not_reviewed,
    translation_status,
    unpublishable_translation,
)

log = hook_logger("translations")
STATUS_PLACEHOLDER = '<div class="oer-translation-status"></div>'
CONTRIBUTOR_GUIDE = "contributing/"

_status_pages: dict[str, tuple[str, str]] = {}


def on_files(files: Files, config: MkDocsConfig) -> Files:
    state = language_state(config)
    if state is None:
        return files
    first_build = state.current == state.default
    if first_build:
        _status_pages.clear()
    reader = shared_reader(config.docs_dir)
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
    reader = shared_reader(config.docs_dir)
    own = reader.read(page.file.src_uri)
    if own is None:
        return markdown
    where = f"docs/{own.uri}"
    problems: list[Problem] = []
    if state is not None:
        base, lang = split_language(own.uri, state.languages)
        source = reader.read(base) if lang is not None else None
        if source is not None:
            source_body, _ = get_data(source.text)
            problems += check_parity(source_body, source.meta, own.text, markdown, own.meta, where)
            # Broken front matter has its own message; "not reviewed" would be a false one.
            if not own.problems and translation_status(source_body, own.meta).state == NEW:
                problems.append(not_reviewed(own.uri))
    for problem in problems:
        log.warning(str(problem))
    return markdown


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    state = language_state(config)
    if page.meta.get("translation_status_report") and state is not None:
        _status_pages[state.current] = (page.file.abs_dest_path, page.url)
        html += STATUS_PLACEHOLDER
    if state is None or state.current == state.default:
        return html
    lang, default = state.current, state.default
    guide = get_relative_url(f"{lang}/{CONTRIBUTOR_GUIDE}", page.url)
    if file_language(page, state) != lang:
        return under_title(html, not_translated_notice(lang, default, guide))
    reader = shared_reader(config.docs_dir)
    base, _ = split_language(page.file.src_uri, state.languages)
    source, own = reader.read(base), reader.read(page.file.src_uri)
    if source is None or own is None:
        return html
    status = translation_status(get_data(source.text)[0], own.meta)
    if status.state != OUTDATED:
        return html
    original = alternate_url(page, default)
    href = get_relative_url(original, page.url) if original is not None else guide
    return under_title(html, outdated_notice(lang, default, href, status.changed_sections))


@event_priority(-150)
def on_post_build(config: MkDocsConfig) -> None:
    state = language_state(config)
    if state is None or not state.is_last_call:
        return
    reader = shared_reader(config.docs_dir)
    entries = overview(reader, state.languages, state.default)
    site = Path(config.site_dir)
    (site / "translation-status.json").write_text(
        status_json(entries, state.languages, state.default), encoding="utf-8"
    )
    json_name = "translation-status.json"
    for lang, (path, url) in _status_pages.items():
        # The default language's page shows every language; the others their own.
        shown = [other for other in state.languages if other != state.default]
        if lang != state.default:
            shown = [lang]
        parts = []
        for other in shown:
            hrefs = {e.page: get_relative_url(_page_url(e.page, other), url) for e in entries}
            if len(shown) > 1:
                parts.append(f"<h2>{language_name(other, lang).capitalize()}</h2>")
            parts.append(
                status_page_html(entries, other, hrefs, get_relative_url(json_name, url), lang)
            )
        table = "".join(parts)
        built = Path(path).read_text(encoding="utf-8")
        Path(path).write_text(built.replace(STATUS_PLACEHOLDER, table, 1), encoding="utf-8")


def _page_url(uri: str, lang: str) -> str:
    """The URL of source page ``uri`` in ``lang``'s folder, with directory URLs."""
    path = uri.removesuffix(".md").removesuffix("index").rstrip("/")
    return f"{lang}/{path}/" if path else f"{lang}/"
