"""Fail the strict build on front matter that MkDocs would silently show as text."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from oer.course import course_of
from oer.engine.logs import hook_logger
from oer.engine.mkdocs_i18n import file_language, language_state

log = hook_logger("front_matter")


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    state = language_state(config)
    # A fallback page is the default-language file again: report it in its own build only.
    if state is not None and file_language(page, state) != state.current:
        return markdown
    source = course_of(config).source(page.file.src_uri)
    for problem in source.problems if source else []:
        log.warning(str(problem))
    return markdown
