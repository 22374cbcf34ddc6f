"""Which addresses partner content may use.

Addresses are judged the way a browser would read them. Rather than parse a URL and
trust the parser's idea of its host (Python's ``urlsplit`` and a browser disagree on
backslashes, ``@`` and control characters), a frame address must *start with* one of
the allowed origins followed by ``/``, and may contain no character a browser would
silently drop or reinterpret.
"""

from __future__ import annotations

from collections.abc import Iterable

WEB_SCHEMES = ("http", "https")
LINK_SCHEMES = frozenset({"http", "https", "mailto"})
DEFAULT_FRAME_HOSTS = ("www.youtube-nocookie.com", "player.vimeo.com")


def _has_hidden_characters(url: str) -> bool:
    # Browsers strip tabs and newlines anywhere in a URL and treat "\" as "/".
    return any(ord(char) < 0x21 or char in "\\\x7f" for char in url)


def frame_allowed(url: str, hosts: Iterable[str]) -> bool:
    """True when ``url`` loads a frame from one of ``hosts`` over https, as a browser sees it."""
    if _has_hidden_characters(url):
        return False
    return any(url.startswith(f"https://{host.lower()}/") for host in hosts)


def web_address(url: str) -> bool:
    """True for an absolute http(s) address a browser will open as a web page."""
    if _has_hidden_characters(url):
        return False
    scheme, sep, rest = url.partition("://")
    return bool(sep) and scheme.lower() in WEB_SCHEMES and bool(rest) and rest[0] not in "/@"
