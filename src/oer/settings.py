"""Course-wide settings, read from ``extra.course`` in mkdocs.yml."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from oer.attribution.licences import DEFAULT_LICENCE, LICENCES, Licence
from oer.locales import label
from oer.problems import Problem
from oer.safety.urls import DEFAULT_FRAME_HOSTS

# The EU notices this toolkit prints in every language; each programme period has its own.
FUNDING_NOTICES = ("erasmus-plus-2014-2020", "eu-2021-2027-eacea")
_HOST = re.compile(
    r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+"
)


@dataclass(frozen=True)
class CourseSettings:
    registry: str = "coproducers.yml"
    licence: Licence = LICENCES[DEFAULT_LICENCE]
    # A programme's notice (see FUNDING_NOTICES), a text per language, or None.
    funding: str | Mapping[str, str] | None = None
    audience: str | None = None
    educational_level: str | None = None
    # Warn when a page's readability figure falls below this, per language (off when empty).
    readability_minimum: Mapping[str, float] = field(default_factory=dict)
    # Hosts whose pages may be embedded in a frame (videos), matched exactly, https only.
    frame_hosts: tuple[str, ...] = DEFAULT_FRAME_HOSTS

    def funding_text(self, lang: str, default_lang: str = "en") -> str | None:
        if self.funding is None:
            return None
        if isinstance(self.funding, Mapping):
            return self.funding.get(lang) or self.funding.get(default_lang)
        return label(lang, f"funding.{self.funding}", default_lang)


def read_settings(
    extra: Mapping[str, Any], file: str = "mkdocs.yml"
) -> tuple[CourseSettings, list[Problem]]:
    course = extra.get("course") or {}
    problems: list[Problem] = []
    licence_id = course.get("licence", DEFAULT_LICENCE)
    licence = LICENCES.get(licence_id)
    if licence is None:
        problems.append(
            Problem(
                file,
                f"extra.course.licence is {licence_id!r}, which this toolkit does not know.",
                f"Use one of: {', '.join(LICENCES)}.",
            )
        )
        licence = LICENCES[DEFAULT_LICENCE]
    funding = course.get("funding")
    if funding and not (funding in FUNDING_NOTICES or _texts_per_language(funding)):
        problems.append(
            Problem(
                file,
                f"extra.course.funding is {funding!r}, which is not a known funding notice.",
                f"Use {' or '.join(FUNDING_NOTICES)} (the notice of your programme period), "
                "or give the notice of your grant agreement per language, e.g. "
                "{en: '…', es: '…'}. Leave it out if the course was not funded.",
            )
        )
        funding = None
    frame_hosts = course.get("frame_hosts", DEFAULT_FRAME_HOSTS)
    if not isinstance(frame_hosts, list | tuple) or not all(
        isinstance(host, str) and _HOST.fullmatch(host) for host in frame_hosts
    ):
        problems.append(
            Problem(
                file,
                f"extra.course.frame_hosts is {frame_hosts!r}, which is not a list of host names.",
                "Write a list of host names, e.g. [www.youtube-nocookie.com, player.vimeo.com].",
            )
        )
        frame_hosts = ()
    settings = CourseSettings(
        registry=course.get("registry", "coproducers.yml"),
        licence=licence,
        funding=funding if funding else None,
        audience=course.get("audience"),
        educational_level=course.get("educational_level"),
        readability_minimum=course.get("readability_minimum") or {},
        frame_hosts=tuple(host.lower() for host in frame_hosts),
    )
    return settings, problems


def _texts_per_language(value: Any) -> bool:
    return (
        isinstance(value, Mapping)
        and bool(value)
        and all(isinstance(key, str) and isinstance(text, str) for key, text in value.items())
    )
