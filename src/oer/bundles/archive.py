"""ZIP files that come out byte-identical from the same inputs."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping
from pathlib import PurePosixPath

# The earliest date a ZIP can hold; any fixed date would do.
FIXED_DATE = (1980, 1, 1, 0, 0, 0)


def safe_entry_name(name: str) -> str:
    """Refuse names that would land outside the folder a trainer unpacks into."""
    path = PurePosixPath(name)
    if not name or path.is_absolute() or ".." in path.parts or "\\" in name or ":" in name:
        raise ValueError(f"unsafe name for a ZIP entry: {name!r}")
    return path.as_posix()


def deterministic_zip(entries: Mapping[str, bytes]) -> bytes:
    """Pack ``entries`` sorted by name, with fixed dates and permissions and no comment."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name in sorted(entries):
            info = zipfile.ZipInfo(safe_entry_name(name), date_time=FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            archive.writestr(info, entries[name])
    return buffer.getvalue()
