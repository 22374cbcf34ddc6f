"""Keep expensive outputs (PDF, DOCX, ODT) by the hash of what made them.

``make site`` after no change and every ``mkdocs serve`` reload then render
nothing: they read the files back.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path


class OutputCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.rendered = 0

    def has(self, key: str, name: str) -> bool:
        return self._path(key, name).is_file()

    def _path(self, key: str, name: str) -> Path:
        return self.folder / key[:2] / key / name

    def get(
        self, key: str, name: str, make: Callable[[], bytes], *, document: bool = True
    ) -> bytes:
        """The file kept under ``key``, made and kept first if it is not there yet.

        ``rendered`` counts the documents made afresh; a file put together from them
        (``document=False``, such as the ZIP) is not one more document.
        """
        path = self._path(key, name)
        if path.is_file():
            return path.read_bytes()
        data = make()
        self.rendered += document
        path.parent.mkdir(parents=True, exist_ok=True)
        # Write then rename, so an interrupted build never leaves half a PDF in the cache.
        # The process id keeps two builds that render the same file at once apart.
        partial = path.with_suffix(f"{path.suffix}.{os.getpid()}.partial")
        partial.write_bytes(data)
        partial.replace(path)
        return data
