"""What ``make translations`` prints: the grid of every page and language, then each to-do.

The words for each status are the status page's, in the language asked for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from oer.content.sources import translation_uri
from oer.locales import label
from oer.translations.changes import ADDED, REMOVED, SAME, SectionChange, side, title_of
from oer.translations.overview import Entry, language_name, state_label, summary
from oer.translations.sections import INTRODUCTION
from oer.translations.status import NEW, OUTDATED, STATES
from oer.translations.todo import duration, effort_minutes, effort_text, todo_entries, words_text

# As ``git diff --word-diff`` marks words.
_MARKS = {SAME: "{}", REMOVED: "[-{}-]", ADDED: "{{+{}+}}"}


def status_table(
    entries: Sequence[Entry], languages: Sequence[str], default: str, in_lang: str = "en"
) -> str:
    """Every page in every language, then every language's to-do."""
    others = [lang for lang in languages if lang != default]
    pages = sorted({e.page for e in entries})
    words = {state: state_label(state, in_lang) for state in STATES}
    width = max([len(p) for p in pages] + [4])
    cell = max(len(word) for word in words.values())
    by_key = {(e.page, e.lang): e for e in entries}
    heading = label(in_lang, "translations.page")
    lines = [
        (heading.ljust(width) + "  " + "  ".join(lang.ljust(cell) for lang in others)).rstrip()
    ]
    for page in pages:
        cells = [words[by_key[(page, lang)].status.state].ljust(cell) for lang in others]
        lines.append((page.ljust(width) + "  " + "  ".join(cells)).rstrip())
    text = "\n".join(lines) + "\n"
    for lang in others:
        text += "\n" + todo_text(entries, lang, default, in_lang)
    return text


def todo_text(entries: Sequence[Entry], lang: str, default: str, in_lang: str) -> str:
    """One language's to-do: page, file, status, words, effort, and what changed."""
    todo = todo_entries(entries, lang)
    heading = label(in_lang, "translations.todo").format(language=language_name(lang, in_lang))
    lines = [f"== {heading} ==", summary(entries, lang, in_lang)]
    if not todo:
        lines.append(label(in_lang, "translations.todo_none"))
        return "\n".join(lines) + "\n"
    total = sum(effort_minutes(e) for e in todo)
    lines.append(label(in_lang, "translations.todo_total").format(time=duration(total, in_lang)))
    for entry in todo:
        file = f"docs/{translation_uri(entry.page, lang, default)}"
        lines += [
            "",
            f"{entry.title} — {file}",
            f"  {state_label(entry.status.state, in_lang)} · {words_text(entry, in_lang)} · "
            f"{effort_text(entry, in_lang)}",
        ]
        if entry.status.state == OUTDATED:
            lines += changes_text(entry, default, in_lang)
        elif entry.status.state == NEW:
            lines.append(f"  .venv/bin/python -m oer.translations mark-current {file}")
    return "\n".join(lines) + "\n"


def changes_text(entry: Entry, default: str, in_lang: str) -> list[str]:
    """An outdated translation's changed sections, with the words marked where known."""
    changes = entry.changes
    if changes is None or not changes.exact:
        missing = label(in_lang, "translations.history_missing")
        names = [section_name(c, in_lang) for c in changes.sections] if changes else []
        names = names or list(entry.status.changed_sections)
        return [
            "  " + missing.format(original=language_name(default, in_lang)),
            f"  {label(in_lang, 'translations.changed_sections')}: {', '.join(names)}",
        ]
    lines = []
    for change in changes.sections:
        lines.append(f"  § {section_name(change, in_lang)}")
        marked = "".join(_MARKS[p.kind].format(p.text) for p in side(change.pieces, ADDED, REMOVED))
        text = re.sub(r"\n\s*\n+", "\n", marked.strip())
        lines += [f"    {line}" for line in text.splitlines()]
    return lines


def section_name(change: SectionChange, in_lang: str) -> str:
    """The translation's heading, with the source's beside it; and whether it is new or gone."""
    name, is_source = title_of(change, in_lang)
    if not is_source and change.local_title not in (None, INTRODUCTION):
        name += f" [{change.source_title}]"
    if change.kind in (ADDED, REMOVED):
        key = "new_section" if change.kind == ADDED else "removed_section"
        name += f" ({label(in_lang, f'translations.{key}')})"
    return name
