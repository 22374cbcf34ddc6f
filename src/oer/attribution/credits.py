"""Which co-producers a page credits, in which role, read from its front matter.

coproducers:
  expert-by-experience: [expert-1]
  expert-by-profession: [practitioner-1]
coproduction_exception: "Why a role is empty (shown to readers)"
translators: [translator-es-1]          # on a translated page
translation_reviewers: [reviewer-es-1]  # on a translated page
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from oer.attribution.course_labels import CourseLabels
from oer.attribution.registry import Contributor, Registry
from oer.attribution.roles import REQUIRED_ROLES, ROLES, TRANSLATION_ROLES
from oer.problems import Problem, line_of

__all__ = [
    "REQUIRED_ROLES",
    "ROLES",
    "TRANSLATION_ROLES",
    "Credits",
    "check_module",
    "check_translation",
    "coproduction_meta",
    "read_coproducers",
    "read_translators",
]
_TRANSLATION_KEYS = {"translator": "translators", "translation-reviewer": "translation_reviewers"}


@dataclass(frozen=True)
class Credits:
    roles: dict[str, tuple[Contributor, ...]] = field(default_factory=dict)
    translation: dict[str, tuple[Contributor, ...]] = field(default_factory=dict)
    exception: str | None = None
    # The course's own words for roles and professions (from the registry).
    labels: CourseLabels = field(default_factory=CourseLabels)

    @property
    def is_empty(self) -> bool:
        return not any(self.roles.values())

    def everyone(self) -> list[Contributor]:
        """Every contributor once, in role order."""
        seen: dict[str, Contributor] = {}
        for group in (*self.roles.values(), *self.translation.values()):
            for contributor in group:
                seen.setdefault(contributor.id, contributor)
        return list(seen.values())


def coproduction_meta(*candidates: Mapping[str, Any]) -> Mapping[str, Any]:
    """Return the first front matter that names co-producers (page, its source, its module)."""
    for meta in candidates:
        if meta.get("coproducers"):
            return meta
    return {}


def read_coproducers(
    meta: Mapping[str, Any], registry: Registry, file: str, text: str = ""
) -> tuple[Credits, list[Problem]]:
    """Resolve ``coproducers`` and ``coproduction_exception`` against the registry."""
    problems: list[Problem] = []
    declared = meta.get("coproducers") or {}
    if not isinstance(declared, Mapping):
        problems.append(
            Problem(
                file,
                "'coproducers:' must list roles, each with a list of ids.",
                "Write e.g. 'coproducers:' then '  expert-by-experience: [expert-1]'.",
                line_of(text, "coproducers:"),
            )
        )
        declared = {}
    for role in declared:
        if role not in ROLES:
            problems.append(
                Problem(
                    file,
                    f"'{role}' is not a co-production role.",
                    f"Use one of: {', '.join(ROLES)}.",
                    line_of(text, f"{role}:"),
                )
            )
    roles = {
        role: _resolve(declared.get(role), registry, file, text, problems)
        for role in ROLES
        if declared.get(role)
    }
    exception = meta.get("coproduction_exception")
    credits = Credits(
        roles=roles, exception=str(exception) if exception else None, labels=registry.labels
    )
    return credits, problems


def read_translators(
    meta: Mapping[str, Any], registry: Registry, file: str, text: str = ""
) -> tuple[dict[str, tuple[Contributor, ...]], list[Problem]]:
    """Resolve a translated page's ``translators`` and ``translation_reviewers``."""
    problems: list[Problem] = []
    translation = {
        role: _resolve(meta.get(key), registry, file, text, problems)
        for role, key in _TRANSLATION_KEYS.items()
        if meta.get(key)
    }
    return translation, problems


def _resolve(
    ids: Any, registry: Registry, file: str, text: str, problems: list[Problem]
) -> tuple[Contributor, ...]:
    if isinstance(ids, str):
        ids = [ids]
    found: list[Contributor] = []
    for contributor_id in ids if isinstance(ids, Sequence) else []:
        contributor = registry.get(str(contributor_id))
        if contributor is None:
            problems.append(
                Problem(
                    file,
                    f"The co-producer id '{contributor_id}' is not in the registry.",
                    "Check the spelling, or add the person to coproducers.yml.",
                    line_of(text, str(contributor_id)),
                )
            )
        else:
            found.append(contributor)
    return tuple(found)


def check_module(credits: Credits, file: str, text: str = "") -> list[Problem]:
    """A module is co-produced only when both kinds of expert are credited."""
    if credits.exception:
        return []
    missing = [role for role in REQUIRED_ROLES if not credits.roles.get(role)]
    if not missing:
        return []
    return [
        Problem(
            file,
            f"The module credits no {' and no '.join(m.replace('-', ' ') for m in missing)}; "
            "co-production needs both.",
            "Add them under 'coproducers:', or explain why in 'coproduction_exception:' "
            "(readers will see it).",
            line_of(text, "coproducers:") or 1,
        )
    ]


def check_translation(
    translation: Mapping[str, tuple[Contributor, ...]], file: str
) -> list[Problem]:
    """Translators are co-producers too: a translation must say who made it."""
    if translation.get("translator"):
        return []
    return [
        Problem(
            file,
            "This translation does not credit its translator.",
            "Add 'translators: [your-id]' to the front matter (and add yourself to "
            "coproducers.yml; you may stay anonymous).",
            1,
        )
    ]
