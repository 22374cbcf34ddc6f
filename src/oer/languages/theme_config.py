"""Point Material's browser code at the reader's language folder.

Material reads its settings from ``<script id="__config">`` and resolves the
search index and every search result against ``base``. Moving ``base`` to the
language's own root makes search load that language's index only;
overrides/base.html writes it through this function.
"""

from __future__ import annotations


def language_base(base_url: str, lang_folder: str) -> str:
    """Return ``base_url`` moved into ``lang_folder``, always with a trailing slash.

    ``"../.."`` becomes ``"../../es/"`` and ``"/"`` becomes ``"/es/"``; without the
    slash the browser would resolve ``search/…`` against the parent folder.
    """
    if not lang_folder:
        return base_url
    return f"{base_url.rstrip('/')}/{lang_folder.strip('/')}/"
