"""Where the build keeps what it can reuse: rendered downloads, readability figures."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from mkdocs.config.defaults import MkDocsConfig

T = TypeVar("T")


def cache_folder(config: MkDocsConfig, kind: str) -> Path:
    """``.cache/<kind>`` beside mkdocs.yml; OER_CACHE_DIR moves the whole cache.

    OER_CACHE_DIR itself holds the bundles (as it always has); other kinds live in
    folders beside it.
    """
    override = os.environ.get("OER_CACHE_DIR")
    if override:
        root = Path(override)
        return root if kind == "bundles" else root.parent / f"{root.name}-{kind}"
    return Path(config.config_file_path).parent / ".cache" / kind


def remembered(
    folder: Path,
    key_parts: Sequence[str],
    compute: Callable[[], T],
    to_json: Callable[[T], Any],
    from_json: Callable[[Any], T],
) -> T:
    """``compute()``, kept as JSON in ``folder`` under the hash of ``key_parts``.

    For work whose answer depends only on its inputs (a page's text, a data file): an
    unchanged page is measured once, whatever builds follow.
    """
    key = hashlib.sha256(json.dumps(list(key_parts)).encode("utf-8")).hexdigest()
    path = folder / key[:2] / f"{key}.json"
    if path.is_file():
        return from_json(json.loads(path.read_text(encoding="utf-8")))
    value = compute()
    path.parent.mkdir(parents=True, exist_ok=True)
    # Written then renamed, under this process's name: parallel builds never read half a file.
    partial = path.with_suffix(f".{os.getpid()}.partial")
    partial.write_text(json.dumps(to_json(value)), encoding="utf-8")
    partial.replace(path)
    return value
