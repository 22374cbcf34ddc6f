"""The Content-Security-Policy every page carries: a second wall behind the sanitiser.

Should markup ever slip past the sanitiser, the browser still refuses to run it: only the
site's own script files and the theme's inline scripts (by hash, computed from the page
as built) may run; nothing may change the base URL, submit a form, load a plugin or
frame a page from a host that is not allowed.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable

# The theme's template writes this where the policy goes; the hook fills it in.
PLACEHOLDER = "oer-content-security-policy"
# The theme writes its inline scripts itself; partner content never reaches this point
# with a <script> element, because the sanitiser has removed it.
_INLINE_SCRIPT = re.compile(r"<script(?P<attributes>[^>]*)>(?P<body>.*?)</script>", re.DOTALL)
_DATA_TYPES = ("application/json", "application/ld+json")


def inline_script_hashes(page_html: str) -> list[str]:
    """CSP source expressions for each inline script the page runs, in page order."""
    hashes = []
    for match in _INLINE_SCRIPT.finditer(page_html):
        attributes = match.group("attributes")
        if "src=" in attributes or any(kind in attributes for kind in _DATA_TYPES):
            continue
        digest = hashlib.sha256(match.group("body").encode("utf-8")).digest()
        source = f"'sha256-{base64.b64encode(digest).decode('ascii')}'"
        if source not in hashes:
            hashes.append(source)
    return hashes


def content_security_policy(script_hashes: Iterable[str], frame_hosts: Iterable[str]) -> str:
    frames = " ".join(f"https://{host}" for host in frame_hosts) or "'none'"
    scripts = " ".join(["'self'", *script_hashes])
    return "; ".join(
        [
            "default-src 'self'",
            f"script-src {scripts}",
            # Tables align their columns with style attributes; the theme sets styles too.
            "style-src 'self' 'unsafe-inline'",
            # The theme draws icons from data: URIs in its stylesheet.
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "worker-src 'self'",
            f"frame-src {frames}",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )


def with_policy(page_html: str, frame_hosts: Iterable[str]) -> str:
    """The page with its policy filled in; a page without the placeholder is left alone."""
    if PLACEHOLDER not in page_html:
        return page_html
    policy = content_security_policy(inline_script_hashes(page_html), frame_hosts)
    return page_html.replace(PLACEHOLDER, policy, 1)
