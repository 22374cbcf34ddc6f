"""What changed in a source page since its translation was reviewed: a word diff per section.

Translation tools built on gettext show the previous source text beside the new
one; this does the same for people who translate whole Markdown pages.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from oer.locales import label
from oer.translations.sections import INTRODUCTION, sections

SAME, REMOVED, ADDED, CHANGED = "same", "removed", "added", "changed"
# A word keeps its apostrophe, straight or typographic (don't, l\u2019uomo).
_WORD = re.compile(r"\w+(?:['\u2019]\w+)*")
_TOKEN = re.compile(rf"\s+|{_WORD.pattern}|[^\w\s]")


@dataclass(frozen=True)
class Piece:
    kind: str
    text: str


@dataclass(frozen=True)
class SectionChange:
    # The source's heading, as the record and the status list name it.
    source_title: str
    # The translation's own heading at the same place, when the headings line up.
    local_title: str | None
    # The word diff, earlier → now; empty when the earlier text is not known.
    pieces: tuple[Piece, ...]
    # Words added or removed; without history, the words of the section as it is now.
    words: int
    # CHANGED, or ADDED/REMOVED for a whole section that appeared or disappeared.
    kind: str = "changed"


@dataclass(frozen=True)
class Changes:
    sections: tuple[SectionChange, ...]
    # False when the earlier source text is not in the history (e.g. a shallow clone).
    exact: bool

    @property
    def words(self) -> int:
        return sum(change.words for change in self.sections)


def word_diff(before: str, after: str) -> tuple[Piece, ...]:
    """Word by word, ``before`` → ``after``; a different line wrap is no change."""
    old, new = _TOKEN.findall(before), _TOKEN.findall(after)
    matcher = difflib.SequenceMatcher(None, [_normal(t) for t in old], [_normal(t) for t in new])
    pieces: list[Piece] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _add(pieces, SAME, "".join(new[j1:j2]))
            continue
        _add(pieces, REMOVED, "".join(old[i1:i2]))
        _add(pieces, ADDED, "".join(new[j1:j2]))
    return tuple(pieces)


def _normal(token: str) -> str:
    return " " if token.isspace() else token


def _add(pieces: list[Piece], kind: str, text: str) -> None:
    if not text:
        return
    if kind != SAME and text.isspace():
        kind = SAME
    if pieces and pieces[-1].kind == kind:
        pieces[-1] = Piece(kind, pieces[-1].text + text)
    else:
        pieces.append(Piece(kind, text))


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


def changed_words(pieces: Sequence[Piece]) -> int:
    return sum(count_words(p.text) for p in pieces if p.kind != SAME)


def side(pieces: Sequence[Piece], *kinds: str, context: int = 8) -> tuple[Piece, ...]:
    """The diff with only ``kinds`` of change (``REMOVED`` for before, ``ADDED`` for now).

    Long unchanged runs are cut short the same way on both sides, so "before"
    and "now" show the same stretches of text.
    """
    last = len(pieces) - 1
    shown: list[Piece] = []
    for index, piece in enumerate(pieces):
        if piece.kind == SAME:
            _add(shown, SAME, _shorten(piece.text, context, index == 0, index == last))
        elif piece.kind in kinds:
            _add(shown, piece.kind, piece.text)
    return tuple(shown)


def _shorten(text: str, context: int, first: bool, last: bool) -> str:
    """Keep ``context`` words next to each change, and "…" for the rest."""
    words = text.split()
    lead = " " if text[:1].isspace() else ""
    trail = " " if text[-1:].isspace() else ""
    head = context if not first or last else 0
    tail = context if not last or first else 0
    if len(words) <= head + tail + 1:
        return lead + " ".join(words) + trail
    kept = [*words[:head], "…", *(words[len(words) - tail :] if tail else [])]
    return lead + " ".join(kept) + trail


def local_headings(recorded_titles: Sequence[str], translation_body: str) -> dict[str, str]:
    """Source heading → the translation's heading, paired by position.

    Only when the translation has exactly as many headings as the source had
    when it was reviewed; otherwise nothing is paired rather than guessed.
    """
    source = [title for title in recorded_titles if title != INTRODUCTION]
    local = [title for title, _ in sections(translation_body) if title != INTRODUCTION]
    paired = dict(zip(source, local, strict=False)) if len(source) == len(local) else {}
    if INTRODUCTION in recorded_titles:
        paired[INTRODUCTION] = INTRODUCTION
    return paired


def _lines_up(titles: Sequence[str], translation_body: str) -> bool:
    own = [title for title, _ in sections(translation_body) if title != INTRODUCTION]
    return len(own) == len([title for title in titles if title != INTRODUCTION])


def recorded_titles(record: Mapping[str, Any]) -> list[str]:
    found = record.get("sections")
    return [str(title) for title in found] if isinstance(found, Mapping) else []


def section_changes(
    changed: Sequence[str],
    source_body: str,
    earlier_body: str | None,
    record: Mapping[str, Any],
    translation_body: str,
) -> Changes:
    """Each changed section, named in the translation where possible, with its word diff."""
    now = dict(sections(source_body))
    before = dict(sections(earlier_body)) if earlier_body is not None else None
    titles = recorded_titles(record)
    # The translation follows the source as it was, or already as it is now.
    now_titles = [title for title, _ in sections(source_body)]
    paired = local_headings(titles, translation_body)
    if not _lines_up(titles, translation_body):
        paired = local_headings(now_titles, translation_body)
    found = []
    for title in changed:
        kind = ADDED if title not in titles else REMOVED if title not in now else CHANGED
        if before is None:
            pieces: tuple[Piece, ...] = ()
            words = count_words(now.get(title, ""))
        else:
            pieces = word_diff(before.get(title, ""), now.get(title, ""))
            words = changed_words(pieces)
        found.append(SectionChange(title, paired.get(title), pieces, words, kind))
    return Changes(tuple(found), before is not None)


def title_of(change: SectionChange, lang: str) -> tuple[str, bool]:
    """How to name a changed section to a reader of ``lang``; True when the name is the source's.

    The translation's own heading when the headings line up, else the source's.
    """
    title = change.local_title or change.source_title
    if title == INTRODUCTION:
        return label(lang, "translations.introduction"), False
    return title, change.local_title is None
