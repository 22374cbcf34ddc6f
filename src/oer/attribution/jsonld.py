"""schema.org ``LearningResource`` metadata for a page, with roles for every contributor."""

from __future__ import annotations

import json
from typing import Any

from oer.attribution.course_labels import CourseLabels
from oer.attribution.credits import ROLES, TRANSLATION_ROLES, Credits
from oer.attribution.licences import Licence
from oer.attribution.presentation import credited_name
from oer.attribution.registry import Contributor, Organisation

# Experts by experience and by profession are both authors, on equal terms.
AUTHOR_ROLES = ("expert-by-experience", "expert-by-profession")
OTHER_ROLES = tuple(role for role in ROLES if role not in AUTHOR_ROLES)


def _agent(contributor: Contributor, lang: str) -> dict[str, Any]:
    if isinstance(contributor, Organisation):
        agent: dict[str, Any] = {"@type": "Organization", "name": contributor.name}
        if contributor.url:
            agent["url"] = contributor.url
        return agent
    return {"@type": "Person", "name": credited_name(contributor, lang)}


def _roles(
    credits: dict[str, tuple[Contributor, ...]],
    roles: tuple[str, ...],
    prop: str,
    lang: str,
    labels: CourseLabels,
) -> list[dict[str, Any]]:
    return [
        {
            "@type": "Role",
            "roleName": labels.role(role, lang, singular=True),
            prop: _agent(contributor, lang),
        }
        for role in roles
        for contributor in credits.get(role, ())
    ]


def learning_resource(
    credits: Credits,
    *,
    lang: str,
    title: str,
    url: str,
    licence: Licence,
    course: str,
    description: str | None = None,
    based_on: str | None = None,
    audience: str | None = None,
    educational_level: str | None = None,
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "LearningResource",
        "name": title,
        "inLanguage": lang,
        "url": url,
        "license": licence.url,
        "isPartOf": {"@type": "Course", "name": course},
        "author": _roles(credits.roles, AUTHOR_ROLES, "author", lang, credits.labels),
        "contributor": _roles(credits.roles, OTHER_ROLES, "contributor", lang, credits.labels)
        + _roles(credits.translation, TRANSLATION_ROLES, "contributor", lang, credits.labels),
    }
    if description:
        data["description"] = description
    if based_on:
        data["isBasedOn"] = based_on
    if audience:
        data["audience"] = {"@type": "EducationalAudience", "educationalRole": audience}
    if educational_level:
        data["educationalLevel"] = educational_level
    return data


def script_json(data: dict[str, Any]) -> str:
    """JSON that is safe inside a ``<script>`` element."""
    text = json.dumps(data, ensure_ascii=False, indent=None, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
