"""Previewing a translation: one mistake shows a warning, the preview keeps serving."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

from tests.conftest import REPO, SHARED_CACHE, run_build


def make_dry_run(target: str) -> list[str]:
    result = subprocess.run(
        ["make", "-n", "-C", str(REPO), target], capture_output=True, text=True, check=True
    )
    return result.stdout.splitlines()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def test_make_serve_is_not_strict() -> None:
    commands = [line for line in make_dry_run("serve") if "mkdocs serve" in line]

    assert commands == [".venv/bin/mkdocs serve --no-strict"]


def test_a_preview_with_a_warning_keeps_serving(fixture_copy: Path) -> None:
    config = fixture_copy / "mkdocs.yml"
    config.write_text("strict: true\n" + config.read_text("utf-8"), encoding="utf-8")
    (fixture_copy / "docs" / "untranslated.es.md").write_text(
        "---\ntranslators: [translator-es]\n---\n\n# Búsqueda rápida de empleo\n", encoding="utf-8"
    )
    port = free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    env["OER_CACHE_DIR"] = os.environ.get(SHARED_CACHE) or str(fixture_copy / "cache")
    command = [sys.executable, "-m", "mkdocs", "serve", "--no-strict", "--no-livereload"]
    server = subprocess.Popen(
        [*command, "-f", str(config), "-a", f"127.0.0.1:{port}"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    try:
        log = []
        assert server.stdout is not None
        for line in server.stdout:
            log.append(line)
            if "Serving on" in line:
                break
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/fixture/es/untranslated/") as page:
            text = page.read().decode("utf-8")
    finally:
        server.terminate()
        server.wait()

    assert "This translation is new and not yet reviewed" in "".join(log)
    assert "Búsqueda rápida de empleo" in text


def test_broken_front_matter_or_an_unknown_id_gets_no_follow_on_message(
    fixture_copy: Path, tmp_path: Path
) -> None:
    docs = fixture_copy / "docs"
    translated = docs / "translated.es.md"
    translated.write_text(
        translated.read_text("utf-8").replace("translators: [translator-es]", "title: 'Esp"),
        encoding="utf-8",
    )
    (docs / "untranslated.es.md").write_text(
        "---\ntranslators: [translator-xx]\n---\n\n# Búsqueda rápida de empleo\n", encoding="utf-8"
    )

    build = run_build(fixture_copy / "mkdocs.yml", tmp_path / "site", strict=False)

    assert "docs/translated.es.md:2: The front matter is not valid YAML" in build.log
    assert "docs/untranslated.es.md:2: The co-producer id 'translator-xx' is not" in build.log
    assert "does not credit its translator" not in build.log
