"""Loggers for the hooks, under ``mkdocs.`` so that ``--strict`` counts their warnings."""

from __future__ import annotations

import logging

from mkdocs.plugins import PrefixedLogger

from oer.problems import Problem


def hook_logger(concern: str) -> PrefixedLogger:
    """A logger whose messages start with ``oer.<concern>:``.

    MkDocs names hook modules after their file path, so ``get_plugin_logger(__name__)``
    would print the absolute path of the hook in every message.
    """
    return PrefixedLogger(f"oer.{concern}", logging.getLogger(f"mkdocs.plugins.oer.{concern}"))


def report(log: PrefixedLogger, problem: Problem) -> None:
    """Log a content problem: an error in every build when publishing it would harm someone."""
    if problem.error:
        log.error(str(problem))
    else:
        log.warning(str(problem))
