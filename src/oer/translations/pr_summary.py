"""What a pull request does to the translations, as Markdown for the pull request's summary.

Two questions, answered from the two revisions alone (no checkout needed): which
translations does this change make out of date, and in which sections; and is
each translation the pull request edits now current.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from mkdocs.utils.meta import get_data

from oer.content.front_matter import read_front_matter
from oer.content.sources import Source, split_language, translation_uri
from oer.translations.changes import local_headings, recorded_titles
from oer.translations.history import GitHistory
from oer.translations.overview import state_label
from oer.translations.sections import INTRODUCTION, section_hashes
from oer.translations.status import CURRENT, MISSING, NEW, OUTDATED, has_text, recorded
from oer.translations.status import translation_status as status_of

MARK_CURRENT = ".venv/bin/python -m oer.translations mark-current"


class RevisionReader:
    """Source files as they are at one git revision."""

    def __init__(self, history: GitHistory, rev: str) -> None:
        self.history = history
        self.rev = rev

    def read(self, uri: str) -> Source | None:
        text = self.history.text_at(self.rev, uri)
        if text is None:
            return None
        meta, problems = read_front_matter(text, f"docs/{uri}")
        return Source(uri, text, meta, problems)


@dataclass(frozen=True)
class Outdated:
    translation: str
    lang: str
    # Sections this change altered, named by the translation's headings where they line up.
    sections: tuple[str, ...]
    # Out of date before this change too.
    already: bool = False


@dataclass(frozen=True)
class Edited:
    translation: str
    state: str
    sections: tuple[str, ...]


def _body(source: Source | None) -> str | None:
    if source is None or not has_text(source.text):
        return None
    return get_data(source.text)[0]


def _named(titles: Sequence[str], translation: Source) -> tuple[str, ...]:
    record = recorded(translation.meta) or {}
    paired = local_headings(recorded_titles(record), get_data(translation.text)[0])
    names = []
    for title in titles:
        local = paired.get(title)
        if title == INTRODUCTION or local in (None, INTRODUCTION):
            names.append(title)
        else:
            names.append(f"{local} ({title})")
    return tuple(names)


def made_outdated(
    base: RevisionReader, head: RevisionReader, page: str, languages: Sequence[str], default: str
) -> list[Outdated]:
    """Translations of ``page`` that were not outdated before and are after the change."""
    before, after = _body(base.read(page)), _body(head.read(page))
    if after is None:
        return []
    old = section_hashes(before) if before is not None else {}
    new = section_hashes(after)
    altered = [t for t, h in new.items() if old.get(t) != h] + [t for t in old if t not in new]
    found = []
    for lang in languages:
        if lang == default:
            continue
        uri = translation_uri(page, lang, default)
        translation = head.read(uri)
        if translation is None or _body(translation) is None:
            continue
        if status_of(after, translation.meta).state != OUTDATED:
            continue
        earlier = base.read(uri)
        already = (
            before is not None
            and earlier is not None
            and status_of(before, earlier.meta).state == OUTDATED
        )
        found.append(Outdated(f"docs/{uri}", lang, _named(altered, translation), already))
    return found


def edited_translation(head: RevisionReader, uri: str, languages: Sequence[str]) -> Edited | None:
    source_uri, lang = split_language(uri, languages)
    if lang is None:
        return None
    translation, source = head.read(uri), _body(head.read(source_uri))
    if source is None:
        return None
    if translation is None or _body(translation) is None:
        return Edited(f"docs/{uri}", MISSING, ())
    status = status_of(source, translation.meta)
    return Edited(f"docs/{uri}", status.state, _named(status.changed_sections, translation))


def _cell(text: str) -> str:
    """Text for a Markdown table cell: a heading's own '|' must not end the cell."""
    return text.replace("|", "\\|")


def pr_summary(
    history: GitHistory, languages: Sequence[str], default: str, base: str, head: str
) -> str:
    """The Markdown summary of what ``base..head`` does to the translations."""
    changed = history.changed_files(base, head)
    if changed is None:
        return (
            "## Translations\n\nThe revisions could not be compared; the workflow needs the "
            "history of both (`fetch-depth: 0`).\n"
        )
    old, new = RevisionReader(history, base), RevisionReader(history, head)
    pages = [uri for uri in changed if uri.endswith(".md")]
    outdated = [
        item
        for uri in pages
        if split_language(uri, languages)[1] is None
        for item in made_outdated(old, new, uri, languages, default)
    ]
    edited = [
        item
        for uri in pages
        if split_language(uri, languages)[1] not in (None, default)
        for item in [edited_translation(new, uri, languages)]
        if item is not None
    ]
    lines = ["## Translations", ""]
    if not outdated and not edited:
        lines.append("This pull request changes no page that has translations.")
    if outdated:
        lines += [
            "### Translations this change makes out of date",
            "",
            "| Translation | Sections that changed |",
            "| --- | --- |",
        ]
        lines += [
            f"| `{o.translation}`{' (already out of date before)' if o.already else ''} "
            f"| {_cell(', '.join(o.sections))} |"
            for o in outdated
        ]
        lines += [
            "",
            "Readers will see that these may be out of date; translators see exactly what "
            "changed on the translation status page and with `make translations LANG=…`.",
            "",
        ]
    if edited:
        lines += ["### Translations this pull request edits", ""]
        for e in edited:
            word = state_label(e.state, "en")
            if e.state == CURRENT:
                lines.append(f"- `{e.translation}`: ✓ {word}.")
            elif e.state == OUTDATED:
                lines.append(
                    f"- `{e.translation}`: {word}; sections not yet recorded as reviewed: "
                    f"{', '.join(e.sections)}. Once reviewed, run `{MARK_CURRENT} "
                    f"{e.translation}` or add the label `translation-reviewed`."
                )
            elif e.state == NEW:
                lines.append(
                    f"- `{e.translation}`: {word}. Once reviewed, run `{MARK_CURRENT} "
                    f"{e.translation}` or add the label `translation-reviewed`."
                )
            else:
                lines.append(f"- `{e.translation}`: {word} (the file is gone or has no text).")
    return "\n".join(lines).rstrip() + "\n"
