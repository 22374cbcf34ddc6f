"""Leave the language alternates to the sitemap.

Material's browser code treats every ``<link rel="alternate">`` in the head as
the root of another language and fetches ``sitemap.xml`` below it. static-i18n
points those links at the translated *page*, so each page view asked the server
for three sitemaps that cannot exist. The sitemap already lists every page's
hreflang alternates, which search engines accept in place of head links, and
the language selector keeps its own per-page links.
"""

from __future__ import annotations

import re

_LANGUAGE_ALTERNATE = re.compile(r'[ \t]*<link rel="alternate" href="[^"]*" hreflang="[^"]*">\n?')


def drop_language_alternates(html: str) -> str:
    """Return ``html`` without head links that name another language of the page."""
    return _LANGUAGE_ALTERNATE.sub("", html)
