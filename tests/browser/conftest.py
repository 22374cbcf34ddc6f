"""A real browser (Debian's Chromium driven by Playwright) over the built course."""

from __future__ import annotations

import functools
import os
import shutil
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from tests.conftest import SITE_URL, Build

# Flags for this sandbox: no sandboxing as root, and no calls home on a closed network.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str:
    path = os.environ.get("OER_CHROMIUM") or shutil.which("chromium")
    if not path:
        pytest.fail("Chromium not found: run `make test`, which installs Debian's chromium package")
    return path


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def site_origin(course_build: Build, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Serve the course at the same path below the host as it is built for."""
    root = tmp_path_factory.mktemp("www")
    mount = root / urlsplit(SITE_URL).path.strip("/")
    mount.parent.mkdir(parents=True, exist_ok=True)
    mount.symlink_to(course_build.site, target_is_directory=True)
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{urlsplit(SITE_URL).path}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context()
    opened = context.new_page()
    yield opened
    context.close()


def site_root(site_origin: str) -> Path:
    return Path(urlsplit(site_origin).path)
