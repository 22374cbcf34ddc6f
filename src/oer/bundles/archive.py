"""ZIP files that come out byte-identical from the same inputs."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import PurePosixPath

# The earliest date a ZIP can hold; any fixed date would do.
FIXED_DATE = (1980, 1, 1, 0, 0, 0)


# Characters Windows, macOS or the ZIP format itself refuse or read as a path.
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"|?*\\]')


def safe_entry_name(name: str) -> str:
    """``name`` made safe to unpack anywhere: no absolute path, no '..', no reserved characters.

    A partner's file called ``notes:v2.txt`` becomes ``notes_v2.txt`` rather than stopping
    the build; nothing can land outside the folder a trainer unpacks into.
    """
    parts = [_UNSAFE.sub("_", part).strip(" .") for part in name.replace("\\", "/").split("/")]
    kept = [part for part in parts if part and part != ".."]
    return "/".join(kept) or "file"


def unique_entry_names(wanted: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """Give each (entry name, source) pair a name of its own, keeping every file.

    Two attachments with the same file name from different folders keep both: the second
    is prefixed with its folder, then numbered if that is taken too.
    """
    taken: set[str] = set()
    named = []
    for name, source in wanted:
        entry = safe_entry_name(name)
        if entry in taken:
            folder, _, file_name = entry.rpartition("/")
            prefix = safe_entry_name(PurePosixPath(source).parent.name) or "file"
            entry = f"{folder}/{prefix}-{file_name}" if folder else f"{prefix}-{file_name}"
        stem, dot, suffix = entry.rpartition(".")
        number = 2
        while entry in taken:
            entry = f"{stem}-{number}.{suffix}" if dot else f"{suffix}-{number}"
            number += 1
        taken.add(entry)
        named.append((entry, source))
    return named


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
