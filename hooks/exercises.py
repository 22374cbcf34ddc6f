"""Exercise blocks: print their labels in the language being built, and check their source."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from oer.course import course_of
from oer.engine.logs import hook_logger
from oer.engine.mkdocs_i18n import file_language, language_state
from oer.exercises.checks import (
    check_attachments,
    check_exercises,
    ids_used_twice,
    without_invalid_options,
)

log = hook_logger("exercises")
EXTENSION = "oer.exercises.markdown"


def on_config(config: MkDocsConfig) -> None:
    state = language_state(config)
    lang = state.current if state else str(config.theme["language"])
    # Setting a value (not registering the extension again) keeps this safe to
    # repeat for every language build.
    config.mdx_configs.setdefault(EXTENSION, {})["lang"] = lang


def on_files(files: Files, config: MkDocsConfig) -> Files:
    state = language_state(config)
    if state is not None and state.current != state.default:
        return files
    course = course_of(config)
    # Each language's pages separately: a translation shares its page's ids on purpose.
    for lang in course.languages:
        headers = {}
        for uri in course.pages:
            source = course.translation(uri, lang)
            if source is not None and "exercise" in source.text:
                where = f"docs/{source.uri}"
                headers[where] = check_exercises(source.text, where)[0]
        for problem in ids_used_twice(headers):
            log.warning(str(problem))
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    state = language_state(config)
    if state is not None and file_language(page, state) != state.current:
        return without_invalid_options(markdown)
    source = course_of(config).source(page.file.src_uri)
    if source is not None:
        headers, problems = check_exercises(source.text, f"docs/{source.uri}")
        _, missing = check_attachments(headers, source.uri, Path(config.docs_dir))
        for problem in problems + missing:
            log.warning(str(problem))
    return without_invalid_options(markdown)
