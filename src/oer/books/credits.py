"""Who co-produced each module of the book, and the names the reuse line credits.

The same people as on each module's page: the co-producers its landing page names and,
in a translation, everyone who translated or reviewed one of its pages into the book's
language. Problems with these records are reported by hooks/attribution.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from oer.attribution.credits import Credits, read_coproducers, read_translators
from oer.attribution.presentation import AttributionBlock, join_names
from oer.attribution.registry import Contributor, Registry
from oer.books.spec import CreditLine, ModuleCredits
from oer.content.sources import SourceReader, translation_uri
from oer.locales import label


def module_credits(
    reader: SourceReader,
    registry: Registry,
    landing: str,
    pages: Sequence[str],
    lang: str,
    default: str,
) -> Credits:
    """The credits of the module whose landing page is ``landing`` (a default-language
    URI) and whose pages are ``pages``, as read in ``lang``."""
    source = reader.read(landing)
    credits = Credits()
    if source is not None:
        credits, _ = read_coproducers(source.meta, registry, f"docs/{landing}")
    if lang == default:
        return credits
    merged: dict[str, dict[str, Contributor]] = {}
    for uri in pages:
        translation = reader.read(translation_uri(uri, lang, default))
        if translation is None:
            continue
        found, _ = read_translators(translation.meta, registry, translation.uri)
        for role, people in found.items():
            for person in people:
                merged.setdefault(role, {})[person.id] = person
    return replace(
        credits, translation={role: tuple(people.values()) for role, people in merged.items()}
    )


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
