"""Time full builds of the course: with an empty bundle cache, then with a warm one.

    .venv/bin/python scripts/benchmark.py [--runs 3]

Prints seconds per build. Not part of the test suite: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build(site: Path, cache: Path) -> float:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "OER_CACHE_DIR": str(cache)}
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "-q",
            "-f",
            str(ROOT / "mkdocs.yml"),
            "-d",
            str(site),
        ],
        check=True,
        env=env,
        capture_output=True,
    )
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    cold, warm = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            cache = Path(folder) / "cache"
            cold.append(build(Path(folder) / "cold", cache))
            warm.append(build(Path(folder) / "warm", cache))
    print(f"empty bundle cache: median {statistics.median(cold):.2f} s over {runs} builds")
    print(f"warm bundle cache:  median {statistics.median(warm):.2f} s over {runs} builds")


if __name__ == "__main__":
    main()
