"""Translation status of a whole course: every source page in every language."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from babel import Locale
from mkdocs.utils.meta import get_data

from oer.content.sources import Source, SourceReader, translation_uri
from oer.locales import label
from oer.translations.changes import Changes, count_words, section_changes
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
    # Words on the source page.
    words: int = 0


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
    changes_of: Callable[[str, str, Source], Changes | None] | None = None,
) -> list[Entry]:
    """Every page in every language; ``changes_of`` may answer what changed from memory."""
    if changes_of is None:
        changes_of = partial(what_changed, history)
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
            changes = changes_of(uri, body, translation) if translation else None
            status = translation_status(body, meta)
            entries.append(
                Entry(uri, lang, title, status, changes, source_title, count_words(body))
            )
    return entries


def first_heading(body: str) -> str | None:
    titles = [title for title, _ in sections(body) if title != INTRODUCTION]
    return titles[0] if titles else None


def completion(entries: Sequence[Entry], lang: str) -> dict[str, float | int]:
    mine = [e for e in entries if e.lang == lang]
    counts = {state: sum(e.status.state == state for e in mine) for state in STATES}
    share = counts[CURRENT] / len(mine) if mine else 1.0
    return {**counts, "pages": len(mine), "completion": round(share, 3)}


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


def page_path(uri: str, lang: str, default: str) -> str:
    """The site-relative URL of source page ``uri`` in ``lang`` (directory URLs)."""
    path = uri.removesuffix(".md").removesuffix("index").rstrip("/")
    folder = "" if lang == default else f"{lang}/"
    return f"{folder}{path}/" if path else folder
