"""Translation status of a whole course: every source page in every language."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from babel import Locale
from mkdocs.utils.meta import get_data

from oer.content.sources import Source, SourceReader, translation_uri
from oer.locales import label
from oer.translations.changes import (
    ADDED,
    REMOVED,
    SAME,
    Changes,
    SectionChange,
    section_changes,
    side,
    title_of,
)
from oer.translations.history import GitHistory, earlier_text
from oer.translations.sections import INTRODUCTION, sections
from oer.translations.status import (
    CURRENT,
    MISSING,
    NEW,
    OUTDATED,
    STATES,
    Status,
    has_text,
    recorded,
    translation_status,
)


@dataclass(frozen=True)
class Entry:
    page: str
    lang: str
    title: str
    status: Status
    # For an outdated translation: each changed section, with the exact words when known.
    changes: Changes | None = None
    # The title of the source page, in the source language.
    source_title: str = ""


def what_changed(
    history: GitHistory | None, source_uri: str, source_body: str, translation: Source
) -> Changes | None:
    """The changes in the source since ``translation`` was reviewed; None unless outdated."""
    record = recorded(translation.meta)
    status = translation_status(source_body, translation.meta)
    if record is None or status.state != OUTDATED:
        return None
    earlier = earlier_body(history, source_uri, record)
    return section_changes(
        status.changed_sections, source_body, earlier, record, get_data(translation.text)[0]
    )


def earlier_body(
    history: GitHistory | None, source_uri: str, record: Mapping[str, Any]
) -> str | None:
    """The source page's text (below its front matter) as it was when ``record`` was made."""
    if history is None:
        return None
    blob = record.get("blob")
    text = earlier_text(history, source_uri, str(record["hash"]), str(blob) if blob else None)
    return get_data(text)[0] if text is not None else None


def overview(
    reader: SourceReader,
    languages: Sequence[str],
    default: str,
    history: GitHistory | None = None,
) -> list[Entry]:
    entries = []
    for uri in reader.pages(languages):
        source = reader.read(uri)
        if source is None:
            continue
        body, _ = get_data(source.text)
        for lang in languages:
            if lang == default:
                continue
            translation = reader.read(translation_uri(uri, lang, default))
            # A translation with no text is not published, so it is missing to readers.
            if translation is not None and not has_text(translation.text):
                translation = None
            meta = translation.meta if translation is not None else None
            source_title = str(source.meta.get("title") or first_heading(body) or uri)
            own_body = get_data(translation.text)[0] if translation is not None else ""
            title = str((meta or {}).get("title") or first_heading(own_body) or source_title)
            changes = what_changed(history, uri, body, translation) if translation else None
            status = translation_status(body, meta)
            entries.append(Entry(uri, lang, title, status, changes, source_title))
    return entries


def first_heading(body: str) -> str | None:
    titles = [title for title, _ in sections(body) if title != INTRODUCTION]
    return titles[0] if titles else None


def completion(entries: Sequence[Entry], lang: str) -> dict[str, float | int]:
    mine = [e for e in entries if e.lang == lang]
    counts = {state: sum(e.status.state == state for e in mine) for state in STATES}
    share = counts[CURRENT] / len(mine) if mine else 1.0
    return {**counts, "pages": len(mine), "completion": round(share, 3)}


def status_json(entries: Sequence[Entry], languages: Sequence[str], default: str) -> str:
    others = [lang for lang in languages if lang != default]
    data = {
        "source_language": default,
        "languages": {lang: completion(entries, lang) for lang in others},
        "pages": [
            {
                "page": e.page,
                "lang": e.lang,
                "status": e.status.state,
                "changed_sections": list(e.status.changed_sections),
            }
            for e in sorted(entries, key=lambda e: (e.lang, e.page))
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


def language_name(lang: str, in_lang: str) -> str:
    """``lang``'s name as readers of ``in_lang`` write it inside a sentence ("inglés")."""
    return str(Locale(in_lang).languages.get(lang, lang))


def state_label(state: str, lang: str) -> str:
    """The word for a status, the same in the terminal, on the status page and in the guides."""
    return label(lang, f"translations.state_{state}")


def summary(entries: Sequence[Entry], lang: str, in_lang: str) -> str:
    figures = completion(entries, lang)
    return label(in_lang, "translations.summary").format(
        percent=round(float(figures["completion"]) * 100),
        current=figures[CURRENT],
        outdated=figures[OUTDATED],
        new=figures[NEW],
        missing=figures[MISSING],
    )


def status_table(
    entries: Sequence[Entry], languages: Sequence[str], default: str, in_lang: str = "en"
) -> str:
    """The terminal table ``make translations`` prints, with the status page's words."""
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
    lines.append("")
    for lang in others:
        lines.append(f"{lang}: {summary(entries, lang, in_lang)}")
    waiting = [e for e in entries if e.status.state in (OUTDATED, NEW)]
    if waiting:
        lines.append("")
    for e in sorted(waiting, key=lambda e: (e.lang, e.page)):
        if e.status.state == OUTDATED:
            lines += changes_text(e, default, in_lang)
        else:
            lines.append(
                f"{e.lang} {e.page}: {words[NEW]}. After review: .venv/bin/python -m "
                f"oer.translations mark-current docs/{translation_uri(e.page, e.lang, default)}"
            )
    return "\n".join(lines) + "\n"


def changes_text(entry: Entry, default: str, in_lang: str) -> list[str]:
    """An outdated translation's changes for the terminal, marked as ``git diff --word-diff``."""
    file = translation_uri(entry.page, entry.lang, default)
    lines = [f"{entry.lang} {entry.page} → docs/{file}: {state_label(OUTDATED, in_lang)}"]
    changes = entry.changes
    if changes is None or not changes.exact:
        missing = label(in_lang, "translations.history_missing")
        lines.append("  " + missing.format(original=language_name(default, in_lang)))
        names = [section_name(c, in_lang) for c in changes.sections] if changes else []
        names = names or list(entry.status.changed_sections)
        lines.append(f"  {label(in_lang, 'translations.changed_sections')}: {', '.join(names)}")
        return lines
    for change in changes.sections:
        lines.append(f"  § {section_name(change, in_lang)}")
        marked = "".join(_MARKS[p.kind].format(p.text) for p in side(change.pieces, ADDED, REMOVED))
        text = re.sub(r"\n\s*\n+", "\n", marked.strip())
        lines += [f"    {line}" for line in text.splitlines()]
    return lines


_MARKS = {SAME: "{}", REMOVED: "[-{}-]", ADDED: "{{+{}+}}"}


def section_name(change: SectionChange, in_lang: str) -> str:
    """The translation's heading, with the source's beside it; and whether it is new or gone."""
    name, is_source = title_of(change, in_lang)
    if not is_source and change.local_title not in (None, INTRODUCTION):
        name += f" [{change.source_title}]"
    if change.kind in (ADDED, REMOVED):
        key = "new_section" if change.kind == ADDED else "removed_section"
        name += f" ({label(in_lang, f'translations.{key}')})"
    return name
