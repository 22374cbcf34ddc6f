"""When a module's sources last changed, the date its documents carry.

A bundle is dated by its content, not by the build that made it: two builds of the same
sources give the same dates, and so the same bytes.
"""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path


def newest_change(paths: Sequence[Path]) -> str:
    """The newest commit date of ``paths`` (ISO 8601), or, outside git, their newest
    modification time; "" when none of them exists."""
    existing = [path for path in paths if path.is_file()]
    if not existing:
        return ""
    committed = _last_commit(existing)
    if committed:
        return committed
    newest = max(path.stat().st_mtime for path in existing)
    return datetime.fromtimestamp(int(newest), UTC).isoformat()


def _last_commit(paths: Sequence[Path]) -> str:
    try:
        result = subprocess.run(
            [
                "git",
                "-C",
                str(paths[0].parent),
                "log",
                "-1",
                "--format=%cI",
                "--",
                *map(str, paths),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError:
        return ""  # no git on this machine
    return result.stdout.strip() if result.returncode == 0 else ""
