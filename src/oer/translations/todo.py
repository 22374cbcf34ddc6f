"""One language's translation to-do: which pages, which sections, how many words, about how long.

The effort is a rough guide for volunteers planning an evening, not a quote.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from babel import Locale
from babel.dates import format_timedelta

from oer.locales import label
from oer.translations.overview import Entry
from oer.translations.status import CURRENT, MISSING, NEW, OUTDATED

# A careful volunteer translates about 250 words an hour, and reads a finished
# translation against its source about four times as fast.
TRANSLATE_WORDS_PER_HOUR = 250
REVIEW_WORDS_PER_HOUR = 1000
# Opening the files, previewing the page and recording it as current.
MINUTES_PER_PAGE = 10


def work_words(entry: Entry) -> int:
    """The words a translator has to handle: the changes, or the whole page."""
    if entry.status.state == OUTDATED and entry.changes is not None:
        return entry.changes.words
    return entry.words if entry.status.state != CURRENT else 0


def effort_minutes(entry: Entry) -> int:
    if entry.status.state == CURRENT:
        return 0
    rate = REVIEW_WORDS_PER_HOUR if entry.status.state == NEW else TRANSLATE_WORDS_PER_HOUR
    minutes = MINUTES_PER_PAGE + work_words(entry) * 60 / rate
    # Rounded to five minutes: the figure is rough, and should not look precise.
    return 5 * max(1, round(minutes / 5))


def duration(minutes: int, lang: str) -> str:
    """'45 minutes', '3 hours': minutes up to two hours, then whole hours."""
    return format_timedelta(timedelta(minutes=minutes), threshold=2, locale=lang)


def counted(lang: str, key: str, count: int) -> str:
    """A label with a number, in the grammatical number the language needs for it."""
    form = Locale(lang).plural_form(count)
    try:
        text = label(lang, f"translations.{key}.{form}")
    except KeyError:
        text = label(lang, f"translations.{key}.other")
    return text.format(words=count)


def words_text(entry: Entry, lang: str) -> str:
    key = {OUTDATED: "words_changed", NEW: "words_to_review", MISSING: "words_to_translate"}
    return counted(lang, key[entry.status.state], work_words(entry))


def effort_text(entry: Entry, lang: str) -> str:
    return label(lang, "translations.effort").format(time=duration(effort_minutes(entry), lang))


def todo_entries(entries: Sequence[Entry], lang: str) -> list[Entry]:
    """``lang``'s translations that need work, in page order."""
    return sorted(
        (e for e in entries if e.lang == lang and e.status.state != CURRENT),
        key=lambda e: e.page,
    )
