"""Front matter that fails loudly.

MkDocs treats front matter that is not valid YAML as ordinary text and says
nothing, so a typo in a translator's title silently puts raw YAML on the page.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from oer.content.yaml_text import load_yaml
from oer.problems import Problem

_FRONT_MATTER = re.compile(r"\A-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*(?:\n|\Z)", re.DOTALL)


def yaml_error_place(error: yaml.YAMLError) -> tuple[int | None, str]:
    """The 1-based line an author should look at, and why, for a YAML error.

    For an unclosed quote or bracket YAML reports where it gave up (often the end of
    the block); the line where the quote or bracket was opened is the one to fix.
    """
    problem = getattr(error, "problem", None) or "it is not valid YAML"
    context = getattr(error, "context", None)
    mark = getattr(error, "context_mark", None) or getattr(error, "problem_mark", None)
    line = mark.line + 1 if mark is not None else None
    return line, f"{context}: {problem}" if context else str(problem)


def read_front_matter(text: str, file: str) -> tuple[dict[str, Any], list[Problem]]:
    """Return the page's front matter as a dict, and what is wrong with it."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        if text.startswith("---"):
            return {}, [
                Problem(
                    file,
                    "The front matter starts with '---' but never ends.",
                    "Close it with a line holding only '---'.",
                    line=1,
                )
            ]
        return {}, []
    try:
        data = load_yaml(match.group(1))
    except yaml.YAMLError as error:
        line, reason = yaml_error_place(error)
        # +1 more: the opening '---' is line 1.
        line = line + 1 if line is not None else 1
        return {}, [
            Problem(
                file,
                f"The front matter is not valid YAML ({reason}).",
                "Check quotes and colons on that line; put a value with ':' in double quotes.",
                line=line,
            )
        ]
    if data is None:
        return {}, []
    if not isinstance(data, dict):
        return {}, [
            Problem(
                file,
                "The front matter must be a list of 'key: value' lines.",
                "Write each setting as 'key: value', e.g. 'title: My page'.",
                line=2,
            )
        ]
    return data, []
