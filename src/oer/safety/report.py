"""Tell the author what the sanitiser removed, at the line of the Markdown source."""

from __future__ import annotations

import re

from oer.problems import Problem, line_of
from oer.safety.page_html import Removal

_URL_ATTRIBUTES = ("href", "src", "cite")
# An address with a scheme, in Markdown or HTML; the first for links that is not allowed.
_ADDRESS = r"""(?:\b(?:href|src|cite)\s*=\s*["']?|\]\(\s*<?)\s*"""
_SCHEME = r"[a-z&][a-z0-9+.\-&#;]*:"
_ODD_LINK = re.compile(_ADDRESS + r"(?!https?:|mailto:)" + _SCHEME, re.IGNORECASE)
_ABSOLUTE = re.compile(_ADDRESS + f"(?:{_SCHEME}|//)", re.IGNORECASE)
_ADVICE = {
    "script": "Remove it: pages may not run scripts. Ask a maintainer about interaction.",
    "iframe": "Embed only from the hosts in extra.course.frame_hosts in mkdocs.yml, over https.",
    "img": "Put the image in docs/ next to the page and link it by its relative path.",
    "a": "Link to a page, a file in docs/, or an http(s) or mailto: address.",
}


def removal_problem(removal: Removal, source: str, file: str) -> Problem:
    """A message for one removal, with the first source line that shows it."""
    return Problem(
        file,
        f"The page contains {removal.describe()}, which is not allowed; "
        "it was removed from the published page.",
        _advice(removal),
        _line(removal, source),
    )


def _advice(removal: Removal) -> str:
    if removal.attribute is None:
        return _ADVICE.get(removal.element, "Remove it, or write the same thing in Markdown.")
    if removal.attribute.startswith("on"):
        return "Remove the event handler: pages may not run scripts."
    if removal.attribute in _URL_ATTRIBUTES:
        return _ADVICE.get(removal.element, _ADVICE["a"])
    return f"Remove the '{removal.attribute}' attribute."


def _line(removal: Removal, source: str) -> int | None:
    if removal.attribute is None:
        return line_of(source, f"<{removal.element}", ignore_case=True)
    if removal.attribute in _URL_ATTRIBUTES:
        # Images and frames are the only ones removed for an allowed scheme (remote, or a
        # host not on the list), so any absolute address of theirs is a candidate.
        pattern = _ABSOLUTE if removal.element in ("img", "iframe") else _ODD_LINK
        for number, text in enumerate(source.splitlines(), start=1):
            if pattern.search(text):
                return number
        return None
    return line_of(source, removal.attribute, ignore_case=True)
