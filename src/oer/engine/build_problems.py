"""Every problem one build logged, in every language, as one list grouped by language.

Pure: it takes the messages as the build logged them, with the language being built at
the time, and gives back problems in the ``problems.py`` form (``file:line: what is
wrong. Fix: what to do``), each with the file to fix where the message names one. The
hook that collects the messages is ``hooks/problems.py``; ``oer.engine.problem_log``
keeps them for one build.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from oer.content.sources import split_language
from oer.problems import line_of

# Our hooks' loggers put ``oer.<concern>: `` in front of every message.
_HOOK_PREFIX = re.compile(r"^oer\.\w+: ")
# ``file:line: what. Fix: how`` or ``file: what. Fix: how``; a file has an extension.
_PROBLEM = re.compile(r"^(?P<file>[^\s:'\"]+\.\w+)(?::(?P<line>\d+))?: (?P<rest>.+)$", re.DOTALL)
# MkDocs' own link checks name the page by its path below the docs folder.
_LINK = re.compile(
    r"^Doc file '(?P<page>[^']+)' contains (?:a|an \w+(?: \w+)?) link (?:to )?'(?P<link>[^']+)'"
)
_LINK_TARGET = re.compile(r"the target '(?P<target>[^']+)' is not found|the doc '(?P<doc>[^']+)'")
_NAV = re.compile(r"^A reference to '(?P<page>[^']+)' is included in the 'nav' configuration")
LINK_FIX = (
    "Point the link at a page, file or heading that exists, with a path relative to this "
    "page (a translation links to the original file name, e.g. values.md)."
)
NAV_FIX = "Correct the path under 'nav:', or add the page to the docs folder."

Reader = Callable[[str], str | None]


@dataclass(frozen=True)
class Logged:
    """A warning or an error as the build logged it."""

    text: str
    # The language being built when it was logged; None outside any one language's build.
    built: str | None
    error: bool = False


@dataclass(frozen=True)
class Found:
    """One problem of the build, ready to show to the person who can fix it."""

    text: str
    # The file to fix, relative to the course folder (``docs/…``, ``mkdocs.yml``), if named.
    file: str | None
    line: int | None
    # The language this problem belongs to; None for the whole site.
    lang: str | None
    # Other files the problem depends on, e.g. the page a broken link points to.
    related: tuple[str, ...] = ()
    error: bool = False


@dataclass(frozen=True)
class Course:
    """What the rules need to know about the course being built."""

    languages: tuple[str, ...]
    default: str | None
    # The docs folder and the configuration file, relative to the course folder.
    docs: str = "docs"
    config_file: str = "mkdocs.yml"


def found(logged: Logged, course: Course, read: Reader) -> Found:
    """What ``logged`` is about: its file, line and language, in the problems.py form."""
    text = _HOOK_PREFIX.sub("", logged.text.strip(), count=1)
    file: str | None = None
    line: int | None = None
    related: tuple[str, ...] = ()
    if link := _LINK.match(text):
        file = f"{course.docs}/{link['page']}"
        line = _line(read(file), link["link"])
        named = _link_target(link["page"], link["link"], text)
        related = (f"{course.docs}/{named}",) if named else ()
        # MkDocs names the page by its path below docs/; the location now says it.
        text = f"{_where(file, line)}: This page {text[link.end('page') + 2 :]} Fix: {LINK_FIX}"
    elif nav := _NAV.match(text):
        file = course.config_file
        line = _line(read(file), nav["page"])
        related = (f"{course.docs}/{nav['page']}",)
        text = f"{_where(file, line)}: {text} Fix: {NAV_FIX}"
    elif problem := _PROBLEM.match(text):
        file = problem["file"]
        line = int(problem["line"]) if problem["line"] else None
    return Found(text, file, line, _language(file, logged.built, course), related, logged.error)


def _link_target(page: str, link: str, text: str) -> str | None:
    """The file below the docs folder a link points to, as MkDocs named or resolved it."""
    if target := _LINK_TARGET.search(text):
        return target["target"] or target["doc"]
    path = link.split("#", 1)[0].split("?", 1)[0]
    if not path or path.startswith("/"):
        return None
    return posixpath.normpath(posixpath.join(posixpath.dirname(page), path))


def _line(text: str | None, needle: str) -> int | None:
    return line_of(text, needle) if text is not None else None


def _where(file: str, line: int | None) -> str:
    return file if line is None else f"{file}:{line}"


def _language(file: str | None, built: str | None, course: Course) -> str | None:
    """A page's problems belong to the language it is written in; other files' to the
    whole site; a message that names no file to the language being built."""
    if file is None:
        return built
    prefix = f"{course.docs}/"
    if not file.startswith(prefix):
        return None
    _, lang = split_language(file.removeprefix(prefix), course.languages)
    return lang or course.default


def by_language(
    problems: Iterable[Found], languages: Sequence[str]
) -> dict[str | None, list[Found]]:
    """Problems per language, in the course's order, the whole site's last.

    The same message from several languages' builds (an English page is built again as
    each language's fallback) is one problem.
    """
    groups: dict[str | None, list[Found]] = {lang: [] for lang in (*languages, None)}
    seen: set[tuple[str | None, str]] = set()
    for problem in problems:
        key = (problem.lang, problem.text)
        if key not in seen:
            seen.add(key)
            groups.setdefault(problem.lang, []).append(problem)
    return {lang: sorted(found, key=_place) for lang, found in groups.items() if found}


def _place(problem: Found) -> tuple[str, int]:
    return (problem.file or "", problem.line or 0)


def group_name(lang: str | None, names: Mapping[str, str]) -> str:
    if lang is None:
        return "Whole site"
    name = names.get(lang)
    return f"{name} ({lang})" if name and name != lang else lang


def counted(number: int, word: str) -> str:
    return f"{number} {word}" if number == 1 else f"{number} {word}s"


def summary(groups: Mapping[str | None, Sequence[Found]], names: Mapping[str, str]) -> str:
    """The plain-text list a build prints at its end: every problem, by language."""
    if not groups:
        return ""
    total = sum(len(found) for found in groups.values())
    lines = [f"{counted(total, 'problem')} in this build; every language was checked. By language:"]
    for lang, found in groups.items():
        lines += ["", f"{group_name(lang, names)}: {counted(len(found), 'problem')}"]
        lines += [f"  {problem.text}" for problem in found]
    return "\n".join(lines)
