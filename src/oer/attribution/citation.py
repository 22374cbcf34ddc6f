"""``CITATION.cff`` for the whole course, written from the co-producer registry.

``make citation`` (``python -m oer.attribution.citation``) writes it beside mkdocs.yml
after the registry changes; the build reports a file that no longer matches. People
are listed as they are credited: by full name or by chosen name, each as the one
``name`` they gave (splitting a name into given and family names would guess at its
order and particles). Anonymous people are not listed at all. Organisations are
entities, with their website where the registry has one.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import yaml
from mkdocs import exceptions
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig

from oer.attribution.licences import Licence
from oer.attribution.registry import Registry, load_registry
from oer.engine.project import CONFIG_NAME, add_config_option, find_config
from oer.problems import Problem
from oer.settings import CourseSettings, read_settings

FILE_NAME = "CITATION.cff"
COMMAND = "make citation"
HEADER = (
    f"# Written by `{COMMAND}` (python -m oer.attribution.citation) from the co-producer\n"
    "# registry and mkdocs.yml. Edit those, not this file.\n"
)
# Set per deployment (SITE_URL, REPO_URL): a fork's build is not stale for using its own.
ADDRESSES = ("url", "repository-code")


def citation(
    registry: Registry, *, title: str, abstract: str, url: str, repository: str, licence: Licence
) -> dict[str, Any]:
    authors: list[dict[str, str]] = [
        {"name": person.public_name} for person in registry.people.values() if person.public_name
    ]
    for organisation in registry.organisations.values():
        entity = {"name": organisation.name}
        if organisation.url:
            entity["website"] = organisation.url
        authors.append(entity)
    return {
        "cff-version": "1.2.0",
        "message": "If you reuse this course, please cite it as below.",
        "type": "dataset",
        "title": title,
        "abstract": abstract,
        "authors": authors,
        "url": url,
        "repository-code": repository,
        "license": licence.id,
    }


def course_citation(config: MkDocsConfig, settings: CourseSettings, registry: Registry) -> str:
    """The text of the course's CITATION.cff."""
    data = citation(
        registry,
        title=config.site_name,
        abstract=config.site_description or "",
        url=config.site_url or "",
        repository=config.repo_url or "",
        licence=settings.licence,
    )
    return HEADER + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def stale_citation(written: str, expected: str) -> Problem | None:
    """A problem when the CITATION.cff text ``written`` says something ``expected`` does not.

    The addresses are left out of the comparison: each deployment sets its own.
    """

    def content(text: str) -> dict[str, Any] | None:
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError:
            return None
        if not isinstance(data, dict):
            return None
        return {key: value for key, value in data.items() if key not in ADDRESSES}

    found, wanted = content(written), content(expected)
    if found == wanted:
        return None
    what = ""
    if found is not None and wanted is not None:
        differ = sorted(k for k in found.keys() | wanted.keys() if found.get(k) != wanted.get(k))
        what = f" (it differs in: {', '.join(differ)})"
    return Problem(
        FILE_NAME,
        f"This file no longer matches the co-producer registry and mkdocs.yml{what}.",
        f"Run `{COMMAND}` and commit CITATION.cff.",
    )


def check_citation(root: Path, expected: str) -> Problem | None:
    """A problem for a stale CITATION.cff in ``root``; a course without one needs none."""
    try:
        written = (root / FILE_NAME).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError):
        written = ""
    return stale_citation(written, expected)


def expected_citation(config_file: Path) -> str:
    """What CITATION.cff beside ``config_file`` should say."""
    # MkDocs' own loader: !ENV, !relative, INHERIT and the theme's tags mean what they mean
    # in a build.
    config = load_config(config_file=str(config_file))
    settings, _ = read_settings(config.extra)
    registry_text = (config_file.parent / settings.registry).read_text(encoding="utf-8")
    registry, _ = load_registry(registry_text, settings.registry)
    return course_citation(config, settings, registry)


def write_citation(config_file: Path) -> tuple[Path, bool]:
    """Write CITATION.cff beside ``config_file``; (its path, whether it changed)."""
    text = expected_citation(config_file)
    path = config_file.parent / FILE_NAME
    before = path.read_text(encoding="utf-8") if path.is_file() else None
    if before != text:
        path.write_text(text, encoding="utf-8")
    return path, before != text


def main(argv: list[str] | None = None, cwd: Path | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m oer.attribution.citation")
    add_config_option(parser)
    args = parser.parse_args(argv)
    here = cwd or Path.cwd()
    config_file = args.config_file or find_config(here)
    if config_file is None:
        print(f"error: no {CONFIG_NAME} here or in any folder above.", file=sys.stderr)
        return 1
    try:
        path, changed = write_citation((here / config_file).resolve())
    except (OSError, exceptions.ConfigurationError, exceptions.Abort) as error:
        print(
            f"error: {config_file}: CITATION.cff could not be written ({error}).", file=sys.stderr
        )
        return 1
    # On stderr: the old instruction, `… > CITATION.cff`, must not write this into the file.
    print(f"{path.name} {'written' if changed else 'is up to date'}.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
