"""Translation status of a whole course: every source page in every language."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from mkdocs.utils.meta import get_data

from oer.content.sources import SourceReader, translation_uri
from oer.locales import label
from oer.translations.status import (
    CURRENT,
    MISSING,
    NEW,
    OUTDATED,
    STATES,
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
    lines = [heading.ljust(width) + "  " + "  ".join(lang.ljust(cell) for lang in others)]
    for page in pages:
        cells = [words[by_key[(page, lang)].status.state].ljust(cell) for lang in others]
        lines.append((page.ljust(width) + "  " + "  ".join(cells)).rstrip())
    lines.append("")
    for lang in others:
        lines.append(f"{lang}: {summary(entries, lang, in_lang)}")
    changed = label(in_lang, "translations.changed_sections")
    waiting = [e for e in entries if e.status.state in (OUTDATED, NEW)]
    if waiting:
        lines.append("")
    for e in sorted(waiting, key=lambda e: (e.lang, e.page)):
        if e.status.state == OUTDATED:
            lines.append(f"{e.lang} {e.page}: {changed}: {', '.join(e.status.changed_sections)}")
        else:
            lines.append(
                f"{e.lang} {e.page}: {words[NEW]}. After review: .venv/bin/python -m "
                f"oer.translations mark-current docs/{translation_uri(e.page, e.lang, default)}"
            )
    return "\n".join(lines) + "\n"
