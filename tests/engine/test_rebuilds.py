"""`mkdocs serve` rebuilds in the same process: nothing of one build may leak into the next."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from lxml import html

# Two builds in one Python process, as `mkdocs serve` runs them; the test edits the
# sources in between through a marker file the script waits for.
TWO_BUILDS = """
import sys, time
from pathlib import Path
from mkdocs.commands.build import build
from mkdocs.config import load_config
config_file, site, edited = sys.argv[1], sys.argv[2], Path(sys.argv[3])
build(load_config(config_file, site_dir=site + "/first"))
print("first done", flush=True)
while not edited.exists():
    time.sleep(0.05)
build(load_config(config_file, site_dir=site + "/second"))
print("second done", flush=True)
"""


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_a_second_build_in_the_same_process_shows_only_the_new_sources(
    fixture_copy: Path, tmp_path: Path
) -> None:
    edited = tmp_path / "edited"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "OER_CACHE_DIR": str(tmp_path / "cache")}
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            TWO_BUILDS,
            str(fixture_copy / "mkdocs.yml"),
            str(tmp_path),
            str(edited),
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "first done"
    docs = fixture_copy / "docs"
    # Credits: the module loses all its co-producers (a warning, not a stop, outside strict).
    replace_in(
        docs / "module" / "index.md",
        "coproducers:\n  expert-by-experience: [peer-1]\n  expert-by-profession: [pro-1]\n",
        "",
    )
    # Exercises: one renamed; a translation: its title changed.
    replace_in(
        docs / "module" / "lesson.md",
        "/// exercise | Hope in practice",
        "/// exercise | Hope, renamed",
    )
    replace_in(docs / "translated.es.md", "# Esperanza y elección", "# Nuevo título")
    edited.touch()
    output, _ = process.communicate(timeout=300)
    assert process.returncode == 0, output

    second = tmp_path / "second"
    module = html.fromstring((second / "module" / "index.html").read_bytes())
    assert not module.xpath("//script[@type='application/ld+json']"), "old credits leaked"
    assert "Jordan Example" not in (second / "module" / "index.html").read_text(encoding="utf-8")
    lesson = (second / "module" / "lesson" / "index.html").read_text(encoding="utf-8")
    assert "Hope, renamed" in lesson
    sheets = (second / "module" / "downloads" / "module-en-exercises.zip").read_bytes()
    assert (
        sheets
        != (tmp_path / "first" / "module" / "downloads" / "module-en-exercises.zip").read_bytes()
    )
    assert "Nuevo título" in (second / "es" / "translated" / "index.html").read_text(
        encoding="utf-8"
    )
    # Nothing the first build wrote is missing from the second.
    first_files = {p.relative_to(tmp_path / "first") for p in (tmp_path / "first").rglob("*")}
    second_files = {p.relative_to(second) for p in second.rglob("*")}
    assert first_files == second_files
