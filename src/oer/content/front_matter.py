"""Front matter that fails loudly.

MkDocs treats front matter that is not valid YAML as ordinary text and says
nothing, so a typo in a translator's title silently puts raw YAML on the page.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from oer.problems import Problem

_FRONT_MATTER = re.compile(r"\A-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*(?:\n|\Z)", re.DOTALL)


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
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        # +2: the opening '---' is line 1 and YAML counts from 0.
        line = mark.line + 2 if mark is not None else 1
        reason = getattr(error, "problem", None) or "it is not valid YAML"
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
