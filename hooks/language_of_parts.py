"""Mark the page's own text with its real language on untranslated (fallback) pages.

Listed before the hooks that add credits and downloads, so only the author's
text is marked: what the toolkit adds is in the reader's language.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from oer.engine.mkdocs_i18n import file_language, language_state
from oer.languages.parts import mark_language


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    state = language_state(config)
    text_lang = file_language(page, state)
    if state is None or text_lang is None:
        return html
    return mark_language(html, text_lang, state.current)
