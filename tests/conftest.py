"""Real builds shared by the whole test session: the course itself and a small fixture site.

The course is this repository's example course unless ``OER_COURSE`` names another
(see tests/course.py); the toolkit's own tests build the fixture sites in tests/fixtures.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from filelock import FileLock

from tests.course import Course, the_course

REPO = Path(__file__).resolve().parent.parent
FIXTURE_SITE = Path(__file__).resolve().parent / "fixtures" / "site"
# The course's languages, read from its mkdocs.yml.
LANGUAGES = the_course().languages
DEFAULT_LANGUAGE = the_course().default
# The course is built for a site below a path, as on GitHub Pages, so links must survive it.
SITE_URL = "https://site.test/course/"


@dataclass(frozen=True)
class Build:
    site: Path
    returncode: int
    log: str

    def read(self, relative: str) -> str:
        return (self.site / relative).read_text(encoding="utf-8")


# Set for the whole run by ``shared_bundle_cache``: builds of the same input share PDFs.
SHARED_CACHE = "OER_TEST_SHARED_CACHE"


def run_build(
    config_file: Path,
    site_dir: Path,
    *,
    strict: bool = True,
    env: dict[str, str] | None = None,
    fresh_cache: bool = False,
) -> Build:
    """Build with the same command authors use, so tests see what they see.

    Builds share one bundle cache for the test run, as ``make site`` does across builds;
    ``fresh_cache`` gives this build an empty one of its own, so it renders every PDF.
    """
    command = [sys.executable, "-m", "mkdocs", "build", "-f", str(config_file), "-d", str(site_dir)]
    if strict:
        command.append("--strict")
    cache = os.environ.get(SHARED_CACHE)
    if fresh_cache or not cache:
        cache = str(site_dir.parent / f"{site_dir.name}-cache")
    full_env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "OER_CACHE_DIR": cache, **(env or {})}
    result = subprocess.run(command, capture_output=True, text=True, env=full_env, check=False)
    return Build(site_dir, result.returncode, result.stdout + result.stderr)


def shared_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder every pytest-xdist worker of this run sees (their temp folders' parent)."""
    base = tmp_path_factory.getbasetemp()
    folder = (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / "shared"
    folder.mkdir(exist_ok=True)
    return folder


def built_once(
    tmp_path_factory: pytest.TempPathFactory, name: str, build: Callable[[Path], Build]
) -> Build:
    """One build for the whole run, however many workers ask for it."""
    folder = shared_folder(tmp_path_factory)
    record = folder / f"{name}.json"
    with FileLock(str(folder / f"{name}.lock")):
        if record.exists():
            saved = json.loads(record.read_text(encoding="utf-8"))
            return Build(Path(saved["site"]), saved["returncode"], saved["log"])
        done = build(folder / name / "site")
        record.write_text(
            json.dumps({"site": str(done.site), "returncode": done.returncode, "log": done.log}),
            encoding="utf-8",
        )
        return done


@pytest.fixture(scope="session", autouse=True)
def shared_bundle_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    previous = os.environ.get(SHARED_CACHE)
    # A run started by another run (a new course's own tests) shares that run's cache.
    os.environ[SHARED_CACHE] = previous or str(shared_folder(tmp_path_factory) / "bundle-cache")
    yield
    if previous is None:
        os.environ.pop(SHARED_CACHE, None)


@pytest.fixture(scope="session")
def course() -> Course:
    return the_course()


@pytest.fixture(scope="session")
def course_build(tmp_path_factory: pytest.TempPathFactory, course: Course) -> Build:
    build = built_once(
        tmp_path_factory,
        "course",
        lambda site: run_build(course.config_file, site, env={"SITE_URL": SITE_URL}),
    )
    assert build.returncode == 0, build.log
    return build


@pytest.fixture(scope="session")
def fixture_build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    build = built_once(
        tmp_path_factory, "fixture", lambda site: run_build(FIXTURE_SITE / "mkdocs.yml", site)
    )
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


# Fixtures that stand for the course under test: a test using one checks the course, and
# `pytest -m course` (what a course's own `make test` runs) selects it.
COURSE_FIXTURES = {"course", "course_build", "site_origin"}


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects by marker
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if COURSE_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.course)


# The respectful-language corpus tests record their figures as user properties, which
# travel from pytest-xdist workers with each report (printed output does not); this hook
# sits in the top conftest because only it is loaded by the process that prints the summary.
RESPECTFUL_LANGUAGE = "respectful-language"


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    lines = [
        str(value)
        for reports in terminalreporter.stats.values()
        for report in reports
        if getattr(report, "when", None) == "call"
        for name, value in getattr(report, "user_properties", ())
        if name == RESPECTFUL_LANGUAGE
    ]
    if lines:
        terminalreporter.section("respectful language: precision and recall")
        for line in sorted(lines):
            terminalreporter.write_line(line)
