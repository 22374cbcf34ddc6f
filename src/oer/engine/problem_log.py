"""Collect every warning of one build, in every language, and decide strictness once.

MkDocs' ``build()`` counts the warnings of the ``mkdocs`` logger tree in strict mode and
aborts at the end of the build that logged them. static-i18n runs one such build per
language inside the first one's ``on_post_build``, so the first language with a warning
aborts everything and the languages after it are never checked. The outermost build's
counter stays attached while the other languages build, so the rule is:

- the other languages build with ``strict`` off (their own abort is held back);
- every warning is collected here with the language being built;
- after the last language, one list is printed and a strict build aborts once.

MkDocs' own counter still sees every warning, so a warning this module could not
collect fails a strict build all the same.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

from oer.engine.build_problems import Course, Found, Logged, found
from oer.engine.build_state import build_state
from oer.engine.mkdocs_i18n import language_state

# The logger MkDocs counts in strict mode; every plugin and hook logs below it.
MKDOCS_LOGGER = "mkdocs"


class _Collect(logging.Handler):
    """Keeps each warning with the language being built when it was logged."""

    def __init__(self, language: Callable[[], str | None], into: list[Logged]) -> None:
        super().__init__(logging.WARNING)
        self.language = language
        self.into = into

    def emit(self, record: logging.LogRecord) -> None:
        error = record.levelno >= logging.ERROR
        self.into.append(Logged(record.getMessage(), self.language(), error))


@dataclass
class ProblemLog:
    """One build's warnings, in all its languages."""

    logged: list[Logged] = field(default_factory=list)
    handler: _Collect | None = None
    # The build was asked to be strict; the other languages' builds run without it.
    strict: bool = False
    held: bool = False
    # Set once the default language's site-wide work starts after the other languages.
    after_languages: bool = False
    # Every problem of the build, once the last language is done.
    problems: list[Found] | None = None


def _current_language(config: MkDocsConfig, log: ProblemLog) -> str | None:
    state = language_state(config)
    if state is None or log.after_languages:
        return None
    return state.current


def start_collecting(config: MkDocsConfig) -> None:
    """Collect from the first event of the first language's build on (once per build)."""
    log = build_state(config, ProblemLog)
    if log.handler is not None:
        return
    # A build that stopped with an error could not take its collector away.
    stop_collecting()
    log.handler = _Collect(lambda: _current_language(config, log), log.logged)
    logging.getLogger(MKDOCS_LOGGER).addHandler(log.handler)


def hold_strict(config: MkDocsConfig) -> None:
    """Before the other languages build: keep their builds from aborting one by one."""
    state = language_state(config)
    log = build_state(config, ProblemLog)
    if state is None or state.building_others:
        return
    if config.strict and not log.held:
        log.strict, log.held = True, True
        config.strict = False


def languages_done(config: MkDocsConfig) -> None:
    """Every language is built: what is logged from now on is about the whole site."""
    state = language_state(config)
    if state is None or not state.building_others:
        build_state(config, ProblemLog).after_languages = True


def finish(config: MkDocsConfig) -> tuple[list[Found], bool] | None:
    """Every problem of the build and whether it was strict, once the last language is
    done (None in the other languages' builds)."""
    state = language_state(config)
    if state is not None and state.building_others:
        return None
    log = build_state(config, ProblemLog)
    if log.handler is not None:
        logging.getLogger(MKDOCS_LOGGER).removeHandler(log.handler)
        log.handler = None
    if log.held:
        config.strict, log.held = log.strict, False
    root = Path(config.config_file_path).parent
    course = Course(
        languages=state.languages if state else (),
        default=state.default if state else None,
        docs=_relative(Path(config.docs_dir), root),
        config_file=Path(config.config_file_path).name,
    )
    log.problems = [found(logged, course, lambda path: _read(root / path)) for logged in log.logged]
    return log.problems, bool(config.strict)


def collected(config: MkDocsConfig) -> list[Found] | None:
    """The problems of a finished build (None if it stopped before its end)."""
    return build_state(config, ProblemLog).problems


def stop_collecting() -> None:
    """Take away the collectors of a build that stopped with an error."""
    logger = logging.getLogger(MKDOCS_LOGGER)
    for handler in [h for h in logger.handlers if isinstance(h, _Collect)]:
        logger.removeHandler(handler)


def language_names(config: MkDocsConfig) -> dict[str, str]:
    """Each language's own name, as the i18n plugin's settings give it."""
    plugin = config.plugins.get("i18n")
    languages = getattr(getattr(plugin, "config", None), "languages", None) or []
    return {str(lang["locale"]): str(lang.get("name") or lang["locale"]) for lang in languages}


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None
