"""Who co-produced each module of the book, and the names the reuse line credits.

The same people as on each module's page: the co-producers its landing page names and,
in a translation, everyone who translated or reviewed one of its pages into the book's
language. Problems with these records are reported by hooks/attribution.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from oer.attribution.credits import Credits
from oer.attribution.presentation import AttributionBlock, join_names
from oer.attribution.registry import Contributor
from oer.books.spec import CreditLine, ModuleCredits
from oer.locales import label


def credit_lines(title: str, block: AttributionBlock) -> ModuleCredits:
    """A module's credits as the book prints them, from what its web page shows."""
    return ModuleCredits(
        title=title,
        lines=tuple(
            CreditLine(group.label, group.names)
            for group in (*block.groups, *block.translation_groups)
        ),
        exception=block.exception,
    )


def everyone(credits: Sequence[Credits], lang: str) -> str:
    """Every credited name once, for the reuse line; withheld names summed up at the end."""
    seen: dict[str, Contributor] = {}
    for module in credits:
        for contributor in module.everyone():
            seen.setdefault(contributor.id, contributor)
    names = [c.public_name for c in seen.values() if c.public_name]
    if len(names) < len(seen):
        names.append(label(lang, "attribution.others_withheld"))
    return join_names(names, lang)
