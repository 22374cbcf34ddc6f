"""The course a command works on: its mkdocs.yml, languages and docs folder, and page paths.

Command-line tools read mkdocs.yml with MkDocs' own loader, so ``!ENV``,
``!relative``, ``!!python/name`` and ``INHERIT`` mean what they mean in a build.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from mkdocs import exceptions
from mkdocs.config import load_config

from oer.content.sources import split_language
from oer.engine.logs import collected_warnings
from oer.languages.language_packs import use_course_packs
from oer.problems import Problem
from oer.settings import read_settings

CONFIG_NAME = "mkdocs.yml"


class CommandError(Exception):
    """A problem the person running a command can fix; printed without a traceback."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


@dataclass(frozen=True)
class Project:
    config_file: Path
    docs_dir: Path
    default: str
    languages: tuple[str, ...]
    site_url: str

    @property
    def root(self) -> Path:
        return self.config_file.parent

    @property
    def others(self) -> tuple[str, ...]:
        return tuple(lang for lang in self.languages if lang != self.default)


def add_config_option(parser: argparse.ArgumentParser) -> None:
    """``-f/--config-file``, as every command of the toolkit takes it."""
    parser.add_argument(
        "-f",
        "--config-file",
        type=Path,
        default=None,
        help="the course's mkdocs.yml (default: the nearest one here or above)",
    )


def find_config(start: Path) -> Path | None:
    """The nearest mkdocs.yml in ``start`` or a folder above it."""
    for folder in (start, *start.parents):
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            return candidate
    return None


def load_project(config_file: Path | None, cwd: Path) -> Project:
    """The project of ``config_file``, or of the nearest mkdocs.yml above ``cwd``."""
    found = config_file if config_file is not None else find_config(cwd)
    if found is None:
        raise CommandError(
            Problem(
                str(cwd),
                f"No {CONFIG_NAME} here or in any folder above.",
                "Run the command inside the course's folder, or name the file with "
                f"'-f path/to/{CONFIG_NAME}'.",
            )
        )
    path = (cwd / found).resolve()
    if not path.is_file():
        raise CommandError(
            Problem(str(found), "This configuration file does not exist.", "Check the path.")
        )
    # MkDocs logs why a configuration is invalid, then raises a bare "Aborted".
    with collected_warnings("mkdocs.config") as messages:
        try:
            config = load_config(config_file=str(path))
        except (exceptions.ConfigurationError, exceptions.Abort) as error:
            why = "; ".join(messages) or str(error)
            raise CommandError(
                Problem(
                    str(path),
                    f"MkDocs cannot read this configuration ({why}).",
                    "Correct mkdocs.yml as the message says; 'make site' reports the same problem.",
                )
            ) from None
    # The command speaks in the course's languages, so it reads their packs as a build does.
    use_course_packs(read_settings(config.extra, config_file_path=str(path))[0].language_packs)
    plugin = config.plugins.get("i18n")
    languages = getattr(getattr(plugin, "config", None), "languages", None) or []
    locales = tuple(str(lang["locale"]) for lang in languages)
    default = next((str(lang["locale"]) for lang in languages if lang.get("default")), None)
    if default is None:
        raise CommandError(
            Problem(
                str(path),
                "No language is configured as the default (the i18n plugin is missing, "
                "or no language has 'default: true').",
                "Configure the i18n plugin's languages as in the course's mkdocs.yml.",
            )
        )
    return Project(path, Path(config.docs_dir), default, locales, config.site_url or "")


def page_uri(project: Project, argument: str, cwd: Path) -> str:
    """The docs-relative URI of the page a person named, however they wrote it.

    Accepted: a path from the current folder, from the project folder, or from the
    docs folder (``docs/module-1/values.es.md`` or ``module-1/values.es.md``).
    """
    given = Path(argument)
    candidates = [cwd / given, project.root / given, project.docs_dir / given]
    docs = project.docs_dir.resolve()
    for candidate in candidates:
        resolved = candidate.resolve()
        if resolved.is_file() and resolved.is_relative_to(docs):
            return resolved.relative_to(docs).as_posix()
    outside = next((c for c in candidates if c.is_file()), None)
    if outside is not None:
        raise CommandError(
            Problem(
                argument,
                f"This file is not inside the docs folder ({project.docs_dir}).",
                "Name a translation inside it, e.g. docs/module-1/values.es.md.",
            )
        )
    raise CommandError(
        Problem(
            argument,
            "No such file (looked from here, from the project folder and from docs/).",
            "Check the spelling; translations are named like docs/module-1/values.es.md.",
        )
    )


def translation_language(project: Project, uri: str) -> tuple[str, str]:
    """(source URI, language) of the translation ``uri``; an error for any other page."""
    source_uri, lang = split_language(uri, project.languages)
    if lang is None or lang == project.default:
        examples = ", ".join(f"page.{lang}.md" for lang in project.others)
        raise CommandError(
            Problem(
                f"docs/{uri}",
                "This is not a translation, so there is nothing to mark.",
                f"Name the translated file, e.g. {examples or 'page.es.md'}.",
            )
        )
    if not (project.docs_dir / source_uri).is_file():
        raise CommandError(
            Problem(
                f"docs/{uri}",
                f"Its source page docs/{source_uri} does not exist.",
                "Name the file after its source page plus the language code.",
            )
        )
    return source_uri, lang
