"""Who co-produced what, read from the course: a page's credits and each module's."""

from __future__ import annotations

from dataclasses import replace
from pathlib import PurePosixPath

from oer.attribution.credits import (
    Credits,
    check_module,
    check_translation,
    read_coproducers,
    read_translators,
)
from oer.attribution.registry import Contributor
from oer.content.sources import Source, module_landings
from oer.course.model import Course, Module
from oer.problems import Problem


def credits_holder(course: Course, own: Source, base_uri: str) -> Source | None:
    """The page, its default-language source, or the nearest landing above it: whichever
    names co-producers first."""
    candidates = [own, course.source(base_uri), *map(course.source, module_landings(base_uri))]
    return next((s for s in candidates if s is not None and s.meta.get("coproducers")), None)


def module_credits(course: Course, module: Module, lang: str) -> Credits:
    """The module's co-producers, and in a translation everyone who translated or
    reviewed any of its pages into ``lang``."""
    landing = course.source(module.landing)
    credits = Credits(labels=course.registry.labels)
    if landing is not None:
        credits, _ = read_coproducers(landing.meta, course.registry, f"docs/{landing.uri}")
    if lang == course.default:
        return credits
    return replace(credits, translation=module_translators(course, module, lang))


def module_translators(
    course: Course, module: Module, lang: str
) -> dict[str, tuple[Contributor, ...]]:
    merged: dict[str, dict[str, Contributor]] = {}
    for uri in module.pages:
        version = course.translation(uri, lang)
        if version is None:
            continue
        found, _ = read_translators(version.meta, course.registry, f"docs/{version.uri}")
        for role, people in found.items():
            for person in people:
                merged.setdefault(role, {})[person.id] = person
    return {role: tuple(people.values()) for role, people in merged.items()}


def module_title(course: Course, module: Module, lang: str) -> str:
    """The module's title in ``lang``, or in the default language while untranslated."""
    landing = course.translation(module.landing, lang) or course.source(module.landing)
    title = landing.meta.get("title") if landing is not None else None
    return str(title or PurePosixPath(module.folder).name)


def credited_modules(course: Course) -> list[Module]:
    """Modules whose landing page names co-producers: those the co-producers page lists."""
    return [
        module
        for module in course.modules
        if (landing := course.source(module.landing)) is not None
        and landing.meta.get("coproducers")
    ]


def page_credits(
    course: Course, own: Source, base_uri: str, written_in: str | None
) -> tuple[Credits | None, list[Problem]]:
    """A page's credits (None when nothing credits it) and what is wrong with them.

    Problems are the page's own: those of a landing it inherits from belong to that landing.
    """
    holder = credits_holder(course, own, base_uri)
    credits, problems = Credits(labels=course.registry.labels), []
    if holder is not None:
        where = f"docs/{holder.uri}"
        credits, found = read_coproducers(holder.meta, course.registry, where, holder.text)
        if holder is own:
            problems += found
            if PurePosixPath(base_uri).name == "index.md" and written_in is None:
                problems += check_module(credits, where, own.text)
    if written_in is not None:
        where = f"docs/{own.uri}"
        translation, found = read_translators(own.meta, course.registry, where, own.text)
        problems += found
        # Broken front matter or an unknown id has its own message; "does not credit its
        # translator" would be a false follow-on.
        if not own.problems and not found:
            problems += check_translation(translation, where)
        credits = replace(credits, translation=translation)
    if holder is None and not credits.translation:
        return None, problems
    return credits, problems
