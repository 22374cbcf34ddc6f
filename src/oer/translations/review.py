"""Before a translation is recorded as current: were the source's changed sections followed?

A translation's sections are paired with its source's by position, as the
translators keep the headings in the same order. "Followed" means the
translation's section differs from what it was when the translation was last
marked current; whether it says the right thing is the reviewer's call.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from mkdocs.utils.meta import get_data

from oer.content.front_matter import read_front_matter
from oer.translations.changes import local_headings, recorded_titles
from oer.translations.history import GitHistory
from oer.translations.sections import INTRODUCTION, sections, short_hash
from oer.translations.status import OUTDATED, recorded, translation_status


@dataclass(frozen=True)
class Unfollowed:
    # The source's heading, and the translation's own for it when the headings line up.
    source_title: str
    local_title: str | None


def text_at_last_record(history: GitHistory, uri: str, record: Mapping[str, Any]) -> str | None:
    """The translation as it was committed when its current record was written.

    That is the oldest of the newest run of committed versions carrying this record
    (later commits with the same record are edits made since). None when the record
    was never committed, or git has no history of the file.
    """
    found = None
    for _, blob in history.versions(uri):
        text = history.blob_text(blob)
        if text is None:
            break
        meta, _ = read_front_matter(text, uri)
        version = recorded(meta)
        if version is None or version.get("hash") != record.get("hash"):
            break
        found = text
    return found


def _by_position(titles: Sequence[str], body: str) -> dict[str, str]:
    """Source heading → the text of the translation's section in the same place."""
    own = sections(body)
    paired = local_headings(titles, body)
    texts = dict(own)
    return {source: texts[local] for source, local in paired.items() if local in texts}


def unfollowed_sections(
    source_body: str,
    translation_meta: Mapping[str, Any],
    translation_body: str,
    earlier_translation_body: str,
) -> list[Unfollowed]:
    """The source's changed sections whose translation has not changed since the last record."""
    record = recorded(translation_meta)
    status = translation_status(source_body, translation_meta)
    if record is None or status.state != OUTDATED:
        return []
    then_titles = recorded_titles(record)
    now_titles = [title for title, _ in sections(source_body)]
    then = _by_position(then_titles, earlier_translation_body)
    now = _by_position(now_titles, translation_body)
    then_hashes = {short_hash(text) for text in then.values()}
    now_hashes = {short_hash(text) for text in now.values()}
    names = local_headings(then_titles, earlier_translation_body)
    unchanged_page = short_hash(translation_body) == short_hash(earlier_translation_body)
    found = []
    for title in status.changed_sections:
        if title in now:
            still = short_hash(now[title]) in then_hashes
        elif title in then and title not in now_titles:
            # Gone from the source: followed once the translation's section is gone too.
            still = short_hash(then[title]) in now_hashes
        else:
            # No section to pair it with: only an untouched page is surely unfollowed.
            still = unchanged_page
        if still:
            local = names.get(title)
            found.append(Unfollowed(title, None if local == INTRODUCTION else local))
    return found


def unfollowed_in_history(
    history: GitHistory, uri: str, source_body: str, translation_text: str
) -> list[Unfollowed] | None:
    """As :func:`unfollowed_sections`, finding the earlier translation in git; None if unknown."""
    meta, _ = read_front_matter(translation_text, uri)
    record = recorded(meta)
    if record is None or translation_status(source_body, meta).state != OUTDATED:
        return []
    earlier = text_at_last_record(history, uri, record)
    if earlier is None:
        return None
    return unfollowed_sections(
        source_body, meta, get_data(translation_text)[0], get_data(earlier)[0]
    )
