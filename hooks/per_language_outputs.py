"""Give every language its own 404 page and search index.

static-i18n builds each language into the same site root, so the root 404 page
and search index come out in whichever language was built last, and search
mixes all four languages. This hook keeps what each language build rendered
and, once all languages exist, writes each to its own folder.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files

from oer.engine.build_state import build_state
from oer.engine.logs import hook_logger
from oer.engine.mkdocs_i18n import language_state
from oer.languages.language_packs import pack
from oer.languages.search_index import index_path, split_by_language
from oer.languages.theme_config import language_base

log = hook_logger("per_language_outputs")


@dataclass
class NotFoundPages:
    """Each language's 404 page as its build rendered it, until every language exists."""

    by_language: dict[str, str] = field(default_factory=dict)


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    """Let overrides/base.html point the theme's browser code at this language's folder."""
    state = language_state(config)
    if state is not None:
        env.globals["oer_language_base"] = partial(language_base, lang_folder=state.folder)
    return env


def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    state = language_state(config)
    if state is not None and template_name == "404.html":
        build_state(config, NotFoundPages).by_language[state.current] = output_content
    return output_content


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
        stemming = {lang: pack(lang).search for lang in state.languages}
        split = split_by_language(merged, state.languages, state.default, stemming)
        for lang, index in split.items():
            path = site / index_path(lang, state.default)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), "utf-8")
    log.debug("Wrote a search index and a 404 page per language")
