"""A hostile contributor's pull request, built for real: strict names every file, and the
published site runs nothing, frames nothing foreign and carries nothing from outside docs/."""

from __future__ import annotations

import base64
import hashlib
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from lxml import html

from tests.conftest import Build, run_build
from tests.outputs import every_output
from tests.safety.test_page_html import HOSTILE

MARKER = "OUTSIDE-DOCS-7f3a9c"
FRAME_HOSTS = ("https://www.youtube-nocookie.com/", "https://player.vimeo.com/")
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "cite", "poster", "srcset"}


class _Recorder(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.server.hits.append(self.path)  # type: ignore[attr-defined]
        self.send_response(404)
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def listener() -> Iterator[tuple[str, list[str]]]:
    """An address on this machine that records any request the build makes to it."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    server.hits = []  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", server.hits  # type: ignore[attr-defined]
    finally:
        server.shutdown()
        server.server_close()


def hostile_pull_request(site: Path, outside: Path, probe: str) -> None:
    outside.mkdir()
    (outside / "secret.txt").write_text(MARKER, encoding="utf-8")
    (outside / "secret.svg").write_text(
        f'<svg xmlns="http://www.w3.org/2000/svg"><text y="20">{MARKER}</text></svg>',
        encoding="utf-8",
    )
    docs = site / "docs"
    markup = "\n\n".join(HOSTILE.values())
    (docs / "hostile.md").write_text(
        "---\n"
        'title: "Hostile</title><svg/onload=alert(1)>"\n'
        "description: '\"><script>alert(1)</script>'\n"
        "---\n\n# Hostile\n\n"
        f"{markup}\n\n"
        "/// exercise | Reach outside\n    id: reach-outside\n\n"
        f'<img src="file://{outside}/secret.svg" alt="a">\n\n'
        f"![b]({probe}/probe.png)\n\n"
        f'<a rel="attachment" href="file://{outside}/secret.txt">notes</a>\n'
        "///\n",
        encoding="utf-8",
    )
    (docs / "module" / "heading.md").write_text(
        "# &lt;img src=x onerror=alert(1)&gt;\n\nText.\n\n"
        "/// exercise | Escape by path\n    id: escape-by-path\n\n"
        "![c](../../../outside/secret.svg)\n///\n",
        encoding="utf-8",
    )
    (docs / "evil.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        encoding="utf-8",
    )
    (docs / "evil.js").write_text("alert(1)", encoding="utf-8")
    (docs / "broken.md").write_bytes(b"# Broken\n\nCaf\xe9 in Latin-1.\n")
    (docs / "module" / "notes.txt").symlink_to(outside / "secret.txt")
    (docs / "module" / "registry.yml").symlink_to(site / "coproducers.yml")
    registry = site / "coproducers.yml"
    registry.write_text(
        registry.read_text(encoding="utf-8").replace(
            "    name: Example Partner Organisation\n",
            "    name: Example Partner Organisation\n    url: javascript:alert(1)\n",
        ),
        encoding="utf-8",
    )


@pytest.fixture
def hostile_builds(
    fixture_copy: Path, tmp_path: Path, listener: tuple[str, list[str]]
) -> tuple[Build, Build, list[str]]:
    probe, hits = listener
    hostile_pull_request(fixture_copy, tmp_path / "outside", probe)
    strict = run_build(fixture_copy / "mkdocs.yml", tmp_path / "strict")
    relaxed = run_build(fixture_copy / "mkdocs.yml", tmp_path / "relaxed", strict=False)
    return strict, relaxed, hits


def test_strict_fails_naming_every_hostile_file(
    hostile_builds: tuple[Build, Build, list[str]],
) -> None:
    strict, _, _ = hostile_builds

    assert strict.returncode != 0
    for where in (
        "docs/hostile.md:",
        "docs/evil.svg:",
        "docs/broken.md:3:",
        "docs/evil.js:",
        "docs/module/notes.txt:",
        "docs/module/registry.yml:",
        "coproducers.yml:",
    ):
        assert any(where in line and "Fix:" in line for line in strict.log.splitlines()), where
    assert "Traceback" not in strict.log


def _normalised(value: str) -> str:
    # What a browser does before it reads the scheme: drop whitespace and control characters.
    return re.sub(r"[\x00-\x20\x7f]", "", value).lower()


def _script_allowed(script: html.HtmlElement, policy: str) -> bool:
    if script.get("src"):
        return ":" not in script.get("src", "").split("/", 1)[0]
    if script.get("type") in ("application/json", "application/ld+json"):
        return True
    digest = hashlib.sha256((script.text or "").encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'" in policy


def test_the_published_site_runs_and_frames_nothing_it_should_not(
    hostile_builds: tuple[Build, Build, list[str]],
) -> None:
    _, relaxed, _ = hostile_builds
    assert relaxed.returncode == 0, relaxed.log
    pages = sorted(relaxed.site.rglob("*.html"))
    assert any(p.name == "index.html" and p.parent.name == "hostile" for p in pages)

    for path in pages:
        document = html.fromstring(path.read_bytes())
        where = str(path.relative_to(relaxed.site))
        policy = document.xpath("string(//meta[@http-equiv='Content-Security-Policy']/@content)")
        assert "script-src 'self'" in policy and "base-uri 'none'" in policy, where
        assert not document.xpath("//base | //object | //embed | //applet | //frame"), where
        assert not document.xpath("//meta[translate(@http-equiv,'REFSH','refsh')='refresh']")
        assert not document.xpath("//article//form | //article//style | //article//link")
        assert not document.xpath("//head//svg | //title/*"), where
        for frame in document.xpath("//iframe[@src]"):
            assert frame.get("src").startswith(FRAME_HOSTS), where
        for element in document.iter():
            if not isinstance(element.tag, str):
                continue
            for name, value in element.attrib.items():
                assert not name.lower().startswith("on"), f"{where}: {name}"
                if name.lower() in URL_ATTRIBUTES:
                    scheme = _normalised(value).split(":", 1)[0] if ":" in value else ""
                    assert scheme in ("", "http", "https", "mailto") or (
                        element.tag == "img" and _normalised(value).startswith("data:image/")
                    ), f"{where}: {name}={value!r}"
        for script in document.xpath("//script"):
            assert _script_allowed(script, policy), where
        assert not document.xpath("//article//script[not(@type='application/ld+json')]")


def test_nothing_from_outside_docs_reaches_any_output(
    hostile_builds: tuple[Build, Build, list[str]],
) -> None:
    _, relaxed, hits = hostile_builds

    assert hits == [], "the build fetched an address"
    names = set()
    for name, data in every_output(relaxed.site):
        names.add(name)
        assert MARKER.encode() not in data, f"a file from outside docs/ reached {name}"
        assert b"Example Partner Organisation" not in data or b"javascript:" not in data.lower()
    assert not any(n.endswith(("evil.svg", "evil.js", "notes.txt", "registry.yml")) for n in names)
    # The hostile page's exercise was still bundled: downloads were made, without the files.
    assert any("downloads" in n and n.endswith(".pdf") for n in names)
