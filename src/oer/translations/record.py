"""Write a translation's ``translation_of`` record into its front matter, keeping the rest as is."""

from __future__ import annotations

import re

import yaml

from oer.translations.status import RECORD, translation_record

_FRONT_MATTER = re.compile(r"\A(---[ \t]*\n)(.*?\n)?((?:---|\.\.\.)[ \t]*(?:\n|\Z))", re.DOTALL)
# The record block: its key line and every indented line after it.
_RECORD_BLOCK = re.compile(rf"^{RECORD}:.*\n(?:[ \t]+.*\n|\s*\n)*", re.MULTILINE)


def with_record(translation_text: str, source_body: str, blob: str | None = None) -> str:
    """``translation_text`` (decoded, ``\\n`` line ends) marked as made from ``source_body``."""
    block = yaml.safe_dump(
        {RECORD: translation_record(source_body, blob)}, allow_unicode=True, sort_keys=False
    )
    match = _FRONT_MATTER.match(translation_text)
    if match is None:
        return f"---\n{block}---\n\n{translation_text}"
    inner = _RECORD_BLOCK.sub("", match.group(2) or "")
    if inner and not inner.endswith("\n"):
        inner += "\n"
    closing = match.group(3) if match.group(3).endswith("\n") else match.group(3) + "\n"
    return match.group(1) + inner + block + closing + translation_text[match.end() :]
