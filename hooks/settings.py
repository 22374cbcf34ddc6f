"""Check ``extra.course`` when the site loads, before any page is built.

The schema and the messages live in ``oer.settings``. A wrongly set key stops the build
with one line per key, as MkDocs does for its own settings; an unknown key is a
warning, which fails a strict build.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from oer.engine.logs import hook_logger
from oer.engine.mkdocs_i18n import language_state
from oer.settings import read_settings

log = hook_logger("settings")


def on_config(config: MkDocsConfig) -> None:
    state = language_state(config)
    # static-i18n calls on_config once per language; say each problem once per build.
    if state is not None and state.current != state.default:
        return
    path = Path(config.config_file_path)
    _, problems = read_settings(
        config.extra, path.name, text=_text(path), config_file_path=str(path)
    )
    errors = [str(problem) for problem in problems if problem.error]
    if errors:
        raise PluginError("\n".join(errors))
    for problem in problems:
        log.warning(str(problem))


def _text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return ""
