"""Partner content is untrusted: sanitise every page, refuse unsafe files, set the CSP.

Runs before every other hook that touches page content (priority 100), so what the
toolkit adds afterwards (credits, notices, downloads) is never stripped, and what an
author wrote is never trusted.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from oer.course import course_of
from oer.engine.logs import hook_logger
from oer.engine.mkdocs_i18n import file_language, language_state
from oer.safety.files import file_problem
from oer.safety.page_html import clean_page_html
from oer.safety.policy import with_policy
from oer.safety.report import removal_problem

log = hook_logger("safety")

# After static-i18n's on_files (-100), which decides which files each language publishes.
AFTER_LANGUAGES = -200
# Before language marking, credits, notices and downloads add the toolkit's own markup.
BEFORE_OTHER_HOOKS = 100
# After every hook and plugin that reads the title as plain text.
LAST = -1000


def _frame_hosts(config: MkDocsConfig) -> tuple[str, ...]:
    return course_of(config).settings.frame_hosts


def _reports_here(config: MkDocsConfig, page: Page | None = None) -> bool:
    """Report a problem once: in the default language's build, or in the page's own language."""
    state = language_state(config)
    if state is None:
        return True
    if page is None:
        return state.current == state.default
    return file_language(page, state) == state.current


@event_priority(AFTER_LANGUAGES)
def on_files(files: Files, config: MkDocsConfig) -> Files:
    docs = Path(config.docs_dir)
    trusted = {*config.extra_css, *(str(script) for script in config.extra_javascript)}
    for file in list(files):
        source = Path(file.abs_src_path) if file.abs_src_path else None
        if source is None or not source.is_relative_to(docs):
            continue  # the theme's own files
        problem = file_problem(docs, source.relative_to(docs).as_posix(), trusted)
        if problem is not None:
            files.remove(file)
            if _reports_here(config):
                log.warning(str(problem))
    return files


@event_priority(BEFORE_OTHER_HOOKS)
def sanitise(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    cleaned = clean_page_html(html, _frame_hosts(config))
    if cleaned.removals and _reports_here(config, page):
        source = course_of(config).source(page.file.src_uri)
        text = source.text if source else ""
        for removal in cleaned.removals:
            log.warning(str(removal_problem(removal, text, f"docs/{page.file.src_uri}")))
    return cleaned.html


@event_priority(LAST)
def escape_title(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    # The theme prints titles and descriptions as markup, also in the navigation of every
    # other page; front matter is text. Every page's content exists before any template
    # renders, so this is the last moment to escape them, after the hooks that read them.
    for key in ("title", "description"):
        if key in page.meta:
            page.meta[key] = escape(str(page.meta[key]))
    if "title" not in page.meta and page.title:
        page.title = escape(page.title)
    return html


on_page_content = CombinedEvent(sanitise, escape_title)


@event_priority(LAST)
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return with_policy(output, _frame_hosts(config))


# Before hooks/per_language_outputs.py keeps its copy of each language's 404 page; no hook
# changes the 404 page's inline scripts after this.
@event_priority(10)
def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    return with_policy(output_content, _frame_hosts(config))
