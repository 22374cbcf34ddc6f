"""``python -m oer.translations status`` and ``python -m oer.translations mark-current FILE…``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import yaml
from mkdocs.utils.meta import get_data

from oer.content.sources import SourceReader, split_language
from oer.translations.overview import overview, status_table
from oer.translations.record import with_record


def project_languages(config_file: Path) -> tuple[str, list[str], Path]:
    """Default language, all languages and the docs folder, from mkdocs.yml."""
    text = config_file.read_text(encoding="utf-8").replace("!ENV", "")
    config: dict[str, Any] = yaml.safe_load(text)
    for plugin in config.get("plugins", []):
        if isinstance(plugin, dict) and "i18n" in plugin:
            languages = plugin["i18n"]["languages"]
            default = next(lang["locale"] for lang in languages if lang.get("default"))
            docs = config_file.parent / config.get("docs_dir", "docs")
            return default, [lang["locale"] for lang in languages], docs
    raise SystemExit(f"{config_file}: no i18n plugin with languages")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m oer.translations")
    parser.add_argument("-f", "--config-file", type=Path, default=Path("mkdocs.yml"))
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("status", help="print the status of every translation")
    mark = commands.add_parser("mark-current", help="record that a reviewed translation is current")
    mark.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args(argv)

    default, languages, docs = project_languages(args.config_file)
    if args.command == "status":
        sys.stdout.write(
            status_table(overview(SourceReader(docs), languages, default), languages, default)
        )
        return 0
    for file in args.files:
        uri = file.resolve().relative_to(docs.resolve()).as_posix()
        source_uri, lang = split_language(uri, languages)
        if lang is None or lang == default:
            raise SystemExit(f"{file}: not a translation (expected a name like page.es.md)")
        source = docs / source_uri
        if not source.is_file():
            raise SystemExit(f"{file}: its source {source} does not exist")
        body, _ = get_data(source.read_text(encoding="utf-8"))
        file.write_text(with_record(file.read_text(encoding="utf-8"), body), encoding="utf-8")
        print(f"{file}: marked current against {source}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
