"""``CITATION.cff`` for the whole course, written from the co-producer registry.

Run ``python -m oer.attribution.citation > CITATION.cff`` after editing the
registry; a test fails while the two disagree. Only names people agreed to
publish are written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml
from mkdocs.config import load_config

from oer.attribution.licences import Licence
from oer.attribution.registry import Registry, load_registry
from oer.locales import label
from oer.settings import read_settings


def citation(
    registry: Registry, *, title: str, abstract: str, url: str, repository: str, licence: Licence
) -> dict[str, Any]:
    authors: list[dict[str, str]] = []
    withheld = False
    for person in registry.people.values():
        if person.public_name:
            authors.append({"alias": person.public_name})
        else:
            withheld = True
    if withheld:
        authors.append({"name": label("en", "attribution.others_withheld").capitalize()})
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


def main(root: Path = Path(".")) -> str:
    # MkDocs' own loader: !ENV, !relative, INHERIT and the theme's tags mean what they mean
    # in a build.
    config = load_config(config_file=str(root / "mkdocs.yml"))
    settings, _ = read_settings(config.extra)
    registry, _ = load_registry((root / settings.registry).read_text(encoding="utf-8"), "")
    data = citation(
        registry,
        title=config.site_name,
        abstract=config.site_description or "",
        url=config.site_url or "",
        repository=config.repo_url or "",
        licence=settings.licence,
    )
    header = "# Written by `python -m oer.attribution.citation` from coproducers.yml.\n"
    return header + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


if __name__ == "__main__":
    sys.stdout.write(main())
