"""Whether a translation is current, outdated, new or missing, and which source sections changed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from mkdocs.utils.meta import get_data

from oer.content.sources import SourceReader, split_language
from oer.problems import Problem
from oer.translations.sections import page_hash, section_hashes

CURRENT = "current"
OUTDATED = "outdated"
MISSING = "missing"
# Translated but never reviewed against its source: no record yet.
NEW = "new"
STATES = (CURRENT, OUTDATED, NEW, MISSING)
# Key in a translation's front matter that records its source version.
RECORD = "translation_of"


@dataclass(frozen=True)
class Status:
    state: str
    # Source headings whose text changed, appeared or disappeared since the translation.
    changed_sections: tuple[str, ...] = field(default_factory=tuple)


def translation_record(source_body: str, blob: str | None = None) -> dict[str, Any]:
    """What a translation stores to say 'made from this version of the source'.

    The fingerprints work without any history; ``blob`` (the source file's git
    object id) lets tools show the source's exact earlier wording.
    """
    record: dict[str, Any] = {"hash": page_hash(source_body)}
    if blob:
        record["blob"] = blob
    record["sections"] = section_hashes(source_body)
    return record


def recorded(translation_meta: Mapping[str, Any] | None) -> Mapping[str, Any] | None:
    """The translation's record, if it has a usable one."""
    record = (translation_meta or {}).get(RECORD)
    if isinstance(record, Mapping) and record.get("hash"):
        return record
    return None


def translation_status(source_body: str, translation_meta: Mapping[str, Any] | None) -> Status:
    if translation_meta is None:
        return Status(MISSING)
    record = recorded(translation_meta)
    if record is None:
        return Status(NEW)
    if record["hash"] == page_hash(source_body):
        return Status(CURRENT)
    current = section_hashes(source_body)
    sections = record.get("sections")
    before = sections if isinstance(sections, Mapping) else {}
    changed = [title for title, digest in current.items() if before.get(title) != digest]
    changed += [str(title) for title in before if title not in current]
    return Status(OUTDATED, tuple(changed))


def not_reviewed(uri: str) -> Problem:
    """The warning for a translation with no record: readers see no notice, its translator does."""
    return Problem(
        f"docs/{uri}",
        "This translation is new and not yet reviewed: it does not record which version "
        "of its source page it was made from.",
        "When it has been checked against the source, record that with "
        f"'.venv/bin/python -m oer.translations mark-current docs/{uri}'.",
        1,
    )


@lru_cache(maxsize=4096)
def has_text(page_text: str) -> bool:
    """True when a page has anything below its front matter."""
    body, _ = get_data(page_text)
    return bool(body.strip())


def unpublishable_translation(
    reader: SourceReader, uri: str, languages: Sequence[str]
) -> Problem | None:
    """Why the translation ``uri`` must not be published, or None (also for source pages)."""
    source_uri, lang = split_language(uri, languages)
    if lang is None:
        return None
    if reader.read(source_uri) is None:
        return Problem(
            f"docs/{uri}",
            f"This translation has no source page: docs/{source_uri} does not exist, "
            "so it is not published.",
            "Name the file after its English page plus the language "
            f"(e.g. values.{lang}.md next to values.md), or add the English page.",
        )
    translation = reader.read(uri)
    if translation is not None and not has_text(translation.text):
        return Problem(
            f"docs/{uri}",
            "This translation has front matter but no text, so readers get the original instead.",
            "Translate the page below the front matter, or delete the file until then.",
        )
    return None
