"""``translation-status.json``: the status of every translation, for tools and dashboards."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from oer.content.sources import translation_uri
from oer.translations.overview import Entry, completion, page_path
from oer.translations.todo import effort_minutes, todo_entries, work_words


def _entry(e: Entry, default: str, site_url: str) -> dict[str, Any]:
    changes = e.changes
    return {
        "page": e.page,
        "lang": e.lang,
        "title": e.title,
        "source_title": e.source_title,
        "status": e.status.state,
        "source": f"docs/{e.page}",
        "translation": f"docs/{translation_uri(e.page, e.lang, default)}",
        "source_url": site_url + page_path(e.page, default, default),
        "translation_url": site_url + page_path(e.page, e.lang, default),
        "changed_sections": list(e.status.changed_sections),
        "sections": [
            {
                "source_title": c.source_title,
                "title": c.local_title,
                "change": c.kind,
                "words": c.words,
            }
            for c in (changes.sections if changes else ())
        ],
        # False when the earlier source text was not in the history: words are estimates.
        "exact": changes.exact if changes else None,
        "words": work_words(e),
        "effort_minutes": effort_minutes(e),
    }


def status_json(
    entries: Sequence[Entry], languages: Sequence[str], default: str, site_url: str = ""
) -> str:
    others = [lang for lang in languages if lang != default]
    base = site_url.rstrip("/") + "/" if site_url else ""
    data = {
        "source_language": default,
        "languages": {
            lang: {
                **completion(entries, lang),
                "effort_minutes": sum(effort_minutes(e) for e in todo_entries(entries, lang)),
            }
            for lang in others
        },
        "pages": [
            _entry(e, default, base) for e in sorted(entries, key=lambda e: (e.lang, e.page))
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)
