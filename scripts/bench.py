"""Time the course's builds against plain Material + static-i18n on the same content.

    .venv/bin/python scripts/bench.py [--runs 3] [--modules 1 4 16]

For each course size it generates a course (copies of the real modules with their own
exercise ids and navigation), then times, alternating so that load on the machine hits
all of them alike: plain Material + static-i18n (the course's hooks, Markdown extension
and theme overrides removed), the course with a warm bundle cache, the course with an
empty one, and a `mkdocs serve`-style rebuild after editing one page. It reports medians,
ratios and peak memory, and writes benchmarks/report.md. Timings belong here, never in
the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "benchmarks" / "report.md"
REAL_MODULES = sorted(p.name for p in (ROOT / "docs").glob("module-*") if p.is_dir())
COPIED = ("docs", "hooks", "overrides", "coproducers.yml", "mkdocs.yml")
# Runs one build in a child process and prints its own and its workers' peak memory.
_MEASURED_BUILD = """
import json, resource, sys, time
from mkdocs.__main__ import cli
start = time.perf_counter()
try:
    cli.main(args=sys.argv[1:], standalone_mode=False)
finally:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({"seconds": time.perf_counter() - start, "peak_kb": max(own, workers)}),
          file=sys.stderr)
"""
# A serve-style rebuild: one process builds, a page changes, the same process builds again.
_REBUILD = """
import json, sys, time
from pathlib import Path
from mkdocs.commands.build import build
from mkdocs.config import load_config
config_file, page = sys.argv[1], Path(sys.argv[2])
build(load_config(config_file))
page.write_text(page.read_text(encoding="utf-8") + "\\nOne more sentence.\\n", encoding="utf-8")
start = time.perf_counter()
build(load_config(config_file))
print(json.dumps({"seconds": time.perf_counter() - start}), file=sys.stderr)
"""


@dataclass(frozen=True)
class Course:
    modules: int
    pages: int
    ours: Path
    plain: Path


def generate(folder: Path, modules: int) -> Course:
    """A course of ``modules`` modules: the real ones, then numbered copies of them."""
    ours = folder / "ours"
    ours.mkdir(parents=True)
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, ours / name)
        else:
            shutil.copy2(source, ours / name)
    docs = ours / "docs"
    for module in REAL_MODULES[modules:]:
        shutil.rmtree(docs / module)
    nav_modules = []
    for number in range(1, modules + 1):
        original = REAL_MODULES[(number - 1) % len(REAL_MODULES)]
        name = f"module-{number}"
        if not (docs / name).exists():
            shutil.copytree(ROOT / "docs" / original, docs / name)
            for page in (docs / name).glob("*.md"):
                text = page.read_text(encoding="utf-8")
                text = re.sub(r"(\n\s+id: )([\w-]+)", rf"\g<1>\g<2>-copy-{number}", text)
                page.write_text(text, encoding="utf-8")
        pages = sorted(p.name for p in (docs / name).glob("*.md") if p.name.count(".") == 1)
        pages.remove("index.md")
        nav_modules.append((f"Module {number}", name, ["index.md", *pages]))
    config = (ours / "mkdocs.yml").read_text(encoding="utf-8")
    nav = ["nav:", "  - index.md"]
    for title, name, pages in nav_modules:
        nav.append(f'  - "{title}":')
        nav += [f"      - {name}/{page}" for page in pages]
    nav += ["  - trainers.md", "  - coproducers.md", '  - "About this site":']
    nav += [f"      - {p}" for p in ("contributing.md", "terminology.md",
                                     "translation-status.md", "accessibility.md")]  # fmt: skip
    config = config[: config.index("\nnav:")] + "\n" + "\n".join(nav) + "\n"
    # A smaller course keeps the home page's links to the modules it leaves out.
    config = config.replace("\nstrict: true\n", "\nstrict: false\n")
    (ours / "mkdocs.yml").write_text(config, encoding="utf-8")

    plain = folder / "plain"
    shutil.copytree(ours, plain)
    plain_config = (plain / "mkdocs.yml").read_text(encoding="utf-8")
    plain_config = re.sub(r"\nhooks:\n(?:  - .*\n)+", "\n", plain_config)
    plain_config = plain_config.replace("  - oer.exercises.markdown\n", "")
    plain_config = plain_config.replace("  custom_dir: overrides\n", "")
    (plain / "mkdocs.yml").write_text(plain_config, encoding="utf-8")
    pages = sum(1 for p in docs.rglob("*.md"))
    return Course(modules, pages, ours, plain)


def timed_build(project: Path, site: Path, cache: Path) -> tuple[float, int]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "OER_CACHE_DIR": str(cache)}
    command = [sys.executable, "-c", _MEASURED_BUILD, "build", "-q", "-f",
               str(project / "mkdocs.yml"), "-d", str(site)]  # fmt: skip
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    measured = json.loads(result.stderr.strip().splitlines()[-1])
    return measured["seconds"], measured["peak_kb"]


def timed_rebuild(project: Path, cache: Path) -> float:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "OER_CACHE_DIR": str(cache)}
    page = project / "docs" / "module-1" / "values.md"
    command = [sys.executable, "-c", _REBUILD, str(project / "mkdocs.yml"), str(page)]
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    return float(json.loads(result.stderr.strip().splitlines()[-1])["seconds"])


def measure(course: Course, runs: int, work: Path) -> dict[str, float]:
    times: dict[str, list[float]] = {"plain": [], "warm": [], "cold": [], "rebuild": []}
    memory: dict[str, list[int]] = {"plain": [], "warm": []}
    warm_cache = work / "warm-cache"
    timed_build(course.ours, work / "prime", warm_cache)
    for run in range(runs):
        seconds, peak = timed_build(course.plain, work / f"plain-{run}", work / "unused")
        times["plain"].append(seconds)
        memory["plain"].append(peak)
        seconds, peak = timed_build(course.ours, work / f"warm-{run}", warm_cache)
        times["warm"].append(seconds)
        memory["warm"].append(peak)
        seconds, _ = timed_build(course.ours, work / f"cold-{run}", work / f"cold-cache-{run}")
        times["cold"].append(seconds)
        times["rebuild"].append(timed_rebuild(course.ours, warm_cache))
    result = {name: statistics.median(values) for name, values in times.items()}
    result.update({f"{name}_mb": max(values) / 1024 for name, values in memory.items()})
    return result


def report(rows: list[tuple[Course, dict[str, float]]], runs: int) -> str:
    lines = [
        "# Build speed: the course's toolkit against plain Material + static-i18n",
        "",
        f"Written by `make bench` (scripts/bench.py) on {os.cpu_count()} cores; medians of "
        f'{runs} alternating runs. "Plain" builds the same generated course with the '
        'course\'s hooks, Markdown extension and theme overrides removed. "Warm" reuses the '
        'bundle cache; "cold" renders every PDF, DOCX and ODT; "rebuild" is a second build '
        "in the same process after editing one page, as `mkdocs serve` does.",
        "",
        "| modules | pages | plain | warm | warm ÷ plain | cold | rebuild | "
        "ms per page, plain / warm | peak MB, plain / warm | memory ratio |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for course, m in rows:
        lines.append(
            f"| {course.modules} | {course.pages} | {m['plain']:.1f} s | {m['warm']:.1f} s | "
            f"{m['warm'] / m['plain']:.2f} x | {m['cold']:.1f} s | {m['rebuild']:.1f} s | "
            f"{1000 * m['plain'] / course.pages:.0f} / {1000 * m['warm'] / course.pages:.0f} | "
            f"{m['plain_mb']:.0f} / {m['warm_mb']:.0f} | {m['warm_mb'] / m['plain_mb']:.2f} x |"
        )
    lines += [
        "",
        "Targets (issue 11): warm ÷ plain ≤ 1.25 at every size; memory ratio ≤ 1.5; the "
        "per-page cost flat from 4 to 16 modules.",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--modules", type=int, nargs="+", default=[1, 4, 16])
    options = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for modules in options.modules:
            work = Path(folder) / f"n{modules}"
            course = generate(work / "course", modules)
            measured = measure(course, options.runs, work)
            rows.append((course, measured))
            print(f"{modules} modules, {course.pages} pages: "
                  + ", ".join(f"{k} {v:.2f}" for k, v in measured.items()), flush=True)  # fmt: skip
    text = report(rows, options.runs)
    REPORT.parent.mkdir(exist_ok=True)
    REPORT.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
