"""``mark-current``: record that a reviewed translation matches its source as it is now."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from mkdocs.utils.meta import get_data

from oer.content.front_matter import read_front_matter
from oer.content.sources import SourceReader
from oer.engine.project import CommandError, Project, translation_language
from oer.problems import Problem
from oer.translations.history import GitHistory
from oer.translations.overview import language_name
from oer.translations.record import with_record
from oer.translations.review import Unfollowed, unfollowed_in_history
from oer.translations.status import CURRENT, translation_status

BOM = "\ufeff"


@dataclass(frozen=True)
class PageText:
    """A file's text with ``\\n`` line ends, and how to write it back byte for byte alike."""

    text: str
    bom: bool
    newline: str

    @property
    def raw(self) -> str:
        return (BOM if self.bom else "") + self.text.replace("\n", self.newline)


def read_page(path: Path, shown: str) -> PageText:
    data = path.read_bytes()
    try:
        decoded = data.decode("utf-8")
    except UnicodeDecodeError:
        raise CommandError(
            Problem(
                shown,
                "This file is not saved as UTF-8.",
                "Save it as UTF-8 in your editor, then run this again.",
            )
        ) from None
    newline = "\r\n" if "\r\n" in decoded else "\n"
    return PageText(
        decoded.removeprefix(BOM).replace("\r\n", "\n"), decoded.startswith(BOM), newline
    )


def mark_current(project: Project, uri: str, history: GitHistory, force: bool = False) -> str:
    """Write the record into the translation ``uri``; return what was done.

    Unless ``force``, refuse while a changed source section's translation has not
    been edited since the last record: marking it current would hide the change.
    """
    source_uri, lang = translation_language(project, uri)
    shown = f"docs/{uri}"
    source = SourceReader(project.docs_dir).read(source_uri)
    if source is None:
        raise CommandError(
            Problem(
                f"docs/{source_uri}",
                "This source page is not saved as UTF-8.",
                "Save it as UTF-8, then run this again.",
            )
        )
    path = project.docs_dir / uri
    page = read_page(path, shown)
    _, problems = read_front_matter(page.text, shown)
    if problems:
        first = problems[0]
        raise CommandError(
            Problem(
                first.file,
                f"{first.message} Nothing was marked.",
                f"{first.fix} Then run this again.",
                first.line,
            )
        )
    source_body, _ = get_data(source.text)
    note = ""
    if not force:
        unfollowed = unfollowed_in_history(history, uri, source_body, page.text)
        if unfollowed:
            raise CommandError(_refusal(shown, unfollowed, project.default, lang))
        if unfollowed is None:
            note = (
                "\n  (Not checked whether the changed sections were updated: the last record "
                "of this file is not in the git history.)"
            )
    marked = with_record(page.text, source_body, history.blob_of_file(source_uri))
    if marked != page.text:
        path.write_bytes(PageText(marked, page.bom, page.newline).raw.encode("utf-8"))
    # Read it back as the build does, so "marked current" is never a false promise.
    after = SourceReader(project.docs_dir).read(uri)
    if after is None or translation_status(source_body, after.meta).state != CURRENT:
        raise CommandError(
            Problem(
                shown,
                "The record was written but the file does not read back as current.",
                "Please report this with the file attached.",
            )
        )
    return f"{shown}: marked current against docs/{source_uri}.{note}"


def _refusal(shown: str, unfollowed: Sequence[Unfollowed], default: str, lang: str) -> Problem:
    original = language_name(default, "en")
    names = ", ".join(
        f"'{u.local_title}' ({original} '{u.source_title}')"
        if u.local_title
        else f"'{u.source_title}'"
        for u in unfollowed
    )
    return Problem(
        shown,
        f"The {original} page changed in sections that this translation has not been edited "
        f"in since it was last marked current: {names}. Nothing was marked.",
        f"Update those sections ('make translations LANG={lang}' shows exactly what changed), "
        "then run this again. If the change needs nothing in the translation (a typo fix, "
        "say), run it again with --force.",
    )
