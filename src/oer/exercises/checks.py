"""Check exercise blocks in Markdown source, with line numbers.

pymdownx.blocks silently prints a block with a bad option as plain text; this
check runs on the source first so authors hear about it, with the line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from oer.content.yaml_text import load_yaml
from oer.exercises.options import count, minutes, text_list, valid_id
from oer.problems import Problem

_HEADER = re.compile(r"^(?P<indent>\s*)/{3,}\s*(?P<name>[\w-]+)\s*(?:\|\s*(?P<arg>.*?))?\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")

_VALIDATORS: dict[str, dict[str, Callable[[Any], Any]]] = {
    "exercise": {
        "id": valid_id,
        "duration": minutes,
        "group_size": str,
        "materials": text_list,
        "attachments": text_list,
    },
    "trainer-notes": {},
    "worksheet": {"lines": count, "boxes": count},
}
_HINTS = {
    "id": "lower-case letters, digits and hyphens, e.g. 'id: place-or-train'",
    "duration": "whole minutes, e.g. 'duration: 20'",
    "materials": "a list, e.g. 'materials: [paper, pens]'",
    "attachments": "a list of files next to the page, e.g. 'attachments: [handout.pdf]'",
    "lines": "a number from 1 to 40",
    "boxes": "a number from 1 to 40",
}


@dataclass(frozen=True)
class ExerciseHeader:
    id: str
    title: str
    line: int
    attachments: tuple[str, ...] = ()


def check_exercises(text: str, file: str) -> tuple[list[ExerciseHeader], list[Problem]]:
    """Return the exercises a Markdown page declares and what is wrong with their blocks."""
    headers, problems = _checked(text, file)
    return list(headers), list(problems)


# Every language's build checks the same sources again; the answer depends on the text only.
@lru_cache(maxsize=4096)
def _checked(text: str, file: str) -> tuple[tuple[ExerciseHeader, ...], tuple[Problem, ...]]:
    lines = text.splitlines()
    found: list[ExerciseHeader] = []
    problems: list[Problem] = []
    in_fence = False
    for index, line in enumerate(lines):
        if _FENCE.match(line):
            in_fence = not in_fence
        match = None if in_fence else _HEADER.match(line)
        if match is None or match["name"] not in _VALIDATORS:
            continue
        number = index + 1
        name = match["name"]
        options, option_problems = _options(lines, index, match["indent"], name, file)
        problems += option_problems
        if name != "exercise":
            continue
        title = (match["arg"] or "").strip()
        if not title:
            problems.append(
                Problem(
                    file,
                    "This exercise has no title.",
                    "Write the title after a bar: '/// exercise | Place or train?'.",
                    number,
                )
            )
        if "id" not in options:
            problems.append(
                Problem(
                    file,
                    "This exercise has no id.",
                    "Add an indented option line below it: '    id: place-or-train'. "
                    "Translations keep the same id.",
                    number,
                )
            )
            continue
        exercise_id = str(options["id"])
        duplicate = next((e for e in found if e.id == exercise_id), None)
        if duplicate is not None:
            problems.append(
                Problem(
                    file,
                    f"The exercise id '{exercise_id}' is already used on line {duplicate.line}.",
                    "Give each exercise its own id.",
                    number,
                )
            )
        attachments = tuple(text_list(options.get("attachments") or []))
        found.append(ExerciseHeader(exercise_id, title, number, attachments))
    return tuple(found), tuple(problems)


def _options(
    lines: list[str], header: int, indent: str, name: str, file: str
) -> tuple[dict[str, Any], list[Problem]]:
    option_lines = []
    for line in lines[header + 1 :]:
        if not line.strip() or not line.startswith(indent + "    "):
            break
        option_lines.append(line)
    if not option_lines:
        return {}, []
    first = header + 2
    try:
        data = load_yaml("\n".join(option_lines)) or {}
    except yaml.YAMLError:
        data = None
    if not isinstance(data, dict):
        return {}, [
            Problem(
                file,
                f"The options of this {name} block are not 'key: value' lines.",
                "Indent each option by four spaces, e.g. '    duration: 20'.",
                first,
            )
        ]
    problems = []
    accepted = _VALIDATORS[name]
    for offset, key in _keys_with_offsets(option_lines):
        if key not in data:
            continue
        if key not in accepted:
            allowed = ", ".join(accepted) or "none"
            problems.append(
                Problem(
                    file,
                    f"'{key}' is not an option of the {name} block.",
                    f"Use only: {allowed}.",
                    first + offset,
                )
            )
            continue
        try:
            accepted[key](data[key])
        except (TypeError, ValueError):
            problems.append(
                Problem(
                    file,
                    f"The {name} option '{key}' has the value {data[key]!r}.",
                    f"Write {_HINTS.get(key, 'a plain value')}.",
                    first + offset,
                )
            )
    return data, problems


def _keys_with_offsets(option_lines: list[str]) -> list[tuple[int, str]]:
    keys = []
    for offset, line in enumerate(option_lines):
        key = line.strip().split(":", 1)[0]
        if ":" in line and not line.strip().startswith("-"):
            keys.append((offset, key))
    return keys


def check_attachments(
    headers: list[ExerciseHeader], page_uri: str, docs_dir: Path
) -> tuple[dict[str, list[Path]], list[Problem]]:
    """Resolve each exercise's attachments; refuse paths outside ``docs_dir`` or missing files.

    Returns the files by exercise id, and the problems with file and line.
    """
    root = docs_dir.resolve()
    folder = (root / page_uri).parent
    found: dict[str, list[Path]] = {}
    problems = []
    for header in headers:
        for attachment in header.attachments:
            path = (folder / attachment).resolve()
            where = f"docs/{page_uri}"
            if not path.is_relative_to(root):
                problems.append(
                    Problem(
                        where,
                        f"The attachment '{attachment}' points outside the docs/ folder.",
                        "Put the file in docs/, next to the page, and name it without '../'.",
                        header.line,
                    )
                )
            elif not path.is_file():
                problems.append(
                    Problem(
                        where,
                        f"The attachment '{attachment}' does not exist.",
                        f"Add docs/{path.relative_to(root).as_posix()} or fix the name.",
                        header.line,
                    )
                )
            else:
                found.setdefault(header.id, []).append(path)
    return found, problems


@lru_cache(maxsize=4096)
def without_invalid_options(text: str) -> str:
    """``text`` minus option lines that would make pymdownx drop a whole block.

    The problems are reported by ``check_exercises``; removing the bad lines
    lets the exercise still reach readers and bundles meanwhile.
    """
    lines = text.splitlines(keepends=True)
    keep = [True] * len(lines)
    in_fence = False
    for index, line in enumerate(lines):
        if _FENCE.match(line):
            in_fence = not in_fence
        match = None if in_fence else _HEADER.match(line.rstrip("\n"))
        if match is None or match["name"] not in _VALIDATORS:
            continue
        accepted = _VALIDATORS[match["name"]]
        for offset, option in enumerate(lines[index + 1 :], start=index + 1):
            if not option.strip() or not option.startswith(match["indent"] + "    "):
                break
            key, _, value = option.strip().partition(":")
            try:
                accepted[key](load_yaml(value))
            except (KeyError, TypeError, ValueError, yaml.YAMLError):
                keep[offset] = False
    return "".join(line for line, kept in zip(lines, keep, strict=True) if kept)


def ids_used_twice(headers_by_file: Mapping[str, list[ExerciseHeader]]) -> list[Problem]:
    """Exercise ids that two pages of one language share.

    An id names an exercise in every translation and in the bundles, so the second page
    with the same id is reported at its line, naming the first.
    """
    first: dict[str, tuple[str, int]] = {}
    problems = []
    for file, headers in headers_by_file.items():
        for header in headers:
            if not header.id:
                continue
            if header.id in first and first[header.id][0] != file:
                where, line = first[header.id]
                problems.append(
                    Problem(
                        file,
                        f"The exercise id '{header.id}' is already used in {where}:{line}.",
                        "Give this exercise an id of its own, e.g. prefixed with the module.",
                        header.line,
                    )
                )
            first.setdefault(header.id, (file, header.line))
    return problems
