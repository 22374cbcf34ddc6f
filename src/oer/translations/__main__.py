"""``python -m oer.translations status`` and ``python -m oer.translations mark-current FILE…``.

Both work from any folder of the course: mkdocs.yml is looked for in the current
folder and above, and files may be named with or without ``docs/``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from oer.content.sources import SourceReader
from oer.translations.history import GitHistory
from oer.translations.marking import mark_current
from oer.translations.overview import overview, status_table
from oer.translations.project import CommandError, load_project, page_uri


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m oer.translations")
    parser.add_argument(
        "-f",
        "--config-file",
        type=Path,
        default=None,
        help="the course's mkdocs.yml (default: the nearest one here or above)",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("status", help="print the status of every translation")
    mark = commands.add_parser("mark-current", help="record that a reviewed translation is current")
    mark.add_argument("files", nargs="+", help="translations, e.g. docs/module-1/values.es.md")
    return parser


def run(args: argparse.Namespace, cwd: Path) -> int:
    project = load_project(args.config_file, cwd)
    history = GitHistory(project.docs_dir)
    if args.command == "status":
        reader = SourceReader(project.docs_dir)
        entries = overview(reader, project.languages, project.default, history)
        sys.stdout.write(status_table(entries, project.languages, project.default))
        return 0
    failed = 0
    for argument in args.files:
        try:
            print(mark_current(project, page_uri(project, argument, cwd), history))
        except CommandError as error:
            print(f"error: {error.problem}", file=sys.stderr)
            failed += 1
    return 1 if failed else 0


def main(argv: list[str] | None = None, cwd: Path | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return run(args, cwd or Path.cwd())
    except CommandError as error:
        print(f"error: {error.problem}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
