"""Read the course once per build, from MkDocs' configuration and the files it names."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from mkdocs.config.defaults import MkDocsConfig

from oer.attribution.registry import registry_from_file
from oer.content.sources import SourceReader
from oer.course.model import Course, Module
from oer.engine.build_state import build_state
from oer.engine.mkdocs_i18n import language_state
from oer.settings import course_settings


@dataclass
class _Held:
    course: Course | None = None


def course_of(config: MkDocsConfig) -> Course:
    """This build's course: read on first use, shared by every language of the build."""
    held = build_state(config, _Held)
    if held.course is None:
        held.course = read_course(config)
    return held.course


def read_course(config: MkDocsConfig) -> Course:
    state = language_state(config)
    languages = state.languages if state else (str(config.theme["language"]),)
    settings = course_settings(config)
    registry, problems = registry_from_file(
        Path(config.config_file_path).parent / settings.registry, settings.registry
    )
    sources = SourceReader(config.docs_dir)
    pages = tuple(sources.pages(languages))
    return Course(
        docs_dir=Path(config.docs_dir),
        default=languages[0] if state is None else state.default,
        languages=languages,
        settings=settings,
        registry=registry,
        registry_problems=tuple(problems),
        pages=pages,
        modules=modules_in(pages),
        sources=sources,
    )


def modules_in(pages: tuple[str, ...]) -> tuple[Module, ...]:
    """Every folder directly below docs/ that has a landing page, with its pages."""
    folders = [uri.split("/")[0] for uri in pages if PurePosixPath(uri).parts[1:] == ("index.md",)]
    modules = []
    for folder in folders:
        inside = [uri for uri in pages if uri.startswith(f"{folder}/")]
        landing = f"{folder}/index.md"
        modules.append(Module(folder, (landing, *(u for u in inside if u != landing))))
    return tuple(modules)
