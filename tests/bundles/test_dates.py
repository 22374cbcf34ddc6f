from __future__ import annotations

import os
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from oer.bundles.dates import newest_change


def git(folder: Path, *args: str, date: str = "") -> None:
    env = {**os.environ, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date} if date else None
    subprocess.run(["git", "-C", str(folder), *args], check=True, capture_output=True, env=env)


def test_sources_are_dated_by_their_newest_commit(tmp_path: Path) -> None:
    git(tmp_path, "init", "-q")
    git(tmp_path, "config", "user.email", "test@example.org")
    git(tmp_path, "config", "user.name", "Test")
    older, newer, other = (tmp_path / name for name in ("a.md", "b.md", "c.md"))
    for path, date in ((older, "2024-03-01T10:00:00+01:00"), (newer, "2025-06-02T12:30:00+02:00")):
        path.write_text(path.name, encoding="utf-8")
        git(tmp_path, "add", path.name)
        git(tmp_path, "commit", "-q", "-m", path.name, date=date)
    other.write_text("not in these sources", encoding="utf-8")
    git(tmp_path, "add", other.name)
    git(tmp_path, "commit", "-q", "-m", other.name, date="2026-01-01T00:00:00+00:00")

    assert newest_change([older, newer]) == "2025-06-02T12:30:00+02:00"
    assert newest_change([older]) == "2024-03-01T10:00:00+01:00"


def test_outside_git_sources_are_dated_by_their_files(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("text", encoding="utf-8")
    os.utime(page, (1_700_000_000, 1_700_000_000))

    assert (
        newest_change([page, tmp_path / "missing.md"])
        == datetime.fromtimestamp(1_700_000_000, UTC).isoformat()
    )
    assert newest_change([tmp_path / "missing.md"]) == ""
