"""What is wrong with one translated page, held to the source it was made from."""

from __future__ import annotations

from mkdocs.utils.meta import get_data

from oer.content.sources import Source
from oer.problems import Problem
from oer.translations.history import GitHistory
from oer.translations.overview import earlier_body
from oer.translations.parity import check_parity
from oer.translations.status import NEW, OUTDATED, not_reviewed, recorded, translation_status


def translation_problems(
    source: Source, own: Source, markdown: str, history: GitHistory | None
) -> tuple[list[Problem], list[Problem]]:
    """The translation's problems, and those it has only because the source changed since.

    A translation is held to the source it was made from, and may already follow the new
    one: what the source changed since is the translator's to-do, not an error.
    """
    where = f"docs/{own.uri}"
    source_body, _ = get_data(source.text)
    status = translation_status(source_body, own.meta)
    record = recorded(own.meta)
    earlier: str | None = None
    if status.state == OUTDATED and record is not None:
        earlier = earlier_body(history, source.uri, record)
        # Without the history, assume the translation matched the source it was made from.
        earlier = markdown if earlier is None else earlier
    problems = check_parity(
        source_body, source.meta, own.text, markdown, own.meta, where, earlier_source_body=earlier
    )
    lagging = []
    if earlier is not None:
        lagging = [
            problem
            for problem in check_parity(
                source_body, source.meta, own.text, markdown, own.meta, where
            )
            if problem not in problems
        ]
    # Broken front matter has its own message; "not reviewed" would be a false one.
    if status.state == NEW and not own.problems:
        problems.append(not_reviewed(own.uri))
    return problems, lagging
