"""A content problem that a build reports to the person who can fix it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """Something wrong in a source file: where, what, and what to do about it."""

    file: str
    message: str
    fix: str
    line: int | None = None
    # An error in every build, not only in a strict one: publishing would harm someone.
    error: bool = False

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {self.message} Fix: {self.fix}"


def line_of(
    text: str, needle: str, start_line: int = 1, *, ignore_case: bool = False
) -> int | None:
    """Return the 1-based line where ``needle`` first appears at or after ``start_line``."""
    if ignore_case:
        text, needle = text.casefold(), needle.casefold()
    lines = text.splitlines()
    for number in range(max(start_line, 1), len(lines) + 1):
        if needle in lines[number - 1]:
            return number
    return None
