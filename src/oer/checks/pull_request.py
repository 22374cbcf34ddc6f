"""Which of a build's problems a pull request caused, and the report that says so.

A translator's pull request fails only on problems in the files it changes; the rest
are listed as not caused by it. A change to a site-wide file (the configuration, the
registry, the toolkit's code or templates) can affect any page, so it makes every
problem count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from oer.engine.build_problems import Found, by_language, counted, group_name

# Folders and files whose change can affect every page, besides the configuration file
# and the co-producer registry, which the course names.
TOOLKIT = ("hooks/", "src/", "overrides/", "pyproject.toml")


@dataclass(frozen=True)
class Verdict:
    # Problems in the files the pull request changes (or all, after a site-wide change).
    caused: list[Found]
    others: list[Found]
    # The site-wide files the pull request changes.
    site_wide: tuple[str, ...]
    # Why the build could not check every page, if it stopped early.
    stopped: str | None = None

    @property
    def passed(self) -> bool:
        return not self.caused and self.stopped is None


def is_site_wide(path: str, site_wide: Iterable[str]) -> bool:
    return any(path == item or (item.endswith("/") and path.startswith(item)) for item in site_wide)


def verdict(problems: Iterable[Found], changed: Iterable[str], site_wide: Iterable[str]) -> Verdict:
    """Split the build's problems into those the change is answerable for and the rest.

    A problem counts when its file changed, or a file it depends on did (the page a
    broken link points to). One that names no file counts too: nothing shows it was
    there before.
    """
    changed = set(changed)
    touched = tuple(sorted(path for path in changed if is_site_wide(path, tuple(site_wide))))
    caused, others = [], []
    for problem in problems:
        files = {problem.file, *problem.related}
        if touched or problem.file is None or files & changed:
            caused.append(problem)
        else:
            others.append(problem)
    return Verdict(caused, others, touched)


def _groups(
    problems: Sequence[Found], languages: Sequence[str], names: Mapping[str, str]
) -> list[tuple[str, list[str]]]:
    return [
        (group_name(lang, names), [problem.text for problem in found])
        for lang, found in by_language(problems, languages).items()
    ]


def _number(problems: Sequence[Found], languages: Sequence[str]) -> int:
    return sum(len(found) for found in by_language(problems, languages).values())


def headline(result: Verdict, languages: Sequence[str]) -> str:
    caused, others = _number(result.caused, languages), _number(result.others, languages)
    if result.stopped is not None:
        first = f"✗ The build stopped before it could check every page: {result.stopped}"
    elif caused:
        first = f"✗ {counted(caused, 'problem')} in the files this pull request changes."
    else:
        first = "✓ No problem in the files this pull request changes."
    if others:
        first += f" {counted(others, 'other problem')}, not caused by this pull request."
    return first


def text_report(result: Verdict, languages: Sequence[str], names: Mapping[str, str]) -> str:
    """For the terminal and the job's log."""
    lines = [headline(result, languages)]
    if result.site_wide:
        lines.append(
            f"It changes site-wide files ({', '.join(result.site_wide)}), so every problem counts."
        )
    for title, problems in (
        ("Problems in the files this pull request changes", result.caused),
        ("Not caused by this pull request", result.others),
    ):
        groups = _groups(problems, languages, names)
        if groups:
            lines += ["", f"{title}:"]
            for name, texts in groups:
                lines += [f"{name}:", *(f"  {text}" for text in texts)]
    return "\n".join(lines) + "\n"


def _fence(texts: Sequence[str]) -> list[str]:
    """A code block that the texts cannot end: what a page says is shown, never rendered."""
    longest = max((len(run) for text in texts for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return [f"{fence}text", *texts, fence]


def markdown_report(result: Verdict, languages: Sequence[str], names: Mapping[str, str]) -> str:
    """For the job summary and the pull request's comment."""
    lines = ["## Build check", "", headline(result, languages)]
    if result.site_wide:
        files = ", ".join(f"`{path}`" for path in result.site_wide)
        lines += ["", f"This pull request changes site-wide files ({files}): every problem counts."]
    for title, problems in (
        ("Problems in the files this pull request changes", result.caused),
        ("Not caused by this pull request", result.others),
    ):
        groups = _groups(problems, languages, names)
        if groups:
            lines += ["", f"### {title}"]
            for name, texts in groups:
                lines += ["", f"**{name}**", "", *_fence(texts)]
    return "\n".join(lines) + "\n"
