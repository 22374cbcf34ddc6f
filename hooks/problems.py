"""Check every language, then report every problem at once, grouped by language.

static-i18n builds each language inside the first one's ``on_post_build``; a strict
build used to stop at the end of the first language with a warning, so the languages
after it were never checked. The rule lives in ``oer.engine.problem_log``: the other
languages build without aborting, every warning is collected with its language, and
after the last language one list is printed and a strict build fails once.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.plugins import CombinedEvent, event_priority

from oer.engine.build_problems import by_language, counted, group_name, summary
from oer.engine.logs import hook_logger
from oer.engine.problem_log import (
    finish,
    hold_strict,
    language_names,
    languages_done,
    start_collecting,
    stop_collecting,
)

log = hook_logger("problems")

# Before every other hook's on_config, which may already report a problem.
FIRST = 100
# Before static-i18n's on_post_build (-100), which builds the other languages.
BEFORE_LANGUAGES = -50
# After static-i18n's on_post_build, before the site-wide work that follows it (-150).
AFTER_LANGUAGES = -120
# After every other hook's site-wide work, which may report problems too.
LAST = -1000


@event_priority(FIRST)
def on_config(config: MkDocsConfig) -> None:
    start_collecting(config)


@event_priority(BEFORE_LANGUAGES)
def _hold_strict(config: MkDocsConfig) -> None:
    hold_strict(config)


@event_priority(AFTER_LANGUAGES)
def _languages_done(config: MkDocsConfig) -> None:
    languages_done(config)


@event_priority(LAST)
def _report(config: MkDocsConfig) -> None:
    finished = finish(config)
    if finished is None:
        return
    problems, strict = finished
    groups = by_language(problems, tuple(language_names(config)))
    if not groups:
        return
    names = language_names(config)
    log.info(summary(groups, names))
    if strict:
        total = sum(len(found) for found in groups.values())
        where = "; ".join(
            f"{group_name(lang, names)}: {len(found)}" for lang, found in groups.items()
        )
        raise Abort(f"Aborted with {counted(total, 'problem')} in strict mode ({where}).")


on_post_build = CombinedEvent(_hold_strict, _languages_done, _report)


def on_build_error(error: Exception) -> None:
    stop_collecting()
