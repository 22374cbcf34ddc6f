"""The co-producers page: everyone, as they chose to be credited, with what they co-produced."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from oer.attribution.credits import ROLES, TRANSLATION_ROLES, Credits
from oer.attribution.presentation import display_name
from oer.attribution.registry import Contributor, Registry
from oer.locales import label
from oer.templates import templates_for


@dataclass(frozen=True)
class ModuleCredits:
    title: str
    url: str
    credits: Credits


@dataclass(frozen=True)
class DirectoryEntry:
    name: str
    roles: tuple[str, ...]
    modules: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Directory:
    modules_label: str
    entries: tuple[DirectoryEntry, ...]
    partners_heading: str
    # The course's own words about its partners (registry 'partnership:'), if any.
    partners_note: str | None
    partners: tuple[tuple[str, str | None], ...]


def directory(registry: Registry, modules: Sequence[ModuleCredits], lang: str) -> Directory:
    roles: dict[str, list[str]] = {}
    worked_on: dict[str, list[tuple[str, str]]] = {}
    for module in modules:
        groups = {**module.credits.roles, **module.credits.translation}
        for role in (*ROLES, *TRANSLATION_ROLES):
            for contributor in groups.get(role, ()):
                role_name = registry.labels.role(role, lang, singular=True)
                if role_name not in roles.setdefault(contributor.id, []):
                    roles[contributor.id].append(role_name)
                if (module.title, module.url) not in worked_on.setdefault(contributor.id, []):
                    worked_on[contributor.id].append((module.title, module.url))

    contributors: list[Contributor] = [*registry.people.values()]
    contributors += [org for org in registry.organisations.values() if org.id in roles]
    entries = [
        DirectoryEntry(
            display_name(c, lang, registry.labels),
            tuple(roles.get(c.id, ())),
            tuple(worked_on.get(c.id, ())),
        )
        for c in contributors
    ]
    # Withheld names sort last so that named entries do not interleave with them.
    withheld = label(lang, "attribution.name_withheld")
    entries.sort(key=lambda e: (e.name.startswith(withheld), e.name.casefold()))
    return Directory(
        modules_label=label(lang, "attribution.directory_modules"),
        entries=tuple(entries),
        partners_heading=registry.labels.partnership_heading(lang),
        partners_note=registry.labels.partnership_note(lang),
        partners=tuple((org.name, org.url) for org in registry.partners),
    )


def render_directory(listing: Directory) -> str:
    return templates_for(__package__).get_template("directory.html").render(listing=listing)
