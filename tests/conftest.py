"""Real builds shared by the whole test session: the course itself and a small fixture site."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FIXTURE_SITE = Path(__file__).resolve().parent / "fixtures" / "site"
LANGUAGES = ("en", "es", "nl", "it")
DEFAULT_LANGUAGE = "en"
# The course is built for a site below a path, as on GitHub Pages, so links must survive it.
SITE_URL = "https://site.test/course/"


@dataclass(frozen=True)
class Build:
    site: Path
    returncode: int
    log: str

    def read(self, relative: str) -> str:
        return (self.site / relative).read_text(encoding="utf-8")


def run_build(
    config_file: Path, site_dir: Path, *, strict: bool = True, env: dict[str, str] | None = None
) -> Build:
    """Build with the same command authors use, so tests see what they see.

    Each build gets its own bundle cache (beside its site) unless ``env`` names one,
    so that every test renders its PDFs for real.
    """
    command = [sys.executable, "-m", "mkdocs", "build", "-f", str(config_file), "-d", str(site_dir)]
    if strict:
        command.append("--strict")
    full_env = {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",
        "OER_CACHE_DIR": str(site_dir.parent / f"{site_dir.name}-cache"),
        **(env or {}),
    }
    result = subprocess.run(command, capture_output=True, text=True, env=full_env, check=False)
    return Build(site_dir, result.returncode, result.stdout + result.stderr)


@pytest.fixture(scope="session")
def course_build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    site_dir = tmp_path_factory.mktemp("course") / "site"
    build = run_build(REPO / "mkdocs.yml", site_dir, env={"SITE_URL": SITE_URL})
    assert build.returncode == 0, build.log
    return build


@pytest.fixture(scope="session")
def fixture_build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    build = run_build(FIXTURE_SITE / "mkdocs.yml", tmp_path_factory.mktemp("fixture") / "site")
    assert build.returncode == 0, build.log
    return build


@pytest.fixture
def fixture_copy(tmp_path: Path) -> Iterator[Path]:
    """A private copy of the fixture site that a test may break on purpose."""
    target = tmp_path / "site-src"
    shutil.copytree(FIXTURE_SITE, target)
    config = target / "mkdocs.yml"
    # The copy lives elsewhere, so its relative paths to the project must become absolute.
    config.write_text(
        config.read_text(encoding="utf-8").replace("../../../", f"{REPO}/"), encoding="utf-8"
    )
    yield target
