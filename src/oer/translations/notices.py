"""What readers see when a page is not translated yet or its translation may be out of date,
and the translation status page: one grid of pages by languages, and each language's to-do."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath

from oer.content.sources import translation_uri
from oer.locales import label
from oer.templates import templates_for
from oer.translations.changes import ADDED, REMOVED, Changes, Piece, side, title_of
from oer.translations.overview import Entry, language_name, summary
from oer.translations.status import CURRENT, MISSING, NEW, OUTDATED, STATES
from oer.translations.todo import (
    duration,
    effort_minutes,
    effort_text,
    todo_entries,
    words_text,
)

# Status is told by text and a symbol, never by colour alone.
ICONS = {CURRENT: "✓", OUTDATED: "⚠\ufe0e", NEW: "✎", MISSING: "○"}


def under_title(content_html: str, notice_html: str) -> str:
    """Put the notice right below the page title, where readers look first.

    Below rather than above: the title stays the first thing on the page, for
    screen readers and for the search index alike.
    """
    end = content_html.find("</h1>")
    if end < 0:
        return notice_html + content_html
    end += len("</h1>")
    return content_html[:end] + notice_html + content_html[end:]


def todo_anchor(page: str, lang: str) -> str:
    """The id of a translation's entry in its language's to-do on the status page."""
    slug = str(PurePosixPath(page).with_suffix("")).replace("/", "-")
    return f"todo-{lang}-{slug}"


def not_translated_notice(lang: str, original: str, help_href: str) -> str:
    return (
        templates_for(__package__)
        .get_template("notice.html")
        .render(
            lang=lang,
            kind="missing",
            text=label(lang, "translations.not_translated").format(
                language=language_name(lang, lang), original=language_name(original, lang)
            ),
            link_href=help_href,
            link_text=label(lang, "translations.help_translate"),
            sections=(),
        )
    )


@dataclass(frozen=True)
class Name:
    """A section's name, and the language it is written in when not the reader's."""

    text: str
    lang: str | None = None


def section_names(
    changes: Changes | None, fallback: Sequence[str], lang: str, original: str
) -> list[Name]:
    if changes is None:
        return [Name(title, original) for title in fallback]
    names = []
    for change in changes.sections:
        text, is_source = title_of(change, lang)
        names.append(Name(text, original if is_source else None))
    return names


def outdated_notice(
    lang: str,
    original: str,
    original_href: str,
    entry: Entry,
    changes_href: str | None,
) -> str:
    return (
        templates_for(__package__)
        .get_template("notice.html")
        .render(
            lang=lang,
            kind="outdated",
            text=label(lang, "translations.outdated_notice").format(
                original=language_name(original, lang)
            ),
            link_href=original_href,
            link_text=label(lang, "translations.read_original").format(
                original=language_name(original, lang)
            ),
            sections=section_names(entry.changes, entry.status.changed_sections, lang, original),
            sections_label=label(lang, "translations.changed_sections"),
            changes_href=changes_href,
            changes_text=label(lang, "translations.see_changes"),
        )
    )


@dataclass(frozen=True)
class Cell:
    state: str
    href: str | None


@dataclass(frozen=True)
class Row:
    title: Name
    href: str
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class Shown:
    """One changed section on the status page: its name, tag, and before/now excerpts."""

    name: Name
    tag: str
    before: tuple[Piece, ...]
    now: tuple[Piece, ...]


@dataclass(frozen=True)
class Todo:
    anchor: str
    entry: Entry
    title: Name
    file: str
    sections: tuple[Shown, ...]
    history_missing: bool
    # "12 words changed · about 15 minutes of work"
    work: str


def _shown(changes: Changes, reader_lang: str, foreign: str | None) -> tuple[Shown, ...]:
    found = []
    for change in changes.sections:
        text, is_source = title_of(change, reader_lang)
        tag = {ADDED: "new_section", REMOVED: "removed_section"}.get(change.kind)
        found.append(
            Shown(
                Name(text, foreign if is_source else None),
                label(reader_lang, f"translations.{tag}") if tag else "",
                side(change.pieces, REMOVED),
                side(change.pieces, ADDED),
            )
        )
    return tuple(found)


def status_page_html(
    entries: Sequence[Entry],
    *,
    reader_lang: str,
    original: str,
    todo_languages: Sequence[str],
    page_href: Callable[[str, str], str],
    todo_href: Callable[[str, str], str],
    json_href: str,
) -> str:
    """The status page in ``reader_lang``: every page in every language, then each to-do listed.

    ``page_href(page, lang)`` links a page in a language; ``todo_href(page, lang)`` links
    that translation's entry in its language's to-do (on this or another status page).
    """
    languages = sorted({e.lang for e in entries}, key=[e.lang for e in entries].index)
    by_key = {(e.page, e.lang): e for e in entries}
    foreign = original if reader_lang != original else None
    rows = []
    for page in sorted({e.page for e in entries}):
        own = by_key.get((page, reader_lang))
        first = by_key[(page, languages[0])]
        translated = own is not None and own.status.state != MISSING
        title = Name(own.title) if own and translated else Name(first.source_title, foreign)
        cells = []
        for lang in languages:
            state = by_key[(page, lang)].status.state
            href = {CURRENT: page_href(page, lang), MISSING: None}.get(state, todo_href(page, lang))
            cells.append(Cell(state, href))
        rows.append(Row(title, page_href(page, reader_lang), tuple(cells)))
    todos = {
        lang: [
            Todo(
                todo_anchor(e.page, lang),
                e,
                Name(e.title, lang if lang != reader_lang else None)
                if e.status.state != MISSING
                else Name(e.source_title, foreign),
                translation_uri(e.page, lang, original),
                _shown(e.changes, reader_lang, foreign) if e.changes else (),
                e.status.state == OUTDATED and (e.changes is None or not e.changes.exact),
                f"{words_text(e, reader_lang)} · {effort_text(e, reader_lang)}",
            )
            for e in sorted(entries, key=lambda e: e.page)
            if e.lang == lang and e.status.state != CURRENT
        ]
        for lang in todo_languages
    }
    words = {
        key: label(reader_lang, f"translations.{key}")
        for key in ("page", "changed_sections", "before", "now", "todo_none")
    }
    return (
        templates_for(__package__)
        .get_template("status.html")
        .render(
            languages=languages,
            language_names={lang: language_name(lang, reader_lang) for lang in languages},
            summaries={lang: summary(entries, lang, reader_lang) for lang in languages},
            rows=rows,
            todos=todos,
            totals={
                lang: label(reader_lang, "translations.todo_total").format(
                    time=duration(
                        sum(effort_minutes(e) for e in todo_entries(entries, lang)), reader_lang
                    )
                )
                for lang in todo_languages
            },
            todo_headings={
                lang: label(reader_lang, "translations.todo").format(
                    language=language_name(lang, reader_lang)
                )
                for lang in todo_languages
            },
            states={state: label(reader_lang, f"translations.state_{state}") for state in STATES},
            icons=ICONS,
            words=words,
            history_missing=label(reader_lang, "translations.history_missing").format(
                original=language_name(original, reader_lang)
            ),
            json_href=json_href,
            original=original,
        )
    )
