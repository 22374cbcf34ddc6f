"""Apply the accessibility repairs in ``oer.accessibility.theme_fixes`` to every page."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from oer.accessibility.theme_fixes import name_search_dialog
from oer.engine.mkdocs_i18n import language_state
from oer.locales import label


def _fix(output: str, config: MkDocsConfig) -> str:
    state = language_state(config)
    lang = state.current if state else str(config.theme["language"])
    return name_search_dialog(output, label(lang, "accessibility.search_dialog"))


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return _fix(output, config)


def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    return _fix(output_content, config) if template_name == "404.html" else output_content
