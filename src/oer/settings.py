"""Course-wide settings, read from ``extra.course`` in mkdocs.yml.

The settings have a schema written with MkDocs' own ``config_options``, as Material's
plugins declare theirs, so a value of the wrong kind, an unknown licence or notice,
and a misspelt key are each found when the site loads, named by their key.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mkdocs.config import config_options as c
from mkdocs.config.base import BaseConfigOption, Config, ValidationError
from mkdocs.config.defaults import MkDocsConfig

from oer.attribution.licences import DEFAULT_LICENCE, LICENCES, Licence
from oer.engine.build_state import build_state
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
    # The course's own language packs (one folder per language), laid over the toolkit's.
    language_packs: Path | None = None

    def funding_text(self, lang: str, default_lang: str = "en") -> str | None:
        if self.funding is None:
            return None
        if isinstance(self.funding, Mapping):
            return self.funding.get(lang) or self.funding.get(default_lang)
        return label(lang, f"funding.{self.funding}", default_lang)


# ---------------------------------------------------------------------------
# The schema
# ---------------------------------------------------------------------------


class _Text(c.Type[str]):
    def __init__(self, default: str | None = None) -> None:
        super().__init__(str, default=default)

    def run_validation(self, value: object) -> str:
        if not isinstance(value, str):
            raise ValidationError("that is not a text")
        return value


class _Licence(c.Choice[str]):
    def run_validation(self, value: object) -> str:
        if value not in LICENCES:
            raise ValidationError("this toolkit does not know that licence")
        return str(value)


class _Funding(BaseConfigOption[str | dict[str, str] | None]):
    """A programme's notice by its name, or the grant agreement's own text per language."""

    def run_validation(self, value: object) -> str | dict[str, str] | None:
        if value in ("", {}):
            return None
        if isinstance(value, str) and value in FUNDING_NOTICES:
            return value
        if isinstance(value, dict) and all(
            isinstance(lang, str) and isinstance(text, str) and text for lang, text in value.items()
        ):
            return dict(value)
        raise ValidationError("that is not a known funding notice")


class _Figure(BaseConfigOption[float]):
    def run_validation(self, value: object) -> float:
        # YAML reads `yes` as True, which is an int to Python; it is no figure.
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValidationError(f"{value!r} is not a number")
        return float(value)


class _Host(BaseConfigOption[str]):
    def run_validation(self, value: object) -> str:
        if not isinstance(value, str) or not _HOST.fullmatch(value):
            raise ValidationError(f"{value!r} is not a host name")
        return value.lower()


class _FiguresPerLanguage(c.DictOfItems[float]):
    def run_validation(self, value: object) -> dict[str, float]:
        if not isinstance(value, dict):
            raise ValidationError("that is not a figure per language")
        for lang in value:
            if not isinstance(lang, str):
                raise ValidationError(f"{lang!r} is not a language code")
        return super().run_validation(value)


class _Folder(c.Dir):
    def run_validation(self, value: object) -> str:
        if not isinstance(value, str):
            raise ValidationError("that is not a folder's name")
        try:
            return super().run_validation(value)
        except ValidationError:
            raise ValidationError("that folder does not exist beside mkdocs.yml") from None


class _HostNames(c.ListOfItems[str]):
    def run_validation(self, value: object) -> list[str]:
        if not isinstance(value, list):
            raise ValidationError("that is not a list")
        return super().run_validation(value)


# MkDocs leaves Config.__init_subclass__ unannotated.
class CourseConfig(Config):  # type: ignore[no-untyped-call]
    """``extra.course``: every key, its kind and its default."""

    registry = _Text(default="coproducers.yml")
    licence = _Licence(tuple(LICENCES), default=DEFAULT_LICENCE)
    funding: c.Optional[str | dict[str, str] | None] = c.Optional(_Funding())
    audience = c.Optional(_Text())
    educational_level = c.Optional(_Text())
    readability_minimum = _FiguresPerLanguage(_Figure(), default={})
    frame_hosts = _HostNames(_Host(), default=list(DEFAULT_FRAME_HOSTS))
    language_packs = c.Optional(_Folder(exists=True))


# What to write instead, per key: the message an author reads beside the key's name.
_FIXES = {
    "registry": "Give the file of the co-producer registry beside mkdocs.yml, "
    "e.g. coproducers.yml.",
    "licence": f"Use one of: {', '.join(LICENCES)}.",
    "funding": f"Use {' or '.join(FUNDING_NOTICES)} (the notice of your programme period), "
    "or give the notice of your grant agreement per language, e.g. "
    "{en: '…', es: '…'}. Leave it out if the course was not funded.",
    "audience": "Write who the course is for as a text, e.g. employment practitioners.",
    "educational_level": "Write the level as a text, e.g. adult education.",
    "readability_minimum": "Give a minimum figure per language, e.g. {en: 60, es: 55}, "
    "or leave it out.",
    "frame_hosts": "Write a list of host names, e.g. [www.youtube-nocookie.com, player.vimeo.com].",
    "language_packs": "Name the folder of your course's language packs, relative to mkdocs.yml, "
    "e.g. packs (with packs/de/pack.yml, labels.yml and wording.yml), or leave it out.",
}
# What a broken key falls back to, where its default would allow more than the author meant.
_FALLBACKS: dict[str, Any] = {"frame_hosts": []}


def read_settings(
    extra: Mapping[str, Any],
    file: str = "mkdocs.yml",
    *,
    text: str = "",
    config_file_path: str | None = None,
) -> tuple[CourseSettings, list[Problem]]:
    """The course settings, and a problem for each key that is unknown or wrongly set.

    A wrongly set key is an error (``Problem.error``) and takes its default, or none of
    the frame hosts; an unknown key is a warning. Given the text of ``file``, each
    problem names the line of its key. Folders are found beside ``config_file_path``
    (the path of mkdocs.yml), or else beside ``file``.
    """
    course = extra.get("course")
    if course is None:
        course = {}
    if not isinstance(course, Mapping):
        problem = Problem(
            file,
            f"extra.course is {course!r}, which is not a group of settings.",
            "Write the settings below `course:`, one `key: value` per line.",
            line=_line(text, "course"),
            error=True,
        )
        return CourseSettings(), [problem]
    # An empty key (`funding:`) means its default, as it does for MkDocs' own settings.
    data = {key: copy.deepcopy(value) for key, value in course.items() if value is not None}
    problems: list[Problem] = []
    # MkDocs stops at the first wrong key: set it aside and look again, once per key at most.
    for _ in range(len(CourseConfig._schema) + 1):
        config = CourseConfig(config_file_path=config_file_path or file)
        config.load_dict(data)
        failed, warnings = config.validate()
        if not failed:
            break
        key, error = failed[0]
        problems.append(
            Problem(
                file,
                f"extra.course.{key} is {course[key]!r}: {error}.",
                _FIXES[key],
                line=_line(text, "course", key),
                error=True,
            )
        )
        del data[key]
        if key in _FALLBACKS:
            data[key] = _FALLBACKS[key]
    problems += [
        Problem(
            file,
            f"extra.course.{key} is not a setting this toolkit knows.",
            f"Check its spelling or remove it; the settings are: {', '.join(_FIXES)}.",
            line=_line(text, "course", key),
        )
        for key, _ in warnings
        if key not in _FIXES
    ]
    return _settings(config), problems


def _settings(config: CourseConfig) -> CourseSettings:
    return CourseSettings(
        registry=config.registry,
        licence=LICENCES[config.licence],
        funding=config.funding,
        audience=config.audience,
        educational_level=config.educational_level,
        readability_minimum=dict(config.readability_minimum),
        frame_hosts=tuple(config.frame_hosts),
        language_packs=Path(config.language_packs) if config.language_packs else None,
    )


def _line(text: str, *keys: str) -> int | None:
    """The line of a nested key (``course``, then ``licence`` below it), if the text has it."""
    lines = text.splitlines()
    number = 0
    for key in keys:
        pattern = re.compile(rf"\s*{re.escape(key)}\s*:")
        number = next((n for n in range(number, len(lines)) if pattern.match(lines[n])), len(lines))
    return number + 1 if number < len(lines) else None


@dataclass
class _BuildSettings:
    settings: CourseSettings | None = None


def course_settings(config: MkDocsConfig) -> CourseSettings:
    """The course settings of this build, read once however many pages ask."""
    held = build_state(config, _BuildSettings)
    if held.settings is None:
        held.settings = read_settings(config.extra, config_file_path=config.config_file_path)[0]
    return held.settings
