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

_HOST = re.compile(
    r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+"
)


@dataclass(frozen=True)
class CourseSettings:
    registry: str = "coproducers.yml"
    licence: Licence = LICENCES[DEFAULT_LICENCE]
    # "eu" for the European Union's usual disclaimer, a text per language, or None.
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
        if self.funding == "eu":
            return label(lang, "funding.eu", default_lang)
        return self.funding


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
