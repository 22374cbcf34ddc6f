"""Give every language its own 404 page and search index.

static-i18n builds each language into the same site root, so the root 404 page
and search index come out in whichever language was built last, and search
mixes all four languages. This hook keeps what each language build rendered
and, once all languages exist, writes each to its own folder.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

from oer.engine.build_state import build_state
from oer.engine.logs import hook_logger
from oer.engine.mkdocs_i18n import language_state
from oer.languages.head_links import drop_language_alternates
from oer.languages.search_index import index_path, split_by_language
from oer.languages.theme_config import rebase_theme_config

log = hook_logger("per_language_outputs")


@dataclass
class NotFoundPages:
    """Each language's 404 page as its build rendered it, until every language exists."""

    by_language: dict[str, str] = field(default_factory=dict)


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    state = language_state(config)
    if state is None:
        return output
    return drop_language_alternates(rebase_theme_config(output, state.folder))


def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    state = language_state(config)
    if state is None or template_name != "404.html":
        return output_content
    html = rebase_theme_config(output_content, state.folder)
    build_state(config, NotFoundPages).by_language[state.current] = html
    return html


# Below static-i18n's -100, so the other languages are built and their search
# entries merged into the root index before this runs.
@event_priority(-150)
def on_post_build(config: MkDocsConfig) -> None:
    state = language_state(config)
    if state is None or not state.is_last_call:
        return
    site = Path(config.site_dir)

    for lang, html in build_state(config, NotFoundPages).by_language.items():
        folder = "" if lang == state.default else lang
        (site / folder / "404.html").write_text(html, encoding="utf-8")

    merged_path = site / "search" / "search_index.json"
    if merged_path.exists():
        merged = json.loads(merged_path.read_text(encoding="utf-8"))
        for lang, index in split_by_language(merged, state.languages, state.default).items():
            path = site / index_path(lang, state.default)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), "utf-8")
    log.debug("Wrote a search index and a 404 page per language")
