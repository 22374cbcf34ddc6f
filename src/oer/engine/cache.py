"""Where the build keeps what it can reuse: rendered downloads, readability figures."""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig


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
