"""The course that the course tests check, read from its own files.

By default it is this repository's example course; ``OER_COURSE`` names another course's
folder (or its mkdocs.yml), e.g. one made by ``make new-course``. Its languages come from
mkdocs.yml through MkDocs' own loader (``oer.engine.project``), its pages and modules
from docs/, its licence from ``extra.course`` and its partners from the registry, so no
course test names a language, module or page of the example course.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import pytest
from mkdocs.config import load_config

from oer.attribution.licences import Licence
from oer.attribution.registry import Registry, registry_from_file
from oer.content.front_matter import read_front_matter
from oer.content.sources import SourceReader
from oer.engine.project import CommandError, load_project
from oer.settings import read_settings

REPO = Path(__file__).resolve().parent.parent
COURSE_VARIABLE = "OER_COURSE"
# The pymdownx block that starts an exercise (see oer.exercises.markdown).
EXERCISE_START = "/// exercise"


@dataclass(frozen=True)
class Module:
    """A top-level folder of pages, whatever its name; its landing page first."""

    folder: str
    pages: tuple[PurePosixPath, ...]

    @property
    def landing(self) -> PurePosixPath:
        return self.pages[0]


@dataclass(frozen=True)
class Course:
    config_file: Path
    docs_dir: Path
    default: str
    languages: tuple[str, ...]
    licence: Licence
    registry: Registry
    # Default-language source pages, relative to docs/.
    pages: tuple[PurePosixPath, ...]
    modules: tuple[Module, ...]
    # The course's own stylesheets, relative to docs/.
    extra_css: tuple[str, ...] = ()

    @property
    def root(self) -> Path:
        return self.config_file.parent

    @property
    def others(self) -> tuple[str, ...]:
        return tuple(lang for lang in self.languages if lang != self.default)

    @property
    def module_pages(self) -> tuple[PurePosixPath, ...]:
        return tuple(page for module in self.modules for page in module.pages)

    def folder(self, lang: str) -> str:
        """Where a language's pages live below the site root."""
        return "" if lang == self.default else f"{lang}/"

    def translation_of(self, page: PurePosixPath, lang: str) -> Path:
        if lang == self.default:
            return self.docs_dir / page
        return self.docs_dir / page.with_suffix(f".{lang}.md")

    def url_of(self, page: PurePosixPath, lang: str) -> str:
        """The page's URL below the site root, with directory URLs, as MkDocs writes it."""
        stem = page.with_suffix("")
        if stem.name == "index":
            path = "" if stem.parent == PurePosixPath(".") else f"{stem.parent.as_posix()}/"
        else:
            path = f"{stem.as_posix()}/"
        return self.folder(lang) + path

    def source(self, page: PurePosixPath, lang: str | None = None) -> str:
        return self.translation_of(page, lang or self.default).read_text(encoding="utf-8")

    def meta(self, page: PurePosixPath, lang: str | None = None) -> dict[str, Any]:
        meta, _ = read_front_matter(self.source(page, lang), f"docs/{page}")
        return meta

    @property
    def directory_pages(self) -> tuple[PurePosixPath, ...]:
        """Pages that list every co-producer (``coproducers_directory: true``)."""
        return tuple(page for page in self.pages if self.meta(page).get("coproducers_directory"))

    def exercise_pages(self, lang: str | None = None) -> tuple[PurePosixPath, ...]:
        """Module pages with an exercise in ``lang`` (default: the default language)."""
        wanted = lang or self.default
        return tuple(
            page
            for page in self.module_pages
            if self.translation_of(page, wanted).is_file()
            and any(
                line.startswith(EXERCISE_START) for line in self.source(page, wanted).splitlines()
            )
        )

    @property
    def reading_page(self) -> PurePosixPath:
        """A module page that is not a landing page when there is one: what a reader reads."""
        inner = [page for page in self.module_pages if page.name != "index.md"]
        return (inner or list(self.module_pages))[0]


def course_config() -> Path:
    """The mkdocs.yml of the course under test."""
    named = os.environ.get(COURSE_VARIABLE)
    if not named:
        return REPO / "mkdocs.yml"
    path = Path(named).resolve()
    return path / "mkdocs.yml" if path.is_dir() else path


def modules_of(pages: tuple[PurePosixPath, ...]) -> tuple[Module, ...]:
    """Every top-level folder holding pages is a module, as the bundles see it."""
    folders: dict[str, list[PurePosixPath]] = {}
    for page in pages:
        if len(page.parts) > 1:
            folders.setdefault(page.parts[0], []).append(page)
    return tuple(
        Module(folder, tuple(sorted(found, key=lambda p: (p.name != "index.md", p.as_posix()))))
        for folder, found in sorted(folders.items())
    )


@functools.cache
def the_course() -> Course:
    try:
        project = load_project(course_config(), Path.cwd())
    except CommandError as error:
        # Said once, as the problem it is, instead of a traceback per test module.
        raise pytest.UsageError(f"{COURSE_VARIABLE}: {error.problem}") from None
    # The project leaves out extra.course; the same loader reads it.
    config = load_config(config_file=str(project.config_file))
    settings, _ = read_settings(config.extra)
    registry, _ = registry_from_file(project.root / settings.registry, settings.registry)
    pages = tuple(
        PurePosixPath(uri) for uri in SourceReader(project.docs_dir).pages(project.languages)
    )
    return Course(
        config_file=project.config_file,
        docs_dir=project.docs_dir,
        default=project.default,
        languages=project.languages,
        licence=settings.licence,
        registry=registry,
        pages=pages,
        modules=modules_of(pages),
        extra_css=tuple(str(sheet) for sheet in config.extra_css),
    )
