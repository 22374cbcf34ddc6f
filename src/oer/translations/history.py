"""Earlier versions of source files, from git, for showing translators exactly what changed.

Everything here is optional: without git, outside a repository or in a shallow
clone the answers are None or empty, and callers fall back to the section list.
"""

from __future__ import annotations

import hashlib
import subprocess
from collections.abc import Callable
from pathlib import Path

from mkdocs.utils.meta import get_data

from oer.engine.project import CommandError
from oer.problems import Problem
from oer.translations.sections import page_hash

# How far back to look for the version a translation was made from; older
# translations than this many changes of their source show the section list only.
MAX_VERSIONS = 300


def blob_id(data: bytes) -> str:
    """The id git gives a file with these bytes (``git hash-object``)."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data, usedforsecurity=False).hexdigest()


def decode(data: bytes) -> str | None:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


class GitHistory:
    """Read-only questions to git about the repository holding ``folder``.

    Paths are relative to ``folder``. Answers are kept for the life of the object,
    which callers create once per build or per command.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._answers: dict[tuple[str, ...], bytes | None] = {}

    def _git(self, *args: str) -> bytes | None:
        if args not in self._answers:
            try:
                result = subprocess.run(
                    ["git", "-C", str(self.folder), *args],
                    capture_output=True,
                    check=False,
                )
            except OSError:
                self._answers[args] = None
            else:
                self._answers[args] = result.stdout if result.returncode == 0 else None
        return self._answers[args]

    def available(self) -> bool:
        return self._git("rev-parse", "--is-inside-work-tree") is not None

    def shallow(self) -> bool:
        return (self._git("rev-parse", "--is-shallow-repository") or b"").strip() == b"true"

    def blob_of_file(self, path: str) -> str:
        """The blob id of the file as it is now (as git would store it, filters included)."""
        answer = self._git("hash-object", "--", path)
        if answer:
            return answer.decode().strip()
        return blob_id((self.folder / path).read_bytes())

    def blob_text(self, blob: str) -> str | None:
        data = self._git("cat-file", "blob", blob)
        return decode(data) if data is not None else None

    def text_at(self, rev: str, path: str) -> str | None:
        """The file at revision ``rev``, or None when it did not exist there."""
        data = self._git("show", f"{rev}:./{path}")
        return decode(data) if data is not None else None

    def versions(self, path: str, rev: str = "HEAD") -> list[tuple[str, str]]:
        """(commit, blob) of each committed version of ``path`` up to ``rev``, newest first."""
        log = self._git(
            "log",
            "--no-renames",
            "--no-abbrev",
            "--raw",
            "--format=commit %H",
            f"--max-count={MAX_VERSIONS}",
            rev,
            "--",
            path,
        )
        found: list[tuple[str, str]] = []
        commit = ""
        for line in (log or b"").decode(errors="replace").splitlines():
            if line.startswith("commit "):
                commit = line.removeprefix("commit ")
            elif line.startswith(":") and commit:
                fields = line.split("\t", 1)[0].split()
                if len(fields) >= 4 and set(fields[3]) != {"0"}:
                    found.append((commit, fields[3]))
        return found

    def changed_files(self, base: str, head: str | None = None) -> list[str] | None:
        """Files below ``folder`` that differ between two revisions, or between ``base`` and
        the files as they are now when ``head`` is None (None if git cannot say)."""
        answer = self._git(
            "diff",
            "-z",
            "--name-only",
            "--no-renames",
            "--relative",
            base,
            *([head] if head else []),
        )
        return _names(answer)

    def merge_base(self, one: str, other: str = "HEAD") -> str | None:
        """The last commit both revisions share: where a branch started from ``one``."""
        answer = self._git("merge-base", one, other)
        return answer.decode().strip() if answer else None

    def untracked_files(self) -> list[str] | None:
        """Files below ``folder`` that git does not track yet (and does not ignore)."""
        return _names(self._git("ls-files", "-z", "--others", "--exclude-standard"))

    def files_at(self, rev: str) -> list[str] | None:
        """Every file below ``folder`` at revision ``rev`` (None if git cannot say)."""
        return _names(self._git("ls-tree", "-z", "-r", "--name-only", rev))

    def resolves(self, rev: str) -> bool:
        return self._git("rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}") is not None


def _names(answer: bytes | None) -> list[str] | None:
    """File names from a ``-z`` listing (unquoted, whatever their characters)."""
    if answer is None:
        return None
    return [name for name in answer.decode("utf-8", errors="replace").split("\0") if name]


def earlier_text(
    history: GitHistory, path: str, record_hash: str, blob: str | None, rev: str = "HEAD"
) -> str | None:
    """The text of ``path`` at the version a translation's record was made from.

    The recorded blob answers at once; records made before blobs were recorded
    are matched by their page fingerprint against the file's history.
    """
    if blob:
        text = history.blob_text(blob)
        if text is not None:
            return text
    return find_version(
        history, path, rev, lambda text: page_hash(get_data(text)[0]) == record_hash
    )


def find_version(
    history: GitHistory, path: str, rev: str, wanted: Callable[[str], bool]
) -> str | None:
    for _, blob in history.versions(path, rev):
        text = history.blob_text(blob)
        if text is not None and wanted(text):
            return text
    return None


def known_revision(history: GitHistory, rev: str) -> str:
    """``rev``, or a CommandError saying how to get it when the history lacks it."""
    if not history.resolves(rev):
        raise CommandError(
            Problem(
                rev,
                "This revision is not in the repository's history.",
                "Fetch the full history ('git fetch --unshallow', or 'fetch-depth: 0' in a "
                "workflow) and check the name.",
            )
        )
    return rev
