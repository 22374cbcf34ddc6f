"""Loggers for the hooks, under ``mkdocs.`` so that ``--strict`` counts their warnings."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

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


@contextmanager
def collected_warnings(*logger_names: str) -> Iterator[list[str]]:
    """The warnings the named loggers emit inside the block, as messages.

    For libraries that report through their own loggers where nobody listens: MkDocs'
    configuration loader before it raises a bare "Aborted", WeasyPrint and pandoc in a
    worker process.
    """
    messages: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            messages.append(record.getMessage())

    handler = Collect(logging.WARNING)
    loggers = [logging.getLogger(name) for name in logger_names]
    for logger in loggers:
        logger.addHandler(handler)
    try:
        yield messages
    finally:
        for logger in loggers:
            logger.removeHandler(handler)
