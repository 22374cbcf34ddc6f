"""What a course is made of: settings, the co-producer registry, modules and source pages."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from oer.attribution.registry import Registry
from oer.content.sources import Source, SourceReader, translation_uri
from oer.problems import Problem
from oer.settings import CourseSettings


@dataclass(frozen=True)
class Module:
    """A folder directly below docs/ with a landing page (``index.md``).

    Its pages are every page below the folder, nested folders included: a module is
    credited, bundled and translated as one unit.
    """

    folder: str
    # Default-language pages, landing first, then in path order.
    pages: tuple[str, ...]

    @property
    def landing(self) -> str:
        return f"{self.folder}/index.md"


@dataclass(frozen=True)
class Course:
    docs_dir: Path
    default: str
    languages: tuple[str, ...]
    settings: CourseSettings
    registry: Registry
    registry_problems: tuple[Problem, ...]
    # Default-language pages, in path order.
    pages: tuple[str, ...]
    modules: tuple[Module, ...]
    sources: SourceReader = field(repr=False, compare=False)

    def source(self, uri: str) -> Source | None:
        """The source file at ``uri`` (any language), parsed once per build."""
        return self.sources.read(uri)

    def translation(self, uri: str, lang: str) -> Source | None:
        """Default-language page ``uri`` as written in ``lang``, if that file exists."""
        return self.sources.read(translation_uri(uri, lang, self.default))

    def module_of(self, uri: str) -> Module | None:
        """The module holding default-language page ``uri``, if any."""
        folder = PurePosixPath(uri).parts[0] if "/" in uri else None
        return next((m for m in self.modules if m.folder == folder), None)
