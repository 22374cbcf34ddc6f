"""Translation status of a whole course: every source page in every language."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from mkdocs.utils.meta import get_data

from oer.content.sources import SourceReader, translation_uri
from oer.translations.status import (
    CURRENT,
    MISSING,
    OUTDATED,
    Status,
    has_text,
    translation_status,
)


@dataclass(frozen=True)
class Entry:
    page: str
    lang: str
    title: str
    status: Status


def overview(reader: SourceReader, languages: Sequence[str], default: str) -> list[Entry]:
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
            meta = translation.meta if translation and has_text(translation.text) else None
            title = str((meta or {}).get("title") or source.meta.get("title") or uri)
            entries.append(Entry(uri, lang, title, translation_status(body, meta)))
    return entries


def completion(entries: Sequence[Entry], lang: str) -> dict[str, float | int]:
    mine = [e for e in entries if e.lang == lang]
    counts = {
        state: sum(e.status.state == state for e in mine) for state in (CURRENT, OUTDATED, MISSING)
    }
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


def status_table(entries: Sequence[Entry], languages: Sequence[str], default: str) -> str:
    """The terminal table ``make translations`` prints."""
    others = [lang for lang in languages if lang != default]
    pages = sorted({e.page for e in entries})
    width = max([len(p) for p in pages] + [4])
    by_key = {(e.page, e.lang): e for e in entries}
    lines = ["page".ljust(width) + "  " + "  ".join(lang.ljust(9) for lang in others)]
    for page in pages:
        cells = [by_key[(page, lang)].status.state.ljust(9) for lang in others]
        lines.append(page.ljust(width) + "  " + "  ".join(cells))
    lines.append("")
    for lang in others:
        figures = completion(entries, lang)
        lines.append(
            f"{lang}: {figures['completion']:.0%} current ({figures[CURRENT]} current, "
            f"{figures[OUTDATED]} outdated, {figures[MISSING]} missing)"
        )
    outdated = [e for e in entries if e.status.state == OUTDATED]
    if outdated:
        lines.append("")
        for e in sorted(outdated, key=lambda e: (e.lang, e.page)):
            lines.append(
                f"{e.lang} {e.page}: changed sections: {', '.join(e.status.changed_sections)}"
            )
    return "\n".join(lines) + "\n"
