"""Point Material's browser code at the reader's language folder.

Material reads its settings from ``<script id="__config">`` and resolves the
search index and every search result against ``base``. Moving ``base`` to the
language's own root makes search load that language's index only.
"""

from __future__ import annotations

import json
import re

_CONFIG_SCRIPT = re.compile(
    r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.DOTALL
)

# What Jinja's ``tojson`` escapes, so the rewritten block stays safe inside <script>.
_HTML_SAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "'": "\\u0027"}


def language_base(base_url: str, lang_folder: str) -> str:
    """Return ``base_url`` moved into ``lang_folder``, always with a trailing slash.

    ``"../.."`` becomes ``"../../es/"`` and ``"/"`` becomes ``"/es/"``; without the
    slash the browser would resolve ``search/…`` against the parent folder.
    """
    if not lang_folder:
        return base_url
    return f"{base_url.rstrip('/')}/{lang_folder.strip('/')}/"


def rebase_theme_config(html: str, lang_folder: str) -> str:
    """Return ``html`` with the theme's ``base`` moved into ``lang_folder``.

    Pages without Material's config block are returned unchanged.
    """
    match = _CONFIG_SCRIPT.search(html)
    if match is None or not lang_folder:
        return html
    settings = json.loads(match.group(2))
    settings["base"] = language_base(settings.get("base", "."), lang_folder)
    text = json.dumps(settings, ensure_ascii=False, separators=(",", ":"))
    for char, escape in _HTML_SAFE.items():
        text = text.replace(char, escape)
    return html[: match.start(2)] + text + html[match.end(2) :]
